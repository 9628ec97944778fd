using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OpenGov.Model.Tests.Generators;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

/// <summary>The standard and custom patterns of <see cref="PartialDate"/>: formatting, exact parsing and their round trip.</summary>
public class PartialDatePatternTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo Portuguese = CultureInfo.GetCultureInfo("pt-BR");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly PartialDate Day = PartialDate.FromDate(new LocalDate(2022, 12, 31));
    private static readonly PartialDate Month = PartialDate.FromYearMonth(new YearMonth(2014, 7));
    private static readonly PartialDate Quarter = PartialDate.FromYearQuarter(2014, 3);
    private static readonly PartialDate Year = PartialDate.FromYear(2014);

    [Theory]
    [InlineData("yyyy-MM-dd", "2022-12-31")]
    [InlineData("dd/MM/yyyy", "31/12/2022")]
    [InlineData("d MMMM yyyy", "31 December 2022")]
    [InlineData("ddd d MMM yy", "Sat 31 Dec 22")]
    [InlineData("dddd", "Saturday")]
    [InlineData("yyyy-'Q'q", "2022-Q4")]
    [InlineData("Q yyyy", "Q4 2022")]
    [InlineData("yyyy\\Qq", "2022Q4")]
    [InlineData("'Year' yyyy, \"month\" M", "Year 2022, month 12")]
    [InlineData("%d", "31")]
    [InlineData("%M", "12")]
    [InlineData("G", "2022-12-31")]
    [InlineData("", "2022-12-31")]
    [InlineData("d", "12/31/2022")]
    [InlineData("D", "Saturday, December 31, 2022")]
    [InlineData("Y", "December 2022")]
    public void A_day_formats_in_english(string pattern, string expected)
    {
        Assert.Equal(expected, Day.ToString(pattern, English));
        Assert.Equal(expected, string.Format(English, "{0:" + pattern + "}", Day));
    }

    [Theory]
    [InlineData("G", "2014-07", "2014-Q3", "2014")]
    [InlineData("d", "07/2014", "Q3 2014", "2014")]
    [InlineData("D", "July 2014", "Q3 2014", "2014")]
    [InlineData("yyyy", "2014", "2014", "2014")]
    [InlineData("yyyy-'Q'q", "2014-Q3", "2014-Q3", null)]
    [InlineData("yyyy-MM", "2014-07", null, null)]
    [InlineData("MMMM yyyy", "July 2014", null, null)]
    public void Each_precision_formats_what_it_has(string pattern, string month, string? quarter, string? year)
    {
        Assert.Equal(month, Month.ToString(pattern, English));
        Check(Quarter, quarter);
        Check(Year, year);

        void Check(PartialDate date, string? expected)
        {
            if (expected is null)
            {
                var error = Assert.Throws<FormatException>(() => date.ToString(pattern, English));
                Assert.Contains($"precision", error.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(expected, date.ToString(pattern, English));
            }
        }
    }

    [Fact]
    public void Asking_for_a_part_the_precision_lacks_says_which()
    {
        var error = Assert.Throws<FormatException>(() => $"{Year:yyyy-MM}");
        Assert.Equal("The pattern 'yyyy-MM' writes a month, and 2014 is a date of year precision.", error.Message);
        Assert.Throws<FormatException>(() => Month.ToString("dd/MM/yyyy", English));
        Assert.Throws<FormatException>(() => Month.ToString("dddd yyyy", English));
        Assert.Throws<FormatException>(() => Quarter.ToString("Y", English));
        Span<char> buffer = stackalloc char[32];
        var thrown = false;
        try
        {
            _ = Year.TryFormat(buffer, out _, "yyyy-MM".AsSpan(), English);
        }
        catch (FormatException)
        {
            thrown = true;
        }

        Assert.True(thrown);
    }

    [Theory]
    [InlineData("yyyy-mm")]
    [InlineData("yyyyy")]
    [InlineData("MMMMM")]
    [InlineData("'unclosed")]
    [InlineData("yyyy\\")]
    [InlineData("qq")]
    [InlineData("X")]
    [InlineData("%")]
    public void A_pattern_that_is_not_valid_is_a_format_exception(string pattern) =>
        Assert.Throws<FormatException>(() => Day.ToString(pattern, English));

    [Theory]
    [InlineData("MMMM yyyy", "es-ES", "julio 2014")]
    [InlineData("MMMM yyyy", "fr-FR", "juillet 2014")]
    [InlineData("MMMM yyyy", "pt-BR", "julho 2014")]
    [InlineData("dd/MM/yyyy", "de-DE", "01.07.2014")]
    [InlineData("d", "es-ES", "1/7/2014")]
    [InlineData("d", "de-DE", "01.07.2014")]
    [InlineData("d", "en-US", "7/1/2014")]
    [InlineData("dddd d", "fr-FR", "mardi 1")]
    public void Names_and_separators_follow_the_culture(string pattern, string culture, string expected) =>
        Assert.Equal(expected, PartialDate.FromDate(new LocalDate(2014, 7, 1)).ToString(pattern, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    public void A_culture_of_another_calendar_names_the_Gregorian_month(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var gregorian = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        if (Array.Find(culture.OptionalCalendars, c => c is GregorianCalendar) is { } calendar)
        {
            gregorian.Calendar = calendar;
        }
        else
        {
            gregorian = CultureInfo.InvariantCulture.DateTimeFormat;
        }

        var date = PartialDate.FromYearMonth(new YearMonth(2021, 3));

        Assert.Equal(gregorian.GetMonthName(3) + " 2021", date.ToString("MMMM yyyy", culture));
        Assert.Equal(date, PartialDate.ParseExact(date.ToString("MMMM yyyy", culture), "MMMM yyyy", culture));
    }

    [Theory]
    [InlineData("ru-RU", "d MMMM yyyy", "MMMM yyyy")]
    [InlineData("pl-PL", "dd MMMM yyyy", "MMMM yyyy")]
    public void Beside_a_day_a_month_takes_its_genitive_name(string name, string withDay, string withoutDay)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var day = PartialDate.FromDate(new LocalDate(2021, 3, 4));

        Assert.Equal(new DateTime(2021, 3, 4).ToString(withDay, culture), day.ToString(withDay, culture));
        Assert.Equal(culture.DateTimeFormat.MonthNames[2] + " 2021", PartialDate.FromYearMonth(new YearMonth(2021, 3)).ToString(withoutDay, culture));
        Assert.Equal(day, PartialDate.ParseExact(day.ToString(withDay, culture), withDay, culture));
    }

    [Fact]
    public void Interpolation_and_composite_formatting_use_the_patterns()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = English;
        try
        {
            Assert.Equal("2022-12 and 2014-Q3 and 2014", $"{Day:yyyy-MM} and {Quarter} and {Year:yyyy}");
            Assert.Equal("Dec 2022", string.Format(CultureInfo.CurrentCulture, "{0:MMM yyyy}", Day));
            Assert.Equal("2014-07", Month.ToString(null, null));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void TryFormat_writes_nothing_when_the_span_is_too_short()
    {
        Span<char> small = stackalloc char[5];
        Assert.False(Day.TryFormat(small, out var written, "dddd, MMMM d".AsSpan(), English));
        Assert.Equal(0, written);
        Span<char> large = stackalloc char[64];
        Assert.True(Day.TryFormat(large, out written, "dddd, MMMM d".AsSpan(), English));
        Assert.Equal("Saturday, December 31", large[..written].ToString());
    }

    [Theory]
    [InlineData("31/12/2022", "dd/MM/yyyy", "2022-12-31")]
    [InlineData("7/2014", "M/yyyy", "2014-07")]
    [InlineData("JULY 2014", "MMMM yyyy", "2014-07")]
    [InlineData("2014-Q3", "yyyy-'Q'q", "2014-Q3")]
    [InlineData("Q3 2014", "Q yyyy", "2014-Q3")]
    [InlineData("2014", "yyyy", "2014")]
    [InlineData("31.12.22", "dd.MM.yy", "2022-12-31")]
    [InlineData("Saturday, December 31, 2022", "D", "2022-12-31")]
    [InlineData("July 2014", "D", "2014-07")]
    [InlineData("Q3 2014", "d", "2014-Q3")]
    [InlineData("2014", "d", "2014")]
    [InlineData("2014-07", "G", "2014-07")]
    public void ParseExact_reads_at_the_precision_of_the_pattern(string text, string pattern, string iso)
    {
        var date = PartialDate.ParseExact(text, pattern, English);

        Assert.Equal(iso, date.ToString());
        Assert.Null(date.SourceText);
        Assert.False(date.IsAmbiguous);
    }

    [Theory]
    [InlineData("31/13/2022", "dd/MM/yyyy")]
    [InlineData("30/02/2022", "dd/MM/yyyy")]
    [InlineData("31/12/2022 ", "dd/MM/yyyy")]
    [InlineData("2014-Q5", "yyyy-'Q'q")]
    [InlineData("Friday, December 31, 2022", "D")]
    [InlineData("Smarch 2014", "MMMM yyyy")]
    [InlineData("2014-Q1-07", "yyyy-'Q'q-MM")]
    [InlineData("", "yyyy")]
    [InlineData("0000", "yyyy")]
    public void ParseExact_refuses_text_that_does_not_match(string text, string pattern)
    {
        Assert.False(PartialDate.TryParseExact(text, pattern, English, out _));
        Assert.False(PartialDate.TryParseExact(text.AsSpan(), pattern.AsSpan(), English, out _));
        Assert.Throws<FormatException>(() => PartialDate.ParseExact(text, pattern, English));
    }

    [Theory]
    [InlineData("MM-dd")]
    [InlineData("yyyy-dd")]
    [InlineData("yyyy-MM dddd")]
    [InlineData("yyyy-mm")]
    public void A_pattern_that_cannot_read_a_date_is_a_format_exception(string pattern) =>
        Assert.Throws<FormatException>(() => PartialDate.TryParseExact("2014-07", pattern, English, out _));

    [Fact]
    public void ParseExact_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => PartialDate.ParseExact(null!, "yyyy", English));
        Assert.Throws<ArgumentNullException>(() => PartialDate.ParseExact("2014", null!, English));
        Assert.False(PartialDate.TryParseExact(null, "yyyy", English, out _));
    }

    public static TheoryData<string> Cultures => new() { "en-US", "es-ES", "fr-FR", "pt-BR", "de-DE", "ja-JP", "" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Formatting_then_parsing_with_the_same_pattern_round_trips(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (date, pattern) = c;
            var text = date.ToString(pattern, culture);
            var read = PartialDate.ParseExact(text, pattern, culture);
            Assert.True(read == date.WithoutSourceText(), $"'{text}' ({pattern}, {cultureName}) read back as {read}, not {date}");
            Span<char> buffer = stackalloc char[128];
            Assert.True(date.TryFormat(buffer, out var written, pattern.AsSpan(), culture));
            Assert.Equal(text, buffer[..written].ToString());
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Dates of every precision, each with a pattern that has exactly its parts (standard ones have all).</summary>
    private static Gen<(PartialDate, string)> Cases { get; } =
        from date in ModelGenerators.PartialDates
        from pattern in Gen.Elements(PatternsFor(date.Precision))
        where !pattern.Contains("yy", StringComparison.Ordinal) || pattern.Contains("yyyy", StringComparison.Ordinal) || date.Year >= 2000
        select (date, pattern);

    private static string[] PatternsFor(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => ["G", "d", "D", "yyyy-MM-dd", "dd/MM/yyyy", "d.M.yy", "dddd, d MMMM yyyy", "ddd dd MMM yyyy", "MMMM d, yyyy", "yyyyMMdd", "'Q'q yyyy-MM-dd"],
        DatePrecision.Month => ["G", "d", "D", "Y", "yyyy-MM", "MMMM yyyy", "MMM yy", "M/yyyy", "yyyy-'Q'q-MM"],
        DatePrecision.Quarter => ["G", "d", "D", "yyyy-'Q'q", "Q yyyy", "q/yyyy", "'T'q yy"],
        _ => ["G", "d", "D", "yyyy", "'FY' yyyy", "%y"],
    };
}
