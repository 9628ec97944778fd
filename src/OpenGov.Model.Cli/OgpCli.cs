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
        root.Subcommands.Add(ShowCommand(output, error));
        root.Subcommands.Add(ConvertCommand(output, error));
        root.Subcommands.Add(SchemaCommand(output, error));
        return root;
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
