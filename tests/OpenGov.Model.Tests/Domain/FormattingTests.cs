using System;
using FsCheck;
using FsCheck.Fluent;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>
/// The identifiers and dates write their canonical text into spans (<c>TryFormat</c>) exactly as
/// <c>ToString</c> gives it, and, on .NET, take part in the generic parsing and formatting of the BCL.
/// </summary>
public class FormattingTests
{
    [FsCheck.Xunit.Property]
    public Property CommitmentId_TryFormat_writes_ToString() => Formats(ModelGenerators.CommitmentIds, (v, d, out n) => v.TryFormat(d, out n));

    [FsCheck.Xunit.Property]
    public Property MemberCode_TryFormat_writes_ToString() => Formats(ModelGenerators.MemberCodes, (v, d, out n) => v.TryFormat(d, out n));

    [FsCheck.Xunit.Property]
    public Property ActionPlanId_TryFormat_writes_ToString() => Formats(ModelGenerators.ActionPlanIds, (v, d, out n) => v.TryFormat(d, out n));

    [FsCheck.Xunit.Property]
    public Property PartialDate_TryFormat_writes_ToString() => Formats(ModelGenerators.PartialDates, (v, d, out n) => v.TryFormat(d, out n));

    [Fact]
    public void Default_values_format_as_their_text()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(default(CommitmentId).TryFormat(buffer, out var written));
        Assert.Equal(0, written);
        Assert.True(default(PartialDate).TryFormat(buffer, out written));
        Assert.Equal(default(PartialDate).ToString(), buffer[..written].ToString());
    }

    [Fact]
    public void A_format_other_than_the_canonical_one_is_refused()
    {
        var buffer = new char[16];
        Assert.Throws<FormatException>(() => CommitmentId.Parse("AL0002").TryFormat(buffer, out _, "X".AsSpan()));
        Assert.True(CommitmentId.Parse("AL0002").TryFormat(buffer, out var written, "G".AsSpan()));
        Assert.Equal("AL0002", new string(buffer, 0, written));
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void Identifiers_and_dates_are_parsable_and_formattable_generically()
    {
        Assert.Equal(CommitmentId.Parse("AL0002"), ParseGenerically<CommitmentId>(" al0002 "));
        Assert.Equal(MemberCode.Parse("ALB"), ParseGenerically<MemberCode>("alb"));
        Assert.Equal(ActionPlanId.Parse("AP_ALB01"), ParseGenerically<ActionPlanId>("AP_ALB01"));
        Assert.Equal(PartialDate.Parse("July 2014"), ParseGenerically<PartialDate>("July 2014"));
        Assert.False(TryParseGenerically<CommitmentId>("A2"));
        Assert.False(TryParseGenerically<PartialDate>("not a date"));
        Assert.Throws<FormatException>(() => ParseGenerically<MemberCode>("12"));

        // Interpolation goes through ISpanFormattable, without the string of ToString.
        Assert.Equal("AL0002 in 2016-Q4", $"{CommitmentId.Parse("AL0002")} in {PartialDate.FromYearQuarter(2016, 4)}");
        Assert.Equal("AL0002", ((IFormattable)CommitmentId.Parse("AL0002")).ToString(null, null));
    }

    private static T ParseGenerically<T>(string text)
        where T : ISpanParsable<T>
    {
        var fromString = T.Parse(text, null);
        var fromSpan = T.Parse(text.AsSpan(), null);
        Assert.Equal(fromString, fromSpan);
        return fromString;
    }

    private static bool TryParseGenerically<T>(string text)
        where T : ISpanParsable<T>
    {
        var fromString = T.TryParse(text, null, out _);
        Assert.Equal(fromString, T.TryParse(text.AsSpan(), null, out _));
        return fromString;
    }
#endif

    private delegate bool TryFormatter<T>(T value, Span<char> destination, out int charsWritten);

    private static Property Formats<T>(Gen<T> values, TryFormatter<T> tryFormat)
        where T : notnull => Prop.ForAll(values.ToArbitrary(), value =>
        {
            var text = value.ToString()!;
            var exact = new char[text.Length];
            var fits = tryFormat(value, exact, out var written) && written == text.Length && new string(exact) == text;
            var tooShort = text.Length == 0 || (!tryFormat(value, new char[text.Length - 1], out var none) && none == 0);
            return fits && tooShort;
        });
}
