using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Analysis;
using OpenGov.Model.Mapping;
using OpenGov.Model.Rendering;

namespace OpenGov.Model.Cli;

/// <summary>The analysis commands: <c>ogp summary</c> and <c>ogp indicators</c>, both over a dataset read as it comes.</summary>
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
        ["policy-area"] = SummaryGrouping.PolicyArea,
        ["value"] = SummaryGrouping.OgpValue,
        ["theme"] = SummaryGrouping.Theme,
    };

    /// <summary>The words of --by that name a column, for --where: kind=national is "National Or Local"=national.</summary>
    private static readonly Dictionary<string, string> WhereColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["member"] = "Code",
        ["plan"] = "Action Plan ID",
        ["year"] = "Year Of Submission",
        ["kind"] = "National Or Local",
    };

    public static Command Summary(CliContext context)
    {
        var file = new Argument<string>("DATASET") { Description = "A commitment dataset (the IRM CSV, JSON rows, a workbook, or a commitment-dataset JSON document) or an implementation tracker (a sheet in any of those forms, or its JSON document); - for standard input." };
        var by = new Option<string>("--by")
        {
            Description = "Group the commitments by member, plan, region, year (of submission), kind (national, local), policy-area, value (OGP value) or theme, or by any column of the file given by its header (a column the library does not map too); overall when left out.",
            DefaultValueFactory = _ => "overall",
        };
        var where = new Option<string[]>("--where")
        {
            Description = "Count only the commitments whose cell in COLUMN is VALUE, as COLUMN=VALUE (case does not matter; a label matches its aliases; member, plan, year and kind name their columns); repeat to require several.",
            HelpName = "COLUMN=VALUE",
        };
        var format = OgpCli.FormatOption("text", "json", "markdown", "html", "xlsx");
        var convention = OgpCli.ConventionOption();
        var html = new Option<string?>("--html") { Description = "Also write the summary as one self-contained HTML page (inline SVG charts, no script) to this file." };
        var encoding = OgpCli.EncodingOption();
        var sheet = OgpCli.SheetOption();
        var irm = new Option<string?>("--irm") { Description = "For an implementation tracker: the IRM commitment dataset (any form) to compare the government's view of completion with, commitment by commitment." };
        var asOf = new Option<string?>("--as-of") { Description = "For an implementation tracker: the day to measure the progress its dates lead one to expect at (such as 2024-06-30); the latest update's date when left out." };
        var outputFile = OgpCli.WorkbookOutputOption();
        var command = new Command(
            "summary",
            "Summarize a dataset or an implementation tracker. A tracker: each commitment rolled up from its sub-commitments, its progress against what its dates lead one to expect, counts by status, theme, agency and update round, evidence, and with --irm the government's view against the IRM's. A dataset: the share of each OGP indicator (high completion, high ambition, strong early results, starred) with what was excluded and why, the IRM-based score, the scales' distributions, the change in completion, the coverage of every field, and the agreement of the dataset's own indicator columns with the computed ones.")
        {
            file, by, where, format, convention, html, encoding, sheet, irm, asOf, outputFile,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            await using var input = await CliInputs.OpenAsync(parse.GetValue(file), OgpCli.EncodingOf(parse, encoding), parse.GetValue(sheet), context, cancellationToken).ConfigureAwait(false);
            var name = input.InputName!;
            if (input.DocumentKind == DocumentKinds.ImplementationTracker)
            {
                if (parse.GetValue(by) != "overall" || (parse.GetValue(where) ?? []).Length > 0)
                {
                    throw new CliException($"ogp: {name}: --by and --where group and filter a dataset's commitments; a tracker's summary counts by status, theme, agency and round", OgpCli.Unreadable);
                }

                return await TrackerSummary(context, input, parse.GetValue(irm), parse.GetValue(asOf), parse.GetValue(format)!, parse.GetValue(html), OgpCli.OutputOf(parse, outputFile), OgpCli.EncodingOf(parse, encoding), cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetValue(irm) is not null || parse.GetValue(asOf) is not null)
            {
                throw new CliException($"ogp: {name}: --irm and --as-of are for an implementation tracker; this is a '{input.DocumentKind ?? "JSON"}' input", OgpCli.Unreadable);
            }

            OgpCli.RequireRows(input, name);
            var options = SummaryOptions(parse.GetValue(by)!, parse.GetValue(where) ?? [], input, name) with
            {
                Convention = OgpCli.ConventionOf(parse, convention),
                Subject = Path.GetFileName(name),
            };
            var summary = await DatasetSummary.CreateAsync(Records(input, context, cancellationToken), options, cancellationToken).ConfigureAwait(false);
            OgpCli.RequireWhole(context, input, name);
            WriteSummary(context, parse.GetValue(format)!, OgpCli.OutputOf(parse, outputFile), parse.GetValue(html), "Summary", summary, summary.WriteCsv, summary.ToMarkdown, summary.WriteText, summary.ToHtml);
            OgpCli.WriteReadingFindings(context, input, name);
            return OgpCli.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>The summary of an implementation tracker: its roll-up, counts and evidence, and its agreement with the IRM's data when given.</summary>
    private static async Task<int> TrackerSummary(CliContext context, OgpInput input, string? irmFile, string? asOfText, string format, string? htmlPath, string? outputPath, InputEncoding? encoding, CancellationToken cancellationToken)
    {
        var name = input.InputName!;
        NodaTime.LocalDate? asOf = null;
        if (asOfText is not null)
        {
            if (!PartialDate.TryParse(asOfText, out var date))
            {
                throw new CliException($"ogp: --as-of '{Quote(asOfText)}' is not a date (such as 2024-06-30)", OgpCli.Unreadable);
            }

            asOf = date.End;
        }

        var tracker = (ImplementationTracker)await input.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);
        OgpCli.RequireWhole(context, input, name);
        List<DatasetRecord>? irm = null;
        if (irmFile is not null)
        {
            await using var dataset = await CliInputs.OpenAsync(irmFile, encoding, null, context, cancellationToken).ConfigureAwait(false);
            OgpCli.RequireRows(dataset, dataset.InputName!);
            irm = [];
            await foreach (var record in Records(dataset, context, cancellationToken).ConfigureAwait(false))
            {
                irm.Add(record);
            }

            OgpCli.RequireWhole(context, dataset, dataset.InputName!);
        }

        var summary = ImplementationAnalysis.Summarize(tracker, asOf, irm, Path.GetFileName(name));
        WriteSummary(context, format, outputPath, htmlPath, "Commitments", summary, summary.WriteCsv, summary.ToMarkdown, summary.WriteText, summary.ToHtml);
        OgpCli.WriteReadingFindings(context, input, name);
        return OgpCli.Success;
    }

    /// <summary>A summary (of a dataset or a tracker) in the format asked for, and as an HTML page when one is asked for too.</summary>
    private static void WriteSummary(CliContext context, string format, string? outputPath, string? htmlPath, string sheet, OgpDocument summary, Action<TextWriter> writeCsv, Func<string> toMarkdown, Action<TextWriter> writeText, Func<string> toHtml)
    {
        switch (format)
        {
            case "xlsx":
            case var _ when outputPath is not null:
                OgpCli.WriteWorkbook(outputPath, format, context, sheet, writeCsv);
                break;
            case "json":
                context.MachineOutput.WriteLine(OgpJson.Serialize(summary));
                break;
            case "markdown":
                context.MachineOutput.Write(toMarkdown());
                break;
            case "html":
                context.MachineOutput.Write(toHtml());
                break;
            default:
                writeText(context.Output);
                break;
        }

        if (htmlPath is not null)
        {
            using var page = CliOutput.Open(htmlPath, context.MachineOutput);
            page.Writer.Write(toHtml());
            page.Commit();
        }
    }

    /// <summary>The grouping and filters of the command line, each column checked against the file's columns.</summary>
    private static DatasetSummaryOptions SummaryOptions(string by, string[] where, OgpInput input, string name)
    {
        var options = Groupings.TryGetValue(by.Trim().ToLowerInvariant(), out var grouping)
            ? new DatasetSummaryOptions { GroupBy = grouping }
            : new DatasetSummaryOptions { GroupBy = SummaryGrouping.Column, GroupColumn = RequireColumn(by, input, name, "--by") };
        var filters = new List<RecordFilter>();
        foreach (var condition in where)
        {
            var equals = condition.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException($"ogp: --where '{Quote(condition)}': expected COLUMN=VALUE", OgpCli.Unreadable);
            }

            var column = condition[..equals].Trim();
            column = WhereColumns.TryGetValue(column, out var header) ? header : column;
            filters.Add(RecordFilter.Column(RequireColumn(column, input, name, "--where"), condition[(equals + 1)..]));
        }

        return options with { Filters = ValueList.CreateRange(filters) };
    }

    private static string Quote(string text) => OutputSafety.TerminalLine(text.Length > 100 ? text[..100] + "…" : text);

    private static string RequireColumn(string header, OgpInput input, string name, string option)
    {
        var wanted = header.Trim();
        var columns = input.Columns;
        if (wanted.Length == 0 || (columns.Count > 0 && !columns.Any(c => SameColumn(c, wanted))))
        {
            var known = string.Join(", ", Groupings.Keys.Where(k => k != "overall"));
            throw new CliException($"ogp: {name}: {option} '{Quote(wanted)}' is not a column of the file" + (option == "--by" ? $" nor one of {known}" : string.Empty), OgpCli.Unreadable);
        }

        return wanted;

        static bool SameColumn(string column, string header) =>
            string.Equals(column.Trim(), header, StringComparison.OrdinalIgnoreCase)
            || (DatasetRowMapper.CanonicalHeaderOf(column) is { } canonical && canonical == DatasetRowMapper.CanonicalHeaderOf(header));
    }

    public static Command IndicatorsCommand(CliContext context)
    {
        var file = new Argument<string>("DATASET") { Description = "A commitment dataset: the IRM CSV, JSON rows, or a commitment-dataset JSON document; - for standard input." };
        var format = OgpCli.FormatOption("csv", "json", "xlsx");
        var convention = OgpCli.ConventionOption();
        var encoding = OgpCli.EncodingOption();
        var sheet = OgpCli.SheetOption();
        var outputFile = OgpCli.WorkbookOutputOption();
        var command = new Command(
            "indicators",
            "One row per commitment: its identifier, every computed indicator and, beside it, the value the dataset records where it has the column. A cell the indicator cannot fill holds the reason: NR, ND, NA, empty (nothing recorded) or ? (unrecognized label). Cells a spreadsheet would run as formulas are made inert.")
        {
            file, format, convention, encoding, sheet, outputFile,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            await using var input = await CliInputs.OpenAsync(parse.GetValue(file), OgpCli.EncodingOf(parse, encoding), parse.GetValue(sheet), context, cancellationToken).ConfigureAwait(false);
            var name = input.InputName!;
            OgpCli.RequireRows(input, name);
            var chosen = OgpCli.ConventionOf(parse, convention);
            var chosenFormat = parse.GetValue(format)!;
            if (chosenFormat == "xlsx" || OgpCli.OutputOf(parse, outputFile) is not null)
            {
                OgpCli.WriteWorkbook(OgpCli.OutputOf(parse, outputFile), chosenFormat, context, "Indicators", csv =>
                    IndicatorTable.WriteCsv(OgpCli.Progress(input.ReadRecords(), name, context, cancellationToken).Select(r => r.Record), csv, chosen));
            }
            else if (chosenFormat == "json")
            {
                await WriteJson(context.MachineOutput, Records(input, context, cancellationToken), chosen).ConfigureAwait(false);
            }
            else
            {
                IndicatorTable.WriteCsv(OgpCli.Progress(input.ReadRecords(), name, context, cancellationToken).Select(r => r.Record), context.MachineOutput, chosen);
            }

            OgpCli.RequireWhole(context, input, name, streamed: true);

            OgpCli.WriteReadingFindings(context, input, name);
            return OgpCli.Success;
        }, cancellationToken));
        return command;
    }

    internal static async IAsyncEnumerable<DatasetRecord> Records(OgpInput input, CliContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in OgpCli.Progress(input.ReadRecordsAsync(cancellationToken), input.InputName!, context, cancellationToken).ConfigureAwait(false))
        {
            yield return row.Record;
        }
    }

    private static async Task WriteJson(TextWriter output, IAsyncEnumerable<DatasetRecord> records, IndicatorConvention convention)
    {
        var info = OgpJson.GetTypeInfo<IndicatorRow>();
        output.Write('[');
        var first = true;
        await foreach (var record in records.ConfigureAwait(false))
        {
            output.Write(first ? "\n" : ",\n");
            first = false;
            output.Write(JsonSerializer.Serialize(IndicatorRow.Create(record, convention), info));
        }

        output.WriteLine(first ? "]" : "\n]");
    }
}
