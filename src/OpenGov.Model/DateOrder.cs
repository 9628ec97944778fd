namespace OpenGov.Model;

/// <summary>
/// The order of day and month in a date written with numbers, such as <c>3/4/2019</c>. Where nothing settles it,
/// <see cref="PartialDate"/> reads dates with slashes or hyphens month first and dates with dots day first.
/// </summary>
public enum DateOrder
{
    /// <summary>Month first: <c>12/31/2022</c>, as the IRM dataset mostly writes dates.</summary>
    MonthFirst,

    /// <summary>Day first: <c>31/12/2014</c>, and dates with dots (<c>03.04.2021</c>), as Europe writes them.</summary>
    DayFirst,
}
