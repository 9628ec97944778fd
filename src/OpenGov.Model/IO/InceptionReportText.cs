using System;
using System.Collections.Generic;
using System.Globalization;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>
/// Reads an OGP Local Inception Report from the text of its page, in any of its layouts (labelled or not, values one
/// per line, a browser's copy with glossary pop-ups; English, Spanish, French or Portuguese; cut short anywhere), and
/// writes a report back as such a page in any of those languages: reading what <see cref="Render(InceptionReport, string)"/>
/// writes gives the report back. Pages are read through <see cref="OgpReader"/>.
/// </summary>
/// <remarks>
/// <para>Section 1 is read question by question: a line <c>1.1 Does a forum exist?</c> (any number, or
/// <c>Question:</c> for one without) starts a requirement, followed by its answer (<c>Yes</c>, <c>No</c>, in the
/// page's language), <c>Provide a brief explanation of your answer:</c>, <c>Provide references here (e.g.
/// interviews):</c> and <c>Provide evidence for your answer:</c> (a piece of evidence per line,
/// <c>reference — description</c>). Section 3 has a block per commitment, <c>Commitment 1: {title}</c>, with
/// <c>Verifiable:</c>, <c>Relevant to OGP values:</c>, <c>Values: …</c> and <c>Potential for results:</c>, each
/// followed by its explanation. A question worded as the catalogue words it in the page's language is read as the
/// requirement alone (<see cref="RequirementAnswer.Question"/> stays empty); other wording is kept.</para>
/// <para>Reading never throws; a part not found gives a finding (<c>OGP510</c>), a member told from the action plan's
/// title <c>OGP513</c>, a text with nothing of the form <c>OGP512</c>. A question ends with a question mark and is one
/// line; a title is one line; an explanation is read up to the next label, so a line of it that is the next label of
/// the form (<c>Potential for results:</c> after a relevance explanation) starts that label. A section other than 1
/// and 3 is not read.</para>
/// <para>The site's comment form ends the report only after its last question, section heading and commitment's
/// <c>Verifiable:</c> label, at a line of the form (<c>No comments yet</c>, <c>Leave a Reply</c>, <c>Your email
/// address will not be published…</c>, <c>Post Comment</c>, …) that a line the form prints after it follows, or that
/// ends the page: an answer, explanation or reference that reads like a line of the form and is followed by other
/// text, by itself or by the form (the renderer writes it under such a line) is kept, but two lines of the form
/// in the form's order there (<c>Leave a Reply</c>, then <c>Post Comment</c>) read as the form, and the report ends
/// before them. Reading takes time linear in the page.</para>
/// </remarks>
public static class InceptionReportText
{
    private const string EvidenceSeparator = " — ";

    /// <summary>What names an Inception Report without its heading: section 1's titles and the first question, in every language.</summary>
    private static readonly string[] Markers = MarkersOf();

    private static string[] MarkersOf()
    {
        var markers = new List<string> { CoCreationRequirements.Forum.Text.TrimEnd('?', ' ') };
        foreach (var translation in CoCreationRequirements.Forum.Translations)
        {
            markers.Add(translation.TrimStart('¿').TrimEnd('?', ' '));
        }

        foreach (var vocabulary in PageVocabulary.All)
        {
            markers.AddRange(vocabulary.SectionTitles[(PageKind.Inception, 1)]);
        }

        return [.. markers];
    }

    /// <summary>
    /// Gets whether text looks like an Inception Report page: the heading that starts a line first is the
    /// Inception Report's (in one of its languages), or, with no heading at a line's start, the text names the
    /// report or asks its co-creation questions and does not name an End of Commitment Report.
    /// </summary>
    internal static bool LooksLikePage(string text)
    {
        var named = PageAssembler.Lexer.HasHeading(text, PageKind.Inception);
        if (!named && !Array.Exists(Markers, text.ContainsIgnoreCase))
        {
            return false;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (PageAssembler.Lexer.Heading(line, PageKind.Inception, out _, out _))
            {
                return true;
            }

            if (PageAssembler.Lexer.Heading(line, PageKind.EndOfCommitment, out _, out _))
            {
                return false;
            }
        }

        return !PageAssembler.Lexer.HasHeading(text, PageKind.EndOfCommitment);
    }

