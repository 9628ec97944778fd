using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Tests.Schema;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of each document kind from the model: System.Text.Json's
/// schema exporter over the library's own metadata, with the library's converters described
/// (recorded values, dates, identifiers, codelists) and the XML documentation as descriptions.
/// </summary>
/// <remarks>The committed files under <c>schema/</c> are this generator's output; a test fails when they drift apart.</remarks>
internal static class SchemaGenerator
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyDictionary<string, Type> Kinds { get; } = new Dictionary<string, Type>
    {
        [DocumentKinds.ActionPlan] = typeof(ActionPlan),
        [DocumentKinds.EndOfCommitmentReport] = typeof(EndOfCommitmentReport),
        [DocumentKinds.InceptionReport] = typeof(InceptionReport),
        [DocumentKinds.ActionPlanReview] = typeof(ActionPlanReview),
        [DocumentKinds.ResultsReport] = typeof(ResultsReport),
        [DocumentKinds.SelfAssessmentReport] = typeof(SelfAssessmentReport),
        [DocumentKinds.ImplementationTracker] = typeof(ImplementationTracker),
        [DocumentKinds.CommitmentDataset] = typeof(CommitmentDataset),
        [DocumentKinds.ValidationReport] = typeof(Model.Validation.ValidationReport),
        [DocumentKinds.DatasetSummary] = typeof(Model.Analysis.DatasetSummary),
        [DocumentKinds.DatasetDifference] = typeof(Model.Analysis.DatasetDifference),
        [DocumentKinds.ImplementationSummary] = typeof(Model.Analysis.ImplementationSummary),
        [DocumentKinds.ImplementationDifference] = typeof(Model.Analysis.ImplementationDifference),
    };

    public static string FileName(string kind) => kind + ".schema.json";

    public static string Generate(string kind)
    {
        var type = Kinds[kind];
        var docs = XmlDocumentation.For(typeof(OgpJson).Assembly);
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, docs, defs),
        };

        var body = OgpJson.Options.GetJsonSchemaAsNode(type, exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = $"urn:opengov-model:schema:{OgpJson.CurrentSchemaVersion}:{kind}",
            ["title"] = Title(type),
            ["description"] = docs.Of(type),
            ["type"] = "object",
        };

        var properties = new JsonObject
        {
            ["kind"] = new JsonObject { ["description"] = "The kind of document.", ["const"] = kind },
        };
        foreach (var (name, schema) in body["properties"]!.AsObject().ToList())
        {
            body["properties"]!.AsObject().Remove(name);
            if (name != "kind")
            {
                properties[name] = schema;
            }
        }

        properties["schemaVersion"]!.AsObject()["pattern"] = "^1\\.[0-9]+$";
        properties["schemaVersion"]!.AsObject()["default"] = OgpJson.DefaultSchemaVersion;
        root["properties"] = properties;
        root["required"] = new JsonArray("kind");
        root["$defs"] = new JsonObject(defs.Select(d => new KeyValuePair<string, JsonNode?>(d.Key, d.Value)));
        return root.ToJsonString(WriteOptions) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, XmlDocumentation docs, IDictionary<string, JsonNode> defs)
    {
        var type = context.TypeInfo.Type;
        var replaced = Describe(type, defs) ?? node;
        if (replaced is JsonObject obj)
        {
            if (context.PropertyInfo?.AttributeProvider is MemberInfo member && docs.Of(member) is { } propertyDoc)
            {
                obj["description"] = propertyDoc;
            }
            else if (context.PropertyInfo is null && type.Namespace?.StartsWith("OpenGov.Model", StringComparison.Ordinal) == true && !type.IsGenericType && docs.Of(type) is { } typeDoc && !obj.ContainsKey("$ref"))
            {
                obj["description"] = typeDoc;
            }
        }

        return replaced;
    }

    /// <summary>The schema of a type the library reads with its own converter, or <see langword="null"/> to keep the exporter's.</summary>
    private static JsonObject? Describe(Type type, IDictionary<string, JsonNode> defs)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null && Identifier(nullable, defs) is { } id)
        {
            return new JsonObject { ["anyOf"] = new JsonArray(id, new JsonObject { ["type"] = "null" }) };
        }

        if (Identifier(type, defs) is { } identifier)
        {
            return identifier;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) && Identifier(type.GetGenericArguments()[0], defs) is { } item)
        {
            return new JsonObject { ["type"] = "array", ["items"] = item };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Recorded<>))
        {
            return new JsonObject { ["anyOf"] = new JsonArray(Value(type.GetGenericArguments()[0], defs), Ref(defs, "missing", Missing)) };
        }

        if (type == typeof(NodaTime.LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date" };
        }

        if (nullable == typeof(NodaTime.LocalDate))
        {
            return new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" };
        }

        if (type == typeof(ValueDictionary<string, string>))
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } };
        }

        if (type == typeof(ValueDictionary<PolicyArea, Recorded<bool>>))
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = Ref(defs, "policy-area", PolicyAreaSchema),
                ["additionalProperties"] = Describe(typeof(Recorded<bool>), defs),
            };
        }

        return null;
    }

    private static JsonNode Value(Type type, IDictionary<string, JsonNode> defs)
    {
        if (type.IsEnum)
        {
            return Ref(defs, CodelistName(type), () => Codelist(type));
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(PartialDate))
        {
            return Ref(defs, "partial-date", PartialDateSchema);
        }

        if (type == typeof(ValueList<CommitmentId>))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Identifier(typeof(CommitmentId), defs) };
        }

        throw new NotSupportedException($"No schema for recorded {type}.");
    }

    private static JsonObject? Identifier(Type type, IDictionary<string, JsonNode> defs) =>
        type == typeof(CommitmentId) ? Ref(defs, "commitment-id", () => Pattern("The unique identifier of a commitment: two or three upper-case letters and four digits, such as AL0002.", "^[A-Z]{2,3}[0-9]{4}$"))
        : type == typeof(MemberCode) ? Ref(defs, "member-code", () => Pattern("The code of an OGP member: ISO 3166-1 alpha-3 for a country (ALB), four letters for a local member (ARBA).", "^[A-Z]{3,4}$"))
        : type == typeof(DatasetRowName) ? Ref(defs, "row-name", () => new JsonObject
        {
            ["type"] = "string",
            ["minLength"] = 1,
            ["description"] = "How a dataset difference names a row: the commitment's identifier, or the text of its identifier cell; #2, #3 … follow the identifier for the second and later rows that repeat it.",
        })
        : type == typeof(ActionPlanId) ? Ref(defs, "action-plan-id", () => Pattern("The identifier of an action plan: AP_, the member code and the plan's number of at least two digits, such as AP_ALB01.", "^AP_[A-Z]{3,4}(0[0-9]|[1-9][0-9]{1,3})$"))
        : null;

    private static JsonObject Ref(IDictionary<string, JsonNode> defs, string name, Func<JsonNode> create)
    {
        if (!defs.ContainsKey(name))
        {
            defs[name] = create();
        }

        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private static JsonObject Pattern(string description, string pattern) =>
        new() { ["description"] = description, ["type"] = "string", ["pattern"] = pattern };

    private static JsonNode Missing() => new JsonObject
    {
        ["description"] = "Nothing recorded (null: not answered), or one of the kinds of missing that OGP data keeps apart: no-data (ND, the indicator did not exist for the method), not-reviewed (NR), not-applicable (NA).",
        ["enum"] = new JsonArray(null, "no-data", "not-reviewed", "not-applicable"),
    };

    private static JsonNode PartialDateSchema() => new JsonObject
    {
        ["description"] = "A date of day, month, quarter or year precision in ISO 8601 (2022-12-31, 2014-07, 2016-Q4, 2014), or, when the date keeps the text it was read from, an object with that text and whether it could be read two ways.",
        ["anyOf"] = new JsonArray(
            IsoDate(),
            new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["value"] = IsoDate(),
                    ["sourceText"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "The text the date was read from, such as 3/4/2019." },
                    ["ambiguous"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether the text could be read two ways (month first or day first)." },
                },
                ["required"] = new JsonArray("value"),
            }),
    };

    private static JsonObject IsoDate() => new()
    {
        ["type"] = "string",
        ["anyOf"] = new JsonArray(
            new JsonObject { ["format"] = "date" },
            new JsonObject { ["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$" },
            new JsonObject { ["pattern"] = "^[0-9]{4}-Q[1-4]$" },
            new JsonObject { ["pattern"] = "^[0-9]{4}$" }),
    };

    private static JsonNode PolicyAreaSchema() => new JsonObject
    {
        ["description"] = "The token of a policy area: the kebab-case of its label. Known areas: " + string.Join(", ", PolicyArea.All.Select(a => a.Token)) + "; other tokens are kept.",
        ["type"] = "string",
        ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$",
    };

    private static string CodelistName(Type type)
    {
        var list = CodelistOf(type).GetProperty("Default")!.GetValue(null)!;
        return (string)list.GetType().GetProperty("Name")!.GetValue(list)!;
    }

    private static Type CodelistOf(Type type) => typeof(Codelist<>).MakeGenericType(type);

    private static JsonNode Codelist(Type type)
    {
        var list = CodelistOf(type).GetProperty("Default")!.GetValue(null)!;
        var entries = ((System.Collections.IEnumerable)list.GetType().GetProperty("Entries")!.GetValue(list)!).Cast<object>().ToList();
        string Get(object o, string name) => (string)o.GetType().GetProperty(name)!.GetValue(o)!;
        var lines = entries.Select(e => $"{Get(e, "Token")}: {Get(e, "Label")}. {Get(e, "Definition")}");
        return new JsonObject
        {
            ["title"] = Get(list, "Title"),
            ["description"] = Get(list, "Definition") + " Values: " + string.Join(" ", lines),
            ["type"] = "string",
            ["enum"] = new JsonArray(entries.Select(e => (JsonNode)JsonValue.Create(Get(e, "Token"))).ToArray()),
        };
    }

    private static string Title(Type type) => type.Name switch
    {
        nameof(ActionPlan) => "OGP action plan",
        nameof(EndOfCommitmentReport) => "OGP Local End of Commitment Report",
        nameof(CommitmentDataset) => "OGP commitment dataset",
        nameof(Model.Validation.ValidationReport) => "OpenGov.Model validation report",
        _ => type.Name,
    };
}
