using System;
using System.Diagnostics;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>Whether reading grows with the size of what is read, and no faster: an input made at a size and at twice it.</summary>
internal static class Scaling
{
    /// <summary>The most a doubled input may take over the input: generous, for a shared machine.</summary>
    public const double MaxRatio = 3.5;

    /// <summary>
    /// Asserts that reading an input twice the size takes at most <see cref="MaxRatio"/> times as long. The two inputs are
    /// read in turn, five times each, and the shortest times compared, so that a moment of load on the machine weighs
    /// on neither alone; an input read in less than 50 ms is timed over several readings.
    /// </summary>
    public static void AssertLinear(Func<int, string> make, int size, Action<string> read)
    {
        var (smallPage, largePage) = (make(size), make(2 * size));
        read(make(size / 20));
        read(make(size / 20));
        var times = Math.Max(1, (int)Math.Ceiling(50 / Math.Max(Time(smallPage, read, 1), 1)));
        double small = double.MaxValue, large = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            small = Math.Min(small, Time(smallPage, read, times));
            large = Math.Min(large, Time(largePage, read, times));
        }

        Assert.True(large < MaxRatio * small, $"Reading {size:N0} took {small:F0} ms; {2 * size:N0}, {large:F0} ms ({large / small:F2} times as long).");
    }

    /// <summary>How long reading an input <paramref name="times"/> times takes, in milliseconds, after a full, compacting collection.</summary>
    private static double Time(string text, Action<string> read, int times)
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
        {
            read(text);
        }

        return watch.Elapsed.TotalMilliseconds;
    }
}
