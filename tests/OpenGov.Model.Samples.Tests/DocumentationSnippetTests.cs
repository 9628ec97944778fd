using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace OpenGov.Model.Samples.Tests;

/// <summary>
/// Every C# block of the documentation a consumer reads compiles as written: the README, the guides in docs/ and
/// each package's PACKAGE.md. A block is the whole program of a new console project (a block fenced
/// <c>csharp web</c>: of a web project) with the package referenced. In docs/ a block fenced
/// <c>csharp fragment</c> shows a piece of the library's own code and is not compiled; the README and the package
/// READMEs have no fragments.
/// </summary>
public class DocumentationSnippetTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var snippet in AllSnippets().Where(s => !s.IsFragment))
        {
            data.Add(snippet.File, snippet.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles_as_written(string file, int line)
    {
        var snippet = AllSnippets().Single(s => s.File == file && s.Line == line);

        var diagnostics = SnippetCompiler.Compile(snippet);

        Assert.True(diagnostics.Count == 0, SnippetCompiler.Describe(snippet, diagnostics));
    }

    [Fact]
    public void The_readme_and_the_package_readmes_have_snippets_and_no_fragments()
    {
        var snippets = AllSnippets();

        Assert.True(snippets.Count(s => s.File == "README.md") >= 5, "README.md: fewer C# blocks than expected; is the extraction broken?");
        Assert.Contains(snippets, s => s.File == "src/OpenGov.Model/PACKAGE.md");
        Assert.All(
            snippets.Where(s => !s.File.StartsWith("docs/", StringComparison.Ordinal)),
            s => Assert.False(s.IsFragment, $"{s}: only the guides in docs/ may show fragments; a README's snippets compile."));
    }

    [Fact]
    public void A_snippet_without_its_using_fails_naming_the_file_the_line_and_the_error()
    {
        const string markdown = "# Title\n\nText.\n\n```csharp\nvar commitment = new Commitment();\nConsole.WriteLine(commitment.Id);\n```\n";
        var snippet = Assert.Single(SnippetCompiler.Extract("EXAMPLE.md", markdown));

        var diagnostics = SnippetCompiler.Compile(snippet);
        var message = SnippetCompiler.Describe(snippet, diagnostics);

        Assert.Contains(diagnostics, d => d.Id == "CS0246");
        Assert.Contains("block at EXAMPLE.md:5", message, StringComparison.Ordinal);
        Assert.Contains("EXAMPLE.md:6: error CS0246: The type or namespace name 'Commitment' could not be found", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_with_its_using_compiles_and_an_unneeded_using_is_reported()
    {
        const string markdown = "```csharp\nusing OpenGov.Model;\n\nConsole.WriteLine(new Commitment().Id);\n```\n\n"
            + "```csharp\nusing OpenGov.Model;\nusing OpenGov.Model.Analysis;\n\nConsole.WriteLine(new Commitment().Id);\n```\n";
        var snippets = SnippetCompiler.Extract("EXAMPLE.md", markdown);

        Assert.Empty(SnippetCompiler.Compile(snippets[0]));
        var unneeded = Assert.Single(SnippetCompiler.Compile(snippets[1]));
        Assert.Equal("CS8019", unneeded.Id);
        Assert.Contains("EXAMPLE.md:9: unnecessary using CS8019", SnippetCompiler.Describe(snippets[1], [unneeded]), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_fail_too_nullable_ones_included()
    {
        var snippet = Assert.Single(SnippetCompiler.Extract("EXAMPLE.md", "```csharp\nstring? name = args.FirstOrDefault();\nConsole.WriteLine(name.Length);\n```\n"));

        Assert.Contains(SnippetCompiler.Compile(snippet), d => d.Id == "CS8602");
    }

    [Fact]
    public void The_extraction_keeps_the_info_string_the_line_and_only_csharp_blocks()
    {
        const string markdown = "```sh\ndotnet test\n```\n\n````csharp fragment\n```\nnested\n```\n````\n\n  ```cs web\nvar app = 1;\n  ```\n\n```\nplain\n```\n";

        var snippets = SnippetCompiler.Extract("EXAMPLE.md", markdown);

        Assert.Collection(
            snippets,
            s =>
            {
                Assert.Equal((5, "csharp fragment", "```\nnested\n```"), (s.Line, s.Info, s.Code));
                Assert.True(s.IsFragment);
            },
            s =>
            {
                Assert.Equal((11, "cs web", "var app = 1;"), (s.Line, s.Info, s.Code));
                Assert.True(s.IsWeb);
                Assert.False(s.IsFragment);
            });
    }

    [Fact]
    public void A_web_snippet_compiles_against_the_aspnetcore_shared_framework()
    {
        Assert.NotNull(SnippetCompiler.AspNetCoreDirectory());
        const string code = "using OpenGov.Model;\n\nvar builder = WebApplication.CreateBuilder(args);\n"
            + "builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForOgp());\nvar app = builder.Build();\n"
            + "app.MapGet(\"/\", () => \"ok\");\napp.Run();";
        var web = Assert.Single(SnippetCompiler.Extract("EXAMPLE.md", $"```csharp web\n{code}\n```\n"));
        var console = Assert.Single(SnippetCompiler.Extract("EXAMPLE.md", $"```csharp\n{code}\n```\n"));

        Assert.Empty(SnippetCompiler.Compile(web));
        Assert.Contains(SnippetCompiler.Compile(console), d => d.Id == "CS0103");
    }

    /// <summary>The C# blocks of README.md, docs/**/*.md and src/*/PACKAGE.md, named by their path from the repository's root.</summary>
    private static List<Snippet> AllSnippets()
    {
        var root = SampleRunner.RepositoryRoot;
        var files = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "PACKAGE.md")).Where(File.Exists));
        return
        [
            .. files.Order(StringComparer.Ordinal).SelectMany(path =>
                SnippetCompiler.Extract(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path))),
        ];
    }
}
