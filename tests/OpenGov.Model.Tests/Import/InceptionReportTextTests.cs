using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Rendering;
using OpenGov.Model.Tests.Generators;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>The Inception Report's page: rendering and reading back, reading any text, and its completeness rules over generated reports.</summary>
public class InceptionReportTextTests
{
    private static readonly OgpValidator Validator = new();

    private static readonly string[] Words = ["open", "forum", "civil", "society", "Peña", "O’Farril", "met", "twice", "2024", "(a)", "e.g.", "data;", "–", "minutes"];

    private static Gen<string> Word { get; } =
        Gen.ArrayOf(Gen.Elements(Words), 3).Select(words => string.Join(" ", words));

    /// <summary>A line of an answer: words, or now and then a line of the site's comment form (the same in a whole report, see <see cref="PageReports"/>).</summary>
    private static Gen<string> AnswerLine(string form) => Gen.Frequency((6, Word), (1, Gen.Constant(form)));

    private static Gen<string> Paragraph(string form) => Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(AnswerLine(form), n)).Select(lines => string.Join("\n", lines));

    private static Gen<string?> Texts(string form) => Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (4, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Paragraph(form), n)).Select(paragraphs => (string?)string.Join("\n\n", paragraphs))));

    private static Gen<string?> Line { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Word.Select(w => (string?)w)));

    private static Gen<Evidence> Evidence { get; } =
        from reference in Gen.Elements("https://example.org/minutes.pdf", "forum-rules.docx", "attendance 2024.xlsx")
        from description in Gen.OneOf(Gen.Constant<string?>(null), Word.Select(w => (string?)w))
        select new Evidence { Reference = reference, Description = description };

    private static Gen<Recorded<T>> Choice<T>()
        where T : struct, Enum =>
        Gen.Frequency(
            (6, Gen.Elements(Codelist<T>.Default.Entries.Select(e => Recorded<T>.Of(e.Value)).ToArray())),
            (1, Gen.Elements(Recorded<T>.NotAnswered, Recorded<T>.NoData, Recorded<T>.NotReviewed, Recorded<T>.NotApplicable)));

    /// <summary>A requirement as a page can carry it: a catalogue question in English (no text kept) or another language, or a question the catalogue does not know.</summary>
    private static Gen<(string? Key, string? Question)> Question { get; } = Gen.OneOf(
        Gen.Elements(CoCreationRequirements.All.Select(r => (Key: (string?)r.Key, Question: (string?)null)).ToArray()),
        Gen.Elements(CoCreationRequirements.All.SelectMany(r => r.Translations.Select(t => (Key: (string?)r.Key, Question: (string?)t))).ToArray()),
        Word.Where(w => !w.StartsWith('–')).Select(w => (Key: (string?)null, Question: (string?)(w + "?"))));

    private static Gen<RequirementAnswer> Requirements { get; } = Requirement("Leave a Reply");

    private static Gen<RequirementAnswer> Requirement(string form) =>
        from question in Question
        from number in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("1.1", "1.2", "1.3", "1.4", "1.5", "2.10").Select(n => (string?)n))
        from status in Choice<RequirementStatus>()
        from explanation in Texts(form)
        from references in Texts(form)
        from evidence in ModelGenerators.List(Evidence, 3)
        select new RequirementAnswer { Requirement = question.Key, Number = number, Question = question.Question, Status = status, Explanation = explanation, References = references, Evidence = evidence };

    private static Gen<CommitmentDesignAnswer> Designs { get; } = Design("Leave a Reply");

    private static Gen<CommitmentDesignAnswer> Design(string form) =>
        from number in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("1", "2", "3.1", "12").Select(n => (string?)n))
        from title in Line
        from verifiable in Choice<Verifiability>()
        from relevant in Gen.Frequency((6, Gen.Elements(Recorded<bool>.Of(true), Recorded<bool>.Of(false))), (1, Gen.Constant(Recorded<bool>.NotAnswered)))
        from values in ModelGenerators.List(Gen.Elements(Codelist<OgpValue>.Default.Entries.Select(e => Recorded<OgpValue>.Of(e.Value)).ToArray()), 4)
        from potential in Choice<PotentialForResults>()
        from explanations in Gen.ArrayOf(Texts(form), 3)
        select new CommitmentDesignAnswer
        {
            Number = number,
            Title = title,
            Verifiable = verifiable,
            VerifiableExplanation = explanations[0],
            Relevant = relevant,
            Values = values,
            RelevanceExplanation = explanations[1],
            PotentialForResults = potential,
            PotentialForResultsExplanation = explanations[2],
        };

    /// <summary>
    /// Reports whose texts a page can carry: lines without leading or trailing blanks that are not headings, names
    /// without commas; answers may have lines of the comment form, one line of the form per report (two different lines
    /// of the form in its order, at the end of a page, are the form).
    /// </summary>
    internal static Gen<InceptionReport> PageReports { get; } =
        from form in Gen.Elements(ReportTextTests.CommentFormLines)
        from evaluators in ModelGenerators.List(Word, 3)
        from header in Gen.ArrayOf(Line, 3)
        from email in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("[email protected]", "monitor@example.org").Select(e => (string?)e))
        from requirements in ModelGenerators.List(Requirement(form), 6)
        from commitments in ModelGenerators.List(Design(form), 4)
        select new InceptionReport
        {
            Evaluators = evaluators,
            EvaluatorEmail = email,
            MemberName = header[0],
            ActionPlanTitle = header[1],
            Requirements = requirements,
            Commitments = commitments,
        };

    /// <summary>Complete reports: the four questions and more, every answer with its explanation and evidence, every commitment assessed.</summary>
    private static Gen<InceptionReport> CompleteReports { get; } =
        from report in PageReports
        from evaluators in ModelGenerators.List(Word, 3).Where(l => l.Count > 0)
        from member in Word
        from plan in Word
        from extra in ModelGenerators.List(Requirements, 2)
        from commitments in ModelGenerators.List(Designs, 4).Where(l => l.Count > 0)
        from statuses in Gen.ArrayOf(Gen.Elements(RequirementStatus.Met, RequirementStatus.NotMet, RequirementStatus.NotAssessed), 6)
        select report with
        {
            Evaluators = evaluators,
            MemberName = member,
            ActionPlanTitle = plan,
            Requirements = CoCreationRequirements.InceptionReportQuestions.Select(q => new RequirementAnswer { Requirement = q.Key, Number = q.Number })
                .Concat(extra.Select(a => a with { Requirement = null }))
                .Select((a, i) => a with { Status = statuses[i], Explanation = "The forum met.", Evidence = [new Evidence { Reference = "minutes.pdf" }] })
                .ToValueList(),
            Commitments = commitments.Select((c, i) => c with
            {
                Number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Verifiable = Verifiability.Verifiable,
                VerifiableExplanation = "Dated milestones.",
                Relevant = false,
                RelevanceExplanation = "No value applies.",
                PotentialForResults = PotentialForResults.Unclear,
                PotentialForResultsExplanation = "Too early to tell.",
            }).ToValueList(),
        };

    [Property(MaxTest = 300)]
    public Property Parsing_a_rendered_report_gives_it_back() =>
        Prop.ForAll(PageReports.ToArbitrary(), report =>
        {
            var page = InceptionReportText.Render(report);
            var import = Imports.AnyPage(page);
            Assert.Equal(OgpJson.Serialize(report), OgpJson.Serialize(import.Inception));
            Assert.Equal(report, import.Inception);
        });

    [Property(MaxTest = 500)]
    public void Parsing_never_throws_on_any_text(string? text) =>
        _ = Imports.InceptionPage(text ?? string.Empty);

    [Property(MaxTest = 100)]
    public Property Parsing_never_throws_on_shuffled_or_thinned_pages() =>
        Prop.ForAll(PageReports.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (report, seed) =>
        {
            var lines = InceptionReportText.Render(report).Split('\n');
            var random = new Random(seed);
            _ = Imports.InceptionPage(string.Join("\n", lines.OrderBy(_ => random.Next())));
            _ = Imports.InceptionPage(string.Join("\n", lines.Where(_ => random.Next(4) > 0)));
            _ = Imports.InceptionPage(string.Join("\n", lines).Substring(0, random.Next(lines.Sum(l => l.Length + 1))));
        });

    [Property(MaxTest = 200)]
    public Property A_complete_report_has_no_completeness_finding() =>
        Prop.ForAll(CompleteReports.ToArbitrary(), report =>
        {
            var result = Validator.Validate(report);
            Assert.Empty(result.Findings);
            Assert.Equal(result.Completeness!.Required, result.Completeness.Answered);
        });

    [Property(MaxTest = 200)]
    public Property Removing_one_answer_gives_exactly_one_finding() =>
        Prop.ForAll(CompleteReports.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (report, seed) =>
        {
            var random = new Random(seed);
            var removals = Removals(report).ToList();
            var (path, broken) = removals[random.Next(removals.Count)];
            var finding = Assert.Single(Validator.Validate(broken).Findings);
            Assert.Equal(path, finding.Path);
            Assert.StartsWith("OGP1", finding.Code, StringComparison.Ordinal);
            var score = Validator.Validate(broken).Completeness!;
            Assert.Equal(score.Required - 1, score.Answered);
        });

    [Fact]
    public void A_requirement_key_is_matched_whatever_its_case()
    {
        var report = Validation.ReportSamples.Inception();
        var upper = report with { Requirements = report.Requirements.Select(a => a with { Requirement = a.Requirement!.ToUpperInvariant() }).ToValueList() };
        Assert.Empty(Validator.Validate(upper).Findings);
    }

    [Fact]
    public void A_JSON_document_whose_kind_has_a_byte_that_is_not_UTF_8_is_an_OgpReadException()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"kind\":\"action-plan\u0001\",\"memberName\":\"México, Bogotá\"}");
        bytes[bytes.Length - 30] = 0xFF;
        var error = Record.Exception(() => Imports.Read(OgpReader.Open(new System.IO.MemoryStream(bytes))));
        Assert.True(error is null or OgpReadException, error?.GetType().Name);
    }

    [Fact]
    public void Evidence_without_a_reference_is_no_evidence()
    {
        var report = Validation.ReportSamples.Inception();
        var broken = report with { Requirements = report.Requirements.Select((a, i) => i == 2 ? a with { Evidence = [new Evidence { Reference = " ", Description = "minutes" }] } : a).ToValueList() };
        var finding = Assert.Single(Validator.Validate(broken).Findings);
        Assert.Equal(("OGP153", "/requirements/2/evidence"), (finding.Code, finding.Path));
    }

    [Fact]
    public void A_page_with_a_stray_byte_or_cut_inside_its_last_character_is_still_read_as_UTF_8()
    {
        var bytes = System.IO.File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages", "inception-spanish.txt"));
        var cut = bytes.Concat(new byte[] { 0xC3 }).ToArray();
        var at = Array.IndexOf(bytes, (byte)'\n', System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Substring(0, System.Text.Encoding.UTF8.GetString(bytes).IndexOf("Proporcione una breve", StringComparison.Ordinal))).Length) + 4;
        var stray = bytes.Take(at).Concat(new byte[] { 0x92 }).Concat(bytes.Skip(at)).ToArray();
        var expected = Imports.Read(OgpReader.Open(new System.IO.MemoryStream(bytes))).Inception;
        foreach (var input in new[] { cut, stray })
        {
            var import = Imports.Read(OgpReader.Open(new System.IO.MemoryStream(input)));
            Assert.Equal("OGP505", Assert.Single(import.Findings).Code);
            Assert.Equal(expected.Requirements.Select(r => r.Status), import.Inception.Requirements.Select(r => r.Status));
            Assert.Equal(expected.Commitments.Count, import.Inception.Commitments.Count);
            Assert.Equal(expected.MemberName, import.Inception.MemberName);
        }
    }

    [Fact]
    public void The_rendered_page_has_the_form_s_layout()
    {
        var page = InceptionReportText.Render(Validation.ReportSamples.Inception());
        Assert.StartsWith("Inception Report – Action plan – Riverside (City), Freedonia, 2024 – 2025\n", page, StringComparison.Ordinal);
        Assert.Contains("\nSection 1.\nCompliance with co-creation requirements\n", page, StringComparison.Ordinal);
        Assert.Contains("\n1.1 Does a forum exist?\n\nYes\n", page, StringComparison.Ordinal);
        Assert.Contains("\nProvide references here (e.g. interviews):\n", page, StringComparison.Ordinal);
        Assert.Contains("\nCommitment 1: Open contracting portal\n", page, StringComparison.Ordinal);
        Assert.Contains("\nValues: Access to Information\n", page, StringComparison.Ordinal);
    }

    /// <summary>Every single answer that can be taken out of a complete report, with the path of the one finding it should give.</summary>
    private static IEnumerable<(string Path, InceptionReport Report)> Removals(InceptionReport report)
    {
        yield return ("/evaluators", report with { Evaluators = [] });
        yield return ("/memberName", report with { MemberName = null });
        yield return ("/actionPlanTitle", report with { ActionPlanTitle = " " });
        for (var i = 0; i < report.Requirements.Count; i++)
        {
            var at = i;
            ValueList<RequirementAnswer> With(Func<RequirementAnswer, RequirementAnswer> change) => report.Requirements.Select((a, j) => j == at ? change(a) : a).ToValueList();
            yield return ($"/requirements/{i}/status", report with { Requirements = With(a => a with { Status = default }) });
            yield return ($"/requirements/{i}/explanation", report with { Requirements = With(a => a with { Explanation = null }) });
            yield return ($"/requirements/{i}/evidence", report with { Requirements = With(a => a with { Evidence = [] }) });
        }

        for (var i = 0; i < report.Commitments.Count; i++)
        {
            var at = i;
            ValueList<CommitmentDesignAnswer> With(Func<CommitmentDesignAnswer, CommitmentDesignAnswer> change) => report.Commitments.Select((c, j) => j == at ? change(c) : c).ToValueList();
            yield return ($"/commitments/{i}/verifiable", report with { Commitments = With(c => c with { Verifiable = default }) });
            yield return ($"/commitments/{i}/relevant", report with { Commitments = With(c => c with { Relevant = default }) });
            yield return ($"/commitments/{i}/potentialForResults", report with { Commitments = With(c => c with { PotentialForResults = default }) });
            yield return ($"/commitments/{i}/verifiableExplanation", report with { Commitments = With(c => c with { VerifiableExplanation = null }) });
            yield return ($"/commitments/{i}/relevanceExplanation", report with { Commitments = With(c => c with { RelevanceExplanation = "" }) });
            yield return ($"/commitments/{i}/potentialForResultsExplanation", report with { Commitments = With(c => c with { PotentialForResultsExplanation = null }) });
        }
    }
}
