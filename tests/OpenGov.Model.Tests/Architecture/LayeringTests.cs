using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Xunit;

namespace OpenGov.Model.Tests.Architecture;

/// <summary>
/// The library's folders form layers (docs/architecture.md): code in a folder uses its own layer and the
/// ones below, never one above. Namespaces are cut by what a consumer does, folders by what depends on
/// what; the test places each type of the built assembly in the folder of the file that declares it and
/// reads every type reference (signatures, attributes, method bodies), so a use the compiler let through
/// still fails here.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>The layers, lowest first: folders of <c>src/OpenGov.Model</c> (the empty name is the root folder).</summary>
    public static readonly string[][] Layers =
    [
        ["", "Scales"],
        ["Plans", "Assessments", "Implementation", "Datasets", "Scoring", GeneratedModelMetadata],
        ["Serialization"],
        ["Diagnostics"],
        ["Forms"],
        ["IO"],
        ["Validation"],
        ["Analysis"],
        ["Reporting"],
    ];

    /// <summary>The place of the generated JSON metadata of the model's records: beside them, used by none of them.</summary>
    private const string GeneratedModelMetadata = "(generated model metadata)";

    /// <summary>Where the JSON metadata the generator writes for a namespace's records belongs: with the records it describes.</summary>
    private static readonly Dictionary<string, string> Generated = new(StringComparer.Ordinal)
    {
        ["OpenGov.Model"] = GeneratedModelMetadata,
        ["OpenGov.Model.Validation"] = "Diagnostics",
        ["OpenGov.Model.Analysis"] = "Analysis",
    };

    private static readonly Lazy<Dictionary<string, string>> Folders = new(ReadFolders);

    private static readonly Lazy<Dictionary<(string From, string To), string>> Uses = new(ReadUses);

    [Fact]
    public void Every_folder_of_the_library_has_a_layer()
    {
        var folders = Folders.Value.Values.Distinct().OrderBy(n => n, StringComparer.Ordinal);
        Assert.All(folders, folder => Assert.True(LayerOf(folder) >= 0, $"src/OpenGov.Model/{folder} has no layer in docs/architecture.md"));
    }

    [Fact]
    public void No_type_name_is_declared_in_two_folders()
    {
        var files = SourceFiles().ToList();
        var twice = files.SelectMany(f => DeclaredTypes(File.ReadAllText(f.Path)).Select(name => (name, f.Folder)))
            .Distinct()
            .GroupBy(d => d.name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.Folder))}")
            .ToList();
        Assert.True(twice.Count == 0, string.Join(Environment.NewLine, twice));
    }

    [Fact]
    public void No_namespace_uses_a_layer_above_its_own()
    {
        var violations = Uses.Value
            .Where(use => LayerOf(use.Key.To) > LayerOf(use.Key.From))
            .Select(use => $"{Show(use.Key.From)} (layer {LayerOf(use.Key.From)}) uses {Show(use.Key.To)} (layer {LayerOf(use.Key.To)}): {use.Value}")
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_folders_form_no_cycle()
    {
        var edges = Uses.Value.Keys.Where(k => k.From != k.To).ToLookup(k => k.From, k => k.To);
        var cycles = new List<string>();
        foreach (var start in edges.Select(g => g.Key))
        {
            var path = new Stack<string>();
            if (FindCycle(start, start, edges, path, new HashSet<string>(StringComparer.Ordinal)))
            {
                var steps = path.Reverse().Prepend(start).ToList();
                cycles.Add(string.Join(" → ", steps) + Environment.NewLine +
                    string.Join(Environment.NewLine, steps.Zip(steps.Skip(1), (a, b) => "    " + Uses.Value[(a, b)])));
            }
        }

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void The_test_sees_the_uses_it_checks()
    {
        // The reader finds uses through signatures, bodies and attributes: a sample of each must be present.
        Assert.Contains(("Validation", "Diagnostics"), Uses.Value.Keys);
        Assert.Contains(("Reporting", "Analysis"), Uses.Value.Keys);
        Assert.Contains(("Plans", ""), Uses.Value.Keys);
        Assert.Contains(("IO", "Serialization"), Uses.Value.Keys);
    }

    private static bool FindCycle(string start, string at, ILookup<string, string> edges, Stack<string> path, HashSet<string> seen)
    {
        foreach (var next in edges[at])
        {
            path.Push(next);
            if (next == start || (seen.Add(next) && FindCycle(start, next, edges, path, seen)))
            {
                return true;
            }

            path.Pop();
        }

        return false;
    }

    private static int LayerOf(string folder) => Array.FindIndex(Layers, layer => layer.Contains(folder, StringComparer.Ordinal));

    private static string Show(string folder) => folder.Length == 0 ? "(root)" : folder;

    /// <summary>The source files of the library, with their folder below <c>src/OpenGov.Model</c>.</summary>
    private static IEnumerable<(string Path, string Folder)> SourceFiles()
    {
        var root = Path.Combine(Fixture.RepositoryRoot, "src", "OpenGov.Model");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Replace('\\', '/');
            if (folder.Split('/')[0] is "bin" or "obj")
            {
                continue;
            }

            yield return (file, folder);
        }
    }

    /// <summary>The names (with their generic arity, as metadata writes them) of the top-level types a file declares.</summary>
    private static IEnumerable<string> DeclaredTypes(string source) =>
        TypeDeclaration().Matches(source).Select(m => m.Groups["name"].Value + (m.Groups["generic"].Success ? "`" + (m.Groups["generic"].Value.Count(c => c == ',') + 1) : string.Empty));

    [GeneratedRegex(@"^(?:public|internal) (?:(?:static|sealed|abstract|readonly|partial|ref) )*(?:class|record struct|record|struct|enum|interface) (?<name>\w+)(?<generic><[^>]*>)?", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    private static Dictionary<string, string> ReadFolders()
    {
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, folder) in SourceFiles())
        {
            foreach (var name in DeclaredTypes(File.ReadAllText(path)))
            {
                folders.TryAdd(name, folder);
            }
        }

        return folders;
    }

    /// <summary>Every pair of library folders (user, used), with one example of the use.</summary>
    private static Dictionary<(string From, string To), string> ReadUses()
    {
        var uses = new Dictionary<(string, string), string>();
        using var module = ModuleDefinition.ReadModule(typeof(OgpDocument).Assembly.Location);
        foreach (var type in module.GetTypes())
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }

            foreach (var (used, where) in References(type))
            {
                if (FolderOf(used) is { } to)
                {
                    uses.TryAdd((from, to), $"{type.FullName} → {used.FullName} ({where})");
                }
            }
        }

        return uses;
    }

    private static bool IsLibrary(string ns) => ns == "OpenGov.Model" || ns.StartsWith("OpenGov.Model.", StringComparison.Ordinal);

    /// <summary>The folder of a library type (a nested type's is its outermost type's), or null for a type of another assembly.</summary>
    private static string? FolderOf(TypeReference type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        if (!IsLibrary(type.Namespace))
        {
            return null;
        }

        if (Folders.Value.TryGetValue(type.Name, out var folder))
        {
            return folder;
        }

        Assert.True(type.Name.EndsWith("JsonMetadata", StringComparison.Ordinal) && Generated.ContainsKey(type.Namespace), $"{type.FullName} is in no source file of src/OpenGov.Model");
        return Generated[type.Namespace];
    }

    private static IEnumerable<(TypeReference Type, string Where)> References(TypeDefinition type)
    {
        IEnumerable<(TypeReference, string)> Of(TypeReference? t, string where) => Flatten(t).Select(f => (f, where));

        foreach (var r in Of(type.BaseType, "base type")) yield return r;
        foreach (var i in type.Interfaces) foreach (var r in Of(i.InterfaceType, "interface")) yield return r;
        foreach (var r in Attributes(type, "attribute")) yield return r;
        foreach (var p in type.GenericParameters) foreach (var c in p.Constraints) foreach (var r in Of(c.ConstraintType, "constraint")) yield return r;
        foreach (var f in type.Fields)
        {
            foreach (var r in Of(f.FieldType, "field " + f.Name)) yield return r;
            foreach (var r in Attributes(f, "attribute of " + f.Name)) yield return r;
        }

        foreach (var p in type.Properties)
        {
            foreach (var r in Of(p.PropertyType, "property " + p.Name)) yield return r;
            foreach (var r in Attributes(p, "attribute of " + p.Name)) yield return r;
        }

        foreach (var e in type.Events) foreach (var r in Of(e.EventType, "event " + e.Name)) yield return r;
        foreach (var m in type.Methods)
        {
            var where = "method " + m.Name;
            foreach (var r in Of(m.ReturnType, where)) yield return r;
            foreach (var r in Attributes(m, where)) yield return r;
            foreach (var p in m.Parameters)
            {
                foreach (var r in Of(p.ParameterType, where)) yield return r;
                foreach (var r in Attributes(p, where)) yield return r;
            }

            foreach (var g in m.GenericParameters) foreach (var c in g.Constraints) foreach (var r in Of(c.ConstraintType, where)) yield return r;
            if (!m.HasBody)
            {
                continue;
            }

            foreach (var v in m.Body.Variables) foreach (var r in Of(v.VariableType, where)) yield return r;
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        foreach (var r in Of(t, where)) yield return r;
                        break;
                    case MethodReference method:
                        foreach (var r in Of(method.DeclaringType, where)) yield return r;
                        foreach (var r in Of(method.ReturnType, where)) yield return r;
                        foreach (var p in method.Parameters) foreach (var r in Of(p.ParameterType, where)) yield return r;
                        if (method is GenericInstanceMethod generic)
                        {
                            foreach (var a in generic.GenericArguments) foreach (var r in Of(a, where)) yield return r;
                        }

                        break;
                    case FieldReference field:
                        foreach (var r in Of(field.DeclaringType, where)) yield return r;
                        foreach (var r in Of(field.FieldType, where)) yield return r;
                        break;
                }
            }
        }
    }

    private static IEnumerable<(TypeReference, string)> Attributes(ICustomAttributeProvider provider, string where)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            foreach (var t in Flatten(attribute.AttributeType)) yield return (t, where);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)).Concat(attribute.Fields.Select(f => f.Argument)))
            {
                if (argument.Value is TypeReference t)
                {
                    foreach (var f in Flatten(t)) yield return (f, where);
                }
            }
        }
    }

    /// <summary>The named types in a type: the element of an array or a reference, the arguments of a generic.</summary>
    private static IEnumerable<TypeReference> Flatten(TypeReference? type)
    {
        switch (type)
        {
            case null:
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var t in Flatten(generic.ElementType)) yield return t;
                foreach (var a in generic.GenericArguments) foreach (var t in Flatten(a)) yield return t;
                break;
            case TypeSpecification spec:
                foreach (var t in Flatten(spec.ElementType)) yield return t;
                break;
            default:
                yield return type;
                break;
        }
    }
}
