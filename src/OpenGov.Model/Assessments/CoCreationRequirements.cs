using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// The catalogue of minimum requirements of the co-creation process: OGP Local's four confirmed
/// questions of the Inception Report and the further items its form points to, and the national
/// standards' requirements the IRM reviews. Answers refer to a requirement by its key, so an answer to a
/// question the catalogue does not know yet is kept with its number and text.
/// </summary>
public static class CoCreationRequirements
{
    /// <summary>OGP Local, question 1.1: does a forum exist?</summary>
    public static CoCreationRequirement Forum { get; } = Local("forum", "1.1", "Does a forum exist?", "¿Existe un foro?", "Existe-t-il un forum ?", "Existe um fórum?");

    /// <summary>OGP Local, question 1.2: is the forum multi-stakeholder?</summary>
    public static CoCreationRequirement MultiStakeholderForum { get; } = Local("multi-stakeholder-forum", "1.2", "Is the forum multi-stakeholder?", "¿Es el foro multiactor?", "Le forum est-il multipartite ?", "O fórum é multissetorial?");

    /// <summary>OGP Local, question 1.3: does the forum meet civil society and non-governmental stakeholders during co-creation?</summary>
    public static CoCreationRequirement ForumMeetings { get; } = Local(
        "forum-meetings",
        "1.3",
        "Does the forum hold at least one meeting with civil society and non-governmental stakeholders during the co-creation of the action plan?",
        "¿Realiza el foro al menos una reunión con la sociedad civil y actores no gubernamentales durante la co-creación del plan de acción?");

    /// <summary>OGP Local, question 1.4: have the forum's stakeholders endorsed the action plan?</summary>
    public static CoCreationRequirement Endorsement { get; } = Local(
        "endorsement",
        "1.4",
        "Has the action plan been endorsed by the stakeholders of the forum or steering committee/group?",
        "¿Ha sido el plan de acción respaldado por los actores del foro o comité/grupo coordinador?");

    /// <summary>OGP Local: an OGP Local website or webpage, online without barriers and updated at least every four months (a further item the form points to).</summary>
    public static CoCreationRequirement Website { get; } = Local("website", null, "Is there an OGP Local website or webpage, online without barriers and updated at least every four months?");

    /// <summary>OGP Local: relevant information shared with stakeholders before meetings (a further item the form points to).</summary>
    public static CoCreationRequirement InformationBeforeMeetings { get; } = Local("information-before-meetings", null, "Was relevant information shared with stakeholders before the forum's meetings?");

    /// <summary>National: a space for ongoing dialogue between government and civil society that meets at least every six months, with public rules.</summary>
    public static CoCreationRequirement DialogueSpace { get; } = National("dialogue-space", "Is there a space for ongoing dialogue between government and civil society that meets at least every six months, with public rules?");

    /// <summary>National: a public OGP website.</summary>
    public static CoCreationRequirement OgpWebsite { get; } = National("ogp-website", "Is there a public OGP website or webpage?");

    /// <summary>National: a public document repository updated at least twice a year.</summary>
    public static CoCreationRequirement DocumentRepository { get; } = National("document-repository", "Is there a public repository of documents, updated at least twice a year?");

    /// <summary>National: the government reported back on how the public's input was used.</summary>
    public static CoCreationRequirement ReasonedResponse { get; } = National("reasoned-response", "Did the government report back on how the public's input was used?");

    /// <summary>Gets OGP Local's requirements: the four questions of the Inception Report's section 1, in order, then the further items.</summary>
    public static IReadOnlyList<CoCreationRequirement> LocalRequirements { get; } = [Forum, MultiStakeholderForum, ForumMeetings, Endorsement, Website, InformationBeforeMeetings];

    /// <summary>Gets the questions the OGP Local Inception Report form asks in section 1 (1.1 to 1.4): a report that omits one is incomplete.</summary>
    public static IReadOnlyList<CoCreationRequirement> InceptionReportQuestions { get; } = [Forum, MultiStakeholderForum, ForumMeetings, Endorsement];

    /// <summary>Gets the national standards' minimum requirements the IRM reviews.</summary>
    public static IReadOnlyList<CoCreationRequirement> NationalRequirements { get; } = [DialogueSpace, OgpWebsite, DocumentRepository, ReasonedResponse];

    /// <summary>Gets every requirement of the catalogue.</summary>
    public static IReadOnlyList<CoCreationRequirement> All { get; } = [.. LocalRequirements, .. NationalRequirements];

    /// <summary>Gets the requirement with <paramref name="key"/>, if the catalogue has it.</summary>
    /// <param name="key">A key such as <c>forum</c>; case does not matter.</param>
    /// <param name="requirement">The requirement.</param>
    /// <returns><see langword="true"/> when the catalogue has the key.</returns>
    public static bool TryGet(string? key, out CoCreationRequirement requirement)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                requirement = candidate;
                return true;
            }
        }

        requirement = null!;
        return false;
    }

    /// <summary>Finds the requirement a question's text asks, in any language the catalogue knows; punctuation, case and spacing do not matter.</summary>
    /// <param name="question">The question as written, without its number.</param>
    /// <param name="requirement">The requirement.</param>
    /// <returns><see langword="true"/> when a requirement's question matches.</returns>
    public static bool TryMatch(string? question, out CoCreationRequirement requirement)
    {
        if (question is not null)
        {
            var key = Normalize(question);
            foreach (var candidate in All)
            {
                if (Normalize(candidate.Text) == key)
                {
                    requirement = candidate;
                    return true;
                }

                foreach (var translation in candidate.Translations)
                {
                    if (Normalize(translation) == key)
                    {
                        requirement = candidate;
                        return true;
                    }
                }
            }
        }

        requirement = null!;
        return false;
    }

    private static string Normalize(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    private static CoCreationRequirement Local(string key, string? number, string text, params string[] translations) =>
        new(key, number, text, RequirementProgram.Local, ValueList.Create(translations));

    private static CoCreationRequirement National(string key, string text) =>
        new(key, null, text, RequirementProgram.National, ValueList<string>.Empty);
}
