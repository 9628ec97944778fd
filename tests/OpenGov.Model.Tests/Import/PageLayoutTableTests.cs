using System;
using System.Collections.Generic;
using System.Linq;
using OpenGov.Model.Rendering;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>
/// Every layout a report page's header is published in × every language × every header field and question, on pages
/// invented here: the page the library writes in a language, its header rewritten in the layout. Each row reads one
/// page and checks one field: read as written, or absent where the layout does not carry it.
/// </summary>
public class PageLayoutTableTests
{
    /// <summary>The layouts of a page's header.</summary>
    public static readonly string[] Layouts =
    [
        "labelled",         // label, blank line, value, blank line (what the library writes)
        "compact",          // label, then its value on the next line, no blank lines
        "unlabelled",       // the heading, then the values as paragraphs, without labels
        "one-per-line",     // labels for the evaluators and the member, then the other values one per line, no blank lines
        "member-unlabelled", // the member on its own line between the evaluators and the plan's label
        "pop-up",           // glossary pop-up text glued onto every label, the value on the next line
        "plan-line",        // no heading and no labels: only the plan's title, "Action plan – {member}, {years}"
        "cut",              // cut after the member's value
        "two-titles",       // a heading whose title is shorter than the title block's (End of Commitment Report only)
    ];

    private static readonly Dictionary<string, string> PlanWords = new()
    {
        ["en"] = "Action plan",
        ["es"] = "Plan de acción",
        ["fr"] = "Plan d'action",
        ["pt"] = "Plano de ação",
    };

    private static readonly Dictionary<string, string> PopUps = new()
    {
        ["en"] = "Plans gather what a member commits to for two years …",
        ["es"] = "Los planes reúnen lo que un miembro se compromete a hacer …",
        ["fr"] = "Les plans réunissent ce à quoi un membre s'engage pour deux ans …",
        ["pt"] = "Os planos reúnem o que um membro se compromete a fazer …",
    };

    private const string Member = "Riverside (City), Freedonia";

    private static readonly (string Name, Func<EndOfCommitmentReport, object?> Get)[] EndOfCommitmentFields =
    [
        ("evaluators", r => r.Evaluators),
        ("email", r => r.EvaluatorEmail),
        ("member", r => r.MemberName),
        ("plan title", r => r.ActionPlanTitle),
        ("commitment title", r => r.Commitment.Title),
        ("short title", r => r.Commitment.ShortTitle),
        ("objective", r => r.Commitment.Objective),
        ("problem", r => r.Commitment.Problem),
        ("1.1", r => r.Completion),
        ("1.2", r => r.ImplementationFactors),
        ("1.3", r => r.ImplementedAsPlanned),
        ("2.1.1", r => r.AccessToInformation),
        ("2.1.2", r => r.CivicParticipation),
        ("2.1.3", r => r.PublicAccountability),
        ("2.2", r => r.ProblemAddressed),
        ("3", r => r.Lessons),
    ];

    private static readonly (string Name, Func<InceptionReport, object?> Get)[] InceptionFields =
    [
        ("evaluators", r => r.Evaluators),
        ("email", r => r.EvaluatorEmail),
        ("member", r => r.MemberName),
        ("plan title", r => r.ActionPlanTitle),
        ("1.1", r => r.Requirements.ElementAtOrDefault(0)),
        ("1.2", r => r.Requirements.ElementAtOrDefault(1)),
        ("1.3", r => r.Requirements.ElementAtOrDefault(2)),
        ("1.4", r => r.Requirements.ElementAtOrDefault(3)),
        ("commitment 1", r => r.Commitments.ElementAtOrDefault(0)),
        ("commitment 2", r => r.Commitments.ElementAtOrDefault(1)),
    ];

    public static TheoryData<string, string, string> EndOfCommitmentRows() => Rows(EndOfCommitmentFields.Select(f => f.Name), Layouts);

    public static TheoryData<string, string, string> InceptionRows() => Rows(InceptionFields.Select(f => f.Name), Layouts.Where(l => l != "two-titles"));

