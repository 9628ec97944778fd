using System;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Rendering;

/// <summary>The document of the validation rules, for people.</summary>
public static class RuleDocument
{
    /// <summary>Writes the rule catalogue (<see cref="ValidationRules.All"/>) as Markdown: the text of <c>docs/rules.md</c>.</summary>
    public static string ToMarkdown()
    {
        var text = new System.Text.StringBuilder();
        text.Append("# Validation rules\n\n");
        text.Append("The rules that `OgpValidator` runs (written from `ValidationRules` by a test; do not edit by hand).\n");
        text.Append("Codes are stable: a retired rule keeps its code and no code is given twice.\n\n");
        text.Append("| code | title | severity | category | rule set | scope |\n|---|---|---|---|---|---|\n");
        foreach (var rule in ValidationRules.All)
        {
            text.Append("| [").Append(rule.Code).Append("](#").Append(rule.Code.ToLowerInvariant()).Append(") | ").Append(rule.Title)
                .Append(" | ").Append(Name(rule.Severity)).Append(" | ").Append(Name(rule.Category)).Append(" | ").Append(Name(rule.RuleSet))
                .Append(" | ").Append(Name(rule.Scope)).Append(" |\n");
        }

        foreach (var rule in ValidationRules.All)
        {
            text.Append("\n## ").Append(rule.Code).Append("\n\n**").Append(rule.Title).Append("** · ").Append(Name(rule.Severity))
                .Append(" · ").Append(Name(rule.Category)).Append(" · scope: ").Append(Name(rule.Scope)).Append("\n\n")
                .Append(rule.Description).Append("\n\nSource: ").Append(rule.Source).Append('\n');
        }

        return text.ToString();

        static string Name<T>(T value)
            where T : struct, Enum =>
            LabelKey.Kebab(System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", " "));
    }
}
