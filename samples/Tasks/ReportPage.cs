using OpenGov.Model;

namespace Tasks;

/// <summary>Task 5: an End of Commitment Report read from the text of its published page.</summary>
public static class ReportPage
{
    /// <summary>Reads the page saved as text at <paramref name="path"/>.</summary>
    /// <param name="path">The page's text.</param>
    /// <returns>The report the page holds.</returns>
    public static EndOfCommitmentReport Read(string path)
    {
        using var input = OgpReader.OpenFile(path);
        return input.ReadDocument<EndOfCommitmentReport>();
    }
}
