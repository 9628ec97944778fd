using OpenGov.Model;
using OpenGov.Model.Validation;

namespace Tasks;

/// <summary>Task 2: a posted End of Commitment Report checked for completeness.</summary>
public static class ReportCompleteness
{
    /// <summary>Reads the report from <paramref name="posted"/> and says how complete it is and which questions are unanswered.</summary>
    /// <param name="posted">The report as JSON.</param>
    /// <returns>The share of questions answered, and the questions without an answer.</returns>
    public static (double Ratio, IReadOnlyList<string> Unanswered) Check(Stream posted)
    {
        var report = OgpJson.Deserialize<EndOfCommitmentReport>(posted);
        var result = new OgpValidator().Validate(report);
        var unanswered = result.Findings
            .Where(finding => finding.Category == FindingCategory.Completeness && finding.QuestionNumber is not null)
            .Select(finding => finding.QuestionNumber!)
            .Distinct()
            .ToList();
        return (result.Completeness!.Ratio, unanswered);
    }
}
