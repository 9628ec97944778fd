using Xunit;

namespace OpenGov.Model.Tests.Import;

public class DatasetJsonRowsTests
{
    private const string ArrayOfRows = """
        [
          {"Commitment Unique Identifier": "AL0002", "Country/Locality": "Albania", "Code": "ALB", "Completion (End Of Term)": "Substantial", "_CompletionEndTerm": 4, "Open Parliaments": "1"},
          {"Commitment Unique Identifier": "AL0003", "Country/Locality": "Albania", "Code": "ALB", "Completion (End Of Term)": "NR", "Notes": "to check"}
        ]
        """;

    private const string KeyedRows = """
        {"source": "https://example.org/ogp.csv", "data": {
          "AL0002": {"Country/Locality": "Albania", "Code": "ALB", "Completion (End Of Term)": "Substantial", "_CompletionEndTerm": 4, "Open Parliaments": "1"},
          "AL0003": {"Country/Locality": "Albania", "Code": "ALB", "Completion (End Of Term)": "NR", "Notes": "to check"}
        }}
        """;

    [Fact]
    public void An_array_of_rows_is_read_with_the_csv_mapping()
    {
        var import = Imports.JsonRows(ArrayOfRows, "rows.json");

        Assert.Empty(import.Findings);
        var rows = import.Dataset.Records;
        Assert.Equal(2, rows.Count);
        Assert.Equal(CommitmentId.Parse("AL0002"), rows[0].Commitment.Id);
        Assert.Equal(CompletionLevel.Substantial, rows[0].Commitment.Assessment!.Implementation.CompletionEndOfTerm.Value);
        Assert.Equal(4, rows[0].Codes.CompletionEndOfTerm.Value);
        Assert.True(rows[0].Commitment.PolicyAreas[PolicyArea.OpenParliaments].Value);
        Assert.Equal("to check", rows[1].ExtraColumns["Notes"]);
        Assert.Equal("rows.json", import.Dataset.Source!.Title);
        Assert.Equal(["Commitment Unique Identifier", "Country/Locality", "Code", "Completion (End Of Term)", "_CompletionEndTerm", "Open Parliaments", "Notes"], import.Dataset.Columns);
    }

    [Fact]
    public void Rows_keyed_by_identifier_read_as_the_same_rows()
    {
        var keyed = Imports.JsonRows(KeyedRows, null);
        var array = Imports.JsonRows(ArrayOfRows, null);

        Assert.Equal(array.Dataset.Records, keyed.Dataset.Records);
        Assert.Equal("https://example.org/ogp.csv", keyed.Dataset.Source!.Url);
    }

    [Fact]
    public void The_two_shapes_are_recognised_and_documents_are_not()
    {
        Assert.Equal(InputKind.DatasetJsonRows, KindOf(ArrayOfRows));
        Assert.Equal(InputKind.DatasetJsonRows, KindOf(KeyedRows));
        Assert.Equal(InputKind.Document, KindOf("""{"kind": "commitment-dataset", "data": {}}"""));
        Assert.Equal(InputKind.Document, KindOf("[1, 2]"));

        static InputKind KindOf(string json)
        {
            using var input = OgpReader.OpenText(json);
            return input.Kind;
        }
    }

    [Fact]
    public void Other_json_is_refused_with_the_library_exception()
    {
        Assert.Throws<OgpJsonException>(() => Imports.JsonRows("{\"rows\": []}", null));
        Assert.Throws<OgpJsonException>(() => Imports.JsonRows("[1]", null));
        Assert.Throws<OgpJsonException>(() => Imports.JsonRows("[{\"a\": ", null));
    }

    [Fact]
    public void Rows_without_the_identity_column_give_one_error_and_no_row()
    {
        var import = Imports.JsonRows("""[{"Country/Locality": "Albania"}]""", null);

        Assert.Empty(import.Dataset.Records);
        Assert.Equal("OGP500", Assert.Single(import.Findings).Code);
        Assert.True(import.HasErrors);
    }
}
