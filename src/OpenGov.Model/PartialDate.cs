using System;
using System.Globalization;
using NodaTime;

namespace OpenGov.Model;

/// <summary>
/// A date of day, month, quarter or year precision, as OGP data writes dates: <c>12/31/2022</c>,
/// <c>31/12/2014</c>, <c>6/30/20</c>, <c>July 2014</c>, <c>Quarter 4 2016</c>, <c>2014</c>. It keeps the
/// text it was read from and says when that text could be read two ways (<c>3/4/2019</c>).
/// </summary>
/// <remarks>
/// <para>Its canonical form is ISO 8601 at its precision: <c>2022-12-31</c>, <c>2014-07</c>,
/// <c>2016-Q4</c> (the ISO 8601 extended form of a quarter), <c>2014</c>.</para>
/// <para>Two dates are equal when they have the same precision and value, the same source text and the
/// same ambiguity; <see cref="CompareTo"/> orders by the first day covered, then by precision, then
/// unambiguous before ambiguous, then by source text (none first, then ordinal), so that two dates compare
/// as equal exactly when they are equal.</para>
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IFormattable
#if NET
    , ISpanParsable<PartialDate>, ISpanFormattable
#endif
{
    private static readonly string[] EnglishMonths =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

    private static readonly string[] SpanishMonths =
        ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];

    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;
    private readonly byte _flags;
    private readonly string? _sourceText;

    private const byte MonthPrecisionFlag = 1;
    private const byte DayPrecisionFlag = 2;
    private const byte AmbiguousFlag = 4;
    private const byte QuarterPrecisionFlag = 8;

    /// <summary>The day before the first day of Excel's 1900 date system, so that serial 1 is 1 January 1900 (and 60 is Excel's 29 February 1900).</summary>
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    private PartialDate(int year, int month, int day, DatePrecision precision, string? sourceText, bool ambiguous)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
        _flags = (byte)((precision == DatePrecision.Month ? MonthPrecisionFlag : 0)
            | (precision == DatePrecision.Day ? DayPrecisionFlag : 0)
            | (precision == DatePrecision.Quarter ? QuarterPrecisionFlag : 0)
            | (ambiguous ? AmbiguousFlag : 0));
        _sourceText = sourceText;
    }

    /// <summary>Creates a date of day precision.</summary>
    /// <param name="date">The date.</param>
    public static PartialDate FromDate(LocalDate date) =>
        new(CheckYear(date.Year), date.Month, date.Day, DatePrecision.Day, null, false);

    /// <summary>Creates a date of month precision.</summary>
    /// <param name="yearMonth">The month.</param>
    public static PartialDate FromYearMonth(YearMonth yearMonth) =>
        new(CheckYear(yearMonth.Year), yearMonth.Month, 0, DatePrecision.Month, null, false);

    /// <summary>Creates a date of quarter precision.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="quarter">The quarter, from 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the quarter is out of range.</exception>
    public static PartialDate FromYearQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4
            ? new(CheckYear(year), ((quarter - 1) * 3) + 1, 0, DatePrecision.Quarter, null, false)
            : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "The quarter must be from 1 to 4.");

    /// <summary>Creates a date of year precision.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static PartialDate FromYear(int year) => new(CheckYear(year), 0, 0, DatePrecision.Year, null, false);

    /// <summary>Gets the precision.</summary>
    public DatePrecision Precision => (_flags & DayPrecisionFlag) != 0
        ? DatePrecision.Day
        : (_flags & MonthPrecisionFlag) != 0 ? DatePrecision.Month
        : (_flags & QuarterPrecisionFlag) != 0 ? DatePrecision.Quarter
        : DatePrecision.Year;

    /// <summary>Gets the year.</summary>
    public int Year => _year == 0 ? 1 : _year;

    /// <summary>Gets the month (1 to 12), or <see langword="null"/> for a date of year or quarter precision.</summary>
    public int? Month => Precision is DatePrecision.Year or DatePrecision.Quarter ? null : _month;

    /// <summary>Gets the quarter (1 to 4) of a date of quarter precision, or <see langword="null"/>.</summary>
    public int? Quarter => Precision == DatePrecision.Quarter ? ((_month - 1) / 3) + 1 : null;

    /// <summary>Gets the day of the month, or <see langword="null"/> unless the date has day precision.</summary>
    public int? Day => Precision == DatePrecision.Day ? _day : null;

    /// <summary>Gets the text the date was read from, or <see langword="null"/> when it was created from a value or read from its canonical form.</summary>
    public string? SourceText => _sourceText;

    /// <summary>
    /// Gets whether the source text could be read two ways: <c>3/4/2019</c> is 4 March (month first,
    /// the reading taken with slashes and hyphens, as in the IRM dataset) or 3 April (<see cref="GetAlternative"/>);
    /// <c>03.04.2021</c> is 3 April (day first, the reading taken with dots, the European way of writing them) or 4 March.
    /// </summary>
    public bool IsAmbiguous => (_flags & AmbiguousFlag) != 0;

    /// <summary>Gets the first day the date covers: the day itself, the first of the month, or 1 January.</summary>
    public LocalDate Start => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>Gets the last day the date covers: the day itself, the last of the month or of the quarter, or 31 December.</summary>
    public LocalDate End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new LocalDate(Year, _month, CalendarSystem.Iso.GetDaysInMonth(Year, _month)),
        DatePrecision.Quarter => new LocalDate(Year, _month + 2, CalendarSystem.Iso.GetDaysInMonth(Year, _month + 2)),
        _ => new LocalDate(Year, 12, 31),
    };

    /// <summary>Gets the days the date covers.</summary>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Gets this date without its source text and ambiguity: the value alone.</summary>
    public PartialDate WithoutSourceText() => new(Year, _month, _day, Precision, null, false);

    /// <summary>
    /// Gets the order of day and month the source text shows when it settles it: <see cref="DateOrder.DayFirst"/>
    /// for <c>31/12/2014</c>, <see cref="DateOrder.MonthFirst"/> for <c>12/31/2022</c>; <see langword="null"/> for
    /// a text that could be either (<c>3/4/2019</c>, <c>5/5/2019</c>) or that is not day, month and year in numbers.
    /// </summary>
    public DateOrder? WrittenOrder
    {
        get
        {
            if (Precision != DatePrecision.Day || !TryLeadingNumbers(out var first, out var second))
            {
                return null;
            }

            return first > 12 && second <= 12 ? DateOrder.DayFirst
                : second > 12 && first <= 12 ? DateOrder.MonthFirst
                : null;
        }
    }

    /// <summary>
    /// Gets the reading of an ambiguous date in <paramref name="order"/>: <c>3/4/2019</c> is 4 March month first
    /// and 3 April day first. A date that is not ambiguous is returned as it is.
    /// </summary>
    /// <param name="order">The order to read the source text in.</param>
    /// <returns>The date read in that order, still marked ambiguous (its text is).</returns>
    public PartialDate ReadAs(DateOrder order)
    {
        if (!IsAmbiguous || !TryLeadingNumbers(out var first, out _))
        {
            return this;
        }

        var readInOrder = order == DateOrder.MonthFirst ? _month == first : _day == first;
        return readInOrder ? this : GetAlternative()!.Value;
    }

    /// <summary>
    /// Gets the other reading of an ambiguous date: day first for a date read month first (<c>3/4/2019</c>), month
    /// first for one read day first (<c>03.04.2021</c>).
    /// </summary>
    /// <returns>The other reading, or <see langword="null"/> when the date is not ambiguous.</returns>
    public PartialDate? GetAlternative() =>
        IsAmbiguous ? new PartialDate(Year, _day, _month, DatePrecision.Day, _sourceText, true) : null;

    /// <summary>
    /// Gets the order an ambiguous date was read in: month first for <c>3/4/2019</c> as read, day first for
    /// <c>03.04.2021</c> as read or for either after <see cref="ReadAs"/> day first; <see langword="null"/> when the
    /// date is not ambiguous.
    /// </summary>
    internal DateOrder? ReadOrder =>
        IsAmbiguous && TryLeadingNumbers(out var first, out _)
            ? (_month == first ? DateOrder.MonthFirst : DateOrder.DayFirst)
            : null;

    /// <summary>The first two numbers of a source text of three numbers (<c>3/4/2019</c>).</summary>
    private bool TryLeadingNumbers(out int first, out int second)
    {
        first = second = 0;
        var text = _sourceText.AsSpan().Trim();
        var i = 0;
        if (!Number(text, ref i, out first) || i >= text.Length || text[i] is not ('/' or '.' or '-'))
        {
            return false;
        }

        i++;
        return Number(text, ref i, out second) && i < text.Length && text[i] is '/' or '.' or '-';

        static bool Number(ReadOnlySpan<char> text, ref int i, out int value)
        {
            value = 0;
            var start = i;
            while (i < text.Length && i - start < 2 && text[i] is >= '0' and <= '9')
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            return i > start;
        }
    }

    /// <summary>
    /// Reads a date as OGP data writes it: ISO 8601 (<c>2022-12-31</c>, <c>2014-07</c>, <c>2014</c>);
    /// numbers with slashes or hyphens, month first unless the first number cannot be a month
    /// (<c>12/31/2022</c>, <c>31/12/2014</c>); numbers with dots, day first unless the second number cannot be a
    /// month (<c>03.04.2021</c> is 3 April, as Europe writes dates; <c>12.31.2022</c>); two-digit years read as 20xx
    /// (<c>6/30/20</c>); a date that could be read either way is marked <see cref="IsAmbiguous"/>;
    /// month names in English or Spanish (<c>July 2014</c>, <c>1 July 2014</c>, <c>July 1, 2014</c>,
    /// <c>julio de 2014</c>); quarters (<c>Q3 2020</c>, <c>Quarter 4 2016</c>, <c>IV quarter of 2021</c>,
    /// <c>2nd quarter 2019</c>); spreadsheet serial numbers of the 1900 date system, five digits from
    /// 20000 to 73050 (<c>43525</c> is 1 March 2019). Allocates only to keep the source text.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read, keeping <paramref name="text"/> unless it is the canonical form.</param>
    /// <returns><see langword="true"/> when the text is a date.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (TryParseIso(span, out date))
        {
            if (!text.AsSpan().SequenceEqual(date.ToString().AsSpan()))
            {
                date = new PartialDate(date.Year, date._month, date._day, date.Precision, text, false);
            }

            return true;
        }

        if (TryParseNumeric(span, text, out date) || TryParseSerial(span, text, out date) || TryParseQuarter(span, text, out date) || TryParseNamed(span, text, out date))
        {
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>
    /// Reads any text as a recorded date: empty text is <see cref="RecordedState.NotAnswered"/>;
    /// <c>ND</c>, <c>NR</c>, <c>NA</c> are the missing kinds; a date is the value; anything else is kept
    /// as <see cref="RecordedState.Unrecognized"/>. Never throws.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The date, the missing kind, or the text kept as unrecognized.</returns>
    public static Recorded<PartialDate> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Recorded<PartialDate>.NotAnswered;
        }

        if (TryParse(text, out var date))
        {
            return date;
        }

        return MissingTokens.TryParse(text.AsSpan(), out var state)
            ? Recorded<PartialDate>.Missing(state)
            : Recorded<PartialDate>.Unrecognized(text!);
    }

    /// <summary>Reads a date in any of the forms of <see cref="TryParse(string?, out PartialDate)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, keeping <paramref name="text"/> unless it is the canonical form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a date (a missing token such as <c>ND</c> included: see <see cref="Read"/>).</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date) ? date : throw new FormatException($"'{Excerpt.Of(text)}' is not a date.");
    }

    /// <summary>Reads exactly the canonical ISO forms <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-Qn</c> and <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read, without source text.</param>
    /// <returns><see langword="true"/> when the text is one of the canonical forms of a valid date.</returns>
    public static bool TryParseIso(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text.Slice(0, 4), out var year) || year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = FromYear(year);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && text[5] == 'Q' && text[6] is >= '1' and <= '4')
        {
            date = FromYearQuarter(year, text[6] - '0');
            return true;
        }

        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month, 0, DatePrecision.Month, null, false);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day, DatePrecision.Day, null, false);
        return true;
    }

    private static bool TryParseNumeric(ReadOnlySpan<char> span, string source, out PartialDate date)
    {
        date = default;
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var separator = '\0';
        var i = 0;
        while (i < span.Length)
        {
            var start = i;
            var value = 0;
            while (i < span.Length && span[i] is >= '0' and <= '9')
            {
                value = (value * 10) + (span[i] - '0');
                i++;
                if (i - start > 4)
                {
                    return false;
                }
            }

            if (i == start || count == 3)
            {
                return false;
            }

            parts[count] = value;
            lengths[count] = i - start;
            count++;
            if (i == span.Length)
            {
                break;
            }

            var c = span[i];
            if (c is not ('/' or '.' or '-') || (separator != '\0' && c != separator))
            {
                return false;
            }

            separator = c;
            i++;
            if (i == span.Length)
            {
                return false;
            }
        }

        if (count == 2)
        {
            // month/year: 7/2014
            if (lengths[1] is not (2 or 4) || parts[0] is < 1 or > 12 || lengths[0] > 2)
            {
                return false;
            }

            var y = lengths[1] == 2 ? 2000 + parts[1] : parts[1];
            if (y == 0)
            {
                return false;
            }

            date = new PartialDate(y, parts[0], 0, DatePrecision.Month, source, false);
            return true;
        }

        if (count != 3 || lengths[0] > 2 || lengths[1] > 2 || lengths[2] is not (2 or 4))
        {
            return false;
        }

        var year = lengths[2] == 2 ? 2000 + parts[2] : parts[2];
        if (year == 0)
        {
            return false;
        }

        int first = parts[0], second = parts[1];
        int month, day;
        bool ambiguous;
        var dayFirstDefault = separator == '.';
        if (first > 12 && second <= 12)
        {
            (day, month, ambiguous) = (first, second, false);
        }
        else if (second > 12 && first <= 12)
        {
            (month, day, ambiguous) = (first, second, false);
        }
        else
        {
            ambiguous = first != second && ValidDay(year, second, first);
            (month, day) = dayFirstDefault ? (second, first) : (first, second);
        }

        if (!ValidDay(year, month, day))
        {
            return false;
        }

        date = new PartialDate(year, month, day, DatePrecision.Day, source, ambiguous);
        return true;
    }

    private static bool TryParseSerial(ReadOnlySpan<char> span, string source, out PartialDate date)
    {
        date = default;
        if (span.Length != 5 || !TryDigits(span, out var serial) || serial is < 20000 or > 73050)
        {
            return false;
        }

        var day = ExcelEpoch.PlusDays(serial);
        date = new PartialDate(day.Year, day.Month, day.Day, DatePrecision.Day, source, false);
        return true;
    }

    private static bool TryParseQuarter(ReadOnlySpan<char> span, string source, out PartialDate date)
    {
        // Words and numbers: a year, a quarter (Q3; or 3, III, 3rd, third beside "quarter"), and fillers.
        date = default;
        int? year = null, quarter = null;
        var sawQuarterWord = false;
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            var token = span.Slice(start, i - start);
            if (token.Length == 4 && TryDigits(token, out var y) && year is null)
            {
                year = y;
            }
            else if (token.Length == 2 && char.ToUpperInvariant(token[0]) == 'Q' && token[1] is >= '1' and <= '4' && quarter is null)
            {
                quarter = token[1] - '0';
                sawQuarterWord = true;
            }
            else if (Is(token, "QUARTER") || Is(token, "TRIMESTER") || Is(token, "TRIMESTRE"))
            {
                sawQuarterWord = true;
            }
            else if (QuarterNumber(token) is { } q && quarter is null)
            {
                quarter = q;
            }
            else if (!IsFillerWord(token))
            {
                return false;
            }
        }

        if (!sawQuarterWord || year is not { } yearValue || quarter is not { } quarterValue || yearValue == 0)
        {
            return false;
        }

        date = new PartialDate(yearValue, ((quarterValue - 1) * 3) + 1, 0, DatePrecision.Quarter, source, false);
        return true;
    }

    private static int? QuarterNumber(ReadOnlySpan<char> token)
    {
        string[][] names =
        [
            ["1", "I", "1ST", "FIRST", "PRIMER", "PRIMERO"],
            ["2", "II", "2ND", "SECOND", "SEGUNDO"],
            ["3", "III", "3RD", "THIRD", "TERCER", "TERCERO"],
            ["4", "IV", "4TH", "FOURTH", "CUARTO"],
        ];
        for (var q = 0; q < names.Length; q++)
        {
            foreach (var name in names[q])
            {
                if (Is(token, name))
                {
                    return q + 1;
                }
            }
        }

        return null;
    }

    private static bool TryParseNamed(ReadOnlySpan<char> span, string source, out PartialDate date)
    {
        // Tokens: words and numbers; "de", "of", "the" and commas are ignored.
        date = default;
        int? monthIndex = null, day = null, year = null;
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var isNumber = char.IsDigit(span[i]);
            while (i < span.Length && (isNumber ? char.IsDigit(span[i]) : char.IsLetter(span[i])))
            {
                i++;
            }

            var token = span.Slice(start, i - start);
            if (isNumber)
            {
                if (token.Length > 4 || !TryDigits(token, out var n))
                {
                    return false;
                }

                if (token.Length == 4 && year is null)
                {
                    year = n;
                }
                else if (token.Length <= 2 && day is null && n is >= 1 and <= 31)
                {
                    day = n;
                }
                else
                {
                    return false;
                }

                // Ordinal suffixes: 1st, 2nd, 3rd, 4th.
                if (i < span.Length && char.IsLetter(span[i]))
                {
                    var suffixStart = i;
                    while (i < span.Length && char.IsLetter(span[i]))
                    {
                        i++;
                    }

                    if (!IsOrdinalSuffix(span.Slice(suffixStart, i - suffixStart)))
                    {
                        return false;
                    }
                }
            }
            else if (MonthIndex(token) is { } m)
            {
                if (monthIndex is not null)
                {
                    return false;
                }

                monthIndex = m;
            }
            else if (!IsFillerWord(token))
            {
                return false;
            }
        }

        if (monthIndex is null || year is null || year == 0)
        {
            return false;
        }

        var month = monthIndex.Value + 1;
        if (day is null)
        {
            date = new PartialDate(year.Value, month, 0, DatePrecision.Month, source, false);
            return true;
        }

        if (!ValidDay(year.Value, month, day.Value))
        {
            return false;
        }

        date = new PartialDate(year.Value, month, day.Value, DatePrecision.Day, source, false);
        return true;
    }

    private static int? MonthIndex(ReadOnlySpan<char> word)
    {
        for (var m = 0; m < 12; m++)
        {
            if (MatchesMonth(word, EnglishMonths[m]) || MatchesMonth(word, SpanishMonths[m]))
            {
                return m;
            }
        }

        return null;
    }

    private static bool MatchesMonth(ReadOnlySpan<char> word, string month)
    {
        // The full name, or its first three letters (Sept too).
        if (word.Length < 3 || word.Length > month.Length)
        {
            return false;
        }

        if (word.Length != month.Length && word.Length != 3 && !(word.Length == 4 && month == "SEPTEMBER"))
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToUpperInvariant(word[i]) != month[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFillerWord(ReadOnlySpan<char> word) =>
        Is(word, "DE") || Is(word, "DEL") || Is(word, "OF") || Is(word, "THE");

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        Is(word, "ST") || Is(word, "ND") || Is(word, "RD") || Is(word, "TH");

    private static bool Is(ReadOnlySpan<char> word, string upper)
    {
        if (word.Length != upper.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToUpperInvariant(word[i]) != upper[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool ValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length > 0;
    }

    private static int CheckYear(int year) =>
        year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 1 to 9999.");

    /// <summary>Returns the canonical ISO 8601 form at the date's precision: <c>2022-12-31</c>, <c>2014-07</c> or <c>2014</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, _month, _day),
        DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, _month),
        DatePrecision.Quarter => string.Format(CultureInfo.InvariantCulture, "{0:D4}-Q{1}", Year, ((_month - 1) / 3) + 1),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Formats the date with a standard or a custom pattern, in the manner of NodaTime's <c>LocalDate</c>
    /// patterns and .NET's date formats.
    /// </summary>
    /// <remarks>
    /// <para>Standard patterns (one letter):</para>
    /// <list type="table">
    /// <item><term><c>G</c> (or empty, or <see langword="null"/>)</term><description>the canonical ISO 8601 text at the
    /// date's precision, the same in every culture: <c>2022-12-31</c>, <c>2014-07</c>, <c>2014-Q3</c>, <c>2014</c>.</description></item>
    /// <item><term><c>d</c></term><description>short, at the date's precision: a day in the culture's short date pattern
    /// (<c>12/31/2022</c> in en-US, <c>31/12/2022</c> in es-ES); a month as <c>MM/yyyy</c>, or <c>yyyy/MM</c> where the
    /// culture writes the year first, with the culture's date separator; a quarter as <c>Q3 2014</c>; a year as <c>2014</c>.</description></item>
    /// <item><term><c>D</c></term><description>long, at the date's precision: a day in the culture's long date pattern
    /// (<c>Saturday, December 31, 2022</c>), a month in its year-month pattern (<c>July 2014</c>, <c>julio de 2014</c>), a
    /// quarter and a year as <c>d</c> writes them.</description></item>
    /// <item><term><c>Y</c> (or <c>y</c>)</term><description>the culture's year-month pattern (<c>July 2014</c>); the date
    /// needs month or day precision.</description></item>
    /// </list>
    /// <para>Custom patterns (anything longer than one character, or <c>%</c> and one specifier):
    /// <c>yyyy</c> the year in four digits (<c>yyy</c> at least three, <c>y</c> as many as it has); <c>yy</c> its last two
    /// digits; <c>MM</c> and <c>M</c> the month with and without a leading zero, <c>MMM</c> and <c>MMMM</c> its abbreviated
    /// and full name in the culture; <c>dd</c> and <c>d</c> the day of the month, <c>ddd</c> and <c>dddd</c> the abbreviated
    /// and full name of the day of the week; <c>q</c> the quarter (<c>3</c>) and <c>Q</c> the quarter with its letter
    /// (<c>Q3</c>); <c>/</c> the culture's date separator. Text in single or double quotes is written as it is, and a
    /// backslash writes the next character as it is. Other ASCII letters are reserved and refused; every other
    /// character is written as it is.</para>
    /// <para>A pattern may ask for less than the date has (<c>yyyy</c> of a day, <c>yyyy-'Q'q</c> of a month) but not
    /// more: a month or a day of a date that lacks it (<c>yyyy-MM</c> of a year) is a <see cref="FormatException"/> that
    /// names the part and the precision, never a guess. Dates are always of the ISO calendar; the culture (of
    /// <paramref name="formatProvider"/>, else the current culture) gives only names and separators.</para>
    /// </remarks>
    /// <param name="format">The pattern, or <see langword="null"/> for the canonical text.</param>
    /// <param name="formatProvider">The culture of names and separators, or <see langword="null"/> for the current culture.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException">The pattern is not valid, or asks for a part the date's precision lacks.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return ToString();
        }

        Span<char> buffer = stackalloc char[128];
        if (DatePattern.TryFormat(this, format.AsSpan(), formatProvider, buffer, out var written))
        {
            return buffer.Slice(0, written).ToString();
        }

        var large = new char[Math.Max(1024, format!.Length * 64)];
        return DatePattern.TryFormat(this, format.AsSpan(), formatProvider, large, out written)
            ? new string(large, 0, written)
            : throw new FormatException($"The pattern '{Excerpt.Of(format)}' writes too long a text.");
    }

    /// <summary>
    /// Writes the date with a standard or a custom pattern into a span of characters without allocating, as
    /// <see cref="ToString(string?, IFormatProvider?)"/> gives it.
    /// </summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the text does not fit.</param>
    /// <param name="format">The pattern; empty for the canonical text.</param>
    /// <param name="provider">The culture of names and separators, or <see langword="null"/> for the current culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The pattern is not valid, or asks for a part the date's precision lacks.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null) =>
        DatePattern.TryFormat(this, format, provider, destination, out charsWritten);

    /// <summary>
    /// Reads a date written exactly in a standard or custom pattern of <see cref="ToString(string?, IFormatProvider?)"/>:
    /// what that method writes with a pattern, this method reads back with it. The precision follows the pattern's
    /// parts (<c>yyyy-MM</c> reads months, <c>yyyy-'Q'q</c> quarters); the standard patterns <c>d</c> and <c>D</c>
    /// read whichever precision's pattern matches, day first. <c>yy</c> reads 20xx, as <see cref="TryParse(string?, out PartialDate)"/>
    /// does; names are matched ignoring case; a day of the week must agree with the date.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="pattern">The pattern; it must have a year, a month beside a day, and a day beside a day of the week.</param>
    /// <param name="provider">The culture of names and separators, or <see langword="null"/> for the current culture.</param>
    /// <returns>The date, without source text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text does not match the pattern, or the pattern cannot read a date.</exception>
    public static PartialDate ParseExact(string text, string pattern, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pattern);
        return DatePattern.TryParse(text.AsSpan(), pattern.AsSpan(), provider, out var date)
            ? date
            : throw new FormatException($"'{Excerpt.Of(text)}' is not a date in the pattern '{Excerpt.Of(pattern)}'.");
    }

    /// <summary>Reads a date written exactly in a pattern, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="provider">The culture of names and separators, or <see langword="null"/> for the current culture.</param>
    /// <param name="date">The date read, without source text.</param>
    /// <returns><see langword="true"/> when the text matches the pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The pattern cannot read a date (whatever the text).</exception>
    public static bool TryParseExact(string? text, string pattern, IFormatProvider? provider, out PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        date = default;
        return text is not null && DatePattern.TryParse(text.AsSpan(), pattern.AsSpan(), provider, out date);
    }

    /// <summary>Reads a date written exactly in a pattern, as <see cref="ParseExact"/> does, without throwing on the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="provider">The culture of names and separators, or <see langword="null"/> for the current culture.</param>
    /// <param name="date">The date read, without source text.</param>
    /// <returns><see langword="true"/> when the text matches the pattern.</returns>
    /// <exception cref="FormatException">The pattern cannot read a date (whatever the text).</exception>
    public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, IFormatProvider? provider, out PartialDate date) =>
        DatePattern.TryParse(text, pattern, provider, out date);

