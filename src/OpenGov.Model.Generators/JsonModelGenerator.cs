using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenGov.Model.Generators;

/// <summary>
/// Writes, for each record of the model marked <c>[OgpJsonObject]</c>, what its partial properties need: a
/// field and accessors per property (the model's source declares each property once, with its
/// documentation), and, per namespace, the System.Text.Json metadata that reads and writes the records
/// through those fields (no boxing, no reflection), registered with the library's JSON format when the
/// assembly loads.
/// </summary>
/// <remarks>
/// A non-nullable property of a reference type gets its default in its field's initializer and when
/// <see langword="null"/> is given to it: <c>string.Empty</c>, the type's static <c>Empty</c>, or a new
/// instance. A document (the attribute's kind) gets its <c>Kind</c>. The metadata carries no converter: the
/// converters of values (recorded values, dates, identifiers) belong to the value types' own metadata,
/// which the JSON format provides; an enumeration's converter named by its <c>[JsonConverter]</c> is used.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class JsonModelGenerator : IIncrementalGenerator
{
    private const string AttributeName = "OpenGov.Model.OgpJsonObjectAttribute";

    private static readonly DiagnosticDescriptor NoDefault = new(
        "OGPGEN001",
        "A non-nullable property has no default",
        "The property '{0}' of type '{1}' is not nullable, and its type has no static Empty and no parameterless constructor: give it a nullable type or an Empty",
        "OpenGov.Model.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NotPartial = new(
        "OGPGEN002",
        "A JSON object is not a partial record",
        "'{0}' is marked [OgpJsonObject] but is not a partial record",
        "OpenGov.Model.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var types = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is TypeDeclarationSyntax,
            static (syntax, cancellationToken) => TypeModel.From((INamedTypeSymbol)syntax.TargetSymbol, (TypeDeclarationSyntax)syntax.TargetNode, cancellationToken));

        context.RegisterSourceOutput(types, static (output, type) =>
        {
            foreach (var problem in type.Problems)
            {
                output.ReportDiagnostic(problem.ToDiagnostic(NoDefault, NotPartial));
            }

            if (type.Problems.Count == 0)
            {
                output.AddSource(type.HintName + ".g.cs", Emitter.Type(type));
            }
        });

        context.RegisterSourceOutput(types.Collect(), static (output, all) =>
        {
            foreach (var space in all.Where(t => t.Problems.Count == 0).GroupBy(t => t.Namespace).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var sorted = space.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
                output.AddSource(Emitter.MetadataClassName(space.Key) + ".g.cs", Emitter.Metadata(space.Key, sorted));
            }
        });
    }
}

