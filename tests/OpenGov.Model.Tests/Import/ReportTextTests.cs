using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Rendering;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Import;

public class ReportTextTests
{
    /// <summary>The import rules these tests make fire.</summary>
    public static readonly IReadOnlyList<string> ImportCodes = ["OGP510", "OGP511", "OGP512", "OGP513"];

    private static readonly string Page = Fixture.Read(Fixture.MexicoReportPagePath);

    private static readonly EndOfCommitmentReport Canonical = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

    [Fact]
    public void The_real_page_parses_to_the_canonical_document()
    {
        var import = Imports.Page(Page);

        Assert.Empty(import.Findings);
        Assert.Equal(Canonical, import.Report);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Other_line_ends_read_the_same(string lineEnd) =>
        Assert.Equal(Canonical, Imports.Page(Page.Replace("\n", lineEnd, StringComparison.Ordinal)).Report);

    [Fact]
    public void Dashes_and_blank_lines_may_vary()
    {
        var varied = Page
            .Replace("End of Commitment Report – ", "End of Commitment Report - ", StringComparison.Ordinal)
            .Replace("2.1.1. – ", "2.1.1 — ", StringComparison.Ordinal)
            .Replace("\n\n\n", "\n\n", StringComparison.Ordinal)
            .Replace("Member Name\n\n", "Member Name\n", StringComparison.Ordinal)
            .Replace("Action Plan Title\n\n", "Action Plan Title\n\n\n\n", StringComparison.Ordinal)
            .Replace("Degree of result:\n\n", "Degree of result:\n", StringComparison.Ordinal);

        Assert.Equal(Canonical, Imports.Page(varied).Report);
    }

    [Fact]
    public void Choices_shown_on_the_page_are_read()
    {
        var page = Page
            .Replace("at the time of this assessment?\n", "at the time of this assessment?\n\nSubstantial\n", StringComparison.Ordinal)
            .Replace("Degree of result:\n", "Degree of result: Major\n", StringComparison.Ordinal);

        var report = Imports.Page(page).Report;

        Assert.Equal(CompletionLevel.Substantial, report.Completion.Level.Value);
        Assert.Equal(OpenGovernmentResult.Major, report.AccessToInformation.Degree.Value);
        Assert.Equal(OpenGovernmentResult.Major, report.PublicAccountability.Degree.Value);
    }

    [Fact]
    public void What_is_not_on_the_page_is_reported_where_it_belongs()
    {
        var truncated = Page.Substring(0, Page.IndexOf("2.1.2. –", StringComparison.Ordinal));

        var import = Imports.Page(truncated);

        Assert.Equal(
            ["/civicParticipation", "/publicAccountability", "/problemAddressed", "/lessons"],
            import.Findings.Select(f => f.Path));
        Assert.All(import.Findings, f => Assert.Equal("OGP510", f.Code));
        Assert.Equal(Canonical.AccessToInformation, import.Report.AccessToInformation);
        Assert.Null(import.Report.CivicParticipation.Explanation);
    }

    [Fact]
    public void A_missing_heading_inside_a_question_is_reported_with_its_line()
    {
        var page = Page.Replace("Provide evidence for your answer:", string.Empty, StringComparison.Ordinal);

        var finding = Assert.Single(Imports.Page(page).Findings);

        Assert.Equal("/implementedAsPlanned/evidence", finding.Path);
        Assert.NotNull(finding.Line);
    }

    [Fact]
    public void A_rendered_report_looks_like_its_page()
    {
        var rendered = EndOfCommitmentReportText.Render(Canonical);

        Assert.StartsWith("End of Commitment Report – Open government culture\n\nName of Evaluator\n\n", rendered, StringComparison.Ordinal);
        Assert.Contains("\nSection 2.\nDid it open government?\n", rendered, StringComparison.Ordinal);
        Assert.Contains("\n2.1.1. – Did the government disclose more information;", rendered, StringComparison.Ordinal);
        Assert.Contains("\nDegree of result:\n", rendered, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Parsing_a_rendered_report_gives_it_back() =>
        Prop.ForAll(PageReports.ToArbitrary(), report =>
        {
            var import = Imports.Page(EndOfCommitmentReportText.Render(report));
            Assert.Equal(OgpJson.Serialize(report), OgpJson.Serialize(import.Report));
            Assert.Equal(report, import.Report);
        });

    [Property(MaxTest = 500)]
    public void Parsing_never_throws_on_any_text(string? text) =>
        _ = Imports.Page(text ?? string.Empty);

    [Property(MaxTest = 200)]
    public Property Parsing_never_throws_on_truncated_or_shuffled_pages() =>
        Prop.ForAll(
            Gen.Choose(0, 1000).ToArbitrary(),
            Gen.Choose(0, Page.Length).ToArbitrary(),
            (seed, cut) =>
            {
                var lines = Page.Split('\n');
                var random = new Random(seed);
                var shuffled = lines.OrderBy(_ => random.Next()).ToArray();
                _ = Imports.Page(Page.Substring(0, cut));
                _ = Imports.Page(string.Join("\n", shuffled));
                _ = Imports.Page(string.Join("\n", lines.Where(_ => random.Next(4) > 0)));
            });

    private static readonly string[] Words = ["open", "government", "INFOEM", "civil", "society", "Peña", "O’Farril", "municipal", "study", "2021", "–", "(a)", "e.g.", "data;", "3.5"];

    private static Gen<string> Word { get; } =
        Gen.ArrayOf(Gen.Elements(Words), 1).SelectMany(first => Gen.ArrayOf(Gen.Elements(Words), 3).Select(rest => string.Join(" ", first.Concat(rest))));

    /// <summary>Lines of the site's comment form, as it prints them or nearly so.</summary>
    internal static readonly string[] CommentFormLines =
    [
        "No comments yet", "Leave a Reply", "Leave a reply.", "Your email address will not be published. Required fields are marked *",
        "Name *", "Website", "Post Comment", "No hay comentarios", "Deja una respuesta",
    ];

    /// <summary>A line of text, or now and then <paramref name="form"/>, a line of the comment form.</summary>
    private static Gen<string> Line(string form) => Gen.Frequency((6, Word), (1, Gen.Constant(form)));

    private static Gen<string> Paragraph(string form) => Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Line(form), n)).Select(lines => string.Join("\n", lines));

    private static Gen<string?> PageText(string form) => Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (4, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Paragraph(form), n)).Select(paragraphs => (string?)string.Join("\n\n", paragraphs))));

    /// <summary>
    /// Reports whose texts a page can carry: lines without leading or trailing spaces that are not headings, names
    /// without commas, lessons of one paragraph; any text may have lines of the comment form, one line of the form per
    /// report (two different lines of the form in its order, at the end of a page, are the form).
    /// </summary>
    internal static Gen<EndOfCommitmentReport> PageReports { get; } =
        from report in ModelGenerators.Report(canonical: true)
        from form in Gen.Elements(CommentFormLines)
        from words in Gen.ArrayOf(PageText(form), 16)
        from names in ModelGenerators.List(Word, 3)
        from lessons in ModelGenerators.List(Paragraph(form), 3)
        from evidence in ModelGenerators.List(
            from reference in Gen.Elements("https://example.org/minutes.pdf", "roadmap.docx", "study 2021.xlsx")
            from description in Gen.OneOf(Gen.Constant<string?>(null), Word.Select(w => (string?)w))
            select new Evidence { Reference = reference, Description = description },
            3)
        select report with
        {
            Evaluators = names,
            EvaluatorEmail = FirstParagraph(words[0]),
            MemberName = FirstParagraph(words[1]),
            ActionPlanTitle = FirstParagraph(words[2]),
            Commitment = new ReportedCommitment { Title = FirstParagraph(words[3]), Objective = words[4], Problem = FirstParagraph(words[5]) },
            Completion = report.Completion with { Explanation = words[6], Level = Single(report.Completion.Level) },
            ImplementationFactors = words[7],
            ImplementedAsPlanned = report.ImplementedAsPlanned with { Explanation = words[8], Evidence = evidence, Choice = Single(report.ImplementedAsPlanned.Choice) },
            AccessToInformation = Answer(report.AccessToInformation, words[9]),
            CivicParticipation = Answer(report.CivicParticipation, words[10]),
            PublicAccountability = Answer(report.PublicAccountability, words[11]),
            ProblemAddressed = report.ProblemAddressed with { Explanation = words[12], Choice = Single(report.ProblemAddressed.Choice) },
            Lessons = lessons,
        };

    private static string? FirstParagraph(string? text) => text?.Split("\n\n")[0];

    private static Recorded<T> Single<T>(Recorded<T> choice) =>
        choice.IsUnrecognized && choice.UnrecognizedText!.Trim() != choice.UnrecognizedText || choice.UnrecognizedText?.Contains('\n', StringComparison.Ordinal) == true
            ? Recorded<T>.NotAnswered
            : choice;

    private static OpenGovernmentAnswer Answer(OpenGovernmentAnswer answer, string? explanation) => answer with
    {
        Explanation = explanation,
        Degree = Single(answer.Degree),
        ImmediateResults = answer.ImmediateResults.Where(r => r.HasValue).ToValueList(),
    };
}
