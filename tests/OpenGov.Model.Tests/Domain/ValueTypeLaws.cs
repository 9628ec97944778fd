using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OpenGov.Model.Analysis;
using OpenGov.Model.Tests.Generators;

namespace OpenGov.Model.Tests.Domain;

/// <summary>
/// The laws every value type of the library obeys: equality is an equivalence, the hash agrees with it,
/// the operators and <see cref="object.Equals(object)"/> agree with <see cref="IEquatable{T}"/>, and where
/// values are ordered, the order is total, antisymmetric and compares as zero exactly for equal values.
/// </summary>
/// <remarks>
/// Each generator yields triples in which the second and third value are often rebuilt copies of the first
/// (read back from text, or built again from their parts), so that equal values that are not the same
/// instance are tested as often as unequal ones.
/// </remarks>
public class ValueTypeLaws
{
    private static readonly string[] DateTexts =
    [
        "2019-03-04", "3/4/2019", "03/04/2019", "4/3/2019", "March 2019", "2019-03", "3/2019", "2019",
        "Q1 2019", "2019-Q1", "Quarter 1 2019", "4 March 2019", "March 4, 2019", "43528", "2019-01-01", "1/1/2019",
    ];

    private static Gen<PartialDate> Dates { get; } = Gen.Frequency(
        (3, Gen.Elements(DateTexts).Select(PartialDate.Parse)),
        (3, ModelGenerators.PartialDates),
        (1, Gen.Constant(default(PartialDate))));

