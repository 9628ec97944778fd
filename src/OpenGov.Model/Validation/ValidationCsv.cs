using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace OpenGov.Model.Validation;

/// <summary>Writes the findings of a validation as CSV rows, for spreadsheets.</summary>
public static class ValidationCsv
{
    /// <summary>The header row.</summary>
    public static readonly string Header = "subject,code,severity,category,path,field_path,message,value,line,column";

    /// <summary>
    /// Writes the header and one row per finding kept (RFC 4180: comma-separated, quoted where needed,
    /// CRLF line ends). The first column is the report's subject, so that the rows of several reports
    /// can go in one sheet (see <see cref="WriteRows"/>).
    /// </summary>
    /// <param name="report">The validation report.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ValidationReport report, TextWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.Write(Header);
        writer.Write("\r\n");
        WriteRows(report, writer);
    }

    /// <summary>Writes one row per finding kept, without the header.</summary>
    /// <param name="report">The validation report.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteRows(ValidationReport report, TextWriter writer)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        // Findings quote the data: a cell a spreadsheet would run as a formula is written inert.
        var csv = new IO.CsvText(writer, neutralizeFormulas: true);
        foreach (var finding in report.Findings)
        {
            csv.WriteField(report.Subject);
            csv.WriteField(finding.Code);
            csv.WriteField(Token(finding.Severity.ToString()));
            csv.WriteField(Token(finding.Category.ToString()));
            csv.WriteField(finding.Path);
            csv.WriteField(finding.FieldPath);
            csv.WriteField(finding.Message);
            csv.WriteField(finding.Value);
            csv.WriteField(finding.Line);
            csv.WriteField(finding.Column);
            csv.EndRow();
        }
    }

    /// <summary>Writes the findings as CSV text; see <see cref="Write"/>.</summary>
    /// <param name="report">The validation report.</param>
    public static string ToCsv(ValidationReport report)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    private static string Token(string name) => name.ToLowerInvariant();
}
