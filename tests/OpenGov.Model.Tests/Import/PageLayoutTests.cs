using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>
/// The End of Commitment Report and the Inception Report read the same from every published layout
/// (Fixtures/pages: layout A with and without labels, B, C, Spanish), field by field, and from those pages
/// cut short at every line.
/// </summary>
public class PageLayoutTests
{
    private static readonly string[] EndOfCommitmentLayouts = ["eoc-layout-a", "eoc-layout-a-unlabelled", "eoc-layout-b", "eoc-layout-c", "eoc-spanish"];

    private static readonly string[] InceptionLayouts = ["inception-layout-b", "inception-layout-c", "inception-spanish"];

    /// <summary>Each field of the End of Commitment Report, as a value to compare.</summary>
    internal static readonly (string Name, Func<EndOfCommitmentReport, object?> Get)[] ReportFields =
    [
        ("evaluators", r => r.Evaluators),
        ("email", r => r.EvaluatorEmail),
        ("member", r => r.MemberName),
        ("plan title", r => r.ActionPlanTitle),
        ("commitment title", r => r.Commitment.Title),
        ("objective", r => r.Commitment.Objective),
        ("problem", r => r.Commitment.Problem),
        ("1.1 level", r => r.Completion.Level),
        ("1.1 explanation", r => r.Completion.Explanation),
        ("1.2 factors", r => r.ImplementationFactors),
        ("1.3 choice", r => r.ImplementedAsPlanned.Choice),
        ("1.3 explanation", r => r.ImplementedAsPlanned.Explanation),
        ("1.3 evidence", r => r.ImplementedAsPlanned.Evidence.Select(e => e.Reference).ToValueList()),
        ("2.1.1 results", r => r.AccessToInformation.ImmediateResults),
        ("2.1.1 degree", r => r.AccessToInformation.Degree),
        ("2.1.1 explanation", r => r.AccessToInformation.Explanation),
        ("2.1.2 results", r => r.CivicParticipation.ImmediateResults),
        ("2.1.2 degree", r => r.CivicParticipation.Degree),
        ("2.1.2 explanation", r => r.CivicParticipation.Explanation),
        ("2.1.3 results", r => r.PublicAccountability.ImmediateResults),
        ("2.1.3 degree", r => r.PublicAccountability.Degree),
        ("2.1.3 explanation", r => r.PublicAccountability.Explanation),
        ("2.2 choice", r => r.ProblemAddressed.Choice),
        ("2.2 explanation", r => r.ProblemAddressed.Explanation),
        ("3 lessons", r => r.Lessons),
    ];

    /// <summary>The values every English layout must give; texts not listed are those of layout A, checked non-blank.</summary>
    private static readonly Dictionary<string, object?> English = new()
    {
        ["evaluators"] = ValueList.Create("Ana Lima", "Rui Costa"),
        ["member"] = "Riverside (City), Freedonia",
        ["plan title"] = "Action plan – Riverside (City), Freedonia, 2022 – 2023",
        ["commitment title"] = "Participatory budgeting in every district",
        ["objective"] = "Open the city's investment budget to proposals and votes from residents of each district.",
        ["problem"] = "Residents have no say in how the investment budget is spent in their district.",
        ["1.1 level"] = Recorded<CompletionLevel>.Of(CompletionLevel.Substantial),
        ["1.3 choice"] = Recorded<PlannedImplementation>.Of(PlannedImplementation.SomeMilestones),
        ["1.3 evidence"] = ValueList.Create("https://riverside.example/budget-2023", "Minutes of the steering group, May 2023"),
        ["2.1.1 results"] = ValueList.Create(Recorded<ImmediateResult>.Of(ImmediateResult.DiscloseMoreInformation), Recorded<ImmediateResult>.Of(ImmediateResult.ImproveInformationAccessibility)),
        ["2.1.1 degree"] = Recorded<OpenGovernmentResult>.Of(OpenGovernmentResult.Marginal),
        ["2.1.2 results"] = ValueList.Create(Recorded<ImmediateResult>.Of(ImmediateResult.CreateParticipationOpportunities)),
        ["2.1.2 degree"] = Recorded<OpenGovernmentResult>.Of(OpenGovernmentResult.Major),
        ["2.1.3 results"] = ValueList<Recorded<ImmediateResult>>.Empty,
        ["2.1.3 degree"] = Recorded<OpenGovernmentResult>.NotApplicable,
        ["2.2 choice"] = Recorded<ProblemAddressed>.Of(ProblemAddressed.Partially),
    };

