using OpenGov.Model;
using OpenGov.Model.Analysis;

namespace Tasks;

/// <summary>Task 1: the share of commitments with high completion in each region of the IRM dataset.</summary>
public static class RegionShares
{
    /// <summary>Reads the dataset CSV at <paramref name="path"/> and gives each region's share (null when no commitment of it can tell).</summary>
    /// <param name="path">The dataset as CSV.</param>
    /// <returns>The regions' labels with their shares of high completion.</returns>
    public static IReadOnlyDictionary<string, double?> HighCompletion(string path)
    {
        using var input = OgpReader.OpenFile(path);
        var summary = DatasetSummary.Create(input, SummaryGrouping.Region);
        return summary.Groups.ToDictionary(region => region.Label, region => region.GetShare(Indicators.HighCompletion).Share);
    }
}