    /// <summary>Writes a report in the layout of its page, in English.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The page's text.</returns>
    public static string Render(InceptionReport report) => Render(report, PageVocabulary.Default);

    /// <summary>Writes a report in the layout of its page, in a language: English, Spanish, French or Portuguese.</summary>
    /// <remarks>
    /// Reading the page gives the report back as far as a page can carry it (see the remarks of the class): a line of
    /// an explanation that is the next label of the form starts that label, and two lines of the comment form in the
    /// form's order after the last commitment's <c>Verifiable:</c> label end the report there. When the page's last
    /// line reads like a line of the comment form, the form's first lines (<c>No comments yet</c>, <c>Leave a
    /// Reply</c>) are written under it, as the site prints them, so that it reads back as the report's. A requirement's
    /// question is written in the language when the answer keeps no wording of its own.
    /// </remarks>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of the page, as a language tag: <c>en</c>, <c>es</c>, <c>fr</c> or <c>pt</c>, with or without a region (<c>es-MX</c>).</param>
    /// <returns>The page's text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language the page is published in.</exception>
    public static string Render(InceptionReport report, string language)
    {
        return Render(report, PageVocabulary.Of(language));
    }

    private static string Render(InceptionReport report, PageVocabulary language)
    {
        ArgumentNullException.ThrowIfNull(report);

        var page = new PageWriter(language);
        page.Heading(PageKind.Inception, report.ActionPlanTitle is { Length: > 0 } plan ? PageText.FirstLine(plan) : null);
        page.Field(PageField.Evaluators, report.Evaluators.Count == 0 ? null : string.Join(", ", report.Evaluators));
        if (report.EvaluatorEmail is not null)
        {
            page.Field(PageField.Email, report.EvaluatorEmail);
        }

        page.Field(PageField.Member, report.MemberName);
        page.Field(PageField.PlanTitle, report.ActionPlanTitle);

        page.Section(PageKind.Inception, 1);
        foreach (var answer in report.Requirements)
        {
            var question = answer.Question ?? (answer.TryGetRequirement(out var requirement) ? Wording(requirement, language) : language.NotGiven);
            page.Line(answer.Number is { Length: > 0 } number ? number + " " + question : language.QuestionPrefixes[0] + " " + question);
            page.Line();
            page.Block(Status(answer.Status, language));
            page.Part(PagePart.Explanation, answer.Explanation);
            page.Part(PagePart.References, answer.References);
            page.Evidence(answer.Evidence);
        }

        page.Section(PageKind.Inception, 3);
        foreach (var commitment in report.Commitments)
        {
            page.Line($"{language.CommitmentWords[0]}{(commitment.Number is { Length: > 0 } n ? " " + n : string.Empty)}:{(commitment.Title is { Length: > 0 } t ? " " + t : string.Empty)}");
            page.Line();
            page.Line(language.Part(PagePart.Verifiable) + ":");
            page.Line();
            page.Block(PageText.Choice(commitment.Verifiable, language));
            page.Part(PagePart.Explanation, commitment.VerifiableExplanation);
            page.Line(language.Part(PagePart.Relevant) + ":");
            page.Line();
            page.Block(PageText.Choice(commitment.Relevant.Select(relevant => relevant ? Verifiability.Verifiable : Verifiability.NotVerifiable), language));
            if (commitment.Values.Count > 0)
            {
                var values = new List<string>();
                foreach (var value in commitment.Values)
                {
                    values.Add(PageText.Choice(value, language) ?? string.Empty);
                }

                page.Line(language.Part(PagePart.Values) + ": " + string.Join(", ", values));
                page.Line();
            }

            page.Part(PagePart.Explanation, commitment.RelevanceExplanation);
            page.Line(language.Part(PagePart.Potential) + ":");
            page.Line();
            page.Block(PageText.Choice(commitment.PotentialForResults, language));
            page.Part(PagePart.Explanation, commitment.PotentialForResultsExplanation);
        }

        return page.End();
    }

