// QuickStart: read a real End of Commitment Report, see which questions it answers,
// then build a small action plan in code and write it as JSON.
// Run: dotnet run --project samples/QuickStart [-- path/to/report.json]
// <quickstart>
using OpenGov.Model;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "mexico-state-open-government-culture.json");
var report = OgpJson.Deserialize<EndOfCommitmentReport>(File.ReadAllText(path));
Console.WriteLine($"{report.Commitment.Title} · {report.MemberName}");
foreach (var (question, status) in report.GetStatuses())
{
    Console.WriteLine($"  {question.GetNumber(),-6} {status}");
}

var albania = new Member { Code = MemberCode.Parse("ALB"), Name = "Albania", Region = Region.Europe };
var plan = new ActionPlanBuilder(albania, number: 1, commitmentPrefix: "AL")
    .WithPeriod(PartialDate.Read("July 2012"), PartialDate.Read("6/30/14"))
    .AddCommitment("e-Acts", c => c with { Assessment = new() { Implementation = new() { CompletionEndOfTerm = CompletionLevel.Substantial } } })
    .Build();
Console.WriteLine(OgpJson.Serialize(plan));
// </quickstart>
