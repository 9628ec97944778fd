// DatasetToJson: read the IRM commitment dataset (CSV), pick one member's commitments and write
// them as a commitment-dataset JSON document.
// Run: dotnet run --project samples/DatasetToJson [-- MEMBER-CODE [path/to/dataset.csv]]
using OpenGov.Model;
using OpenGov.Model.Csv;
using OpenGov.Model.Datasets;
using OpenGov.Model.Plans;
using OpenGov.Model.Serialization;

var member = MemberCode.Parse(args.Length > 0 ? args[0] : "UKR");
var path = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "data", "ogp-commitments-open-parliament-extract.csv");

// Rows are read one at a time: a file of any length fits in memory.
using var reader = CommitmentCsvReader.Open(path);
var picked = reader.ReadRecords().Where(row => row.Member.Code == member).ToValueList();

foreach (var finding in reader.Findings)
{
    Console.Error.WriteLine($"{finding.Code} {finding.Path}: {finding.Message}");
}

var dataset = new CommitmentDataset
{
    Source = new DatasetSource { Title = Path.GetFileName(path), Publisher = "Open Government Partnership" },
    Columns = reader.Columns,
    Records = picked,
};

Console.Error.WriteLine($"{picked.Count} of {reader.RowCount} commitments are {member}'s, in {picked.Select(r => r.ActionPlan.Id).Distinct().Count()} action plans.");
Console.WriteLine(OgpJson.Serialize(dataset));
