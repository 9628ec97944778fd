using System;
using System.IO;
using System.Linq;

namespace OpenGov.Model.Rendering;

/// <summary>Renders a document of the JSON format for people.</summary>
public static class DocumentRendering
{
    private const int Excerpt = 70;

    /// <summary>
    /// Writes the readable summary of a document that <c>ogp show</c> prints: for a report, its member,
    /// commitment and the status of each question; for a plan, its commitments; for a dataset, its counts; for a summary or a difference, its text.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="name">The name to show for the document, such as a file name.</param>
    public static void WriteText(this OgpDocument document, TextWriter writer, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var output = TerminalWriter.Over(writer);
        switch (document)
        {
            case EndOfCommitmentReport report:
                WriteReport(output, name, report);
                break;
            case InceptionReport inception:
                WriteInception(output, name, inception);
                break;
            case ActionPlanReview review:
                WriteReview(output, name, review);
                break;
            case ResultsReport results:
                WriteResults(output, name, results);
                break;
            case ActionPlan plan:
                WritePlan(output, name, plan);
                break;
            case CommitmentDataset dataset:
                WriteDataset(output, name, dataset);
                break;
            case ImplementationTracker tracker:
                WriteTracker(output, name, tracker);
                break;
            case SelfAssessmentReport selfAssessment:
                WriteSelfAssessment(output, name, selfAssessment);
                break;
            case Analysis.ImplementationSummary implementation:
                implementation.WriteText(output);
                break;
            case Analysis.ImplementationDifference changes:
                changes.WriteText(output);
                break;
            case Analysis.DatasetSummary summary:
                summary.WriteText(output);
                break;
            case Analysis.DatasetDifference difference:
                difference.WriteText(output);
                break;
            default:
                output.WriteLine($"{name}: a '{document.Kind}' document (schema {document.SchemaVersion}).");
                break;
        }

        if (document.AdditionalProperties.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Properties kept but not known to this version: " + string.Join(", ", document.AdditionalProperties.Keys));
        }

        output.Complete();
    }

    private static void WriteReport(TextWriter output, string name, EndOfCommitmentReport report)
    {
        output.WriteLine($"End of Commitment Report · {name} · schema {report.SchemaVersion}");
        output.WriteLine();
        Field(output, "Member", report.MemberName);
        Field(output, "Action plan", report.ActionPlanTitle);
        Field(output, "Commitment", report.Commitment.Title);
        Field(output, "Objective", Shorten(report.Commitment.Objective));
        Field(output, "Problem", Shorten(report.Commitment.Problem));
        Field(output, "Evaluators", report.Evaluators.Count == 0 ? null : string.Join(", ", report.Evaluators));
        output.WriteLine();

        var statuses = report.GetStatuses();
        output.WriteLine(
            $"Questions: {Count(AnswerStatus.Answered)} answered, {Count(AnswerStatus.PartlyAnswered)} partly answered, {Count(AnswerStatus.NotAnswered)} not answered");
        foreach (var entry in statuses)
        {
            var (question, status) = (entry.Key, entry.Value);
            output.WriteLine($"  {question.GetNumber(),-6}{Describe(status),-17}{Headline(question)}");
            foreach (var line in Parts(report, question))
            {
                output.WriteLine("        " + line);
            }
        }

        int Count(AnswerStatus status) => statuses.Count(s => s.Value == status);
    }

    private static string[] Parts(EndOfCommitmentReport report, ReportQuestion question) => question switch
    {
        ReportQuestion.OverallProgress => [Choice("Level", report.Completion.Level), Text("Explanation", report.Completion.Explanation)],
        ReportQuestion.ImplementationFactors => [Text("Answer", report.ImplementationFactors)],
        ReportQuestion.ImplementedAsPlanned =>
        [
            Choice("Choice", report.ImplementedAsPlanned.Choice),
            Text("Explanation", report.ImplementedAsPlanned.Explanation),
            "Evidence: " + (report.ImplementedAsPlanned.Evidence.Count == 0 ? "none" : string.Join("; ", report.ImplementedAsPlanned.Evidence.Select(e => e.Reference))),
        ],
        ReportQuestion.AccessToInformation => OpenGovernment(report.AccessToInformation),
        ReportQuestion.CivicParticipation => OpenGovernment(report.CivicParticipation),
        ReportQuestion.PublicAccountability => OpenGovernment(report.PublicAccountability),
        ReportQuestion.ProblemAddressed => [Choice("Choice", report.ProblemAddressed.Choice), Text("Explanation", report.ProblemAddressed.Explanation)],
        ReportQuestion.Lessons => report.Lessons.Count == 0 ? ["Lessons: none"] : [.. report.Lessons.Select((l, i) => $"Lesson {i + 1}: \"{Shorten(l)}\"")],
        _ => [],
    };

