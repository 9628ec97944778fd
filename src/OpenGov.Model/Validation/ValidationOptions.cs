using System;
using System.Collections.Generic;

namespace OpenGov.Model.Validation;

/// <summary>What validation checks and how it reports: rule sets, codes switched off, severities changed, how much it keeps.</summary>
/// <remarks>
/// The options bind from a host's configuration (<c>configuration.GetSection("Validation").Get&lt;ValidationOptions&gt;()</c>):
/// <c>RuleSets</c> as <c>"Completeness, Consistency"</c>, <c>DisabledCodes</c> as an array of codes,
/// <c>SeverityOverrides</c> as an object from code to severity. The collections are held as a
/// <see cref="ValueList{T}"/> and a <see cref="ValueDictionary{TKey, TValue}"/> whatever was given, so that two
/// options with the same content are equal. Codes that name no rule and negative limits are refused when a
/// validator is made with the options. The binder leaves out, without a word, an entry of
/// <c>SeverityOverrides</c> whose severity it cannot read, unless its <c>ErrorOnUnknownConfiguration</c> is set.
/// The configuration binder's source generator (<c>EnableConfigurationBindingGenerator</c>) sets no
/// <see langword="init"/> property as of .NET 10, and so binds none of these options: bind them with the binder's
/// reflection, or build them in code.
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>The default options: every rule at its own severity.</summary>
    /// <remarks>
    /// A field, not a property: a configuration binder binds every property it can read, static ones too, and a
    /// <c>Default</c> key in a host's configuration would otherwise be bound into this shared instance.
    /// </remarks>
    public static readonly ValidationOptions Default = new();

    /// <summary>Gets the sets of rules to run; every set by default.</summary>
    public RuleSets RuleSets { get; init; } = RuleSets.All;

    /// <summary>Gets the codes of rules switched off, such as <c>OGP202</c>.</summary>
    /// <remarks>Any list given is copied into a <see cref="ValueList{T}"/>; <see langword="null"/> is read as none.</remarks>
    public IReadOnlyList<string> DisabledCodes { get; init => field = value is null ? ValueList<string>.Empty : ValueList.CreateRange(value); } = ValueList<string>.Empty;

    /// <summary>Gets the severities that replace those of the rules with these codes.</summary>
    /// <remarks>
    /// Codes are matched without regard to case, as in <see cref="DisabledCodes"/>. Any dictionary given is copied
    /// into a <see cref="ValueDictionary{TKey, TValue}"/>; <see langword="null"/> is read as none.
    /// </remarks>
    public IReadOnlyDictionary<string, FindingSeverity> SeverityOverrides { get; init => field = value is null ? ValueDictionary<string, FindingSeverity>.Empty : ValueDictionary<string, FindingSeverity>.Create(value); } = ValueDictionary<string, FindingSeverity>.Empty;

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
