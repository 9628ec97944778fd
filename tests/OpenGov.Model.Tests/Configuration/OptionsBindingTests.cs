using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Configuration;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Configuration;

/// <summary>
/// Every options type of the library binds from a host's JSON configuration, every property of it, as
/// <c>configuration.GetSection(...).Get&lt;T&gt;()</c> and <c>Bind</c> give it. Each options type's test names every
/// property it sets, to a value other than its default; a property added to an options type and not set here
/// fails the test. (The binder's source generator of .NET 10 sets no init-only property, and is not used here.)
/// </summary>
public sealed class OptionsBindingTests
{
    /// <summary>The options types of the library: every public record whose name ends in Options.</summary>
    public static readonly TheoryData<Type> OptionsTypes = new(
        typeof(OgpValidator).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Every_options_type_has_a_binding_test(Type type) =>
        Assert.Contains(type, Covered.Keys);

    [Fact]
    public void Validation_options_bind_every_property()
    {
        const string Json = """
            {
              "Validation": {
                "RuleSets": "Completeness, Consistency",
                "DisabledCodes": [ "OGP202", "ogp120" ],
                "SeverityOverrides": { "OGP114": "Info", "OGP110": "Warning" },
                "MaxFindings": 25,
                "PathsPerGroup": 2
              }
            }
            """;
        var expected = new ValidationOptions
        {
            RuleSets = RuleSets.Completeness | RuleSets.Consistency,
            DisabledCodes = ["OGP202", "ogp120"],
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["OGP114"] = FindingSeverity.Info, ["OGP110"] = FindingSeverity.Warning },
            MaxFindings = 25,
            PathsPerGroup = 2,
        };
        var section = Section(Json, "Validation");

        AssertBinds(expected, section.Get<ValidationOptions>(), Bound<ValidationOptions>(section));
    }

    [Fact]
    public void Reader_options_bind_every_property()
    {
        const string Json = """
            {
              "Reader": {
                "InputName": "commitments.csv",
                "Kind": "DatasetCsv",
                "Encoding": "Windows1252",
                "Delimiter": ";",
                "Sheet": "Commitments 2024",
                "MaxRecordLength": 4096,
                "MaxDocumentLength": 8192,
                "MaxDocumentObjects": 1000,
                "MaxSpoolLength": 65536,
                "MaxColumns": 200,
                "MaxFindings": 50,
                "LeaveOpen": true
              }
            }
            """;
        var expected = new OgpReaderOptions
        {
            InputName = "commitments.csv",
            Kind = InputKind.DatasetCsv,
            Encoding = InputEncoding.Windows1252,
            Delimiter = ';',
            Sheet = "Commitments 2024",
            MaxRecordLength = 4096,
            MaxDocumentLength = 8192,
            MaxDocumentObjects = 1000,
            MaxSpoolLength = 65536,
            MaxColumns = 200,
            MaxFindings = 50,
            LeaveOpen = true,
        };
        var section = Section(Json, "Reader");

        AssertBinds(expected, section.Get<OgpReaderOptions>(), Bound<OgpReaderOptions>(section));
    }

    [Fact]
    public void Summary_options_bind_every_property()
    {
        const string Json = """
            {
              "Summary": {
                "GroupBy": "Column",
                "GroupColumn": "Theme",
                "Convention": "Dataset",
                "Filters": [ "Region=Europe", " National Or Local = national " ],
                "Subject": "IRM commitments, 2024 release"
              }
            }
            """;
        var expected = new DatasetSummaryOptions
        {
            GroupBy = SummaryGrouping.Column,
            GroupColumn = "Theme",
            Convention = IndicatorConvention.Dataset,
            Filters = [RecordFilter.Column("Region", "Europe"), RecordFilter.Column("National Or Local", "national")],
            Subject = "IRM commitments, 2024 release",
        };
        var section = Section(Json, "Summary");

        AssertBinds(expected, section.Get<DatasetSummaryOptions>(), Bound<DatasetSummaryOptions>(section));
    }

    [Fact]
    public void Difference_options_bind_every_property()
    {
        const string Json = """
            {
              "Difference": {
                "OldName": "2023.csv",
                "NewName": "2024.csv",
                "OldColumns": [ "Country", "Commitment Title" ],
                "NewColumns": [ "Country", "Commitment Title", "Theme" ]
              }
            }
            """;
        var expected = new DatasetDifferenceOptions
        {
            OldName = "2023.csv",
            NewName = "2024.csv",
            OldColumns = ["Country", "Commitment Title"],
            NewColumns = ["Country", "Commitment Title", "Theme"],
        };
        var section = Section(Json, "Difference");

        AssertBinds(expected, section.Get<DatasetDifferenceOptions>(), Bound<DatasetDifferenceOptions>(section));
    }

