using System;
using System.Collections.Generic;
using OpenGov.Model.Validation;

namespace OpenGov.Model;

/// <summary>A labelled part of an item on a page: its lines, the text after its label, and the explanation that follows it.</summary>
internal sealed class PagePartText
{
    /// <summary>Gets the line of the part's label (from 0).</summary>
    public int Line { get; init; }

    /// <summary>Gets the lines under the label, the text after the label first when there is one.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Gets or sets the text on the label's line after the label.</summary>
    public string? Inline { get; set; }

    /// <summary>Gets the explanation under the part, for a form whose explanations follow a part.</summary>
    public List<string> Explanation { get; } = [];

    /// <summary>Gets or sets whether the part has an explanation's label.</summary>
    public bool HasExplanation { get; set; }
}

/// <summary>An item of a page: a question or a commitment's block, the text under it, and its labelled parts.</summary>
internal sealed class PageItem
{
    /// <summary>Gets what started the item.</summary>
    public ItemKind Kind { get; init; }

    /// <summary>Gets the question, for an End of Commitment Report's question.</summary>
    public ReportQuestion Question { get; init; }

    /// <summary>Gets the number on the page, if any.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the question's wording or the commitment's title on the page, if any.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the line that started the item (from 0).</summary>
    public int Line { get; init; }

    /// <summary>Gets the lines under the item's start, before its first part.</summary>
    public List<string> Body { get; } = [];

    /// <summary>Gets the item's parts by label; a label given again replaces the part, unless the form reads it once.</summary>
    public Dictionary<PagePart, PagePartText> Parts { get; } = [];

    /// <summary>Gets a part, or null.</summary>
    public PagePartText? Part(PagePart part) => Parts.TryGetValue(part, out var text) ? text : null;
}

/// <summary>
/// What a page holds once read against a form (<see cref="PageAssembler"/>): the header's fields, however the page
/// gave them, the items of its sections, the language most of its words are in, and what could not be read.
/// </summary>
internal sealed class PageContent
{
    /// <summary>Gets the header's values by field (a list of evaluators as written).</summary>
    public Dictionary<PageField, string> Header { get; } = [];

    /// <summary>Gets the header fields the page gives, labelled or in the place an unlabelled page gives them.</summary>
    public HashSet<PageField> Found { get; } = [];

    /// <summary>Gets or sets the text after the page's heading (<c>End of Commitment Report – {title}</c>).</summary>
    public string? HeadingText { get; set; }

    /// <summary>Gets the items, in the order of the page.</summary>
    public List<PageItem> Items { get; } = [];

    /// <summary>Gets the numbers of the section headings on the page.</summary>
    public HashSet<int> Sections { get; } = [];

    /// <summary>Gets or sets the language of the page: the one most of its headings, labels and questions are in; null when none is.</summary>
    public PageVocabulary? Language { get; set; }

    /// <summary>Gets what the page gives twice, what was told from other fields, and a page of no known form.</summary>
    public List<Finding> Findings { get; } = [];
}

/// <summary>
/// The one engine of the report pages: a lexer that tells what a line of a page is (a heading, a header label, a
/// section, a question, a part's label, a commitment's block) in any language of <see cref="PageVocabulary.All"/>,
/// and an assembler that follows a <see cref="PageForm"/> to gather the lines between them into a
/// <see cref="PageContent"/>. Header values are read labelled or not, in blocks or one per line; the member is told
/// from the action plan's title when no label gives it. Reading takes time linear in the page and never throws.
/// </summary>
internal static class PageAssembler
{
    /// <summary>Reads a page against a form.</summary>
    public static PageContent Read(string text, PageForm form) => new Assembly(PageText.Lines(text), form).Run();

    private sealed class Assembly(string[] lines, PageForm form)
    {
        private readonly PageContent _content = new();
        private readonly Dictionary<PageVocabulary, int> _tally = [];
        private readonly List<(PageField Field, List<string> Block, int Line)> _labels = [];
        private readonly List<string> _headerLines = [];
        private List<string>? _afterTitle;
        private string? _planLine;
        private bool _recognized;

