using System;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

public class RegionSharesTests
{
    [Fact]
    public void Prints_the_shares_of_each_region_of_the_bundled_extract()
    {
        var (exit, output) = SampleRunner.Run("RegionShares");

        Assert.Equal(0, exit);
        Assert.StartsWith("558 commitments in 4 regions (ogp-commitments-open-parliament-extract.csv)", output, StringComparison.Ordinal);
        Assert.Contains("Africa and the Middle East           110  42.6% (29/68)           4.3% (2/47)" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("Europe                               255  63.2% (120/190)         25.4% (35/138)" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("All commitments                      558  56.4% (229/406)         19.9% (52/261)" + Environment.NewLine, output, StringComparison.Ordinal);
        Assert.Contains("Strong early results leave out 297 commitments: 153 not reviewed, 144 without data, 0 with nothing recorded.", output, StringComparison.Ordinal);
    }
}
