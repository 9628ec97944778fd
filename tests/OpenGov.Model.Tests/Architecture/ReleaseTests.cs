using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace OpenGov.Model.Tests.Architecture;

/// <summary>A release is whole: its version has its CHANGELOG section, and its API is shipped.</summary>
public sealed class ReleaseTests
{
    private static string Version =>
        Regex.Match(File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;

    [Fact]
    public void The_version_has_its_changelog_section()
    {
        var changelog = File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, "CHANGELOG.md"));

        Assert.Matches(@"^\d+\.\d+\.\d+$", Version);
        Assert.Matches($@"(?m)^## \[{Regex.Escape(Version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog);
        Assert.True(changelog.IndexOf("## [Unreleased]", StringComparison.Ordinal) < changelog.IndexOf($"## [{Version}]", StringComparison.Ordinal), "Unreleased comes first.");
    }

    [Theory]
    [InlineData("src/OpenGov.Model/PublicAPI/net10.0")]
    [InlineData("src/OpenGov.Model/PublicAPI/netstandard2.0")]
    [InlineData("src/OpenGov.Model.AspNetCore/PublicAPI/net10.0")]
    public void A_released_package_lists_its_api_as_shipped(string folder)
    {
        var shipped = File.ReadAllLines(Path.Combine(Fixture.RepositoryRoot, folder, "PublicAPI.Shipped.txt")).Skip(1).Where(l => l.Length > 0).ToList();
        var unshipped = File.ReadAllLines(Path.Combine(Fixture.RepositoryRoot, folder, "PublicAPI.Unshipped.txt")).Skip(1).Where(l => l.Length > 0).ToList();

        Assert.NotEmpty(shipped);
        Assert.Empty(unshipped.Intersect(shipped, StringComparer.Ordinal));
        Assert.All(unshipped.Where(l => l.StartsWith("*REMOVED*", StringComparison.Ordinal)), removed =>
            Assert.Contains(removed["*REMOVED*".Length..], shipped));
    }
}
