using System;
using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>The formats of the identifiers: canonical, lower case and parts, and exact parsing with the same formats.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class IdentifierFormatTests
{
    [Fact]
    public void Identifiers_format_whole_in_either_case_and_in_parts()
    {
        var commitment = CommitmentId.Parse("BUE0009");
        var plan = ActionPlanId.Parse("AP_ARBA02");
        var member = MemberCode.Parse("alb");

        Assert.Equal("BUE0009 bue0009 BUE 0009", $"{commitment:G} {commitment:L} {commitment:P} {commitment:N}");
        Assert.Equal("AP_ARBA02 ap_arba02 ARBA 02", $"{plan} {plan:l} {plan:M} {plan:N}");
        Assert.Equal("ALB alb ALB", string.Format(null, "{0} {0:L} {0:g}", member));
        Assert.Equal(string.Empty, default(CommitmentId).ToString("N", null));
        Assert.Equal(string.Empty, default(ActionPlanId).ToString("N", null));
        Assert.Throws<FormatException>(() => commitment.ToString("M", null));
        Assert.Throws<FormatException>(() => plan.ToString("P", null));
        Assert.Throws<FormatException>(() => member.ToString("N", null));
        Assert.Throws<FormatException>(() => member.ToString("GG", null));
    }

    [Theory]
    [InlineData("AL0002", "G", true)]
    [InlineData("al0002", "L", true)]
    [InlineData("al0002", "G", false)]
    [InlineData("AL0002", "L", false)]
    [InlineData("Al0002", "L", false)]
    [InlineData(" AL0002", "G", false)]
    [InlineData("AL02", "G", false)]
    public void ParseExact_reads_only_the_form_of_the_format(string text, string format, bool reads)
    {
        Assert.Equal(reads, CommitmentId.TryParseExact(text, format, out var id));
        Assert.Equal(reads, CommitmentId.TryParseExact(text.AsSpan(), format.AsSpan(), out _));
        if (reads)
        {
            Assert.Equal(CommitmentId.Parse("AL0002"), id);
            Assert.Equal(id, CommitmentId.ParseExact(text, format));
        }
        else
        {
            Assert.Throws<FormatException>(() => CommitmentId.ParseExact(text, format));
        }
    }

    [Fact]
    public void A_part_format_cannot_be_read_back()
    {
        Assert.Throws<FormatException>(() => CommitmentId.TryParseExact("AL", "P", out _));
        Assert.Throws<FormatException>(() => ActionPlanId.TryParseExact("01", "N", out _));
        Assert.Throws<FormatException>(() => MemberCode.TryParseExact("ALB", "X", out _));
        Assert.Throws<ArgumentNullException>(() => MemberCode.ParseExact(null!, "G"));
        Assert.False(MemberCode.TryParseExact(null, "G", out _));
    }

    [Property]
    public void Commitment_ids_round_trip_through_their_formats(CommitmentId id)
    {
        foreach (var format in new[] { "G", "L" })
        {
            Assert.Equal(id, CommitmentId.ParseExact(id.ToString(format, null), format));
        }

        Assert.Equal(id, CommitmentId.Create(id.ToString("P", null), int.Parse(id.ToString("N", null), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Property]
    public void Action_plan_ids_round_trip_through_their_formats(ActionPlanId id)
    {
        foreach (var format in new[] { "G", "L" })
        {
            Assert.Equal(id, ActionPlanId.ParseExact(id.ToString(format, null), format));
        }

        Assert.Equal(id, ActionPlanId.Create(MemberCode.Parse(id.ToString("M", null)), int.Parse(id.ToString("N", null), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Property]
    public void Member_codes_round_trip_through_their_formats(MemberCode code)
    {
        Span<char> buffer = stackalloc char[8];
        foreach (var format in new[] { "G", "L" })
        {
            Assert.Equal(code, MemberCode.ParseExact(code.ToString(format, null), format));
            Assert.True(code.TryFormat(buffer, out var written, format.AsSpan()));
            Assert.Equal(code.ToString(format, null), buffer[..written].ToString());
        }
    }
}
