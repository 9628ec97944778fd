using System;
using System.Text.Json;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

public class ValueEqualityTests
{
    private static Commitment MakeCommitment() => new()
    {
        Id = CommitmentId.Parse("AL0002"),
        Title = "e-Acts",
        Milestones = [new Milestone { Description = "Launch", Completion = CompletionLevel.Complete }],
        PolicyAreas = ValueDictionary<PolicyArea, Recorded<bool>>.Create([new(PolicyArea.OpenParliaments, true), new(PolicyArea.Tax, false)]),
    };

    [Fact]
    public void Records_with_equal_collections_are_equal()
    {
        var a = MakeCommitment();
        var b = MakeCommitment();

        Assert.NotSame(a.Milestones, b.Milestones);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_different_item_makes_records_differ()
    {
        var a = MakeCommitment();
        var b = a with { Milestones = a.Milestones.SetItem(0, a.Milestones[0] with { Completion = CompletionLevel.Limited }) };

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Dictionary_order_does_not_matter()
    {
        var a = ValueDictionary<PolicyArea, Recorded<bool>>.Create([new(PolicyArea.OpenParliaments, true), new(PolicyArea.Tax, false)]);
        var b = ValueDictionary<PolicyArea, Recorded<bool>>.Create([new(PolicyArea.Tax, false), new(PolicyArea.OpenParliaments, true)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.SetItem(PolicyArea.Tax, true));
    }

    [Fact]
    public void Additional_properties_compare_by_json_value()
    {
        var a = new Member { AdditionalProperties = new System.Collections.Generic.Dictionary<string, JsonElement> { ["x"] = JsonDocument.Parse("{\"a\": [1, 2]}").RootElement } };
        var b = new Member { AdditionalProperties = new System.Collections.Generic.Dictionary<string, JsonElement> { ["x"] = JsonDocument.Parse("{ \"a\" : [1,2] }").RootElement } };
        var c = new Member { AdditionalProperties = new System.Collections.Generic.Dictionary<string, JsonElement> { ["x"] = JsonDocument.Parse("{\"a\": [2, 1]}").RootElement } };

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(new Member(), new Member { AdditionalProperties = new System.Collections.Generic.Dictionary<string, JsonElement>() });
    }

    [Fact]
    public void Value_lists_behave_as_immutable_lists()
    {
        ValueList<int> list = [1, 2, 3];

        Assert.Equal([1, 2, 3, 4], list.Add(4));
        Assert.Equal([1, 3], list.RemoveAt(1));
        Assert.Equal([1, 2, 3], list);
        Assert.Equal("[1, 2, 3]", list.ToString());
        Assert.Same(ValueList<int>.Empty, ValueList.CreateRange(Array.Empty<int>()));
        Assert.True(ValueList.Create(1, 2) == ValueList.CreateRange([1, 2]));
    }

    [Fact]
    public void Recorded_values_keep_missing_kinds_apart()
    {
        Assert.NotEqual(Recorded<CompletionLevel>.NoData, Recorded<CompletionLevel>.NotReviewed);
        Assert.NotEqual(Recorded<CompletionLevel>.NotApplicable, Recorded<CompletionLevel>.NotAnswered);
        Assert.Equal(Recorded<CompletionLevel>.NotAnswered, default);
        Assert.Equal(Recorded<CompletionLevel>.Unrecognized("x"), Recorded<CompletionLevel>.Unrecognized("x"));
        Assert.NotEqual(Recorded<CompletionLevel>.Unrecognized("x"), Recorded<CompletionLevel>.Unrecognized("X"));
        Assert.Throws<InvalidOperationException>(() => Recorded<CompletionLevel>.NoData.Value);
        Assert.Throws<ArgumentException>(() => Recorded<CompletionLevel>.Unrecognized("  "));
        Assert.Equal("complete", Recorded<CompletionLevel>.Of(CompletionLevel.Complete).ToString());
        Assert.Equal("not-reviewed", Recorded<CompletionLevel>.NotReviewed.ToString());
    }
}
