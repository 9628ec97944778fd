using System;
using System.Collections.Generic;
using System.Text;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>
/// Reads an End of Commitment Report from the text of its page on the OGP website, and writes a
/// report back in that layout: reading what <see cref="Render"/> writes gives the report back. Pages are read through <see cref="OgpReader"/>.
/// </summary>
/// <remarks>
/// <para>Reading is tolerant: CRLF or LF, an en dash, em dash or hyphen in the title and the question
/// numbers, extra or missing blank lines, blanks at line ends, non-breaking spaces, the site's navigation,
/// survey banner and comment form around the report. It reads the three layouts the site has published:
/// older pages with the commitment's title, objective and problem as unlabelled blocks (with or without
/// the header's labels), newer pages with labelled fields (<c>Overview</c>, <c>Email</c>, <c>Commitment</c>,
/// <c>Action</c>, <c>Problem</c>), and a browser's copy with an <c>- Action Plan:</c> line and glossary pop-up
/// text glued onto the header's labels and values; and Spanish pages (<c>Informe de fin de compromiso</c>).
/// What is not on the page stays unanswered, and a heading that cannot be found gives a finding
/// (<c>OGP510</c>). Any text gives a result; parsing never throws.</para>
/// <para>What a page cannot tell apart is read one way: a line of an answer that is a heading of the form
/// (<c>Provide evidence for your answer:</c>, <c>Degree of result</c>, a question's number and wording, a
/// section heading) starts that heading; a question asked twice keeps its last answer. The site's comment form ends
/// the report only after its last question, at a line of the form (<c>No comments yet</c>, <c>Leave a Reply</c>,
/// <c>Your email address will not be published…</c>, <c>Post Comment</c>, …) that a line the form prints after it
/// follows, or that ends the page: a lesson that reads like a line of the form and is followed by other text, by
/// itself or by the form (<see cref="Render"/> writes it under such a lesson) stays a lesson, but lessons whose lines
/// are two lines of the form in the form's order (<c>Leave a Reply</c>, then <c>Post Comment</c>) read as the form,
/// and the report ends before them. Reading takes time linear in the page.</para>
/// <para>The layout carries what a page shows: the unlabelled commitment title, objective and problem
/// are three paragraphs after the action plan's title (a missing one is written <c>(not given)</c>); an
/// evaluator's name has no comma (and "and", "y", "e" or "et" join two people's names, not one name);
/// a lesson is one paragraph; a piece of evidence is one line, <c>reference — description</c>.</para>
/// </remarks>
public static class EndOfCommitmentReportText
{
    private const string NotGiven = "(not given)";
    private const string BriefExplanation = "Provide a brief explanation of your answer:";
    private const string EvidenceHeading = "Provide evidence for your answer:";
    private const string DegreeHeading = "Degree of result:";
    private const string ImpactHeading = "Explanation: In narrative form, what has been the impact on people or practice.";
    private const string EvidenceSeparator = " — ";

    /// <summary>Each question's number and how its wording starts, in English and in Spanish.</summary>
    private static readonly (ReportQuestion Question, string Number, string[] Starts)[] Questions =
    [
        (ReportQuestion.OverallProgress, "1.1", ["What was the overall level of progress", "¿Cuál fue el nivel general de avance", "Cuál fue el nivel general de avance"]),
        (ReportQuestion.ImplementationFactors, "1.2", ["Describe the main external or internal factors", "Describa los principales factores"]),
        (ReportQuestion.ImplementedAsPlanned, "1.3", ["Was the commitment implemented as originally planned", "¿Se implementó el compromiso", "Se implementó el compromiso"]),
        (ReportQuestion.AccessToInformation, "2.1.1", ["Did the government disclose more information", "¿El gobierno divulgó", "El gobierno divulgó"]),
        (ReportQuestion.CivicParticipation, "2.1.2", ["Did the government create new opportunities", "¿El gobierno creó nuevas oportunidades", "El gobierno creó nuevas oportunidades"]),
        (ReportQuestion.PublicAccountability, "2.1.3", ["Did the government create or improve channels", "¿El gobierno creó o mejoró canales", "El gobierno creó o mejoró canales"]),
        (ReportQuestion.ProblemAddressed, "2.2", ["Did the commitment address the public policy problem", "¿Abordó el compromiso el problema", "Abordó el compromiso el problema"]),
        (ReportQuestion.Lessons, "3", ["Provide at least one lesson", "Proporcione al menos una lección"]),
    ];

