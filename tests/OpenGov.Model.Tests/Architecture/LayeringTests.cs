using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Xunit;

namespace OpenGov.Model.Tests.Architecture;

/// <summary>
/// The library's namespaces form layers (docs/architecture.md): a namespace uses its own layer and the
/// ones below, never one above. The test reads every type reference of the built assembly (signatures,
/// attributes, method bodies), so a use the compiler let through still fails here.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The layers, lowest first.</summary>
    public static readonly string[][] Layers =
    [
        ["OpenGov.Model", "OpenGov.Model.Scales"],
        ["OpenGov.Model.Plans", "OpenGov.Model.Assessments", "OpenGov.Model.Datasets", "OpenGov.Model.Scoring"],
        ["OpenGov.Model.Serialization"],
        ["OpenGov.Model.Diagnostics"],
        ["OpenGov.Model.IO"],
        ["OpenGov.Model.Validation"],
        ["OpenGov.Model.Analysis"],
        ["OpenGov.Model.Reporting"],
    ];

    private static readonly Lazy<Dictionary<(string From, string To), string>> Uses = new(ReadUses);

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        var namespaces = Uses.Value.Keys.SelectMany(k => new[] { k.From, k.To }).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        Assert.All(namespaces, ns => Assert.True(LayerOf(ns) >= 0, $"{ns} has no layer in docs/architecture.md"));
    }

    [Fact]
    public void No_namespace_uses_a_layer_above_its_own()
    {
        var violations = Uses.Value
            .Where(use => LayerOf(use.Key.To) > LayerOf(use.Key.From))
            .Select(use => $"{use.Key.From} (layer {LayerOf(use.Key.From)}) uses {use.Key.To} (layer {LayerOf(use.Key.To)}): {use.Value}")
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_namespaces_form_no_cycle()
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
        Assert.Contains(("OpenGov.Model.Validation", "OpenGov.Model.Diagnostics"), Uses.Value.Keys);
        Assert.Contains(("OpenGov.Model.Reporting", "OpenGov.Model.Analysis"), Uses.Value.Keys);
        Assert.Contains(("OpenGov.Model.Plans", "OpenGov.Model"), Uses.Value.Keys);
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

    private static int LayerOf(string ns) => Array.FindIndex(Layers, layer => layer.Contains(ns, StringComparer.Ordinal));

    /// <summary>Every pair of library namespaces (user, used), with one example of the use.</summary>
    private static Dictionary<(string From, string To), string> ReadUses()
    {
        var uses = new Dictionary<(string, string), string>();
        using var module = ModuleDefinition.ReadModule(typeof(OgpDocument).Assembly.Location);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!IsLibrary(from))
            {
                continue;
            }

            foreach (var (used, where) in References(type))
            {
                var to = NamespaceOf(used);
                if (IsLibrary(to))
                {
                    uses.TryAdd((from, to), $"{type.FullName} → {used.FullName} ({where})");
                }
            }
        }

        return uses;
    }

    private static bool IsLibrary(string ns) => ns == "OpenGov.Model" || ns.StartsWith("OpenGov.Model.", StringComparison.Ordinal);

    private static string NamespaceOf(TypeReference type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
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
