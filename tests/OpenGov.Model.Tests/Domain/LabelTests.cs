using System;
using System.Globalization;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>Every value of every codelist has a token and a label in English, Spanish, French and Portuguese.</summary>
public class LabelTests
{
    private static readonly CultureInfo[] Languages =
        [CultureInfo.GetCultureInfo("en-GB"), CultureInfo.GetCultureInfo("es-MX"), CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("pt-BR")];

    [Fact]
    public void A_value_has_its_label_in_four_languages_and_its_token()
    {
        var level = CompletionLevel.Substantial;

        Assert.Equal("substantial", level.ToToken());
        Assert.Equal(["Substantial", "Sustancial", "Substantiel", "Substancial"], Array.ConvertAll(Languages, c => level.ToLabel(c)));
        Assert.Equal("Substantial", level.ToLabel(CultureInfo.InvariantCulture));
        Assert.Equal("Substantial", level.ToLabel(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("Substantial", Codelist<CompletionLevel>.Default[level].Label);
    }

    [Fact]
    public void Printing_a_recorded_value_still_gives_its_token()
    {
        Recorded<CompletionLevel> level = CompletionLevel.NotStarted;

        Assert.Equal("not-started", $"{level}");
        Assert.Equal("not-started", level.ToToken());
        Assert.Equal("Não iniciado", level.ToLabel(CultureInfo.GetCultureInfo("pt-PT")));
    }

    [Fact]
    public void A_recorded_value_without_a_value_has_a_label_too()
    {
        var spanish = CultureInfo.GetCultureInfo("es");

        Assert.Equal("Sin datos", Recorded<CompletionLevel>.NoData.ToLabel(spanish));
        Assert.Equal("No data", Recorded<CompletionLevel>.NoData.ToLabel(CultureInfo.InvariantCulture));
        Assert.Equal("Non applicable", Recorded<Region>.NotApplicable.ToLabel(CultureInfo.GetCultureInfo("fr")));
        Assert.Equal("Sem resposta", Recorded<Region>.NotAnswered.ToLabel(CultureInfo.GetCultureInfo("pt")));
        Assert.Equal("Mostly", Recorded<CompletionLevel>.Unrecognized("Mostly").ToLabel(spanish));
        Assert.Equal("Mostly", Recorded<CompletionLevel>.Unrecognized("Mostly").ToToken());
        Assert.Equal("no-data", Recorded<CompletionLevel>.NoData.ToToken());
    }

    [Fact]
    public void The_label_follows_the_current_ui_culture_when_none_is_given()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-CA");
        try
        {
            Assert.Equal("Élevée", Specificity.High.ToLabel());
            Assert.Equal("Élevée", ((Recorded<Specificity>)Specificity.High).ToLabel());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Undefined_values_and_enumerations_without_a_codelist_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((CompletionLevel)99).ToLabel(CultureInfo.InvariantCulture));
        Assert.Throws<NotSupportedException>(() => DateOrder.DayFirst.ToLabel(CultureInfo.InvariantCulture));
        Assert.Throws<NotSupportedException>(() => DatePrecision.Day.ToToken());
    }

    [Fact]
    public void Every_value_of_every_codelist_has_four_labels_that_read_back_as_it() => ForEveryCodelist(new Check());

    private static void ForEveryCodelist(Check check)
    {
        check.Run<CompletionLevel>();
        check.Run<OpenGovernmentResult>();
        check.Run<EarlyResultsLevel>();
        check.Run<PotentialImpact>();
        check.Run<PotentialForResults>();
        check.Run<Specificity>();
        check.Run<Verifiability>();
        check.Run<CompletionChange>();
        check.Run<OgpValue>();
        check.Run<Region>();
        check.Run<MemberKind>();
        check.Run<PlannedImplementation>();
        check.Run<ProblemAddressed>();
        check.Run<ImmediateResult>();
        check.Run<RequirementStatus>();
        check.Run<PublicInfluence>();
    }

    private sealed class Check
    {
        public void Run<T>()
            where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                Assert.Equal(Codelist<T>.Default[value].Token, value.ToToken());
                Assert.Equal(Codelist<T>.Default[value].Label, value.ToLabel(Languages[0]));
                foreach (var language in Languages)
                {
                    var label = value.ToLabel(language);
                    Assert.False(string.IsNullOrWhiteSpace(label), $"{typeof(T).Name}.{value} has no label in {language.Name}.");
                    Assert.Equal(Recorded<T>.Of(value), Codelist<T>.Default.Read(label));
                }

                Assert.True(
                    value.ToLabel(Languages[1]) != value.ToLabel(Languages[0]) || value.ToLabel(Languages[2]) != value.ToLabel(Languages[0]) || IsSameInEveryLanguage(value),
                    $"{typeof(T).Name}.{value} has only its English label.");
            }
        }

        private static bool IsSameInEveryLanguage<T>(T value)
            where T : struct, Enum => value.ToString() is "Marginal" or "Local";
    }
}
