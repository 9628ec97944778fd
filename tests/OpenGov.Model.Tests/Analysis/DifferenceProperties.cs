using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Analysis;

/// <summary>The difference of generated releases: empty against itself, mirrored when swapped, and exactly a generated change set.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(AnalysisArbitraries)], MaxTest = 80)]
public class DifferenceProperties
{
    [Property]
    public void A_release_against_itself_is_empty(DatasetRecord[] rows)
    {
        var difference = DatasetDifference.Create(rows, rows);

        Assert.True(difference.IsEmpty);
        Assert.Equal(rows.Count(r => r.Commitment.Id is null) * 2, difference.Unidentified);
    }

    [Property]
    public void Swapping_the_releases_mirrors_the_difference(DatasetRecord[] a, DatasetRecord[] b)
    {
        var forward = DatasetDifference.Create(a, b);
        var backward = DatasetDifference.Create(b, a);

        Assert.Equal(forward.Added, backward.Removed);
        Assert.Equal(forward.Removed, backward.Added);
        Assert.Equal(
            forward.Changed.Select(c => c with { Fields = ValueList.CreateRange(c.Fields.Select(f => f with { Old = f.New, New = f.Old })) }),
            backward.Changed);
        Assert.Equal(forward.ChangesByColumn, backward.ChangesByColumn);
        Assert.Equal(forward.IsEmpty, backward.IsEmpty);
    }

    [Property]
    public Property A_generated_change_set_is_exactly_what_the_difference_reports() =>
        Prop.ForAll(ChangeSets().ToArbitrary(), set =>
        {
            var difference = DatasetDifference.Create(set.Old, set.New);

            Assert.Equal(set.Added.Order(StringComparer.Ordinal), difference.Added);
            Assert.Equal(set.Removed.Order(StringComparer.Ordinal), difference.Removed);
            Assert.Equal(set.Retitled.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key), difference.Changed.Select(c => c.Id));
            foreach (var change in difference.Changed)
            {
                var field = Assert.Single(change.Fields);
                Assert.Equal("Commitment Title", field.Column);
                Assert.Equal(set.Retitled[change.Id], field.New);
            }
        });

    /// <summary>A release of distinct identifiers, and a new one with some rows removed, some added and some retitled.</summary>
    private static Gen<ChangeSet> ChangeSets() =>
        from rows in Gen.ArrayOf(AnalysisArbitraries.Row)
        from actions in Gen.ArrayOf(Gen.Choose(0, 3), rows.Length)
        from extra in Gen.Choose(0, 3)
        select Build(rows, actions, extra);

    private static ChangeSet Build(DatasetRecord[] rows, int[] actions, int extra)
    {
        // Distinct identifiers, so that each row is one commitment.
        var old = rows.Select((r, i) => r with { Commitment = r.Commitment with { Id = CommitmentId.Parse("AB" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)) } }).ToArray();
        var @new = new List<DatasetRecord>();
        var removed = new List<string>();
        var retitled = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < old.Length; i++)
        {
            var id = old[i].Commitment.Id!.Value.ToString();
            switch (actions[i])
            {
                case 0:
                    removed.Add(id);
                    break;
                case 1:
                    var title = "retitled " + id;
                    retitled[id] = title;
                    @new.Add(old[i] with { Commitment = old[i].Commitment with { Title = title } });
                    break;
                default:
                    @new.Add(old[i]);
                    break;
            }
        }

        var added = new List<string>();
        for (var i = 0; i < Math.Min(extra, old.Length); i++)
        {
            var id = "ZZ" + (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            added.Add(id);
            @new.Insert(i, old[i] with { Commitment = old[i].Commitment with { Id = CommitmentId.Parse(id) } });
        }

        return new ChangeSet(old, [.. @new], added, removed, retitled);
    }

    public sealed record ChangeSet(DatasetRecord[] Old, DatasetRecord[] New, List<string> Added, List<string> Removed, Dictionary<string, string> Retitled);
}
