using System;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>The Spanish, French and Portuguese labels of the scales OGP Local publishes in, read one by one as aliases and written canonically.</summary>
public class TranslatedLabelTests
{
    public static TheoryData<string, CompletionLevel> Completion => new()
    {
        { "No iniciado", CompletionLevel.NotStarted }, { "Non commencé", CompletionLevel.NotStarted }, { "Não iniciado", CompletionLevel.NotStarted },
        { "Limitado", CompletionLevel.Limited }, { "Limité", CompletionLevel.Limited },
        { "Sustancial", CompletionLevel.Substantial }, { "Substantiel", CompletionLevel.Substantial }, { "Substancial", CompletionLevel.Substantial },
        { "Completo", CompletionLevel.Complete }, { "Complet", CompletionLevel.Complete },
    };

    public static TheoryData<string, OpenGovernmentResult> OpenGovernment => new()
    {
        { "Empeoró", OpenGovernmentResult.Worsened }, { "Détérioré", OpenGovernmentResult.Worsened }, { "Piorou", OpenGovernmentResult.Worsened },
        { "No cambió", OpenGovernmentResult.DidNotChange }, { "N'a pas changé", OpenGovernmentResult.DidNotChange }, { "Não mudou", OpenGovernmentResult.DidNotChange },
        { "Marginal", OpenGovernmentResult.Marginal },
        { "Significativo", OpenGovernmentResult.Major }, { "Mayor", OpenGovernmentResult.Major }, { "Majeur", OpenGovernmentResult.Major },
        { "Excepcional", OpenGovernmentResult.Outstanding }, { "Exceptionnel", OpenGovernmentResult.Outstanding },
    };

    public static TheoryData<string, PotentialForResults> Potential => new()
    {
        { "Poco claro", PotentialForResults.Unclear }, { "Peu clair", PotentialForResults.Unclear }, { "Pouco claro", PotentialForResults.Unclear },
        { "Modesto", PotentialForResults.Modest }, { "Modeste", PotentialForResults.Modest },
        { "Sustancial", PotentialForResults.Substantial }, { "Substantiel", PotentialForResults.Substantial }, { "Substancial", PotentialForResults.Substantial },
    };

    public static TheoryData<string, Verifiability> YesNo => new()
    {
        { "Sí", Verifiability.Verifiable }, { "Si", Verifiability.Verifiable }, { "Oui", Verifiability.Verifiable }, { "Sim", Verifiability.Verifiable },
        { "No", Verifiability.NotVerifiable }, { "Non", Verifiability.NotVerifiable }, { "Não", Verifiability.NotVerifiable },
    };

    public static TheoryData<string, PotentialImpact> Impact => new()
    {
        { "Ninguno", PotentialImpact.None }, { "Aucun", PotentialImpact.None }, { "Nenhum", PotentialImpact.None },
        { "Menor", PotentialImpact.Minor }, { "Mineur", PotentialImpact.Minor },
        { "Moderado", PotentialImpact.Moderate }, { "Modéré", PotentialImpact.Moderate },
        { "Transformador", PotentialImpact.Transformative }, { "Transformateur", PotentialImpact.Transformative }, { "Transformadora", PotentialImpact.Transformative },
    };

    public static TheoryData<string, Specificity> SpecificityLabels => new()
    {
        { "Ninguna", Specificity.None }, { "Aucune", Specificity.None }, { "Nenhuma", Specificity.None },
        { "Baja", Specificity.Low }, { "Faible", Specificity.Low }, { "Baixa", Specificity.Low },
        { "Media", Specificity.Medium }, { "Moyenne", Specificity.Medium }, { "Média", Specificity.Medium },
        { "Alta", Specificity.High }, { "Élevée", Specificity.High },
    };

    public static TheoryData<string, EarlyResultsLevel> Early => new()
    {
        { "Sin resultados notables", EarlyResultsLevel.NoNotableResults }, { "Aucun résultat notable", EarlyResultsLevel.NoNotableResults }, { "Sem resultados notáveis", EarlyResultsLevel.NoNotableResults },
        { "Moderados", EarlyResultsLevel.Moderate }, { "Modérés", EarlyResultsLevel.Moderate },
        { "Significativos", EarlyResultsLevel.Significant }, { "Significatifs", EarlyResultsLevel.Significant },
        { "Excepcionales", EarlyResultsLevel.Outstanding }, { "Exceptionnels", EarlyResultsLevel.Outstanding }, { "Excepcionais", EarlyResultsLevel.Outstanding },
    };

    public static TheoryData<string, ProblemAddressed> Problem => new()
    {
        { "Sí", ProblemAddressed.Yes }, { "Oui", ProblemAddressed.Yes }, { "Sim", ProblemAddressed.Yes },
        { "Parcialmente", ProblemAddressed.Partially }, { "Partiellement", ProblemAddressed.Partially },
        { "Non", ProblemAddressed.No }, { "Não", ProblemAddressed.No },
    };

    public static TheoryData<string, RecordedState> NotApplicable => new()
    {
        { "No aplica", RecordedState.NotApplicable }, { "Non applicable", RecordedState.NotApplicable }, { "Não se aplica", RecordedState.NotApplicable },
    };

    [Theory]
    [MemberData(nameof(Impact))]
    public void Potential_impact_labels(string label, PotentialImpact value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(SpecificityLabels))]
    public void Specificity_labels(string label, Specificity value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(Early))]
    public void Early_results_labels(string label, EarlyResultsLevel value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(Problem))]
    public void Problem_addressed_labels(string label, ProblemAddressed value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(NotApplicable))]
    public void Not_applicable_in_other_languages(string label, RecordedState state) =>
        Assert.Equal(state, Codelist<OpenGovernmentResult>.Default.Read(label).State);

    [Theory]
    [MemberData(nameof(Completion))]
    public void Completion_labels(string label, CompletionLevel value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(OpenGovernment))]
    public void Did_it_open_government_labels(string label, OpenGovernmentResult value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(Potential))]
    public void Potential_for_results_labels(string label, PotentialForResults value) => AssertRead(label, value);

    [Theory]
    [MemberData(nameof(YesNo))]
    public void Yes_and_no(string label, Verifiability value) => AssertRead(label, value);

    [Fact]
    public void A_translated_label_is_written_back_canonically_in_the_json_format()
    {
        var design = new DesignAssessment { Verifiable = Codelist<Verifiability>.Default.Read("Sí"), PotentialForResults = Codelist<PotentialForResults>.Default.Read("Modeste") };

        var json = System.Text.Json.JsonSerializer.Serialize(design, OgpJson.GetTypeInfo<DesignAssessment>());

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("yes", document.RootElement.GetProperty("verifiable").GetString());
        Assert.Equal("modest", document.RootElement.GetProperty("potentialForResults").GetString());
    }

    private static void AssertRead<T>(string label, T value)
        where T : struct, Enum
    {
        Assert.Equal(Recorded<T>.Of(value), Codelist<T>.Default.Read(label));
        Assert.Equal(Recorded<T>.Of(value), Codelist<T>.Default.Read(" " + label.ToUpperInvariant() + " "));
    }
}