    private static string[] OpenGovernment(OpenGovernmentAnswer answer) =>
    [
        "Immediate results: " + (answer.ImmediateResults.Count == 0 ? "none ticked" : string.Join("; ", answer.ImmediateResults.Select(Label))),
        Choice("Degree of result", answer.Degree),
        Text("Explanation", answer.Explanation),
    ];

    private static string Headline(ReportQuestion question) => question switch
    {
        ReportQuestion.OverallProgress => "Overall level of progress",
        ReportQuestion.ImplementationFactors => "Factors that impacted implementation",
        ReportQuestion.ImplementedAsPlanned => "Implemented as originally planned?",
        ReportQuestion.AccessToInformation => "Did it open government? Access to information",
        ReportQuestion.CivicParticipation => "Did it open government? Civic participation",
        ReportQuestion.PublicAccountability => "Did it open government? Public accountability",
        ReportQuestion.ProblemAddressed => "Did it address the public policy problem?",
        ReportQuestion.Lessons => "Lessons or reflections",
        _ => question.ToString(),
    };

    private static void WriteInception(TextWriter output, string name, InceptionReport report)
    {
        output.WriteLine($"Inception Report · {name} · schema {report.SchemaVersion}");
        output.WriteLine();
        Field(output, "Member", report.MemberName);
        Field(output, "Action plan", report.ActionPlanTitle);
        Field(output, "Evaluators", report.Evaluators.Count == 0 ? null : string.Join(", ", report.Evaluators));
        output.WriteLine();
        output.WriteLine($"Co-creation requirements: {report.Requirements.Count}");
        foreach (var answer in report.Requirements)
        {
            var question = answer.Question ?? (answer.TryGetRequirement(out var requirement) ? requirement.Text : answer.Requirement);
            output.WriteLine($"  {answer.Number ?? "-",-6}{Label(answer.Status),-14}{Shorten(question) ?? "(no question)"}");
            output.WriteLine($"        explanation: {(string.IsNullOrWhiteSpace(answer.Explanation) ? "no" : "yes")}; references: {(string.IsNullOrWhiteSpace(answer.References) ? "no" : "yes")}; evidence: {answer.Evidence.Count}");
        }

        output.WriteLine();
        output.WriteLine($"Commitments assessed: {report.Commitments.Count}");
        foreach (var commitment in report.Commitments)
        {
            output.WriteLine($"  {commitment.Number ?? "-",-6}{Shorten(commitment.Title) ?? "(no title)"}");
            var values = commitment.Values.Count == 0 ? string.Empty : " (" + string.Join(", ", commitment.Values.Select(Label)) + ")";
            output.WriteLine($"        verifiable: {Label(commitment.Verifiable)}; relevant: {YesNo(commitment.Relevant)}{values}; potential for results: {Label(commitment.PotentialForResults)}");
        }
    }

    private static void WriteReview(TextWriter output, string name, ActionPlanReview review)
    {
        WritePlanHeader(output, $"IRM Action Plan Review · {name} · schema {review.SchemaVersion}", review.ActionPlanId, review.MemberName, review.ActionPlanTitle);
        output.WriteLine($"Commitments: {review.Commitments.Count}; clusters: {review.Clusters.Count}");
        foreach (var commitment in review.Commitments)
        {
            output.WriteLine($"  {commitment.Id?.ToString() ?? "(no id)",-8} {Shorten(commitment.Title) ?? "(no title)"}");
            output.WriteLine(commitment.Cluster is { } cluster ? $"           in cluster {cluster}" : "           " + Describe(commitment.Assessment));
        }

        foreach (var cluster in review.Clusters)
        {
            output.WriteLine($"  Cluster {cluster.Name}");
            output.WriteLine("           " + Describe(cluster.Assessment));
        }

        WriteCoCreation(output, review.CoCreation);
    }

