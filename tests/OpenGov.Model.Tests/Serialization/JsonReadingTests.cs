using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Xunit;

namespace OpenGov.Model.Tests.Serialization;

public class JsonReadingTests
{
    private static EndOfCommitmentReport ReadReport(string body) =>
        OgpJson.Deserialize<EndOfCommitmentReport>("{\"kind\": \"end-of-commitment-report\"" + (body.Length > 0 ? ", " + body : string.Empty) + "}");

    [Theory]
    [InlineData("\"Completed\"", CompletionLevel.Complete)]
    [InlineData("\"complete\"", CompletionLevel.Complete)]
    [InlineData("\"  NOT started \"", CompletionLevel.NotStarted)]
    [InlineData("\"Not Started\"", CompletionLevel.NotStarted)]
    [InlineData("\"no-evidence-available\"", CompletionLevel.NoEvidenceAvailable)]
    public void Completion_aliases_are_read_and_written_canonically(string json, CompletionLevel expected)
    {
        var report = ReadReport($"\"completion\": {{\"level\": {json}}}");

        Assert.Equal(expected, report.Completion.Level.Value);
        var token = Codelist<CompletionLevel>.Default[expected].Token;
        Assert.Contains($"\"level\": \"{token}\"", OgpJson.Serialize(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Worsens", OpenGovernmentResult.Worsened)]
    [InlineData("Did Not Change", OpenGovernmentResult.DidNotChange)]
    [InlineData("did-not-change", OpenGovernmentResult.DidNotChange)]
    [InlineData("No early results to report yet", OpenGovernmentResult.NoEarlyResultsYet)]
    public void Did_it_open_government_aliases_are_read(string label, OpenGovernmentResult expected) =>
        Assert.Equal(expected, ReadReport($"\"accessToInformation\": {{\"degree\": \"{label}\"}}").AccessToInformation.Degree.Value);

    [Theory]
    [InlineData("\"no-data\"", RecordedState.NoData)]
    [InlineData("\"not-reviewed\"", RecordedState.NotReviewed)]
    [InlineData("\"not-applicable\"", RecordedState.NotApplicable)]
    [InlineData("\"NA\"", RecordedState.NotApplicable)]
    [InlineData("\"Not Applicable\"", RecordedState.NotApplicable)]
    [InlineData("null", RecordedState.NotAnswered)]
    public void Missing_kinds_stay_apart(string json, RecordedState expected) =>
        Assert.Equal(expected, ReadReport($"\"civicParticipation\": {{\"degree\": {json}}}").CivicParticipation.Degree.State);

    [Fact]
    public void A_property_left_out_is_not_answered_and_lists_are_empty()
    {
        var report = ReadReport(string.Empty);

        Assert.Equal(RecordedState.NotAnswered, report.Completion.Level.State);
        Assert.Null(report.Completion.Explanation);
        Assert.Empty(report.Lessons);
        Assert.Empty(report.ImplementedAsPlanned.Evidence);
        Assert.Equal(OgpJson.DefaultSchemaVersion, report.SchemaVersion);
    }

    [Theory]
    [InlineData("\"lessons\": null", "$.lessons")]
    [InlineData("\"completion\": null", "$.completion")]
    [InlineData("\"implementedAsPlanned\": {\"evidence\": null}", "$.implementedAsPlanned.evidence")]
    [InlineData("\"lessons\": [\"a\", null]", "$.lessons[1]")]
    [InlineData("\"implementedAsPlanned\": {\"evidence\": [null]}", "$.implementedAsPlanned.evidence[0]")]
    public void Null_where_a_list_an_item_or_an_answer_belongs_is_an_error_with_its_path(string body, string path)
    {
        var error = Assert.Throws<OgpJsonException>(() => ReadReport(body));

        Assert.Equal(path, error.Path);
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_schema_version_reads_as_the_default()
    {
        var report = ReadReport("\"schemaVersion\": null");

        Assert.Equal(OgpJson.DefaultSchemaVersion, report.SchemaVersion);
        Assert.Equal(ReadReport(string.Empty), report);
    }

    [Fact]
    public void A_kind_that_is_not_a_string_is_an_error() =>
        Assert.Equal("$.kind", Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize("{\"kind\": 1}")).Path);

    [Fact]
    public void A_kind_written_twice_must_agree() =>
        Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize("{\"kind\": \"action-plan\", \"kind\": \"end-of-commitment-report\"}"));

    [Fact]
    public void An_unknown_label_is_kept_as_text_and_written_back()
    {
        var report = ReadReport("\"completion\": {\"level\": \"Mostly done\"}");

        Assert.True(report.Completion.Level.IsUnrecognized);
        Assert.Equal("Mostly done", report.Completion.Level.UnrecognizedText);
        Assert.Contains("\"level\": \"Mostly done\"", OgpJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_kept_at_every_level_and_written_back_unchanged()
    {
        const string json = """
            {
              "kind": "action-plan",
              "x-source": {"sheet": "Master", "rows": [1, 2, 3]},
              "member": {"code": "ALB", "flag": "🇦🇱"},
              "commitments": [{"id": "AL0002", "futureScore": 4.25, "milestones": [{"description": "m", "owner": null}]}]
            }
            """;

        var plan = OgpJson.Deserialize<ActionPlan>(json);

        Assert.Equal("Master", plan.AdditionalProperties["x-source"].GetProperty("sheet").GetString());
        Assert.Equal("🇦🇱", plan.Member!.AdditionalProperties["flag"].GetString());
        Assert.Equal(4.25, plan.Commitments[0].AdditionalProperties["futureScore"].GetDouble());
        Assert.Equal(JsonValueKind.Null, plan.Commitments[0].Milestones[0].AdditionalProperties["owner"].ValueKind);

        var written = JsonDocument.Parse(OgpJson.Serialize(plan)).RootElement;
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"sheet": "Master", "rows": [1, 2, 3]}""").RootElement, written.GetProperty("x-source")));
        Assert.Equal(4.25, written.GetProperty("commitments")[0].GetProperty("futureScore").GetDouble());
    }

    [Fact]
    public void A_number_where_a_scale_token_belongs_is_an_error_with_its_location()
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<EndOfCommitmentReport>(
            "{\n  \"kind\": \"end-of-commitment-report\",\n  \"completion\": {\"level\": 5}\n}"));

        Assert.Equal("$.completion.level", error.Path);
        Assert.Equal(3, error.LineNumber);
        Assert.NotNull(error.BytePositionInLine);
        Assert.IsType<JsonException>(error.InnerException);
        Assert.Contains("completion", error.Reason, StringComparison.Ordinal);
        Assert.Contains("$.completion.level", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_identifier_is_an_error_naming_the_value()
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>(
            """{"kind": "action-plan", "commitments": [{"id": "AL-2"}]}"""));

        Assert.Equal("$.commitments[0].id", error.Path);
        Assert.Contains("'AL-2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_line_and_position()
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>("{\"kind\": \"action-plan\",\n\"title\": }"));

        Assert.Equal(2, error.LineNumber);
        Assert.Equal(10, error.BytePositionInLine);
    }

    [Fact]
    public void Nesting_deeper_than_the_bound_is_an_error()
    {
        var deep = new string('[', OgpJson.MaxDepth + 1) + new string(']', OgpJson.MaxDepth + 1);
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>("{\"kind\": \"action-plan\", \"x\": " + deep + "}"));

        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nesting_within_the_bound_is_kept()
    {
        var deep = new string('[', OgpJson.MaxDepth - 2) + new string(']', OgpJson.MaxDepth - 2);
        var plan = OgpJson.Deserialize<ActionPlan>("{\"kind\": \"action-plan\", \"x\": " + deep + "}");

        Assert.Equal(JsonValueKind.Array, plan.AdditionalProperties["x"].ValueKind);
    }

    [Fact]
    public void A_document_without_kind_is_an_error()
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>("{\"title\": \"t\"}"));

        Assert.Contains("kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_an_unknown_kind_is_an_error()
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize("{\"kind\": \"budget\"}"));

        Assert.Contains("action-plan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_another_kind_is_an_error()
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>("{\"kind\": \"end-of-commitment-report\"}"));

        Assert.Equal("$.kind", error.Path);
        Assert.Contains("end-of-commitment-report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_may_come_after_other_properties()
    {
        var plan = OgpJson.Deserialize<ActionPlan>("{\"title\": \"Plan\", \"kind\": \"action-plan\"}");

        Assert.Equal("Plan", plan.Title);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.7")]
    public void Versions_of_the_first_major_are_read(string version) =>
        Assert.Equal(version, OgpJson.Deserialize<ActionPlan>($"{{\"kind\": \"action-plan\", \"schemaVersion\": \"{version}\"}}").SchemaVersion);

    [Theory]
    [InlineData("2.0")]
    [InlineData("one")]
    [InlineData("1")]
    [InlineData("1.x")]
    public void Other_versions_are_an_error(string version)
    {
        var error = Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>($"{{\"kind\": \"action-plan\", \"schemaVersion\": \"{version}\"}}"));

        Assert.Equal("$.schemaVersion", error.Path);
    }

    [Fact]
    public void Null_and_non_object_documents_are_errors()
    {
        Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize("null"));
        Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize("[]"));
        Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize("\"report\""));
        Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize(string.Empty));
    }

    [Fact]
    public void Utf8_input_with_a_byte_order_mark_is_read()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"kind\": \"action-plan\", \"title\": \"Plan\"}")).ToArray();

        Assert.Equal("Plan", OgpJson.Deserialize<ActionPlan>(bytes).Title);
        using var stream = new MemoryStream(bytes);
        Assert.Equal("Plan", OgpJson.Deserialize<ActionPlan>(stream).Title);
    }

    [Fact]
    public void Dates_are_written_as_iso_and_keep_their_source_text()
    {
        var plan = new ActionPlan
        {
            Start = PartialDate.FromYearMonth(new YearMonth(2021, 1)),
            End = PartialDate.Read("3/4/2022"),
        };

        var json = OgpJson.Serialize(plan);

        Assert.Contains("\"start\": \"2021-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"2022-03-04\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sourceText\": \"3/4/2022\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ambiguous\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_iso_is_kept_as_unrecognized_text()
    {
        var plan = OgpJson.Deserialize<ActionPlan>("{\"kind\": \"action-plan\", \"start\": \"Spring 2021\"}");

        Assert.Equal("Spring 2021", plan.Start.UnrecognizedText);
    }

    [Fact]
    public void A_date_object_whose_source_text_disagrees_with_its_value_is_an_error() =>
        Assert.Throws<OgpJsonException>(() => OgpJson.Deserialize<ActionPlan>(
            """{"kind": "action-plan", "start": {"value": "2021-05-01", "sourceText": "1/1/2021", "ambiguous": false}}"""));

    [Fact]
    public void Text_is_written_readably_as_utf8()
    {
        var report = new EndOfCommitmentReport { Evaluators = ["Carlos de la Peña Jimenez O’Farril"], ActionPlanTitle = "Action plan – 2021 – 2022" };

        var json = OgpJson.Serialize(report);

        Assert.Contains("Peña Jimenez O’Farril", json, StringComparison.Ordinal);
        Assert.Contains("Action plan – 2021", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_options_serialize_nodatime_types_for_composition()
    {
        var json = JsonSerializer.Serialize(new LocalDate(2022, 12, 31), OgpJson.Options);

        Assert.Equal("\"2022-12-31\"", json);
        Assert.True(OgpJson.Options.IsReadOnly);
    }

    [Fact]
    public void Policy_areas_are_keyed_by_token_and_unknown_areas_are_kept()
    {
        var plan = OgpJson.Deserialize<ActionPlan>("""
            {"kind": "action-plan", "commitments": [{"policyAreas": {"open-parliaments": true, "fiscal-openness": false, "digital-participation": "no-data", "space-policy": true}}]}
            """);

        var areas = plan.Commitments[0].PolicyAreas;
        Assert.True(areas[PolicyArea.OpenParliaments].Value);
        Assert.False(areas[PolicyArea.FiscalOpenness].Value);
        Assert.Equal(RecordedState.NoData, areas[PolicyArea.DigitalParticipation].State);
        var unknown = areas.Keys.Single(a => !a.IsKnown);
        Assert.Equal("space-policy", unknown.Token);
        Assert.Contains("\"space-policy\": true", OgpJson.Serialize(plan), StringComparison.Ordinal);
    }
}