    private static readonly string[] TitleHeadings = ["End of Commitment Report", "Informe de fin de compromiso", "Rapport de fin d'engagement", "Rapport de fin d’engagement", "Relatório de fim de compromisso"];
    private static readonly string[] DegreeLabels = ["Degree of result", "Grado de resultado", "Degré de résultat", "Grau de resultado"];
    private static readonly string[] ImpactLabels = ["Explanation:", "Explicación:", "Explication :", "Explication:", "Explicação:"];
    private static readonly string[] SectionTitles =
    [
        "Commitment completion", "Did it open government?", "Did it open government", "Lessons from", "Lessons", "Lessons learned",
        "Cumplimiento del compromiso", "¿Abrió el gobierno?", "Abrió el gobierno", "¿Se abrió el gobierno?", "Lecciones", "Lecciones aprendidas",
    ];

    private enum Heading
    {
        Title,
        Evaluators,
        Email,
        Member,
        PlanTitle,
        CommitmentTitle,
        Objective,
        Problem,
        Overview,
        PlanLine,
        Section,
        Question,
        Explanation,
        Evidence,
        Degree,
        Impact,
    }

    /// <summary>Gets whether text looks like an End of Commitment Report page: it has the report's heading or its labels.</summary>
    internal static bool LooksLikePage(string text) =>
        Array.Exists(TitleHeadings, text.ContainsIgnoreCase) || text.ContainsIgnoreCase("Name of Evaluator") || text.ContainsIgnoreCase("Nombre del evaluador");

    /// <summary>Gets whether text has the report's heading in one of its languages.</summary>
    internal static bool HasTitle(string text) => Array.Exists(TitleHeadings, text.ContainsIgnoreCase);

    /// <summary>Gets whether a line starts with the report's heading in one of its languages.</summary>
    internal static bool StartsWithTitle(string line) => PageText.TitleAfter(line, TitleHeadings) is not null;

    /// <summary>Reads the text of an End of Commitment Report page: the report, and what could not be found (<c>OGP510</c>). Never throws on text.</summary>
    /// <param name="text">The page as text.</param>
    internal static (EndOfCommitmentReport Report, ValueList<Finding> Findings) Read(string text)
    {
        var lines = PageText.Lines(text);
        var headings = FindHeadings(lines);
        var page = new PageReader(lines, headings);
        return page.Read();
    }

    /// <summary>Writes a report in the layout of its page.</summary>
    /// <remarks>
    /// Reading the page gives the report back as far as a page can carry it (see the remarks of the class): a line of
    /// an answer that is one of the form's headings is read as that heading, and two lessons that are lines of the
    /// comment form in the form's order end the report there. When the page's last line reads like a line of the
    /// comment form, the form's first lines (<c>No comments yet</c>, <c>Leave a Reply</c>) are written under it, as the
    /// site prints them, so that it reads back as the report's.
    /// </remarks>
    /// <param name="report">The report.</param>
    public static string Render(EndOfCommitmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var text = new StringBuilder();
        void Line(string? value = null) => text.Append(value).Append('\n');
        void Block(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Line(value);
                Line();
            }
        }

        Line(report.Commitment.Title is { Length: > 0 } title ? "End of Commitment Report – " + PageText.FirstLine(title) : "End of Commitment Report");
        Line();
        Line("Name of Evaluator");
        Line();
        Block(string.Join(", ", report.Evaluators));
        if (report.EvaluatorEmail is not null)
        {
            Line("Evaluator Email");
            Line();
            Block(report.EvaluatorEmail);
        }

