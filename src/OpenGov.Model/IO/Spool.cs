using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// A copy of an input that cannot seek, in a temporary file, so that it can be read twice. The file loses its
/// name as soon as it is opened (on Windows, the system removes it when the last handle closes), so that
/// neither an interrupt nor <c>kill -9</c> can leave it behind; the copy is bounded.
/// </summary>
internal static class Spool
{
    /// <summary>Copies what is left of <paramref name="source"/> to a temporary file, positioned at its start.</summary>
    /// <exception cref="OgpReadException">The input is longer than <paramref name="limit"/>.</exception>
    public static FileStream Copy(Stream source, long limit, string? inputName)
    {
        var spool = Create();
        try
        {
            using var bounded = Bound(source, limit, inputName);
            bounded.CopyTo(spool, 64 * 1024);
            spool.Position = 0;
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    /// <summary>Copies what is left of <paramref name="source"/> to a temporary file asynchronously; see <see cref="Copy"/>.</summary>
    public static async ValueTask<FileStream> CopyAsync(Stream source, long limit, string? inputName, CancellationToken cancellationToken)
    {
        var spool = Create();
        try
        {
            using var bounded = Bound(source, limit, inputName);
            await bounded.CopyToAsync(spool, 64 * 1024, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    private static BoundedStream Bound(Stream source, long limit, string? inputName) =>
        new(source, limit, max => new OgpReadException($"The input cannot seek and is longer than {Sizes.Describe(max)}, the most copied to a temporary file to read it twice ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxSpoolLength)}); give it as a file", inputName, null, null), leaveOpen: true);

    private static FileStream Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "ogp-" + Guid.NewGuid().ToString("N") + ".spool");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            // The open handle keeps the file; without a name, nothing outlives the process.
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return stream;
    }
}
