using FsCheck.Xunit;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

[Properties(Arbitrary = [typeof(ModelArbitraries)])]
public class IdentifierTests
{
    [Property]
    public void Commitment_id_parses_its_own_text(CommitmentId id) => Assert.Equal(id, CommitmentId.Parse(id.ToString()));

    [Property]
    public void Member_code_parses_its_own_text(MemberCode code) => Assert.Equal(code, MemberCode.Parse(code.ToString()));

    [Property]
    public void Action_plan_id_parses_its_own_text(ActionPlanId id) => Assert.Equal(id, ActionPlanId.Parse(id.ToString()));

    [Property]
    public void Policy_area_parses_its_own_token(PolicyArea area) => Assert.Equal(area, PolicyArea.Read(area.Token));

    [Property]
    public void Reading_a_policy_area_is_total_and_reads_its_own_token_back(string? text)
    {
        var area = PolicyArea.Read(text ?? string.Empty);
        Assert.False(string.IsNullOrEmpty(area.Token));
        Assert.Equal(area, PolicyArea.Read(area.Token));
    }

    [Fact]
    public void A_policy_area_without_a_letter_or_digit_is_an_unknown_area_that_spells_its_text()
    {
        var dash = PolicyArea.Read(" — ");
        Assert.False(dash.IsKnown);
        Assert.Equal("u-2014", dash.Token);
        Assert.Equal("—", dash.Label);
        Assert.NotEqual(dash, PolicyArea.Read("?"));
    }

    [Property]
    public void Trying_to_parse_never_throws(string? text)
    {
        _ = CommitmentId.TryParse(text, out _);
        _ = MemberCode.TryParse(text, out _);
        _ = ActionPlanId.TryParse(text, out _);
    }

    [Theory]
    [InlineData("AL0002", "AL", 2)]
    [InlineData("UK0051", "UK", 51)]
    [InlineData("BUE0009", "BUE", 9)]
    [InlineData(" sco0001 ", "SCO", 1)]
    public void Commitment_ids_read_their_prefix_and_number(string text, string prefix, int number)
    {
        var id = CommitmentId.Parse(text);

        Assert.Equal(prefix, id.Prefix);
        Assert.Equal(number, id.Number);
        Assert.Equal(prefix + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), id.ToString());
    }

    [Theory]
    [InlineData("A0002")]
    [InlineData("ABCD0002")]
    [InlineData("AL002")]
    [InlineData("AL00002")]
    [InlineData("AL-0002")]
    [InlineData("ÄL0002")]
    [InlineData("")]
    public void Malformed_commitment_ids_are_refused(string text)
    {
        Assert.False(CommitmentId.TryParse(text, out _));
        Assert.Throws<System.FormatException>(() => CommitmentId.Parse(text));
    }

    [Theory]
    [InlineData("AP_ALB01", "ALB", 1)]
    [InlineData("AP_ARBA02", "ARBA", 2)]
    [InlineData("ap_mkd05", "MKD", 5)]
    [InlineData("AP_UKR123", "UKR", 123)]
    public void Action_plan_ids_read_their_member_and_number(string text, string member, int number)
    {
        var id = ActionPlanId.Parse(text);

        Assert.Equal(MemberCode.Parse(member), id.Member);
        Assert.Equal(number, id.Number);
        Assert.Equal(ActionPlanId.Create(MemberCode.Parse(member), number), id);
    }

    [Theory]
    [InlineData("AP_AL01")]
    [InlineData("AP_ALB1")]
    [InlineData("AP_ALB001")]
    [InlineData("APALB01")]
    [InlineData("AP_ALB0A")]
    public void Malformed_action_plan_ids_are_refused(string text) => Assert.False(ActionPlanId.TryParse(text, out _));

    [Fact]
    public void Member_codes_of_four_letters_are_local()
    {
        Assert.True(MemberCode.Parse("arba").IsLocal);
        Assert.False(MemberCode.Parse("ALB").IsLocal);
        Assert.Equal("ARBA", MemberCode.Parse("arba").ToString());
        Assert.False(MemberCode.TryParse("AL", out _));
        Assert.False(MemberCode.TryParse("AL1", out _));
    }

    [Fact]
    public void Identifiers_order_ordinally()
    {
        Assert.True(CommitmentId.Parse("AL0002") < CommitmentId.Parse("AL0003"));
        Assert.True(MemberCode.Parse("ALB") < MemberCode.Parse("ARBA"));
    }

    [Fact]
    public void Policy_areas_know_their_parent_and_keep_unknown_areas()
    {
        Assert.Equal(86, PolicyArea.All.Count);
        Assert.Equal(PolicyArea.FiscalOpenness, PolicyArea.Tax.Parent);
        Assert.Equal(PolicyArea.PublicServiceDelivery, PolicyArea.HealthAndNutrition.Parent);
        Assert.Null(PolicyArea.OpenParliaments.Parent);
        Assert.Equal(PolicyArea.PublicationOfBudgetFiscalInformation, PolicyArea.Read("Publication Of Budget/Fiscal Information"));
        Assert.Equal("Health & Nutrition", PolicyArea.HealthAndNutrition.Label);

        var unknown = PolicyArea.Read("Space Policy");
        Assert.False(unknown.IsKnown);
        Assert.Equal("space-policy", unknown.Token);
        Assert.Equal("Space Policy", unknown.Label);
        Assert.True(PolicyArea.Justice < unknown);
    }
}
