using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using OpenGov.Model.Analysis;
using OpenGov.Model.Datasets;
using OpenGov.Model.Serialization;

namespace OpenGov.Model.Cli;

/// <summary>The analysis commands: <c>ogp summary</c> and <c>ogp indicators</c>.</summary>
internal static class AnalysisCommands
{
    private static readonly Dictionary<string, SummaryGrouping> Groupings = new(StringComparer.Ordinal)
    {
        ["overall"] = SummaryGrouping.Overall,
        ["member"] = SummaryGrouping.Member,
        ["plan"] = SummaryGrouping.ActionPlan,
        ["region"] = SummaryGrouping.Region,
        ["year"] = SummaryGrouping.SubmissionYear,
        ["kind"] = SummaryGrouping.MemberKind,
    };

    public static Command Summary(TextWriter output, TextWriter error, bool progress)
    {
        var file = new Argument<string>("DATASET") { Description = "A commitment dataset: the IRM CSV, JSON rows, or a commitment-dataset JSON document." };
        var by = new Option<string>("--by")
        {
            Description = "Group the commitments by member, plan, region, year (of submission) or kind (national, local); overall when left out.",
            DefaultValueFactory = _ => "overall",
        };
        by.AcceptOnlyFromAmong([.. Groupings.Keys]);
        var format = OgpCli.FormatOption("text", "json", "markdown");
        var html = new Option<string?>("--html") { Description = "Also write the summary as one self-contained HTML page (inline SVG charts, no script) to this file." };
        var command = new Command(
            "summary",
            "Summarize a dataset: the share of each OGP indicator (high completion, high ambition, strong early results, starred) with what was excluded and why, the IRM-based score, the scales' distributions, the change in completion, the coverage of every field, and the agreement of the dataset's own indicator columns with the computed ones.")
        {
            file, by, format, html,
        };
        command.SetAction(parse => OgpCli.Guard(error, () =>
        {
            var input = Input.Load(parse.GetValue(file));
            var grouping = Groupings[parse.GetValue(by)!];
            var summary = WithRecords(input, error, progress, records => DatasetSummary.Create(records, grouping, Path.GetFileName(input.Name)));
            switch (parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(OgpJson.Serialize(summary));
                    break;
                case "markdown":
                    output.Write(summary.ToMarkdown());
                    break;
                default:
                    SummaryText.Write(output, summary);
                    break;
            }

            if (parse.GetValue(html) is { } path)
            {
                File.WriteAllText(path, summary.ToHtml(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            return OgpCli.Success;
        }));
        return command;
    }

    public static Command IndicatorTable(TextWriter output, TextWriter error, bool progress)
    {
        var file = new Argument<string>("DATASET") { Description = "A commitment dataset: the IRM CSV, JSON rows, or a commitment-dataset JSON document." };
        var format = OgpCli.FormatOption("csv", "json");
        var command = new Command(
            "indicators",
            "One row per commitment: its identifier, every computed indicator and, beside it, the value the dataset records where it has the column. A cell the indicator cannot fill holds the reason: NR, ND, NA, empty (nothing recorded) or ? (unrecognized label).")
        {
            file, format,
        };
        command.SetAction(parse => OgpCli.Guard(error, () =>
        {
            var input = Input.Load(parse.GetValue(file));
            var json = parse.GetValue(format) == "json";
            WithRecords(input, error, progress, records =>
            {
                if (json)
                {
                    WriteJson(output, records);
                }
                else
                {
                    WriteCsv(output, records);
                }

                return 0;
            });
            return OgpCli.Success;
        }));
        return command;
    }

    /// <summary>Reads the dataset rows of an input, streaming a CSV file, and hands them to <paramref name="use"/>.</summary>
    private static T WithRecords<T>(Input input, TextWriter error, bool progress, Func<IEnumerable<DatasetRecord>, T> use)
    {
        switch (input.Kind)
        {
            case InputKind.DatasetCsv:
                using (var reader = Csv.CommitmentCsvReader.Create(input.Open(), Path.GetFileName(input.Name)))
                {
                    var result = use(OgpCli.Progress(CheckedRows(reader, input.Name), input.Name, error, progress));
                    return result;
                }

            case InputKind.DatasetJsonRows:
                return use(OgpCli.Checked(input.ReadJsonRows(), input.Name).Records);
            case InputKind.Document when input.ReadDocument() is CommitmentDataset dataset:
                return use(dataset.Records);
            default:
                throw new CliException($"ogp: {input.Name}: not a commitment dataset (the IRM CSV, JSON rows or a commitment-dataset document)", new FormatException(input.Name));
        }
    }

    private static IEnumerable<DatasetRecord> CheckedRows(Csv.CommitmentCsvReader reader, string name)
    {
        if (!reader.HasIdentityColumn)
        {
            throw new CliException($"ogp: {name}: the header has no \"Commitment Unique Identifier\" column", new FormatException(name));
        }

        return reader.ReadRecords();
    }

    private static void WriteJson(TextWriter output, IEnumerable<DatasetRecord> records)
    {
        var info = OgpJson.GetTypeInfo<IndicatorRow>();
        output.Write('[');
        var first = true;
        foreach (var record in records)
        {
            output.Write(first ? "\n" : ",\n");
            first = false;
            output.Write(System.Text.Json.JsonSerializer.Serialize(IndicatorRow.Create(record), info));
        }

        output.WriteLine(first ? "]" : "\n]");
    }

    private static void WriteCsv(TextWriter output, IEnumerable<DatasetRecord> records)
    {
        var header = new List<string> { "id" };
        foreach (var indicator in Indicators.All)
        {
            header.Add(indicator.Name);
            if (indicator.RecordedColumn is { } column)
            {
                header.Add(column);
            }
        }

        output.Write(string.Join(",", header.ConvertAll(Field)) + "\r\n");
        var cells = new List<string>(header.Count);
        foreach (var record in records)
        {
            cells.Clear();
            cells.Add(record.Commitment.Id?.ToString() ?? string.Empty);
            foreach (var check in IndicatorRow.Create(record).Checks)
            {
                cells.Add(Computed(check.Computed));
                if (Indicators.Get(check.Indicator).RecordedColumn is not null)
                {
                    cells.Add(Recorded(check.Recorded));
                }
            }

            output.Write(string.Join(",", cells.ConvertAll(Field)) + "\r\n");
        }

        static string Computed(IndicatorValue<int> value) => value.TryGetValue(out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value.Reason switch
            {
                CannotTellReason.NotReviewed => "NR",
                CannotTellReason.NoData => "ND",
                CannotTellReason.NotApplicable => "NA",
                CannotTellReason.Unrecognized => "?",
                _ => string.Empty,
            };

        static string Recorded(Recorded<int> value) => value.State switch
        {
            RecordedState.Value => value.Value.ToString(CultureInfo.InvariantCulture),
            RecordedState.NotReviewed => "NR",
            RecordedState.NoData => "ND",
            RecordedState.NotApplicable => "NA",
            RecordedState.Unrecognized => value.UnrecognizedText!,
            _ => string.Empty,
        };
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
