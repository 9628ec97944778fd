namespace OpenGov.Model;

/// <summary>How precise a <see cref="PartialDate"/> is.</summary>
public enum DatePrecision
{
    /// <summary>A year, such as <c>2014</c>.</summary>
    Year,

    /// <summary>A quarter of a year, such as <c>Quarter 4 2016</c> or <c>IV quarter of 2021</c>.</summary>
    Quarter,

    /// <summary>A month of a year, such as <c>July 2014</c>.</summary>
    Month,

    /// <summary>A day, such as <c>31/12/2014</c>.</summary>
    Day,
}
