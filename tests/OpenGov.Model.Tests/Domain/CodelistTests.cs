using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

public class CodelistTests
{
    public static TheoryData<string> Lists => new(AllSpellings().Select(s => s.List).Distinct());

    /// <summary>Every label, alias and token of every codelist, with the list, the value's entry and a reader.</summary>
    private static IEnumerable<(string List, string Spelling, string Token, Func<string, Recorded<string>> Parse)> AllSpellings()
    {
        return Spellings<CompletionLevel>()
            .Concat(Spellings<OpenGovernmentResult>())
            .Concat(Spellings<EarlyResultsLevel>())
            .Concat(Spellings<PotentialImpact>())
            .Concat(Spellings<PotentialForResults>())
            .Concat(Spellings<Specificity>())
            .Concat(Spellings<Verifiability>())
            .Concat(Spellings<CompletionChange>())
            .Concat(Spellings<OgpValue>())
            .Concat(Spellings<Region>())
            .Concat(Spellings<MemberKind>())
            .Concat(Spellings<PlannedImplementation>())
            .Concat(Spellings<ProblemAddressed>())
            .Concat(Spellings<ImmediateResult>());

        static IEnumerable<(string, string, string, Func<string, Recorded<string>>)> Spellings<T>()
            where T : struct, Enum
        {
            var list = Codelist<T>.Default;
            foreach (var entry in list.Entries)
            {
                foreach (var spelling in new[] { entry.Label, entry.Token }.Concat(entry.Aliases))
                {
                    yield return (list.Name, spelling, entry.Token, text => list.Read(text).Select(v => list[v].Token));
                }
            }
        }
    }

    [Fact]
    public void Every_label_alias_and_token_reads_as_its_value()
    {
        foreach (var (list, spelling, token, parse) in AllSpellings())
        {
            Assert.True(parse(spelling) == Recorded<string>.Of(token), $"{list}: '{spelling}' should read as {token}");
        }
    }

