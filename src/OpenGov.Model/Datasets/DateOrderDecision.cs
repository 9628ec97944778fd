namespace OpenGov.Model;

/// <summary>The order inferred for a date column in one scope, and the settled dates it rests on.</summary>
public sealed record DateOrderDecision
{
    /// <summary>Gets the date column.</summary>
    public DateColumn Column { get; init; }

    /// <summary>Gets whose dates decided: the action plan's, the member's or the whole column's.</summary>
    public DateScope Scope { get; init; }

    /// <summary>Gets the action plan's identifier or the member's code for those scopes; <see langword="null"/> for the whole column.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the order inferred; <see langword="null"/> when the evidence is missing or disagrees.</summary>
    public DateOrder? Order { get; init; }

    /// <summary>Gets how many dates of the scope are settled month first.</summary>
    public int MonthFirst { get; init; }

    /// <summary>Gets how many dates of the scope are settled day first.</summary>
    public int DayFirst { get; init; }
}
