namespace OpenGov.Model;

/// <summary>Whose dates decided the order of an ambiguous date (<see cref="DateOrderInference"/>).</summary>
public enum DateScope
{
    /// <summary>The dates of the same column in the commitment's action plan.</summary>
    ActionPlan,

    /// <summary>The dates of the same column of the commitment's member.</summary>
    Member,

    /// <summary>The dates of the whole column.</summary>
    Column,
}
