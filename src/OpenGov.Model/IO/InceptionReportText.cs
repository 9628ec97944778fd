using System;
using System.Collections.Generic;
using System.Text;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>
/// Reads an OGP Local Inception Report from the text of its page, in any of its layouts (labelled or not, a
/// browser's copy with glossary pop-ups, English or Spanish, cut short anywhere), and writes a report back
/// in that layout: reading what <see cref="Render"/> writes gives the report back. Pages are read through
/// <see cref="OgpReader"/>.
/// </summary>
/// <remarks>
/// <para>Section 1 is read question by question: a line <c>1.1 Does a forum exist?</c> (any number, or
/// <c>Question:</c> for one without) starts a requirement, followed by its answer (<c>Yes</c>, <c>No</c>, in the
/// page's language), <c>Provide a brief explanation of your answer:</c>, <c>Provide references here (e.g.
/// interviews):</c> and <c>Provide evidence for your answer:</c> (a piece of evidence per line,
/// <c>reference — description</c>). Section 3 has a block per commitment, <c>Commitment 1: {title}</c>, with
/// <c>Verifiable:</c>, <c>Relevant to OGP values:</c>, <c>Values: …</c> and <c>Potential for results:</c>, each
/// followed by its explanation.</para>
/// <para>Reading never throws; a part not found gives a finding (<c>OGP510</c>). A question ends with a
/// question mark and is one line; a title is one line; an explanation is read up to the next label, so a line of it
/// that is the next label of the form (<c>Potential for results:</c> after a relevance explanation) starts that
/// label. A section other than 1 and 3 is not read.</para>
/// <para>The site's comment form ends the report only after its last question, section heading and commitment's
/// <c>Verifiable:</c> label, at a line of the form (<c>No comments yet</c>, <c>Leave a Reply</c>, <c>Your email
/// address will not be published…</c>, <c>Post Comment</c>, …) that a line the form prints after it follows, or that
/// ends the page: an answer, explanation or reference that reads like a line of the form and is followed by other
/// text, by itself or by the form (<see cref="Render"/> writes it under such a line) is kept, but two lines of the form
/// in the form's order there (<c>Leave a Reply</c>, then <c>Post Comment</c>) read as the form, and the report ends
/// before them. Reading takes time linear in the page.</para>
/// </remarks>
public static class InceptionReportText
{
    private const string NotGiven = "(not given)";
    private const string EvidenceSeparator = " — ";

    private static readonly string[] TitleHeadings = ["Inception Report", "Informe Inicial", "Informe de Inicio", "Rapport initial", "Relatório inicial", "Relatório de início"];
    private static readonly string[] ReferenceLabels = ["Provide references here", "Proporcione referencias aquí", "Proporcione referencias", "Fournissez des références", "Forneça referências"];
    private static readonly string[] Markers = ["co-creation requirements", "Does a forum exist", "requisitos de co-creación", "Existe un foro"];
    private static readonly string[] QuestionPrefixes = ["Question:", "Pregunta:", "Question :", "Pergunta:"];
    private static readonly string[] CommitmentWords = ["Commitment", "Compromiso", "Engagement", "Compromisso"];
    private static readonly string[] VerifiableLabels = ["Verifiable", "Verificable", "Vérifiable", "Verificável"];
    private static readonly string[] RelevantLabels = ["Relevant to OGP values", "Relevante para los valores de OGP", "Relevante para los valores de la OGP", "Pertinent aux valeurs de l'OGP", "Relevante para os valores da OGP"];
    private static readonly string[] ValuesLabels = ["Values", "Valores", "Valeurs"];
    private static readonly string[] PotentialLabels = ["Potential for results", "Potencial de resultados", "Potencial para resultados", "Potentiel de résultats", "Potencial de resultados"];
    private static readonly string[] SectionTitles =
    [
        "Compliance with co-creation requirements", "Commitment design", "Conforme con requisitos de co-creación", "Cumplimiento de los requisitos de co-creación",
        "Diseño de los compromisos", "Diseño de compromisos", "Conformité aux exigences de co-création", "Conception des engagements",
    ];

    private enum Part
    {
        None,
        Title,
        Field,
        Answer,
        Explanation,
        References,
        Evidence,
        Verifiable,
        VerifiableExplanation,
        Relevant,
        RelevanceExplanation,
        Potential,
        PotentialExplanation,
    }

