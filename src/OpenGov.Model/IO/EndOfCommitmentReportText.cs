using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using OpenGov.Model.Assessments;
using OpenGov.Model.Diagnostics;
using OpenGov.Model.Scales;

namespace OpenGov.Model.IO;

/// <summary>
/// Reads an End of Commitment Report from the text of its page on the OGP website, and writes a
/// report back in that layout: reading what <see cref="Render"/> writes gives the report back. Pages are read through <see cref="IO.OgpReader"/>.
/// </summary>
/// <remarks>
/// <para>Reading is tolerant: CRLF or LF, an en dash, em dash or hyphen in the title and the question
/// numbers, extra or missing blank lines, the site's navigation and comment form around the report.
/// What is not on the page stays unanswered, and a heading that cannot be found gives a finding
/// (<c>OGP510</c>). Any text gives a result; parsing never throws.</para>
/// <para>The layout carries what a page shows: the unlabelled commitment title, objective and problem
/// are three paragraphs after the action plan's title (a missing one is written <c>(not given)</c>); an
/// evaluator's name has no comma;
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

    private static readonly string[] NoiseAfter =
    [
        "No comments yet", "Leave a Reply", "Leave a Comment", "Your email address will not be published",
    ];

    private static readonly (ReportQuestion Question, string Number, string Start)[] Questions =
    [
        (ReportQuestion.OverallProgress, "1.1", "What was the overall level of progress"),
        (ReportQuestion.ImplementationFactors, "1.2", "Describe the main external or internal factors"),
        (ReportQuestion.ImplementedAsPlanned, "1.3", "Was the commitment implemented as originally planned"),
        (ReportQuestion.AccessToInformation, "2.1.1", "Did the government disclose more information"),
        (ReportQuestion.CivicParticipation, "2.1.2", "Did the government create new opportunities"),
        (ReportQuestion.PublicAccountability, "2.1.3", "Did the government create or improve channels"),
        (ReportQuestion.ProblemAddressed, "2.2", "Did the commitment address the public policy problem"),
        (ReportQuestion.Lessons, "3", "Provide at least one lesson"),
    ];

    private enum Heading
    {
        Title,
        Evaluators,
        Email,
        Member,
        PlanTitle,
        Section,
        Question,
        Explanation,
        Evidence,
        Degree,
        Impact,
    }

    /// <summary>Gets whether text looks like an End of Commitment Report page: it has the report's heading or its labels.</summary>
    internal static bool LooksLikePage(string text) =>
        text.ContainsIgnoreCase("End of Commitment Report") || text.ContainsIgnoreCase("Name of Evaluator");

    /// <summary>Reads the text of an End of Commitment Report page: the report, and what could not be found (<c>OGP510</c>). Never throws on text.</summary>
    /// <param name="text">The page as text.</param>
    internal static (EndOfCommitmentReport Report, ValueList<Finding> Findings) Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var headings = FindHeadings(lines);
        var page = new PageReader(lines, headings);
        return page.Read();
    }

    /// <summary>Writes a report in the layout of its page.</summary>
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

        Line(report.Commitment.Title is { Length: > 0 } title ? "End of Commitment Report – " + FirstLine(title) : "End of Commitment Report");
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

        return text.ToString();

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
        where T : struct, Enum => choice.State switch
        {
            RecordedState.Value => Codelist<T>.Default[choice.Value].Label,
            RecordedState.Unrecognized => choice.UnrecognizedText,
            RecordedState.NoData => "No data",
            RecordedState.NotReviewed => "Not reviewed",
            RecordedState.NotApplicable => "Not Applicable",
            _ => null,
        };

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text.Substring(0, end);
    }

    private static List<(int Line, Heading Heading, ReportQuestion Question, string? Inline)> FindHeadings(string[] lines)
    {
        var headings = new List<(int, Heading, ReportQuestion, string?)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (headings.Count > 0 && Array.Exists(NoiseAfter, n => line.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            {
                headings.Add((i, Heading.Section, default, "end"));
                break;
            }

            if (line.StartsWith("End of Commitment Report", StringComparison.OrdinalIgnoreCase))
            {
                var rest = line.Substring("End of Commitment Report".Length).TrimStart(' ', '–', '—', '-', ':').Trim();
                headings.Add((i, Heading.Title, default, rest.Length > 0 ? rest : null));
            }
            else if (Is(line, "Name of Evaluator") || Is(line, "Name of Evaluators") || Is(line, "Names of Evaluators"))
            {
                headings.Add((i, Heading.Evaluators, default, null));
            }
            else if (Is(line, "Evaluator Email") || Is(line, "Email of Evaluator") || Is(line, "Evaluator's Email"))
            {
                headings.Add((i, Heading.Email, default, null));
            }
            else if (Is(line, "Member Name"))
            {
                headings.Add((i, Heading.Member, default, null));
            }
            else if (Is(line, "Action Plan Title"))
            {
                headings.Add((i, Heading.PlanTitle, default, null));
            }
            else if (IsSection(line))
            {
                headings.Add((i, Heading.Section, default, null));
                if (i + 1 < lines.Length && IsSectionTitle(lines[i + 1].Trim()))
                {
                    i++;
                }
            }
            else if (IsQuestion(line, out var question))
            {
                headings.Add((i, Heading.Question, question, null));
            }
            else if (line.StartsWith(BriefExplanation.TrimEnd(':'), StringComparison.OrdinalIgnoreCase))
            {
                headings.Add((i, Heading.Explanation, default, null));
            }
            else if (line.StartsWith(EvidenceHeading.TrimEnd(':'), StringComparison.OrdinalIgnoreCase))
            {
                headings.Add((i, Heading.Evidence, default, null));
            }
            else if (line.StartsWith(DegreeHeading.TrimEnd(':'), StringComparison.OrdinalIgnoreCase))
            {
                var rest = line.Substring(DegreeHeading.Length - 1).TrimStart(':').Trim();
                headings.Add((i, Heading.Degree, default, rest.Length > 0 ? rest : null));
            }
            else if (line.StartsWith("Explanation:", StringComparison.OrdinalIgnoreCase) && CultureInfo.InvariantCulture.CompareInfo.IndexOf(line, "impact", CompareOptions.IgnoreCase) >= 0)
            {
                headings.Add((i, Heading.Impact, default, null));
            }
        }

        return headings;
    }

    private static bool Is(string line, string heading) =>
        string.Equals(line.TrimEnd(':').Trim(), heading, StringComparison.OrdinalIgnoreCase);

    private static bool IsSection(string line) =>
        line.Length is >= 9 and <= 11
        && line.StartsWith("Section ", StringComparison.OrdinalIgnoreCase)
        && line[8] is '1' or '2' or '3'
        && (line.Length == 9 || line.Substring(9).Trim().TrimEnd('.', ':').Length == 0);

    private static bool IsSectionTitle(string line) =>
        Is(line, "Commitment completion") || Is(line, "Did it open government?") || Is(line, "Did it open government")
        || Is(line, "Lessons from") || Is(line, "Lessons") || Is(line, "Lessons learned");

    private static bool IsQuestion(string line, out ReportQuestion question)
    {
        foreach (var (q, number, start) in Questions)
        {
            if (!line.StartsWith(number, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line.Substring(number.Length).TrimStart('.', ' ', '–', '—', '-', '\t');
            if (rest.StartsWith(start, StringComparison.OrdinalIgnoreCase))
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
            string? headerTitle = null, email = null, member = null, planTitle = null;
            string? title = null, objective = null, problem = null;
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
                seen.Add(heading);
                switch (heading)
                {
                    case Heading.Title:
                        headerTitle = inline;
                        break;
                    case Heading.Evaluators:
                        evaluators = Split(Paragraphs(block) is { Count: > 0 } p ? p[0] : null);
                        break;
                    case Heading.Email:
                        email = First(block);
                        break;
                    case Heading.Member:
                        member = First(block);
                        break;
                    case Heading.PlanTitle:
                        var paragraphs = Paragraphs(block);
                        planTitle = paragraphs.Count > 0 && paragraphs[0] != NotGiven ? paragraphs[0] : null;
                        (title, objective, problem) = Commitment(paragraphs, 1);
                        break;
                    case Heading.Section:
                        current = null;
                        break;
                    case Heading.Question:
                        current = question;
                        seenQuestions.Add(question);
                        answers[question] = new Answer { Body = block, Line = line };
                        break;
                    case Heading.Explanation when current is { } q:
                        answers[q].Explanation = Text(block);
                        answers[q].HasExplanation = true;
                        break;
                    case Heading.Evidence when current == ReportQuestion.ImplementedAsPlanned:
                        answers[current.Value].Evidence = Evidence(block);
                        answers[current.Value].HasEvidence = true;
                        break;
                    case Heading.Degree when current is { } q:
                        answers[q].Degree = inline ?? Text(block);
                        answers[q].HasDegree = true;
                        break;
                    case Heading.Impact when current is { } q:
                        answers[q].Explanation = Text(block);
                        answers[q].HasExplanation = true;
                        break;
                }
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
                Completion = new CompletionAnswer { Level = Codelist<CompletionLevel>.Default.Read(Text(progress.Body)), Explanation = progress.Explanation },
                ImplementationFactors = Text(Get(ReportQuestion.ImplementationFactors).Body),
                ImplementedAsPlanned = new PlannedImplementationAnswer
                {
                    Choice = Codelist<PlannedImplementation>.Default.Read(Text(planned.Body)),
                    Explanation = planned.Explanation,
                    Evidence = planned.Evidence,
                },
                AccessToInformation = OpenGovernment(Get(ReportQuestion.AccessToInformation), ReportQuestion.AccessToInformation),
                CivicParticipation = OpenGovernment(Get(ReportQuestion.CivicParticipation), ReportQuestion.CivicParticipation),
                PublicAccountability = OpenGovernment(Get(ReportQuestion.PublicAccountability), ReportQuestion.PublicAccountability),
                ProblemAddressed = new ProblemAddressedAnswer
                {
                    Choice = Codelist<ProblemAddressed>.Default.Read(Text(problemAddressed.Body)),
                    Explanation = problemAddressed.Explanation,
                },
                Lessons = ValueList.CreateRange(Paragraphs(Get(ReportQuestion.Lessons).Body)),
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
            if (headings[h].Heading == Heading.Section && start < lines.Length && IsSectionTitle(lines[start].Trim()))
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

        /// <summary>The block's text: from its first non-blank line to its last, lines joined by line breaks, blank lines empty.</summary>
        private static string? Text(List<string> block)
        {
            int first = 0, last = block.Count - 1;
            while (first <= last && string.IsNullOrWhiteSpace(block[first]))
            {
                first++;
            }

            while (last >= first && string.IsNullOrWhiteSpace(block[last]))
            {
                last--;
            }

            if (first > last)
            {
                return null;
            }

            var text = new StringBuilder();
            for (var i = first; i <= last; i++)
            {
                text.Append(i > first ? "\n" : string.Empty).Append(string.IsNullOrWhiteSpace(block[i]) ? string.Empty : block[i]);
            }

            return text.ToString();
        }

        /// <summary>The block's paragraphs: runs of non-blank lines, each joined by line breaks.</summary>
        private static List<string> Paragraphs(List<string> block)
        {
            var paragraphs = new List<string>();
            var current = new StringBuilder();
            foreach (var line in block)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    if (current.Length > 0)
                    {
                        paragraphs.Add(current.ToString());
                        current.Clear();
                    }
                }
                else
                {
                    current.Append(current.Length > 0 ? "\n" : string.Empty).Append(line);
                }
            }

            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
            }

            return paragraphs;
        }

        private static string? First(List<string> block) => Paragraphs(block) is { Count: > 0 } p ? p[0] : null;

        private static (string? Title, string? Objective, string? Problem) Commitment(List<string> paragraphs, int skip)
        {
            var rest = paragraphs.Count - skip;
            string? Given(string text) => text == NotGiven ? null : text;
            return rest switch
            {
                <= 0 => (null, null, null),
                1 => (Given(paragraphs[skip]), null, null),
                2 => (Given(paragraphs[skip]), Given(paragraphs[skip + 1]), null),
                _ => (Given(paragraphs[skip]), Given(string.Join("\n\n", paragraphs.GetRange(skip + 1, rest - 2))), Given(paragraphs[paragraphs.Count - 1])),
            };
        }

        private static ValueList<string> Split(string? names)
        {
            if (names is null)
            {
                return ValueList<string>.Empty;
            }

            var list = new List<string>();
            foreach (var name in names.Replace('\n', ',').Split(','))
            {
                var trimmed = name.Trim();
                if (trimmed.Length > 0)
                {
                    list.Add(trimmed);
                }
            }

            return ValueList.CreateRange(list);
        }

        private static ValueList<Evidence> Evidence(List<string> block)
        {
            var evidence = new List<Evidence>();
            foreach (var raw in block)
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var separator = line.IndexOf(EvidenceSeparator, StringComparison.Ordinal);
                evidence.Add(separator < 0
                    ? new Evidence { Reference = line }
                    : new Evidence { Reference = line.Substring(0, separator), Description = line.Substring(separator + EvidenceSeparator.Length) });
            }

            return ValueList.CreateRange(evidence);
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
