using System.Globalization;

namespace OpenGov.Model;

/// <summary>Sizes as messages say them.</summary>
internal static class Sizes
{
    /// <summary>A number of bytes in GiB, MiB or KiB when it is a whole number of them, else in bytes.</summary>
    public static string Describe(long bytes)
    {
        foreach (var (unit, size) in new[] { ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10) })
        {
            if (bytes >= size && bytes % size == 0)
            {
                return (bytes / size).ToString(CultureInfo.InvariantCulture) + " " + unit;
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
    }
}