    [Fact]
    public void Bound_options_take_effect()
    {
        var options = Section("""{ "V": { "DisabledCodes": [ "OGP121", "ogp120" ], "SeverityOverrides": { "ogp114": "Info" } } }""", "V").Get<ValidationOptions>()!;
        var report = OgpJson.Deserialize<EndOfCommitmentReport>(Fixture.Read(Fixture.MexicoReportJsonPath));

        var result = new OgpValidator(options).Validate(report);

        Assert.Equal(["OGP110", "OGP114", "OGP130"], result.Findings.Select(f => f.Code));
        Assert.Equal(FindingSeverity.Info, result.Findings.Single(f => f.Code == "OGP114").Severity);
    }

    [Fact]
    public void A_bound_code_that_names_no_rule_is_refused_when_the_validator_is_made()
    {
        var options = Section("""{ "V": { "DisabledCodes": [ "OGP999" ] } }""", "V").Get<ValidationOptions>()!;

        var error = Assert.Throws<ArgumentException>(() => new OgpValidator(options));
        Assert.Contains("OGP999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_severity_of_a_code_that_names_no_rule_is_refused() =>
        Assert.Throws<ArgumentException>(() => new OgpValidator(Section("""{ "V": { "SeverityOverrides": { "OGP998": "Info" } } }""", "V").Get<ValidationOptions>()!));

    [Fact]
    public void A_bound_negative_limit_is_refused()
    {
        var validation = Section("""{ "V": { "MaxFindings": -1 } }""", "V").Get<ValidationOptions>()!;
        var reader = Section("""{ "R": { "MaxColumns": -5 } }""", "R").Get<OgpReaderOptions>()!;

        Assert.Throws<ArgumentException>(() => new OgpValidator(validation));
        var error = Assert.Throws<ArgumentException>(() => OgpReader.OpenText("Country\nAlbania\n", reader));
        Assert.Equal(nameof(OgpReaderOptions.MaxColumns), error.ParamName);
    }

    [Fact]
    public void A_value_the_binder_cannot_read_is_an_error_naming_its_key()
    {
        var ruleSets = Section("""{ "V": { "RuleSets": "Completness" } }""", "V");
        var filter = Section("""{ "S": { "Filters": [ "Region Europe" ] } }""", "S");

        var rules = Assert.Throws<InvalidOperationException>(() => ruleSets.Get<ValidationOptions>());
        // The binder drops a dictionary entry it cannot convert, unless told to throw.
        var dropped = Section("""{ "V": { "SeverityOverrides": { "OGP114": "Infoo" } } }""", "V").Get<ValidationOptions>();
        Assert.Empty(dropped!.SeverityOverrides);
        var severities = Assert.Throws<InvalidOperationException>(() => Section("""{ "V": { "SeverityOverrides": { "OGP114": "Infoo" } } }""", "V").Get<ValidationOptions>(o => o.ErrorOnUnknownConfiguration = true));
        var delimiter = Assert.Throws<InvalidOperationException>(() => Section("""{ "R": { "Delimiter": ";;" } }""", "R").Get<OgpReaderOptions>());

        Assert.Contains("V:RuleSets", rules.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(BinderOptions.ErrorOnUnknownConfiguration), severities.Message, StringComparison.Ordinal);
        Assert.Contains("R:Delimiter", delimiter.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_filter_that_is_not_column_equals_value_is_refused_when_the_summary_is_made()
    {
        // The binder drops a list item it cannot convert without a word: the filter's converter keeps it, to be refused.
        var options = Section("""{ "S": { "Filters": [ "Region=Europe", "Region Europe" ] } }""", "S").Get<DatasetSummaryOptions>()!;

        Assert.Equal(2, options.Filters.Count);
        var error = Assert.Throws<ArgumentException>(() => DatasetSummary.Create([], options));
        Assert.Contains("'Region Europe' is not a filter: expected COLUMN=VALUE", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DatasetSummary.Create([], new DatasetSummaryOptions { Filters = [null!] }));
    }

    [Fact]
    public void Options_bound_from_the_same_configuration_are_equal()
    {
        const string Json = """{ "S": { "Filters": [ "Region=Europe" ], "GroupBy": "Region" } }""";

        var first = Section(Json, "S").Get<DatasetSummaryOptions>()!;
        var second = Section(Json, "S").Get<DatasetSummaryOptions>()!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, first with { Filters = [RecordFilter.Column("Region", "Africa")] });
    }

    [Fact]
    public void A_collection_given_as_any_list_is_held_as_a_value_list()
    {
        var options = new ValidationOptions
        {
            DisabledCodes = new List<string> { "OGP202" },
            SeverityOverrides = new Dictionary<string, FindingSeverity> { ["OGP114"] = FindingSeverity.Info },
        };
        var other = new ValidationOptions { DisabledCodes = ["OGP202"], SeverityOverrides = ValueDictionary<string, FindingSeverity>.Create([new("OGP114", FindingSeverity.Info)]) };

        Assert.IsType<ValueList<string>>(options.DisabledCodes);
        Assert.IsType<ValueDictionary<string, FindingSeverity>>(options.SeverityOverrides);
        Assert.Equal(other, options);
        Assert.Empty(new ValidationOptions { DisabledCodes = null!, SeverityOverrides = null! }.DisabledCodes);
    }

    [Fact]
    public void A_default_key_in_the_configuration_leaves_the_shared_defaults_alone()
    {
        const string Json = """
            {
              "V": { "Default": { "MaxFindings": 3, "DisabledCodes": [ "OGP202" ] }, "PathsPerGroup": 1 },
              "R": { "Default": { "MaxColumns": 3 } },
              "S": { "Default": { "Subject": "changed" } },
              "D": { "Default": { "OldName": "changed" } }
            }
            """;

        Assert.Equal(1, Section(Json, "V").Get<ValidationOptions>()!.PathsPerGroup);
        _ = Section(Json, "R").Get<OgpReaderOptions>();
        _ = Section(Json, "S").Get<DatasetSummaryOptions>();
        _ = Section(Json, "D").Get<DatasetDifferenceOptions>();

        Assert.Equal(new ValidationOptions(), ValidationOptions.Default);
        Assert.Equal(new OgpReaderOptions(), OgpReaderOptions.Default);
        Assert.Equal(new DatasetSummaryOptions(), DatasetSummaryOptions.Default);
        Assert.Equal(new DatasetDifferenceOptions(), DatasetDifferenceOptions.Default);
        var unknown = Assert.Throws<InvalidOperationException>(() => Section(Json, "V").Get<ValidationOptions>(o => o.ErrorOnUnknownConfiguration = true));
        Assert.Contains("'Default'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_made_with_code_equals_only_itself()
    {
        var filter = RecordFilter.Where("any", _ => true);

        Assert.Equal(filter, filter);
        Assert.NotEqual(filter, RecordFilter.Where("any", _ => true));
        Assert.NotEqual(RecordFilter.Column("Region", "Europe"), RecordFilter.Where("Region = Europe", _ => true));
        Assert.Equal(RecordFilter.Parse("Region=Europe"), RecordFilter.Column(" Region ", " Europe"));
        Assert.Throws<FormatException>(() => RecordFilter.Parse(" =Europe"));
    }

    /// <summary>The properties each options type's binding test sets, by type: every settable one it has.</summary>
    private static readonly Dictionary<Type, string[]> Covered = new()
    {
        [typeof(ValidationOptions)] = ["RuleSets", "DisabledCodes", "SeverityOverrides", "MaxFindings", "PathsPerGroup"],
        [typeof(OgpReaderOptions)] = ["InputName", "Kind", "Encoding", "Delimiter", "Sheet", "MaxRecordLength", "MaxDocumentLength", "MaxDocumentObjects", "MaxSpoolLength", "MaxColumns", "MaxFindings", "LeaveOpen"],
        [typeof(DatasetSummaryOptions)] = ["GroupBy", "GroupColumn", "Convention", "Filters", "Subject"],
        [typeof(DatasetDifferenceOptions)] = ["OldName", "NewName", "OldColumns", "NewColumns"],
    };

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Every_settable_property_is_covered(Type type)
    {
        var settable = SettableProperties(type).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(settable, Covered[type].Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks that what each binding made equals <paramref name="expected"/>, property by property, that each of
    /// those properties is one the type's test covers and differs from the default, and that the options as a
    /// whole compare equal (the collections are held as value lists and dictionaries, whatever the binder made).
    /// </summary>
    private static void AssertBinds<T>(T expected, params T?[] binds)
        where T : class, new()
    {
        var defaults = new T();
        var properties = SettableProperties(typeof(T));
        Assert.Equal(properties.Select(p => p.Name).Order(StringComparer.Ordinal), Covered[typeof(T)].Order(StringComparer.Ordinal));
        foreach (var bound in binds)
        {
            Assert.NotNull(bound);
            foreach (var property in properties)
            {
                var want = property.GetValue(expected);
                Assert.False(Equals(want, property.GetValue(defaults)), $"The test sets {typeof(T).Name}.{property.Name} to its default.");
                Assert.True(Equals(want, property.GetValue(bound)), $"{typeof(T).Name}.{property.Name} read back {Show(property.GetValue(bound))}, not {Show(want)}.");
            }

            Assert.Equal(expected, bound);
            Assert.Equal(expected.GetHashCode(), bound.GetHashCode());
        }
    }

    private static PropertyInfo[] SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).ToArray();

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => '"' + text + '"',
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Binds into new options with <c>Bind</c>, as a host's <c>Configure&lt;T&gt;(section)</c> does.</summary>
    private static T Bound<T>(IConfiguration configuration)
        where T : new()
    {
        var options = new T();
        configuration.Bind(options);
        return options;
    }

    private static IConfigurationSection Section(string json, string key) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection(key);
}
