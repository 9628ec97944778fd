using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Xunit;

namespace OpenGov.Model.Tests.Architecture;

/// <summary>
/// The public surface keeps one shape per idea (docs/architecture.md, the naming contract), checked over every public
/// type and member by reflection, as NodaTime's consistency tests do: a method named against the verb table, a public
/// type without documentation, a public type a consumer could change after making it.
/// </summary>
public sealed class SurfaceConsistencyTests
{
    private static readonly Assembly Library = typeof(OgpJson).Assembly;

    private static readonly Type[] PublicTypes = [.. Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static readonly Lazy<XDocument> Documentation = new(() => XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")));

    /// <summary>The verb table: what a method's name promises of its shape. Each rule gives the broken promise, or null.</summary>
    private static readonly (string Verb, Func<MethodInfo, bool> Applies, Func<MethodInfo, string?> Check)[] Verbs =
    [
        ("TryX returns bool and gives its result through an out parameter", m => m.Name.StartsWith("Try", StringComparison.Ordinal) && m.Name.Length > 3 && char.IsUpper(m.Name[3]),
            m => m.ReturnType == typeof(bool) && m.GetParameters().Any(p => p.IsOut) ? null : "does not return bool with an out parameter"),
        ("Parse throws on what it cannot read and returns the value", m => m.IsStatic && m.Name is "Parse" or "ParseExact",
            m => m.ReturnType == typeof(bool) || m.GetParameters().Any(p => p.IsOut) ? "returns bool or has an out parameter (that is TryParse)" : null),
        ("Read of text is total: it documents no exception but a null argument", m => m.IsStatic && m.Name == "Read" && m.GetParameters() is [{ ParameterType: var first }, ..] && (first == typeof(string) || first == typeof(ReadOnlySpan<char>)),
            m => DocumentedExceptions(m).Where(e => e != "T:System.ArgumentNullException").ToList() is { Count: > 0 } thrown ? "documents " + string.Join(", ", thrown) : null),
        ("Create and FromX build an instance of their type", m => m.IsStatic && !IsExtension(m) && (m.Name.StartsWith("Create", StringComparison.Ordinal) || (m.Name.StartsWith("From", StringComparison.Ordinal) && m.Name.Length > 4 && char.IsUpper(m.Name[4]))),
            m => Builds(m) ? null : $"returns {m.ReturnType.Name}, not a {m.DeclaringType!.Name}"),
        ("ToX converts: it returns something", m => m.Name.StartsWith("To", StringComparison.Ordinal) && m.Name.Length > 2 && char.IsUpper(m.Name[2]),
            m => m.ReturnType == typeof(void) ? "returns nothing" : null),
    ];

    [Fact]
    public void Every_public_method_is_named_by_the_verb_table()
    {
        var broken = new List<string>();
        foreach (var method in PublicTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Where(m => !m.IsSpecialName))
        {
            foreach (var (verb, applies, check) in Verbs)
            {
                if (applies(method) && check(method) is { } why)
                {
                    broken.Add($"{method.DeclaringType!.FullName}.{method.Name}: {why} ({verb})");
                }
            }
        }

        Assert.True(broken.Count == 0, "Named against the verb table:\n" + string.Join("\n", broken.Distinct()));
    }

    [Fact]
    public void Every_public_type_is_documented()
    {
        var documented = Documentation.Value.Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet(StringComparer.Ordinal);
        var missing = PublicTypes.Where(t => !documented.Contains("T:" + t.FullName!.Replace('+', '.'))).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "Public types without documentation:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void No_public_type_can_be_changed_after_it_is_made()
    {
        var mutable = new List<string>();
        foreach (var type in PublicTypes.Where(t => !typeof(Exception).IsAssignableFrom(t) && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                // On netstandard2.0 the init marker is the library's own copy of IsExternalInit: matched by name.
                if (property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == typeof(IsExternalInit).FullName))
                {
                    mutable.Add($"{type.FullName}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    mutable.Add($"{type.FullName}.{field.Name} is a writable field");
                }
            }
        }

        Assert.True(mutable.Count == 0, "Public types that can change:\n" + string.Join("\n", mutable));
    }

    [Fact]
    public void The_checks_see_what_they_check()
    {
        // Each rule applies somewhere: a rule that matches nothing would pass for nothing.
        var methods = PublicTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)).ToList();
        Assert.All(Verbs, verb => Assert.True(methods.Any(verb.Applies), verb.Verb));
        Assert.NotEmpty(DocumentedExceptions(typeof(PartialDate).GetMethod(nameof(PartialDate.Parse), [typeof(string)])!));
        Assert.True(PublicTypes.Length > 100);
    }

    private static bool IsExtension(MethodInfo method) => method.IsDefined(typeof(ExtensionAttribute), false);

    private static bool Builds(MethodInfo method)
    {
        var declaring = method.DeclaringType!;
        var returned = Nullable.GetUnderlyingType(method.ReturnType) ?? method.ReturnType;
        if (returned.IsGenericType && returned.GetGenericTypeDefinition() is var definition
            && (definition == typeof(System.Threading.Tasks.Task<>) || definition == typeof(System.Threading.Tasks.ValueTask<>)))
        {
            returned = returned.GetGenericArguments()[0];
        }

        // A static class that makes another (ValueList makes ValueList<T>) is named after what it makes.
        var name = returned.Name.Split('`')[0];
        return declaring.IsAssignableFrom(returned) || returned.IsAssignableFrom(declaring) || name == declaring.Name.Split('`')[0]
            || (returned.IsGenericType && returned.GetGenericArguments().Any(declaring.IsAssignableFrom));
    }

    /// <summary>The exceptions a method's documentation names (<c>exception cref</c>), as documentation ids.</summary>
    private static IEnumerable<string> DocumentedExceptions(MethodInfo method)
    {
        var id = "M:" + method.DeclaringType!.FullName!.Replace('+', '.') + "." + method.Name;
        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            id += "(" + string.Join(",", parameters.Select(p => DocumentationName(p.ParameterType))) + ")";
        }

        return Documentation.Value.Descendants("member")
            .Where(m => (string?)m.Attribute("name") == id)
            .SelectMany(m => m.Elements("exception"))
            .Select(e => (string?)e.Attribute("cref") ?? string.Empty);
    }

    private static string DocumentationName(Type type)
    {
        if (type.IsByRef)
        {
            return DocumentationName(type.GetElementType()!) + "@";
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName!;
            return definition[..definition.IndexOf('`', StringComparison.Ordinal)] + "{" + string.Join(",", type.GetGenericArguments().Select(DocumentationName)) + "}";
        }

        return type.FullName!.Replace('+', '.');
    }
}
