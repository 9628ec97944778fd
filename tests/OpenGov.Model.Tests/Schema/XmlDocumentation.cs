using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OpenGov.Model.Tests.Schema;

/// <summary>The summaries of the library's XML documentation, as plain text.</summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocumentation(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocumentation For(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The XML documentation of the library is not beside it; the test project copies it (AllowedReferenceRelatedFileExtensions).", path);
        }

        var summaries = XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Plain(m.Element("summary")!), StringComparer.Ordinal);
        return new XmlDocumentation(summaries);
    }

    public string? Of(Type type) => _summaries.GetValueOrDefault("T:" + Name(type));

    /// <summary>The summary of a property; for the internal field behind a JSON member (<c>_title</c>), that of its public property (<c>Title</c>).</summary>
    public string? Of(MemberInfo member)
    {
        var name = member is FieldInfo && member.Name.StartsWith('_') && member.Name.Length > 1
            ? char.ToUpperInvariant(member.Name[1]) + member.Name.Substring(2)
            : member.Name;
        return _summaries.GetValueOrDefault("P:" + Name(member.DeclaringType!) + "." + name);
    }

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string Plain(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" or "seealso" } e when e.Attribute("langword") is { } word => word.Value,
            XElement { Name.LocalName: "see" or "seealso" } e when e.Attribute("cref") is { } cref => ShortName(cref.Value),
            XElement { Name.LocalName: "see" } e when e.Attribute("href") is { } href => e.Value.Length > 0 ? e.Value : href.Value,
            XElement { Name.LocalName: "paramref" or "typeparamref" } e => (string?)e.Attribute("name") ?? string.Empty,
            XElement e => e.Value,
            _ => string.Empty,
        }));
        text = Whitespace().Replace(text, " ").Trim();

        // Property summaries read "Gets the …"; a schema describes the value itself.
        if (text.StartsWith("Gets ", StringComparison.Ordinal) && text.Length > 5)
        {
            text = char.ToUpperInvariant(text[5]) + text.Substring(6);
        }

        return text;
    }

    private static string ShortName(string cref)
    {
        var name = cref.Substring(cref.IndexOf(':', StringComparison.Ordinal) + 1);
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name.Substring(0, paren);
        }

        name = Regex.Replace(name, "`+[0-9]+", string.Empty);
        var parts = name.Split('.');
        return parts.Length >= 2 && char.IsUpper(parts[^1][0]) && char.IsUpper(parts[^2][0]) && !cref.StartsWith("T:", StringComparison.Ordinal)
            ? parts[^2] + "." + parts[^1]
            : parts[^1];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
