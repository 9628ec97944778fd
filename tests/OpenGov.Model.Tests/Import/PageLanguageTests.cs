using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Rendering;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>
/// Every language a report page is published in reads back what the library writes in it, for both kinds of page,
/// and a page in no known language or form says so.
/// </summary>
public class PageLanguageTests
{
    /// <summary>The languages report pages are written in.</summary>
    public static readonly string[] Languages = ["en", "es", "fr", "pt"];

    private static readonly EndOfCommitmentReport Mexico = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

    [Property(MaxTest = 200)]
    public Property An_End_of_Commitment_page_in_any_language_reads_back_as_its_report() =>
        Prop.ForAll(ReportTextTests.PageReports.ToArbitrary(), Gen.Elements(Languages).ToArbitrary(), (report, language) =>
        {
            var import = Imports.Page(EndOfCommitmentReportText.Render(report, language));
            Assert.Equal(OgpJson.Serialize(report), OgpJson.Serialize(import.Report));
            Assert.DoesNotContain(import.Findings, f => f.Code is "OGP512" or "OGP513");
        });

    [Property(MaxTest = 200)]
    public Property An_Inception_page_in_any_language_reads_back_as_its_report() =>
        Prop.ForAll(InceptionReportTextTests.PageReports.ToArbitrary(), Gen.Elements(Languages).ToArbitrary(), (report, language) =>
        {
            var import = Imports.AnyPage(InceptionReportText.Render(report, language));
            Assert.Equal(OgpJson.Serialize(AsPageCarriesIt(report, language)), OgpJson.Serialize(import.Inception));
            Assert.DoesNotContain(import.Findings, f => f.Code is "OGP512" or "OGP513");
        });

    [Property(MaxTest = 150)]
    public Property A_page_cut_at_any_line_keeps_the_start_of_everything_before_the_cut() =>
        Prop.ForAll(ReportTextTests.PageReports.ToArbitrary(), Gen.Elements(Languages).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (report, language, at) =>
        {
            var lines = EndOfCommitmentReportText.Render(report, language).Split('\n');
            var cut = at % (lines.Length + 1);
            var full = Imports.Page(string.Join("\n", lines)).Report;
            var read = Imports.Page(string.Join("\n", lines.Take(cut))).Report;
            foreach (var (name, get) in PageLayoutTests.ReportFields)
            {
                AssertStartOf(get(full), get(read), $"{language}, cut after line {cut}, {name}");
            }
        });

    [Property(MaxTest = 150)]
    public Property A_page_thinned_or_shuffled_gives_only_lines_it_has() =>
        Prop.ForAll(ReportTextTests.PageReports.ToArbitrary(), Gen.Elements(Languages).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (report, language, seed) =>
        {
            var lines = EndOfCommitmentReportText.Render(report, language).Split('\n');
            var random = new Random(seed);
            foreach (var page in new[] { lines.Where(_ => random.Next(4) > 0), lines.OrderBy(_ => random.Next()) }.Select(l => l.ToArray()))
            {
                // A line, or what follows the dash of a heading (the commitment's title).
                var kept = page.Select(l => l.Trim()).Concat(page.Select(l => l.Split(" – ", 2).Last().TrimStart(HeadingDashes).Trim())).ToHashSet(StringComparer.Ordinal);
                var read = Imports.Page(string.Join("\n", page)).Report;
                foreach (var (name, get) in PageLayoutTests.ReportFields.Where(f => f.Name != "evaluators"))
                {
                    if (get(read) is string text)
                    {
                        Assert.All(text.Split('\n').Where(l => l.Length > 0), line => Assert.Contains(line, kept));
                    }
                }
            }
        });

    private static readonly char[] HeadingDashes = [' ', '–', '—', '-', ':'];

    /// <summary>What a cut page gives is the start of what the whole page gives: a text's first lines, a list's first items (the last perhaps cut), or nothing.</summary>
    private static void AssertStartOf(object? full, object? cut, string where)
    {
        switch (cut)
        {
            case null:
            case string { Length: 0 }:
                return;
            case string text:
                // A heading cannot carry dashes at the start of a title (End of Commitment Report – – title): a title read from it has none.
                Assert.True(full is string whole && whole.TrimStart(HeadingDashes).StartsWith(text.TrimStart(HeadingDashes).TrimEnd(), StringComparison.Ordinal), $"{where}: \"{text}\" does not start \"{full}\"");
                return;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().ToList();
                var all = ((System.Collections.IEnumerable)full!).Cast<object?>().ToList();
                Assert.True(items.Count <= all.Count, where);
                for (var i = 0; i < items.Count; i++)
                {
                    if (i == items.Count - 1 && items[i] is string last)
                    {
                        AssertStartOf(all[i], last, where);
                    }
                    else
                    {
                        Assert.Equal(all[i], items[i]);
                    }
                }

                return;
            default:
                if (cut.GetType().IsGenericType && cut.GetType().GetGenericTypeDefinition() == typeof(Recorded<>) && cut.Equals(Activator.CreateInstance(cut.GetType())))
                {
                    return;
                }

                Assert.Equal(full, cut);
                return;
        }
    }