    private static readonly EndOfCommitmentReport LayoutA = Read("eoc-layout-a");

    public static TheoryData<string, string> LayoutFields
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var layout in EndOfCommitmentLayouts)
            {
                foreach (var (name, _) in ReportFields)
                {
                    data.Add(layout, name);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> EndOfCommitmentPages => new(EndOfCommitmentLayouts);

    public static TheoryData<string> InceptionPages => new(InceptionLayouts);

    [Theory]
    [MemberData(nameof(LayoutFields))]
    public void Every_layout_gives_every_field(string layout, string field)
    {
        var get = ReportFields.Single(f => f.Name == field).Get;
        var actual = get(Read(layout));
        Assert.Equal(Expected(layout, field), actual);
    }

    [Theory]
    [MemberData(nameof(EndOfCommitmentPages))]
    public void Every_layout_reads_without_a_finding(string layout) =>
        Assert.Empty(Imports.AnyPage(Page(layout)).Findings);

    [Theory]
    [MemberData(nameof(EndOfCommitmentPages))]
    public void A_page_cut_at_any_line_gives_each_field_whole_or_not_at_all(string layout)
    {
        var lines = Page(layout).Split('\n');
        var full = Read(layout);
        for (var cut = 0; cut <= lines.Length; cut++)
        {
            var text = string.Join("\n", lines.Take(cut));
            var import = Imports.Page(text);
            foreach (var (name, get) in ReportFields)
            {
                // A page cut before its member's label names the member through its plan's title, and says so.
                if (name == "member" && import.Findings.Any(f => f.Code == "OGP513"))
                {
                    Assert.Equal(import.Report.MemberName, Assert.Single(import.Findings, f => f.Code == "OGP513").Value?.Split(" – ")[1].Split(", 20")[0]);
                    continue;
                }

                AssertWholeOrMissing(get(full), get(import.Report), $"{layout}, cut after line {cut}, {name}");
            }

            if (cut < lines.Length / 2)
            {
                Assert.Contains(import.Findings, f => f.Code == "OGP510");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EndOfCommitmentPages))]
    public void A_page_cut_anywhere_is_read_without_throwing(string layout)
    {
        var page = Page(layout);
        for (var cut = 0; cut <= page.Length; cut += 7)
        {
            _ = Imports.Page(page.Substring(0, cut));
            _ = Imports.InceptionPage(page.Substring(0, cut));
        }
    }

    [Fact]
    public void The_Spanish_page_gives_the_same_report_in_Spanish()
    {
        var spanish = Read("eoc-spanish");
        Assert.Equal("Presupuesto participativo en cada distrito", spanish.Commitment.Title);
        Assert.Equal("Riverside (Ciudad), Freedonia", spanish.MemberName);
        Assert.Equal("Plan de acción – Riverside (Ciudad), Freedonia, 2022 – 2023", spanish.ActionPlanTitle);
        Assert.StartsWith("Abrir el presupuesto", spanish.Commitment.Objective, StringComparison.Ordinal);
        Assert.Equal(2, spanish.Lessons.Count);
        Assert.Equal("Actas del grupo de coordinación, mayo de 2023", spanish.ImplementedAsPlanned.Evidence[1].Reference);
    }

    [Theory]
    [InlineData("Ana Lima y Rui Costa", new[] { "Ana Lima", "Rui Costa" })]
    [InlineData("Ana Lima, Rui Costa e Eva Souza", new[] { "Ana Lima", "Rui Costa", "Eva Souza" })]
    [InlineData("Fundación Ciudadanía y Desarrollo", new[] { "Fundación Ciudadanía y Desarrollo" })]
    [InlineData("Ortega y Gasset, Smith & Jones Consulting", new[] { "Ortega y Gasset", "Smith & Jones Consulting" })]
    [InlineData("Centro de Estudios y Acción Ciudadana", new[] { "Centro de Estudios y Acción Ciudadana" })]
    public void Evaluators_joined_by_and_are_split_only_between_names(string line, string[] expected)
    {
        var page = $"End of Commitment Report – T\n\nName of Evaluator\n\n{line}\n\nMember Name\n\nM\n\nSection 1.\n";
        Assert.Equal(expected, Imports.Page(page).Report.Evaluators);
    }

    [Theory]
    [InlineData("The team used WhatsApp groups to reach residents in every district... Results were good.")]
    [InlineData("The \"Open Budget\" portal was launched in March and used by many residents... In the end 11,000 people voted.")]
    [InlineData("No comments yet were received from residents.")]
    [InlineData("Leave a Reply slips were handed out at every meeting.")]
    [InlineData("End of Commitment Report drafts were shared with the forum.")]
    public void An_answer_is_kept_whole_whatever_it_starts_with(string explanation)
    {
        var page = Page("eoc-layout-b").Replace("Votes were held in seven of the nine districts and the winning projects entered the 2023 budget, but two districts are still waiting for their first round.", explanation, StringComparison.Ordinal);
        var import = Imports.Page(page);
        Assert.Equal(explanation, import.Report.Completion.Explanation);
        Assert.Equal(Read("eoc-layout-b") with { Completion = import.Report.Completion }, import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("Member Name", "Action")]
    [InlineData("Member Name", "Problem")]
    [InlineData("Email", "Title")]
    public void A_value_that_reads_like_a_one_word_label_stays_a_value(string label, string value)
    {
        var original = label == "Email" ? "[email protected]" : "Riverside (City), Freedonia";
        var page = Page("eoc-layout-b").Replace(label + "   \n" + original, label + "\n" + value, StringComparison.Ordinal).Replace(label + "\n" + original, label + "\n" + value, StringComparison.Ordinal);
        var report = Imports.Page(page).Report;
        Assert.Equal(value, label == "Email" ? report.EvaluatorEmail : report.MemberName);
        Assert.Equal(Read("eoc-layout-b").Commitment, report.Commitment);
    }

    [Fact]
    public void Non_breaking_spaces_and_a_stray_section_heading_above_the_header_change_nothing()
    {
        var page = Page("eoc-layout-b");
        var expected = Read("eoc-layout-b");
        Assert.Equal(expected, Imports.Page(page.Replace("Name of Evaluator", "Name\u00A0of\u00A0Evaluator", StringComparison.Ordinal).Replace("1.1 What", "1.1\u00A0What", StringComparison.Ordinal)).Report);
        Assert.Equal(expected, Imports.Page("Section 1.\n" + page).Report);
        Assert.Equal(Read<InceptionReport>("inception-layout-b"), Imports.AnyPage(Page("inception-layout-b").Replace("Overview", "Section 1.\nOverview", StringComparison.Ordinal)).Document);
    }

    [Fact]
    public void A_menu_line_that_names_the_other_report_does_not_change_the_kind()
    {
        Assert.IsType<EndOfCommitmentReport>(Imports.AnyPage("Inception Reports\n" + Page("eoc-layout-a")).Document);
        Assert.IsType<InceptionReport>(Imports.AnyPage("End of Commitment Reports\n" + Page("inception-layout-b")).Document);
        var withoutHeading = string.Join("\n", Page("inception-layout-b").Split('\n').Where(l => !l.StartsWith("Inception Report", StringComparison.Ordinal)));
        Assert.IsType<InceptionReport>(Imports.AnyPage(withoutHeading).Document);
    }

    [Theory]
    [InlineData("2.5 million residents were told about the forum.")]
    [InlineData("Question: who chairs the forum? The mayor does.")]
    public void An_Inception_answer_that_starts_like_a_question_stays_in_its_answer(string explanation)
    {
        var original = "The Open Riverside Forum was set up by a mayoral decree in January 2024 and met throughout the co-creation.";
        var report = Read<InceptionReport>("inception-layout-b");
        var page = Page("inception-layout-b").Replace(original, explanation, StringComparison.Ordinal);
        var read = (InceptionReport)Imports.AnyPage(page).Document;
        Assert.Equal(explanation, read.Requirements[0].Explanation);
        Assert.Equal(report.Requirements.Count, read.Requirements.Count);
    }

    [Theory]
    [InlineData("Values: transparency matters more than speed.")]
    [InlineData("Commitment 5: was delayed, which this one avoids.")]
    [InlineData("Verifiable: yes, in part.")]
    public void An_Inception_explanation_that_starts_like_a_label_stays_in_its_explanation(string line)
    {
        var original = "Publishing every contract and each of its amendments gives the public information it lacked and a basis for questioning procurement decisions.";
        var report = Read<InceptionReport>("inception-layout-b");
        var read = (InceptionReport)Imports.AnyPage(Page("inception-layout-b").Replace(original, line, StringComparison.Ordinal)).Document;
        Assert.Equal(line, read.Commitments[0].RelevanceExplanation);
        Assert.Equal(report.Commitments.Count, read.Commitments.Count);
        Assert.Equal(report.Commitments[0] with { RelevanceExplanation = line }, read.Commitments[0]);
    }

    [Fact]
    public void A_published_e_mail_placeholder_is_kept_as_written()
    {
        Assert.Equal("[email protected]", Read("eoc-layout-b").EvaluatorEmail);
        Assert.Null(LayoutA.EvaluatorEmail);
    }

    [Theory]
    [InlineData("Member NameA member is a government that has joined the partnership ...", "Riverside (City)")]
    [InlineData("Member NameA member is a government that has joined the partnership … ", "Riverside (City)")]
    [InlineData("Member Name  ", "Riverside (City)")]
    [InlineData("Member Name", "Riverside (City)Members are governments that take part in the work ... ")]
    [InlineData("Member Name", "Budget of McCity ... and more")]
    public void Pop_up_text_glued_onto_a_label_or_a_value_is_taken_out(string label, string value)
    {
        var page = $"End of Commitment Report – T\n\nName of Evaluator\n\nAna Lima\n\n{label}\n\n{value}\n\nAction Plan Title\n\nPlan\n\nSection 1.\n";
        var expected = value.StartsWith("Budget", StringComparison.Ordinal) ? value : "Riverside (City)";
        Assert.Equal(expected, Imports.Page(page).Report.MemberName);
    }

    [Fact]
    public void The_Inception_Report_reads_the_same_from_every_layout()
    {
        var b = Read<InceptionReport>("inception-layout-b");
        Assert.Equal(ValueList.Create("Ana Lima", "Rui Costa"), b.Evaluators);
        Assert.Equal("[email protected]", b.EvaluatorEmail);
        Assert.Equal("Riverside (City), Freedonia", b.MemberName);
        Assert.Equal("Action plan – Riverside (City), Freedonia, 2024 – 2025", b.ActionPlanTitle);
        Assert.Equal(["forum", "multi-stakeholder-forum", "forum-meetings", "endorsement"], b.Requirements.Select(r => r.Requirement));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], b.Requirements.Select(r => r.Number));
        Assert.Equal([RequirementStatus.Met, RequirementStatus.Met, RequirementStatus.Met, RequirementStatus.NotMet], b.Requirements.Select(r => r.Status.Value));
        Assert.All(b.Requirements, r => Assert.Null(r.Question));
        Assert.All(b.Requirements, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
        Assert.All(b.Requirements, r => Assert.False(string.IsNullOrWhiteSpace(r.References)));
        Assert.All(b.Requirements, r => Assert.Single(r.Evidence));
        Assert.Equal(["Open contracting portal", "Neighbourhood safety councils"], b.Commitments.Select(c => c.Title));
        Assert.Equal([PotentialForResults.Modest, PotentialForResults.Substantial], b.Commitments.Select(c => c.PotentialForResults.Value));
        Assert.Equal([OgpValue.AccessToInformation, OgpValue.PublicAccountability], b.Commitments[0].Values.Select(v => v.Value));
        Assert.All(b.Commitments, c => Assert.Equal(Verifiability.Verifiable, c.Verifiable.Value));
        Assert.All(b.Commitments, c => Assert.True(c.Relevant.Value));
        Assert.Empty(new Model.Validation.OgpValidator().Validate(b).Findings);

        var c = Read<InceptionReport>("inception-layout-c");
        Assert.Equal(b with { Commitments = c.Commitments }, c);
        Assert.Equal(b.Commitments[0], c.Commitments[0]);
        Assert.StartsWith(c.Commitments[1].PotentialForResultsExplanation!, b.Commitments[1].PotentialForResultsExplanation!, StringComparison.Ordinal);
        Assert.NotEqual(b.Commitments[1].PotentialForResultsExplanation, c.Commitments[1].PotentialForResultsExplanation);

        var es = Read<InceptionReport>("inception-spanish");
        Assert.Equal(b.Requirements.Select(r => (r.Requirement, r.Number, r.Status)), es.Requirements.Select(r => (r.Requirement, r.Number, r.Status)));
        Assert.All(es.Requirements, r => Assert.Null(r.Question)); // worded as the catalogue words them in Spanish
        Assert.Equal(b.Commitments.Select(x => (x.Number, x.Verifiable, x.Relevant, x.Values, x.PotentialForResults)), es.Commitments.Select(x => (x.Number, x.Verifiable, x.Relevant, x.Values, x.PotentialForResults)));
        Assert.Equal("Portal de contrataciones abiertas", es.Commitments[0].Title);
        Assert.Empty(new Model.Validation.OgpValidator().Validate(es).Findings);
    }

    [Theory]
    [MemberData(nameof(InceptionPages))]
    public void An_Inception_Report_page_is_told_from_its_content_and_read_without_a_finding(string layout)
    {
        var import = Imports.AnyPage(Page(layout));
        Assert.IsType<InceptionReport>(import.Document);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("End of Commitment Report – Forum\n\nName of Evaluator\n\nA\n\n1.1 What was the overall level of progress? The Inception Report said so.\n", typeof(EndOfCommitmentReport))]
    [InlineData("Survey\nInception Report – Action plan – X\n\nName of Evaluator\n\nA\n\nSection 1.\n1.1 Does a forum exist?\nYes, since the End of Commitment Report of 2022.\n", typeof(InceptionReport))]
    [InlineData("Informe Inicial – Plan de Acción – X\nNombre del evaluador\nA\n", typeof(InceptionReport))]
    [InlineData("Informe de fin de compromiso – X\nNombre del evaluador\nA\n", typeof(EndOfCommitmentReport))]
    public void The_heading_that_starts_a_line_first_tells_the_kind_of_page(string text, Type kind) =>
        Assert.IsType(kind, Imports.AnyPage(text).Document);

    [Fact]
    public void A_question_or_a_header_field_given_twice_is_told()
    {
        var page = Page("eoc-layout-a");
        var at = page.IndexOf("1.2 Describe", StringComparison.Ordinal);
        var twice = page.Insert(at, "1.1 What was the overall level of progress in the commitment implementation at the time of this assessment?\n\nLimited\n\nProvide a brief explanation of your answer:\n\nSecond answer.\n\n");
        var import = Imports.Page(twice);
        var finding = Assert.Single(import.Findings);
        Assert.Equal(("OGP511", "/completion"), (finding.Code, finding.Path));
        Assert.Equal(CompletionLevel.Limited, import.Report.Completion.Level.Value);

        var member = Imports.Page(page.Replace("Action Plan Title", "Member Name\n\nSomewhere else\n\nAction Plan Title", StringComparison.Ordinal));
        Assert.Equal(("OGP511", "/memberName"), (Assert.Single(member.Findings).Code, member.Findings[0].Path));
        Assert.Equal("Riverside (City), Freedonia", member.Report.MemberName);

        var inception = Imports.InceptionPage(Page("inception-layout-b").Replace("Member Name", "Member Name\nOne\n\nMember Name", StringComparison.Ordinal));
        Assert.Equal("OGP511", Assert.Single(inception.Findings).Code);
        Assert.Equal("One", inception.Inception.MemberName);
    }

    [Fact]
    public void An_empty_header_field_does_not_swallow_the_next_one()
    {
        var inception = Imports.InceptionPage(Page("inception-layout-b").Replace("Name of Evaluator\nAna Lima, Rui Costa", "Name of Evaluator\n", StringComparison.Ordinal)).Inception;
        Assert.Empty(inception.Evaluators);
        Assert.Equal("[email protected]", inception.EvaluatorEmail);

        var report = Imports.Page(Page("eoc-layout-b").Replace("Commitment\nParticipatory budgeting in every district  \n", "Commitment\n", StringComparison.Ordinal)).Report;
        Assert.Equal("Participatory budgeting in every district", report.Commitment.Title);   // from the heading
        Assert.Equal(Read("eoc-layout-b").Commitment.Objective, report.Commitment.Objective);
    }

    [Theory]
    [InlineData("No hay comentarios.")]
    [InlineData("Leave a reply if you disagree with this reading.")]
    public void A_line_of_an_answer_that_reads_like_the_comment_form_does_not_end_the_page(string line)
    {
        var original = "The Open Riverside Forum was set up by a mayoral decree in January 2024 and met throughout the co-creation.";
        var read = (InceptionReport)Imports.AnyPage(Page("inception-layout-b").Replace(original, line, StringComparison.Ordinal)).Document;
        Assert.Equal(line, read.Requirements[0].Explanation);
        Assert.Equal(2, read.Commitments.Count);
    }

    [Fact]
    public void The_comment_form_ends_an_Inception_page_without_section_3()
    {
        var page = Page("inception-layout-b");
        var cut = page.Substring(0, page.IndexOf("Section 3.", StringComparison.Ordinal)) + "Leave a Reply\nName *\nhttps://spam.example\n";
        var read = Imports.InceptionPage(cut).Inception;
        Assert.Single(read.Requirements[3].Evidence);
    }

    [Fact]
    public void A_page_copied_as_Markdown_is_a_page_not_JSON()
    {
        var page = "[Skip to main content](#main)\n" + Page("eoc-layout-b");
        Assert.Equal(Read("eoc-layout-b"), Imports.AnyPage(page).Document);
        Assert.Equal(Read<InceptionReport>("inception-layout-b"), Imports.AnyPage("{Menu}\n" + Page("inception-layout-b")).Document);
        Assert.Equal(Read("eoc-layout-b"), Imports.AnyPage("[transparency](/topics)\n" + Page("eoc-layout-b")).Document);
        Assert.Equal(Read("eoc-layout-b"), Imports.AnyPage("[1] Note\n" + Page("eoc-layout-b")).Document);
        Assert.IsType<Model.OgpJsonException>(Record.Exception(() => Imports.AnyPage("[true, 12")));
    }

    [Theory]
    [MemberData(nameof(InceptionPages))]
    public void An_Inception_Report_page_cut_at_any_line_keeps_what_it_has(string layout)
    {
        var lines = Page(layout).Split('\n');
        var full = Read<InceptionReport>(layout);
        for (var cut = 0; cut <= lines.Length; cut++)
        {
            var import = Imports.InceptionPage(string.Join("\n", lines.Take(cut)));
            var report = import.Inception;
            var where = $"{layout}, cut after line {cut}";
            AssertWholeOrMissing(full.Evaluators, report.Evaluators, where);
            AssertWholeOrMissing(full.MemberName, report.MemberName, where);
            Assert.True(report.Requirements.Count <= full.Requirements.Count, where);
            for (var i = 0; i < report.Requirements.Count; i++)
            {
                AssertWholeOrMissing(full.Requirements[i].Status, report.Requirements[i].Status, where);
                AssertWholeOrMissing(full.Requirements[i].Explanation, report.Requirements[i].Explanation, where);
            }

            for (var i = 0; i < report.Commitments.Count; i++)
            {
                AssertWholeOrMissing(full.Commitments[i].Title, report.Commitments[i].Title, where);
                AssertWholeOrMissing(full.Commitments[i].PotentialForResults, report.Commitments[i].PotentialForResults, where);
            }

            // What a cut page lacks is told, except the commitments after the last one it has: a page does not say how many there are.
            if (report.Requirements.Count < 4 || report.Commitments.Count == 0)
            {
                Assert.True(import.Findings.Count > 0, where);
            }
        }
    }

    private static object? Expected(string layout, string field)
    {
        var spanish = layout == "eoc-spanish";
        if (field == "email")
        {
            return layout is "eoc-layout-a" or "eoc-layout-a-unlabelled" ? null : "[email protected]";
        }

        if (field == "plan title" && layout is "eoc-layout-c")
        {
            return "Plan de acción – Riverside (Ciudad), Freedonia, 2022 – 2023";
        }

        if (spanish && field is "evaluators" or "1.1 level" or "1.3 choice" or "2.1.1 results" or "2.1.1 degree" or "2.1.2 results" or "2.1.2 degree" or "2.1.3 results" or "2.1.3 degree" or "2.2 choice")
        {
            return English[field];
        }

        if (spanish)
        {
            // The Spanish page's texts are its own; each is given, as the English one is.
            var text = ReportFields.Single(f => f.Name == field).Get(Read(layout));
            Assert.NotNull(text);
            Assert.NotEqual(ReportFields.Single(f => f.Name == field).Get(LayoutA), text);
            return text;
        }

        if (English.TryGetValue(field, out var value))
        {
            return value;
        }

        var fromA = ReportFields.Single(f => f.Name == field).Get(LayoutA);
        Assert.False(fromA is null || (fromA is string s && string.IsNullOrWhiteSpace(s)) || (fromA is ICollection c && c.Count == 0), $"layout A gives no {field}");
        return fromA;
    }

    private static void AssertWholeOrMissing(object? full, object? cut, string where)
    {
        switch (cut)
        {
            case null:
            case string { Length: 0 }:
                return;
            case IEnumerable list and not string:
                var items = list.Cast<object?>().ToList();
                var all = ((IEnumerable)full!).Cast<object?>().ToList();
                Assert.True(items.Count <= all.Count, where);
                Assert.Equal(all.Take(items.Count), items);
                return;
            default:
                if (cut.GetType().IsGenericType && cut.GetType().GetGenericTypeDefinition() == typeof(Recorded<>) && cut.Equals(Activator.CreateInstance(cut.GetType())))
                {
                    return;
                }

                Assert.True(Equals(full, cut), $"{where}: {cut} is not {full}");
                return;
        }
    }

    private static string Page(string layout) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages", layout + ".txt"));

    private static EndOfCommitmentReport Read(string layout) => Imports.Page(Page(layout)).Report;

    private static T Read<T>(string layout)
        where T : OgpDocument => (T)Imports.AnyPage(Page(layout)).Document;
}
