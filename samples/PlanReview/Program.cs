// PlanReview: assemble the IRM Action Plan Review and Results Report of one national action plan from
// the commitment dataset, validate them, and read an OGP Local Inception Report page (here in Spanish).
// Run: dotnet run --project samples/PlanReview [-- path/to/dataset.csv [AP_MNG04 [inception-page.txt]]]
using OpenGov.Model;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;

var data = Path.Combine(AppContext.BaseDirectory, "data");
var datasetPath = args.Length > 0 ? args[0] : Path.Combine(data, "ogp-commitments-open-parliament-extract.csv");
var plan = ActionPlanId.Parse(args.Length > 1 ? args[1] : "AP_MNG04");
var pagePath = args.Length > 2 ? args[2] : Path.Combine(data, "inception-spanish.txt");

// The dataset is read once; the plan's rows are kept.
List<OpenGov.Model.DatasetRecord> rows;
using (var input = OgpReader.OpenFile(datasetPath))
{
    rows = input.ReadRecords().Select(row => row.Record).Where(record => record.ActionPlan.Id == plan).ToList();
}

var review = IrmReports.AssembleReview(rows, plan);
var results = IrmReports.AssembleResults(rows, plan);
Console.WriteLine($"{plan} ({review.Document.MemberName}): {review.Document.Commitments.Count} commitments, {review.Document.Clusters.Count} cluster(s)");
foreach (var cluster in review.Document.Clusters)
{
    Console.WriteLine($"  cluster {cluster.Name}: potential for results {Label(cluster.Assessment.PotentialForResults)}");
}

foreach (var commitment in results.Document.Commitments)
{
    var design = review.Document.Commitments.Single(c => c.Id == commitment.Id);
    var potential = design.Cluster is null ? Label(design.Assessment.PotentialForResults) : "(in its cluster)";
    Console.WriteLine($"  {commitment.Id}  potential {potential,-16} completion {Label(commitment.Results.Completion),-12} early results {Label(commitment.Results.EarlyResults)}");
}

// Rows that disagree are told while assembling; the rules of the two reports by the validator.
var validator = new OgpValidator();
var findings = review.Findings.Count + validator.Validate(review.Document).Findings.Count + validator.Validate(results.Document, review.Document).Findings.Count;
Console.WriteLine($"Findings: {findings}");
Console.WriteLine();

using var page = OgpReader.OpenFile(pagePath);
var inception = page.ReadDocument<InceptionReport>();
Console.WriteLine($"Inception Report: {inception.ActionPlanTitle}");
foreach (var answer in inception.Requirements)
{
    Console.WriteLine($"  {answer.Number} {answer.Requirement,-24} {Label(answer.Status)}");
}

var completeness = validator.Validate(inception).Completeness!;
Console.WriteLine($"Completeness: {completeness.Answered} of {completeness.Required}");

// A scale's label as people read it ("Not Started"); a missing value or kept text as the library writes it.
static string Label<T>(Recorded<T> value)
    where T : struct, Enum =>
    value.HasValue ? Codelist<T>.Default[value.Value].Label : value.ToString();
