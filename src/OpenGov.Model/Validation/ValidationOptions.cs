using System;
using OpenGov.Model.Diagnostics;

namespace OpenGov.Model.Validation;

/// <summary>What validation checks and how it reports: rule sets, codes switched off, severities changed, how much it keeps.</summary>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options: every rule at its own severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the sets of rules to run; every set by default.</summary>
    public RuleSets RuleSets { get; init; } = RuleSets.All;

    /// <summary>Gets the codes of rules switched off, such as <c>OGP202</c>.</summary>
    public ValueList<string> DisabledCodes { get; init => field = value ?? ValueList<string>.Empty; } = ValueList<string>.Empty;

    /// <summary>Gets the severities that replace those of the rules with these codes.</summary>
    public ValueDictionary<string, FindingSeverity> SeverityOverrides { get; init => field = value ?? ValueDictionary<string, FindingSeverity>.Empty; } = ValueDictionary<string, FindingSeverity>.Empty;

    /// <summary>Gets how many findings a report keeps in full (every finding is still counted, and grouped); 10,000 by default.</summary>
    public int MaxFindings { get; init; } = 10_000;

    /// <summary>Gets how many paths each group of findings lists; 5 by default.</summary>
    public int PathsPerGroup { get; init; } = 5;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A code names no rule, or a limit is negative.</exception>
    internal void Validate()
    {
        foreach (var code in DisabledCodes)
        {
            _ = ValidationRules.Get(code);
        }

        foreach (var code in SeverityOverrides.Keys)
        {
            _ = ValidationRules.Get(code);
        }

        if (MaxFindings < 0 || PathsPerGroup < 0)
        {
            throw new ArgumentException("MaxFindings and PathsPerGroup cannot be negative.");
        }
    }
}
