using System;
using System.IO;

namespace OpenGov.Model.Cli.Tests;

/// <summary>Runs the <c>ogp</c> command line in process and names the fixtures the tests run it on.</summary>
internal static class CliRunner
{
    /// <summary>The real extract of the IRM commitment dataset (558 commitments).</summary>
    public static readonly string Extract = Fixture("ogp-commitments-open-parliament-extract.csv");

    /// <summary>The Mexico State End of Commitment Report page, as text.</summary>
    public static readonly string Page = Fixture("end-of-commitment-report-mexico-state-open-government-culture.txt");

    /// <summary>The Mexico State End of Commitment Report as its canonical JSON document.</summary>
    public static readonly string CanonicalReport = Fixture("mexico-state-open-government-culture.json");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The hostile inputs: one or more files per way an input can go wrong.</summary>
    public static string HostileFolder => Path.Combine(AppContext.BaseDirectory, "Hostile");

    /// <summary>Runs <c>ogp</c> with <paramref name="args"/>; returns its exit code and what it wrote to standard output and error.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = OgpCli.Run(args, output, error, cancellationToken: Xunit.TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>ogp</c> as on a terminal (everything it prints is escaped), with <paramref name="standardInput"/> as standard input.</summary>
    public static (int Exit, string Output, string Error) RunOnTerminal(byte[] standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(standardInput, writable: false), outputIsTerminal: true, progress: false);
        var exit = OgpCli.Run(args, context, Xunit.TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
