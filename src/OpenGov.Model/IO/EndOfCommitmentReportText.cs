using System;
using System.Collections.Generic;
using System.Globalization;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>
/// Reads an End of Commitment Report from the text of its page on the OGP website, in English, Spanish, French or
/// Portuguese, and writes a report back as such a page in any of those languages: reading what <see cref="Render(EndOfCommitmentReport, string)"/>
/// writes gives the report back. Pages are read through <see cref="OgpReader"/>.
/// </summary>
/// <remarks>
/// <para>Reading is tolerant: CRLF or LF, an en dash, em dash or hyphen in the title and the question
/// numbers, extra or missing blank lines, blanks at line ends, non-breaking spaces, the site's navigation,
/// survey banner and comment form around the report. The header is read in every layout the site has published:
/// labelled fields (<c>Name of Evaluator</c>, <c>Member Name</c>, <c>Action Plan Title</c>, <c>Commitment</c>,
/// <c>Action</c>, <c>Problem</c>), the commitment's title, objective and problem as unlabelled paragraphs after the
/// plan's title, a header with no labels at all, values one per line without blank lines, a browser's copy with an
/// <c>- Action Plan:</c> line and glossary pop-up text glued onto labels and values. A page that names no member is
/// given the one its action plan's title names (<c>Action plan – {member}, {years}</c>) with a finding
/// (<c>OGP513</c>); a heading whose title differs from the title block keeps both (<see cref="ReportedCommitment.ShortTitle"/>).
/// What is not on the page stays unanswered, a part that cannot be found gives a finding (<c>OGP510</c>), and a text
/// with nothing of the form in any language gives <c>OGP512</c>. Any text gives a result; parsing never throws.</para>
/// <para>What a page cannot tell apart is read one way: a line of an answer that is a heading of the form
/// (<c>Provide evidence for your answer:</c>, <c>Degree of result</c>, a question's number and wording, a
/// section heading) starts that heading; a question asked twice keeps its last answer. The site's comment form ends
/// the report only after its last question, at a line of the form (<c>No comments yet</c>, <c>Leave a Reply</c>,
/// <c>Your email address will not be published…</c>, <c>Post Comment</c>, …) that a line the form prints after it
/// follows, or that ends the page: a lesson that reads like a line of the form and is followed by other text, by
/// itself or by the form (the renderer writes it under such a lesson) stays a lesson, but lessons whose lines
/// are two lines of the form in the form's order (<c>Leave a Reply</c>, then <c>Post Comment</c>) read as the form,
/// and the report ends before them. Reading takes time linear in the page.</para>
/// <para>The page carries: a header value other than the commitment's title, objective and problem as one paragraph
/// (a missing one is written <c>(not given)</c> in the page's language); an evaluator's name has no comma (and the
/// word for "and" joins two people's names, not one name); a lesson is one paragraph; a piece of evidence is one line,
/// <c>reference — description</c>.</para>
/// </remarks>
public static class EndOfCommitmentReportText
{
    private const string EvidenceSeparator = " — ";