        public PageContent Run()
        {
            var section = 0;
            PageItem? item = null;
            var part = PagePart.None;
            List<string>? target = null;
            var afterLabel = false;
            var commentForm = new PageText.CommentForm(lines, IsReportLine);
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
                if ((_content.Sections.Count > 0 || _content.Items.Count > 0) && commentForm.StartsAt(i))
                {
                    break;
                }

                var wasLabel = afterLabel;
                afterLabel = false;
                var inHeader = _content.Items.Count == 0 && (form.HeaderEndsAtSection is not { } end || section < end);
                if (inHeader)
                {
                    _headerLines.Add(trimmed);
                }

                if (inHeader && (section == 0 || form.HeaderEndsAtSection is null) && Lexer.Heading(trimmed, form.Kind, out var rest, out var language))
                {
                    Count(language);
                    if (_afterTitle is null)
                    {
                        _content.HeadingText = rest.Length > 0 ? rest : null;
                        target = _afterTitle = [];
                    }
                    else
                    {
                        target = null;
                    }

                    continue;
                }

                if (PageText.TryReadSection(trimmed, out var number))
                {
                    _recognized = true;
                    section = number;
                    _content.Sections.Add(number);
                    (item, part, target) = (null, PagePart.None, null);
                    if (i + 1 < lines.Length && Lexer.IsSectionTitle(lines[i + 1], form.Kind, out var titleLanguage))
                    {
                        Count(titleLanguage);
                        i++;
                    }

                    continue;
                }

                if (inHeader && !(wasLabel && PageText.IsValueAfterLabel(lines, i)) && PageText.LabelOf(trimmed, out var labelLanguage) is var field and not PageField.None)
                {
                    Count(labelLanguage);
                    afterLabel = field != PageField.Overview;
                    target = [];
                    _labels.Add((field, target, i));
                    continue;
                }

                if (inHeader && PageText.TryReadPlanLine(trimmed, out var plan))
                {
                    _recognized = true;
                    _planLine ??= plan;
                    target = null;
                    continue;
                }

                if (form.SectionOf(section) is not { } sectionForm)
                {
                    if (section == 0)
                    {
                        target?.Add(line);
                    }

                    continue;
                }

                if (StartsItem(i, trimmed, sectionForm) is { } started)
                {
                    _content.Items.Add(started);
                    (item, part) = (started, PagePart.None);
                    target = sectionForm.Items == ItemKind.Commitment ? null : started.Body;
                    continue;
                }

                if (item is not null && PartOf(trimmed, sectionForm, item, part, out var inline, out var partLanguage) is var found and not PagePart.None)
                {
                    Count(partLanguage);
                    if (found == PagePart.Values)
                    {
                        item.Parts[PagePart.Values] = new PagePartText { Line = i, Inline = inline };
                        continue;
                    }

                    if (found == PagePart.Explanation && sectionForm.ExplanationFollowsPart)
                    {
                        if (item.Part(part) is { } owner)
                        {
                            owner.HasExplanation = true;
                            target = owner.Explanation;
                        }

                        continue;
                    }

                    var text = new PagePartText { Line = i, Inline = inline };
                    if (inline is { Length: > 0 })
                    {
                        text.Lines.Add(inline);
                    }

                    item.Parts[found] = text;
                    (part, target) = (found, text.Lines);
                    continue;
                }

                target?.Add(line);
            }

            ResolveHeader();
            _content.Language = Language();
            if (!_recognized && _content.Items.Count == 0 && _content.Sections.Count == 0 && _labels.Count == 0 && _afterTitle is null)
            {
                _content.Findings.Add(ValidationRules.Finding(ValidationRules.PageNotRecognized, string.Empty, $"The text has none of the headings, labels, sections or questions of an {(form.Kind == PageKind.Inception ? "Inception Report" : "End of Commitment Report")} page in {Languages()}; nothing of the report could be read."));
            }

            return _content;
        }

        private static string Languages()
        {
            var names = new List<string>();
            foreach (var vocabulary in PageVocabulary.All)
            {
                names.Add(vocabulary.Name);
            }

            return string.Join(", ", names.GetRange(0, names.Count - 1)) + " or " + names[names.Count - 1];
        }

        private void Count(PageVocabulary? language)
        {
            _recognized = true;
            if (language is not null)
            {
                _tally[language] = _tally.TryGetValue(language, out var n) ? n + 1 : 1;
            }
        }

        private PageVocabulary? Language()
        {
            PageVocabulary? best = null;
            var most = 0;
            foreach (var vocabulary in PageVocabulary.All)
            {
                if (_tally.TryGetValue(vocabulary, out var n) && n > most)
                {
                    (best, most) = (vocabulary, n);
                }
            }

            return best;
        }

