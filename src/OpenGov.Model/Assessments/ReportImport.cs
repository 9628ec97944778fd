using OpenGov.Model.Validation;

namespace OpenGov.Model.Assessments;

/// <summary>What reading an End of Commitment Report page gives: the report, and what was not found on the page.</summary>
public sealed record ReportImport
{
    /// <summary>Gets the report read; what the page does not show stays unanswered.</summary>
    public EndOfCommitmentReport Report { get; init => field = value ?? new EndOfCommitmentReport(); } = new();

    /// <summary>Gets what was not found on the page (<c>OGP510</c>), with the line where it was looked for.</summary>
    public ValueList<Finding> Findings { get; init => field = value ?? ValueList<Finding>.Empty; } = ValueList<Finding>.Empty;
}
