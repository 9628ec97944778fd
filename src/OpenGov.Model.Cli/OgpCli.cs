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

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildCommand(output, error);
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

    private static RootCommand BuildCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Work with Open Government Partnership data in the OpenGov.Model JSON format: End of Commitment Reports and action plans.");
        root.Subcommands.Add(ValidateCommand(output, error));
        root.Subcommands.Add(RulesCommand(output, error));
        root.Subcommands.Add(ShowCommand(output, error));
        root.Subcommands.Add(ConvertCommand(output, error));
        root.Subcommands.Add(SchemaCommand(output, error));
        return root;
    }

    private static Command ValidateCommand(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "OGP JSON documents. Without any, the bundled Mexico State End of Commitment Report.",
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
                    var (name, document) = Read(path);
                    if (document is Validation.ValidationReport)
                    {
                        throw new CliException($"ogp: {name}: a validation report has nothing to validate", new System.ArgumentException(name));
                    }

                    reports.Add((name, document.Kind, validator.Validate(document) with { Subject = name }));
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

    private static Option<string> FormatOption(params string[] formats)
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
            Description = "An OGP JSON document. Without it, the bundled Mexico State End of Commitment Report.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("show", "Print a readable summary of a document: member, plan, commitment, and for each question whether and how it is answered.") { file };
        command.SetAction(parse => Guard(error, () =>
        {
            var (name, document) = Read(parse.GetValue(file));
            DocumentSummary.Write(output, name, document);
            return Success;
        }));
        return command;
    }

    private static Command ConvertCommand(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "An OGP JSON document." };
        var to = new Option<string>("--to") { Description = "The output format.", Required = true };
        to.AcceptOnlyFromAmong("json");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Where to write; standard output when left out." };
        var command = new Command("convert", "Write a document in canonical form: labels as canonical tokens, properties in order, unknown properties kept.") { file, to, outputFile };
        command.SetAction(parse => Guard(error, () =>
        {
            var (_, document) = Read(parse.GetValue(file));
            var json = OgpJson.Serialize(document) + "\n";
            if (parse.GetValue(outputFile) is { } path)
            {
                File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            else
            {
                output.Write(json);
            }

            return Success;
        }));
        return command;
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

    /// <summary>Reads a document from a file, or the bundled report when <paramref name="path"/> is null.</summary>
    internal static (string Name, OgpDocument Document) Read(string? path)
    {
        if (path is null)
        {
            using var bundled = typeof(OgpCli).Assembly.GetManifestResourceStream("OpenGov.Model.Cli.mexico-state-open-government-culture.json")!;
            return (BundledName, OgpJson.Deserialize<OgpDocument>(bundled));
        }

        try
        {
            using var stream = File.OpenRead(path);
            return (path, OgpJson.Deserialize<OgpDocument>(stream));
        }
        catch (OgpJsonException e)
        {
            throw new CliException(Describe(path, e), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"ogp: cannot read '{path}': {e.Message}", e);
        }
    }

    private static string Describe(string path, OgpJsonException e)
    {
        var location = e.LineNumber is { } line ? $"{path}:{line}:{e.BytePositionInLine}" : path;
        return $"ogp: {location}: {e.Reason.TrimEnd('.')} (at {e.Path})";
    }

    private static int Guard(TextWriter error, Func<int> action)
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

/// <summary>An input the tool cannot read; the message is the one line the user sees.</summary>
internal sealed class CliException(string message, Exception inner) : Exception(message, inner);
