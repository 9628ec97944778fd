using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Cli.Serve;

/// <summary>
/// The pages of the review server, written as HTML: the upload page, a review's results, a comparison, a problem.
/// Every value of the data is HTML-encoded; the pages load only the server's own stylesheet and script, and work
/// without the script (forms post, findings are filtered and the convention switched by CSS).
/// </summary>
internal static class ReviewPage
{
    /// <summary>How many findings of one rule the page lists; the downloads have them all.</summary>
    public const int FindingsPerRule = 200;

    /// <summary>Inputs of at most this many lines are shown whole; longer ones, the lines findings point to.</summary>
    private const int WholeSourceLines = 2000;

    private const int LongestLine = 2000;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly FindingSeverity[] Severities = [FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info];

    /// <summary>The upload page: a file, dropped or chosen, or pasted text; and two releases to compare.</summary>
    public static string Home(ServeText t, string? message = null)
    {
        var html = new StringBuilder(8 * 1024);
        Start(html, t, t["title"], "/");
        html.Append("<h1>").Append(E(t["title"])).Append("</h1>\n<p>").Append(E(t["intro"])).Append("</p>\n");
        if (message is not null)
        {
            html.Append("<p class=\"problem\" role=\"alert\">").Append(E(message)).Append("</p>\n");
        }

        html.Append("<form method=\"post\" action=\"/review?lang=").Append(t.Language).Append("\" enctype=\"multipart/form-data\" class=\"upload\">\n");
        Conventions(html, t, "strict", "convention");
        html.Append("<div class=\"drop\" data-drop>\n<label for=\"file\">").Append(E(t["file"])).Append("</label>\n")
            .Append("<input type=\"file\" id=\"file\" name=\"file\" aria-describedby=\"file-hint\">\n<p id=\"file-hint\" class=\"hint\">").Append(E(t["file-hint"]))
            .Append(" <span class=\"drop-hint\">").Append(E(t["drop"])).Append("</span></p>\n</div>\n")
            .Append("<label for=\"text\">").Append(E(t["text"])).Append("</label>\n<textarea id=\"text\" name=\"text\" rows=\"6\" spellcheck=\"false\"></textarea>\n")
            .Append("<p><button type=\"submit\">").Append(E(t["review"])).Append("</button></p>\n</form>\n");

        html.Append("<h2 id=\"compare\">").Append(E(t["difference"])).Append("</h2>\n<p id=\"other-hint\" class=\"hint\">").Append(E(t["other-hint"])).Append("</p>\n")
            .Append("<form method=\"post\" action=\"/compare?lang=").Append(t.Language).Append("\" enctype=\"multipart/form-data\" class=\"upload\" aria-labelledby=\"compare\">\n")
            .Append("<label for=\"old\">").Append(E(t["file"])).Append(" 1</label>\n<input type=\"file\" id=\"old\" name=\"file\" required>\n")
            .Append("<label for=\"new\">").Append(E(t["file"])).Append(" 2</label>\n<input type=\"file\" id=\"new\" name=\"other\" required aria-describedby=\"other-hint\">\n")
            .Append("<p><button type=\"submit\">").Append(E(t["difference"])).Append("</button></p>\n</form>\n");
        return End(html, t);
    }