        Line("Member Name");
        Line();
        Block(report.MemberName);
        Line("Action Plan Title");
        Line();
        Block(report.ActionPlanTitle ?? NotGiven);
        Block(report.Commitment.Title ?? NotGiven);
        Block(report.Commitment.Objective ?? NotGiven);
        Block(report.Commitment.Problem ?? NotGiven);

        Line("Section 1.");
        Line("Commitment completion");
        Line();
        Question(ReportQuestion.OverallProgress);
        Block(Choice(report.Completion.Level));
        Line(BriefExplanation);
        Line();
        Block(report.Completion.Explanation);
        Question(ReportQuestion.ImplementationFactors);
        Block(report.ImplementationFactors);
        Question(ReportQuestion.ImplementedAsPlanned);
        Block(Choice(report.ImplementedAsPlanned.Choice));
        Line(BriefExplanation);
        Line();
        Block(report.ImplementedAsPlanned.Explanation);
        Line(EvidenceHeading);
        Line();
        foreach (var evidence in report.ImplementedAsPlanned.Evidence)
        {
            Line(evidence.Description is null ? evidence.Reference : evidence.Reference + EvidenceSeparator + evidence.Description);
        }

        Line();
        Line("Section 2.");
        Line("Did it open government?");
        Line();
        OpenGovernment(ReportQuestion.AccessToInformation, report.AccessToInformation);
        OpenGovernment(ReportQuestion.CivicParticipation, report.CivicParticipation);
        OpenGovernment(ReportQuestion.PublicAccountability, report.PublicAccountability);
        Question(ReportQuestion.ProblemAddressed);
        Block(Choice(report.ProblemAddressed.Choice));
        Line(BriefExplanation);
        Line();
        Block(report.ProblemAddressed.Explanation);

        Line("Section 3.");
        Line("Lessons from");
        Line();
        Question(ReportQuestion.Lessons);
        foreach (var lesson in report.Lessons)
        {
            Block(lesson);
        }

        return PageText.EndPage(text.ToString());

        void Question(ReportQuestion question)
        {
            var number = question.GetNumber();
            Line(number.Length > 3 ? $"{number}. – {question.GetText()}" : $"{number}{(number.Length == 1 ? "." : string.Empty)} {question.GetText()}");
            Line();
        }

