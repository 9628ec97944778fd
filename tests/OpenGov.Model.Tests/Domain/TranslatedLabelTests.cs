using System;
using OpenGov.Model.Assessments;
using OpenGov.Model.Scales;
using OpenGov.Model.Serialization;
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
