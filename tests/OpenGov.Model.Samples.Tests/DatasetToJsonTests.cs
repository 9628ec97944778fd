using System;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

public class DatasetToJsonTests
{
    [Fact]
    public void Writes_the_commitments_of_one_member_as_a_dataset_document()
    {
        var (exit, output, error) = SampleRunner.RunWithError("DatasetToJson", "UKR");

        Assert.Equal(0, exit);
        var dataset = OgpJson.Deserialize<CommitmentDataset>(output);
        Assert.Equal(32, dataset.Records.Count);
        Assert.All(dataset.Records, r => Assert.Equal(MemberCode.Parse("UKR"), r.Member.Code));
        Assert.Contains("32 of 558 commitments are UKR's", error, StringComparison.Ordinal);
        Assert.Equal(171, dataset.Columns.Count);
    }
}