/// <summary>What the generator knows of one JSON object type: equatable, so that an unchanged type is not written again.</summary>
internal sealed record TypeModel(
    string Namespace,
    string Name,
    string FullName,
    string Accessibility,
    string Keyword,
    string? DocumentKind,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<MemberModel> Members,
    EquatableArray<string> Lists,
    EquatableArray<EnumModel> Enums,
    EquatableArray<Problem> Problems)
{
    public string HintName => (Namespace.Length == 0 ? string.Empty : Namespace + ".") + Name;

    public static TypeModel From(INamedTypeSymbol type, TypeDeclarationSyntax syntax, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var isPartialRecord = syntax is RecordDeclarationSyntax && syntax.Modifiers.Any(m => m.Text == "partial");
        if (!isPartialRecord)
        {
            problems.Add(new Problem(1, type.Name, string.Empty, syntax.Identifier.GetLocation().GetLineSpan(), syntax.SyntaxTree.FilePath, syntax.Identifier.Span.Start, syntax.Identifier.Span.Length));
        }

        var properties = new List<PropertyModel>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IPropertySymbol { IsPartialDefinition: true, IsStatic: false } property)
            {
                var model = PropertyModel.From(property, out var missingDefault);
                if (missingDefault)
                {
                    var location = property.Locations.FirstOrDefault();
                    var span = location?.GetLineSpan() ?? default;
                    problems.Add(new Problem(0, property.Name, model.Type, span, location?.SourceTree?.FilePath ?? string.Empty, location?.SourceSpan.Start ?? 0, location?.SourceSpan.Length ?? 0));
                }

                properties.Add(model);
            }
        }

        // The JSON members in the order they are written: the bases' first, then the type's own.
        var members = new List<MemberModel>();
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        // A list of the type itself is described with it, for a program that writes one (the rule catalogue, say).
        var lists = new SortedSet<string>(StringComparer.Ordinal) { type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) };
        var enums = new Dictionary<string, EnumModel>(StringComparer.Ordinal);
        foreach (var declaring in chain)
        {
            var declaringName = declaring.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var generated = declaring.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "OpenGov.Model.OgpJsonObjectAttribute");
            foreach (var member in declaring.GetMembers())
            {
                if (member.IsStatic)
                {
                    continue;
                }

                if (generated && member is IPropertySymbol { IsPartialDefinition: true } partial)
                {
                    var model = PropertyModel.From(partial, out _);
                    members.Add(new MemberModel(model.Name, model.JsonName, declaringName, model.FieldName, model.Type, model.TypeOf, IsField: true, CanSet: true, IsExtensionData: false, model.NotNullable));
                    Collect(partial.Type, lists, enums);
                }
                else if (member is IPropertySymbol computed && !computed.IsPartialDefinition && computed.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public
                    && JsonName(computed) is { } computedName && computed.GetMethod is not null)
                {
                    // A property computed from the others, written for readers and not read back.
                    var propertyType = computed.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));
                    members.Add(new MemberModel(computed.Name, computedName, declaringName, computed.Name, propertyType, TypeOf(computed.Type), IsField: false, CanSet: false, IsExtensionData: false, NotNullable(computed.Type)));
                }
                else if (!generated && Has(member, "System.Text.Json.Serialization.JsonIncludeAttribute") && (member is IFieldSymbol || member is IPropertySymbol))
                {
                    // A member of a hand-written base class that the JSON format reads and writes: a document's kind and version.
                    var memberType = member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type;
                    var extension = Has(member, "System.Text.Json.Serialization.JsonExtensionDataAttribute");
                    var typeName = memberType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));
                    members.Add(new MemberModel(member.Name, JsonName(member) ?? member.Name, declaringName, member.Name, typeName, TypeOf(memberType), member is IFieldSymbol, CanSet: true, extension, NotNullable(memberType)));
                }
            }
        }

        var kind = type.GetAttributes()
            .First(a => a.AttributeClass?.ToDisplayString() == "OpenGov.Model.OgpJsonObjectAttribute")
            .NamedArguments.FirstOrDefault(a => a.Key == "DocumentKind").Value.Value as string;

        var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        var accessibility = type.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public ? "public" : "internal";
        var keyword = (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : string.Empty) + "partial record";
        return new TypeModel(
            ns,
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            accessibility,
            keyword,
            kind,
            new EquatableArray<PropertyModel>(properties.ToImmutableArray()),
            new EquatableArray<MemberModel>(members.ToImmutableArray()),
            new EquatableArray<string>(lists.ToImmutableArray()),
            new EquatableArray<EnumModel>(enums.Values.OrderBy(e => e.Type, StringComparer.Ordinal).ToImmutableArray()),
            new EquatableArray<Problem>(problems.ToImmutableArray()));
    }

    /// <summary>The lists and enumerations a property's type needs metadata for, here.</summary>
    private static void Collect(ITypeSymbol type, SortedSet<string> lists, Dictionary<string, EnumModel> enums)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.ConstructedFrom.ToDisplayString() == "OpenGov.Model.ValueList<T>")
        {
            lists.Add(generic.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            Collect(generic.TypeArguments[0], lists, enums);
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (underlying.TypeKind == TypeKind.Enum)
        {
            var name = underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var converter = underlying.GetAttributes()
                .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonConverterAttribute")?
                .ConstructorArguments.FirstOrDefault().Value as ITypeSymbol;
            enums[name] = new EnumModel(name, converter?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        }
    }

    internal static string? JsonName(ISymbol symbol) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonPropertyNameAttribute")?
            .ConstructorArguments.FirstOrDefault().Value as string;

    internal static string TypeOf(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    internal static bool NotNullable(ITypeSymbol type) => !type.IsValueType && type.NullableAnnotation == NullableAnnotation.NotAnnotated;

    private static bool Has(ISymbol symbol, string attribute) => symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attribute);
}

/// <summary>One partial property of a type: its field, its JSON name, its default.</summary>
internal sealed record PropertyModel(
    string Name,
    string JsonName,
    string FieldName,
    string Type,
    string TypeOf,
    string Accessibility,
    bool NotNullable,
    string? Default)
{
    public static PropertyModel From(IPropertySymbol property, out bool missingDefault)
    {
        var type = property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));
        var notNullable = TypeModel.NotNullable(property.Type);
        string? defaultValue = null;
        missingDefault = false;
        if (notNullable)
        {
            defaultValue = DefaultOf(property.Type);
            missingDefault = defaultValue is null;
        }

        var accessibility = property.DeclaredAccessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Public => "public",
            Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            _ => "private",
        };
        return new PropertyModel(
            property.Name,
            TypeModel.JsonName(property) ?? CamelCase(property.Name),
            "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1),
            type,
            TypeModel.TypeOf(property.Type),
            accessibility,
            notNullable,
            defaultValue);
    }

    /// <summary>The default of a non-nullable reference type: empty text, the type's static <c>Empty</c>, or a new instance.</summary>
    private static string? DefaultOf(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return "string.Empty";
        }

        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        foreach (var member in type.GetMembers("Empty"))
        {
            if (member.IsStatic && member is IFieldSymbol or IPropertySymbol && member.DeclaredAccessibility != Microsoft.CodeAnalysis.Accessibility.Private)
            {
                return name + ".Empty";
            }
        }

        if (type is INamedTypeSymbol named && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility != Microsoft.CodeAnalysis.Accessibility.Private))
        {
            return "new " + name + "()";
        }

        return null;
    }

    /// <summary>The camel case of a .NET name, as System.Text.Json's policy writes it: <c>IrmBasedScore</c> is <c>irmBasedScore</c>, <c>URL</c> is <c>url</c>.</summary>
    internal static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}

