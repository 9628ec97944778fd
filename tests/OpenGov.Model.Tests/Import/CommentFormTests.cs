using System;
using System.Linq;
using OpenGov.Model.Rendering;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>
/// The site's comment form ends a report page where its lines follow one another as the form prints them; an answer
/// that reads like one of its lines (the last answers of a page, where the form comes) is kept when the report is
/// rendered and read back.
/// </summary>
public class CommentFormTests
{
    private static readonly EndOfCommitmentReport Canonical = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

    private static readonly string Page = Fixture.Read(Fixture.MexicoReportPagePath);

    [Theory]
    [InlineData("First lesson.", "Leave a Reply", "Third lesson.", "Fourth lesson.")]
    [InlineData("Leave a Reply", "Second lesson.", "Third lesson.", "Fourth lesson.")]
    [InlineData("First lesson.", "Second lesson.", "Third lesson.", "Leave a Reply")]
    [InlineData("No comments yet", "Second lesson.", "Third lesson.", "No comments yet")]
    [InlineData("First lesson.", "Leave a Reply", "Leave a Reply", "Fourth lesson.")]
    [InlineData("Post Comment", "Leave a Reply", "No comments yet", "Fourth lesson.")]
    [InlineData("First lesson.", "Your email address will not be published. Required fields are marked *", "Third lesson.", "Deja una respuesta")]
    [InlineData("First lesson.", "Name *", "Leave a reply.", "Fourth lesson.")]
    public void Lessons_that_read_like_the_comment_form_come_back_from_the_page(string first, string second, string third, string fourth)
    {
        var report = Canonical with { Lessons = [first, second, third, fourth] };

        var import = Imports.Page(EndOfCommitmentReportText.Render(report));

        Assert.Equal(report.Lessons, import.Report.Lessons);
        Assert.Equal(report, import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void An_explanation_that_reads_like_the_comment_form_comes_back_from_the_page()
    {
        var report = Canonical with { ProblemAddressed = Canonical.ProblemAddressed with { Explanation = "No comments yet\nLeave a Reply" } };

        Assert.Equal(report, Imports.Page(EndOfCommitmentReportText.Render(report)).Report);
    }

    [Fact]
    public void The_comment_form_still_ends_the_page()
    {
        var read = Imports.Page(Page + "\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n\nhttps://spam.example\n").Report;
        Assert.Equal(Canonical, read);

        var lesson = Canonical.Lessons[0];
        var form = Page.Substring(0, Page.IndexOf("No comments yet", StringComparison.Ordinal)) + "Leave a Reply\n\nName *\n\nA comment of a reader.\n";
        Assert.Equal([lesson], Imports.Page(form).Report.Lessons);
    }

    [Fact]
    public void A_page_cut_inside_the_comment_form_ends_at_the_form()
    {
        var page = Page.Substring(0, Page.IndexOf("No comments yet", StringComparison.Ordinal)) + "Leave a Reply\n";
        Assert.Equal(Canonical.Lessons, Imports.Page(page).Report.Lessons);
    }

    [Fact]
    public void The_form_is_rendered_under_a_page_only_when_its_last_line_reads_like_the_form()
    {
        Assert.DoesNotContain("Leave a Reply", EndOfCommitmentReportText.Render(Canonical), StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", InceptionReportText.Render(Validation.ReportSamples.Inception()), StringComparison.Ordinal);

        var page = EndOfCommitmentReportText.Render(Canonical with { Lessons = ["First lesson.", "Post Comment"] });
        Assert.EndsWith("\nPost Comment\n\nNo comments yet\n\nLeave a Reply\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_lessons_that_are_lines_of_the_form_in_its_order_end_the_page()
    {
        // What a page cannot carry: "Leave a Reply", then "Post Comment", after the last question is the form.
        var report = Canonical with { Lessons = ["First lesson.", "Leave a Reply", "Post Comment", "Fourth lesson."] };
        Assert.Equal(["First lesson."], Imports.Page(EndOfCommitmentReportText.Render(report)).Report.Lessons);
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("No comments yet")]
    [InlineData("Your email address will not be published.")]
    [InlineData("Post Comment")]
    public void The_last_answers_of_an_Inception_report_that_read_like_the_comment_form_come_back_from_the_page(string line)
    {
        var sample = Validation.ReportSamples.Inception();
        var last = sample.Commitments[sample.Commitments.Count - 1];
        var report = sample with
        {
            Commitments = sample.Commitments.Take(sample.Commitments.Count - 1)
                .Append(last with { RelevanceExplanation = line, PotentialForResultsExplanation = "The forum met.\n\n" + line + "\n\n" + line })
                .ToValueList(),
        };
        var noCommitments = sample with
        {
            Commitments = [],
            Requirements = sample.Requirements.Select((r, i) => i == sample.Requirements.Count - 1 ? r with { Explanation = line, References = line + "\nminutes" } : r).ToValueList(),
        };

        Assert.Equal(report, Imports.InceptionPage(InceptionReportText.Render(report)).Inception);
        Assert.Equal(noCommitments, Imports.InceptionPage(InceptionReportText.Render(noCommitments)).Inception);
    }
}
