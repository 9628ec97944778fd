using OpenGov.Model;
using OpenGov.Model.Analysis;

namespace Tasks;

/// <summary>Task 4: two releases of the IRM dataset compared.</summary>
public static class ReleaseComparison
{
    /// <summary>Compares the release at <paramref name="oldPath"/> with the one at <paramref name="newPath"/>.</summary>
    /// <param name="oldPath">The earlier release (CSV, JSON rows or a dataset document).</param>
    /// <param name="newPath">The later release.</param>
    /// <returns>The commitments added, removed and changed, and the columns that changed.</returns>
    public static DatasetDifference Compare(string oldPath, string newPath)
    {
        using var oldRelease = OgpReader.OpenFile(oldPath);
        using var newRelease = OgpReader.OpenFile(newPath);
        return DatasetDifference.Create(oldRelease, newRelease);
    }
}
