using System.IO;
using Xunit;

namespace OpenGov.Model.Tests.Csv;

/// <summary>A sheet translated into Spanish: labels in Spanish, translated columns beside the English ones (domain.md §10).</summary>
public class TranslatedSheetTests
{
    private const string Sheet =
        "Commitment Unique Identifier,Commitment Title,Título del compromiso,Completion (End Of Term),Potential for Results,Verifiable,Texto completo\r\n" +
        "AL0001,Open budgets,Presupuestos abiertos,Sustancial,Modesto,Sí,\"Texto, con coma\nen dos líneas\"\r\n" +
        "AL0002,Open courts,Tribunales abiertos,No iniciado,Poco claro,No,Texto\r\n";

    [Fact]
    public void Spanish_labels_are_read_as_their_values()
    {
        var records = Imports.Csv(Sheet).Dataset.Records;
        Assert.Equal(CompletionLevel.Substantial, records[0].Commitment.Assessment!.Implementation.CompletionEndOfTerm.Value);
        Assert.Equal(CompletionLevel.NotStarted, records[1].Commitment.Assessment!.Implementation.CompletionEndOfTerm.Value);
        Assert.Equal(PotentialForResults.Modest, records[0].Commitment.Assessment!.Design.PotentialForResults.Value);
        Assert.Equal(PotentialForResults.Unclear, records[1].Commitment.Assessment!.Design.PotentialForResults.Value);
        Assert.Equal(Verifiability.Verifiable, records[0].Commitment.Assessment!.Design.Verifiable.Value);
    }

    [Fact]
    public void Translated_columns_are_kept_beside_the_English_ones()
    {
        var import = Imports.Csv(Sheet);
        Assert.Empty(import.Findings);
        var record = import.Dataset.Records[0];
        Assert.Equal("Open budgets", record.Commitment.Title);
        Assert.Equal("Presupuestos abiertos", record.ExtraColumns["Título del compromiso"]);
        Assert.Equal("Texto, con coma\nen dos líneas", record.ExtraColumns["Texto completo"]);
    }

    [Fact]
    public void The_sheet_is_written_back_unchanged_and_its_JSON_canonically()
    {
        var dataset = Imports.Csv(Sheet).Dataset;
        Assert.Equal(Sheet, Csv(dataset));

        var json = OgpJson.Serialize(dataset);
        Assert.Contains("\"completionEndOfTerm\": \"substantial\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"potentialForResults\": \"modest\"", json, System.StringComparison.Ordinal);
        Assert.Equal(Sheet, Csv(OgpJson.Deserialize<CommitmentDataset>(json)));
    }

    private static string Csv(CommitmentDataset dataset)
    {
        var writer = new StringWriter();
        DatasetCsvWriter.Write(dataset, writer, CsvColumnOrder.AsRead, false);
        return writer.ToString();
    }
}
