using System;
using System.Collections.Generic;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// What the readers of OGP Local report pages share: the page's lines made comparable (line ends, trailing
/// blanks, glossary pop-up text glued onto labels), the header labels of every language of
/// <see cref="PageVocabulary.All"/>, the site's comment form, and the pieces of text between headings.
/// </summary>
internal static class PageText
{
    /// <summary>How far into a line pop-up text may start: past it, a capital after a lower-case letter is the text's own.</summary>
    private const int MaxGlue = 60;

    /// <summary>The rest of a heading line such as <c>End of Commitment Report – {title}</c>; <see langword="null"/> when the line does not start with one of <paramref name="headings"/>.</summary>
    public static string? TitleAfter(string line, string[] headings)
    {
        foreach (var heading in headings)
        {
            if (line.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
            {
                var rest = line.Substring(heading.Length);
                if (rest.Length == 0 || rest[0] is ' ' or '–' or '—' or '-' or ':')
                {
                    return rest.TrimStart(' ', '–', '—', '-', ':').Trim();
                }
            }
        }

        return null;
    }

    /// <summary>The first line of a text, for a heading.</summary>
    public static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text.Substring(0, end);
    }

    /// <summary>How a page prints a choice: its label in the page's language, the text kept as written, a missing kind spelled out, nothing when not answered.</summary>
    public static string? Choice<T>(Recorded<T> choice, PageVocabulary language)
        where T : struct, Enum => choice.State == RecordedState.NotAnswered ? null : Labels.LabelIn(choice, language.LabelLanguage);

