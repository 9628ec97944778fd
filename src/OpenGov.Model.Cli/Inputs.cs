using System;
using System.IO;
using System.Text;
using OpenGov.Model.Assessments;
using OpenGov.Model.Datasets;
using OpenGov.Model.Serialization;

namespace OpenGov.Model.Cli;

/// <summary>What an input is, told from its content rather than its file name.</summary>
internal enum InputKind
{
    /// <summary>A document of the library's JSON format.</summary>
    Document,

    /// <summary>The IRM commitment dataset as CSV.</summary>
    DatasetCsv,

    /// <summary>Dataset rows exported by a spreadsheet as JSON.</summary>
    DatasetJsonRows,

    /// <summary>The text of an End of Commitment Report page.</summary>
    ReportText,
}

/// <summary>An input file (or the bundled report): its name, its bytes and what it is.</summary>
internal sealed class Input
{
    private Input(string name, byte[] bytes, InputKind kind)
    {
        Name = name;
        Bytes = bytes;
        Kind = kind;
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public InputKind Kind { get; }

    /// <summary>Loads a file, or the bundled Mexico State report when <paramref name="path"/> is null, and tells what it is.</summary>
    public static Input Load(string? path)
    {
        if (path is null)
        {
            using var bundled = typeof(Input).Assembly.GetManifestResourceStream("OpenGov.Model.Cli.mexico-state-open-government-culture.json")!;
            using var copy = new MemoryStream();
            bundled.CopyTo(copy);
            return new Input(OgpCli.BundledName, copy.ToArray(), InputKind.Document);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"ogp: cannot read '{path}': {e.Message}", e);
        }

        return new Input(path, bytes, Detect(bytes) ?? throw new CliException(
            $"ogp: {path}: cannot tell what this is: not an OGP JSON document, not the commitment dataset (CSV or JSON rows), not an End of Commitment Report page",
            new FormatException(path)));
    }

    /// <summary>JSON (a document or row exports) by its first character; CSV by a header with the identity column; a report page by its headings.</summary>
    public static InputKind? Detect(byte[] bytes)
    {
        var text = Decode(bytes, 4096);
        var start = text.TrimStart();
        if (start.StartsWith('{') || start.StartsWith('['))
        {
            return DatasetJsonRows.IsRowExport(bytes) ? InputKind.DatasetJsonRows : InputKind.Document;
        }

        var firstLine = start.Split('\n')[0];
        if (new DatasetRowMapper(firstLine.TrimEnd('\r').Split(',')).HasIdentityColumn)
        {
            return InputKind.DatasetCsv;
        }

        if (text.Contains("End of Commitment Report", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Name of Evaluator", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.ReportText;
        }

        return null;
    }

    /// <summary>Reads a JSON document.</summary>
    public OgpDocument ReadDocument()
    {
        try
        {
            return OgpJson.Deserialize<OgpDocument>(Bytes);
        }
        catch (OgpJsonException e)
        {
            throw new CliException(Describe(e), e);
        }
    }

    /// <summary>Reads dataset rows exported as JSON.</summary>
    public DatasetImport ReadJsonRows()
    {
        try
        {
            using var stream = new MemoryStream(Bytes, writable: false);
            return DatasetJsonRows.Read(stream, Path.GetFileName(Name));
        }
        catch (OgpJsonException e)
        {
            throw new CliException(Describe(e), e);
        }
    }

    /// <summary>Reads a report page.</summary>
    public ReportImport ReadReportText() => EndOfCommitmentReportText.Parse(Decode(Bytes, int.MaxValue));

    /// <summary>Opens a stream over the bytes.</summary>
    public Stream Open() => new MemoryStream(Bytes, writable: false);

    private string Describe(OgpJsonException e)
    {
        var location = e.LineNumber is { } line ? $"{Name}:{line}:{e.BytePositionInLine}" : Name;
        return $"ogp: {location}: {e.Reason.TrimEnd('.')} (at {e.Path})";
    }

    private static string Decode(byte[] bytes, int maxBytes)
    {
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, offset, Math.Min(bytes.Length - offset, maxBytes));
    }
}

/// <summary>An input the tool cannot read; the message is the one line the user sees.</summary>
internal sealed class CliException(string message, Exception inner) : Exception(message, inner);