        void OpenGovernment(ReportQuestion question, OpenGovernmentAnswer answer)
        {
            Question(question);
            foreach (var result in answer.ImmediateResults)
            {
                Line(Choice(result));
            }

            if (answer.ImmediateResults.Count > 0)
            {
                Line();
            }

            Line(answer.Degree.State == RecordedState.NotAnswered ? DegreeHeading : DegreeHeading + " " + Choice(answer.Degree));
            Line();
            Line(ImpactHeading);
            Line();
            Block(answer.Explanation);
        }
    }

    private static string? Choice<T>(Recorded<T> choice)
        where T : struct, Enum => PageText.Choice(choice, value => Codelist<T>.Default[value].Label);

    private static List<(int Line, Heading Heading, ReportQuestion Question, string? Inline)> FindHeadings(string[] lines)
    {
        var headings = new List<(int, Heading, ReportQuestion, string?)>();
        var inHeader = true;
        var afterLabel = false;
        var lessons = false;
        var form = new PageText.CommentForm(lines, l => IsQuestion(l, out _));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // The comment form under the report ends it; a lesson that reads like one of its lines does not.
            if (lessons && form.StartsAt(i))
            {
                headings.Add((i, Heading.Section, default, "end"));
                break;
            }

            var wasLabel = afterLabel;
            afterLabel = false;
            if (inHeader && PageText.TitleAfter(line, TitleHeadings) is { } rest)
            {
                headings.Add((i, Heading.Title, default, rest.Length > 0 ? rest : null));
            }
            else if (inHeader && !(wasLabel && PageText.IsValueAfterLabel(lines, i)) && PageText.LabelOf(line) is var field and not PageText.Field.None)
            {
                afterLabel = field != PageText.Field.Overview;
                headings.Add((i, field switch
                {
                    PageText.Field.Evaluators => Heading.Evaluators,
                    PageText.Field.Email => Heading.Email,
                    PageText.Field.Member => Heading.Member,
                    PageText.Field.PlanTitle => Heading.PlanTitle,
                    PageText.Field.CommitmentTitle => Heading.CommitmentTitle,
                    PageText.Field.Objective => Heading.Objective,
                    PageText.Field.Problem => Heading.Problem,
                    _ => Heading.Overview,
                }, default, null));
            }
            else if (inHeader && PageText.TryReadPlanLine(line, out var plan))
            {
                headings.Add((i, Heading.PlanLine, default, plan));
            }
            else if (PageText.TryReadSection(line, out _))
            {
                headings.Add((i, Heading.Section, default, null));
                if (i + 1 < lines.Length && IsSectionTitle(lines[i + 1]))
                {
                    i++;
                }
            }
            else if (IsQuestion(line, out var question))
            {
                inHeader = false;
                lessons |= question == ReportQuestion.Lessons;
                headings.Add((i, Heading.Question, question, null));
            }
            else if (PageText.StartsWithAny(line, PageText.ExplanationLabels))
            {
                headings.Add((i, Heading.Explanation, default, null));
            }
            else if (PageText.StartsWithAny(line, PageText.EvidenceLabels))
            {
                headings.Add((i, Heading.Evidence, default, null));
            }
            else if (DegreeOf(line) is { } degree)
            {
                headings.Add((i, Heading.Degree, default, degree.Length > 0 ? degree : null));
            }
            else if (PageText.StartsWithAny(line, ImpactLabels) && (line.ContainsIgnoreCase("impact") || line.ContainsIgnoreCase("impacto")))
            {
                headings.Add((i, Heading.Impact, default, null));
            }
        }

        return headings;
    }

    private static string? DegreeOf(string line)
    {
        foreach (var label in DegreeLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var rest = line.Substring(label.Length);
                if (rest.Length == 0 || rest[0] is ':' or ' ')
                {
                    return rest.TrimStart(':').Trim();
                }
            }
        }

        return null;
    }

    private static bool IsSectionTitle(string line) => PageText.IsAny(line, SectionTitles);

    private static bool IsQuestion(string line, out ReportQuestion question)
    {
        foreach (var (q, number, starts) in Questions)
        {
            if (!line.StartsWith(number, StringComparison.Ordinal) || (line.Length > number.Length && char.IsDigit(line[number.Length])))
            {
                continue;
            }

            var rest = line.Substring(number.Length).TrimStart('.', ' ', '–', '—', '-', '\t');
            if (PageText.StartsWithAny(rest, starts))
            {
                question = q;
                return true;
            }
        }

        question = default;
        return false;
    }

    /// <summary>Reads the blocks between the headings into a report.</summary>
    private sealed class PageReader(string[] lines, List<(int Line, Heading Heading, ReportQuestion Question, string? Inline)> headings)
    {
        private readonly List<Finding> _findings = [];

        public (EndOfCommitmentReport Report, ValueList<Finding> Findings) Read()
        {
            string? headerTitle = null, email = null, member = null, planTitle = null, planLine = null;
            string? title = null, objective = null, problem = null;
            List<string>? afterTitle = null, afterPlanTitle = null;
            var evaluators = ValueList<string>.Empty;
            var seen = new HashSet<Heading>();
            var seenQuestions = new HashSet<ReportQuestion>();
            var answers = new Dictionary<ReportQuestion, Answer>();
            ReportQuestion? current = null;

            for (var h = 0; h < headings.Count; h++)
            {
                var (line, heading, question, inline) = headings[h];
                if (inline == "end" && heading == Heading.Section)
                {
                    break;
                }

                var block = Block(h);
                if (!seen.Add(heading) && heading is Heading.Evaluators or Heading.Email or Heading.Member or Heading.PlanTitle)
                {
                    _findings.Add(ValidationRules.Finding(ValidationRules.GivenTwiceOnPage, HeaderPath(heading), $"The page gives the {HeaderName(heading)} twice; the first is read.", null, line + 1));
                    continue;
                }

                switch (heading)
                {
                    case Heading.Title:
                        headerTitle ??= inline;
                        afterTitle ??= PageText.Paragraphs(block);
                        break;
                    case Heading.Evaluators:
                        evaluators = PageText.Names(Value(First(block)));
                        break;
                    case Heading.Email:
                        email = Value(First(block));
                        break;
                    case Heading.Member:
                        member = Value(First(block));
                        break;
                    case Heading.PlanTitle:
                        afterPlanTitle = PageText.Paragraphs(block);
                        planTitle = afterPlanTitle.Count > 0 && afterPlanTitle[0] != NotGiven ? Value(afterPlanTitle[0]) : null;
                        break;
                    case Heading.PlanLine:
                        planLine ??= inline;
                        break;
                    case Heading.CommitmentTitle:
                        title ??= Value(Given(PageText.Text(block)));
                        break;
                    case Heading.Objective:
                        objective ??= Given(PageText.Text(block));
                        break;
                    case Heading.Problem:
                        problem ??= Given(PageText.Text(block));
                        break;
                    case Heading.Section:
                        current = null;
                        break;
                    case Heading.Question:
                        current = question;
                        if (!seenQuestions.Add(question))
                        {
                            _findings.Add(ValidationRules.Finding(ValidationRules.GivenTwiceOnPage, Path(question), $"Question {question.GetNumber()} is on the page twice; the last answer is read.", null, line + 1));
                        }

                        answers[question] = new Answer { Body = block, Line = line };
                        break;
                    case Heading.Explanation when current is { } q:
                        answers[q].Explanation = PageText.Text(block);
                        answers[q].HasExplanation = true;
                        break;
                    case Heading.Evidence when current == ReportQuestion.ImplementedAsPlanned:
                        answers[current.Value].Evidence = PageText.Evidence(block, EvidenceSeparator);
                        answers[current.Value].HasEvidence = true;
                        break;
                    case Heading.Degree when current is { } q:
                        answers[q].Degree = inline ?? PageText.Text(block);
                        answers[q].HasDegree = true;
                        break;
                    case Heading.Impact when current is { } q:
                        answers[q].Explanation = PageText.Text(block);
                        answers[q].HasExplanation = true;
                        break;
                }
            }

            var labelledCommitment = seen.Contains(Heading.CommitmentTitle) || seen.Contains(Heading.Objective) || seen.Contains(Heading.Problem);
            if (!labelledCommitment && afterPlanTitle is not null)
            {
                // Layout A: the commitment's title, objective and problem follow the plan's title, unlabelled.
                (title, objective, problem) = Commitment(afterPlanTitle, 1);
            }
            else if (!seen.Contains(Heading.Evaluators) && !seen.Contains(Heading.Member) && !seen.Contains(Heading.PlanTitle) && afterTitle is { Count: > 0 })
            {
                // Layout A without labels: evaluators, member, plan title, then the commitment, each a paragraph.
                evaluators = PageText.Names(afterTitle[0]);
                member = afterTitle.Count > 1 ? afterTitle[1] : null;
                planTitle = afterTitle.Count > 2 ? Given(afterTitle[2]) : null;
                if (!labelledCommitment)
                {
                    (title, objective, problem) = Commitment(afterTitle, 3);
                }

                seen.Add(Heading.Evaluators);
                seen.Add(Heading.Member);
                seen.Add(Heading.PlanTitle);
            }

            if (planTitle is null && planLine is not null)
            {
                planTitle = planLine;
                seen.Add(Heading.PlanTitle);
            }

            Require(seen.Contains(Heading.Evaluators), "/evaluators", "The page has no \"Name of Evaluator\" heading.");
            Require(seen.Contains(Heading.Member), "/memberName", "The page has no \"Member Name\" heading.");
            Require(seen.Contains(Heading.PlanTitle), "/actionPlanTitle", "The page has no \"Action Plan Title\" heading, nor the commitment's title, objective and problem after it.");
            foreach (var (question, _, _) in Questions)
            {
                Require(seenQuestions.Contains(question), Path(question), $"The page has no question {question.GetNumber()} (\"{question.GetText()}\").");
            }

            Answer Get(ReportQuestion q) => answers.TryGetValue(q, out var a) ? a : new Answer();

            var progress = Get(ReportQuestion.OverallProgress);
            var planned = Get(ReportQuestion.ImplementedAsPlanned);
            var problemAddressed = Get(ReportQuestion.ProblemAddressed);
            CheckExplanation(progress, ReportQuestion.OverallProgress, "/completion/explanation");
            CheckExplanation(planned, ReportQuestion.ImplementedAsPlanned, "/implementedAsPlanned/explanation");
            CheckExplanation(problemAddressed, ReportQuestion.ProblemAddressed, "/problemAddressed/explanation");
            if (seenQuestions.Contains(ReportQuestion.ImplementedAsPlanned) && !planned.HasEvidence)
            {
                Add("/implementedAsPlanned/evidence", "Question 1.3 has no \"Provide evidence for your answer\" heading.", planned.Line);
            }

            var report = new EndOfCommitmentReport
            {
                Evaluators = evaluators,
                EvaluatorEmail = email,
                MemberName = member,
                ActionPlanTitle = planTitle,
                Commitment = new ReportedCommitment { Title = title ?? headerTitle, Objective = objective, Problem = problem },
                Completion = new CompletionAnswer { Level = Codelist<CompletionLevel>.Default.Read(PageText.Text(progress.Body)), Explanation = progress.Explanation },
                ImplementationFactors = PageText.Text(Get(ReportQuestion.ImplementationFactors).Body),
                ImplementedAsPlanned = new PlannedImplementationAnswer
                {
                    Choice = Codelist<PlannedImplementation>.Default.Read(PageText.Text(planned.Body)),
                    Explanation = planned.Explanation,
                    Evidence = planned.Evidence,
                },
                AccessToInformation = OpenGovernment(Get(ReportQuestion.AccessToInformation), ReportQuestion.AccessToInformation),
                CivicParticipation = OpenGovernment(Get(ReportQuestion.CivicParticipation), ReportQuestion.CivicParticipation),
                PublicAccountability = OpenGovernment(Get(ReportQuestion.PublicAccountability), ReportQuestion.PublicAccountability),
                ProblemAddressed = new ProblemAddressedAnswer
                {
                    Choice = Codelist<ProblemAddressed>.Default.Read(PageText.Text(problemAddressed.Body)),
                    Explanation = problemAddressed.Explanation,
                },
                Lessons = ValueList.CreateRange(PageText.Paragraphs(Get(ReportQuestion.Lessons).Body)),
            };

            return (report, ValueList.CreateRange(_findings));

            void CheckExplanation(Answer answer, ReportQuestion question, string path)
            {
                if (seenQuestions.Contains(question) && !answer.HasExplanation)
                {
                    Add(path, $"Question {question.GetNumber()} has no \"Provide a brief explanation of your answer\" heading.", answer.Line);
                }
            }

            OpenGovernmentAnswer OpenGovernment(Answer answer, ReportQuestion question)
            {
                if (seenQuestions.Contains(question))
                {
                    if (!answer.HasDegree)
                    {
                        Add(Path(question) + "/degree", $"Question {question.GetNumber()} has no \"Degree of result\" heading.", answer.Line);
                    }

                    if (!answer.HasExplanation)
                    {
                        Add(Path(question) + "/explanation", $"Question {question.GetNumber()} has no \"Explanation\" heading.", answer.Line);
                    }
                }

                var results = new List<Recorded<ImmediateResult>>();
                foreach (var raw in answer.Body)
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
                    Degree = Codelist<OpenGovernmentResult>.Default.Read(answer.Degree),
                    Explanation = answer.Explanation,
                };
            }
        }

        private static string HeaderPath(Heading heading) => heading switch
        {
            Heading.Evaluators => "/evaluators",
            Heading.Email => "/evaluatorEmail",
            Heading.Member => "/memberName",
            _ => "/actionPlanTitle",
        };

        private static string HeaderName(Heading heading) => heading switch
        {
            Heading.Evaluators => "evaluators",
            Heading.Email => "e-mail",
            Heading.Member => "member's name",
            _ => "action plan's title",
        };

        private static string Path(ReportQuestion question) => question switch
        {
            ReportQuestion.OverallProgress => "/completion",
            ReportQuestion.ImplementationFactors => "/implementationFactors",
            ReportQuestion.ImplementedAsPlanned => "/implementedAsPlanned",
            ReportQuestion.AccessToInformation => "/accessToInformation",
            ReportQuestion.CivicParticipation => "/civicParticipation",
            ReportQuestion.PublicAccountability => "/publicAccountability",
            ReportQuestion.ProblemAddressed => "/problemAddressed",
            _ => "/lessons",
        };

        private void Require(bool found, string path, string message)
        {
            if (!found)
            {
                Add(path, message, null);
            }
        }

        private void Add(string path, string message, int? line) =>
            _findings.Add(ValidationRules.Finding(ValidationRules.NotFoundOnPage, path, message, null, line is null ? null : line + 1));

        /// <summary>The lines after heading <paramref name="h"/>, up to the next heading.</summary>
        private List<string> Block(int h)
        {
            var start = headings[h].Line + 1;
            if (headings[h].Heading == Heading.Section && start < lines.Length && IsSectionTitle(lines[start]))
            {
                start++;
            }

            var end = h + 1 < headings.Count ? headings[h + 1].Line : lines.Length;
            var block = new List<string>(Math.Max(0, end - start));
            for (var i = start; i < end; i++)
            {
                block.Add(lines[i]);
            }

            return block;
        }

        private static string? First(List<string> block) => PageText.Paragraphs(block) is { Count: > 0 } p ? p[0] : null;

        private static string? Given(string? text) => text == NotGiven ? null : text;

        /// <summary>A header value, with glossary pop-up text a browser's copy glued into it taken out.</summary>
        private static string? Value(string? text) => text is null ? null : PageText.RemovePopUps(text);

        private static (string? Title, string? Objective, string? Problem) Commitment(List<string> paragraphs, int skip)
        {
            var rest = paragraphs.Count - skip;
            return rest switch
            {
                <= 0 => (null, null, null),
                1 => (Given(paragraphs[skip]), null, null),
                2 => (Given(paragraphs[skip]), Given(paragraphs[skip + 1]), null),
                _ => (Given(paragraphs[skip]), Given(string.Join("\n\n", paragraphs.GetRange(skip + 1, rest - 2))), Given(paragraphs[paragraphs.Count - 1])),
            };
        }

        private sealed class Answer
        {
            public List<string> Body { get; init; } = [];

            public int? Line { get; init; }

            public string? Explanation { get; set; }

            public bool HasExplanation { get; set; }

            public string? Degree { get; set; }

            public bool HasDegree { get; set; }

            public ValueList<Evidence> Evidence { get; set; } = ValueList<Evidence>.Empty;

            public bool HasEvidence { get; set; }
        }
    }
}
