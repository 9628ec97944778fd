namespace OpenGov.Model;

/// <summary>A date column of the IRM commitment dataset.</summary>
public enum DateColumn
{
    /// <summary>"Start Date": the commitment's start.</summary>
    Start,

    /// <summary>"End Date": the commitment's end.</summary>
    End,
}
