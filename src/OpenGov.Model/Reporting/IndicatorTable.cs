using System;
using System.Collections.Generic;
using System.IO;
using OpenGov.Model.Analysis;
using OpenGov.Model.Mapping;

namespace OpenGov.Model.Rendering;

/// <summary>
/// The indicators of each commitment as a CSV table: its identifier, every computed indicator and, beside it,
/// the value the dataset records where it has the column. A cell the indicator cannot fill holds the reason:
/// <c>NR</c>, <c>ND</c>, <c>NA</c>, empty (nothing recorded) or <c>?</c> (an unrecognized label). Since cells
/// quote the data, a cell a spreadsheet would run as a formula is written inert (a leading apostrophe), also
/// behind leading blanks or invisible characters, and control and direction characters are shown as escapes
/// (<c>\u001b</c>).
/// </summary>
public static class IndicatorTable
{
    /// <summary>Gets the header of the table.</summary>
    public static ValueList<string> Header { get; } = CreateHeader();

    /// <summary>Writes the table, one row per record, as the records come, under the library's convention (<see cref="IndicatorConvention.Strict"/>).</summary>
    /// <param name="records">The dataset's rows.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    public static void WriteCsv(IEnumerable<DatasetRecord> records, TextWriter writer) => WriteCsv(records, writer, IndicatorConvention.Strict);

    /// <summary>Writes the table, one row per record, as the records come, with the indicators computed under <paramref name="convention"/>.</summary>
    /// <param name="records">The dataset's rows.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="convention">How the indicators treat what is not assessed.</param>
    public static void WriteCsv(IEnumerable<DatasetRecord> records, TextWriter writer, IndicatorConvention convention)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new CsvText(writer, safeCells: true);
        csv.WriteRow(Header);
        var cells = new List<string?>(Header.Count);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record);
            cells.Clear();
            // An identifier the library could not read is written as the file has it (inert, like every cell).
            cells.Add(record.Commitment.Id?.ToString() ?? (DatasetCells.TryGetCell(record, "Commitment Unique Identifier", out var written) ? written : string.Empty));
            foreach (var indicator in Indicators.Table)
            {
                cells.Add(Computed(indicator, indicator.Evaluate(record, convention)));
                if (indicator.RecordedColumn is not null)
                {
                    cells.Add(Recorded(indicator, indicator.GetRecorded(record)));
                }
            }

            csv.WriteRow(cells);
        }
    }

    private static ValueList<string> CreateHeader()
    {
        var header = new List<string> { "id" };
        foreach (var indicator in Indicators.Table)
        {
            header.Add(indicator.Name);
            if (indicator.RecordedColumn is { } column)
            {
                header.Add(column);
            }
        }

        return ValueList.CreateRange(header);
    }

    private static string Computed(IndicatorDefinition indicator, IndicatorValue<int> value) => value.TryGetValue(out var number)
        ? indicator.FormatValue(number)
        : value.Reason switch
        {
            CannotTellReason.NotReviewed => "NR",
            CannotTellReason.NoData => "ND",
            CannotTellReason.NotApplicable => "NA",
            CannotTellReason.Unrecognized => "?",
            _ => string.Empty,
        };

    private static string Recorded(IndicatorDefinition indicator, Recorded<int> value) => value.State switch
    {
        RecordedState.Value => indicator.FormatValue(value.Value),
        RecordedState.NotReviewed => "NR",
        RecordedState.NoData => "ND",
        RecordedState.NotApplicable => "NA",
        RecordedState.Unrecognized => value.UnrecognizedText!,
        _ => string.Empty,
    };
}
