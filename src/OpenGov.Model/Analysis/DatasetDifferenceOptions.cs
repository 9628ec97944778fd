namespace OpenGov.Model.Analysis;

/// <summary>The names and columns of the two releases a <see cref="DatasetDifference"/> compares.</summary>
public sealed record DatasetDifferenceOptions
{
    /// <summary>Gets options with no names, comparing every column the library maps and every other column either release's rows have.</summary>
    public static DatasetDifferenceOptions Default { get; } = new();

    /// <summary>Gets what the old release is, such as a file name.</summary>
    public string? OldName { get; init; }

    /// <summary>Gets what the new release is, such as a file name.</summary>
    public string? NewName { get; init; }

    /// <summary>
    /// Gets the old release's column headers, such as a reader's <see cref="IO.OgpInput.Columns"/>. With both
    /// releases' headers, only the columns both have are compared and the others are listed; without them,
    /// every column is compared.
    /// </summary>
    public ValueList<string>? OldColumns { get; init; }

    /// <summary>Gets the new release's column headers (see <see cref="OldColumns"/>).</summary>
    public ValueList<string>? NewColumns { get; init; }
}