#if NET
    /// <inheritdoc />
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PartialDate>.TryParse(string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <inheritdoc />
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc />
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s.ToString(), out result);
#endif

    /// <inheritdoc />
    public bool Equals(PartialDate other) =>
        Year == other.Year && _month == other._month && _day == other._day && _flags == other._flags
        && string.Equals(_sourceText, other._sourceText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        Hash.Combine((Year * 10000) + (_month * 100) + _day, _flags, _sourceText is null ? 0 : StringComparer.Ordinal.GetHashCode(_sourceText));

    /// <summary>
    /// Orders by the first day covered, then by precision (year before quarter before month before day), then
    /// unambiguous before ambiguous, then by source text (none first, then ordinal). Zero exactly when
    /// <see cref="Equals(PartialDate)"/> is true.
    /// </summary>
    /// <param name="other">The other date.</param>
    public int CompareTo(PartialDate other)
    {
        var order = Start.CompareTo(other.Start);
        if (order == 0)
        {
            order = Precision.CompareTo(other.Precision);
        }

        if (order == 0)
        {
            order = IsAmbiguous.CompareTo(other.IsAmbiguous);
        }

        return order != 0 ? order : string.CompareOrdinal(_sourceText, other._sourceText);
    }

    /// <summary>Compares two dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders two dates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
