using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Analysis;
using OpenGov.Model.Datasets;
using OpenGov.Model.IO;
using OpenGov.Model.Reporting;
using OpenGov.Model.Scoring;
using OpenGov.Model.Serialization;

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
    };

    public static Command Summary(CliContext context)
    {
        var file = new Argument<string>("DATASET") { Description = "A commitment dataset: the IRM CSV, JSON rows, or a commitment-dataset JSON document; - for standard input." };
        var by = new Option<string>("--by")
        {
            Description = "Group the commitments by member, plan, region, year (of submission) or kind (national, local); overall when left out.",
            DefaultValueFactory = _ => "overall",
        };
        by.AcceptOnlyFromAmong([.. Groupings.Keys]);
        var format = OgpCli.FormatOption("text", "json", "markdown");
        var html = new Option<string?>("--html") { Description = "Also write the summary as one self-contained HTML page (inline SVG charts, no script) to this file." };
        var encoding = OgpCli.EncodingOption();
        var command = new Command(
            "summary",
            "Summarize a dataset: the share of each OGP indicator (high completion, high ambition, strong early results, starred) with what was excluded and why, the IRM-based score, the scales' distributions, the change in completion, the coverage of every field, and the agreement of the dataset's own indicator columns with the computed ones.")
        {
            file, by, format, html, encoding,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            await using var input = await CliInputs.OpenAsync(parse.GetValue(file), OgpCli.EncodingOf(parse, encoding), null, context, cancellationToken).ConfigureAwait(false);
            var name = input.InputName!;
            OgpCli.RequireRows(input, name);
            var grouping = Groupings[parse.GetValue(by)!];
            var summary = await DatasetSummary.CreateAsync(Records(input, context, cancellationToken), grouping, Path.GetFileName(name), cancellationToken).ConfigureAwait(false);
            switch (parse.GetValue(format))
            {
                case "json":
                    context.MachineOutput.WriteLine(OgpJson.Serialize(summary));
                    break;
                case "markdown":
                    context.MachineOutput.Write(summary.ToMarkdown());
                    break;
                default:
                    summary.WriteText(context.Output);
                    break;
            }

            if (parse.GetValue(html) is { } path)
            {
                using var page = CliOutput.Open(path, context.MachineOutput);
                page.Writer.Write(summary.ToHtml());
                page.Commit();
            }

            OgpCli.WriteReadingFindings(context, input, name);
            return OgpCli.Success;
        }, cancellationToken));
        return command;
    }

    public static Command IndicatorsCommand(CliContext context)
    {
        var file = new Argument<string>("DATASET") { Description = "A commitment dataset: the IRM CSV, JSON rows, or a commitment-dataset JSON document; - for standard input." };
        var format = OgpCli.FormatOption("csv", "json");
        var encoding = OgpCli.EncodingOption();
        var command = new Command(
            "indicators",
            "One row per commitment: its identifier, every computed indicator and, beside it, the value the dataset records where it has the column. A cell the indicator cannot fill holds the reason: NR, ND, NA, empty (nothing recorded) or ? (unrecognized label). Cells a spreadsheet would run as formulas are made inert.")
        {
            file, format, encoding,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            await using var input = await CliInputs.OpenAsync(parse.GetValue(file), OgpCli.EncodingOf(parse, encoding), null, context, cancellationToken).ConfigureAwait(false);
            var name = input.InputName!;
            OgpCli.RequireRows(input, name);
            if (parse.GetValue(format) == "json")
            {
                await WriteJson(context.MachineOutput, Records(input, context, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                IndicatorTable.WriteCsv(OgpCli.Progress(input.ReadRecords(), name, context, cancellationToken).Select(r => r.Record), context.MachineOutput);
            }

            OgpCli.WriteReadingFindings(context, input, name);
            return OgpCli.Success;
        }, cancellationToken));
        return command;
    }

    private static async IAsyncEnumerable<DatasetRecord> Records(OgpInput input, CliContext context, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in OgpCli.Progress(input.ReadRecordsAsync(cancellationToken), input.InputName!, context, cancellationToken).ConfigureAwait(false))
        {
            yield return row.Record;
        }
    }

    private static async Task WriteJson(TextWriter output, IAsyncEnumerable<DatasetRecord> records)
    {
        var info = OgpJson.GetTypeInfo<IndicatorRow>();
        output.Write('[');
        var first = true;
        await foreach (var record in records.ConfigureAwait(false))
        {
            output.Write(first ? "\n" : ",\n");
            first = false;
            output.Write(JsonSerializer.Serialize(IndicatorRow.Create(record), info));
        }

        output.WriteLine(first ? "]" : "\n]");
    }
}
