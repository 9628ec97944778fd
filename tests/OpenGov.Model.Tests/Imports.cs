using System.Collections.Generic;
using System.Linq;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Tests;

/// <summary>What reading an input gives, whole: the document and the findings of reading it.</summary>
internal sealed record ImportResult(OgpDocument Document, IReadOnlyList<Finding> Findings)
{
    public CommitmentDataset Dataset => (CommitmentDataset)Document;

    public EndOfCommitmentReport Report => (EndOfCommitmentReport)Document;

    public InceptionReport Inception => (InceptionReport)Document;

    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}

/// <summary>Reads inputs through <see cref="OgpReader"/>, whole, for tests that look at the result.</summary>
internal static class Imports
{
    public static ImportResult Csv(string text, string? name = null) =>
        Read(OgpReader.OpenText(text, new OgpReaderOptions { Kind = InputKind.DatasetCsv, InputName = name }));

    public static ImportResult CsvFile(string path) => Read(OgpReader.OpenFile(path));

    public static ImportResult JsonRows(string json, string? name = null) =>
        Read(OgpReader.OpenText(json, new OgpReaderOptions { Kind = InputKind.DatasetJsonRows, InputName = name }));

    public static ImportResult Page(string text) =>
        Read(OgpReader.OpenText(text, new OgpReaderOptions { Kind = InputKind.ReportPage }));

    public static ImportResult InceptionPage(string text) =>
        Read(OgpReader.OpenText(text, new OgpReaderOptions { Kind = InputKind.InceptionReportPage }));

    /// <summary>Reads a page, telling its kind from its content as <c>ogp</c> does.</summary>
    public static ImportResult AnyPage(string text) => Read(OgpReader.OpenText(text));

    public static ImportResult Read(OgpInput input)
    {
        using (input)
        {
            var document = input.ReadDocument();
            return new ImportResult(document, input.Findings.ToList());
        }
    }
}
