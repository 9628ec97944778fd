using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using OpenGov.Model.Serialization;

namespace OpenGov.Model.Cli;

/// <summary>The <c>ogp</c> command line: its commands, exit codes and messages.</summary>
internal static class OgpCli
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>Validation found errors.</summary>
    public const int Invalid = 1;

    /// <summary>The input cannot be read, or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>The name of the bundled document, shown where a file name would be.</summary>
    public const string BundledName = "(bundled) mexico-state-open-government-culture.json";

    public static int Run(string[] args, TextWriter output, TextWriter error, bool progress = false)
    {
        var root = BuildCommand(output, error, progress);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("ogp: " + parseError.Message);
            }

            error.WriteLine("Run 'ogp --help' for usage.");
            return Unreadable;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand BuildCommand(TextWriter output, TextWriter error, bool progress)
    {
        var root = new RootCommand(
            "Work with Open Government Partnership data: End of Commitment Reports, action plans and the IRM commitment dataset. Validate, show, convert, summarize.");
        root.Subcommands.Add(ValidateCommand(output, error, progress));
        root.Subcommands.Add(RulesCommand(output, error));
        root.Subcommands.Add(ShowCommand(output, error));
        root.Subcommands.Add(ConvertCommand(output, error, progress));
        root.Subcommands.Add(SchemaCommand(output, error));
        root.Subcommands.Add(AnalysisCommands.Summary(output, error, progress));
        root.Subcommands.Add(AnalysisCommands.IndicatorTable(output, error, progress));
        return root;
    }

    private static Command ValidateCommand(TextWriter output, TextWriter error, bool progress)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "OGP JSON documents, datasets (CSV or JSON rows) or report pages as text. Without any, the bundled Mexico State End of Commitment Report.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = FormatOption("text", "json", "csv");
        var command = new Command("validate", "Check documents: whether a report answers every question, whether values agree, whether every value could be read. Exit 0 without error, 1 with errors, 2 when an input cannot be read.") { files, format };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var validator = new Validation.OgpValidator();
            var reports = new System.Collections.Generic.List<(string Name, string Kind, Validation.ValidationReport Report)>();
            var unreadable = false;
            foreach (var path in paths.Length == 0 ? [null] : paths.Select(p => (string?)p))
            {
                try
                {
                    var input = Input.Load(path);
                    var (kind, report) = Validate(validator, input, error, progress);
                    reports.Add((input.Name, kind, report with { Subject = input.Name }));
                }
                catch (CliException e)
                {
                    error.WriteLine(e.Message);
                    unreadable = true;
                }
            }

            WriteReports(output, parse.GetValue(format)!, reports);
            return unreadable ? Unreadable : reports.Any(r => !r.Report.IsValid) ? Invalid : Success;
        });
        return command;
    }

    private static (string Kind, Validation.ValidationReport Report) Validate(Validation.OgpValidator validator, Input input, TextWriter error, bool progress)
    {
        switch (input.Kind)
        {
            case InputKind.ReportText:
                return (DocumentKinds.EndOfCommitmentReport, validator.Validate(input.ReadReportText()));
            case InputKind.DatasetJsonRows:
                return (DocumentKinds.CommitmentDataset, validator.Validate(input.ReadJsonRows()));
            case InputKind.DatasetCsv:
                using (var reader = Csv.CommitmentCsvReader.Create(input.Open(), Path.GetFileName(input.Name)))
                {
                    var report = validator.Validate(Progress(reader.ReadRecords(), input.Name, error, progress), input.Name, reader.Findings);
                    return (DocumentKinds.CommitmentDataset, reader.Locate(report));
                }

            default:
                var document = input.ReadDocument();
                if (document is Validation.ValidationReport)
                {
                    throw new CliException($"ogp: {input.Name}: a validation report has nothing to validate", new ArgumentException(input.Name));
                }

                return (document.Kind, validator.Validate(document));
        }
    }

    /// <summary>Passes the rows on, telling how many have been read on standard error when it is a terminal.</summary>
    internal static System.Collections.Generic.IEnumerable<T> Progress<T>(System.Collections.Generic.IEnumerable<T> rows, string name, TextWriter error, bool progress)
    {
        var count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (progress && ++count % 1000 == 0)
            {
                error.Write($"\r{name}: {count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows");
            }
        }

        if (progress && count >= 1000)
        {
            error.Write("\r" + new string(' ', name.Length + 24) + "\r");
        }
    }

    private static void WriteReports(TextWriter output, string format, System.Collections.Generic.List<(string Name, string Kind, Validation.ValidationReport Report)> reports)
    {
        switch (format)
        {
            case "json" when reports.Count == 1:
                output.WriteLine(OgpJson.Serialize(reports[0].Report));
                break;
            case "json":
                output.WriteLine("[");
                for (var i = 0; i < reports.Count; i++)
                {
                    output.Write(OgpJson.Serialize(reports[i].Report));
                    output.WriteLine(i < reports.Count - 1 ? "," : string.Empty);
                }

                output.WriteLine("]");
                break;
            case "csv":
                output.Write(Validation.ValidationCsv.Header + "\r\n");
                foreach (var (_, _, report) in reports)
                {
                    Validation.ValidationCsv.WriteRows(report, output);
                }

                break;
            default:
                for (var i = 0; i < reports.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteLine();
                    }

                    ValidationText.Write(output, reports[i].Name, reports[i].Kind, reports[i].Report);
                }

                break;
        }
    }

    private static Command RulesCommand(TextWriter output, TextWriter error)
    {
        var format = FormatOption("text", "json", "markdown");
        var command = new Command("rules", "List the validation rules: code, severity, category, scope, title.") { format };
        command.SetAction(parse => Guard(error, () =>
        {
            switch (parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(Validation.ValidationRules.ToJson());
                    break;
                case "markdown":
                    output.Write(Validation.ValidationRules.ToMarkdown());
                    break;
                default:
                    foreach (var rule in Validation.ValidationRules.All)
                    {
                        output.WriteLine($"{rule.Code}  {rule.Severity.ToString().ToLowerInvariant(),-7}  {rule.Category.ToString().ToLowerInvariant(),-12}  {rule.Title}");
                    }

                    break;
            }

            return Success;
        }));
        return command;
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

    private static Command ShowCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "An OGP JSON document, a dataset (CSV or JSON rows) or a report page as text. Without it, the bundled Mexico State End of Commitment Report.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("show", "Print a readable summary of a document: member, plan, commitment, and for each question whether and how it is answered.") { file };
        command.SetAction(parse => Guard(error, () =>
        {
            var input = Input.Load(parse.GetValue(file));
            DocumentSummary.Write(output, input.Name, input.Kind switch
            {
                InputKind.ReportText => input.ReadReportText().Report,
                InputKind.DatasetJsonRows => input.ReadJsonRows().Dataset,
                InputKind.DatasetCsv => Csv.CommitmentCsv.Read(new StreamReader(input.Open()), Path.GetFileName(input.Name)).Dataset,
                _ => input.ReadDocument(),
            });
            return Success;
        }));
        return command;
    }

    private static Command ConvertCommand(TextWriter output, TextWriter error, bool progress)
    {
        var file = new Argument<string>("FILE") { Description = "An OGP JSON document, a dataset (CSV or JSON rows) or a report page as text; what it is is told from its content." };
        var to = new Option<string>("--to") { Description = "The output format: json (the library's format), csv (a dataset), text (a report page).", Required = true };
        to.AcceptOnlyFromAmong("json", "csv", "text");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Where to write; standard output when left out." };
        var command = new Command("convert", "Convert: a dataset between CSV and JSON, a report between its page text and JSON, any document to canonical JSON (labels as tokens, unknown properties kept).") { file, to, outputFile };
        command.SetAction(parse => Guard(error, () =>
        {
            var input = Input.Load(parse.GetValue(file));
            var target = parse.GetValue(to)!;
            var document = input.Kind switch
            {
                InputKind.ReportText => input.ReadReportText().Report,
                InputKind.DatasetJsonRows => Checked(input.ReadJsonRows(), input.Name),
                InputKind.DatasetCsv => Checked(ReadCsv(input, error, progress), input.Name),
                _ => input.ReadDocument(),
            };
            var text = (target, document) switch
            {
                ("json", _) => OgpJson.Serialize(document) + "\n",
                ("csv", Datasets.CommitmentDataset dataset) => Csv(dataset),
                ("text", Assessments.EndOfCommitmentReport report) => Assessments.EndOfCommitmentReportText.Render(report),
                _ => throw new CliException($"ogp: {input.Name}: a '{document.Kind}' cannot be written as {target}: csv is for datasets, text for End of Commitment Reports", new ArgumentException(target)),
            };
            if (parse.GetValue(outputFile) is { } path)
            {
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            else
            {
                output.Write(text);
            }

            return Success;
        }));
        return command;

        static string Csv(Datasets.CommitmentDataset dataset)
        {
            var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            Model.Csv.CommitmentCsv.Write(dataset, writer);
            return writer.ToString();
        }
    }

    private static Datasets.DatasetImport ReadCsv(Input input, TextWriter error, bool progress)
    {
        using var reader = Csv.CommitmentCsvReader.Create(input.Open(), Path.GetFileName(input.Name));
        var records = Progress(reader.ReadRecords(), input.Name, error, progress).ToList();
        return new Datasets.DatasetImport
        {
            Dataset = new Datasets.CommitmentDataset { Source = new Datasets.DatasetSource { Title = reader.Source }, Columns = reader.Columns, Records = ValueList.CreateRange(records) },
            Findings = ValueList.CreateRange(reader.Findings),
        };
    }

    /// <summary>A dataset whose header cannot be read (no identity column) cannot be converted.</summary>
    internal static Datasets.CommitmentDataset Checked(Datasets.DatasetImport import, string name)
    {
        foreach (var finding in import.Findings)
        {
            if (finding.Code == Validation.ValidationRules.IdentityColumnMissing.Code)
            {
                throw new CliException($"ogp: {name}: {finding.Message}", new FormatException(finding.Message));
            }
        }

        return import.Dataset;
    }

    private static Command SchemaCommand(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("KIND")
        {
            Description = "The document kind: " + string.Join(", ", DocumentKinds.All) + ".",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DocumentKinds.EndOfCommitmentReport,
        };
        kind.AcceptOnlyFromAmong([.. DocumentKinds.All]);
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a document kind.") { kind };
        command.SetAction(parse => Guard(error, () =>
        {
            output.Write(OgpJson.GetSchema(parse.GetValue(kind)!));
            return Success;
        }));
        return command;
    }

    internal static int Guard(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliException e)
        {
            error.WriteLine(e.Message);
            return Unreadable;
        }
        catch (IOException e)
        {
            error.WriteLine("ogp: " + e.Message);
            return Unreadable;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine("ogp: " + e.Message);
            return Unreadable;
        }
    }
}

