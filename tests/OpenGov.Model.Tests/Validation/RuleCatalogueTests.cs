using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Validation;

public class RuleCatalogueTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(ValidationRules.All.Count, ValidationRules.All.Select(r => r.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ValidationRules.All, r => Assert.Matches("^OGP[0-9]{3}$", r.Code));
    }

    [Fact]
    public void Every_rule_is_documented()
    {
        Assert.All(ValidationRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }

    [Fact]
    public void Rules_are_found_by_code()
    {
        Assert.Same(ValidationRules.ProgressLevelMissing, ValidationRules.Get("OGP110"));
        Assert.True(ValidationRules.TryGet("ogp400", out var rule));
        Assert.Equal(RuleScope.Dataset, rule.Scope);
        Assert.False(ValidationRules.TryGet("OGP999", out _));
    }

    [Fact]
    public void The_catalogue_exports_as_json()
    {
        var rules = JsonDocument.Parse(ValidationRules.ToJson()).RootElement;

        Assert.Equal(ValidationRules.All.Count, rules.GetArrayLength());
        Assert.Equal("OGP100", rules[0].GetProperty("code").GetString());
        Assert.Equal("completeness", rules[0].GetProperty("category").GetString());
        Assert.Equal("error", rules[0].GetProperty("severity").GetString());
        Assert.Equal(ValidationRules.All, JsonSerializer.Deserialize(ValidationRules.ToJson(), OgpJson.GetTypeInfo<ValueList<ValidationRule>>()));
    }

    /// <summary>Set OGP_UPDATE_DOCS=1 to write docs/rules.md after a change of the catalogue.</summary>
    [Fact]
    public void Docs_rules_md_is_written_from_the_catalogue()
    {
        var path = Path.Combine(Fixture.RepositoryRoot, "docs", "rules.md");
        var markdown = RuleDocument.ToMarkdown();
        if (Environment.GetEnvironmentVariable("OGP_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, markdown);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == markdown, "docs/rules.md differs from ValidationRules; run the tests with OGP_UPDATE_DOCS=1.");
        Assert.All(ValidationRules.All, r => Assert.Contains("## " + r.Code, markdown, StringComparison.Ordinal));
    }
}
