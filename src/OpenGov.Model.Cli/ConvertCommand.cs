using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Cli;

/// <summary><c>ogp convert</c>: a dataset between CSV and JSON as it reads (memory stays flat), a report between its page and JSON, any document to canonical JSON.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "An OGP JSON document, a dataset (CSV, JSON rows or an .xlsx workbook) or a report page as text; - for standard input. What it is is told from its content." };
        var to = new Option<string>("--to") { Description = "The output format: json (the library's format), csv or xlsx (a dataset; xlsx needs -o), text (a report page: End of Commitment or Inception Report), action-plan-review or results-report (the IRM report of one plan, assembled from a dataset; needs --plan).", Required = true };
        to.AcceptOnlyFromAmong("json", "csv", "xlsx", "text", DocumentKinds.ActionPlanReview, DocumentKinds.ResultsReport);
        var plan = new Option<string?>("--plan") { Description = "With --to action-plan-review or results-report: the plan, such as AP_MNG04." };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Where to write; standard output when left out or '-'. The file is written whole or not at all, and may be the input." };
        var safeCsv = new Option<bool>("--safe-csv") { Description = "Write safe CSV cells: a cell a spreadsheet would run as a formula (=, +, -, @, also behind leading blanks or invisible characters, or full-width) with a leading apostrophe, and control and direction characters as escapes (\\u001b). Off by default: a dataset converts cell for cell." };
        var language = new Option<string>("--language") { Description = "With --to text: the language of the page, en (the default), es, fr or pt.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "es", "fr", "pt");
        var encoding = OgpCli.EncodingOption();
        var sheet = OgpCli.SheetOption();
        var command = new Command("convert", "Convert: a dataset between CSV and JSON, a report between its page text and JSON, any document to canonical JSON (labels as tokens, unknown properties kept). A dataset is read twice on its way to JSON, so that ambiguous dates (3/4/2019) are read in the order its other dates settle; standard input and pipes are first copied to a temporary file that has no name (up to 1 GiB) for that.")
        {
            file, to, plan, outputFile, safeCsv, language, encoding, sheet,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            var target = parse.GetValue(to)!;
            var path = OgpCli.OutputOf(parse, outputFile);
            var planId = PlanOf(target, parse.GetValue(plan));
            if (target == "xlsx" && path is null)
            {
                throw new CliException("ogp: --to xlsx writes a workbook, which is no text for standard output: give the file with -o", OgpCli.Unreadable);
            }

            var chosenEncoding = OgpCli.EncodingOf(parse, encoding);
            var chosenSheet = parse.GetValue(sheet);
            OgpInput input;
            DateOrderInference? dates = null;
            if (target == "json")
            {
                // A dataset is read twice on its way to JSON: once for the order of its dates, once to write it.
                var (stream, streamName) = await CliInputs.OpenRereadableAsync(parse.GetValue(file), context, cancellationToken).ConfigureAwait(false);
                try
                {
                    dates = await InferDateOrder(stream, streamName, chosenEncoding, chosenSheet, context.ReaderLimits, cancellationToken).ConfigureAwait(false);
                    input = await CliInputs.OpenAsync(stream, streamName, chosenEncoding, chosenSheet, leaveOpen: false, context.ReaderLimits, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            }
            else
            {
                input = await CliInputs.OpenAsync(parse.GetValue(file), chosenEncoding, chosenSheet, context, cancellationToken).ConfigureAwait(false);
            }

            var name = input.InputName!;
            var output = CliOutput.Open(path, context.MachineOutput);
            try
            {
                try
                {
                    if (planId is { } assembled)
                    {
                        await Assemble(input, target, assembled, output, context, cancellationToken).ConfigureAwait(false);
                    }
                    else if (input.HasRecords && ((target is "csv" or "xlsx" && (input.Kind != InputKind.Document || input.Columns.Count > 0)) || (target == "json" && input.Kind != InputKind.Document)))
                    {
                        OgpCli.RequireRows(input, name);
                        await StreamDataset(input, target, output, parse.GetValue(safeCsv), dates, context, cancellationToken).ConfigureAwait(false);
                        OgpCli.RequireWhole(context, input, name, streamed: path is null);
                    }
                    else
                    {
                        if (input.HasRecords)
                        {
                            OgpCli.RequireRows(input, name);
                        }

                        var document = await input.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);
                        OgpCli.RequireWhole(context, input, name);
                        await Write(document, target, name, output, parse.GetValue(safeCsv), parse.GetValue(language)!, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (IOException e) when (e is not FileNotFoundException)
                {
                    throw output.WriteFailed(e);
                }
                finally
                {
                    // The input is closed before the result takes its place: the two may be the same file.
                    await input.DisposeAsync().ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                output.Commit();
                OgpCli.WriteReadingFindings(context, input, name);
                return OgpCli.Success;
            }
            finally
            {
                output.Dispose();
            }
        }, cancellationToken));
        return command;
    }

    /// <summary>The plan of an IRM report to assemble: required with those targets, refused with the others.</summary>
    private static ActionPlanId? PlanOf(string target, string? plan)
    {
        var assembles = target is DocumentKinds.ActionPlanReview or DocumentKinds.ResultsReport;
        if (!assembles)
        {
            return plan is null ? null : throw new CliException("ogp: --plan goes with --to action-plan-review or --to results-report", OgpCli.Unreadable);
        }

        if (plan is null)
        {
            throw new CliException($"ogp: --to {target} needs --plan, the action plan to assemble (such as AP_MNG04)", OgpCli.Unreadable);
        }

        return ActionPlanId.TryParse(plan, out var id)
            ? id
            : throw new CliException($"ogp: --plan '{plan}' is not an action plan identifier (AP_, the member code and the plan's number, such as AP_MNG04)", OgpCli.Unreadable);
    }

    /// <summary>Assembles an IRM report of one plan from a dataset's rows and writes it as JSON; where the rows disagree goes to standard error.</summary>
    private static async Task Assemble(OgpInput input, string target, ActionPlanId plan, CliOutput output, CliContext context, CancellationToken cancellationToken)
    {
        var name = input.InputName!;
        if (!input.HasRecords)
        {
            throw new CliException($"ogp: {name}: a '{input.DocumentKind}' is not a dataset; --to {target} assembles a report from the commitment dataset", OgpCli.Unreadable);
        }

        OgpCli.RequireRows(input, name);
        var rows = new List<DatasetRecord>();
        await foreach (var row in OgpCli.Progress(input.ReadRecordsAsync(cancellationToken), name, context, cancellationToken).ConfigureAwait(false))
        {
            if (row.Record.ActionPlan.Id == plan)
            {
                rows.Add(row.Record);
            }
        }

        OgpCli.RequireWhole(context, input, name);
        if (rows.Count == 0)
        {
            throw new CliException($"ogp: {name}: no commitment of {plan} (column \"Action Plan ID\")", OgpCli.Unreadable);
        }

        OgpDocument document;
        ValueList<Finding> findings;
        if (target == DocumentKinds.ActionPlanReview)
        {
            var review = IrmReports.AssembleReview(rows, plan);
            (document, findings) = (review.Document, review.Findings);
        }
        else
        {
            var results = IrmReports.AssembleResults(rows, plan);
            (document, findings) = (results.Document, results.Findings);
        }

        await OgpJson.SerializeAsync(output.Stream, document, cancellationToken).ConfigureAwait(false);
        output.Stream.WriteByte((byte)'\n');
        // The first two, then a count: a dataset whose rows disagree everywhere does not flood the terminal.
        for (var i = 0; i < findings.Count && i < 2; i++)
        {
            context.Error.WriteLine($"ogp: {name}: {findings[i].Code} {findings[i].Path}: {Excerpt(findings[i].Message)}");
        }

        if (findings.Count > 2)
        {
            context.Error.WriteLine($"ogp: {name}: {findings.Count - 2} more finding(s) where the rows of {plan} disagree (OGP314).");
        }
    }

    private static string Excerpt(string message) => message.Length <= 300 ? message : string.Concat(message.AsSpan(0, 299), "…");

    /// <summary>
    /// Reads a dataset once for the order of its dates (the values of the JSON format depend on it), then puts
    /// the stream back at its start; null for what is not a dataset's rows. The stream can seek: an input that
    /// cannot was copied first (<see cref="CliInputs.OpenRereadableAsync"/>).
    /// </summary>
    private static async Task<DateOrderInference?> InferDateOrder(Stream stream, string name, InputEncoding? encoding, string? sheet, OgpReaderOptions limits, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        try
        {
            await using var input = await CliInputs.OpenAsync(stream, name, encoding, sheet, leaveOpen: true, limits, cancellationToken).ConfigureAwait(false);
            if (!input.HasRecords || input.Kind == InputKind.Document || input.Columns.IsEmpty)
            {
                return null;
            }

            var dates = new DateOrderInference();
            await foreach (var row in input.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                dates.Add(row.Record);
            }

            return dates;
        }
        catch (CliException)
        {
            // The input cannot be read: the second reading says so, in full.
            return null;
        }
        catch (OgpReadException)
        {
            return null;
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>Reads and writes a dataset one row at a time.</summary>
    private static async Task StreamDataset(OgpInput input, string target, CliOutput output, bool safeCsv, DateOrderInference? dates, CliContext context, CancellationToken cancellationToken)
    {
        var name = input.InputName!;
        var rows = OgpCli.Progress(input.ReadRecordsAsync(cancellationToken), name, context, cancellationToken);
        if (target == "csv")
        {
            var csv = new DatasetCsvWriter(output.Writer, input.Columns, safeCsv);
            var coverage = input.Kind == InputKind.Document ? new ColumnCoverage(input.Columns) : null;
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (coverage?.Uncovered(row.Record) is { } lost)
                {
                    throw ColumnCoverage.Lost(name, row.Origin.Row, lost, output.IsStandardOutput);
                }

                csv.Write(row.Record);
            }

            return;
        }

        if (target == "xlsx")
        {
            using var workbook = new DatasetWorkbookWriter(output.Stream, input.Columns);
            var coverage = input.Kind == InputKind.Document ? new ColumnCoverage(input.Columns) : null;
            await foreach (var row in rows.ConfigureAwait(false))
            {
                if (coverage?.Uncovered(row.Record) is { } lost)
                {
                    throw ColumnCoverage.Lost(name, row.Origin.Row, lost, output.IsStandardOutput);
                }

                workbook.Write(row.Record);
            }

            return;
        }

        await using var json = new DatasetJsonWriter(output.Stream, input.Source, input.Columns);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            await json.WriteAsync(dates is null ? row.Record : dates.Apply(row.Record), cancellationToken).ConfigureAwait(false);
        }

        await json.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A page whose reading gives back what it was written from: one that, read and written again, is the same page,
    /// and whose report read back holds every value of the report as written (a page has no place for a commitment's
    /// identifier or properties the library does not know, so those are not compared). A report whose text a page
    /// cannot carry (an answer that reads as the page's own form, an evaluator's name with a comma, evidence with the
    /// page's separator, a lesson of several paragraphs, an empty text) is refused rather than written as a page that
    /// would read as another report; so is a page longer than the reader reads.
    /// </summary>
    private static string PageThatReadsBack<T>(T report, string page, Func<string, T> read, Func<T, string> render, string name)
        where T : OgpDocument
    {
        if (page.Length > OgpReaderOptions.Default.MaxRecordLength)
        {
            throw new CliException($"ogp: {name}: the report's page would be {page.Length:N0} characters, longer than a page the reader reads ({OgpReaderOptions.Default.MaxRecordLength:N0}). Nothing was written; keep it as JSON.", OgpCli.Unreadable);
        }

        var readBack = read(page);
        var again = render(readBack);
        if (!string.Equals(page, again, StringComparison.Ordinal))
        {
            var line = 1;
            for (var i = 0; i < Math.Min(page.Length, again.Length) && page[i] == again[i]; i++)
            {
                line += page[i] == '\n' ? 1 : 0;
            }

            throw new CliException($"ogp: {name}: the report cannot be written as a page that reads back as it: from line {line} of the page, its text would read as another part of the page (an answer that reads as a heading, a label or the comment form). Nothing was written; keep it as JSON.", OgpCli.Unreadable);
        }

        if (FirstDifference(JsonNode.Parse(OgpJson.Serialize(readBack)), JsonNode.Parse(OgpJson.Serialize(report)), string.Empty) is { } path)
        {
            throw new CliException($"ogp: {name}: the report cannot be written as a page that reads back as it: its value at {path} would read back otherwise (a page writes an evaluator per comma, a piece of evidence per line with \" — \" before its description, a lesson per paragraph, and no empty text). Nothing was written; keep it as JSON.", OgpCli.Unreadable);
        }

        return page;
    }

    /// <summary>
    /// The JSON Pointer of the first value of <paramref name="read"/> that <paramref name="written"/> does not hold
    /// alike; properties only the written document has (unknown ones) and a commitment's identifier, which a page has
    /// no place for, are not compared. Null when every value read is as written.
    /// </summary>
    private static string? FirstDifference(JsonNode? read, JsonNode? written, string path)
    {
        switch (read)
        {
            case JsonObject readObject when written is JsonObject writtenObject:
                foreach (var (key, value) in readObject)
                {
                    if (key == "id" && path == "/commitment")
                    {
                        continue;
                    }

                    if (FirstDifference(value, writtenObject[key], path + "/" + key) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonArray readArray when written is JsonArray writtenArray:
                for (var i = 0; i < Math.Max(readArray.Count, writtenArray.Count); i++)
                {
                    if (i >= readArray.Count || i >= writtenArray.Count)
                    {
                        return path + "/" + i.ToString(CultureInfo.InvariantCulture);
                    }

                    if (FirstDifference(readArray[i], writtenArray[i], path + "/" + i.ToString(CultureInfo.InvariantCulture)) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(read, written) ? null : path.Length == 0 ? "/" : path;
        }
    }

    private static async Task Write(OgpDocument document, string target, string name, CliOutput output, bool safeCsv, string language, CancellationToken cancellationToken)
    {
        switch (target, document)
        {
            case ("json", _):
                await OgpJson.SerializeAsync(output.Stream, document, cancellationToken).ConfigureAwait(false);
                output.Stream.WriteByte((byte)'\n');
                break;
            case ("csv" or "xlsx", CommitmentDataset dataset):
                var headers = DatasetCsvWriter.HeadersOf(dataset, CsvColumnOrder.AsRead);
                var limit = OgpReaderOptions.Default.MaxColumns;
                if (headers.Count > limit)
                {
                    throw new CliException($"ogp: {name}: the records have {headers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} columns in all, more than the {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} a dataset may have (OgpReaderOptions.MaxColumns): every row would be written with every column. Nothing was written.", OgpCli.Unreadable);
                }

                if (dataset.Columns.Count > 0 && new ColumnCoverage(dataset.Columns) is var coverage)
                {
                    for (var i = 0; i < dataset.Records.Count; i++)
                    {
                        if (coverage.Uncovered(dataset.Records[i]) is { } lost)
                        {
                            throw ColumnCoverage.Lost(name, i, lost, streamed: false);
                        }
                    }
                }

                if (target == "xlsx")
                {
                    using var workbook = new DatasetWorkbookWriter(output.Stream, headers);
                    foreach (var record in dataset.Records)
                    {
                        workbook.Write(record);
                    }

                    break;
                }

                DatasetCsvWriter.Write(dataset, output.Writer, CsvColumnOrder.AsRead, safeCsv);
                break;
            case ("csv", ImplementationTracker tracker):
                TrackerSheetWriter.WriteCsv(tracker, output.Writer, safeCsv);
                break;
            case ("xlsx", ImplementationTracker tracker):
                TrackerSheetWriter.WriteWorkbook(tracker, output.Stream);
                break;
            case ("text", EndOfCommitmentReport report):
                output.Writer.Write(PageThatReadsBack(report, EndOfCommitmentReportText.Render(report, language), page => EndOfCommitmentReportText.Read(page).Report, read => EndOfCommitmentReportText.Render(read, language), name));
                break;
            case ("text", InceptionReport report):
                output.Writer.Write(PageThatReadsBack(report, InceptionReportText.Render(report, language), page => InceptionReportText.Read(page).Report, read => InceptionReportText.Render(read, language), name));
                break;
            default:
                throw new CliException($"ogp: {name}: a '{document.Kind}' cannot be written as {target}: csv and xlsx are for datasets and implementation trackers, text for End of Commitment and Inception Reports", OgpCli.Unreadable);
        }
    }
}

/// <summary>
/// Whether a dataset document's <c>columns</c> hold every cell of its records: a column the library does not map
/// that a record has a cell in, or a mapped column a record has a value in, would be lost writing the rows as CSV
/// under those columns.
/// </summary>
internal sealed class ColumnCoverage
{
    private static readonly DatasetRecord Empty = new();

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<(DatasetColumn Column, string Empty)> _absent = [];

    public ColumnCoverage(IReadOnlyList<string> columns)
    {
        foreach (var column in columns)
        {
            _keys.Add(DatasetColumnCatalogue.KeyOf(column));
        }

        foreach (var column in DatasetColumnCatalogue.All)
        {
            if (!_keys.Contains(column.Key))
            {
                _absent.Add((column, column.Write(Empty)));
            }
        }
    }

    /// <summary>The one line for a record with a cell the columns do not hold; <paramref name="streamed"/> says whether rows already went to standard output.</summary>
    public static CliException Lost(string name, int record, string column, bool streamed) =>
        new($"ogp: {name}: record {record.ToString(System.Globalization.CultureInfo.InvariantCulture)} has a cell in column '{Model.Excerpt.Of(column)}', which the document's \"columns\" do not list: as CSV it would be lost. {(streamed ? "The output above is incomplete" : "Nothing was written")}; add the column to \"columns\", or convert to JSON.", OgpCli.Unreadable);

    /// <summary>The header of a cell of <paramref name="record"/> that the columns do not hold; null when they hold every one.</summary>
    public string? Uncovered(DatasetRecord record)
    {
        foreach (var cell in record.ExtraColumns)
        {
            if (cell.Value.Length > 0 && !_keys.Contains(DatasetColumnCatalogue.KeyOf(cell.Key)))
            {
                return cell.Key;
            }
        }

        foreach (var (column, empty) in _absent)
        {
            if (!string.Equals(column.Write(record), empty, StringComparison.Ordinal))
            {
                return column.Header;
            }
        }

        return null;
    }
}
