// DatasetToJson: read the IRM commitment dataset (CSV, or any input OgpReader reads), pick one
// member's commitments and write them as a commitment-dataset JSON document.
// Run: dotnet run --project samples/DatasetToJson [-- MEMBER-CODE [path/to/dataset.csv]]
using OpenGov.Model;

var member = MemberCode.Parse(args.Length > 0 ? args[0] : "UKR");
var path = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "data", "ogp-commitments-open-parliament-extract.csv");

// Rows are read one at a time: a file of any length fits in memory. What the file is (CSV with
// commas, semicolons or tabs, JSON rows, a dataset document) and its encoding are told from its content.
using var input = OgpReader.OpenFile(path);
var rows = 0;
var picked = input.ReadRecords().Where(row => ++rows > 0 && row.Record.Member.Code == member).Select(row => row.Record).ToValueList();

foreach (var finding in input.Findings)
{
    Console.Error.WriteLine($"{finding.Code} line {finding.Line}: {finding.Message}");
}

var dataset = new CommitmentDataset
{
    Source = new DatasetSource { Title = Path.GetFileName(path), Publisher = "Open Government Partnership" },
    Columns = input.Columns,
    Records = picked,
};

Console.Error.WriteLine($"{picked.Count} of {rows} commitments are {member}'s, in {picked.Select(r => r.ActionPlan.Id).Distinct().Count()} action plans.");
Console.WriteLine(OgpJson.Serialize(dataset));
