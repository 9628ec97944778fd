using System;
using System.Globalization;
using NodaTime;

namespace OpenGov.Model;

/// <summary>
/// The standard and custom patterns of <see cref="PartialDate"/>: formatting into spans without allocating,
/// and parsing exactly. See <see cref="PartialDate.ToString(string?, IFormatProvider?)"/> for the specifiers.
/// </summary>
internal static class DatePattern
{
    private const string QuarterPattern = "Q yyyy";
    private const string YearPattern = "yyyy";

    private enum TokenKind
    {
        End,
        Literal,
        DateSeparator,
        Field,
    }

    /// <summary>The parts a pattern writes or reads.</summary>
    [Flags]
    private enum Parts
    {
        None = 0,
        Year = 1,
        Quarter = 2,
        Month = 4,
        Day = 8,
        DayOfWeek = 16,
    }

    /// <summary>Writes <paramref name="date"/> in <paramref name="format"/> (standard or custom).</summary>
    /// <exception cref="FormatException">The format is not valid, or asks for a part the date's precision lacks.</exception>
    public static bool TryFormat(PartialDate date, ReadOnlySpan<char> format, IFormatProvider? provider, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var position = 0;
        bool written;
        if (format.Length == 1)
        {
            var info = format[0] is 'G' or 'g' ? null : Gregorian(provider);
            written = info is null
                ? TryWriteCanonical(date, destination, ref position)
                : TryWrite(date, Standard(format[0], date.Precision, info).AsSpan(), info, destination, ref position);
        }
        else if (format.IsEmpty)
        {
            written = TryWriteCanonical(date, destination, ref position);
        }
        else
        {
            written = TryWrite(date, format, Gregorian(provider), destination, ref position);
        }

        if (written)
        {
            charsWritten = position;
        }

        return written;
    }

