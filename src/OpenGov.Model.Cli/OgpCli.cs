using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Cli;

/// <summary>The <c>ogp</c> command line: its commands, exit codes and messages.</summary>
internal static class OgpCli
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>Validation found errors.</summary>
    public const int Invalid = 1;

    /// <summary>The input cannot be read, the output cannot be written, or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>Something the tool did not expect went wrong: a bug, reported in one line.</summary>
    public const int InternalError = 70;

    /// <summary>The command was interrupted (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;

    /// <summary>Standard output was closed before the command ended (a pipe whose reader has gone, as <c>| head</c> does): 128 + SIGPIPE, as shells report a process that a closed pipe ends.</summary>
    public const int OutputClosed = 141;

    private static readonly Dictionary<string, InputEncoding> Encodings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = InputEncoding.Utf8,
        ["utf-16le"] = InputEncoding.Utf16LittleEndian,
        ["utf-16be"] = InputEncoding.Utf16BigEndian,
        ["utf-32le"] = InputEncoding.Utf32LittleEndian,
        ["utf-32be"] = InputEncoding.Utf32BigEndian,
        ["windows-1252"] = InputEncoding.Windows1252,
        ["latin1"] = InputEncoding.Latin1,
    };

    /// <summary>Runs the command line in process, as the tests do: standard input is empty, output is not a terminal.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool progress = false, CancellationToken cancellationToken = default) =>
        Run(args, new CliContext(output, error, () => Stream.Null, outputIsTerminal: false, progress), cancellationToken);

    public static int Run(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = BuildCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                context.Error.WriteLine("ogp: " + parseError.Message);
            }

            context.Error.WriteLine("Run 'ogp --help' for usage.");
            context.Error.Flush();
            return Unreadable;
        }

        var code = InternalError;
        try
        {
            code = parse.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken)
                .GetAwaiter().GetResult();
        }
        finally
        {
            if (!Flush(context) && code is Success or Invalid)
            {
                // What was written last never reached its reader.
                code = OutputClosed;
            }
        }

        return code;
    }

    /// <summary>Whether a write failed because standard output, a pipe, was closed by its reader (EPIPE; on Windows, the pipe is being closed or has ended).</summary>
    internal static bool IsClosedPipe(IOException e) => e.HResult is 32 or unchecked((int)0x800700E8) or unchecked((int)0x8007006D);

    /// <summary>The action of a command, with the answers every command gives: a one-line message and an exit code for each way it can fail, never a trace.</summary>
    internal static async Task<int> Guard(CliContext context, Func<Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            context.Failure = e;
            if (e.Message.Length > 0)
            {
                context.Error.WriteLine(e.Message);
            }

            return e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.ReportInterrupt();
            return Cancelled;
        }
        catch (OgpReadException e)
        {
            context.Failure = e;
            context.Error.WriteLine(CliInputs.Unreadable(e, e.InputName ?? "input").Message);
            return Unreadable;
        }
        catch (IOException e) when (IsClosedPipe(e))
        {
            // The reader of standard output has gone: nothing more is asked for, and nothing is said.
            return OutputClosed;
        }
        catch (IOException e)
        {
            context.Failure = e;
            context.Error.WriteLine("ogp: " + e.Message);
            return Unreadable;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine("ogp: " + e.Message);
            return Unreadable;
        }
