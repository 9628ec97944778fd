using System;
using System.Diagnostics.CodeAnalysis;

namespace OpenGov.Model.Mapping;

/// <summary>
/// The cells of a dataset record by column header, as the dataset writes them: the columns the library
/// maps (written canonically) and the columns it does not (kept as written, such as a translated title or
/// a category added by the sheet's users). Headers match whatever their case, spacing and punctuation.
/// </summary>
public static class DatasetCells
{
    /// <summary>Gets the cell of <paramref name="record"/> under <paramref name="header"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="header">A column header, such as <c>Region</c> or <c>Completion (End Of Term)</c>, or the header of a column the library does not map.</param>
    /// <param name="text">The cell's text; empty for an empty cell.</param>
    /// <returns><see langword="true"/> when the header names a column of the dataset or of the record; <see langword="false"/> when it names neither.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="header"/> is <see langword="null"/>.</exception>
    public static bool TryGetCell(DatasetRecord record, string header, [NotNullWhen(true)] out string? text)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(header);

        // A cell kept as written (one the column could not read, or a column the library does not map) is what the file says.
        if (record.ExtraColumns.TryGetValue(header, out var kept))
        {
            text = kept;
            return true;
        }

        var key = DatasetColumnCatalogue.KeyOf(header);
        if (DatasetColumnCatalogue.ByKey.TryGetValue(key, out var column))
        {
            text = record.ExtraColumns.TryGetValue(column.Header, out kept) ? kept : column.Write(record);
            return true;
        }

        foreach (var extra in record.ExtraColumns)
        {
            if (DatasetColumnCatalogue.KeyOf(extra.Key) == key)
            {
                text = extra.Value;
                return true;
            }
        }

        text = null;
        return false;
    }

    /// <summary>Gets whether the cell under <paramref name="header"/> is <paramref name="value"/>: the same text whatever its case and the blanks around it, or for a column the library maps, a text that reads as the record's value (<c>Completed</c> for Complete).</summary>
    internal static bool Matches(DatasetRecord record, string header, string value)
    {
        if (!TryGetCell(record, header, out var cell))
        {
            return false;
        }

        var wanted = value.Trim();
        if (string.Equals(cell.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return wanted.Length > 0 && DatasetColumnCatalogue.ByKey.TryGetValue(DatasetColumnCatalogue.KeyOf(header), out var column) && column.Holds(record, wanted);
    }
}
