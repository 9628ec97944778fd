using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OpenGov.Model.Cli;

/// <summary>
/// Where a command writes a file. A regular file is written whole or not at all: the content goes to a
/// temporary file beside the target, which is flushed to the disk and renamed over the target only when
/// complete, with the target's permissions (and owner, where the process may give it). Killed, interrupted,
/// cancelled or out of space at any moment, the target is untouched or complete. The target may be the
/// input being read: it is replaced only at the end. What is not a regular file (a character device such as
/// <c>/dev/null</c>, a FIFO, a standard stream such as <c>/dev/stdout</c>) is written through, never replaced.
/// </summary>
/// <remarks>
/// <para>A symbolic link is followed: the file it leads to is replaced and the link stays. A file with
/// several hard links is written whole to the temporary file first, then copied over the target in place, so
/// that every name of it sees the result (that last copy is not atomic).</para>
/// <para>On Linux the temporary file has no name until it is complete (<c>O_TMPFILE</c>), so that not even
/// <c>kill -9</c> leaves one behind; it is linked into the folder when committed. Where the file system has no
/// such files (NFS, CIFS, vfat) it is a short hidden name beside the target (<c>.ogp-PID-RANDOM.tmp</c>),
/// removed on failure, on cancellation and on Ctrl-C, SIGTERM, SIGHUP or SIGQUIT; one left by a process
/// killed with SIGKILL is removed by the next <c>ogp</c> that writes in that folder.</para>
/// </remarks>
internal sealed partial class AtomicFile : IDisposable
{
    /// <summary>The prefix of the named temporary files.</summary>
    private const string TemporaryPrefix = ".ogp-";

    /// <summary>The named temporary files not yet committed, removed when the process is told to stop.</summary>
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private readonly string _target;
    private readonly string? _temporary;
    private readonly int _descriptor;
    private readonly bool _inPlace;
    private readonly bool _through;
    private bool _committed;

    private AtomicFile(string target, string? temporary, int descriptor, FileStream stream, bool inPlace, bool through)
    {
        _target = target;
        _temporary = temporary;
        _descriptor = descriptor;
        _inPlace = inPlace;
        _through = through;
        Stream = stream;
    }

    /// <summary>Gets the stream written.</summary>
    public FileStream Stream { get; }

    /// <summary>Gets whether the file is written through (a device, a FIFO, a standard stream) rather than replaced.</summary>
    public bool WritesThrough => _through;

    /// <summary>Starts a file; nothing shows at <paramref name="path"/> until <see cref="Commit"/>, but for what is written through.</summary>
    public static AtomicFile Create(string path)
    {
        var full = Path.GetFullPath(path);
        var status = Status.Of(full);
        if (status is { IsRegular: false, IsDirectory: false })
        {
            // A device, a FIFO, a socket, /dev/stdout: there is nothing to replace, only something to write to.
            var through = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024, FileOptions.None);
            return new AtomicFile(full, null, -1, through, inPlace: false, through: true);
        }

        if (status is { IsDirectory: true })
        {
            throw new IOException($"'{path}' is a directory");
        }

        var target = FinalTarget(full);
        var folder = Path.GetDirectoryName(target) ?? ".";
        var inPlace = status is { Links: > 1 };
        SweepStale(folder);
        if (OperatingSystem.IsLinux() && Unnamed(folder) is { } unnamed)
        {
            var file = unnamed(target, inPlace);
            file.Keep(status);
            return file;
        }