        private bool IsReportLine(string line)
        {
            foreach (var section in form.Sections)
            {
                var starts = section.Items switch
                {
                    ItemKind.Question => Lexer.Question(line, out _, out _),
                    ItemKind.NumberedQuestion => Lexer.NumberedQuestion(line, out _, out _),
                    _ => false,
                };
                if (starts || (section.StartNeedsNext != PagePart.None && Lexer.Labelled(line, section.StartNeedsNext, out _, out _)))
                {
                    return true;
                }
            }

            return false;
        }

        private PageItem? StartsItem(int index, string trimmed, SectionForm section)
        {
            switch (section.Items)
            {
                case ItemKind.Question when Lexer.Question(trimmed, out var question, out var language):
                    Count(language);
                    return new PageItem { Kind = ItemKind.Question, Question = question, Number = question.GetNumber(), Line = index };
                case ItemKind.NumberedQuestion when Lexer.NumberedQuestion(trimmed, out var number, out var text):
                    Count(null);
                    return new PageItem { Kind = ItemKind.NumberedQuestion, Number = number, Text = text, Line = index };
                case ItemKind.Commitment when Lexer.Commitment(trimmed, out var number, out var title) && NextIs(index, section.StartNeedsNext):
                    Count(null);
                    return new PageItem { Kind = ItemKind.Commitment, Number = number, Text = title, Line = index };
                default:
                    return null;
            }
        }

        /// <summary>Whether the next line with text after <paramref name="index"/> is the label of <paramref name="part"/>, or the page ends.</summary>
        private bool NextIs(int index, PagePart part)
        {
            if (part == PagePart.None)
            {
                return true;
            }

            for (var i = index + 1; i < lines.Length; i++)
            {
                var next = lines[i].Trim();
                if (next.Length > 0)
                {
                    return Lexer.Labelled(next, part, out _, out _);
                }
            }

            return true;
        }

        private static PagePart PartOf(string trimmed, SectionForm section, PageItem item, PagePart current, out string? inline, out PageVocabulary? language)
        {
            inline = null;
            language = null;
            foreach (var part in section.Parts)
            {
                switch (part)
                {
                    case PagePart.Explanation or PagePart.Evidence or PagePart.References when Lexer.StartsWithLabel(trimmed, part, out language):
                        return part;
                    case PagePart.Degree when Lexer.Degree(trimmed, out var degree, out language):
                        inline = degree;
                        return part;
                    case PagePart.Impact when Lexer.Impact(trimmed, out language):
                        return part;
                    case PagePart.Values when current == PagePart.Relevant && !item.Parts.ContainsKey(PagePart.Values) && Lexer.Labelled(trimmed, part, out var values, out language) && values.Length > 0:
                        inline = values;
                        return part;
                    case PagePart.Verifiable or PagePart.Relevant or PagePart.Potential when !(section.PartsOnce && item.Parts.ContainsKey(part)) && Lexer.Labelled(trimmed, part, out var text, out language):
                        inline = text;
                        return part;
                }
            }

            return PagePart.None;
        }