    private static TheoryData<string, string, string> Rows(IEnumerable<string> fields, IEnumerable<string> layouts)
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var layout in layouts)
        {
            foreach (var language in PageLanguageTests.Languages)
            {
                foreach (var field in fields)
                {
                    rows.Add(layout, language, field);
                }
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(EndOfCommitmentRows))]
    public void An_End_of_Commitment_page_gives_each_field_its_layout_carries(string layout, string language, string field)
    {
        var written = EndOfCommitment(language);
        var page = Layout(EndOfCommitmentReportText.Render(written, language), layout, language, commitmentFields: true);
        var import = Imports.Page(page);
        var get = EndOfCommitmentFields.Single(f => f.Name == field).Get;
        var expected = Carries(layout, field, PageKind.EndOfCommitment) ? get(Expected(written, layout)) : get(new EndOfCommitmentReport());

        Assert.Equal(expected, get(import.Report));
        AssertFindings(layout, import);
    }

    [Theory]
    [MemberData(nameof(InceptionRows))]
    public void An_Inception_page_gives_each_field_its_layout_carries(string layout, string language, string field)
    {
        var written = Inception(language);
        var page = Layout(InceptionReportText.Render(written, language), layout, language, commitmentFields: false);
        var import = Imports.InceptionPage(page);
        var get = InceptionFields.Single(f => f.Name == field).Get;
        var expected = Carries(layout, field, PageKind.Inception) ? get(written) : get(new InceptionReport());

        Assert.Equal(expected, get(import.Inception));
        AssertFindings(layout, import);
    }

    private enum PageKind
    {
        EndOfCommitment,
        Inception,
    }

    /// <summary>Whether a layout carries a field: the unlabelled layouts have no place for the e-mail, a cut page none for what follows the member.</summary>
    private static bool Carries(string layout, string field, PageKind kind) => (layout, field) switch
    {
        (_, "short title") => layout == "two-titles",
        ("unlabelled" or "one-per-line" or "member-unlabelled", "email") => false,
        ("plan-line", _) => field is "member" or "plan title" || char.IsDigit(field[0]) || (kind == PageKind.Inception && field.StartsWith("commitment ", StringComparison.Ordinal)),

        // The heading still names the commitment (End of Commitment Report) or the plan (Inception Report).
        ("cut", _) => field is "evaluators" or "email" or "member" || (field == "plan title" && kind == PageKind.Inception) || (field == "commitment title" && kind == PageKind.EndOfCommitment),
        _ => true,
    };

    /// <summary>The member a page without it is given is told from the plan's title, and said to be; no other layout has a finding.</summary>
    private static void AssertFindings(string layout, ImportResult import)
    {
        switch (layout)
        {
            case "plan-line":
                var inferred = Assert.Single(import.Findings, f => f.Code == "OGP513");
                Assert.Equal("/memberName", inferred.Path);
                break;
            case "cut":
                Assert.Contains(import.Findings, f => f.Code == "OGP510");
                break;
            default:
                Assert.Empty(import.Findings);
                break;
        }
    }

    private static EndOfCommitmentReport Expected(EndOfCommitmentReport written, string layout) =>
        layout == "two-titles" ? written with { Commitment = written.Commitment with { ShortTitle = "Budgeting" } } : written;

    private static string Plan(string language) => $"{PlanWords[language]} – {Member}, 2022 – 2023";

    private static EndOfCommitmentReport EndOfCommitment(string language) => new()
    {
        Evaluators = ["Ana Lima", "Rui Costa"],
        EvaluatorEmail = "monitor@example.org",
        MemberName = Member,
        ActionPlanTitle = Plan(language),
        Commitment = new ReportedCommitment
        {
            Title = "Participatory budgeting in every district",
            Objective = "Open the investment budget to proposals and votes from residents.",
            Problem = "Residents have no say in how the budget is spent.",
        },
        Completion = new CompletionAnswer { Level = CompletionLevel.Substantial, Explanation = "Votes were held in seven of nine districts." },
        ImplementationFactors = "The finance department lent staff; an election froze meetings for six weeks.",
        ImplementedAsPlanned = new PlannedImplementationAnswer
        {
            Choice = PlannedImplementation.SomeMilestones,
            Explanation = "Reports on funded works slipped a year.",
            Evidence = [new Evidence { Reference = "https://riverside.example/budget", Description = "Results of the votes" }],
        },
        AccessToInformation = new OpenGovernmentAnswer
        {
            ImmediateResults = [ImmediateResult.DiscloseMoreInformation, ImmediateResult.ImproveInformationAccessibility],
            Degree = OpenGovernmentResult.Marginal,
            Explanation = "Every proposal and vote count is published.",
        },
        CivicParticipation = new OpenGovernmentAnswer
        {
            ImmediateResults = [ImmediateResult.CreateParticipationOpportunities],
            Degree = OpenGovernmentResult.Major,
            Explanation = "Eleven thousand residents voted.",
        },
        PublicAccountability = new OpenGovernmentAnswer { Degree = Recorded<OpenGovernmentResult>.NotApplicable, Explanation = "No channel of accountability was part of it." },
        ProblemAddressed = new ProblemAddressedAnswer { Choice = ProblemAddressed.Partially, Explanation = "Seven districts now decide part of their budget." },
        Lessons = ["Start the online stage early.", "Budget for the districts without internet access."],
    };

    private static InceptionReport Inception(string language) => Validation.ReportSamples.Inception() with
    {
        Evaluators = ["Ana Lima", "Rui Costa"],
        EvaluatorEmail = "monitor@example.org",
        MemberName = Member,
        ActionPlanTitle = Plan(language),
    };

    /// <summary>Rewrites the header of a page the library wrote (heading, then label, blank, value, blank for each field) in a layout.</summary>
    private static string Layout(string page, string layout, string language, bool commitmentFields)
    {
        var lines = page.Split('\n');
        var section = Array.FindIndex(lines, l => l.EndsWith(" 1.", StringComparison.Ordinal));
        var heading = lines[0];
        var fields = new List<(string Label, string Value)>();
        for (var i = 2; i + 2 < section; i += 4)
        {
            fields.Add((lines[i], lines[i + 2]));
        }

        // Evaluators, e-mail, member, plan title, then the commitment's title, objective and problem.
        var (evaluators, email, member, plan) = (fields[0], fields[1], fields[2], fields[3]);
        var rest = fields.Skip(4).ToList();
        var header = new List<string>();
        switch (layout)
        {
            case "labelled":
                header.AddRange(lines.Take(section));
                break;
            case "compact":
                header.Add(heading);
                header.AddRange(fields.SelectMany(f => new[] { f.Label, f.Value }));
                break;
            case "unlabelled":
                header.Add(heading);
                header.Add(string.Empty);
                header.AddRange(new[] { evaluators, member, plan }.Concat(rest).SelectMany(f => new[] { f.Value, string.Empty }));
                break;
            case "one-per-line":
                header.AddRange([heading, evaluators.Label, evaluators.Value, member.Label]);
                header.AddRange(new[] { member, plan }.Concat(rest).Select(f => f.Value));
                break;
            case "member-unlabelled":
                header.AddRange([heading, string.Empty, evaluators.Label, string.Empty, evaluators.Value, string.Empty, member.Value, string.Empty]);
                header.AddRange(new[] { plan }.Concat(rest).SelectMany(f => new[] { f.Label, string.Empty, f.Value, string.Empty }));
                break;
            case "pop-up":
                header.Add(heading);
                header.AddRange(fields.SelectMany(f => new[] { f.Label + PopUps[language], f.Value, string.Empty }));
                break;
            case "plan-line":
                header.AddRange([string.Empty, plan.Value, string.Empty]);
                break;
            case "cut":
                return string.Join("\n", lines.Take(2 + (4 * 3)));
            case "two-titles":
                header.Add(heading.Substring(0, heading.IndexOf(" – ", StringComparison.Ordinal)) + " – Budgeting");
                header.AddRange(lines.Skip(1).Take(section - 1));
                break;
        }

        _ = commitmentFields;
        return string.Join("\n", header.Concat(lines.Skip(section)));
    }
}
