namespace OpenGov.Model.Diagnostics;

/// <summary>The findings of one rule: how many there are and where the first few are.</summary>
[OgpJsonObject]
public sealed partial record FindingGroup
{
    /// <summary>Gets the code of the rule.</summary>
    public partial string Code { get; init; }

    /// <summary>Gets the severity of the findings.</summary>
    public partial FindingSeverity Severity { get; init; }

    /// <summary>Gets the category of the rule.</summary>
    public partial FindingCategory Category { get; init; }

    /// <summary>Gets the title of the rule.</summary>
    public partial string Title { get; init; }

    /// <summary>Gets how many findings the rule made.</summary>
    public partial int Count { get; init; }

    /// <summary>Gets the paths of the first findings, in the order they were found.</summary>
    public partial ValueList<string> Paths { get; init; }
}
