using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>
/// The result of validating a report, a commitment, a plan or a dataset: the findings (grouped by
/// rule, with counts), the number of errors, warnings and infos, and for an End of Commitment Report
/// its completeness score. It is a root document of the JSON format (kind <c>validation-report</c>).
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.ValidationReport)]
public sealed partial record ValidationReport : OgpDocument
{
    /// <summary>Gets what was validated, such as <c>end-of-commitment-report</c> or a file name.</summary>
    public partial string? Subject { get; init; }

    /// <summary>Gets how many items were validated: 1 for a report or a commitment, the commitments of a plan, the rows of a dataset.</summary>
    public partial int ItemCount { get; init; }

    /// <summary>Gets how many findings are errors.</summary>
    public partial int ErrorCount { get; init; }

    /// <summary>Gets how many findings are warnings.</summary>
    public partial int WarningCount { get; init; }

    /// <summary>Gets how many findings are infos.</summary>
    public partial int InfoCount { get; init; }

    /// <summary>Gets whether there is no error (warnings and infos allowed).</summary>
    [JsonIgnore]
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the completeness of an End of Commitment Report; <see langword="null"/> for other subjects or without the completeness rules.</summary>
    public partial CompletenessScore? Completeness { get; init; }

    /// <summary>Gets the findings of each rule, most severe first, then by code.</summary>
    public partial ValueList<FindingGroup> Groups { get; init; }

    /// <summary>Gets the findings, in the order they were found, up to <see cref="ValidationOptions.MaxFindings"/>.</summary>
    public partial ValueList<Finding> Findings { get; init; }

    /// <summary>Gets how many findings were counted but not kept in <see cref="Findings"/>, past the limit.</summary>
    public partial int FindingsLeftOut { get; init; }
}
