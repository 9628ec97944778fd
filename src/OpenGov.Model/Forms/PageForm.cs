using System;

namespace OpenGov.Model;

/// <summary>What starts an item of a section: a question of the form, a numbered question, or a commitment's block.</summary>
internal enum ItemKind
{
    /// <summary>A question of the End of Commitment Report, told by its number and wording.</summary>
    Question,

    /// <summary>A question with any number (or <c>Question:</c>) whose text ends with a question mark.</summary>
    NumberedQuestion,

    /// <summary>A commitment's block: <c>Commitment 1: {title}</c>.</summary>
    Commitment,
}

/// <summary>A section of a form: what starts its items and which labelled parts an item has.</summary>
/// <param name="Number">The section's number; 0 for items read in any section.</param>
/// <param name="Items">What starts an item.</param>
/// <param name="Parts">The labelled parts of an item.</param>
/// <param name="PartsOnce">Whether a part's label, given twice in an item, is read once (the second is text).</param>
/// <param name="ExplanationFollowsPart">Whether an explanation belongs to the labelled part before it rather than to the item.</param>
/// <param name="StartNeedsNext">A part whose label must follow an item's start for it to start an item; <see cref="PagePart.None"/> for none.</param>
internal sealed record SectionForm(int Number, ItemKind Items, PagePart[] Parts, bool PartsOnce = false, bool ExplanationFollowsPart = false, PagePart StartNeedsNext = PagePart.None);

/// <summary>
/// A kind of report page as data: its header fields in the order an unlabelled page gives them, its sections, what
/// starts their items and which parts an item has. The engine that reads pages (<c>PageAssembler</c>) and the
/// writers of pages follow it; the words come from a <see cref="PageVocabulary"/>.
/// </summary>
internal sealed class PageForm
{
    private PageForm(PageKind kind, PageField[] header, SectionForm[] sections, int? headerEndsAtSection)
    {
        Kind = kind;
        Header = header;
        Sections = sections;
        HeaderEndsAtSection = headerEndsAtSection;
    }

    /// <summary>Gets the End of Commitment Report's form.</summary>
    public static PageForm EndOfCommitment { get; } = new(
        PageKind.EndOfCommitment,
        [PageField.Evaluators, PageField.Member, PageField.PlanTitle, PageField.CommitmentTitle, PageField.Objective, PageField.Problem],
        [new SectionForm(0, ItemKind.Question, [PagePart.Explanation, PagePart.Evidence, PagePart.Degree, PagePart.Impact])],
        null);

    /// <summary>Gets the Inception Report's form.</summary>
    public static PageForm Inception { get; } = new(
        PageKind.Inception,
        [PageField.Evaluators, PageField.Member, PageField.PlanTitle],
        [
            new SectionForm(1, ItemKind.NumberedQuestion, [PagePart.Explanation, PagePart.References, PagePart.Evidence]),
            new SectionForm(3, ItemKind.Commitment, [PagePart.Verifiable, PagePart.Relevant, PagePart.Values, PagePart.Potential, PagePart.Explanation], PartsOnce: true, ExplanationFollowsPart: true, StartNeedsNext: PagePart.Verifiable),
        ],
        2);

    /// <summary>Gets the kind of page.</summary>
    public PageKind Kind { get; }

    /// <summary>Gets the header fields in the order a page without labels gives them.</summary>
    public PageField[] Header { get; }

    /// <summary>Gets the sections whose items the page has.</summary>
    public SectionForm[] Sections { get; }

    /// <summary>Gets the first section number from which header labels are no longer read; null when only the first item ends the header.</summary>
    public int? HeaderEndsAtSection { get; }

    /// <summary>Gets the form of the items in a section; null when the form reads nothing there.</summary>
    public SectionForm? SectionOf(int section)
    {
        foreach (var form in Sections)
        {
            if (form.Number == 0 || form.Number == section)
            {
                return form;
            }
        }

        return null;
    }
}

/// <summary>
/// One field of a report, described once: where it lives in the JSON document and the page's label or question for
/// it in each language. The page readers and writers and validation name a field through this.
/// </summary>
/// <param name="Path">The JSON pointer of the field in a report.</param>
/// <param name="Field">The header field of the page; <see cref="PageField.None"/> for a question's part.</param>
/// <param name="Question">The question the field answers; null for a header field.</param>
internal sealed record FormField(string Path, PageField Field, ReportQuestion? Question = null)
{
    /// <summary>Gets the label or wording of the field in a language.</summary>
    public string Label(PageVocabulary language) => Question is { } question ? language.Questions[question] : language.Label(Field);

    /// <summary>Gets the question or field a finding about this field names, in English.</summary>
    public Validation.FormQuestion FormQuestion => Question is { } question ? Validation.FormQuestion.Of(question) : Validation.FormQuestion.Field(Label(PageVocabulary.Default));
}

/// <summary>The fields of the report pages, each described once (<see cref="FormField"/>).</summary>
internal static class FormFields
{
    public static FormField Evaluators { get; } = new("/evaluators", PageField.Evaluators);

    public static FormField Email { get; } = new("/evaluatorEmail", PageField.Email);

    public static FormField Member { get; } = new("/memberName", PageField.Member);

    public static FormField PlanTitle { get; } = new("/actionPlanTitle", PageField.PlanTitle);

    public static FormField CommitmentTitle { get; } = new("/commitment/title", PageField.CommitmentTitle);

    public static FormField Objective { get; } = new("/commitment/objective", PageField.Objective);

    public static FormField Problem { get; } = new("/commitment/problem", PageField.Problem);

    /// <summary>Gets the field of a page's header field.</summary>
    public static FormField Of(PageField field) => field switch
    {
        PageField.Evaluators => Evaluators,
        PageField.Email => Email,
        PageField.Member => Member,
        PageField.PlanTitle => PlanTitle,
        PageField.CommitmentTitle => CommitmentTitle,
        PageField.Objective => Objective,
        PageField.Problem => Problem,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Gets the field of an End of Commitment Report question: where its answer lives.</summary>
    public static FormField Of(ReportQuestion question) =>
        (int)question >= 0 && (int)question < Questions.Length ? Questions[(int)question] : throw new ArgumentOutOfRangeException(nameof(question), question, null);

    private static readonly FormField[] Questions =
    [
        new("/completion", PageField.None, ReportQuestion.OverallProgress),
        new("/implementationFactors", PageField.None, ReportQuestion.ImplementationFactors),
        new("/implementedAsPlanned", PageField.None, ReportQuestion.ImplementedAsPlanned),
        new("/accessToInformation", PageField.None, ReportQuestion.AccessToInformation),
        new("/civicParticipation", PageField.None, ReportQuestion.CivicParticipation),
        new("/publicAccountability", PageField.None, ReportQuestion.PublicAccountability),
        new("/problemAddressed", PageField.None, ReportQuestion.ProblemAddressed),
        new("/lessons", PageField.None, ReportQuestion.Lessons),
    ];
}
