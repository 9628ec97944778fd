using System;
using System.Collections.Concurrent;
using System.IO;

namespace OpenGov.Model.Cli;

/// <summary>
/// A file written whole or not at all: the content goes to a temporary file beside the target, which is
/// flushed to the disk and renamed over the target only when complete. Killed, interrupted, cancelled or
/// out of space at any moment, the target is untouched or complete, and the temporary file is removed.
/// The target may be the input being read: it is replaced only at the end.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    /// <summary>The temporary files not yet committed, removed on Ctrl-C or SIGTERM before the process ends.</summary>
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>Gets the stream of the temporary file.</summary>
    public FileStream Stream { get; }

    /// <summary>Starts a file; nothing shows at <paramref name="path"/> until <see cref="Commit"/>.</summary>
    public static AtomicFile Create(string path)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        Pending[temporary] = 0;
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.None);
            return new AtomicFile(target, temporary, stream);
        }
        catch
        {
            Pending.TryRemove(temporary, out _);
            throw;
        }
    }

    /// <summary>Removes every temporary file not committed: called when the process is told to stop.</summary>
    public static void RemovePending()
    {
        foreach (var path in Pending.Keys)
        {
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

            Pending.TryRemove(path, out _);
        }
    }

    /// <summary>Flushes the content to the disk and puts it at the target, replacing what was there.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
        Pending.TryRemove(_temporary, out _);
    }

    /// <summary>Removes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            Pending.TryRemove(_temporary, out _);
        }
    }
}
