using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OpenGov.Model.Cli;

/// <summary>
/// A file written whole or not at all: the content goes to a temporary file beside the target, which is
/// flushed to the disk and renamed over the target only when complete. Killed, interrupted, cancelled or
/// out of space at any moment, the target is untouched or complete. The target may be the input being
/// read: it is replaced only at the end.
/// </summary>
/// <remarks>
/// On Linux the temporary file has no name until it is complete (<c>O_TMPFILE</c>), so that not even
/// <c>kill -9</c> leaves one behind; it is linked into the folder when committed. Elsewhere it is a hidden
/// file beside the target, removed on failure, on cancellation and on Ctrl-C or SIGTERM.
/// </remarks>
internal sealed partial class AtomicFile : IDisposable
{
    /// <summary>The named temporary files not yet committed, removed on Ctrl-C or SIGTERM before the process ends.</summary>
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private readonly string _target;
    private readonly string? _temporary;
    private readonly int _descriptor;
    private bool _committed;

    private AtomicFile(string target, string? temporary, int descriptor, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        _descriptor = descriptor;
        Stream = stream;
    }

    /// <summary>Gets the stream of the temporary file.</summary>
    public FileStream Stream { get; }

    /// <summary>Starts a file; nothing shows at <paramref name="path"/> until <see cref="Commit"/>.</summary>
    public static AtomicFile Create(string path)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? ".";
        if (OperatingSystem.IsLinux() && Unnamed(folder) is { } unnamed)
        {
            return unnamed(target);
        }

        var temporary = TemporaryName(target);
        Pending[temporary] = 0;
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.None);
            return new AtomicFile(target, temporary, -1, stream);
        }
        catch
        {
            Pending.TryRemove(temporary, out _);
            throw;
        }
    }

    /// <summary>Removes every named temporary file not committed: called when the process is told to stop.</summary>
    public static void RemovePending()
    {
        foreach (var path in Pending.Keys)
        {
            TryDelete(path);
            Pending.TryRemove(path, out _);
        }
    }

    /// <summary>Flushes the content to the disk and puts it at the target, replacing what was there.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        if (_temporary is not null)
        {
            Stream.Dispose();
            File.Move(_temporary, _target, overwrite: true);
            Pending.TryRemove(_temporary, out _);
        }
        else
        {
            // Give the unnamed file a name beside the target, then move it over the target.
            var named = TemporaryName(_target);
            Pending[named] = 0;
            try
            {
                if (LinkAt(AtFileDescriptorCurrentDirectory, "/proc/self/fd/" + _descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture), AtFileDescriptorCurrentDirectory, named, AtSymlinkFollow) != 0)
                {
                    CopyTo(named);
                }

                Stream.Dispose();
                File.Move(named, _target, overwrite: true);
            }
            catch
            {
                TryDelete(named);
                throw;
            }
            finally
            {
                Pending.TryRemove(named, out _);
            }
        }

        _committed = true;
    }

    /// <summary>Removes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporary is not null)
        {
            TryDelete(_temporary);
            Pending.TryRemove(_temporary, out _);
        }
    }

    private static string TemporaryName(string target) =>
        Path.Combine(Path.GetDirectoryName(target) ?? ".", "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");

    /// <summary>An unnamed file in <paramref name="folder"/>, where the file system has them; null where it does not.</summary>
    private static Func<string, AtomicFile>? Unnamed(string folder)
    {
        // O_TMPFILE is __O_TMPFILE with O_DIRECTORY, whose value differs between architectures.
        var directory = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 : 0x10000;
        var descriptor = Open(folder, UnnamedTemporaryFile | directory | OpenReadWrite | OpenCloseOnExec, 438 /* 0666, less the umask */);
        if (descriptor < 0)
        {
            return null;
        }

        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.ReadWrite, 64 * 1024);
        return target => new AtomicFile(target, null, descriptor, stream);
    }

    /// <summary>Where a file cannot be linked by its descriptor (no /proc), its content is copied to the named file.</summary>
    private void CopyTo(string named)
    {
        Stream.Position = 0;
        using var copy = new FileStream(named, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        Stream.CopyTo(copy);
        copy.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
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
    }

    private const int UnnamedTemporaryFile = 0x400000;
    private const int OpenReadWrite = 0x2;
    private const int OpenCloseOnExec = 0x80000;
    private const int AtFileDescriptorCurrentDirectory = -100;
    private const int AtSymlinkFollow = 0x400;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "linkat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LinkAt(int oldDirectory, string oldPath, int newDirectory, string newPath, int flags);
}
