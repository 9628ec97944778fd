using System;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

public class ValidateReportTests
{
    [Fact]
    public void Prints_the_grouped_findings_of_the_mexico_state_report()
    {
        var (exit, output) = SampleRunner.Run("ValidateReport");

        Assert.Equal(1, exit);
        Assert.StartsWith("Open government culture · Mexico State, Mexico", output, StringComparison.Ordinal);
        Assert.Contains("9 errors, 0 warnings", output, StringComparison.Ordinal);
        Assert.Contains("  OGP120 Degree of result not chosen ×3", output, StringComparison.Ordinal);
        Assert.Contains("      error OGP120 2.1.2: No degree of result is chosen. (at /civicParticipation/degree)", output, StringComparison.Ordinal);
        Assert.Contains("Complete: 15 of 24", output, StringComparison.Ordinal);
        Assert.EndsWith("Not ready: answer the questions above first." + Environment.NewLine, output, StringComparison.Ordinal);
    }
}