        /// <summary>
        /// Gives each header field its value. A labelled field takes the first paragraph under its label (the
        /// commitment's title, objective and problem the whole text); the fields a page gives without labels take, in
        /// the form's order, the paragraphs that follow the heading or the label before them, or their lines when they
        /// stand one per line. The member is told from the action plan's title (<c>Action plan – {member}, {years}</c>)
        /// when the page does not give it, with a finding.
        /// </summary>
        private void ResolveHeader()
        {
            var labelled = new Dictionary<PageField, (List<string> Block, int Line)>();
            var sources = new List<(PageField Field, List<string> Block)>();
            if (_afterTitle is not null)
            {
                sources.Add((PageField.None, _afterTitle));
            }

            foreach (var (field, block, line) in _labels)
            {
                if (field == PageField.Overview)
                {
                    continue;
                }

                if (labelled.ContainsKey(field))
                {
                    if (field is PageField.Evaluators or PageField.Email or PageField.Member or PageField.PlanTitle)
                    {
                        _content.Findings.Add(ValidationRules.Finding(ValidationRules.GivenTwiceOnPage, FormFields.Of(field).Path, $"The page gives the field \"{lines[line].Trim()}\" twice; the first is read.", null, line + 1));
                    }

                    continue;
                }

                labelled[field] = (block, line);
                sources.Add((field, block));
                _content.Found.Add(field);
            }

            foreach (var (field, block) in sources)
            {
                if (field is PageField.CommitmentTitle or PageField.Objective or PageField.Problem)
                {
                    Set(field, PageText.Text(block));
                    continue;
                }

                var run = new List<PageField>();
                if (field != PageField.Email)
                {
                    for (var f = field == PageField.None ? 0 : Array.IndexOf(form.Header, field) + 1; f < form.Header.Length && !labelled.ContainsKey(form.Header[f]); f++)
                    {
                        run.Add(form.Header[f]);
                    }
                }

                var units = PageText.Paragraphs(block);
                var fields = new List<PageField>();
                if (field != PageField.None)
                {
                    fields.Add(field);
                }

                fields.AddRange(run);
                // Values one per line without blank lines, on a page whose header ends at a section or a question (a page cut
                // inside its header may end in a value of several lines).
                if (units.Count == 1 && fields.Count > 1 && (_content.Sections.Count > 0 || _content.Items.Count > 0) && units[0].Split('\n') is { Length: > 1 } oneLineEach)
                {
                    units = [.. oneLineEach];
                }

                Assign(fields, units, field != PageField.None);
            }

            var plan = _content.Header.TryGetValue(PageField.PlanTitle, out var given) ? given : null;
            if (plan is null && (_planLine ?? (form.Kind == PageKind.Inception ? _content.HeadingText : null) ?? PlanTitleLine()) is { } other)
            {
                _content.Header[PageField.PlanTitle] = other;
                _content.Found.Add(PageField.PlanTitle);
                plan = other;
            }

            if (!_content.Header.ContainsKey(PageField.Member) && !labelled.ContainsKey(PageField.Member))
            {
                foreach (var candidate in (string?[])[plan, _planLine, _content.HeadingText])
                {
                    if (Lexer.MemberOfPlan(candidate) is { } member)
                    {
                        _content.Header[PageField.Member] = member;
                        _content.Found.Add(PageField.Member);
                        _content.Findings.Add(ValidationRules.Finding(ValidationRules.InferredOnPage, FormFields.Member.Path, $"The page does not name the member; \"{member}\" is read from the action plan's title.", candidate));
                        break;
                    }
                }
            }
        }

        /// <summary>A line of the header that reads like an action plan's title, for a page that labels none.</summary>
        private string? PlanTitleLine()
        {
            foreach (var line in _headerLines)
            {
                if (Lexer.MemberOfPlan(line) is not null)
                {
                    return line;
                }
            }

            return null;
        }

        private void Assign(List<PageField> fields, List<string> units, bool firstLabelled)
        {
            // A unit that reads as an action plan's title (Action plan – {member}, {years}) is the plan's title: the units
            // before it belong to the fields before the plan's, the units after it to those after.
            var plan = fields.IndexOf(PageField.PlanTitle);
            var planUnit = plan < 0 || (plan == 0 && firstLabelled) ? -1 : units.FindIndex(unit => Lexer.MemberOfPlan(unit) is not null);
            if (planUnit >= 0)
            {
                var before = Math.Min(planUnit, plan);
                Assign(fields.GetRange(0, plan), units.GetRange(planUnit - before, before), firstLabelled);
                if (plan > 0 || !firstLabelled)
                {
                    _content.Found.Add(PageField.PlanTitle);
                }

                Set(PageField.PlanTitle, units[planUnit]);
                Assign(fields.GetRange(plan + 1, fields.Count - plan - 1), units.GetRange(planUnit + 1, units.Count - planUnit - 1), firstLabelled: false);
                return;
            }

            var objective = fields.IndexOf(PageField.Objective);
            var problem = fields.IndexOf(PageField.Problem);
            var extra = units.Count - fields.Count;
            for (int f = 0, u = 0; f < fields.Count && u < units.Count; f++, u++)
            {
                var value = units[u];
                if (f == objective && problem == f + 1 && extra > 0)
                {
                    // Paragraphs past the form's fields belong to the objective, the one field of several paragraphs.
                    value = string.Join("\n\n", units.GetRange(u, extra + 1));
                    u += extra;
                }

                if (f > 0 || !firstLabelled)
                {
                    _content.Found.Add(fields[f]);
                }

                Set(fields[f], value);
            }
        }

