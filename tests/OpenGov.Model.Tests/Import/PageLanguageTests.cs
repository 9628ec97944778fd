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
