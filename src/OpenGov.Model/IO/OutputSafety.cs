using System.Globalization;
using System.Net;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// The rules that keep output written from data inert, one per format. Every writer of the library and of
/// <c>ogp</c> passes the text it takes from the data through one of them:
/// <list type="bullet">
/// <item><see cref="CsvCell"/>: a cell of a CSV report (indicators, findings, differences, a dataset written with
/// safe cells) that a spreadsheet opens;</item>
/// <item><see cref="Markdown"/>: text in Markdown, as GitHub renders it;</item>
/// <item><see cref="Html"/>: text in an HTML page;</item>
/// <item><see cref="Terminal"/>, <see cref="TerminalLine"/> and <see cref="TerminalExact"/>: text a terminal shows
/// (and <see cref="TerminalWriter"/>, which applies <see cref="Terminal"/> to all it writes).</item>
/// </list>
/// A character made visible is written as <c>\u</c> and four hexadecimal digits (<c>\u001b</c>), a character
/// outside the basic plane as its two surrogates.
/// </summary>
internal static class OutputSafety
{
    /// <summary>How much the terminal rule shows.</summary>
    private enum TerminalMode
    {
        /// <summary>Line feeds, tabs and carriage returns before a line feed are kept.</summary>
        Text,

        /// <summary>Line breaks and tabs are shown as <c>\r</c>, <c>\n</c> and <c>\t</c>, so that the text stays on one line.</summary>
        Line,

        /// <summary>
        /// One line, and every character that could make two values look alike is shown: spaces other than
        /// U+0020 and combining marks on an ASCII character (which composed text would have as one character, or none).
        /// </summary>
        Exact,
    }

    /// <summary>
    /// A cell of a CSV report, made inert for spreadsheets: control characters (but tab, carriage return and
    /// line feed, which a quoted cell holds), direction controls and lone surrogates are shown as escapes, then
    /// <see cref="NeutralizeFormula"/> applies.
    /// </summary>
    public static string CsvCell(string text) => NeutralizeFormula(Escape(text, IsUnsafeInMarkup));

    /// <summary>
    /// Makes a cell inert for spreadsheets (the OWASP rule against CSV injection, widened): a cell that starts with
    /// a tab or a carriage return, or whose first character past any run of blanks and invisible characters
    /// (Unicode white space, controls, format characters such as U+FEFF and U+200B, combining marks, the
    /// Hangul fillers) is a formula sign, gets a leading apostrophe, so that it is shown as text, not run. The
    /// signs are <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> and their full-width and small forms (<c>＝＋－＠</c>,
    /// <c>﹦﹢﹣﹫</c>), which some spreadsheets take as the ASCII ones. A plain number (<c>-1</c>, <c>+2.5</c>)
    /// stays a number. A leading pipe is not a sign: the DDE payloads that use it (<c>=cmd|' /C calc'!A0</c>)
    /// run only as a formula, which needs one of the signs first.
    /// </summary>
    public static string NeutralizeFormula(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text[0] is '\t' or '\r')
        {
            return "'" + text;
        }

        var i = 0;
        while (i < text.Length && IsBlankOrInvisible(text, i))
        {
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        if (i == text.Length || !IsFormulaSign(text[i]))
        {
            return text;
        }

        return i == 0 && IsPlainNumber(text) ? text : "'" + text;
    }