        private void Set(PageField field, string? value)
        {
            if (value is null || Lexer.IsNotGiven(value))
            {
                return;
            }

            _content.Header[field] = field is PageField.Objective or PageField.Problem ? value : PageText.RemovePopUps(value);
        }
    }

    /// <summary>Tells what a line of a page is, in any language of <see cref="PageVocabulary.All"/>.</summary>
    internal static class Lexer
    {
        /// <summary>Whether a line is a page's heading (<c>End of Commitment Report – {title}</c>): the text after it and the heading's language.</summary>
        public static bool Heading(string line, PageKind kind, out string rest, out PageVocabulary? language)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                if (PageText.TitleAfter(line, vocabulary.Headings[kind]) is { } after)
                {
                    (rest, language) = (after, vocabulary);
                    return true;
                }
            }

            (rest, language) = (string.Empty, null);
            return false;
        }

        /// <summary>Whether text has a heading of a kind of page anywhere.</summary>
        public static bool HasHeading(string text, PageKind kind)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                if (Array.Exists(vocabulary.Headings[kind], text.ContainsIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a line is the title of a section of a kind of page.</summary>
        public static bool IsSectionTitle(string line, PageKind kind, out PageVocabulary? language)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var pair in vocabulary.SectionTitles)
                {
                    if (pair.Key.Kind == kind && PageText.IsAny(line, pair.Value))
                    {
                        language = vocabulary;
                        return true;
                    }
                }
            }

            language = null;
            return false;
        }

        /// <summary>Whether text is what a page writes for a field not given, in any language.</summary>
        public static bool IsNotGiven(string text)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                if (text == vocabulary.NotGiven)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a line is a question of the End of Commitment Report: its number, then its wording's first four words
        /// in one of the languages (an opening question mark aside).
        /// </summary>
        public static bool Question(string line, out ReportQuestion question, out PageVocabulary? language)
        {
            foreach (var (candidate, number, starts) in QuestionStarts)
            {
                if (!line.StartsWith(number, StringComparison.Ordinal) || (line.Length > number.Length && char.IsDigit(line[number.Length])))
                {
                    continue;
                }

                var rest = line.Substring(number.Length).TrimStart('.', ' ', '–', '—', '-', '\t').TrimStart('¿');
                foreach (var (start, vocabulary) in starts)
                {
                    if (rest.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                    {
                        (question, language) = (candidate, vocabulary);
                        return true;
                    }
                }
            }

            (question, language) = (default, null);
            return false;
        }

        /// <summary>Each question's number and the first four words of its wording in each language, an opening question mark aside.</summary>
        private static readonly (ReportQuestion Question, string Number, (string Start, PageVocabulary Language)[] Starts)[] QuestionStarts = CreateQuestionStarts();

        private static (ReportQuestion, string, (string, PageVocabulary)[])[] CreateQuestionStarts()
        {
            var starts = new List<(ReportQuestion, string, (string, PageVocabulary)[])>();
            foreach (var question in ReportQuestions.All)
            {
                var words = new List<(string, PageVocabulary)>();
                foreach (var vocabulary in PageVocabulary.All)
                {
                    words.Add((Start(vocabulary.Questions[question]), vocabulary));
                }

                starts.Add((question, question.GetNumber(), [.. words]));
            }

            return [.. starts];
        }

        /// <summary>The first four words of a question's wording, without an opening question mark.</summary>
        private static string Start(string wording)
        {
            wording = wording.TrimStart('¿');
            var end = 0;
            for (var words = 0; words < 4 && end >= 0; words++)
            {
                end = wording.IndexOf(' ', end + 1);
            }

            return end < 0 ? wording : wording.Substring(0, end);
        }

        /// <summary>A question with any number (<c>1.1 Does a forum exist?</c>) or with the prefix <c>Question:</c>, whose text ends with a question mark.</summary>
        public static bool NumberedQuestion(string line, out string? number, out string question)
        {
            number = null;
            question = string.Empty;
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var prefix in vocabulary.QuestionPrefixes)
                {
                    if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        question = line.Substring(prefix.Length).Trim();
                        return question.Length > 1 && question[question.Length - 1] == '?';
                    }
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
            if (rest.Length == 0 || rest[rest.Length - 1] != '?' || (line[end] != ' ' && line[end] != '.' && line[end] != '\t'))
            {
                return false;
            }

            number = line.Substring(0, end);
            question = rest;
            return true;
        }

        /// <summary>A commitment's line of section 3: <c>Commitment 1: {title}</c>, number and title each optional.</summary>
        public static bool Commitment(string line, out string? number, out string? title)
        {
            number = null;
            title = null;
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var word in vocabulary.CommitmentWords)
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
            }

            return false;
        }

        /// <summary>Whether a line starts with a part's label (an explanation's, evidence's or references' heading).</summary>
        public static bool StartsWithLabel(string line, PagePart part, out PageVocabulary? language)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                if (PageText.StartsWithAny(line, vocabulary.Parts[part]))
                {
                    language = vocabulary;
                    return true;
                }
            }

            language = null;
            return false;
        }

        /// <summary>A part's label followed by a colon (<c>Verifiable: Yes</c>): the text after the colon.</summary>
        public static bool Labelled(string line, PagePart part, out string inline, out PageVocabulary? language)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var label in vocabulary.Parts[part])
                {
                    if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                    {
                        var rest = line.Substring(label.Length).TrimStart();
                        if (rest.Length > 0 && rest[0] == ':')
                        {
                            inline = rest.Substring(1).Trim();
                            language = vocabulary;
                            return true;
                        }
                    }
                }
            }

            inline = string.Empty;
            language = null;
            return false;
        }

        /// <summary>A degree of result's label (<c>Degree of result: Marginal</c>): the text after it, empty when none.</summary>
        public static bool Degree(string line, out string? degree, out PageVocabulary? language)
        {
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var label in vocabulary.Parts[PagePart.Degree])
                {
                    if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                    {
                        var rest = line.Substring(label.Length);
                        if (rest.Length == 0 || rest[0] is ':' or ' ')
                        {
                            rest = rest.TrimStart(':').Trim();
                            degree = rest.Length > 0 ? rest : null;
                            language = vocabulary;
                            return true;
                        }
                    }
                }
            }

            (degree, language) = (null, null);
            return false;
        }

        /// <summary>The heading of an impact's explanation: it starts as the explanation of an impact does and names the impact.</summary>
        public static bool Impact(string line, out PageVocabulary? language)
        {
            foreach (var (head, vocabulary) in ImpactHeads)
            {
                if (line.StartsWith(head, StringComparison.OrdinalIgnoreCase) && Array.Exists(vocabulary.ImpactWords, line.ContainsIgnoreCase))
                {
                    language = vocabulary;
                    return true;
                }
            }

            language = null;
            return false;
        }

        /// <summary>How the heading of an impact's explanation starts in each language: its label up to the colon.</summary>
        private static readonly (string Head, PageVocabulary Language)[] ImpactHeads = CreateImpactHeads();

        private static (string, PageVocabulary)[] CreateImpactHeads()
        {
            var heads = new List<(string, PageVocabulary)>();
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var label in vocabulary.Parts[PagePart.Impact])
                {
                    var colon = label.IndexOf(':');
                    heads.Add((colon < 0 ? label : label.Substring(0, colon + 1), vocabulary));
                }
            }

            return [.. heads];
        }

        /// <summary>
        /// The member an action plan's title names: <c>Action plan – {member}, {years}</c> in any language, the years one
        /// year or two joined by a dash; null for any other text.
        /// </summary>
        public static string? MemberOfPlan(string? title)
        {
            if (title is null)
            {
                return null;
            }

            var text = title.Trim();
            foreach (var vocabulary in PageVocabulary.All)
            {
                foreach (var word in vocabulary.PlanWords)
                {
                    if (!text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var rest = text.Substring(word.Length).TrimStart();
                    if (rest.Length == 0 || rest[0] is not ('–' or '—' or '-' or ':'))
                    {
                        continue;
                    }

                    rest = rest.Substring(1).Trim();
                    var comma = rest.LastIndexOf(',');
                    if (comma > 0 && IsYears(rest.Substring(comma + 1).Trim()))
                    {
                        var member = rest.Substring(0, comma).Trim();
                        return member.Length > 0 ? member : null;
                    }
                }
            }

            return null;
        }

        private static bool IsYears(string text)
        {
            var parts = text.Split('–', '—', '-');
            if (parts.Length > 2)
            {
                return false;
            }

            foreach (var part in parts)
            {
                var year = part.Trim();
                if (year.Length != 4 || !char.IsDigit(year[0]) || !char.IsDigit(year[1]) || !char.IsDigit(year[2]) || !char.IsDigit(year[3]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