        var temporary = TemporaryName(folder);
        Pending[temporary] = 0;
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.None);
            var file = new AtomicFile(target, temporary, -1, stream, inPlace, through: false);
            file.Keep(status);
            return file;
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
        if (_through)
        {
            Stream.Flush();
            _committed = true;
            return;
        }

        Stream.Flush(flushToDisk: true);
        if (_inPlace)
        {
            CopyInPlace();
        }
        else if (_temporary is not null)
        {
            Stream.Dispose();
            File.Move(_temporary, _target, overwrite: true);
            Pending.TryRemove(_temporary, out _);
        }
        else
        {
            // Give the unnamed file a name beside the target, then move it over the target.
            var named = TemporaryName(Path.GetDirectoryName(_target) ?? ".");
            Pending[named] = 0;
            try
            {
                if (LinkAt(AtFileDescriptorCurrentDirectory, "/proc/self/fd/" + _descriptor.ToString(CultureInfo.InvariantCulture), AtFileDescriptorCurrentDirectory, named, AtSymlinkFollow) != 0)
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

    /// <summary>Where a path leads once every symbolic link is followed; the path itself when it is no link, or a link to nothing yet.</summary>
    private static string FinalTarget(string full)
    {
        try
        {
            return new FileInfo(full).LinkTarget is null
                ? full
                : File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            // A loop of links, or one too long to follow: replacing the link would break it.
            throw new IOException($"'{full}' is a symbolic link that leads to no file (a loop of links?): {e.Message}", e);
        }
    }

    /// <summary>
    /// A short name in <paramref name="folder"/> that does not depend on the target's (whose name may already be as
    /// long as the file system allows): the process and a random part, so that a later run can tell it is stale.
    /// </summary>
    private static string TemporaryName(string folder) =>
        Path.Combine(folder, TemporaryPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");

    /// <summary>Removes the temporary files that a process killed outright left in <paramref name="folder"/>: those whose process is gone.</summary>
    private static void SweepStale(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, TemporaryPrefix + "*.tmp"))
            {
                var name = Path.GetFileName(file);
                var dash = name.IndexOf('-', TemporaryPrefix.Length);
                if (dash > TemporaryPrefix.Length
                    && int.TryParse(name.AsSpan(TemporaryPrefix.Length, dash - TemporaryPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && pid != Environment.ProcessId
                    && !Directory.Exists("/proc/" + pid.ToString(CultureInfo.InvariantCulture))
                    && DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > TimeSpan.FromMinutes(1))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed: nothing to sweep.
        }
    }

    /// <summary>An unnamed file in <paramref name="folder"/>, where the file system has them; null where it does not.</summary>
    private static Func<string, bool, AtomicFile>? Unnamed(string folder)
    {
        if (Environment.GetEnvironmentVariable("OGP_NO_TMPFILE") == "1")
        {
            // As on a file system without unnamed files: how the named temporary files are tested.
            return null;
        }

        // O_TMPFILE is __O_TMPFILE with O_DIRECTORY, whose value differs between architectures.
        var directory = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 : 0x10000;
        var descriptor = Open(folder, UnnamedTemporaryFile | directory | OpenReadWrite | OpenCloseOnExec, 438 /* 0666, less the umask */);
        if (descriptor < 0)
        {
            return null;
        }

        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.ReadWrite, 64 * 1024);
        return (target, inPlace) => new AtomicFile(target, null, descriptor, stream, inPlace, through: false);
    }

    /// <summary>Gives the new file the permissions and owner of the file it replaces.</summary>
    private void Keep(Status? status)
    {
        if (status is not { IsRegular: true } existing || !OperatingSystem.IsLinux())
        {
            return;
        }

        var handle = Stream.SafeFileHandle;
        File.SetUnixFileMode(handle, (UnixFileMode)(existing.Mode & 0xFFF));
        var descriptor = (int)handle.DangerousGetHandle();
        if (ChangeOwner(descriptor, existing.User, existing.Group) != 0)
        {
            // Not permitted (not root, not the owner's group): the file stays the writer's, with the permissions kept.
            _ = ChangeOwner(descriptor, uint.MaxValue, existing.Group);
        }
    }

    /// <summary>Where a file cannot be linked by its descriptor (no /proc), its content is copied to the named file.</summary>
    private void CopyTo(string named)
    {
        Stream.Position = 0;
        using var copy = new FileStream(named, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        Stream.CopyTo(copy);
        copy.Flush(flushToDisk: true);
    }

    /// <summary>Copies the complete content over a file of several names, which keeps them all.</summary>
    private void CopyInPlace()
    {
        Stream.Position = 0;
        using (var target = new FileStream(_target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024))
        {
            Stream.CopyTo(target);
            target.SetLength(target.Position);
            target.Flush(flushToDisk: true);
        }

        Stream.Dispose();
        if (_temporary is not null)
        {
            TryDelete(_temporary);
            Pending.TryRemove(_temporary, out _);
        }
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

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int ChangeOwner(int descriptor, uint user, uint group);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int StatX(int directory, string path, int flags, uint mask, byte* buffer);

    /// <summary>What a path is, with links followed: its type, permissions, owner and number of names (Linux's <c>statx</c>, whose layout is the same on every architecture).</summary>
    private readonly record struct Status(uint Mode, uint User, uint Group, uint Links)
    {
        private const uint TypeMask = 0xF000;

        public bool IsRegular => (Mode & TypeMask) == 0x8000;

        public bool IsDirectory => (Mode & TypeMask) == 0x4000;

        /// <summary>The status of <paramref name="path"/>; null when it does not exist or cannot be told (not Linux).</summary>
        public static unsafe Status? Of(string path)
        {
            if (!OperatingSystem.IsLinux())
            {
                return File.Exists(path) ? new Status(0x8000 | 0x1B6, uint.MaxValue, uint.MaxValue, 1) : null;
            }

            const uint basicStats = 0x7FF;
            var buffer = stackalloc byte[256];
            if (StatX(AtFileDescriptorCurrentDirectory, path, 0, basicStats, buffer) != 0)
            {
                return null;
            }

            return new Status(*(ushort*)(buffer + 28), *(uint*)(buffer + 20), *(uint*)(buffer + 24), *(uint*)(buffer + 16));
        }
    }
}
