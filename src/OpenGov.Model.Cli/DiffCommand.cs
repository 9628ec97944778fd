using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Cli;

/// <summary><c>ogp diff OLD NEW</c>: what changed between two releases of a dataset.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var oldFile = new Argument<string>("OLD") { Description = "The old release: the IRM CSV, JSON rows, or a commitment-dataset JSON document; - for standard input." };
        var newFile = new Argument<string>("NEW") { Description = "The new release, in any of the same forms (the two need not be the same form)." };
        var format = OgpCli.FormatOption("text", "json", "csv", "xlsx");
        var encoding = OgpCli.EncodingOption();
        var sheet = OgpCli.SheetOption();
        var outputFile = OgpCli.WorkbookOutputOption();
        var oldRound = new Option<string?>("--old-round") { Description = "For implementation trackers: the update round of OLD to compare (each sub-commitment's latest update when left out). OLD and NEW may be the same file." };
        var newRound = new Option<string?>("--new-round") { Description = "For implementation trackers: the update round of NEW to compare (each sub-commitment's latest update when left out)." };
        var command = new Command(
            "diff",
            "What changed between two releases of a dataset, or two update rounds of implementation trackers (--old-round, --new-round), matched by identifier. Datasets: matched by commitment identifier: the commitments added and removed, and each changed cell (old → new), with columns matched by meaning (a reshaped file compares equal). The old release is held in memory, the new one read as it comes. Exit 0 when they are the same, 1 when they differ (or rows without an identifier could not be compared), 2 when an input cannot be read whole.")
        {
            oldFile, newFile, format, encoding, sheet, outputFile, oldRound, newRound,
        };
        command.SetAction((parse, cancellationToken) => OgpCli.Guard(context, async () =>
        {
            if (parse.GetValue(oldFile) == "-" && parse.GetValue(newFile) == "-")
            {
                throw new CliException("ogp: diff: standard input can be only one of the two releases", OgpCli.Unreadable);
            }

            var chosenEncoding = OgpCli.EncodingOf(parse, encoding);
            var chosenSheet = parse.GetValue(sheet);
            await using var old = await CliInputs.OpenAsync(parse.GetValue(oldFile), chosenEncoding, chosenSheet, context, cancellationToken).ConfigureAwait(false);
            await using var @new = await CliInputs.OpenAsync(parse.GetValue(newFile), chosenEncoding, chosenSheet, context, cancellationToken).ConfigureAwait(false);
            if (old.DocumentKind == DocumentKinds.ImplementationTracker || @new.DocumentKind == DocumentKinds.ImplementationTracker)
            {
                return await Trackers(context, old, @new, parse.GetValue(oldRound), parse.GetValue(newRound), parse.GetValue(format)!, OgpCli.OutputOf(parse, outputFile), cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetValue(oldRound) is not null || parse.GetValue(newRound) is not null)
            {
                throw new CliException("ogp: diff: --old-round and --new-round are for implementation trackers", OgpCli.Unreadable);
            }

            OgpCli.RequireRows(old, old.InputName!);
            OgpCli.RequireRows(@new, @new.InputName!);
            var difference = await DatasetDifference.CreateAsync(
                AnalysisCommands.Records(old, context, cancellationToken),
                AnalysisCommands.Records(@new, context, cancellationToken),
                Options(old, @new),
                cancellationToken).ConfigureAwait(false);
            foreach (var input in new[] { old, @new })
            {
                if (NotReadWhole(input) is { } partial)
                {
                    OgpCli.WriteReadingFindings(context, input, input.InputName!);
                    throw partial;
                }
            }

            var chosenFormat = parse.GetValue(format)!;
            Write(context, chosenFormat, OgpCli.OutputOf(parse, outputFile), difference, difference.WriteCsv, difference.WriteText);

            OgpCli.WriteReadingFindings(context, old, old.InputName!);
            OgpCli.WriteReadingFindings(context, @new, @new.InputName!);
            // Rows without an identifier were not compared: the releases cannot be said to be the same.
            return difference.IsEmpty && difference.Unidentified == 0 ? OgpCli.Success : OgpCli.Invalid;
        }, cancellationToken));
        return command;
    }

    /// <summary>How two dataset releases are compared: named by their file names, their columns matched by meaning.</summary>
    internal static DatasetDifferenceOptions Options(OgpInput old, OgpInput @new) => new()
    {
        OldName = Path.GetFileName(old.InputName),
        NewName = Path.GetFileName(@new.InputName),
        OldColumns = old.Columns.IsEmpty ? null : old.Columns,
        NewColumns = @new.Columns.IsEmpty ? null : @new.Columns,
    };

    /// <summary>
    /// The refusal for a release read only in part, once its rows were read: its unread rows would show as removed,
    /// so no difference is reported then. Null for a release read whole.
    /// </summary>
    internal static CliException? NotReadWhole(OgpInput input)
    {
        var error = input.Findings.FirstOrDefault(f => f.Code == ValidationRules.UnclosedQuote.Code || f.Code == ValidationRules.RowTooLong.Code);
        return error is not null || input.StoppedEarly
            ? new CliException($"ogp: {input.InputName}: not read whole ({error?.Code ?? ValidationRules.RowTooLong.Code}); no difference is reported", OgpCli.Unreadable)
            : null;
    }

    /// <summary>Two update rounds of implementation trackers: each sub-commitment's status and progress, matched by identifier.</summary>
    private static async Task<int> Trackers(CliContext context, OgpInput old, OgpInput @new, string? oldRound, string? newRound, string format, string? outputPath, CancellationToken cancellationToken)
    {
        foreach (var input in new[] { old, @new })
        {
            if (input.DocumentKind != DocumentKinds.ImplementationTracker)
            {
                throw new CliException($"ogp: {input.InputName}: not an implementation tracker but a '{input.DocumentKind ?? "JSON"}' input; diff compares two trackers or two datasets", OgpCli.Unreadable);
            }
        }

        var before = (ImplementationTracker)await old.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);
        var after = (ImplementationTracker)await @new.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);

        // A tracker read only in part would show its unread sub-commitments as removed: no difference is reported then.
        OgpCli.RequireWhole(context, old, old.InputName!);
        OgpCli.RequireWhole(context, @new, @new.InputName!);
        ImplementationDifference difference;
        try
        {
            difference = ImplementationAnalysis.Compare(before, oldRound, after, newRound) with
            {
                Old = Path.GetFileName(old.InputName),
                New = Path.GetFileName(@new.InputName),
            };
        }
        catch (System.ArgumentException e)
        {
            throw new CliException("ogp: diff: " + e.Message.Split(" (Parameter")[0], OgpCli.Unreadable);
        }

        Write(context, format, outputPath, difference, difference.WriteCsv, difference.WriteText);

        OgpCli.WriteReadingFindings(context, old, old.InputName!);
        OgpCli.WriteReadingFindings(context, @new, @new.InputName!);
        return difference.IsEmpty ? OgpCli.Success : OgpCli.Invalid;
    }

    /// <summary>A difference in the format asked for: a workbook (with -o), JSON, CSV, or text.</summary>
    private static void Write(CliContext context, string format, string? outputPath, OgpDocument difference, System.Action<TextWriter> writeCsv, System.Action<TextWriter> writeText)
    {
        switch (format)
        {
            case "xlsx":
            case var _ when outputPath is not null:
                OgpCli.WriteWorkbook(outputPath, format, context, "Changes", writeCsv);
                break;
            case "json":
                context.MachineOutput.WriteLine(OgpJson.Serialize(difference));
                break;
            case "csv":
                writeCsv(context.MachineOutput);
                break;
            default:
                writeText(context.Output);
                break;
        }
    }
}