    /// <summary>How a page answers a requirement: yes or no in its language, or the status's label.</summary>
    private static string? Status(Recorded<RequirementStatus> status, PageVocabulary language) =>
        status.TryGetValue(out var value) && value != RequirementStatus.NotAssessed
            ? PageText.Choice(Recorded<Verifiability>.Of(value == RequirementStatus.Met ? Verifiability.Verifiable : Verifiability.NotVerifiable), language)
            : PageText.Choice(status, language);

    /// <summary>A requirement's question in a language: the catalogue's translation (Spanish, French, Portuguese in that order), or its English text.</summary>
    private static string Wording(CoCreationRequirement requirement, PageVocabulary language)
    {
        return language.LabelLanguage is { } index && index < requirement.Translations.Count ? requirement.Translations[index] : requirement.Text;
    }

    /// <summary>Reads the text of an Inception Report page: the report, and what could not be found (<c>OGP510</c>). Never throws on text.</summary>
    /// <param name="text">The page as text.</param>
    internal static (InceptionReport Report, ValueList<Finding> Findings) Read(string text)
    {
        var page = PageAssembler.Read(text, PageForm.Inception);
        var findings = new List<Finding>(page.Findings);
        // A finding names the field or question it is about as the page words it.
        var language = page.Language ?? PageVocabulary.Default;
        void Require(bool found, string path, string message, string? number = null, string? question = null)
        {
            if (!found)
            {
                findings.Add(ValidationRules.Finding(ValidationRules.NotFoundOnPage, path, message) with { QuestionNumber = number, Question = question });
            }
        }

        foreach (var field in (ReadOnlySpan<FormField>)[FormFields.Evaluators, FormFields.Member, FormFields.PlanTitle])
        {
            Require(page.Found.Contains(field.Field), field.Path, $"The page has no \"{field.Label(PageVocabulary.Default)}\" heading.", question: field.Label(language));
        }
        Require(page.Sections.Contains(1), "/requirements", "The page has no section 1 (compliance with co-creation requirements).");
        Require(page.Sections.Contains(3), "/commitments", "The page has no section 3 (commitment design).");

        var requirements = new List<RequirementAnswer>();
        var commitments = new List<CommitmentDesignAnswer>();
        var keys = new HashSet<string>();
        foreach (var item in page.Items)
        {
            if (item.Kind == ItemKind.NumberedQuestion)
            {
                var answer = Requirement(item, page.Language ?? PageVocabulary.Default);
                if (answer.Requirement is { } key)
                {
                    keys.Add(key);
                }

                var path = "/requirements/" + requirements.Count.ToString(CultureInfo.InvariantCulture);
                Require(item.Parts.ContainsKey(PagePart.Explanation), path + "/explanation", $"Question {answer.Number ?? "?"} has no \"Provide a brief explanation of your answer\" heading.", answer.Number, item.Text);
                Require(item.Parts.ContainsKey(PagePart.Evidence), path + "/evidence", $"Question {answer.Number ?? "?"} has no \"Provide evidence for your answer\" heading.", answer.Number, item.Text);
                requirements.Add(answer);
            }
            else
            {
                var path = "/commitments/" + commitments.Count.ToString(CultureInfo.InvariantCulture);
                var name = "Commitment " + (item.Number ?? (commitments.Count + 1).ToString(CultureInfo.InvariantCulture));
                Require(item.Parts.ContainsKey(PagePart.Verifiable), path + "/verifiable", $"{name} has no \"Verifiable\" heading.", question: name + " · " + language.Part(PagePart.Verifiable));
                Require(item.Parts.ContainsKey(PagePart.Relevant), path + "/relevant", $"{name} has no \"Relevant to OGP values\" heading.", question: name + " · " + language.Part(PagePart.Relevant));
                Require(item.Parts.ContainsKey(PagePart.Potential), path + "/potentialForResults", $"{name} has no \"Potential for results\" heading.", question: name + " · " + language.Part(PagePart.Potential));
                commitments.Add(Design(item));
            }
        }

        Require(!page.Sections.Contains(3) || commitments.Count > 0, "/commitments", "Section 3 of the page has no commitment (a line such as \"Commitment 1: {title}\").");
        if (page.Sections.Contains(1))
        {
            foreach (var question in CoCreationRequirements.InceptionReportQuestions)
            {
                Require(keys.Contains(question.Key), "/requirements", $"The page has no question {question.Number} (\"{question.Text}\").", question.Number, Wording(question, language));
            }
        }

        var report = new InceptionReport
        {
            Evaluators = page.Header.TryGetValue(PageField.Evaluators, out var names) ? PageText.Names(names) : ValueList<string>.Empty,
            EvaluatorEmail = page.Header.TryGetValue(PageField.Email, out var email) ? email : null,
            MemberName = page.Header.TryGetValue(PageField.Member, out var member) ? member : null,
            ActionPlanTitle = page.Header.TryGetValue(PageField.PlanTitle, out var plan) ? plan : null,
            Requirements = ValueList.CreateRange(requirements),
            Commitments = ValueList.CreateRange(commitments),
        };
        return (report, ValueList.CreateRange(findings));
    }