    /// <summary>
    /// Splits a page into lines: any line end; blanks at the end of a line removed; a non-breaking space read as a
    /// space (pages use them for layout, and labels must match whatever spacing the site printed).
    /// </summary>
    public static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Replace('\u202F', ' ').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd(' ', '\t', '\u200B', '\uFEFF');
        }

        return lines;
    }

    /// <summary>
    /// Where in the form a line of the site's comment form comes (<see cref="PageVocabulary.CommentForm"/>), as the form prints it, case
    /// and a final full stop, exclamation mark or colon aside; -1 for any other line.
    /// </summary>
    public static int FormOrder(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var end = line.Length;
        while (end > start && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] is '.' or '!' or ':'))
        {
            end--;
        }

        foreach (var vocabulary in PageVocabulary.All)
        {
            foreach (var (text, isStart, order) in vocabulary.CommentForm)
            {
                if ((isStart ? end - start >= text.Length : end - start == text.Length) && string.Compare(line, start, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return order;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Ends a rendered page: when its last line with text reads like a line of the comment form, the form's first two
    /// lines follow, as on the site, so that reading the page keeps that line as the report's and ends the report at
    /// the form (<see cref="CommentForm"/>). Any other page is returned as it is.
    /// </summary>
    public static string EndPage(string page, PageVocabulary language)
    {
        var end = page.Length;
        while (end > 0 && char.IsWhiteSpace(page[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return page;
        }

        var start = page.LastIndexOf('\n', end - 1) + 1;
        return FormOrder(page.Substring(start, end - start)) < 0 ? page : page + FormLine(language, 0) + "\n\n" + FormLine(language, 1) + "\n";
    }

    private static string FormLine(PageVocabulary language, int order) => Array.Find(language.CommentForm, line => line.Order == order).Text;

    /// <summary>
    /// Finds the site's comment form under a report. A line starts it when it is a line of the form
    /// (<see cref="FormOrder"/>), the next line with text is a line the form prints after it (<c>No comments yet</c>
    /// then <c>Leave a Reply</c>, <c>Leave a Reply</c> then <c>Your email address will not be published…</c>) or there
    /// is none (a page cut inside the form), and no line after it is a part of the report. So an answer that reads like
    /// a line of the form, repeated, or followed by text of its own or by the report's next question, does not end the
    /// page; one that is the page's last line does, unless the form follows it (<see cref="EndPage"/>).
    /// </summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="isReportLine">Whether a trimmed line with text is a part of the report that may follow its answers (a question, a label); section headings are.</param>
    public sealed class CommentForm(string[] lines, Func<string, bool> isReportLine)
    {
        /// <summary>The last line with text that is a part of the report, found once, when a line first reads like the form.</summary>
        private int? _lastReportLine;

        /// <summary>Whether line <paramref name="index"/> starts the comment form. Asking it of each line in turn takes time linear in the page.</summary>
        public bool StartsAt(int index)
        {
            var order = FormOrder(lines[index]);
            if (order < 0)
            {
                return false;
            }

            _lastReportLine ??= LastReportLine();
            if (index <= _lastReportLine)
            {
                return false;
            }

            for (var i = index + 1; i < lines.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(lines[i]))
                {
                    return FormOrder(lines[i]) > order;
                }
            }

            return true;
        }

        private int LastReportLine()
        {
            for (var i = lines.Length - 1; i >= 0; i--)
            {
                var line = lines[i].Trim();
                if (line.Length > 0 && (TryReadSection(line, out _) || isReportLine(line)))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// Whether line <paramref name="index"/>, a one-word label (<c>Action</c>, <c>Email</c>) that follows another label,
    /// is that label's value: it is when the next line with text is a label or a section heading too, so that it
    /// could not be a label with a value of its own.
    /// </summary>
    public static bool IsValueAfterLabel(string[] lines, int index)
    {
        if (!IsOneWordLabel(lines[index]))
        {
            return false;
        }

        for (var i = index + 1; i < lines.Length; i++)
        {
            var next = lines[i].Trim();
            if (next.Length > 0)
            {
                return LabelOf(next) != PageField.None || TryReadSection(next, out _);
            }
        }

        return true;
    }

    /// <summary>Whether a label is one word (<c>Action</c>, <c>Problem</c>, <c>Email</c>): such a line right after another label is that label's value.</summary>
    public static bool IsOneWordLabel(string line) => LabelOf(line) != PageField.None && line.Trim().TrimEnd(':').Trim().Split(' ').Length == 1;

    /// <summary>
    /// Takes glossary pop-up text out of a line, as a browser's copy glues it: a word runs straight into a
    /// capitalised sentence of five words or more (<c>Action PlanAction plans are … Title</c>, <c>CommitmentOGP
    /// commitments are …</c>) that ends in an ellipsis. The word and what follows the ellipsis are kept.
    /// </summary>
    public static string RemovePopUps(string line)
    {
        // The line as read so far is head + line[offset..]: the head is the kept start (shorter than MaxGlue and a
        // blank), so that each pop-up taken out costs the length of the pop-up, not of the line.
        var head = string.Empty;
        var offset = 0;
        int three = -1, one = -1;
        while (true)
        {
            if (three < offset)
            {
                three = line.IndexOf("...", offset, StringComparison.Ordinal);
                three = three < 0 ? int.MaxValue : three;
            }

            if (one < offset)
            {
                one = line.IndexOf('…', offset);
                one = one < 0 ? int.MaxValue : one;
            }

            if (three == int.MaxValue && one == int.MaxValue)
            {
                break;
            }

            var ellipsis = Math.Min(three, one);
            var length = 1;
            if (three < one)
            {
                length = 3;
                while (three + length < line.Length && line[three + length] == '.')
                {
                    length++;
                }
            }

            // Where the ellipsis is in the line as read so far.
            var at = head.Length + ellipsis - offset;
            char At(int i) => i < head.Length ? head[i] : line[offset + i - head.Length];

            // The leftmost place where a lower-case letter (or a closing bracket or quote) runs into a capital, near the start of the line.
            var glue = -1;
            for (var i = 1; i < Math.Min(at, MaxGlue); i++)
            {
                if ((char.IsLower(At(i - 1)) || At(i - 1) is ')' or ']' or '”' or '"') && char.IsUpper(At(i)))
                {
                    glue = i;
                    break;
                }
            }

            // A pop-up is a sentence of at least five words, not a name such as McCity.
            var spaces = 0;
            for (var i = glue; i >= 0 && i < at; i++)
            {
                spaces += At(i) == ' ' ? 1 : 0;
            }

            if (glue < 0 || spaces < 4)
            {
                break;
            }

            var kept = glue <= head.Length ? head.Substring(0, glue) : new StringBuilder(head, glue).Append(line, offset, glue - head.Length).ToString();
            offset = ellipsis + length;
            while (offset < line.Length && char.IsWhiteSpace(line[offset]))
            {
                offset++;
            }

            head = offset < line.Length ? kept + " " : kept;
        }

        return head.Length == 0 && offset == 0 ? line : new StringBuilder(head, head.Length + line.Length - offset).Append(line, offset, line.Length - offset).ToString();
    }

    /// <summary>Gets the header field a line labels, in any of the languages, with or without glossary pop-up text glued onto it; case, a trailing colon and blanks do not matter.</summary>
    public static PageField LabelOf(string line) => LabelOf(line, out _);

    /// <summary>Gets the header field a line labels and the language of the label.</summary>
    public static PageField LabelOf(string line, out PageVocabulary? language)
    {
        var field = ExactLabelOf(line, out language);
        if (field == PageField.None && RemovePopUps(line) is var stripped && !ReferenceEquals(stripped, line))
        {
            field = ExactLabelOf(stripped, out language);
        }

        if (field == PageField.None && WithoutGlossaryPopUp(line) is { } term)
        {
            field = ExactLabelOf(term, out language);
        }

        return field;
    }

    /// <summary>The words pop-up text is glued onto: every language's glossary terms and header labels, longest first.</summary>
    private static readonly string[] GluedTerms = CreateGluedTerms();

    private static string[] CreateGluedTerms()
    {
        var terms = new List<string>();
        foreach (var vocabulary in PageVocabulary.All)
        {
            terms.AddRange(vocabulary.GlossaryTerms);
            foreach (var labels in vocabulary.Labels.Values)
            {
                terms.AddRange(labels);
            }
        }

        terms.Sort((a, b) => b.Length.CompareTo(a.Length));
        return [.. terms];
    }

    /// <summary>
    /// A line that starts with a glossary term or a header label of a language (<see cref="GluedTerms"/>) with pop-up
    /// text glued right after it, up to an ellipsis, however short the text: the term and what follows the ellipsis
    /// (<c>Action PlanPlans of a member … Title</c> gives <c>Action Plan Title</c>); null for any other line.
    /// </summary>
    private static string? WithoutGlossaryPopUp(string line)
    {
        var trimmed = line.Trim();
        var one = trimmed.IndexOf('…');
        var three = trimmed.IndexOf("...", StringComparison.Ordinal);
        var ellipsis = one < 0 ? three : three < 0 ? one : Math.Min(one, three);
        if (ellipsis < 0)
        {
            return null;
        }

        var end = ellipsis == one ? ellipsis + 1 : ellipsis + 3;
        while (end < trimmed.Length && trimmed[end] == '.')
        {
            end++;
        }

        foreach (var term in GluedTerms)
        {
            if (ellipsis > term.Length && char.IsUpper(trimmed[term.Length]) && trimmed.StartsWith(term, StringComparison.OrdinalIgnoreCase))
            {
                // What follows the pop-up's ellipsis, past any further dots of it, is the label's own (Action PlanPop-up … Title).
                var after = trimmed.Substring(end).TrimStart(' ', '.', '…');
                return after.Length == 0 ? term : term + " " + after;
            }
        }

        return null;
    }

    private static PageField ExactLabelOf(string line, out PageVocabulary? language)
    {
        language = null;
        var label = line.Trim().TrimEnd(':').Trim();
        if (label.Length == 0 || label.Length > 40)
        {
            return PageField.None;
        }

        foreach (var vocabulary in PageVocabulary.All)
        {
            foreach (var pair in vocabulary.Labels)
            {
                foreach (var candidate in pair.Value)
                {
                    if (string.Equals(label, candidate, StringComparison.OrdinalIgnoreCase))
                    {
                        language = vocabulary;
                        return pair.Key;
                    }
                }
            }
        }

        return PageField.None;
    }

    /// <summary>Reads a line such as <c>- Action Plan: {title}</c>, which a browser's copy prints under the heading.</summary>
    public static bool TryReadPlanLine(string line, out string title)
    {
        var trimmed = line.Trim();
        foreach (var vocabulary in PageVocabulary.All)
        {
            foreach (var prefix in vocabulary.PlanLinePrefixes)
            {
                if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && trimmed.Length > prefix.Length)
                {
                    title = trimmed.Substring(prefix.Length).Trim();
                    return title.Length > 0;
                }
            }
        }

        title = string.Empty;
        return false;
    }

    /// <summary>Whether a line starts with one of <paramref name="starts"/>, ignoring case.</summary>
    public static bool StartsWithAny(string line, string[] starts)
    {
        foreach (var start in starts)
        {
            if (line.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line is one of <paramref name="labels"/>, ignoring case, a trailing colon or full stop, and blanks.</summary>
    public static bool IsAny(string line, string[] labels)
    {
        var label = line.Trim().TrimEnd(':', '.').Trim();
        foreach (var candidate in labels)
        {
            if (string.Equals(label, candidate.TrimEnd(':', '.'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a section heading such as <c>Section 1.</c> or <c>Sección 3</c>: its number.</summary>
    public static bool TryReadSection(string line, out int number)
    {
        number = 0;
        var trimmed = line.Trim();
        foreach (var vocabulary in PageVocabulary.All)
        {
            foreach (var word in vocabulary.SectionWords)
            {
                var length = word.Length + 1;
                if (trimmed.Length > length && trimmed[word.Length] == ' ' && trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase) && trimmed[length] is >= '1' and <= '9')
                {
                    var rest = trimmed.Substring(length + 1).Trim().TrimEnd('.', ':');
                    if (rest.Length == 0)
                    {
                        number = trimmed[length] - '0';
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a list of evaluators: at commas and line breaks, and at the word for "and" of any language
    /// (<see cref="PageVocabulary.And"/>) or "&amp;" when each side reads as a person's name (two to four capitalised words), so that an organisation such as
    /// <c>Fundación Ciudadanía y Desarrollo</c> stays whole.
    /// </summary>
    public static ValueList<string> Names(string? names)
    {
        if (names is null)
        {
            return ValueList<string>.Empty;
        }

        var list = new List<string>();
        foreach (var part in names.Replace('\n', ',').Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var people = trimmed.Split(Conjunctions, StringSplitOptions.None);
            if (people.Length > 1 && Array.TrueForAll(people, IsPersonalName))
            {
                foreach (var person in people)
                {
                    list.Add(person.Trim());
                }
            }
            else
            {
                list.Add(trimmed);
            }
        }

        return ValueList.CreateRange(list);
    }

    private static readonly string[] Conjunctions = [.. Distinct(PageVocabulary.All), " & "];

    private static List<string> Distinct(IReadOnlyList<PageVocabulary> vocabularies)
    {
        var words = new List<string>();
        foreach (var vocabulary in vocabularies)
        {
            if (!words.Contains(vocabulary.And))
            {
                words.Add(vocabulary.And);
            }
        }

        return words;
    }

    private static bool IsPersonalName(string text)
    {
        var words = text.Trim().Split(' ');
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of some lines: from the first non-blank line to the last, joined by line breaks, blank lines empty.</summary>
    public static string? Text(IReadOnlyList<string> block)
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

    /// <summary>The paragraphs of some lines: runs of non-blank lines, each joined by line breaks.</summary>
    public static List<string> Paragraphs(IReadOnlyList<string> block)
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

    /// <summary>Reads evidence lines: one piece per line, <c>reference — description</c>.</summary>
    public static ValueList<Evidence> Evidence(IReadOnlyList<string> block, string separator)
    {
        var evidence = new List<Evidence>();
        foreach (var raw in block)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var at = line.IndexOf(separator, StringComparison.Ordinal);
            evidence.Add(at < 0
                ? new Evidence { Reference = line }
                : new Evidence { Reference = line.Substring(0, at), Description = line.Substring(at + separator.Length) });
        }

        return ValueList.CreateRange(evidence);
    }
}
