using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Json.Schema;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Schema;

public class SchemaTests
{
    public static TheoryData<string> Kinds => new(DocumentKinds.All);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    // JsonSchema.Net registers a schema by its $id once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    private static JsonSchema SchemaOf(string kind) => Schemas.GetOrAdd(kind, k => JsonSchema.FromText(OgpJson.GetSchema(k)));

    /// <summary>Set OGP_UPDATE_SCHEMA=1 to write the generated schemas into schema/ after a change of the model.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_committed_schema_is_generated_from_the_model(string kind)
    {
        var path = Path.Combine(Fixture.RepositoryRoot, "schema", SchemaGenerator.FileName(kind));
        var generated = SchemaGenerator.Generate(kind);
        if (Environment.GetEnvironmentVariable("OGP_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with OGP_UPDATE_SCHEMA=1 to write it.");
        Assert.True(generated == File.ReadAllText(path), $"{path} differs from the model; run the tests with OGP_UPDATE_SCHEMA=1 and review the diff.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_library_serves_the_committed_schema(string kind) =>
        Assert.Equal(File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, "schema", SchemaGenerator.FileName(kind))), OgpJson.GetSchema(kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_schema_is_valid_draft_2020_12_json_schema(string kind)
    {
        var schema = SchemaOf(kind);
        var node = JsonNode.Parse(OgpJson.GetSchema(kind))!;

        Assert.Equal(SchemaGenerator.Draft, (string?)node["$schema"]);
        Assert.Equal(kind, (string?)node["properties"]!["kind"]!["const"]);
        Assert.NotNull(schema);
    }

    [Fact]
    public void An_unknown_kind_has_no_schema() =>
        Assert.Throws<ArgumentException>(() => OgpJson.GetSchema("budget"));

    [Property(Arbitrary = [typeof(CanonicalArbitraries)], MaxTest = 150)]
    public void Every_written_document_validates_against_its_schema(OgpDocument document)
    {
        var result = SchemaOf(document.Kind).Evaluate(Element(OgpJson.Serialize(document)), Evaluation);

        Assert.True(result.IsValid, Describe(result));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 100)]
    public void Every_validation_report_validates_against_its_schema(OgpDocument document)
    {
        var report = new Model.Validation.OgpValidator().Validate(document);

        var result = SchemaOf(DocumentKinds.ValidationReport).Evaluate(Element(OgpJson.Serialize(report)), Evaluation);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal(report, OgpJson.Deserialize<Model.Validation.ValidationReport>(OgpJson.Serialize(report)));
    }

    [Fact]
    public void The_mexico_state_report_validates()
    {
        var result = SchemaOf(DocumentKinds.EndOfCommitmentReport).Evaluate(Element(Fixture.Read(Fixture.MexicoReportJsonPath)), Evaluation);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void An_unrecognized_scale_value_fails_validation_at_its_location()
    {
        var report = new EndOfCommitmentReport { Completion = new CompletionAnswer { Level = Recorded<CompletionLevel>.Unrecognized("Mostly done") } };

        var result = SchemaOf(DocumentKinds.EndOfCommitmentReport).Evaluate(Element(OgpJson.Serialize(report)), Evaluation);

        Assert.False(result.IsValid);
        Assert.Contains(result.Details ?? [], d => !d.IsValid && d.InstanceLocation.ToString() == "/completion/level");
    }

    [Fact]
    public void A_malformed_identifier_and_a_wrong_kind_fail_validation()
    {
        var schema = SchemaOf(DocumentKinds.ActionPlan);

        Assert.False(schema.Evaluate(Element("""{"kind": "action-plan", "id": "AP_AL1"}"""), Evaluation).IsValid);
        Assert.False(schema.Evaluate(Element("""{"kind": "end-of-commitment-report"}"""), Evaluation).IsValid);
        Assert.False(schema.Evaluate(Element("""{"kind": "action-plan", "start": "2021-13"}"""), Evaluation).IsValid);
        Assert.True(schema.Evaluate(Element("""{"kind": "action-plan", "start": "2021-12", "x-extension": 1}"""), Evaluation).IsValid);
    }

    [Fact]
    public void Scale_tokens_are_typed_enums_with_their_labels_described()
    {
        var node = JsonNode.Parse(OgpJson.GetSchema(DocumentKinds.ActionPlan))!;
        var completion = node["$defs"]!["completion"]!;

        Assert.Equal("string", (string?)completion["type"]);
        Assert.Equal(
            Codelist<CompletionLevel>.Default.Entries.Select(e => e.Token),
            completion["enum"]!.AsArray().Select(t => (string)t!));
        Assert.Contains("not-started: Not Started.", (string?)completion["description"], StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_carry_their_documentation()
    {
        var node = JsonNode.Parse(OgpJson.GetSchema(DocumentKinds.EndOfCommitmentReport))!;

        Assert.StartsWith("The answer to question 1.2", (string?)node["properties"]!["implementationFactors"]!["description"], StringComparison.Ordinal);
    }

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement;

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
