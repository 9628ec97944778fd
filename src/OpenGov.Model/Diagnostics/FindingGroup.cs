namespace OpenGov.Model.Validation;

/// <summary>The findings of one rule: the rule, the severity they were reported at, how many there are and where the first few are.</summary>
[OgpJsonObject]
public sealed partial record FindingGroup
{
    /// <summary>Gets the rule that made the findings, as the catalogue describes it.</summary>
    public partial ValidationRule Rule { get; init; }

    /// <summary>
    /// Gets the severity the findings were reported at: the rule's own <see cref="ValidationRule.Severity"/>
    /// unless the validation options changed it.
    /// </summary>
    public partial FindingSeverity Severity { get; init; }

    /// <summary>Gets how many findings the rule made.</summary>
    public partial int Count { get; init; }

    /// <summary>Gets the paths of the first findings, in the order they were found.</summary>
    public partial ValueList<string> Paths { get; init; }
}
