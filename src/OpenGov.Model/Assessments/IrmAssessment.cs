namespace OpenGov.Model;

/// <summary>
/// The Independent Reporting Mechanism's assessment of one commitment: its design, when the plan
/// was reviewed, and its implementation, at mid-term and at the end of term.
/// </summary>
[OgpJsonObject]
public sealed partial record IrmAssessment : OgpRecord
{
    /// <summary>Gets the year the mid-term report (Progress Report, or Action Plan Review) was published.</summary>
    public partial Recorded<int> MidtermReportYear { get; init; }

    /// <summary>Gets the year the end-of-term report (End-of-Term Report, or Results Report) was published.</summary>
    public partial Recorded<int> EndOfTermReportYear { get; init; }

    /// <summary>Gets the assessment of the commitment's design.</summary>
    public partial DesignAssessment Design { get; init; }

    /// <summary>Gets the assessment of the commitment's implementation.</summary>
    public partial ImplementationAssessment Implementation { get; init; }
}
