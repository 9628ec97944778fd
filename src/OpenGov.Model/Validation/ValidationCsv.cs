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

        foreach (var finding in report.Findings)
        {
            writer.Write(Field(report.Subject));
            writer.Write(',');
            writer.Write(Field(finding.Code));
            writer.Write(',');
            writer.Write(Token(finding.Severity.ToString()));
            writer.Write(',');
            writer.Write(Token(finding.Category.ToString()));
            writer.Write(',');
            writer.Write(Field(finding.Path));
            writer.Write(',');
            writer.Write(Field(finding.FieldPath));
            writer.Write(',');
            writer.Write(Field(finding.Message));
            writer.Write(',');
            writer.Write(Field(finding.Value));
            writer.Write(',');
            writer.Write(finding.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            writer.Write(',');
            writer.Write(finding.Column?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            writer.Write("\r\n");
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

    private static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var quote = false;
        foreach (var c in text!)
        {
            if (c is ',' or '"' or '\r' or '\n')
            {
                quote = true;
                break;
            }
        }

        // A leading =, +, - or @ would be a formula to a spreadsheet; a quote and an apostrophe keep it text.
        var formula = text[0] is '=' or '+' or '@' || (text[0] == '-' && text.Length > 1 && !char.IsDigit(text[1]));
        if (!quote && !formula)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4).Append('"');
        if (formula)
        {
            builder.Append('\'');
        }

        builder.Append(text.Replace("\"", "\"\"")).Append('"');
        return builder.ToString();
    }
}