    [FsCheck.Xunit.Property]
    public Property CommitmentId_laws() => Ordered(
        Gen.Frequency((9, ModelGenerators.CommitmentIds), (1, Gen.Constant(default(CommitmentId)))),
        id => id == default ? default : CommitmentId.Parse(id.ToString().ToLowerInvariant()),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property MemberCode_laws() => Ordered(
        Gen.Frequency((9, ModelGenerators.MemberCodes), (1, Gen.Constant(default(MemberCode)))),
        code => code == default ? default : MemberCode.Parse(" " + code.ToString().ToLowerInvariant()),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property ActionPlanId_laws() => Ordered(
        Gen.Frequency((9, ModelGenerators.ActionPlanIds), (1, Gen.Constant(default(ActionPlanId)))),
        id => id == default ? default : ActionPlanId.Parse(id.ToString()),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property PolicyArea_laws() => Ordered(
        Gen.Frequency((9, ModelGenerators.AnyPolicyAreas), (1, Gen.Constant(default(PolicyArea)))),
        area => area == default ? default : PolicyArea.Read(area.ToString()),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property PartialDate_laws() => Ordered(
        Dates,
        date => date.SourceText is { } text ? PartialDate.Parse(text) : CopyWithoutText(date),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property PartialDate_operators_agree_with_CompareTo() => Prop.ForAll(
        Gen.Two(Dates).ToArbitrary(),
        pair =>
        {
            var (a, b) = pair;
            var order = a.CompareTo(b);
            return (a < b) == (order < 0) && (a <= b) == (order <= 0) && (a > b) == (order > 0) && (a >= b) == (order >= 0);
        });

    [FsCheck.Xunit.Property]
    public Property Recorded_laws() => Equatable(
        ModelGenerators.Date(canonical: false),
        Rebuild,
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property Recorded_of_text_laws() => Equatable(
        Gen.Frequency(
            (4, ModelGenerators.RecordedText),
            (1, Gen.Elements("x", "X", "x ").Select(Recorded<string>.Unrecognized))),
        Rebuild,
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property IndicatorValue_laws() => Equatable(
        Gen.Frequency(
            (3, Gen.Elements(true, false).Select(IndicatorValue<bool>.Known)),
            (2, from reason in Gen.Elements(Enum.GetValues<CannotTellReason>())
                from input in Gen.Elements("not-reviewed", "no-data", "Substantial", "")
                select IndicatorValue<bool>.CannotTell(reason, input))),
        value => value.TryGetValue(out var known)
            ? IndicatorValue<bool>.Known(known)
            : IndicatorValue<bool>.CannotTell(value.Reason!.Value, new string(value.Input!.ToCharArray())),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property ValueList_laws() => Equatable(
        ModelGenerators.List(Gen.Elements("a", "b", "A")),
        list => ValueList.CreateRange(list.Select(s => new string(s.ToCharArray()))),
        (a, b) => a == b,
        (a, b) => a != b);

    [FsCheck.Xunit.Property]
    public Property ValueDictionary_laws() => Equatable(
        from count in Gen.Choose(0, 3)
        from keys in Gen.ArrayOf(Gen.Elements("a", "b", "c", "B"), count)
        from values in Gen.ArrayOf(Gen.Elements(1, 2), count)
        select ValueDictionary<string, int>.Create(keys.Distinct(StringComparer.Ordinal).Zip(values, KeyValuePair.Create)),
        dictionary => ValueDictionary<string, int>.Create(dictionary.Reverse().Select(e => KeyValuePair.Create(new string(e.Key.ToCharArray()), e.Value))),
        (a, b) => a == b,
        (a, b) => a != b);

    private static PartialDate CopyWithoutText(PartialDate date) =>
        date == default ? default : PartialDate.Parse(date.ToString());

    private static Recorded<T> Rebuild<T>(Recorded<T> value) => value.State switch
    {
        RecordedState.Value => Recorded<T>.Of(value.Value),
        RecordedState.Unrecognized => Recorded<T>.Unrecognized(new string(value.UnrecognizedText!.ToCharArray())),
        _ => Recorded<T>.Missing(value.State),
    };

    private static Gen<(T A, T B, T C)> Triples<T>(Gen<T> values, Func<T, T> copy) =>
        from a in values
        from b in Gen.OneOf(values, Gen.Constant(a).Select(copy))
        from c in Gen.OneOf(values, Gen.Constant(a).Select(copy), Gen.Constant(b).Select(copy))
        select (a, b, c);

    private static Property Equatable<T>(Gen<T> values, Func<T, T> copy, Func<T, T, bool> equalOperator, Func<T, T, bool> notEqualOperator)
        where T : notnull, IEquatable<T> =>
        Prop.ForAll(Triples(values, copy).ToArbitrary(), triple =>
        {
            var (a, b, c) = triple;
            return Laws(EqualityLaws(a, b, c, copy, equalOperator, notEqualOperator));
        });

    private static Property Ordered<T>(Gen<T> values, Func<T, T> copy, Func<T, T, bool> equalOperator, Func<T, T, bool> notEqualOperator)
        where T : notnull, IEquatable<T>, IComparable<T> =>
        Prop.ForAll(Triples(values, copy).ToArbitrary(), triple =>
        {
            var (a, b, c) = triple;
            var ab = Math.Sign(a.CompareTo(b));
            var ba = Math.Sign(b.CompareTo(a));
            var bc = Math.Sign(b.CompareTo(c));
            var ac = Math.Sign(a.CompareTo(c));
            var sorted = new[] { a, b, c }.Order().ToArray();
            return Laws(
                [
                    .. EqualityLaws(a, b, c, copy, equalOperator, notEqualOperator),
                    (a.CompareTo(a) == 0, "a.CompareTo(a) is zero"),
                    (ab == -ba, "CompareTo is antisymmetric"),
                    ((ab == 0) == a.Equals(b), "CompareTo is zero exactly when Equals is true"),
                    (!(ab <= 0 && bc <= 0) || ac <= 0, "CompareTo is transitive"),
                    (sorted[0].CompareTo(sorted[1]) <= 0 && sorted[1].CompareTo(sorted[2]) <= 0, "sorting yields an ordered sequence"),
                ]);
        });

    private static (bool Holds, string Law)[] EqualityLaws<T>(T a, T b, T c, Func<T, T> copy, Func<T, T, bool> equalOperator, Func<T, T, bool> notEqualOperator)
        where T : notnull, IEquatable<T>
    {
        var equal = a.Equals(b);
        var copied = copy(a);
        return
        [
            (a.Equals(a), "Equals is reflexive"),
            (a.Equals(copied) && copied.GetHashCode() == a.GetHashCode(), "a rebuilt copy is equal, with the same hash"),
            (equal == b.Equals(a), "Equals is symmetric"),
            (equal == a.Equals((object)b), "Equals(object) agrees"),
            (!equal || a.GetHashCode() == b.GetHashCode(), "equal values hash the same"),
            (equalOperator(a, b) == equal && notEqualOperator(a, b) == !equal, "== and != agree with Equals"),
            (!(equal && b.Equals(c)) || a.Equals(c), "Equals is transitive"),
            (!a.Equals((object?)null), "nothing equals null"),
        ];
    }

    private static Property Laws((bool Holds, string Law)[] laws)
    {
        var broken = laws.Where(l => !l.Holds).Select(l => l.Law).ToArray();
        return Prop.Label(broken.Length == 0, "broken: " + string.Join("; ", broken));
    }
}
