using System;
using System.Diagnostics;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>
/// Whether reading grows with the size of what is read, and no faster: an input made at a size and at eight times it.
/// Times are the processor time of the reading thread where the platform tells it (Linux), so that other processes
/// on the machine (the other test assemblies, run at the same time) do not weigh on one of the two.
/// </summary>
internal static class Scaling
{
    /// <summary>How many times larger the second input is.</summary>
    public const int Factor = 8;

    /// <summary>
    /// The most the larger input may take over the smaller: reading in linear time takes 8 times as long, in
    /// quadratic time 64 times; 20 leaves room for a machine that other work shares and for the caches a larger
    /// input no longer fits in, and still fails a reader that is quadratic in part.
    /// </summary>
    public const double MaxRatio = 20;

    /// <summary>
    /// Asserts that reading an input <see cref="Factor"/> times the size takes at most <see cref="MaxRatio"/> times as long. The two inputs are
    /// read in turn, three times each, and the shortest times compared, so that a moment of load on the machine weighs
    /// on neither alone; an input read in less than 50 ms is timed over several readings. A ratio over the bound is
    /// measured once more before it fails, so that one busy second does not decide.
    /// </summary>
    public static void AssertLinear(Func<int, string> make, int size, Action<string> read)
    {
        var (smallPage, largePage) = (make(size), make(Factor * size));
        read(make(size / 20));
        read(make(size / 20));
        var times = Math.Max(1, (int)Math.Ceiling(50 / Math.Max(Time(smallPage, read, 1), 1)));
        double small = double.MaxValue, large = double.MaxValue;
        for (var attempt = 0; attempt < 2 && !(large < MaxRatio * small); attempt++)
        {
            for (var run = 0; run < 3; run++)
            {
                small = Math.Min(small, Time(smallPage, read, times));
                large = Math.Min(large, Time(largePage, read, times));
            }
        }

        Assert.True(large < MaxRatio * small, $"Reading {size:N0} took {small:F0} ms; {Factor * size:N0}, {large:F0} ms ({large / small:F2} times as long).");
    }

    /// <summary>How long reading an input <paramref name="times"/> times takes, in milliseconds, after a full, compacting collection.</summary>
    private static double Time(string text, Action<string> read, int times)
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var start = ThreadTime();
        for (var i = 0; i < times; i++)
        {
            read(text);
        }

        return start is { } cpu && ThreadTime() is { } end ? end - cpu : watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The processor time of the current thread in milliseconds, on Linux; null elsewhere.</summary>
    private static double? ThreadTime()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        const int threadCpuTimeClock = 3;
        return ClockGetTime(threadCpuTimeClock, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : null;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