    /// <summary>
    /// Text from the data, made inert in Markdown (GitHub's flavour): HTML is written as text (<c>&lt;script&gt;</c>);
    /// the characters that make emphasis, links, images, code, headings and table cells are escaped; line
    /// breaks and tabs become spaces; control characters, direction controls and lone surrogates are shown as
    /// escapes. Nothing links or renders as math: <c>@</c> (e-mail addresses, mentions) and <c>$</c> (math)
    /// are written as character references, a colon before anything but a blank (<c>http:</c>,
    /// <c>mailto:</c>, <c>:emoji:</c>) too, and the dot of <c>www.</c>; a renderer shows them as the
    /// characters but finds no link or formula in them.
    /// </summary>
    public static string Markdown(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\t' or '\r' or '\n':
                    builder.Append(' ');
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '@':
                    builder.Append("&#64;");
                    break;
                case '$':
                    builder.Append("&#36;");
                    break;
                case ':' when i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]):
                    builder.Append("&#58;");
                    break;
                case '.' when i >= 3 && string.Compare(text, i - 3, "www", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0:
                    builder.Append("&#46;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '!' or '#' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    if (IsUnsafeInMarkup(text, i))
                    {
                        // The backslash of the escape is itself escaped, so that Markdown shows it.
                        builder.Append('\\');
                        AppendEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text from the data in HTML: encoded, with control characters (which HTML does not allow), direction
    /// controls and lone surrogates shown as escapes. A direction control is shown rather than isolated:
    /// isolated, an override still turns its own value around (<c>invoice‮gpj.exe</c> would read as a
    /// picture), where shown it cannot mislead at all. Tabs and line feeds stay, HTML takes them as spaces.
    /// </summary>
    public static string Html(string text) => WebUtility.HtmlEncode(Escape(text, static (s, i) => s[i] is not ('\t' or '\n') && IsUnsafeInMarkup(s, i)));

    /// <summary>
    /// Text for a terminal: control characters (but line feeds, tabs, and a carriage return before a line
    /// feed), direction controls, invisible characters (format characters such as U+200B–U+200D, U+2060,
    /// U+FEFF and the soft hyphen, the line and paragraph separators, the Hangul fillers), lone surrogates,
    /// and combining marks on nothing (at the start, after a blank, punctuation or an escape) are shown as
    /// escapes. Accented text stays as it is, composed or not.
    /// </summary>
    public static string Terminal(string text) => Show(text, TerminalMode.Text);

    /// <summary><see cref="Terminal"/> on one line: line breaks and tabs are shown as <c>\r</c>, <c>\n</c> and <c>\t</c>.</summary>
    public static string TerminalLine(string text) => Show(text, TerminalMode.Line);

    /// <summary>
    /// <see cref="TerminalLine"/>, showing too what would make two values look alike: spaces other than U+0020
    /// (U+00A0, U+3000…) and combining marks on an ASCII letter (<c>e</c> and U+0301, which composed text
    /// writes as one <c>é</c>; no composed text has them), so that cells that differ only by them differ on
    /// screen too.
    /// </summary>
    public static string TerminalExact(string text) => Show(text, TerminalMode.Exact);

    /// <summary>
    /// Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> under <see cref="Terminal"/>.
    /// </summary>
    /// <param name="builder">Where to append.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">The first character.</param>
    /// <param name="end">The character after the last.</param>
    /// <param name="markMayAttach">Whether a combining mark at <paramref name="start"/> has a character to sit on; updated for the text that follows.</param>
    public static void AppendTerminal(StringBuilder builder, string text, int start, int end, ref bool markMayAttach) =>
        AppendTerminal(builder, text, start, end, ref markMayAttach, TerminalMode.Text);

    private static string Show(string text, TerminalMode mode)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        var markMayAttach = false;
        AppendTerminal(builder, text, 0, text.Length, ref markMayAttach, mode);
        return builder.ToString();
    }

    private static void AppendTerminal(StringBuilder builder, string text, int start, int end, ref bool markMayAttach, TerminalMode mode)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (mode != TerminalMode.Text && c is '\r' or '\n' or '\t')
            {
                builder.Append(c switch { '\r' => "\\r", '\n' => "\\n", _ => "\\t" });
                markMayAttach = false;
                continue;
            }

            if (c is '\n' or '\t' || (c == '\r' && i + 1 < end && text[i + 1] == '\n'))
            {
                builder.Append(c);
                markMayAttach = false;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var pair = CharUnicodeInfo.GetUnicodeCategory(text, i);
                if (pair == UnicodeCategory.Format || (IsMark(pair) && !markMayAttach))
                {
                    AppendEscape(builder, c);
                    AppendEscape(builder, text[i + 1]);
                    markMayAttach = false;
                }
                else
                {
                    builder.Append(c).Append(text[i + 1]);
                    markMayAttach = IsBase(pair) || IsMark(pair);
                }

                i++;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var shown = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate
                || IsFiller(c)
                || (IsMark(category) && category != UnicodeCategory.SpacingCombiningMark && !markMayAttach)
                || (mode == TerminalMode.Exact
                    && ((category == UnicodeCategory.SpaceSeparator && c != ' ')
                        || (IsMark(category) && category != UnicodeCategory.SpacingCombiningMark && i > start && text[i - 1] < 0x80)));
            if (shown)
            {
                AppendEscape(builder, c);
                markMayAttach = false;
            }
            else
            {
                builder.Append(c);
                markMayAttach = IsBase(category) || IsMark(category);
            }
        }
    }

    /// <summary>Whether a character (at <paramref name="index"/>) is not allowed raw in Markdown, HTML or a CSV report: a control character but tab, carriage return and line feed, a direction control, a lone surrogate.</summary>
    private static bool IsUnsafeInMarkup(string text, int index)
    {
        var c = text[index];
        return c is < ' ' and not ('\t' or '\r' or '\n')
            || c is >= '\u007f' and <= '\u009f'
            || IsDirectionControl(c)
            || (char.IsHighSurrogate(c) && !(index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])))
            || (char.IsLowSurrogate(c) && !(index > 0 && char.IsHighSurrogate(text[index - 1])));
    }

    /// <summary>The characters that change the direction of the text around them: embeddings, overrides, isolates and the marks.</summary>
    private static bool IsDirectionControl(char c) =>
        c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f' or '\u061c';

    private static string Escape(string text, System.Func<string, int, bool> unsafeAt)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (unsafeAt(text, i))
            {
                var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
                for (; i < text.Length; i++)
                {
                    _ = unsafeAt(text, i) ? AppendEscape(builder, text[i]) : builder.Append(text[i]);
                }

                return builder.ToString();
            }
        }

        return text;
    }

    private static StringBuilder AppendEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    private static bool IsBlankOrInvisible(string text, int index) =>
        char.IsWhiteSpace(text, index)
        || CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || IsFiller(text[index])
        || text[index] == '\u2800';

    /// <summary>The Hangul fillers: letters that show as nothing.</summary>
    private static bool IsFiller(char c) => c is '\u115f' or '\u1160' or '\u3164' or '\uffa0';

    private static bool IsFormulaSign(char c) =>
        c is '=' or '+' or '-' or '@' or '\uff1d' or '\uff0b' or '\uff0d' or '\uff20' or '\ufe66' or '\ufe62' or '\ufe63' or '\ufe6b';

    /// <summary>A decimal number with an optional sign, fraction and exponent: <c>-1</c>, <c>+2.5</c>, <c>-.5</c>, <c>1e-3</c>.</summary>
    private static bool IsPlainNumber(string text)
    {
        var i = text[0] is '+' or '-' ? 1 : 0;
        var digits = Digits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += Digits(text, ref i);
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            i += i < text.Length && text[i] is '+' or '-' ? 1 : 0;
            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;

        static int Digits(string text, ref int i)
        {
            var from = i;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            return i - from;
        }
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The characters a combining mark sits on: letters, digits and symbols.</summary>
    private static bool IsBase(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}