    /// <summary>
    /// Gets whether text looks like an Inception Report page: the heading that starts a line first is the
    /// Inception Report's (in one of its languages), or, with no heading at a line's start, the text names the
    /// report or asks its co-creation questions and does not name an End of Commitment Report.
    /// </summary>
    internal static bool LooksLikePage(string text)
    {
        var named = Array.Exists(TitleHeadings, text.ContainsIgnoreCase);
        if (!named && !Array.Exists(Markers, text.ContainsIgnoreCase))
        {
            return false;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (PageText.TitleAfter(line, TitleHeadings) is not null)
            {
                return true;
            }

            if (EndOfCommitmentReportText.StartsWithTitle(line))
            {
                return false;
            }
        }

        return !EndOfCommitmentReportText.HasTitle(text);
    }

    /// <summary>Writes a report in the layout of its page.</summary>
    /// <remarks>
    /// Reading the page gives the report back as far as a page can carry it (see the remarks of the class): a line of
    /// an explanation that is the next label of the form starts that label, and two lines of the comment form in the
    /// form's order after the last commitment's <c>Verifiable:</c> label end the report there. When the page's last
    /// line reads like a line of the comment form, the form's first lines (<c>No comments yet</c>, <c>Leave a
    /// Reply</c>) are written under it, as the site prints them, so that it reads back as the report's.
    /// </remarks>
    /// <param name="report">The report.</param>
    public static string Render(InceptionReport report)
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

        Line(report.ActionPlanTitle is { Length: > 0 } plan ? "Inception Report – " + PageText.FirstLine(plan) : "Inception Report");
        Line();
        Line("Name of Evaluator");
        Line();
        Block(report.Evaluators.Count == 0 ? NotGiven : string.Join(", ", report.Evaluators));
        if (report.EvaluatorEmail is not null)
        {
            Line("Email");
            Line();
            Block(report.EvaluatorEmail);
        }

        Line("Member Name");
        Line();
        Block(report.MemberName);
        Line("Action Plan Title");
        Line();
        Block(report.ActionPlanTitle ?? NotGiven);

        Line("Section 1.");
        Line("Compliance with co-creation requirements");
        Line();
        foreach (var answer in report.Requirements)
        {
            var question = answer.Question ?? (answer.TryGetRequirement(out var requirement) ? requirement.Text : NotGiven);
            Line(answer.Number is { Length: > 0 } number ? number + " " + question : "Question: " + question);
            Line();
            Block(PageText.Choice(answer.Status, status => status switch
            {
                RequirementStatus.Met => "Yes",
                RequirementStatus.NotMet => "No",
                _ => "Not assessed",
            }));
            Line("Provide a brief explanation of your answer:");
            Line();
            Block(answer.Explanation);
            Line("Provide references here (e.g. interviews):");
            Line();
            Block(answer.References);
            Line("Provide evidence for your answer:");
            Line();
            foreach (var evidence in answer.Evidence)
            {
                Line(evidence.Description is null ? evidence.Reference : evidence.Reference + EvidenceSeparator + evidence.Description);
            }

            Line();
        }

        Line("Section 3.");
        Line("Commitment design");
        Line();
        foreach (var commitment in report.Commitments)
        {
            Line($"Commitment{(commitment.Number is { Length: > 0 } n ? " " + n : string.Empty)}:{(commitment.Title is { Length: > 0 } t ? " " + t : string.Empty)}");
            Line();
            Line("Verifiable:");
            Line();
            Block(PageText.Choice(commitment.Verifiable, v => v == Verifiability.Verifiable ? "Yes" : "No"));
            Explanation(commitment.VerifiableExplanation);
            Line("Relevant to OGP values:");
            Line();
            Block(PageText.Choice(commitment.Relevant, relevant => relevant ? "Yes" : "No"));
            if (commitment.Values.Count > 0)
            {
                var values = new List<string>();
                foreach (var value in commitment.Values)
                {
                    values.Add(PageText.Choice(value, v => Codelist<OgpValue>.Default[v].Label) ?? string.Empty);
                }

                Line("Values: " + string.Join(", ", values));
                Line();
            }

            Explanation(commitment.RelevanceExplanation);
            Line("Potential for results:");
            Line();
            Block(PageText.Choice(commitment.PotentialForResults, p => Codelist<PotentialForResults>.Default[p].Label));
            Explanation(commitment.PotentialForResultsExplanation);
        }