    /// <summary>Gets whether text looks like an End of Commitment Report page: it has the report's heading, its evaluator's label or two of its questions, in one of its languages.</summary>
    internal static bool LooksLikePage(string text)
    {
        if (PageAssembler.Lexer.HasHeading(text, PageKind.EndOfCommitment))
        {
            return true;
        }

        var questions = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (PageText.LabelOf(line) == PageField.Evaluators || (PageAssembler.Lexer.Question(line, out _, out _) && ++questions == 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the text of an End of Commitment Report page: the report, and what could not be found (<c>OGP510</c>). Never throws on text.</summary>
    /// <param name="text">The page as text.</param>
    internal static (EndOfCommitmentReport Report, ValueList<Finding> Findings) Read(string text)
    {
        var page = PageAssembler.Read(text, PageForm.EndOfCommitment);
        var findings = new List<Finding>(page.Findings);
        // A finding names the field or question it is about as the page words it.
        var language = page.Language ?? PageVocabulary.Default;
        Finding About(Finding finding, FormField field) => field.Question is { } question
            ? finding with { QuestionNumber = question.GetNumber(), Question = language.Questions[question] }
            : finding with { Question = field.Label(language) };

        void Add(string path, string message, int? line, FormField field) =>
            findings.Add(About(ValidationRules.Finding(ValidationRules.NotFoundOnPage, path, message, null, line is null ? null : line + 1), field));

        var answers = new Dictionary<ReportQuestion, PageItem>();
        foreach (var item in page.Items)
        {
            if (answers.ContainsKey(item.Question))
            {
                findings.Add(About(ValidationRules.Finding(ValidationRules.GivenTwiceOnPage, FormFields.Of(item.Question).Path, $"Question {item.Number} is on the page twice; the last answer is read.", null, item.Line + 1), FormFields.Of(item.Question)));
            }

            answers[item.Question] = item;
        }

        foreach (var field in (ReadOnlySpan<FormField>)[FormFields.Evaluators, FormFields.Member, FormFields.PlanTitle])
        {
            if (!page.Found.Contains(field.Field))
            {
                Add(field.Path, $"The page has no \"{field.Label(PageVocabulary.Default)}\" heading.", null, field);
            }
        }

        foreach (var question in ReportQuestions.All)
        {
            if (!answers.ContainsKey(question))
            {
                Add(FormFields.Of(question).Path, $"The page has no question {question.GetNumber()} (\"{question.GetText()}\").", null, FormFields.Of(question));
            }
        }

        PageItem? Get(ReportQuestion question) => answers.TryGetValue(question, out var item) ? item : null;

        string? Explanation(ReportQuestion question, bool impact)
        {
            if (Get(question) is not { } item)
            {
                return null;
            }

            var explanation = item.Part(PagePart.Explanation);
            var narrative = item.Part(PagePart.Impact);
            var last = narrative is null || (explanation is not null && explanation.Line > narrative.Line) ? explanation : narrative;
            if (last is null)
            {
                var path = FormFields.Of(question).Path + "/explanation";
                Add(path, impact ? $"Question {question.GetNumber()} has no \"Explanation\" heading." : $"Question {question.GetNumber()} has no \"Provide a brief explanation of your answer\" heading.", item.Line, FormFields.Of(question));
                return null;
            }

            return PageText.Text(last.Lines);
        }

        string? Body(ReportQuestion question) => Get(question) is { } item ? PageText.Text(item.Body) : null;

        OpenGovernmentAnswer OpenGovernment(ReportQuestion question)
        {
            if (Get(question) is not { } item)
            {
                return OpenGovernmentAnswer.Empty;
            }

            var degree = item.Part(PagePart.Degree);
            if (degree is null)
            {
                Add(FormFields.Of(question).Path + "/degree", $"Question {question.GetNumber()} has no \"Degree of result\" heading.", item.Line, FormFields.Of(question));
            }

            var results = new List<Recorded<ImmediateResult>>();
            foreach (var raw in item.Body)
            {
                var result = raw.Trim();
                if (result.Length > 0)
                {
                    results.Add(Codelist<ImmediateResult>.Default.Read(result));
                }
            }

            return new OpenGovernmentAnswer
            {
                ImmediateResults = ValueList.CreateRange(results),
                Degree = Codelist<OpenGovernmentResult>.Default.Read(degree is null ? null : PageText.Text(degree.Lines)),
                Explanation = Explanation(question, impact: true),
            };
        }

        var planned = Get(ReportQuestion.ImplementedAsPlanned);
        var evidence = planned?.Part(PagePart.Evidence);
        if (planned is not null && evidence is null)
        {
            Add(FormFields.Of(ReportQuestion.ImplementedAsPlanned).Path + "/evidence", "Question 1.3 has no \"Provide evidence for your answer\" heading.", planned.Line, FormFields.Of(ReportQuestion.ImplementedAsPlanned));
        }

        var title = page.Header.TryGetValue(PageField.CommitmentTitle, out var t) ? t : null;
        var heading = page.HeadingText;
        var report = new EndOfCommitmentReport
        {
            Evaluators = page.Header.TryGetValue(PageField.Evaluators, out var names) ? PageText.Names(names) : ValueList<string>.Empty,
            EvaluatorEmail = Header(page, PageField.Email),
            MemberName = Header(page, PageField.Member),
            ActionPlanTitle = Header(page, PageField.PlanTitle),
            Commitment = new ReportedCommitment
            {
                Title = title ?? heading,
                ShortTitle = title is not null && heading is not null && heading != PageText.FirstLine(title).TrimStart(' ', '–', '—', '-', ':').Trim() ? heading : null,
                Objective = Header(page, PageField.Objective),
                Problem = Header(page, PageField.Problem),
            },
            Completion = new CompletionAnswer
            {
                Level = Codelist<CompletionLevel>.Default.Read(Body(ReportQuestion.OverallProgress)),
                Explanation = Explanation(ReportQuestion.OverallProgress, impact: false),
            },
            ImplementationFactors = Body(ReportQuestion.ImplementationFactors),
            ImplementedAsPlanned = new PlannedImplementationAnswer
            {
                Choice = Codelist<PlannedImplementation>.Default.Read(Body(ReportQuestion.ImplementedAsPlanned)),
                Explanation = Explanation(ReportQuestion.ImplementedAsPlanned, impact: false),
                Evidence = evidence is null ? ValueList<Evidence>.Empty : PageText.Evidence(evidence.Lines, EvidenceSeparator),
            },
            AccessToInformation = OpenGovernment(ReportQuestion.AccessToInformation),
            CivicParticipation = OpenGovernment(ReportQuestion.CivicParticipation),
            PublicAccountability = OpenGovernment(ReportQuestion.PublicAccountability),
            ProblemAddressed = new ProblemAddressedAnswer
            {
                Choice = Codelist<ProblemAddressed>.Default.Read(Body(ReportQuestion.ProblemAddressed)),
                Explanation = Explanation(ReportQuestion.ProblemAddressed, impact: false),
            },
            Lessons = Get(ReportQuestion.Lessons) is { } lessons ? ValueList.CreateRange(PageText.Paragraphs(lessons.Body)) : ValueList<string>.Empty,
        };

        return (report, ValueList.CreateRange(findings));
    }

    private static string? Header(PageContent page, PageField field) => page.Header.TryGetValue(field, out var value) ? value : null;

    /// <summary>Writes a report in the layout of its page, in English.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The page's text.</returns>
    public static string Render(EndOfCommitmentReport report) => Render(report, PageVocabulary.Default);

    /// <summary>Writes a report in the layout of its page, in a language: English, Spanish, French or Portuguese.</summary>
    /// <remarks>
    /// Reading the page gives the report back as far as a page can carry it (see the remarks of the class): a line of
    /// an answer that is one of the form's headings is read as that heading, and two lessons that are lines of the
    /// comment form in the form's order end the report there. When the page's last line reads like a line of the
    /// comment form, the form's first lines (<c>No comments yet</c>, <c>Leave a Reply</c>) are written under it, as the
    /// site prints them, so that it reads back as the report's. Choices are written with their labels in the language
    /// (<see cref="Labels.ToLabel{T}(Recorded{T}, CultureInfo?)"/>).
    /// </remarks>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of the page, as a language tag: <c>en</c>, <c>es</c>, <c>fr</c> or <c>pt</c>, with or without a region (<c>es-MX</c>).</param>
    /// <returns>The page's text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language the page is published in.</exception>
    public static string Render(EndOfCommitmentReport report, string language)
    {
        return Render(report, PageVocabulary.Of(language));
    }

    private static string Render(EndOfCommitmentReport report, PageVocabulary language)
    {
        ArgumentNullException.ThrowIfNull(report);

        var page = new PageWriter(language);
        var commitment = report.Commitment;
        var heading = commitment.ShortTitle ?? (commitment.Title is { Length: > 0 } title ? PageText.FirstLine(title) : null);
        page.Heading(PageKind.EndOfCommitment, heading);
        page.Field(PageField.Evaluators, report.Evaluators.Count == 0 ? null : string.Join(", ", report.Evaluators));
        if (report.EvaluatorEmail is not null)
        {
            page.Field(PageField.Email, report.EvaluatorEmail);
        }

        page.Field(PageField.Member, report.MemberName);
        page.Field(PageField.PlanTitle, report.ActionPlanTitle);
        page.Field(PageField.CommitmentTitle, commitment.Title);
        page.Field(PageField.Objective, commitment.Objective);
        page.Field(PageField.Problem, commitment.Problem);

        page.Section(PageKind.EndOfCommitment, 1);
        Question(ReportQuestion.OverallProgress);
        page.Block(PageText.Choice(report.Completion.Level, language));
        page.Part(PagePart.Explanation, report.Completion.Explanation);
        Question(ReportQuestion.ImplementationFactors);
        page.Block(report.ImplementationFactors);
        Question(ReportQuestion.ImplementedAsPlanned);
        page.Block(PageText.Choice(report.ImplementedAsPlanned.Choice, language));
        page.Part(PagePart.Explanation, report.ImplementedAsPlanned.Explanation);
        page.Evidence(report.ImplementedAsPlanned.Evidence);

        page.Section(PageKind.EndOfCommitment, 2);
        OpenGovernment(ReportQuestion.AccessToInformation, report.AccessToInformation);
        OpenGovernment(ReportQuestion.CivicParticipation, report.CivicParticipation);
        OpenGovernment(ReportQuestion.PublicAccountability, report.PublicAccountability);
        Question(ReportQuestion.ProblemAddressed);
        page.Block(PageText.Choice(report.ProblemAddressed.Choice, language));
        page.Part(PagePart.Explanation, report.ProblemAddressed.Explanation);

        page.Section(PageKind.EndOfCommitment, 3);
        Question(ReportQuestion.Lessons);
        foreach (var lesson in report.Lessons)
        {
            page.Block(lesson);
        }

        return page.End();

        void Question(ReportQuestion question)
        {
            var number = question.GetNumber();
            page.Line(number.Length > 3 ? $"{number}. – {language.Questions[question]}" : $"{number}{(number.Length == 1 ? "." : string.Empty)} {language.Questions[question]}");
            page.Line();
        }

        void OpenGovernment(ReportQuestion question, OpenGovernmentAnswer answer)
        {
            Question(question);
            foreach (var result in answer.ImmediateResults)
            {
                page.Line(PageText.Choice(result, language));
            }

            if (answer.ImmediateResults.Count > 0)
            {
                page.Line();
            }

            var degree = language.Part(PagePart.Degree) + ":";
            page.Line(answer.Degree.State == RecordedState.NotAnswered ? degree : degree + " " + PageText.Choice(answer.Degree, language));
            page.Line();
            page.Part(PagePart.Impact, answer.Explanation);
        }
    }
}