    /// <summary>The results of a review.</summary>
    public static string Results(Review review, ServeText t, string convention, string? pastedText)
    {
        var html = new StringBuilder(64 * 1024);
        var title = t["results"] + " " + review.Name;
        Start(html, t, title, null);
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");

        html.Append("<section aria-labelledby=\"what\">\n<h2 id=\"what\">").Append(E(t["what"])).Append("</h2>\n<dl class=\"facts\">\n");
        Fact(html, t["kind"], KindName(review.Kind), "kind");
        if (review.DocumentKind is { } documentKind)
        {
            Fact(html, t["document-kind"], documentKind, "document-kind");
        }

        if (review.Kind != InputKind.DatasetWorkbook)
        {
            Fact(html, t["encoding"], EncodingName(review.Encoding), "encoding");
        }

        if (review.Delimiter is { } delimiter)
        {
            Fact(html, t["delimiter"], delimiter switch { '\t' => "tab", ',' => "comma (,)", ';' => "semicolon (;)", '|' => "pipe (|)", _ => delimiter.ToString() }, "delimiter");
        }

        if (review.Sheet is { } sheet)
        {
            Fact(html, t["sheet"], sheet, "sheet");
        }

        if (review.Validation is { } counted)
        {
            Fact(html, t["items"], Number(counted.ItemCount), "items");
        }

        html.Append("</dl>\n");
        if (review.StoppedEarly)
        {
            html.Append("<p class=\"problem\" role=\"status\">").Append(E(t["stopped"])).Append("</p>\n");
        }

        html.Append("</section>\n");

        if (review.Validation?.Completeness is { } score)
        {
            var percent = (score.Ratio * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
            html.Append("<section aria-labelledby=\"score\">\n<h2 id=\"score\">").Append(E(t["score"])).Append("</h2>\n")
                .Append("<p class=\"score\"><meter id=\"score-meter\" min=\"0\" max=\"1\" value=\"").Append(score.Ratio.ToString("0.####", CultureInfo.InvariantCulture))
                .Append("\" aria-labelledby=\"score\"></meter> <output data-score>").Append(percent).Append("</output> ")
                .Append(E(t.Format("score-of", Number(score.Answered), Number(score.Required)))).Append("</p>\n</section>\n");
        }

        var findings = review.Validation?.Findings.ToList() ?? [.. review.ReadingFindings];
        var left = review.Validation?.FindingsLeftOut ?? 0;
        var shownLines = ShownLines(review, findings);
        Findings(html, t, findings, left, shownLines);

        if (review.StrictSummary is { } strict && review.DatasetSummary is { } datasetSummary)
        {
            html.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">").Append(E(t["summary"])).Append("</h2>\n");
            Conventions(html, t, convention, "convention-view");
            html.Append("<div class=\"summary summary-strict\">\n").Append(Embedded(strict.ToHtml())).Append("</div>\n")
                .Append("<div class=\"summary summary-dataset\">\n").Append(Embedded(datasetSummary.ToHtml())).Append("</div>\n</section>\n");
        }
        else if (review.TrackerSummary is { } tracker)
        {
            html.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">").Append(E(t["summary"])).Append("</h2>\n<div class=\"summary\">\n")
                .Append(Embedded(tracker.ToHtml())).Append("</div>\n</section>\n");
        }

        if (review.Contents is { } contents)
        {
            html.Append("<section aria-labelledby=\"contents\">\n<h2 id=\"contents\">").Append(E(t["contents"])).Append("</h2>\n<pre class=\"contents\" tabindex=\"0\">")
                .Append(E(contents)).Append("</pre>\n</section>\n");
        }

