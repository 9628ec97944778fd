namespace OpenGov.Model.Validation;

/// <summary>
/// A rule of validation: its stable code (never reused), default severity, category, scope, title,
/// description and the OGP source it rests on. The catalogue is <see cref="ValidationRules"/>.
/// </summary>
[OgpJsonObject]
public sealed partial record ValidationRule
{
    /// <summary>Gets the stable code, such as <c>OGP110</c>.</summary>
    public partial string Code { get; init; }

    /// <summary>Gets the severity of the rule's findings, unless validation options change it.</summary>
    public partial FindingSeverity Severity { get; init; }

    /// <summary>Gets what kind of check the rule is.</summary>
    public partial FindingCategory Category { get; init; }

    /// <summary>Gets the set of rules this rule belongs to.</summary>
    public partial RuleSets RuleSet { get; init; }

    /// <summary>Gets how far the rule looks: one report, one commitment, one plan, one member, a dataset.</summary>
    public partial RuleScope Scope { get; init; }

    /// <summary>Gets a short title, such as <c>Level of progress not chosen</c>.</summary>
    public partial string Title { get; init; }

    /// <summary>Gets what the rule checks and why.</summary>
    public partial string Description { get; init; }

    /// <summary>Gets the OGP source the rule rests on: a document or page of the Open Government Partnership.</summary>
    public partial string Source { get; init; }
}
