using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenGov.Model.Samples.Tests;

/// <summary>A fenced C# block of a Markdown file.</summary>
/// <param name="File">The Markdown file, as the failure message names it.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Info">The fence's info string (<c>csharp</c>, <c>csharp web</c>, <c>csharp fragment</c>).</param>
/// <param name="Code">The block's text, without its fences.</param>
internal sealed record Snippet(string File, int Line, string Info, string Code)
{
    /// <summary>Gets whether the block is marked as a fragment: shown, never compiled.</summary>
    public bool IsFragment => HasWord("fragment");

    /// <summary>Gets whether the block is a program of an ASP.NET Core project (<c>dotnet new web</c>).</summary>
    public bool IsWeb => HasWord("web");

    public override string ToString() => $"{File}:{Line}";

    private bool HasWord(string word) => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Contains(word, StringComparer.Ordinal);
}

/// <summary>
/// Finds the C# blocks of Markdown files and compiles each as the whole program of a new project: a
/// <c>dotnet new console</c> project (or <c>dotnet new web</c> for a block fenced <c>csharp web</c>) with a reference
/// to the library. So a block compiles with its own <c>using</c> directives plus the SDK's implicit ones, top-level
/// statements, nullable reference types on, against the framework the tests run on.
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The implicit usings of a console project (Microsoft.NET.Sdk with ImplicitUsings enabled).</summary>
    private static readonly string[] ConsoleUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>The further implicit usings of a web project (Microsoft.NET.Sdk.Web).</summary>
    private static readonly string[] WebUsings =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    /// <summary>The languages of a fence that mean C#: any of them is checked, so no spelling escapes the test.</summary>
    private static readonly string[] CSharpLanguages = ["csharp", "cs", "c#"];

    private static readonly Lazy<MetadataReference[]> ConsoleReferences = new(() => [.. FrameworkAssemblies(), .. LibraryAssemblies()]);

    private static readonly Lazy<MetadataReference[]> WebReferences = new(() => [.. ConsoleReferences.Value, .. AspNetCoreAssemblies()]);

    /// <summary>Returns every fenced block of <paramref name="markdown"/> whose language is C#.</summary>
    public static IReadOnlyList<Snippet> Extract(string file, string markdown)
    {
        var snippets = new List<Snippet>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimStart(' ');
            if (!fence.StartsWith("```", StringComparison.Ordinal) || lines[i].Length - fence.Length > 3)
            {
                continue;
            }

            var ticks = fence.Length - fence.TrimStart('`').Length;
            var info = fence[ticks..].Trim();
            var end = i + 1;
            while (end < lines.Length && !IsClosingFence(lines[end], ticks))
            {
                end++;
            }

            var language = info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (CSharpLanguages.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                snippets.Add(new Snippet(file, i + 1, info, string.Join('\n', lines[(i + 1)..Math.Min(end, lines.Length)])));
            }

            i = end;
        }

        return snippets;
    }

    /// <summary>
    /// Compiles <paramref name="snippet"/> and returns what a newcomer would be told: errors, warnings, and the
    /// <c>using</c> directives the snippet does not need (the repository's own code may not have them either).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Compile(Snippet snippet)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var usings = snippet.IsWeb ? [.. ConsoleUsings, .. WebUsings] : ConsoleUsings;
        var globalUsings = CSharpSyntaxTree.ParseText(string.Concat(usings.Select(u => $"global using {u};\n")), parseOptions, "GlobalUsings.g.cs");
        var program = CSharpSyntaxTree.ParseText(snippet.Code, parseOptions, "Program.cs");
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999);
        var references = snippet.IsWeb ? WebReferences.Value : ConsoleReferences.Value;
        var compilation = CSharpCompilation.Create("Snippet", [globalUsings, program], references, options);

        return
        [
            .. compilation.GetDiagnostics().Where(d =>
                d.Severity >= DiagnosticSeverity.Warning || (d.Id == "CS8019" && d.Location.SourceTree == program)),
        ];
    }

    /// <summary>Describes <paramref name="diagnostics"/> with their lines in the Markdown file.</summary>
    public static string Describe(Snippet snippet, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d =>
        {
            var line = snippet.Line + 1 + d.Location.GetLineSpan().StartLinePosition.Line;
            var severity = d.Id == "CS8019" ? "unnecessary using" : d.Severity.ToString().ToLowerInvariant();
            return $"  {snippet.File}:{line}: {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        });
        return $"The ```{snippet.Info} block at {snippet.File}:{snippet.Line} does not compile as written:\n{string.Join('\n', lines)}";
    }

    private static bool IsClosingFence(string line, int ticks)
    {
        var trimmed = line.Trim();
        return line.Length - line.TrimStart(' ').Length <= 3 && trimmed.Length >= ticks && trimmed.All(c => c == '`');
    }

    /// <summary>The assemblies of the running runtime (Microsoft.NETCore.App), which a console project compiles against.</summary>
    private static IEnumerable<MetadataReference> FrameworkAssemblies()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    /// <summary>
    /// The library as a package consumer gets it: every OpenGov.Model assembly this test project references (add a
    /// package's project to the test project and its snippets compile), and NodaTime, which the core depends on.
    /// </summary>
    private static IEnumerable<MetadataReference> LibraryAssemblies()
    {
        var testAssembly = typeof(SnippetCompiler).Assembly.Location;
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !string.Equals(path, testAssembly, StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("OpenGov.Model", StringComparison.Ordinal) || name == "NodaTime.dll"))
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    /// <summary>
    /// The ASP.NET Core shared framework of the same version as the running runtime: it sits beside
    /// Microsoft.NETCore.App in the .NET installation (shared/Microsoft.AspNetCore.App/VERSION).
    /// </summary>
    private static IEnumerable<MetadataReference> AspNetCoreAssemblies()
    {
        var directory = AspNetCoreDirectory()
            ?? throw new InvalidOperationException("The ASP.NET Core shared framework is not installed beside the running .NET runtime.");
        return Directory.EnumerateFiles(directory, "*.dll").Select(path => MetadataReference.CreateFromFile(path));
    }

    /// <summary>Finds the ASP.NET Core shared framework of the running runtime's version, else the newest of its major version.</summary>
    public static string? AspNetCoreDirectory()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var shared = runtime.Parent?.Parent;
        var aspNetCore = shared is null ? null : new DirectoryInfo(Path.Combine(shared.FullName, "Microsoft.AspNetCore.App"));
        if (aspNetCore is null || !aspNetCore.Exists)
        {
            return null;
        }

        var same = Path.Combine(aspNetCore.FullName, runtime.Name);
        if (Directory.Exists(same))
        {
            return same;
        }

        return aspNetCore.EnumerateDirectories()
            .Where(d => Version.TryParse(d.Name.Split('-')[0], out var v) && v.Major == Environment.Version.Major)
            .OrderByDescending(d => Version.Parse(d.Name.Split('-')[0]))
            .Select(d => d.FullName)
            .FirstOrDefault();
    }
}
