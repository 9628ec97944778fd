using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

public class QuickStartTests
{
    [Fact]
    public void Runs_and_prints_the_report_then_a_plan()
    {
        var (exit, output) = SampleRunner.Run("QuickStart");

        Assert.Equal(0, exit);
        Assert.StartsWith("Open government culture · Mexico State, Mexico", output, StringComparison.Ordinal);
        Assert.Contains("  1.1    PartlyAnswered", output, StringComparison.Ordinal);
        Assert.Contains("  3      Answered", output, StringComparison.Ordinal);

        var plan = OgpJson.Deserialize<ActionPlan>(output.Substring(output.IndexOf('{', StringComparison.Ordinal)));
        Assert.Equal(ActionPlanId.Parse("AP_ALB01"), plan.Id);
        Assert.Equal(CommitmentId.Parse("AL0001"), plan.Commitments.Single().Id);
        Assert.Equal(CompletionLevel.Substantial, plan.Commitments[0].Assessment!.Implementation.CompletionEndOfTerm.Value);
        Assert.Equal(2014, plan.End.Value.Year);
    }

    [Fact]
    public void The_readme_quick_start_is_the_sample_code()
    {
        var root = SampleRunner.RepositoryRoot;
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var program = File.ReadAllText(Path.Combine(root, "samples", "QuickStart", "Program.cs"));

        var block = Regex.Match(readme, "<!-- quickstart -->\\s*```csharp\\n(?<code>.*?)```", RegexOptions.Singleline);
        var region = Regex.Match(program, "// <quickstart>\\n(?<code>.*?)// </quickstart>", RegexOptions.Singleline);

        Assert.True(block.Success, "README.md has no ```csharp block after <!-- quickstart -->.");
        Assert.True(region.Success, "Program.cs has no // <quickstart> region.");
        Assert.Equal(region.Groups["code"].Value.Trim(), block.Groups["code"].Value.Trim());
    }
}
