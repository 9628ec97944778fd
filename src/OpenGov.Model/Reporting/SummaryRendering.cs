using System;
using System.Globalization;
using System.IO;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Rendering;

/// <summary>Renders a <see cref="DatasetSummary"/> for people: Markdown, a self-contained HTML page, or plain text.</summary>
public static class SummaryRendering
{
    /// <summary>Renders the summary as Markdown: tables of shares, distributions, change in completion, agreement and coverage.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(this DatasetSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SummaryMarkdown.Render(summary);
    }

    /// <summary>
    /// Renders the summary as one self-contained HTML page: inline SVG charts of the completion and
    /// "Did it Open Government?" distributions and of the indicator shares per group, and the tables of
    /// <see cref="ToMarkdown"/>. The page has no script and loads nothing.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The HTML page.</returns>
    public static string ToHtml(this DatasetSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SummaryHtml.Render(summary);
    }

    /// <summary>Writes the summary as the plain text that <c>ogp summary</c> prints.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteText(this DatasetSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);
        SummaryText.Write(writer, summary);
    }

    /// <summary>Renders the summary as the plain text of <see cref="WriteText"/>.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The text.</returns>
    public static string ToText(this DatasetSummary summary)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteText(summary, writer);
        return writer.ToString();
    }
}