    /// <summary>
    /// A report as a page in <paramref name="language"/> carries it: a question worded as the catalogue words it in that
    /// language is the form's own question, read back as the requirement alone.
    /// </summary>
    private static InceptionReport AsPageCarriesIt(InceptionReport report, string language) => report with
    {
        Requirements = report.Requirements.Select(answer =>
            answer.Question is { } question && answer.TryGetRequirement(out var requirement)
                && question == (language == "en" ? requirement.Text : requirement.Translations.ElementAtOrDefault(Array.IndexOf(Languages, language) - 1) ?? requirement.Text)
                ? answer with { Question = null }
                : answer).ToValueList(),
    };

    [Theory]
    [InlineData("en", "End of Commitment Report", "Name of Evaluator")]
    [InlineData("es", "Informe de fin de compromiso", "Nombre del evaluador")]
    [InlineData("fr", "Rapport de fin d'engagement", "Nom de l'évaluateur")]
    [InlineData("pt", "Relatório de fim de compromisso", "Nome do avaliador")]
    [InlineData("es-MX", "Informe de fin de compromiso", "Nombre del evaluador")]
    public void A_page_is_written_in_the_language_asked_for(string language, string heading, string label)
    {
        var page = EndOfCommitmentReportText.Render(Mexico, language);

        Assert.StartsWith(heading + " – ", page, StringComparison.Ordinal);
        Assert.Contains("\n" + label + "\n", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("english")]
    public void A_language_pages_are_not_published_in_is_refused(string language)
    {
        Assert.Throws<ArgumentException>(() => EndOfCommitmentReportText.Render(Mexico, language));
        Assert.Throws<ArgumentException>(() => InceptionReportText.Render(Validation.ReportSamples.Inception(), language));
    }

    [Theory]
    [InlineData("Abschlussbericht der Verpflichtung\n\nName des Gutachters\nAna Lima\n\nAbschnitt 1.\n1.1 Wie weit ist die Umsetzung?\nWesentlich\n")]
    [InlineData("lorem ipsum\ndolor sit amet\n")]
    [InlineData("")]
    public void A_page_in_no_known_form_or_language_says_so(string text)
    {
        foreach (var import in new[] { Imports.Page(text), Imports.InceptionPage(text) })
        {
            var finding = Assert.Single(import.Findings, f => f.Code == "OGP512");
            Assert.Equal(Model.Validation.FindingSeverity.Error, finding.Severity);
        }
    }

    [Fact]
    public void A_finding_on_a_page_names_its_question_as_the_page_words_it()
    {
        var page = EndOfCommitmentReportText.Render(Mexico, "es").Split('\n').Where(l => !l.StartsWith("2.2 ", StringComparison.Ordinal) && !l.StartsWith("Nombre del evaluador", StringComparison.Ordinal) && !l.StartsWith("Carlos de la Peña", StringComparison.Ordinal));
        var findings = Imports.Page(string.Join("\n", page)).Findings;

        var question = Assert.Single(findings, f => f.Path == "/problemAddressed");
        Assert.Equal(("OGP510", "2.2"), (question.Code, question.QuestionNumber));
        Assert.StartsWith("¿Abordó el compromiso el problema", question.Question, StringComparison.Ordinal);
        Assert.Equal("Nombre del evaluador", Assert.Single(findings, f => f.Path == "/evaluators").Question);
    }

    [Fact]
    public void A_page_in_a_known_language_does_not_say_it_is_unknown()
    {
        foreach (var language in Languages)
        {
            var page = EndOfCommitmentReportText.Render(Mexico, language);
            Assert.DoesNotContain(Imports.Page(page).Findings, f => f.Code == "OGP512");
            Assert.DoesNotContain(Imports.Page(page.Substring(0, page.Length / 3)).Findings, f => f.Code == "OGP512");
        }
    }
}