#pragma warning disable CA1031 // The last resort: one line naming the failure instead of a trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Failure = e;
            context.Error.WriteLine($"ogp: internal error ({e.GetType().Name}): {e.Message} This is a bug of the tool; please report it with the input.");
            return InternalError;
        }
    }

    /// <summary>The file given with <c>-o</c>, or null for standard output (none given, or <c>-</c>).</summary>
    internal static string? OutputOf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } path && !CliOutput.NamesStandardOutput(path) ? path : null;

    /// <summary>The file a table is written to as a workbook (<c>--format xlsx</c>).</summary>
    internal static Option<string?> WorkbookOutputOption() => new("--output", "-o")
    {
        Description = "With --format xlsx: the workbook to write, whole or not at all (a workbook is no text for standard output; '-' is standard output).",
    };

    /// <summary>Writes a table that renders as CSV as the one sheet of a workbook at <paramref name="path"/>.</summary>
    internal static void WriteWorkbook(string? path, string format, CliContext context, string sheet, Action<TextWriter> writeCsv)
    {
        if (format != "xlsx")
        {
            if (path is not null)
            {
                throw new CliException("ogp: -o goes with --format xlsx; other formats are written to standard output", Unreadable);
            }

            return;
        }

        if (path is null)
        {
            throw new CliException("ogp: --format xlsx writes a workbook, which is no text for standard output: give the file with -o", Unreadable);
        }

        var output = CliOutput.Open(path, context.MachineOutput);
        try
        {
            try
            {
                using (var workbook = new CsvSheetWriter(output.Stream, sheet))
                {
                    writeCsv(workbook);
                }
            }
            catch (IOException e) when (e is not FileNotFoundException)
            {
                throw output.WriteFailed(e);
            }

            output.Commit();
        }
        finally
        {
            output.Dispose();
        }
    }

    internal static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "The output format: " + string.Join(", ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    internal static Option<string> ConventionOption()
    {
        var option = new Option<string>("--convention")
        {
            Description = "How indicators treat what the IRM has not assessed: strict (the library's: cannot tell, with the reason) or dataset (the IRM dataset's own formulas, which reproduce its figures).",
            DefaultValueFactory = _ => "strict",
        };
        option.AcceptOnlyFromAmong("strict", "dataset");
        return option;
    }

    internal static Analysis.IndicatorConvention ConventionOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) == "dataset" ? Analysis.IndicatorConvention.Dataset : Analysis.IndicatorConvention.Strict;

    internal static Option<string?> EncodingOption()
    {
        var option = new Option<string?>("--encoding")
        {
            Description = "The encoding of text inputs, when detection gets it wrong: " + string.Join(", ", Encodings.Keys) + ". By default a byte order mark, UTF-16, UTF-8 or else Windows-1252 (with a finding).",
        };
        option.AcceptOnlyFromAmong([.. Encodings.Keys]);
        return option;
    }

    internal static Option<string?> SheetOption() => new("--sheet")
    {
        Description = "The sheet to read from an .xlsx workbook (any case). By default the first sheet headed like the IRM dataset, else the first sheet.",
    };

    internal static InputEncoding? EncodingOf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } name ? Encodings[name] : null;

    /// <summary>Passes the rows on, telling how many have been read on standard error when it is a terminal, and stopping when asked.</summary>
    internal static async IAsyncEnumerable<T> Progress<T>(IAsyncEnumerable<T> rows, string name, CliContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return row;
            ShowProgress(++count, name, context);
        }

        ClearProgress(count, name, context);
    }

    /// <summary>Passes the rows on as <see cref="Progress{T}(IAsyncEnumerable{T}, string, CliContext, CancellationToken)"/> does, for a writer that takes them one by one.</summary>
    internal static IEnumerable<T> Progress<T>(IEnumerable<T> rows, string name, CliContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
            ShowProgress(++count, name, context);
        }

        ClearProgress(count, name, context);
    }

    private static void ShowProgress(int count, string name, CliContext context)
    {
        if (context.Progress && count % 1000 == 0)
        {
            context.Error.Write($"\r{name}: {count.ToString("N0", CultureInfo.InvariantCulture)} rows");
            context.Error.Flush();
        }
    }

    private static void ClearProgress(int count, string name, CliContext context)
    {
        if (context.Progress && count >= 1000)
        {
            context.Error.Write("\r" + new string(' ', name.Length + 24) + "\r");
        }
    }

    /// <summary>
    /// A dataset whose reading stopped before its end (OGP508) is not taken for the whole: the command exits 2 and
    /// writes nothing over a file. <paramref name="streamed"/> says whether rows already went to standard output.
    /// </summary>
    internal static void RequireWhole(CliContext context, OgpInput input, string name, bool streamed = false)
    {
        if (!input.StoppedEarly)
        {
            return;
        }

        var stop = input.Findings.LastOrDefault(f => f.Code == ValidationRules.RowTooLong.Code);
        var where = stop?.Line is { } line ? $" at line {line.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        throw new CliException(
            $"ogp: {name}: read only in part: reading stopped{where} ({ValidationRules.RowTooLong.Code}: {stop?.Message ?? "a row over the reader's limits"}) " + (streamed ? "The output above is incomplete." : "Nothing was written."),
            Unreadable);
    }

    /// <summary>A dataset whose header has no identity column cannot be read as commitments.</summary>
    internal static void RequireRows(OgpInput input, string name)
    {
        if (input.StoppedEarly && input.Columns.IsEmpty)
        {
            var stop = input.Findings.LastOrDefault(f => f.Code == ValidationRules.RowTooLong.Code);
            throw new CliException($"ogp: {name}: its header cannot be read: {stop?.Message ?? "it is over the reader's limits"}", Unreadable);
        }

        if (!input.HasRecords)
        {
            throw new CliException($"ogp: {name}: not a commitment dataset (the IRM CSV, JSON rows or a commitment-dataset document) but a '{input.DocumentKind ?? "JSON"}' document", Unreadable);
        }

        if (input.Findings.FirstOrDefault(f => f.Code == ValidationRules.IdentityColumnMissing.Code) is { } missing)
        {
            throw new CliException($"ogp: {name}: {missing.Message}", Unreadable);
        }
    }

    private static RootCommand BuildCommand(CliContext context)
    {
        var root = new RootCommand(
            "Work with Open Government Partnership data: End of Commitment Reports, action plans and the IRM commitment dataset. Validate, show, convert, summarize. Inputs are files or - for standard input.");
        root.Subcommands.Add(ValidateCommand(context));
        root.Subcommands.Add(RulesCommand(context));
        root.Subcommands.Add(ShowCommand(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(SchemaCommand(context));
        root.Subcommands.Add(AnalysisCommands.Summary(context));
        root.Subcommands.Add(AnalysisCommands.IndicatorsCommand(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(Serve.ServeCommand.Create(context));
        return root;
    }

    private static Command ValidateCommand(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "OGP JSON documents, datasets (CSV, JSON rows or .xlsx workbooks) or report pages as text; - for standard input. Without any, the bundled Mexico State End of Commitment Report.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = FormatOption("text", "json", "csv", "xlsx");
        var encoding = EncodingOption();
        var sheet = SheetOption();
        var outputFile = WorkbookOutputOption();
        var command = new Command("validate", "Check documents: whether a report answers every question, whether values agree, whether every value could be read. Exit 0 without error, 1 with errors, 2 when an input cannot be read.") { files, format, encoding, sheet, outputFile };
        command.SetAction((parse, cancellationToken) => Guard(context, async () =>
        {
            var paths = parse.GetValue(files) ?? [];
            var validator = new OgpValidator();
            var reports = new List<(string Name, string Kind, ValidationReport Report)>();
            var unreadable = false;
            foreach (var path in paths.Length == 0 ? [null] : paths.Select(p => (string?)p))
            {
                try
                {
                    await using var input = await CliInputs.OpenAsync(path, EncodingOf(parse, encoding), parse.GetValue(sheet), context, cancellationToken).ConfigureAwait(false);
                    var name = input.InputName!;
                    if (input.DocumentKind is { } kind && DocumentKinds.All.Contains(kind) && !OgpValidator.HasRules(kind))
                    {
                        context.Error.WriteLine($"ogp: {name}: a '{kind}' document has no validation rules; there is nothing to validate.");
                        continue;
                    }

                    ValidationReport report;
                    if (input.HasRecords)
                    {
                        report = await validator.ValidateAsync(Progress(input.ReadRecordsAsync(cancellationToken), name, context, cancellationToken), name, input.Findings, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        try
                        {
                            report = await validator.ValidateAsync(input, cancellationToken).ConfigureAwait(false);
                        }
                        catch (ArgumentException)
                        {
                            // A document whose kind was told only once it was read.
                            context.Error.WriteLine($"ogp: {name}: this document has no validation rules; there is nothing to validate.");
                            continue;
                        }
                    }

                    reports.Add((name, input.DocumentKind ?? DocumentKinds.CommitmentDataset, report with { Subject = name }));
                    if (input.StoppedEarly)
                    {
                        // The report holds what was read, with the finding that says where reading stopped.
                        context.Error.WriteLine($"ogp: {name}: read only in part ({ValidationRules.RowTooLong.Code}); the report covers the rows before it.");
                        unreadable = true;
                    }
                }
                catch (CliException e)
                {
                    context.Error.WriteLine(e.Message);
                    unreadable = true;
                }
                catch (OgpReadException e)
                {
                    context.Error.WriteLine(CliInputs.Unreadable(e, path ?? CliInputs.BundledName).Message);
                    unreadable = true;
                }
            }

            var chosenFormat = parse.GetValue(format)!;
            if (chosenFormat == "xlsx" || OutputOf(parse, outputFile) is not null)
            {
                WriteWorkbook(OutputOf(parse, outputFile), chosenFormat, context, "Findings", csv => WriteReportsCsv(csv, reports));
            }
            else
            {
                WriteReports(context, chosenFormat, reports);
            }

            return unreadable ? Unreadable : reports.Any(r => !r.Report.IsValid) ? Invalid : Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>The findings of every report as one CSV table; findings quote the data, so a cell a spreadsheet would run as a formula is made inert.</summary>
    private static void WriteReportsCsv(TextWriter csv, List<(string Name, string Kind, ValidationReport Report)> reports)
    {
        csv.Write(ValidationRendering.CsvHeader + "\r\n");
        foreach (var (_, _, report) in reports)
        {
            report.WriteCsv(csv, includeHeader: false);
        }
    }

    private static void WriteReports(CliContext context, string format, List<(string Name, string Kind, ValidationReport Report)> reports)
    {
        switch (format)
        {
            case "json":
                var json = context.MachineOutput;
                if (reports.Count == 1)
                {
                    json.WriteLine(OgpJson.Serialize(reports[0].Report));
                    break;
                }

                json.WriteLine("[");
                for (var i = 0; i < reports.Count; i++)
                {
                    json.Write(OgpJson.Serialize(reports[i].Report));
                    json.WriteLine(i < reports.Count - 1 ? "," : string.Empty);
                }

                json.WriteLine("]");
                break;
            case "csv":
                WriteReportsCsv(context.MachineOutput, reports);
                break;
            default:
                for (var i = 0; i < reports.Count; i++)
                {
                    if (i > 0)
                    {
                        context.Output.WriteLine();
                    }

                    reports[i].Report.WriteText(context.Output, reports[i].Kind);
                }

                break;
        }
    }

    private static Command RulesCommand(CliContext context)
    {
        var format = FormatOption("text", "json", "markdown");
        var command = new Command("rules", "List the validation rules: code, severity, category, scope, title.") { format };
        command.SetAction((parse, cancellationToken) => Guard(context, () =>
        {
            switch (parse.GetValue(format))
            {
                case "json":
                    context.MachineOutput.WriteLine(ValidationRules.ToJson());
                    break;
                case "markdown":
                    context.MachineOutput.Write(RuleDocument.ToMarkdown());
                    break;
                default:
                    foreach (var rule in ValidationRules.All)
                    {
                        context.Output.WriteLine($"{rule.Code}  {rule.Severity.ToString().ToLowerInvariant(),-7}  {rule.Category.ToString().ToLowerInvariant(),-12}  {rule.Title}");
                    }

                    break;
            }

            return Task.FromResult(Success);
        }, cancellationToken));
        return command;
    }

    private static Command ShowCommand(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "An OGP JSON document, a dataset (CSV or JSON rows) or a report page as text; - for standard input. Without it, the bundled Mexico State End of Commitment Report.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var encoding = EncodingOption();
        var sheet = SheetOption();
        var command = new Command("show", "Print a readable summary of a document: member, plan, commitment, and for each question whether and how it is answered; for a dataset, its counts.") { file, encoding, sheet };
        command.SetAction((parse, cancellationToken) => Guard(context, async () =>
        {
            await using var input = await CliInputs.OpenAsync(parse.GetValue(file), EncodingOf(parse, encoding), parse.GetValue(sheet), context, cancellationToken).ConfigureAwait(false);
            var name = input.InputName!;
            if (input.HasRecords)
            {
                RequireRows(input, name);
                var overview = new DatasetOverview();
                await foreach (var row in Progress(input.ReadRecordsAsync(cancellationToken), name, context, cancellationToken).ConfigureAwait(false))
                {
                    overview.Add(row.Record);
                }

                RequireWhole(context, input, name);
                overview.WriteText(context.Output, name, input);
            }
            else
            {
                (await input.ReadDocumentAsync(cancellationToken).ConfigureAwait(false)).WriteText(context.Output, name);
            }

            WriteReadingFindings(context, input, name);
            return Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>Tells on standard error how many findings reading an input made, for the commands that do not print them.</summary>
    internal static void WriteReadingFindings(CliContext context, OgpInput input, string name)
    {
        var count = input.Findings.Count + input.FindingsLeftOut;
        if (!input.Findings.Any(f => f.Severity != FindingSeverity.Info))
        {
            return;
        }

        var errors = input.Findings.Count(f => f.Severity == FindingSeverity.Error);
        var first = input.Findings.FirstOrDefault(f => f.Severity == FindingSeverity.Error) ?? input.Findings.First(f => f.Severity != FindingSeverity.Info);
        var where = first.Line is { } line ? $" (line {line.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        context.Error.WriteLine($"ogp: {name}: reading gave {count.ToString(CultureInfo.InvariantCulture)} finding(s), {errors.ToString(CultureInfo.InvariantCulture)} error(s); the first: {first.Code}{where} {first.Message} Run 'ogp validate' for all.");
    }

    private static Command SchemaCommand(CliContext context)
    {
        var kind = new Argument<string>("KIND")
        {
            Description = "The document kind: " + string.Join(", ", DocumentKinds.All) + ".",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DocumentKinds.EndOfCommitmentReport,
        };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.All]);
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a document kind.") { kind };
        command.SetAction((parse, cancellationToken) => Guard(context, () =>
        {
            context.MachineOutput.Write(OgpJson.GetSchema(parse.GetValue(kind)!));
            return Task.FromResult(Success);
        }, cancellationToken));
        return command;
    }

    /// <summary>Flushes the outputs; false when standard output was closed before all of it was written.</summary>
    private static bool Flush(CliContext context)
    {
        var whole = true;
        try
        {
            context.Output.Flush();
            context.RawOutput.Flush();
        }
        catch (IOException)
        {
            // Standard output was closed (a pipe whose reader ended): nothing more can be said there.
            whole = false;
        }

        try
        {
            context.Error.Flush();
        }
        catch (IOException)
        {
        }

        return whole;
    }
}
