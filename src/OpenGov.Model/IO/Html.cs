using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// The text of a cell that holds HTML, as trackers exported from web pages do: line breaks and paragraphs as
/// new lines, links as their text with their addresses kept, other tags left out, character references decoded.
/// Text without a tag of HTML's usual markup (<c>br</c>, <c>p</c>, <c>a</c>, <c>div</c>, lists, emphasis) is
/// returned as it is, so that text with angle brackets or ampersands of its own is kept.
/// </summary>
internal static class Html
{
    private static readonly string[] Known = ["a", "b", "br", "div", "em", "h1", "h2", "h3", "h4", "i", "li", "ol", "p", "span", "strong", "u", "ul", "tr", "td", "table", "tbody", "font", "small"];

    /// <summary>Gets the text of <paramref name="cell"/>, adding the address of each link to <paramref name="links"/>.</summary>
    public static string ToText(string cell, List<Evidence> links)
    {
        if (NextTag(cell, 0).Start < 0)
        {
            // Markup escaped once more (&lt;a href=…&gt;), as some exports write it, is read as markup.
            if (cell.AsSpan().IndexOf("&lt;".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0 && WebUtility.HtmlDecode(cell) is var decoded && NextTag(decoded, 0).Start >= 0)
            {
                return ToText(decoded, links);
            }

            return cell;
        }

        cell = WithoutHidden(cell);

        var text = new StringBuilder(cell.Length);
        var at = 0;
        while (true)
        {
            var (start, end, name, closing) = NextTag(cell, at);
            if (start < 0)
            {
                break;
            }

            text.Append(WebUtility.HtmlDecode(cell.Substring(at, start - at)));
            at = end;
            if (name is "br" or "p" or "div" or "li" or "tr" or "h1" or "h2" or "h3" or "h4" or "ul" or "ol")
            {
                if (text.Length > 0 && text[text.Length - 1] != '\n')
                {
                    text.Append('\n');
                }

                if (name == "li" && !closing)
                {
                    text.Append("- ");
                }
            }
            else if (name == "a" && !closing && Href(cell.Substring(start, end - start)) is { Length: > 0 } href)
            {
                var address = WebUtility.HtmlDecode(href).Trim();
                if (address.Length > 0 && !links.Exists(l => l.Reference == address))
                {
                    var close = cell.IndexOf("</a", at, StringComparison.OrdinalIgnoreCase);
                    var label = close < 0 ? null : WebUtility.HtmlDecode(ToText(cell.Substring(at, close - at), [])).Trim();
                    links.Add(new Evidence { Reference = address, Description = string.IsNullOrEmpty(label) || label == address ? null : label });
                }
            }
        }

        text.Append(WebUtility.HtmlDecode(cell.Substring(at)));
        return Tidy(text.ToString());
    }

    /// <summary>The markup without what a page does not show: comments, scripts and styles.</summary>
    private static string WithoutHidden(string cell)
    {
        var text = new StringBuilder(cell.Length);
        var at = 0;
        while (at < cell.Length)
        {
            var comment = cell.IndexOf("<!--", at, StringComparison.Ordinal);
            var script = cell.IndexOf("<script", at, StringComparison.OrdinalIgnoreCase);
            var style = cell.IndexOf("<style", at, StringComparison.OrdinalIgnoreCase);
            var next = new[] { comment, script, style }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                break;
            }

            text.Append(cell, at, next - at);
            var close = next == comment ? "-->" : next == script ? "</script" : "</style";
            var end = cell.IndexOf(close, next + 4, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return text.ToString();
            }

            end = close == "-->" ? end + 3 : (cell.IndexOf('>', end) is var gt and >= 0 ? gt + 1 : cell.Length);
            at = end;
        }

        text.Append(cell, at, cell.Length - at);
        return text.ToString();
    }

    /// <summary>The first link address (<c>http://</c> or <c>https://</c>) in <paramref name="text"/>: its start and length, or -1.</summary>
    public static (int Start, int Length) FindUrl(string text)
    {
        var start = text.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        while (start >= 0)
        {
            var rest = text.Substring(start);
            var scheme = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
            if (scheme > 0)
            {
                var end = start + scheme;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"'))
                {
                    end++;
                }

                // Punctuation that ends a sentence or closes parentheses around the link is not part of it.
                while (end > start + scheme && (text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' || (text[end - 1] == ')' && text.IndexOf('(', start, end - start) < 0)))
                {
                    end--;
                }

                if (end > start + scheme)
                {
                    return (start, end - start);
                }
            }

            start = text.IndexOf("http", start + 4, StringComparison.OrdinalIgnoreCase);
        }

        return (-1, 0);
    }

    /// <summary>The next tag from <paramref name="from"/>: <c>&lt;</c>, an optional <c>/</c>, a letter, then anything but angle brackets up to <c>&gt;</c>.</summary>
    private static (int Start, int End, string Name, bool Closing) NextTag(string text, int from)
    {
        for (var i = text.IndexOf('<', from); i >= 0; i = text.IndexOf('<', i + 1))
        {
            var j = i + 1;
            var closing = j < text.Length && text[j] == '/';
            if (closing)
            {
                j++;
            }

            if (j >= text.Length || !IsAsciiLetter(text[j]))
            {
                continue;
            }

            var nameStart = j;
            while (j < text.Length && (IsAsciiLetter(text[j]) || text[j] is >= '0' and <= '9'))
            {
                j++;
            }

            var name = text.Substring(nameStart, j - nameStart).ToLowerInvariant();
            if (Array.IndexOf(Known, name) < 0)
            {
                continue;
            }

            // The tag ends at the first '>' outside quoted attribute values.
            var end = j;
            char? quote = null;
            while (end < text.Length && (quote is not null || text[end] is not ('<' or '>')))
            {
                if (quote is null && text[end] is '"' or '\'' && end > 0 && text[end - 1] == '=')
                {
                    quote = text[end];
                }
                else if (quote == text[end])
                {
                    quote = null;
                }

                end++;
            }

            if (end < text.Length && text[end] == '>' && (j == end || !IsAsciiLetter(text[j]) && text[j] is not ('0' or '1' or '2' or '3' or '4' or '5' or '6' or '7' or '8' or '9')))
            {
                return (i, end + 1, name, closing);
            }
        }

        return (-1, -1, string.Empty, false);
    }

    private static string? Href(string tag)
    {
        var at = tag.IndexOf("href", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var i = at + 4;
        while (i < tag.Length && char.IsWhiteSpace(tag[i]))
        {
            i++;
        }

        if (i >= tag.Length || tag[i] != '=')
        {
            return null;
        }

        i++;
        while (i < tag.Length && char.IsWhiteSpace(tag[i]))
        {
            i++;
        }

        if (i >= tag.Length)
        {
            return null;
        }

        if (tag[i] is '"' or '\'')
        {
            var close = tag.IndexOf(tag[i], i + 1);
            return close < 0 ? null : tag.Substring(i + 1, close - i - 1);
        }

        var stop = i;
        while (stop < tag.Length && !char.IsWhiteSpace(tag[stop]) && tag[stop] != '>')
        {
            stop++;
        }

        return tag.Substring(i, stop - i);
    }

    /// <summary>Blanks around line breaks and runs of empty lines become one line break; the ends are trimmed.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                kept.Add(trimmed);
            }
        }

        return string.Join("\n", kept);
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