/// <summary>A JSON member of a type as its metadata reads and writes it: a generated field, a hand-written base member, or a computed property.</summary>
internal sealed record MemberModel(
    string Name,
    string JsonName,
    string DeclaringType,
    string Access,
    string Type,
    string TypeOf,
    bool IsField,
    bool CanSet,
    bool IsExtensionData,
    bool NotNullable);

/// <summary>An enumeration a type's properties use, with the converter its <c>[JsonConverter]</c> names.</summary>
internal sealed record EnumModel(string Type, string? Converter);

/// <summary>A problem of a type's declaration, as the compiler will report it.</summary>
internal sealed record Problem(int Kind, string Name, string Type, FileLinePositionSpan Span, string Path, int Start, int Length)
{
    public Diagnostic ToDiagnostic(DiagnosticDescriptor noDefault, DiagnosticDescriptor notPartial) =>
        Diagnostic.Create(
            Kind == 0 ? noDefault : notPartial,
            Location.Create(Path, new Microsoft.CodeAnalysis.Text.TextSpan(Start, Length), Span.Span),
            Kind == 0 ? [Name, Type] : [Name]);
}

/// <summary>An immutable array that compares by its items, for the generator's cache.</summary>
internal readonly struct EquatableArray<T>(ImmutableArray<T> items) : IEquatable<EquatableArray<T>>, IEnumerable<T>
    where T : IEquatable<T>
{
    private readonly ImmutableArray<T> _items = items;

    public int Count => _items.IsDefault ? 0 : _items.Length;

    public bool Equals(EquatableArray<T> other) => AsEnumerable().SequenceEqual(other.AsEnumerable());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in AsEnumerable())
        {
            hash = (hash * 31) + item.GetHashCode();
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => AsEnumerable().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<T> AsEnumerable() => _items.IsDefault ? Enumerable.Empty<T>() : _items;
}