    private static void WriteResults(TextWriter output, string name, ResultsReport results)
    {
        WritePlanHeader(output, $"IRM Results Report · {name} · schema {results.SchemaVersion}", results.ActionPlanId, results.MemberName, results.ActionPlanTitle);
        output.WriteLine($"Commitments: {results.Commitments.Count}; clusters: {results.Clusters.Count}");
        foreach (var commitment in results.Commitments)
        {
            output.WriteLine($"  {commitment.Id?.ToString() ?? "(no id)",-8} {Shorten(commitment.Title) ?? "(no title)"}{(commitment.Cluster is { } c ? " [cluster " + c + "]" : string.Empty)}");
            output.WriteLine($"           completion: {Label(commitment.Results.Completion)}; early results: {Label(commitment.Results.EarlyResults)}; did it open government: {Label(commitment.Results.OpenGovernment)}");
        }

        WriteCoCreation(output, results.CoCreation);
    }

    private static void WriteTracker(TextWriter output, string name, ImplementationTracker tracker)
    {
        WritePlanHeader(output, $"Implementation tracker · {name} · schema {tracker.SchemaVersion}", tracker.ActionPlanId, tracker.MemberName, tracker.ActionPlanTitle);
        output.WriteLine($"Commitments: {tracker.Commitments.Count}; sub-commitments and milestones: {tracker.Commitments.Sum(c => c.Items.Count)}");
        foreach (var commitment in tracker.Commitments)
        {
            output.WriteLine($"  {commitment.Reference ?? "(no id)",-8} {Shorten(commitment.Title) ?? "(no title)"} · rolled up: {Label(Analysis.ImplementationAnalysis.RollUp(commitment))}");
            foreach (var item in commitment.Items)
            {
                var latest = item.Updates.Count == 0 ? null : item.Updates[item.Updates.Count - 1];
                output.WriteLine($"    {item.Id ?? "(no id)",-10} {Shorten(item.Title) ?? string.Empty} · {(latest is null ? "no update" : Label(latest.Status) + (latest.Round is { } round ? " (" + round + ")" : string.Empty))}");
            }
        }
    }

    private static void WriteSelfAssessment(TextWriter output, string name, SelfAssessmentReport report)
    {
        var stage = report.Stage switch
        {
            Analysis.AssessmentStage.Midterm => "mid-term ",
            Analysis.AssessmentStage.EndOfTerm => "end-of-term ",
            _ => string.Empty,
        };
        WritePlanHeader(output, $"Government {stage}self-assessment · {name} · schema {report.SchemaVersion}", report.ActionPlanId, report.MemberName, report.ActionPlanTitle);
        output.WriteLine($"Commitments: {report.Commitments.Count}");
        foreach (var commitment in report.Commitments)
        {
            output.WriteLine($"  {commitment.Id?.ToString() ?? commitment.Number ?? "(no id)",-8} {Shorten(commitment.Title) ?? "(no title)"} · completion: {Label(commitment.Completion)}; milestones: {commitment.Milestones.Count}");
        }
    }

    /// <summary>The heading of an IRM report and the plan it assesses.</summary>
    private static void WritePlanHeader(TextWriter output, string heading, ActionPlanId? plan, string? member, string? title)
    {
        output.WriteLine(heading);
        output.WriteLine();
        Field(output, "Plan", plan?.ToString());
        Field(output, "Member", member);
        Field(output, "Title", title);
        output.WriteLine();
    }

    private static void WriteCoCreation(TextWriter output, CoCreationAssessment assessment)
    {
        if (assessment.Equals(CoCreationAssessment.Empty))
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Co-creation:");
        output.WriteLine($"  influence during development: {Label(assessment.InfluenceDuringDevelopment)}; during implementation: {Label(assessment.InfluenceDuringImplementation)}; open participation: {YesNo(assessment.OpenParticipation)}; collaborated with the IRM: {YesNo(assessment.CollaboratedWithIrm)}");
        foreach (var answer in assessment.Requirements)
        {
            output.WriteLine($"  {Label(answer.Status),-14}{Shorten(answer.Question ?? (answer.TryGetRequirement(out var r) ? r.Text : answer.Requirement)) ?? "(no requirement)"}");
        }

        var criteria = assessment.GetContraryToProcessCriteria();
        output.WriteLine(criteria.Count == 0 ? "  acting contrary to process: no" : "  acting contrary to process: yes (" + string.Join(", ", criteria) + ")");
    }

