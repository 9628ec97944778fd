using System;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

public class PlanReviewTests
{
    [Fact]
    public void Prints_the_review_and_results_of_a_plan_and_an_Inception_Report()
    {
        var (exit, output) = SampleRunner.Run("PlanReview");

        Assert.Equal(0, exit);
        Assert.StartsWith("AP_MNG04 (Mongolia): 6 commitments, 1 cluster(s)", output, StringComparison.Ordinal);
        Assert.Contains("  cluster MN0049, MN0055: potential for results Substantial" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("  MN0049  potential (in its cluster) completion Substantial  early results Moderate" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("Findings: 0" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("Inception Report: Plan de acción – Riverside (Ciudad), Freedonia, 2024 – 2025", output, StringComparison.Ordinal);
        Assert.Contains("  1.4 endorsement              Not met" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("Completeness: 32 of 32", output, StringComparison.Ordinal);
    }
}
