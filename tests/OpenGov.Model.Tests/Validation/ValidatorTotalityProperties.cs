using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Validation;

/// <summary>
/// The validator is total: any document a consumer can build, with nulls and empty or blank texts set anywhere
/// through the public setters, gives a report of findings and never throws. A null where the model has none
/// cannot be built: a property takes its empty value, a list refuses a null item.
/// </summary>
public class ValidatorTotalityProperties
{
    private static readonly object?[] Replacements = [null, string.Empty, " ", "\u00A0", "\t\n"];

    private static Gen<OgpDocument> Damaged { get; } =
        from document in ModelGenerators.Document(canonical: false).Where(d => OgpValidator.HasRules(d.Kind))
        from seed in Gen.Choose(0, int.MaxValue)
        from share in Gen.Elements(0.1, 0.5, 1.0)
        select Damage(document, new Random(seed), share);

    [Property(MaxTest = 300)]
    public Property Documents_with_nulls_and_blanks_anywhere_give_findings_and_never_throw() =>
        Prop.ForAll(Damaged.ToArbitrary(), document =>
        {
            var report = new OgpValidator().Validate(document);
            Assert.NotNull(report);
            Assert.All(report.Findings, f => Assert.False(string.IsNullOrEmpty(f.Code)));
        });

    [Property(MaxTest = 100)]
    public Property Commitments_and_dataset_rows_with_nulls_and_blanks_anywhere_give_findings() =>
        Prop.ForAll(
            (from record in ModelGenerators.DatasetRecord(canonical: false)
             from seed in Gen.Choose(0, int.MaxValue)
             select Damage(record, new Random(seed), 0.5)).ToArbitrary(),
            record =>
            {
                Assert.NotNull(new OgpValidator().Validate(record.Commitment));
                Assert.NotNull(new OgpValidator().Validate([record], "rows"));
            });

    [Fact]
    public void A_null_set_where_the_model_has_none_reads_as_empty()
    {
        var report = new EndOfCommitmentReport { Commitment = null!, Lessons = null!, MemberName = "Riverside" };
        Assert.NotNull(report.Commitment);
        Assert.Empty(report.Lessons);
        Assert.Contains(new OgpValidator().Validate(report).Findings, f => f.Path.Contains("commitment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_refuses_a_null_item_when_it_is_made()
    {
        Assert.Throws<ArgumentException>(() => ValueList.Create("lesson", null!));
        Assert.Throws<ArgumentException>(() => new ActionPlan { Commitments = [new Commitment(), null!] });
        Assert.Throws<ArgumentException>(() => new List<Commitment?> { null }.ToValueList());
    }

    /// <summary>Sets a share of the settable properties of every record in the graph to null, empty or blank text.</summary>
    private static T Damage<T>(T root, Random random, double share)
        where T : notnull
    {
        foreach (var (owner, property) in Settable(root))
        {
            if (random.NextDouble() >= share)
            {
                continue;
            }

            var replacement = Replacements[random.Next(Replacements.Length)];
            if (replacement is null || property.PropertyType == typeof(string))
            {
                property.SetValue(owner, replacement);
            }
        }

        return root;
    }

    /// <summary>The public, settable, nullable-by-the-runtime properties of every record of the model reachable from <paramref name="root"/>.</summary>
    private static List<(object Owner, PropertyInfo Property)> Settable(object root)
    {
        var found = new List<(object, PropertyInfo)>();
        var pending = new Stack<object>([root]);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
                {
                    continue;
                }

                var value = property.GetValue(current);
                if (property.SetMethod is { IsPublic: true } && !property.PropertyType.IsValueType)
                {
                    found.Add((current, property));
                }

                if (value is OgpRecord)
                {
                    pending.Push(value);
                }
                else if (value is IEnumerable items and not string)
                {
                    foreach (var item in items.OfType<OgpRecord>())
                    {
                        pending.Push(item);
                    }
                }
            }
        }

        return found;
    }
}