    /// <summary>Reads <paramref name="text"/> in <paramref name="format"/> (standard or custom) exactly.</summary>
    /// <exception cref="FormatException">The format is not valid for reading.</exception>
    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<char> format, IFormatProvider? provider, out PartialDate date)
    {
        if (format.IsEmpty || (format.Length == 1 && format[0] is 'G' or 'g'))
        {
            return PartialDate.TryParseIso(text, out date);
        }

        var info = Gregorian(provider);
        if (format.Length == 1)
        {
            // A standard pattern that depends on the precision: the first precision whose pattern reads the text wins.
            ReadOnlySpan<DatePrecision> precisions = [DatePrecision.Day, DatePrecision.Month, DatePrecision.Quarter, DatePrecision.Year];
            var any = false;
            foreach (var precision in precisions)
            {
                if (!TryStandard(format[0], precision, info, out var pattern))
                {
                    continue;
                }

                any = true;
                if (TryRead(text, pattern.AsSpan(), info, out date))
                {
                    return true;
                }
            }

            if (!any)
            {
                throw UnknownStandard(format[0]);
            }

            date = default;
            return false;
        }

        return TryRead(text, format, info, out date);
    }

    /// <summary>The custom pattern a standard pattern stands for at a precision.</summary>
    /// <summary>
    /// The culture's formats with the Gregorian calendar's month and day names: a culture whose default calendar is
    /// another (Hijri, Persian, Thai Buddhist) would name a Gregorian date's month by its own calendar. Where the
    /// culture offers no Gregorian calendar, the invariant names are used.
    /// </summary>
    private static DateTimeFormatInfo Gregorian(IFormatProvider? provider)
    {
        var info = DateTimeFormatInfo.GetInstance(provider);
        if (info.Calendar is GregorianCalendar)
        {
            return info;
        }

        var culture = provider as CultureInfo ?? (provider is null ? CultureInfo.CurrentCulture : null);
        foreach (var calendar in culture?.OptionalCalendars ?? [])
        {
            if (calendar is GregorianCalendar gregorian)
            {
                var copy = (DateTimeFormatInfo)info.Clone();
                copy.Calendar = gregorian;
                return copy;
            }
        }

        return CultureInfo.InvariantCulture.DateTimeFormat;
    }

    private static string Standard(char format, DatePrecision precision, DateTimeFormatInfo info)
    {
        if (TryStandard(format, precision, info, out var pattern))
        {
            return pattern;
        }

        if (format is 'Y' or 'y')
        {
            throw new FormatException($"The standard pattern '{format}' writes a year and a month, and the date has {Describe(precision)} precision.");
        }

        throw UnknownStandard(format);
    }

    private static bool TryStandard(char format, DatePrecision precision, DateTimeFormatInfo info, out string pattern)
    {
        pattern = (format, precision) switch
        {
            ('d', DatePrecision.Day) => Culture(info.ShortDatePattern, CultureInfo.InvariantCulture.DateTimeFormat.ShortDatePattern),
            ('d', DatePrecision.Month) => YearFirst(info.ShortDatePattern) ? "yyyy/MM" : "MM/yyyy",
            ('D', DatePrecision.Day) => Culture(info.LongDatePattern, CultureInfo.InvariantCulture.DateTimeFormat.LongDatePattern),
            ('D', DatePrecision.Month) or ('Y' or 'y', DatePrecision.Month or DatePrecision.Day) => Culture(info.YearMonthPattern, CultureInfo.InvariantCulture.DateTimeFormat.YearMonthPattern),
            ('d' or 'D', DatePrecision.Quarter) => QuarterPattern,
            ('d' or 'D', DatePrecision.Year) => YearPattern,
            _ => string.Empty,
        };
        return pattern.Length > 0;
    }

    private static bool YearFirst(string pattern)
    {
        var trimmed = pattern.TrimStart();
        return trimmed.Length > 0 && trimmed[0] == 'y';
    }

    /// <summary>A culture's pattern, or the invariant one when the culture's uses what these patterns do not know.</summary>
    private static string Culture(string pattern, string fallback)
    {
        var i = 0;
        var quote = '\0';
        try
        {
            while (Next(pattern.AsSpan(), ref i, ref quote, out _, out _) != TokenKind.End)
            {
            }

            return pattern;
        }
        catch (FormatException)
        {
            return fallback;
        }
    }

    private static FormatException UnknownStandard(char format) =>
        new($"'{format}' is not a standard pattern of dates (G, d, D, Y); write %{format} for the single specifier.");

    private static bool TryWriteCanonical(PartialDate date, Span<char> destination, ref int position) =>
        Formatting.TryWriteDigits(date.Year, 4, destination, ref position) && date.Precision switch
        {
            DatePrecision.Day => Formatting.TryWrite('-', destination, ref position)
                && Formatting.TryWriteDigits(date.Month!.Value, 2, destination, ref position)
                && Formatting.TryWrite('-', destination, ref position)
                && Formatting.TryWriteDigits(date.Day!.Value, 2, destination, ref position),
            DatePrecision.Month => Formatting.TryWrite('-', destination, ref position)
                && Formatting.TryWriteDigits(date.Month!.Value, 2, destination, ref position),
            DatePrecision.Quarter => Formatting.TryWrite('-', destination, ref position)
                && Formatting.TryWrite('Q', destination, ref position)
                && Formatting.TryWriteDigits(date.Quarter!.Value, 1, destination, ref position),
            _ => true,
        };

    private static bool TryWrite(PartialDate date, ReadOnlySpan<char> pattern, DateTimeFormatInfo info, Span<char> destination, ref int position)
    {
        var genitive = HasDayOfMonth(pattern);
        var i = 0;
        var quote = '\0';
        while (true)
        {
            var kind = Next(pattern, ref i, ref quote, out var c, out var count);
            switch (kind)
            {
                case TokenKind.End:
                    return true;
                case TokenKind.Literal:
                    if (!Formatting.TryWrite(c, destination, ref position))
                    {
                        return false;
                    }

                    break;
                case TokenKind.DateSeparator:
                    if (!TryCopy(info.DateSeparator, destination, ref position))
                    {
                        return false;
                    }

                    break;
                default:
                    Require(date, c, count, pattern);
                    if (!TryWriteField(date, c, count, info, genitive, destination, ref position))
                    {
                        return false;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Whether a pattern writes the day of the month: beside it, a month's name takes its genitive form in the
    /// languages that have one (<c>4 марта</c>, <c>04 marca</c>), as .NET's own date patterns do.
    /// </summary>
    private static bool HasDayOfMonth(ReadOnlySpan<char> pattern)
    {
        var i = 0;
        var quote = '\0';
        while (Next(pattern, ref i, ref quote, out var c, out var count) is var kind && kind != TokenKind.End)
        {
            if (kind is not (TokenKind.Literal or TokenKind.DateSeparator) && c == 'd' && count <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The genitive form of a name where the culture has one, else the name.</summary>
    private static string Genitive(string[] genitives, string[] names, int index) =>
        index < genitives.Length && genitives[index].Length > 0 ? genitives[index] : names[index];

    private static bool TryWriteField(PartialDate date, char letter, int count, DateTimeFormatInfo info, bool genitive, Span<char> destination, ref int position)
    {
        switch (letter)
        {
            case 'y':
                return count == 2
                    ? Formatting.TryWriteDigits(date.Year % 100, 2, destination, ref position)
                    : Formatting.TryWriteDigits(date.Year, count, destination, ref position);
            case 'M':
                var month = date.Month!.Value;
                return count switch
                {
                    1 or 2 => Formatting.TryWriteDigits(month, count, destination, ref position),
                    3 => TryCopy(genitive ? Genitive(info.AbbreviatedMonthGenitiveNames, info.AbbreviatedMonthNames, month - 1) : info.AbbreviatedMonthNames[month - 1], destination, ref position),
                    _ => TryCopy(genitive ? Genitive(info.MonthGenitiveNames, info.MonthNames, month - 1) : info.MonthNames[month - 1], destination, ref position),
                };
            case 'd':
                if (count <= 2)
                {
                    return Formatting.TryWriteDigits(date.Day!.Value, count, destination, ref position);
                }

                var dayOfWeek = (int)date.Start.DayOfWeek % 7;
                return TryCopy(count == 3 ? info.AbbreviatedDayNames[dayOfWeek] : info.DayNames[dayOfWeek], destination, ref position);
            case 'Q':
                return Formatting.TryWrite('Q', destination, ref position)
                    && Formatting.TryWriteDigits(QuarterOf(date), 1, destination, ref position);
            default:
                return Formatting.TryWriteDigits(QuarterOf(date), 1, destination, ref position);
        }
    }

    private static int QuarterOf(PartialDate date) => date.Quarter ?? ((date.Month!.Value - 1) / 3) + 1;

    /// <summary>Refuses a part the date's precision does not have: a month of a year, a day of a month.</summary>
    private static void Require(PartialDate date, char letter, int count, ReadOnlySpan<char> pattern)
    {
        var needed = letter switch
        {
            'y' => DatePrecision.Year,
            'q' or 'Q' => DatePrecision.Quarter,
            'M' => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        if (date.Precision < needed)
        {
            var part = letter switch
            {
                'M' => "a month",
                'd' when count > 2 => "a day of the week",
                _ => "a day",
            };
            throw new FormatException($"The pattern '{Excerpt.Of(pattern.ToString())}' writes {part}, and {date} is a date of {Describe(date.Precision)} precision.");
        }
    }

    private static string Describe(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        _ => "year",
    };

    private static bool TryCopy(string text, Span<char> destination, ref int position)
    {
        if (position + text.Length > destination.Length)
        {
            return false;
        }

        text.AsSpan().CopyTo(destination.Slice(position));
        position += text.Length;
        return true;
    }

    private static bool TryRead(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, DateTimeFormatInfo info, out PartialDate date)
    {
        date = default;
        var parts = Check(pattern);
        int year = -1, month = -1, day = -1, quarter = -1, dayOfWeek = -1;
        var t = 0;
        var i = 0;
        var quote = '\0';
        while (true)
        {
            var kind = Next(pattern, ref i, ref quote, out var c, out var count);
            if (kind == TokenKind.End)
            {
                break;
            }

            if (kind == TokenKind.Literal)
            {
                if (t >= text.Length || text[t] != c)
                {
                    return false;
                }

                t++;
                continue;
            }

            if (kind == TokenKind.DateSeparator)
            {
                if (!text.Slice(t).StartsWith(info.DateSeparator.AsSpan(), StringComparison.Ordinal))
                {
                    return false;
                }

                t += info.DateSeparator.Length;
                continue;
            }

            int value;
            var ok = (c, count) switch
            {
                ('y', 2) => TryNumber(text, ref t, 2, 2, out value) && Set(ref year, 2000 + value),
                ('y', _) => TryNumber(text, ref t, count, Math.Max(count, 4), out value) && Set(ref year, value),
                ('M', <= 2) => TryNumber(text, ref t, count, 2, out value) && Set(ref month, value),
                ('M', 3) => TryMonth(text, ref t, info.AbbreviatedMonthNames, info.AbbreviatedMonthGenitiveNames, out value) && Set(ref month, value + 1),
                ('M', _) => TryMonth(text, ref t, info.MonthNames, info.MonthGenitiveNames, out value) && Set(ref month, value + 1),
                ('d', <= 2) => TryNumber(text, ref t, count, 2, out value) && Set(ref day, value),
                ('d', 3) => TryName(text, ref t, info.AbbreviatedDayNames, out value) && Set(ref dayOfWeek, value),
                ('d', _) => TryName(text, ref t, info.DayNames, out value) && Set(ref dayOfWeek, value),
                ('Q', _) => t < text.Length && text[t++] == 'Q' && TryNumber(text, ref t, 1, 1, out value) && Set(ref quarter, value),
                _ => TryNumber(text, ref t, 1, 1, out value) && Set(ref quarter, value),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (t != text.Length || year is < 1 or > 9999)
        {
            return false;
        }

        if ((parts & Parts.Month) != 0)
        {
            if (month is < 1 or > 12 || (quarter != -1 && quarter != ((month - 1) / 3) + 1))
            {
                return false;
            }

            if ((parts & Parts.Day) == 0)
            {
                date = PartialDate.FromYearMonth(new YearMonth(year, month));
                return true;
            }

            if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return false;
            }

            var local = new LocalDate(year, month, day);
            if (dayOfWeek != -1 && dayOfWeek != (int)local.DayOfWeek % 7)
            {
                return false;
            }

            date = PartialDate.FromDate(local);
            return true;
        }

        if ((parts & Parts.Quarter) != 0)
        {
            if (quarter is < 1 or > 4)
            {
                return false;
            }

            date = PartialDate.FromYearQuarter(year, quarter);
            return true;
        }

        date = PartialDate.FromYear(year);
        return true;

        static bool Set(ref int field, int value)
        {
            if (field != -1 && field != value)
            {
                return false;
            }

            field = value;
            return true;
        }
    }

    /// <summary>Checks that a pattern can read a date: a year, a month with a day, a day with a day of the week.</summary>
    private static Parts Check(ReadOnlySpan<char> pattern)
    {
        var parts = Parts.None;
        var i = 0;
        var quote = '\0';
        TokenKind kind;
        while ((kind = Next(pattern, ref i, ref quote, out var c, out var count)) != TokenKind.End)
        {
            if (kind == TokenKind.Field)
            {
                parts |= c switch
                {
                    'y' => Parts.Year,
                    'q' or 'Q' => Parts.Quarter,
                    'M' => Parts.Month,
                    _ => count <= 2 ? Parts.Day : Parts.DayOfWeek,
                };
            }
        }

        var missing = (parts & Parts.Year) == 0 ? "year"
            : (parts & Parts.Day) != 0 && (parts & Parts.Month) == 0 ? "month beside its day"
            : (parts & Parts.DayOfWeek) != 0 && (parts & Parts.Day) == 0 ? "day of the month beside its day of the week"
            : null;
        return missing is null
            ? parts
            : throw new FormatException($"The pattern '{Excerpt.Of(pattern.ToString())}' cannot read a date: it has no {missing}.");
    }

    private static bool TryNumber(ReadOnlySpan<char> text, ref int t, int min, int max, out int value)
    {
        value = 0;
        var start = t;
        while (t < text.Length && t - start < max && text[t] is >= '0' and <= '9')
        {
            value = (value * 10) + (text[t] - '0');
            t++;
        }

        return t - start >= min;
    }

    /// <summary>Reads the longest of <paramref name="names"/> at the position, ignoring case.</summary>
    /// <summary>A month's name in either form, the longer match winning (<c>марта</c> over <c>март</c>).</summary>
    private static bool TryMonth(ReadOnlySpan<char> text, ref int t, string[] names, string[] genitives, out int index)
    {
        var (nominativeEnd, genitiveEnd) = (t, t);
        var nominative = TryName(text, ref nominativeEnd, names, out var nominativeIndex);
        var genitive = TryName(text, ref genitiveEnd, genitives, out var genitiveIndex);
        if (genitive && (!nominative || genitiveEnd > nominativeEnd))
        {
            (t, index) = (genitiveEnd, genitiveIndex);
            return true;
        }

        (t, index) = (nominativeEnd, nominativeIndex);
        return nominative;
    }

    private static bool TryName(ReadOnlySpan<char> text, ref int t, string[] names, out int index)
    {
        index = -1;
        var best = 0;
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            if (name.Length <= best || name.Length > text.Length - t)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < name.Length && matches; k++)
            {
                matches = char.ToUpperInvariant(text[t + k]) == char.ToUpperInvariant(name[k]);
            }

            if (matches)
            {
                index = n;
                best = name.Length;
            }
        }

        t += best;
        return index != -1;
    }

    /// <summary>
    /// Reads the next token of a pattern: a literal character (quoted text, an escaped character, or any
    /// character that is not an ASCII letter), the culture's date separator (<c>/</c>), or a field (a run of
    /// one specifier letter).
    /// </summary>
    private static TokenKind Next(ReadOnlySpan<char> pattern, ref int i, ref char quote, out char c, out int count)
    {
        count = 0;
        while (true)
        {
            if (i >= pattern.Length)
            {
                if (quote != '\0')
                {
                    throw Invalid(pattern, "a quoted text is not closed");
                }

                c = '\0';
                return TokenKind.End;
            }

            var ch = pattern[i++];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                    continue;
                }

                c = ch == '\\' ? Escaped(pattern, ref i) : ch;
                return TokenKind.Literal;
            }

            switch (ch)
            {
                case '\'' or '"':
                    quote = ch;
                    continue;
                case '\\':
                    c = Escaped(pattern, ref i);
                    return TokenKind.Literal;
                case '/':
                    c = ch;
                    return TokenKind.DateSeparator;
                case '%':
                    if (i >= pattern.Length || pattern[i] is not ('y' or 'M' or 'd' or 'q' or 'Q') || (i + 1 < pattern.Length && pattern[i + 1] == pattern[i]))
                    {
                        throw Invalid(pattern, "% must come before one specifier letter");
                    }

                    c = pattern[i++];
                    count = 1;
                    return TokenKind.Field;
                case 'y' or 'M' or 'd' or 'q' or 'Q':
                    count = 1;
                    while (i < pattern.Length && pattern[i] == ch)
                    {
                        count++;
                        i++;
                    }

                    if (count > (ch is 'q' or 'Q' ? 1 : 4))
                    {
                        throw Invalid(pattern, $"'{new string(ch, count)}' repeats '{ch}' too often");
                    }

                    c = ch;
                    return TokenKind.Field;
                default:
                    if (ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
                    {
                        throw Invalid(pattern, $"'{ch}' is not a specifier (quote letters to write them as text)");
                    }

                    c = ch;
                    return TokenKind.Literal;
            }
        }
    }

    private static char Escaped(ReadOnlySpan<char> pattern, ref int i) =>
        i < pattern.Length ? pattern[i++] : throw Invalid(pattern, "it ends with a backslash");

    private static FormatException Invalid(ReadOnlySpan<char> pattern, string why) =>
        new($"The date pattern '{Excerpt.Of(pattern.ToString())}' is not valid: {why}.");
}
