// ValidateReport: check whether an End of Commitment Report answers every question before it is
// published, and print the findings grouped by rule.
// Run: dotnet run --project samples/ValidateReport [-- path/to/report.json]
using OpenGov.Model;
using OpenGov.Model.Validation;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "mexico-state-open-government-culture.json");
var report = OgpJson.Deserialize<EndOfCommitmentReport>(File.ReadAllText(path));

// Every rule, except the information that a date could be read two ways.
var validator = new OgpValidator(new ValidationOptions { DisabledCodes = ["OGP202"] });
var result = validator.Validate(report);

Console.WriteLine($"{report.Commitment.Title} · {report.MemberName}");
Console.WriteLine($"{result.ErrorCount} errors, {result.WarningCount} warnings");
foreach (var group in result.Groups)
{
    Console.WriteLine($"  {group.Rule.Code} {group.Rule.Title} ×{group.Count}");
    foreach (var finding in result.Findings.Where(f => f.Code == group.Rule.Code))
    {
        Console.WriteLine($"      {finding}");
    }
}

if (result.Completeness is { } score)
{
    Console.WriteLine($"Complete: {score.Answered} of {score.Required} ({score.Ratio:P0})");
}

Console.WriteLine(result.IsValid ? "Ready to publish." : "Not ready: answer the questions above first.");
return result.IsValid ? 0 : 1;