    private static string Describe(ReviewAssessment assessment) =>
        $"verifiable: {Label(assessment.Verifiable)}; relevant: {YesNo(assessment.Relevant)}; potential for results: {Label(assessment.PotentialForResults)}; promising: {YesNo(assessment.Promising)}";

    private static string YesNo(Recorded<bool> value) => value.State switch
    {
        RecordedState.Value => value.Value ? "yes" : "no",
        RecordedState.Unrecognized => $"\"{value.UnrecognizedText}\" (not yes or no)",
        RecordedState.NotAnswered => "not answered",
        RecordedState.NoData => "no data",
        RecordedState.NotReviewed => "not reviewed",
        _ => "not applicable",
    };

    private static void WritePlan(TextWriter output, string name, ActionPlan plan)
    {
        output.WriteLine($"Action plan · {name} · schema {plan.SchemaVersion}");
        output.WriteLine();
        Field(output, "Plan", plan.Id?.ToString());
        Field(output, "Title", plan.Title);
        Field(output, "Member", plan.Member is { } m ? $"{m.Name} ({m.Code}), {Label(m.Kind)}, {Label(m.Region)}" : null);
        Field(output, "Period", $"{Label(plan.Start)} to {Label(plan.End)}");
        output.WriteLine();
        output.WriteLine($"Commitments: {plan.Commitments.Count}");
        foreach (var commitment in plan.Commitments)
        {
            var completion = commitment.Assessment?.Implementation.CompletionEndOfTerm ?? default;
            output.WriteLine($"  {commitment.Id?.ToString() ?? "(no id)",-8} {Shorten(commitment.Title) ?? "(no title)"}");
            output.WriteLine($"           {commitment.Milestones.Count} milestone(s); completion at end of term: {Label(completion)}");
        }
    }

    private static void WriteDataset(TextWriter output, string name, CommitmentDataset dataset)
    {
        var records = dataset.Records;
        output.WriteLine($"Commitment dataset · {name} · schema {dataset.SchemaVersion}");
        output.WriteLine();
        Field(output, "Commitments", records.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Field(output, "Members", records.Select(r => r.Member.Code?.ToString() ?? r.Member.Name).Where(m => m is not null).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(output, "Action plans", records.Select(r => r.ActionPlan.Id?.ToString()).Where(p => p is not null).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(output, "Columns", dataset.Columns.Count == 0 ? "(canonical)" : dataset.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine();
        output.WriteLine("Commitments by region:");
        foreach (var group in records.GroupBy(r => Label(r.Member.Region)).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key,-28}{group.Count(),6}");
        }

        output.WriteLine();
        output.WriteLine("Completion at the end of term:");
        foreach (var group in records.GroupBy(r => Label(r.Commitment.Assessment?.Implementation.CompletionEndOfTerm ?? default)).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key,-28}{group.Count(),6}");
        }
    }

    private static void Field(TextWriter output, string label, string? value) =>
        output.WriteLine($"{label + ":",-13}{value ?? "(not given)"}");

    private static string Describe(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.PartlyAnswered => "partly answered",
        _ => "not answered",
    };

    private static string Choice<T>(string label, Recorded<T> choice)
        where T : struct, Enum =>
        $"{label}: {Label(choice)}";

    private static string Label<T>(Recorded<T> value)
        where T : struct, Enum => value.State switch
        {
            RecordedState.Value => Codelist<T>.Default[value.Value].Label,
            RecordedState.Unrecognized => $"\"{value.UnrecognizedText}\" (not a known value)",
            RecordedState.NotAnswered => "not answered",
            RecordedState.NoData => "no data",
            RecordedState.NotReviewed => "not reviewed",
            _ => "not applicable",
        };

    private static string Label(Recorded<PartialDate> value) => value.State switch
    {
        RecordedState.Value => value.Value.ToString(),
        RecordedState.Unrecognized => $"\"{value.UnrecognizedText}\"",
        RecordedState.NotAnswered => "?",
        _ => value.ToString(),
    };

    private static string Text(string label, string? text) =>
        string.IsNullOrWhiteSpace(text) ? $"{label}: not answered" : $"{label}: \"{Shorten(text)}\"";

    private static string? Shorten(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var flat = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= Excerpt ? flat : flat.Substring(0, Excerpt - 1).TrimEnd() + "…";
    }
}
