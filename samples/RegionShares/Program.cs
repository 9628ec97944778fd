// RegionShares: summarize the IRM commitment dataset by region and print, for each region, the
// share of commitments with high completion and with strong early results, and what was left out.
// Run: dotnet run --project samples/RegionShares [-- path/to/dataset.csv]
using System.Globalization;
using OpenGov.Model;
using OpenGov.Model.Analysis;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "ogp-commitments-open-parliament-extract.csv");

// One pass over the rows: the summary keeps counts per region, never the rows themselves.
using var input = OgpReader.OpenFile(path);
var summary = DatasetSummary.Create(input.ReadRecords().Select(row => row.Record), SummaryGrouping.Region, Path.GetFileName(path));

Console.WriteLine($"{summary.CommitmentCount} commitments in {summary.Groups.Count} regions ({summary.Subject})");
Console.WriteLine();
Console.WriteLine($"{"Region",-28} {"Commitments",11}  {"High completion",-22}  {"Strong early results"}");
foreach (var region in summary.Groups.Append(summary.Overall))
{
    var completion = region.GetShare(Indicators.HighCompletion);
    var results = region.GetShare(Indicators.StrongEarlyResults);
    Console.WriteLine($"{region.Label,-28} {region.CommitmentCount,11}  {Share(completion),-22}  {Share(results)}");
}

// A share counts only the commitments an indicator can tell about; say what was left out and why.
var excluded = summary.Overall.GetShare(Indicators.StrongEarlyResults).Excluded;
Console.WriteLine();
Console.WriteLine($"Strong early results leave out {excluded.Total} commitments: {excluded.NotReviewed} not reviewed, {excluded.NoData} without data, {excluded.NotAnswered} with nothing recorded.");

static string Share(IndicatorShare share) =>
    share.Share is { } value
        ? $"{(value * 100).ToString("0.0", CultureInfo.InvariantCulture)}% ({share.Numerator}/{share.Denominator})"
        : "–";