        Source(html, t, review, shownLines);
        Downloads(html, t, review, convention, pastedText);
        html.Append("<p><a href=\"/?lang=").Append(t.Language).Append("\">").Append(E(t["again"])).Append("</a></p>\n");
        return End(html, t);
    }

    /// <summary>The comparison of two releases.</summary>
    public static string Difference(string oldName, string newName, DatasetDifference difference, ServeText t)
    {
        var html = new StringBuilder(16 * 1024);
        var title = t["difference"] + ": " + oldName + " → " + newName;
        Start(html, t, title, null);
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<pre class=\"contents\" tabindex=\"0\" data-difference>").Append(E(difference.ToText())).Append("</pre>\n")
            .Append("<p><a href=\"/?lang=").Append(t.Language).Append("\">").Append(E(t["again"])).Append("</a></p>\n");
        return End(html, t);
    }

    /// <summary>A problem, for a form post: what is wrong, and where in the input.</summary>
    public static string Problem(ReviewProblem problem, ServeText t)
    {
        var html = new StringBuilder(4 * 1024);
        var heading = problem.Type switch
        {
            "too-large" => t["title"],
            "busy" => t["title"],
            _ => t["unreadable"],
        };
        Start(html, t, heading, null);
        html.Append("<h1>").Append(E(heading)).Append("</h1>\n<p class=\"problem\" role=\"alert\" data-problem=\"").Append(E(problem.Type)).Append("\">");
        if (problem.Input is { } input)
        {
            html.Append(E(input)).Append(": ");
        }

        html.Append(E(problem.Type switch
        {
            "busy" => t["busy"],
            "no-input" => t["nothing"],
            _ => problem.Message,
        })).Append("</p>\n");
        var where = new List<string>();
        if (problem.Line is { } line)
        {
            where.Add(t.Format("line", Number(line)));
        }

        if (problem.Column is { } column)
        {
            where.Add(t.Format("column", Number(column)));
        }

        if (problem.Path is { } path)
        {
            where.Add(path);
        }

        if (where.Count > 0)
        {
            html.Append("<p>").Append(E(t["location"])).Append(": <span data-location>").Append(E(string.Join(", ", where))).Append("</span></p>\n");
        }

        html.Append("<p><a href=\"/?lang=").Append(t.Language).Append("\">").Append(E(t["again"])).Append("</a></p>\n");
        return End(html, t);
    }

    private static void Start(StringBuilder html, ServeText t, string title, string? switchPath)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(t.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E(title)).Append("</title>\n<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"/assets/app.css\">\n<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n<header>\n<a class=\"home\" href=\"/?lang=")
            .Append(t.Language).Append("\">OGP · ogp serve</a>\n");
        if (switchPath is not null)
        {
            html.Append("<a class=\"language\" lang=\"").Append(t.Other.Language).Append("\" hreflang=\"").Append(t.Other.Language).Append("\" href=\"").Append(switchPath).Append("?lang=")
                .Append(t.Other.Language).Append("\">").Append(E(t["switch-language"])).Append("</a>\n");
        }

        html.Append("</header>\n<main id=\"main\">\n");
    }

    private static string End(StringBuilder html, ServeText t)
    {
        html.Append("</main>\n<footer>\n<p>").Append(E(t["api"])).Append(": <a href=\"/openapi.json\">/openapi.json</a>.</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The choice of indicator convention, as radio buttons: on the upload form, and on the results, where CSS shows
    /// the summary it names and the download form takes it (the buttons come before the form's file, so the server
    /// reads the choice first).
    /// </summary>
    private static void Conventions(StringBuilder html, ServeText t, string chosen, string name)
    {
        var prefix = name == "convention" ? "c" : "v";
        html.Append("<fieldset class=\"conventions\">\n<legend>").Append(E(t["convention"])).Append("</legend>\n");
        foreach (var convention in new[] { "strict", "dataset" })
        {
            html.Append("<label><input type=\"radio\" name=\"").Append(name == "convention" ? name : "convention\" form=\"download-form").Append("\" id=\"").Append(prefix).Append('-').Append(convention).Append("\" value=\"").Append(convention).Append('"')
                .Append(convention == chosen ? " checked" : string.Empty).Append("> ").Append(E(t[convention])).Append("</label>\n");
        }

        html.Append("</fieldset>\n");
    }

    private static void Findings(StringBuilder html, ServeText t, List<Finding> findings, int left, HashSet<int> shownLines)
    {
        html.Append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">").Append(E(t["findings"])).Append(" <span class=\"count\" data-findings>").Append(Number(findings.Count + left)).Append("</span></h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>").Append(E(t["no-findings"])).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<fieldset class=\"filters\">\n<legend>").Append(E(t["filter"])).Append("</legend>\n<span class=\"filter-group\">").Append(E(t["severity"])).Append(":</span>\n");
        foreach (var severity in Severities)
        {
            var name = severity.ToString().ToLowerInvariant();
            html.Append("<label><input type=\"checkbox\" id=\"show-").Append(name).Append("\" checked> ").Append(E(t[name])).Append(" (").Append(Number(findings.Count(f => f.Severity == severity))).Append(")</label>\n");
        }

        html.Append("<span class=\"filter-group\">").Append(E(t["category"])).Append(":</span>\n");
        foreach (var category in findings.Select(f => f.Category).Distinct().OrderBy(c => c))
        {
            var name = category.ToString().ToLowerInvariant();
            html.Append("<label><input type=\"checkbox\" id=\"show-").Append(name).Append("\" checked> ").Append(E(name)).Append(" (").Append(Number(findings.Count(f => f.Category == category))).Append(")</label>\n");
        }

        html.Append("</fieldset>\n");
        foreach (var group in findings.GroupBy(f => f.Code).OrderBy(g => Rank(g.First().Severity)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var title = ValidationRules.TryGet(group.Key, out var rule) ? rule.Title : first.Message;
            var severity = first.Severity.ToString().ToLowerInvariant();
            var category = first.Category.ToString().ToLowerInvariant();
            var count = group.Count();
            html.Append("<details open class=\"rule sev-").Append(severity).Append(" cat-").Append(category).Append("\" data-rule=\"").Append(E(group.Key)).Append("\">\n<summary><span class=\"badge ")
                .Append(severity).Append("\">").Append(E(t[severity])).Append("</span> <code>").Append(E(group.Key)).Append("</code> ").Append(E(title))
                .Append(" <span class=\"count\">× ").Append(Number(count)).Append("</span> <span class=\"muted\">").Append(E(category)).Append("</span></summary>\n")
                .Append("<table>\n<thead><tr><th scope=\"col\">").Append(E(t["location"])).Append("</th><th scope=\"col\">").Append(E(t["message"])).Append("</th><th scope=\"col\">")
                .Append(E(t["value"])).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var finding in group.Take(FindingsPerRule))
            {
                html.Append("<tr><td>");
                Location(html, t, finding, shownLines);
                html.Append("</td><td>").Append(E(finding.Message)).Append("</td><td>");
                if (finding.Value is { } value)
                {
                    html.Append("<code>").Append(E(Cut(value, 300))).Append("</code>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
            if (count > FindingsPerRule)
            {
                html.Append("<p class=\"muted\">").Append(E(t.Format("more", Number(count - FindingsPerRule)))).Append("</p>\n");
            }

            html.Append("</details>\n");
        }

        if (left > 0)
        {
            html.Append("<p class=\"muted\">").Append(E(t.Format("more", Number(left)))).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void Location(StringBuilder html, ServeText t, Finding finding, HashSet<int> shownLines)
    {
        var parts = new List<string>();
        if (finding.Line is { } line)
        {
            var where = t.Format("line", Number(line)) + (finding.Column is { } column ? ", " + t.Format("column", Number(column)) : string.Empty);
            if (shownLines.Contains(line))
            {
                html.Append("<a href=\"#L").Append(Number(line)).Append("\">").Append(E(where)).Append("</a>");
            }
            else
            {
                html.Append(E(where));
            }

            parts.Add(string.Empty);
        }

        if (finding.QuestionNumber is { } number)
        {
            html.Append(parts.Count > 0 ? "<br>" : string.Empty).Append(E(t.Format("question", number)));
            if (finding.Question is { } question)
            {
                html.Append(": ").Append(E(Cut(question, 160)));
            }

            parts.Add(string.Empty);
        }

        if (finding.Path.Length > 0 && finding.Line is null)
        {
            html.Append(parts.Count > 0 ? "<br>" : string.Empty).Append("<code>").Append(E(finding.Path)).Append("</code>");
        }
    }

    /// <summary>The lines of the input shown on the page: all of a short input, else those the findings point to and the header.</summary>
    private static HashSet<int> ShownLines(Review review, List<Finding> findings)
    {
        var count = review.SourceLines.Count;
        if (count == 0)
        {
            return [];
        }

        if (count <= WholeSourceLines)
        {
            return [.. Enumerable.Range(1, count)];
        }

        var shown = new HashSet<int> { 1 };
        foreach (var finding in findings)
        {
            if (finding.Line is { } line && line <= count && shown.Count < WholeSourceLines)
            {
                shown.Add(line);
            }
        }

        return shown;
    }

    private static void Source(StringBuilder html, ServeText t, Review review, HashSet<int> shown)
    {
        if (shown.Count == 0)
        {
            return;
        }

        var whole = shown.Count == review.SourceLines.Count;
        var heading = whole ? t["source"] : t["source-some"];
        html.Append("<section aria-labelledby=\"source\">\n<details class=\"source\"").Append(whole && review.SourceLines.Count > 200 ? string.Empty : " open").Append(">\n<summary><h2 id=\"source\">")
            .Append(E(heading)).Append("</h2></summary>\n<table class=\"lines\">\n<tbody>\n");
        foreach (var line in shown.Order())
        {
            html.Append("<tr id=\"L").Append(Number(line)).Append("\"><th scope=\"row\">").Append(Number(line)).Append("</th><td><code>").Append(E(Cut(review.SourceLines[line - 1], LongestLine))).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void Downloads(StringBuilder html, ServeText t, Review review, string convention, string? pastedText)
    {
        var outputs = new List<string> { "document-json" };
        if (review.Kind is InputKind.DatasetCsv or InputKind.DatasetJsonRows or InputKind.DatasetWorkbook || review.DocumentKind == DocumentKinds.CommitmentDataset)
        {
            outputs.Add("dataset-csv");
        }

        if (review.DocumentKind is DocumentKinds.EndOfCommitmentReport or DocumentKinds.InceptionReport)
        {
            outputs.Add("report-text");
        }

        if (review.Validation is not null)
        {
            outputs.AddRange(["validation-json", "validation-csv"]);
        }

        if (review.StrictSummary is not null || review.TrackerSummary is not null)
        {
            outputs.AddRange(["summary-html", "summary-markdown"]);
        }

        if (review.StrictSummary is not null)
        {
            outputs.Add("indicators-csv");
        }

        html.Append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">").Append(E(t["downloads"])).Append("</h2>\n<form method=\"post\" action=\"/download\" enctype=\"multipart/form-data\" class=\"downloads\" id=\"download-form\">\n");
        if (pastedText is not null)
        {
            html.Append("<input type=\"hidden\" name=\"text\" value=\"").Append(E(pastedText)).Append("\">\n");
        }
        else
        {
            html.Append("<p class=\"hint\" id=\"downloads-hint\">").Append(E(t["downloads-hint"])).Append("</p>\n<label for=\"download-file\">").Append(E(t["same-file"])).Append(" (")
                .Append(E(review.Name)).Append(")</label>\n<input type=\"file\" id=\"download-file\" name=\"file\" required aria-describedby=\"downloads-hint\">\n");
        }

        html.Append("<ul>\n");
        foreach (var output in outputs)
        {
            html.Append("<li><button type=\"submit\" formaction=\"/download?output=").Append(output).Append(review.StrictSummary is null ? "&amp;convention=" + convention : string.Empty).Append("&amp;language=").Append(t.Language)
                .Append("&amp;lang=").Append(t.Language).Append("\" data-output=\"").Append(output).Append("\">").Append(E(t["download"])).Append(' ').Append(E(t[output])).Append("</button></li>\n");
        }

        html.Append("</ul>\n</form>\n</section>\n");
    }

    /// <summary>The body of a summary page, its headings put under the review's.</summary>
    private static string Embedded(string page)
    {
        var start = page.IndexOf("<body>", StringComparison.Ordinal);
        var end = page.LastIndexOf("</body>", StringComparison.Ordinal);
        var body = start < 0 || end < start ? page : page[(start + "<body>".Length)..end];
        return body.Replace("<h2", "<h4", StringComparison.Ordinal).Replace("</h2>", "</h4>", StringComparison.Ordinal)
            .Replace("<h1", "<h3", StringComparison.Ordinal).Replace("</h1>", "</h3>", StringComparison.Ordinal);
    }

    private static void Fact(StringBuilder html, string term, string value, string name) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd data-fact=\"").Append(name).Append("\">").Append(E(value)).Append("</dd>\n");

    private static int Rank(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => 0,
        FindingSeverity.Warning => 1,
        _ => 2,
    };

    private static string KindName(InputKind kind) => kind switch
    {
        InputKind.DatasetCsv => "dataset (CSV)",
        InputKind.DatasetJsonRows => "dataset (JSON rows)",
        InputKind.DatasetWorkbook => "dataset (workbook)",
        InputKind.ReportPage => "End of Commitment Report page (text)",
        InputKind.InceptionReportPage => "Inception Report page (text)",
        _ => "JSON document",
    };

    internal static string EncodingName(InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf16LittleEndian => "UTF-16LE",
        InputEncoding.Utf16BigEndian => "UTF-16BE",
        InputEncoding.Utf32LittleEndian => "UTF-32LE",
        InputEncoding.Utf32BigEndian => "UTF-32BE",
        InputEncoding.Windows1252 => "Windows-1252",
        InputEncoding.Latin1 => "ISO-8859-1",
        _ => "UTF-8",
    };

    private static string Cut(string text, int length) => text.Length > length ? text[..length] + "…" : text;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// HTML-encodes a value of the data, with its invisible formatting characters (direction overrides and
    /// isolates, zero-width characters: Unicode's format category) shown as <c>\uXXXX</c>, so that no value can
    /// reorder or hide what the page shows.
    /// </summary>
    private static string E(string text)
    {
        var visible = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.GetUnicodeCategory(text[i]) == UnicodeCategory.Format)
            {
                var escaped = new StringBuilder(text.Length + 16);
                foreach (var c in text)
                {
                    if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                    {
                        escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }
                }

                visible = escaped.ToString();
                break;
            }
        }

        return Encoder.Encode(visible);
    }
}