    private static string? Text(PagePartText? part) => part is null ? null : PageText.Text(part.Lines);

    private static RequirementAnswer Requirement(PageItem item, PageVocabulary language)
    {
        var question = item.Text ?? string.Empty;
        var matched = CoCreationRequirements.TryMatch(question, out var requirement);
        return new RequirementAnswer
        {
            Requirement = matched ? requirement.Key : null,
            Number = item.Number,
            Question = matched && question == Wording(requirement, language) ? null : question,
            Status = Codelist<RequirementStatus>.Default.Read(PageText.Text(item.Body)),
            Explanation = Text(item.Part(PagePart.Explanation)),
            References = Text(item.Part(PagePart.References)),
            Evidence = item.Part(PagePart.Evidence) is { } evidence ? PageText.Evidence(evidence.Lines, EvidenceSeparator) : ValueList<Evidence>.Empty,
        };
    }

    private static CommitmentDesignAnswer Design(PageItem item)
    {
        var values = new List<Recorded<OgpValue>>();
        if (item.Part(PagePart.Values)?.Inline is { } list)
        {
            foreach (var value in list.Split(','))
            {
                if (value.Trim().Length > 0)
                {
                    values.Add(Codelist<OgpValue>.Default.Read(value.Trim()));
                }
            }
        }

        static string? Explanation(PagePartText? part) => part is null ? null : PageText.Text(part.Explanation);

        var verifiable = item.Part(PagePart.Verifiable);
        var relevant = item.Part(PagePart.Relevant);
        var potential = item.Part(PagePart.Potential);
        return new CommitmentDesignAnswer
        {
            Number = item.Number,
            Title = item.Text,
            Verifiable = Codelist<Verifiability>.Default.Read(Text(verifiable)),
            VerifiableExplanation = Explanation(verifiable),
            Relevant = Codelist<Verifiability>.Default.Read(Text(relevant)).Select(v => v == Verifiability.Verifiable),
            Values = ValueList.CreateRange(values),
            RelevanceExplanation = Explanation(relevant),
            PotentialForResults = Codelist<PotentialForResults>.Default.Read(Text(potential)),
            PotentialForResultsExplanation = Explanation(potential),
        };
    }
}