        return PageText.EndPage(text.ToString());

        void Explanation(string? explanation)
        {
            Line("Provide a brief explanation of your answer:");
            Line();
            Block(explanation);
        }
    }

    /// <summary>Reads the text of an Inception Report page: the report, and what could not be found (<c>OGP510</c>). Never throws on text.</summary>
    /// <param name="text">The page as text.</param>
    internal static (InceptionReport Report, ValueList<Finding> Findings) Read(string text) => new PageReader(PageText.Lines(text)).Read();

    private static Recorded<bool> YesNo(string? text) =>
        Codelist<Verifiability>.Default.Read(text).Select(v => v == Verifiability.Verifiable);

    /// <summary>Reads a page line by line: the header's fields, then the questions of section 1 and the commitments of section 3.</summary>
    private sealed class PageReader(string[] lines)
    {
        private readonly List<Finding> _findings = [];
        private readonly Dictionary<PageText.Field, List<string>> _fields = [];
        private readonly List<string> _afterTitle = [];
        private readonly List<RequirementBuilder> _requirements = [];
        private readonly List<DesignBuilder> _commitments = [];
        private string? _headingRest;
        private string? _planLine;
        private int _section;
        private bool _sawSection1;
        private bool _sawSection3;

        public (InceptionReport Report, ValueList<Finding> Findings) Read()
        {
            var part = Part.None;
            List<string>? target = null;
            var afterLabel = false;
            var form = new PageText.CommentForm(lines, l => TryReadQuestion(l, out _, out _) || Labelled(l, VerifiableLabels, out _));
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var trimmed = line.Trim();
                if (trimmed.Length == 0)
                {
                    target?.Add(line);
                    continue;
                }

                // The comment form under the report ends it; an answer that reads like one of its lines does not.
                if ((_sawSection1 || _sawSection3) && form.StartsAt(i))
                {
                    break;
                }

                var wasLabel = afterLabel;
                afterLabel = false;
                // The header's labels: before the sections, or in section 1 before its first question (a stray section heading above the header).
                var inHeader = _section == 0 || (_section == 1 && _requirements.Count == 0);
                if (_section == 0 && PageText.TitleAfter(trimmed, TitleHeadings) is { } rest)
                {
                    _headingRest ??= rest.Length > 0 ? rest : null;
                    (part, target) = (Part.Title, _afterTitle);
                    continue;
                }

                if (PageText.TryReadSection(trimmed, out var section))
                {
                    _section = section;
                    _sawSection1 |= section == 1;
                    _sawSection3 |= section == 3;
                    (part, target) = (Part.None, null);
                    if (i + 1 < lines.Length && PageText.IsAny(lines[i + 1], SectionTitles))
                    {
                        i++;
                    }

                    continue;
                }

                if (inHeader && !(wasLabel && PageText.IsValueAfterLabel(lines, i)) && PageText.LabelOf(trimmed) is var field and not PageText.Field.None)
                {
                    // A field given twice keeps its first value.
                    target = [];
                    if (!_fields.ContainsKey(field))
                    {
                        _fields[field] = target;
                    }
                    else if (field is PageText.Field.Evaluators or PageText.Field.Email or PageText.Field.Member or PageText.Field.PlanTitle)
                    {
                        _findings.Add(ValidationRules.Finding(ValidationRules.GivenTwiceOnPage, HeaderPath(field), $"The page gives the field \"{trimmed}\" twice; the first is read.", null, i + 1));
                    }
                    part = Part.Field;
                    afterLabel = field != PageText.Field.Overview;
                    continue;
                }

                if (inHeader && PageText.TryReadPlanLine(trimmed, out var plan))
                {
                    _planLine ??= plan;
                    continue;
                }

                switch (_section)
                {
                    case 1:
                        (part, target) = Section1(line, trimmed, part, target);
                        break;
                    case 3:
                        (part, target) = Section3(i, trimmed, part, target);
                        break;
                    case 0:
                        target?.Add(line);
                        break;
                }
            }

            return Build();
        }

        private (Part, List<string>?) Section1(string line, string trimmed, Part part, List<string>? target)
        {
            if (TryReadQuestion(trimmed, out var number, out var question))
            {
                var requirement = new RequirementBuilder { Number = number, Question = question };
                _requirements.Add(requirement);
                return (Part.Answer, requirement.Answer);
            }

            if (_requirements.Count > 0)
            {
                var current = _requirements[_requirements.Count - 1];
                if (PageText.StartsWithAny(trimmed, PageText.ExplanationLabels))
                {
                    current.HasExplanation = true;
                    return (Part.Explanation, current.Explanation);
                }

                if (PageText.StartsWithAny(trimmed, ReferenceLabels))
                {
                    current.HasReferences = true;
                    return (Part.References, current.References);
                }

                if (PageText.StartsWithAny(trimmed, PageText.EvidenceLabels))
                {
                    current.HasEvidence = true;
                    return (Part.Evidence, current.Evidence);
                }
            }

            target?.Add(line);
            return (part, target);
        }

        private (Part, List<string>?) Section3(int index, string trimmed, Part part, List<string>? target)
        {
            var line = lines[index];
            if (TryReadCommitment(trimmed, out var number, out var title) && StartsCommitment(index))
            {
                _commitments.Add(new DesignBuilder { Number = number, Title = title });
                return (Part.None, null);
            }

            if (_commitments.Count == 0)
            {
                return (part, target);
            }

            var current = _commitments[_commitments.Count - 1];
            if (!current.HasVerifiable && Labelled(trimmed, VerifiableLabels, out var inline))
            {
                current.HasVerifiable = true;
                current.Verifiable.Add(inline);
                return (Part.Verifiable, current.Verifiable);
            }

            if (!current.HasRelevant && Labelled(trimmed, RelevantLabels, out inline))
            {
                current.HasRelevant = true;
                current.Relevant.Add(inline);
                return (Part.Relevant, current.Relevant);
            }

            if (part == Part.Relevant && current.Values is null && Labelled(trimmed, ValuesLabels, out inline) && inline.Length > 0)
            {
                current.Values = inline;
                return (part, target);
            }

            if (!current.HasPotential && Labelled(trimmed, PotentialLabels, out inline))
            {
                current.HasPotential = true;
                current.Potential.Add(inline);
                return (Part.Potential, current.Potential);
            }

            if (PageText.StartsWithAny(trimmed, PageText.ExplanationLabels))
            {
                return part switch
                {
                    Part.Verifiable => (Part.VerifiableExplanation, current.VerifiableExplanation),
                    Part.Relevant => (Part.RelevanceExplanation, current.RelevanceExplanation),
                    Part.Potential => (Part.PotentialExplanation, current.PotentialExplanation),
                    _ => (part, target),
                };
            }

            target?.Add(line);
            return (part, target);
        }

        /// <summary>
        /// Whether a line such as <c>Commitment 2: {title}</c> starts a commitment's block: the next line with text is
        /// its <c>Verifiable:</c> label, or the page ends. A line of an explanation that starts the same way does not.
        /// </summary>
        private bool StartsCommitment(int index)
        {
            for (var i = index + 1; i < lines.Length; i++)
            {
                var next = lines[i].Trim();
                if (next.Length > 0)
                {
                    return Labelled(next, VerifiableLabels, out _);
                }
            }

            return true;
        }

        private (InceptionReport, ValueList<Finding>) Build()
        {
            string? Field(PageText.Field field) => _fields.TryGetValue(field, out var block) && PageText.Paragraphs(block) is { Count: > 0 } p ? PageText.RemovePopUps(p[0]) : null;

            var evaluators = Field(PageText.Field.Evaluators) is { } names && names != NotGiven ? PageText.Names(names) : ValueList<string>.Empty;
            var member = Field(PageText.Field.Member);
            var plan = Field(PageText.Field.PlanTitle);
            var labelled = _fields.ContainsKey(PageText.Field.Evaluators) || _fields.ContainsKey(PageText.Field.Member) || _fields.ContainsKey(PageText.Field.PlanTitle);
            var unlabelledLayout = false;
            if (!labelled && PageText.Paragraphs(_afterTitle) is { Count: > 0 } unlabelled)
            {
                unlabelledLayout = true;
                // The layout without labels: evaluators, member and plan title follow the heading, a paragraph each.
                evaluators = PageText.Names(unlabelled[0]);
                member = unlabelled.Count > 1 ? unlabelled[1] : null;
                plan = unlabelled.Count > 2 ? unlabelled[2] : null;
            }

            plan = plan == NotGiven ? null : plan ?? _planLine ?? _headingRest;
            Require(unlabelledLayout || _fields.ContainsKey(PageText.Field.Evaluators), "/evaluators", "The page has no \"Name of Evaluator\" heading.");
            Require(unlabelledLayout || _fields.ContainsKey(PageText.Field.Member), "/memberName", "The page has no \"Member Name\" heading.");
            Require(unlabelledLayout || _fields.ContainsKey(PageText.Field.PlanTitle) || plan is not null, "/actionPlanTitle", "The page has no \"Action Plan Title\" heading.");
            Require(_sawSection1, "/requirements", "The page has no section 1 (compliance with co-creation requirements).");
            Require(_sawSection3, "/commitments", "The page has no section 3 (commitment design).");
            Require(!_sawSection3 || _commitments.Count > 0, "/commitments", "Section 3 of the page has no commitment (a line such as \"Commitment 1: {title}\").");

            var requirements = new List<RequirementAnswer>();
            var keys = new HashSet<string>();
            for (var i = 0; i < _requirements.Count; i++)
            {
                var answer = _requirements[i].Build();
                if (answer.Requirement is { } key)
                {
                    keys.Add(key);
                }

                requirements.Add(answer);
                var path = "/requirements/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Require(_requirements[i].HasExplanation, path + "/explanation", $"Question {answer.Number ?? "?"} has no \"Provide a brief explanation of your answer\" heading.");
                Require(_requirements[i].HasEvidence, path + "/evidence", $"Question {answer.Number ?? "?"} has no \"Provide evidence for your answer\" heading.");
            }

            if (_sawSection1)
            {
                foreach (var question in CoCreationRequirements.InceptionReportQuestions)
                {
                    Require(keys.Contains(question.Key), "/requirements", $"The page has no question {question.Number} (\"{question.Text}\").");
                }
            }

            var commitments = new List<CommitmentDesignAnswer>();
            for (var i = 0; i < _commitments.Count; i++)
            {
                var commitment = _commitments[i];
                var path = "/commitments/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var name = "Commitment " + (commitment.Number ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Require(commitment.HasVerifiable, path + "/verifiable", $"{name} has no \"Verifiable\" heading.");
                Require(commitment.HasRelevant, path + "/relevant", $"{name} has no \"Relevant to OGP values\" heading.");
                Require(commitment.HasPotential, path + "/potentialForResults", $"{name} has no \"Potential for results\" heading.");
                commitments.Add(commitment.Build());
            }

            var report = new InceptionReport
            {
                Evaluators = evaluators,
                EvaluatorEmail = Field(PageText.Field.Email),
                MemberName = member,
                ActionPlanTitle = plan,
                Requirements = ValueList.CreateRange(requirements),
                Commitments = ValueList.CreateRange(commitments),
            };
            return (report, ValueList.CreateRange(_findings));
        }

        private void Require(bool found, string path, string message)
        {
            if (!found)
            {
                _findings.Add(ValidationRules.Finding(ValidationRules.NotFoundOnPage, path, message));
            }
        }

        private static string HeaderPath(PageText.Field field) => field switch
        {
            PageText.Field.Evaluators => "/evaluators",
            PageText.Field.Email => "/evaluatorEmail",
            PageText.Field.Member => "/memberName",
            _ => "/actionPlanTitle",
        };

        /// <summary>A question of section 1: a number such as <c>1.1</c> (or <c>Question:</c>) and a text that ends with a question mark.</summary>
        private static bool TryReadQuestion(string line, out string? number, out string question)
        {
            number = null;
            question = string.Empty;
            foreach (var prefix in QuestionPrefixes)
            {
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    question = line.Substring(prefix.Length).Trim();
                    return question.Length > 1 && question[question.Length - 1] == '?';
                }
            }

            var end = 0;
            while (end < line.Length && (char.IsDigit(line[end]) || (line[end] == '.' && end > 0 && end + 1 < line.Length && char.IsDigit(line[end + 1]))))
            {
                end++;
            }

            if (end == 0 || end >= line.Length)
            {
                return false;
            }

            var rest = line.Substring(end).TrimStart('.', ' ', '–', '—', '-', '\t');
            if (rest.Length == 0 || rest[rest.Length - 1] != '?' || end == line.Length || (line[end] != ' ' && line[end] != '.' && line[end] != '\t'))
            {
                return false;
            }

            number = line.Substring(0, end);
            question = rest;
            return true;
        }

        /// <summary>A commitment line of section 3: <c>Commitment 1: {title}</c>, number and title each optional.</summary>
        private static bool TryReadCommitment(string line, out string? number, out string? title)
        {
            number = null;
            title = null;
            foreach (var word in CommitmentWords)
            {
                if (!line.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var colon = line.IndexOf(':', word.Length);
                if (colon < 0)
                {
                    return false;
                }

                var between = line.Substring(word.Length, colon - word.Length).Trim();
                if (between.Split(' ').Length > 1 || (between.Length > 0 && line[word.Length] != ' '))
                {
                    return false;
                }

                number = between.Length > 0 ? between : null;
                var after = line.Substring(colon + 1).Trim();
                title = after.Length > 0 ? after : null;
                return true;
            }

            return false;
        }

        private static bool Labelled(string line, string[] labels, out string inline)
        {
            foreach (var label in labels)
            {
                if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    var rest = line.Substring(label.Length).TrimStart();
                    if (rest.Length > 0 && rest[0] == ':')
                    {
                        inline = rest.Substring(1).Trim();
                        return true;
                    }
                }
            }

            inline = string.Empty;
            return false;
        }
    }

    private sealed class RequirementBuilder
    {
        public string? Number { get; init; }

        public string Question { get; init; } = string.Empty;

        public List<string> Answer { get; } = [];

        public List<string> Explanation { get; } = [];

        public List<string> References { get; } = [];

        public List<string> Evidence { get; } = [];

        public bool HasExplanation { get; set; }

        public bool HasReferences { get; set; }

        public bool HasEvidence { get; set; }

        public RequirementAnswer Build()
        {
            var matched = CoCreationRequirements.TryMatch(Question, out var requirement);
            return new RequirementAnswer
            {
                Requirement = matched ? requirement.Key : null,
                Number = Number,
                Question = matched && Question == requirement.Text ? null : Question,
                Status = Codelist<RequirementStatus>.Default.Read(PageText.Text(Answer)),
                Explanation = PageText.Text(Explanation),
                References = PageText.Text(References),
                Evidence = PageText.Evidence(Evidence, EvidenceSeparator),
            };
        }
    }

    private sealed class DesignBuilder
    {
        public string? Number { get; init; }

        public string? Title { get; init; }

        public bool HasVerifiable { get; set; }

        public bool HasRelevant { get; set; }

        public bool HasPotential { get; set; }

        public List<string> Verifiable { get; } = [];

        public List<string> VerifiableExplanation { get; } = [];

        public List<string> Relevant { get; } = [];

        public List<string> RelevanceExplanation { get; } = [];

        public string? Values { get; set; }

        public List<string> Potential { get; } = [];

        public List<string> PotentialExplanation { get; } = [];

        public CommitmentDesignAnswer Build()
        {
            var values = new List<Recorded<OgpValue>>();
            if (Values is not null)
            {
                foreach (var value in Values.Split(','))
                {
                    if (value.Trim().Length > 0)
                    {
                        values.Add(Codelist<OgpValue>.Default.Read(value.Trim()));
                    }
                }
            }

            return new CommitmentDesignAnswer
            {
                Number = Number,
                Title = Title,
                Verifiable = Codelist<Verifiability>.Default.Read(PageText.Text(Verifiable)),
                VerifiableExplanation = PageText.Text(VerifiableExplanation),
                Relevant = YesNo(PageText.Text(Relevant)),
                Values = ValueList.CreateRange(values),
                RelevanceExplanation = PageText.Text(RelevanceExplanation),
                PotentialForResults = Codelist<PotentialForResults>.Default.Read(PageText.Text(Potential)),
                PotentialForResultsExplanation = PageText.Text(PotentialExplanation),
            };
        }
    }
}