    [Property(MaxTest = 300)]
    public Property Case_spaces_and_punctuation_do_not_matter()
    {
        var spellings = AllSpellings().ToArray();
        var perturbed =
            from index in Gen.Choose(0, spellings.Length - 1)
            from upper in Gen.ArrayOf(Gen.Elements(true, false), 80)
            from padding in Gen.Elements(string.Empty, " ", "  ", "\t", "\n ")
            from separator in Gen.Elements(" ", "-", "_", "  ", " - ")
            let s = spellings[index]
            let cased = new string(s.Spelling.Select((c, i) => upper[i % upper.Length] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray())
            select (s, padding + cased.Replace(" ", separator, StringComparison.Ordinal) + padding);
        return Prop.ForAll(perturbed.ToArbitrary(), pair => pair.s.Parse(pair.Item2) == Recorded<string>.Of(pair.s.Token));
    }

    [Property(MaxTest = 500)]
    public void Parsing_is_total_and_keeps_unknown_text(string? text)
    {
        var result = Codelist<CompletionLevel>.Default.Read(text);

        if (string.IsNullOrWhiteSpace(text))
        {
            Assert.Equal(RecordedState.NotAnswered, result.State);
        }
        else if (result.IsUnrecognized)
        {
            Assert.Equal(text, result.UnrecognizedText);
        }
        else
        {
            Assert.True(result.HasValue || result.IsMissing);
        }
    }

    [Theory]
    [InlineData("ND", RecordedState.NoData)]
    [InlineData("NR", RecordedState.NotReviewed)]
    [InlineData("NA", RecordedState.NotApplicable)]
    [InlineData("N/A", RecordedState.NotApplicable)]
    [InlineData("Not Applicable", RecordedState.NotApplicable)]
    [InlineData("not-reviewed", RecordedState.NotReviewed)]
    [InlineData("", RecordedState.NotAnswered)]
    [InlineData("   ", RecordedState.NotAnswered)]
    public void Dataset_markers_read_as_their_missing_kind(string text, RecordedState expected) =>
        Assert.Equal(expected, Codelist<OpenGovernmentResult>.Default.Read(text).State);

    [Fact]
    public void Reading_a_known_label_allocates_nothing()
    {
        var list = Codelist<OpenGovernmentResult>.Default;
        var text = "  did NOT change ".AsSpan();
        Assert.True(list.TryParse(text, out var value));
        Assert.Equal(OpenGovernmentResult.DidNotChange, value);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 100; i++)
        {
            found += list.TryParse(text, out _) ? 1 : 0;
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal(100, found);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_list_is_documented_and_its_tokens_are_kebab_case(string name)
    {
        var entries = AllSpellings().Where(s => s.List == name).Select(s => s.Token).Distinct().ToArray();

        Assert.NotEmpty(entries);
        Assert.All(entries, token => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", token));
    }

    [Fact]
    public void Dataset_codes_match_the_commitment_dataset()
    {
        Assert.Equal(0, Codelist<CompletionLevel>.Default[CompletionLevel.Withdrawn].DatasetCode);
        Assert.Equal(1, Codelist<CompletionLevel>.Default[CompletionLevel.Unclear].DatasetCode);
        Assert.Equal(5, Codelist<CompletionLevel>.Default[CompletionLevel.Complete].DatasetCode);
        Assert.Equal(0, Codelist<OpenGovernmentResult>.Default[OpenGovernmentResult.Worsened].DatasetCode);
        Assert.Equal(4, Codelist<OpenGovernmentResult>.Default[OpenGovernmentResult.Outstanding].DatasetCode);
        Assert.Equal(1, OpenGovernmentResult.Worsened.GetPerValueDatasetCode());
        Assert.Equal(5, OpenGovernmentResult.Outstanding.GetPerValueDatasetCode());
        Assert.Null(OpenGovernmentResult.NoEarlyResultsYet.GetPerValueDatasetCode());
        Assert.Equal(3, Codelist<PotentialImpact>.Default[PotentialImpact.Transformative].DatasetCode);
        Assert.Equal(2, Codelist<PotentialForResults>.Default[PotentialForResults.Substantial].DatasetCode);
        Assert.Equal(3, Codelist<Specificity>.Default[Specificity.High].DatasetCode);
        Assert.Equal(2, Codelist<EarlyResultsLevel>.Default[EarlyResultsLevel.Significant].DatasetCode);
        Assert.True(Codelist<CompletionLevel>.Default.TryFromDatasetCode(4, out var substantial));
        Assert.Equal(CompletionLevel.Substantial, substantial);
        Assert.False(Codelist<CompletionLevel>.Default.TryFromDatasetCode(9, out _));
    }

    [Fact]
    public void Ordinals_order_each_scale()
    {
        var completion = Codelist<CompletionLevel>.Default;
        Assert.True(completion[CompletionLevel.NotStarted].Ordinal < completion[CompletionLevel.Limited].Ordinal);
        Assert.True(completion[CompletionLevel.Substantial].Ordinal < completion[CompletionLevel.Complete].Ordinal);
        var diog = Codelist<OpenGovernmentResult>.Default;
        Assert.True(diog[OpenGovernmentResult.Marginal].Ordinal < diog[OpenGovernmentResult.Major].Ordinal);
        Assert.True(completion.IsOrdered);
        Assert.False(Codelist<Region>.Default.IsOrdered);
    }

    [Fact]
    public void Groupings_follow_the_irm()
    {
        Assert.Equal(
            [CompletionLevel.Substantial, CompletionLevel.Complete],
            Enum.GetValues<CompletionLevel>().Where(c => c.IsHighCompletion()));
        Assert.Equal(
            [OpenGovernmentResult.Major, OpenGovernmentResult.Outstanding],
            Enum.GetValues<OpenGovernmentResult>().Where(r => r.IsStrongResult()));
        Assert.Equal(
            [EarlyResultsLevel.Significant, EarlyResultsLevel.Outstanding],
            Enum.GetValues<EarlyResultsLevel>().Where(r => r.IsStrongResult()));
        Assert.Equal(
            [PotentialImpact.Moderate, PotentialImpact.Transformative],
            Enum.GetValues<PotentialImpact>().Where(p => p.IsHighAmbition()));
        Assert.Equal([PotentialForResults.Substantial], Enum.GetValues<PotentialForResults>().Where(p => p.IsHighAmbition()));
        Assert.Equal([Specificity.Medium, Specificity.High], Enum.GetValues<Specificity>().Where(s => s.IsVerifiable()));
    }

    [Fact]
    public void Every_enum_value_has_an_entry()
    {
        Assert.All(Enum.GetValues<CompletionLevel>(), v => Assert.True(Codelist<CompletionLevel>.Default.IsDefined(v)));
        Assert.All(Enum.GetValues<OpenGovernmentResult>(), v => Assert.True(Codelist<OpenGovernmentResult>.Default.IsDefined(v)));
        Assert.All(Enum.GetValues<ImmediateResult>(), v => Assert.True(Codelist<ImmediateResult>.Default.IsDefined(v)));
        Assert.All(Enum.GetValues<Region>(), v => Assert.True(Codelist<Region>.Default.IsDefined(v)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Codelist<Region>.Default[(Region)99]);
    }
}
