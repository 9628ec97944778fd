using System;
using System.Globalization;

namespace OpenGov.Model.Validation;

/// <summary>The rules on values that could not be read (OGP200–OGP203).</summary>
internal static class ValueChecks
{
    public static void Label<T>(FindingCollector sink, Recorded<T> value, string prefix, string suffix)
        where T : struct, Enum
    {
        if (value.IsUnrecognized && sink.Reports(ValidationRules.UnknownLabel))
        {
            var list = Codelist<T>.Default;
            sink.Add(
                ValidationRules.UnknownLabel,
                prefix + suffix,
                $"'{value.UnrecognizedText}' is not a value of the {list.Title} list ({string.Join(", ", Labels(list))}); it is kept as written.",
                value.UnrecognizedText);
        }
    }

    public static void Date(FindingCollector sink, Recorded<PartialDate> value, string prefix, string suffix)
    {
        if (value.IsUnrecognized)
        {
            sink.Add(ValidationRules.UnreadableDate, prefix + suffix, $"'{value.UnrecognizedText}' is not a date the library can read; it is kept as written.", value.UnrecognizedText);
        }
        else if (value.TryGetValue(out var date) && date.IsAmbiguous && !sink.TryDefer(prefix + suffix, date) && sink.Reports(ValidationRules.AmbiguousDate))
        {
            var other = date.GetAlternative()!.Value;
            sink.Add(
                ValidationRules.AmbiguousDate,
                prefix + suffix,
                $"'{date.SourceText}' could be {Describe(date)} or {Describe(other)}; it was read as {Describe(date)} ({Order(date)}).",
                date.SourceText);
        }
    }

    public static void Other<T>(FindingCollector sink, Recorded<T> value, string prefix, string suffix, string expected)
    {
        if (value.IsUnrecognized)
        {
            sink.Add(ValidationRules.UnreadableValue, prefix + suffix, $"'{value.UnrecognizedText}' is not {expected}; it is kept as written.", value.UnrecognizedText);
        }
    }

    /// <summary>OGP204: a number that reads as a double whose shortest form is shorter, such as 2.2999999999999998.</summary>
    public static void Noise(FindingCollector sink, Recorded<string> value, string prefix, string suffix)
    {
        if (value.TryGetValue(out var text))
        {
            Noise(sink, text, prefix, suffix);
        }
    }

    /// <summary>OGP204 for a plain text, such as a commitment number written 4.0999999999999996.</summary>
    public static void Noise(FindingCollector sink, string? text, string prefix, string suffix)
    {
        if (text is null || text.Length < 16 || !sink.Reports(ValidationRules.FloatingPointNoise)
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }

        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        if (shortest.Length < text.Length)
        {
            sink.Add(ValidationRules.FloatingPointNoise, prefix + suffix, $"'{text}' is {shortest} written with floating-point noise; it is kept as written.", text);
        }
    }

    public static void Flag(FindingCollector sink, Recorded<bool> value, string prefix, string suffix) =>
        Other(sink, value, prefix, suffix, "a yes/no value");

    public static void Number(FindingCollector sink, Recorded<int> value, string prefix, string suffix) =>
        Other(sink, value, prefix, suffix, "a whole number");

    /// <summary>Says in which order an ambiguous date was read, and why when it is the default of its writing.</summary>
    internal static string Order(PartialDate date) => date.ReadOrder == DateOrder.DayFirst
        ? (date.SourceText?.IndexOf('.') >= 0 ? "day first, as dates with dots are written" : "day first")
        : "month first";

    internal static string Describe(PartialDate date) =>
        date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static System.Collections.Generic.IEnumerable<string> Labels<T>(Codelist<T> list)
        where T : struct, Enum
    {
        foreach (var entry in list.Entries)
        {
            yield return entry.Label;
        }
    }
}
