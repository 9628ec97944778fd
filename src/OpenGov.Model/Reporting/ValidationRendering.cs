using System;
using System.Globalization;
using System.IO;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>Renders a <see cref="ValidationReport"/> for people: CSV rows for a spreadsheet, or plain text.</summary>
public static class ValidationRendering
{
    /// <summary>The header row of <see cref="WriteCsv"/>.</summary>
    public const string CsvHeader = "subject,code,severity,category,path,field_path,message,value,line,column,question_number,question";

    /// <summary>
    /// Writes one CSV row per finding kept (RFC 4180: comma-separated, quoted where needed, CRLF line
    /// ends), after the header unless <paramref name="includeHeader"/> is false. The first column is the
    /// report's subject, so that the rows of several reports can go in one sheet. A cell that a
    /// spreadsheet would run as a formula is written inert.
    /// </summary>
    /// <param name="report">The validation report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="includeHeader">Whether to write <see cref="CsvHeader"/> first.</param>
    public static void WriteCsv(this ValidationReport report, TextWriter writer, bool includeHeader = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        if (includeHeader)
        {
            writer.Write(CsvHeader);
            writer.Write("\r\n");
        }

        var csv = new CsvText(writer, safeCells: true);
        foreach (var finding in report.Findings)
        {
            csv.WriteField(report.Subject);
            csv.WriteField(finding.Code);
            csv.WriteField(Token(finding.Severity));
            csv.WriteField(Token(finding.Category));
            csv.WriteField(finding.Path);
            csv.WriteField(finding.FieldPath);
            csv.WriteField(finding.Message);
            csv.WriteField(finding.Value);
            csv.WriteField(finding.Line);
            csv.WriteField(finding.Column);
            csv.WriteField(finding.QuestionNumber);
            csv.WriteField(finding.Question);
            csv.EndRow();
        }
    }

    /// <summary>Writes the findings as CSV text, with the header; see <see cref="WriteCsv"/>.</summary>
    /// <param name="report">The validation report.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(this ValidationReport report)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(report, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the report as the plain text that <c>ogp validate</c> prints: the counts, then each rule's
    /// findings with their paths and locations, then the completeness of a report.
    /// </summary>
    /// <param name="report">The validation report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="kind">What kind of input was validated, shown after the subject, such as <see cref="DocumentKinds.CommitmentDataset"/>; left out when null.</param>
    public static void WriteText(this ValidationReport report, TextWriter writer, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ValidationText.Write(writer, report, kind);
    }

    private static string Token<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
