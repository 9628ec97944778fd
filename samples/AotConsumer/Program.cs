// Uses the library as a NativeAOT-published app would: JSON documents, the CSV dataset, validation,
// analysis and rendering. Its output is the same compiled ahead of time or just in time.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenGov.Model;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

var data = Path.Combine(AppContext.BaseDirectory, "data");

// A report: read, validated, written back, and read through a host's own options.
var reportJson = File.ReadAllText(Path.Combine(data, "mexico-state-open-government-culture.json"));
var report = OgpJson.Deserialize<EndOfCommitmentReport>(reportJson);
var validation = new OgpValidator().Validate(report);
Console.WriteLine($"report: {report.MemberName} · {validation.ErrorCount} errors · completeness {validation.Completeness?.Ratio:0.000}");
var hostOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForOgp();
var reportInfo = (JsonTypeInfo<EndOfCommitmentReport>)hostOptions.GetTypeInfo(typeof(EndOfCommitmentReport));
var throughHost = JsonSerializer.Deserialize(JsonSerializer.Serialize(report, reportInfo), reportInfo);
Console.WriteLine($"same through a host's options: {throughHost == report}");

// The dataset: streamed from CSV, validated, summarized, converted to JSON and back.
var csvPath = Path.Combine(data, "ogp-commitments-open-parliament-extract.csv");
using (var input = OgpReader.OpenFile(csvPath))
{
    var datasetValidation = new OgpValidator().Validate(input);
    Console.WriteLine($"dataset: {datasetValidation.ItemCount} rows · {datasetValidation.ErrorCount} errors · {datasetValidation.WarningCount} warnings");
}

var records = new List<DatasetRecord>();
using (var input = await OgpReader.OpenFileAsync(csvPath))
{
    await foreach (var record in input.ReadRecordsAsync())
    {
        records.Add(record.Record);
    }
}

var summary = DatasetSummary.Create(records, SummaryGrouping.Region, "extract");
foreach (var region in summary.Groups)
{
    var share = region.GetShare(Indicators.HighCompletion);
    Console.WriteLine($"  {region.Label}: high completion {share.Numerator}/{share.Denominator}");
}

var dataset = new CommitmentDataset { Records = [.. records] };
var datasetJson = OgpJson.Serialize(dataset);
Console.WriteLine($"dataset JSON: {datasetJson.Length} characters, reads back equal: {OgpJson.Deserialize<CommitmentDataset>(datasetJson) == dataset}");
Console.WriteLine($"summary as Markdown: {summary.ToMarkdown().Split('\n').Length} lines");
Console.WriteLine($"summary JSON reads back equal: {OgpJson.Deserialize<DatasetSummary>(OgpJson.Serialize(summary)) == summary}");
