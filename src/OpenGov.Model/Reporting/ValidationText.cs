using System.Globalization;
using System.IO;
using System.Linq;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>The readable form of a validation report that <c>ogp validate</c> prints.</summary>
internal static class ValidationText
{
    public static void Write(TextWriter writer, ValidationReport report, string? kind)
    {
        var output = TerminalWriter.Over(writer);
        WriteTo(output, report, kind);
        output.Complete();
    }

    private static void WriteTo(TextWriter output, ValidationReport report, string? kind)
    {
        output.WriteLine($"{report.Subject ?? "input"} · {(kind is null ? string.Empty : kind + " · ")}{Count(report.ItemCount, "item")} validated");
        output.WriteLine($"  {Count(report.ErrorCount, "error")}, {Count(report.WarningCount, "warning")}, {Count(report.InfoCount, "info")}");
        foreach (var group in report.Groups)
        {
            output.WriteLine();
            output.WriteLine($"  {group.Rule.Code} {Severity(group.Severity),-7} {group.Rule.Title} ({group.Count.ToString(CultureInfo.InvariantCulture)})");
            foreach (var finding in report.Findings.Where(f => f.Code == group.Rule.Code).Take(group.Paths.Count))
            {
                var location = finding.Line is { } line ? $" (line {line}{(finding.Column is { } column ? ", column " + column.ToString(CultureInfo.InvariantCulture) : string.Empty)})" : string.Empty;
                var question = finding.QuestionNumber is { } number ? number + " "
                    : finding.Line is null && finding.Question is { } field ? field + ": "
                    : string.Empty;
                output.WriteLine($"    {finding.Path}{location}: {question}{finding.Message}");
            }

            if (group.Count > group.Paths.Count)
            {
                output.WriteLine($"    … and {(group.Count - group.Paths.Count).ToString(CultureInfo.InvariantCulture)} more");
            }
        }

        if (report.Completeness is { } completeness)
        {
            output.WriteLine();
            output.WriteLine($"  Completeness: {completeness.Answered} of {completeness.Required} required items answered ({(completeness.Ratio * 100).ToString("0", CultureInfo.InvariantCulture)}%)");
        }
    }

    private static string Severity(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
