using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>
/// The tool as a process: interrupted (SIGINT, SIGTERM), killed (SIGKILL) or out of space while it writes,
/// the target is untouched or complete and no temporary file is left; an interrupt ends it within a second
/// with exit 130.
/// </summary>
public sealed class ProcessTests : IDisposable
{
    private static readonly Lazy<byte[]> LargeCsv = new(() => Generate(40_000));

    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-process-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("QUIT")]
    public void An_interrupt_while_converting_ends_within_a_second_with_nothing_written(string signal)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1).");
        var input = Write("large.csv", LargeCsv.Value);
        var target = Path.Combine(_directory, "large.json");

        using var process = Start("convert", input, "--to", "json", "-o", target);
        WaitUntilWriting(process);
        var sent = Stopwatch.StartNew();
        Signal(process, signal);

        Assert.True(process.WaitForExit(5_000), "The process did not end.");
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1.5), sent.Elapsed.ToString());
        Assert.Equal(130, process.ExitCode);
        var error = process.StandardError.ReadToEnd();
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("interrupted", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Equal(["large.csv"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("es", "Informe de fin de compromiso – ")]
    [InlineData("fr", "Rapport de fin d'engagement – ")]
    [InlineData("pt", "Relatório de fim de compromisso – ")]
    public void The_tool_without_cultures_writes_a_page_in_each_language(string language, string heading)
    {
        // The tool runs in globalization-invariant mode, with no culture of these languages.
        using var process = Start("convert", CanonicalReport, "--to", "text", "--language", language);
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();

        Assert.True(process.WaitForExit(30_000), "The process did not end.");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith(heading, output, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Serve_listens_on_loopback_answers_and_stops_cleanly_on_an_interrupt()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1).");
        using var process = Start("serve", "--port", "0");
        var line = process.StandardOutput.ReadLine() ?? string.Empty;
        var address = System.Text.RegularExpressions.Regex.Match(line, "http://127\\.0\\.0\\.1:[0-9]+/").Value;
        Assert.True(address.Length > 0, line);

        using (var client = new System.Net.Http.HttpClient { BaseAddress = new Uri(address) })
        {
            var page = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
            Assert.Contains("<form method=\"post\" action=\"/review", page, StringComparison.Ordinal);
            using var review = await client.PostAsync("/api/review", new System.Net.Http.ByteArrayContent(File.ReadAllBytes(CanonicalReport)), TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, review.StatusCode);
            Assert.Contains("\"completeness\"", await review.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var sent = Stopwatch.StartNew();
        Signal(process, "INT");
        Assert.True(process.WaitForExit(5_000), "The server did not stop.");
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1.5), sent.Elapsed.ToString());
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("ogp serve: stopped", process.StandardOutput.ReadToEnd().Trim());
        Assert.Equal(string.Empty, process.StandardError.ReadToEnd());
    }

    [Theory]
    [InlineData("--host", "example.org", "is not an IP address")]
    [InlineData("--port", "70000", "is not a port")]
    [InlineData("--max-upload-mb", "0", "give 1 to")]
    public void Serve_refuses_settings_it_cannot_use(string option, string value, string message)
    {
        using var process = Start("serve", option, value);
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(10_000), "The process did not end.");
        Assert.Equal(2, process.ExitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_warns_when_it_listens_beyond_this_machine()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1).");
        using var process = Start("serve", "--host", "0.0.0.0", "--port", "0");
        Assert.StartsWith("ogp serve: listening on http://0.0.0.0:", process.StandardOutput.ReadLine(), StringComparison.Ordinal);
        Signal(process, "TERM");
        Assert.True(process.WaitForExit(5_000), "The server did not stop.");
        Assert.Contains("warning: listening on 0.0.0.0", process.StandardError.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_interrupt_while_waiting_for_standard_input_ends_within_a_second()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1).");
        var target = Path.Combine(_directory, "out.json");

        using var process = Start("convert", "-", "--to", "json", "-o", target);
        process.StandardInput.Write(Encoding.UTF8.GetString(LargeCsv.Value, 0, 100_000));
        process.StandardInput.Flush();
        Thread.Sleep(1000);
        var sent = Stopwatch.StartNew();
        Signal(process, "INT");

        Assert.True(process.WaitForExit(5_000), "The process did not end.");
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1.5), sent.Elapsed.ToString());
        Assert.Equal(130, process.ExitCode);
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("TERM")]
    public void Killed_while_writing_over_a_file_the_file_keeps_its_content_and_nothing_is_left(string signal)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1).");
        var input = Write("large.csv", LargeCsv.Value);
        var target = Write("large.json", "the previous content"u8.ToArray());

        using var process = Start("convert", input, "--to", "json", "-o", target);
        WaitUntilWriting(process);
        Signal(process, signal);

        Assert.True(process.WaitForExit(5_000), "The process did not end.");
        Assert.Equal("the previous content", File.ReadAllText(target));
        Assert.Equal(["large.csv", "large.json"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Where the file system has no unnamed temporary files (NFS, CIFS, vfat), the named one is removed whatever signal ends the tool; one that SIGKILL leaves, by the next run.</summary>
    [Theory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("INT")]
    [InlineData("KILL")]
    public void Without_unnamed_files_no_temporary_file_outlives_the_tool(string signal)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Signals are sent with kill(1).");
        var input = Write("large.csv", LargeCsv.Value);
        var target = Write("large.json", "the previous content"u8.ToArray());

        using var process = Start(["convert", input, "--to", "json", "-o", target], ("OGP_NO_TMPFILE", "1"));
        // The file is read once for the order of its dates before the result is begun: wait for the temporary file.
        var waited = Stopwatch.StartNew();
        while (Directory.GetFiles(_directory, ".ogp-*").Length == 0 && waited.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
        {
            Thread.Sleep(50);
        }

        Assert.False(process.HasExited, "The conversion ended before it could be interrupted.");
        Assert.NotEmpty(Directory.GetFiles(_directory, ".ogp-*"));

        Signal(process, signal);
        Assert.True(process.WaitForExit(5_000), "The process did not end.");
        Assert.Equal("the previous content", File.ReadAllText(target));
        if (signal == "KILL")
        {
            // The next run that writes in the folder removes what the killed one left, once it is a minute old.
            foreach (var left in Directory.GetFiles(_directory, ".ogp-*"))
            {
                File.SetLastWriteTimeUtc(left, DateTime.UtcNow.AddMinutes(-5));
            }

            using var next = Start(["convert", Extract, "--to", "csv", "-o", Path.Combine(_directory, "next.csv")]);
            Assert.True(next.WaitForExit(30_000), "The next run did not end.");
            File.Delete(Path.Combine(_directory, "next.csv"));
        }

        Assert.Equal(["large.csv", "large.json"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Standard output redirected to a file that other commands write too: the tool writes where the file ends, as they do.</summary>
    [Fact]
    public void Output_to_a_file_shared_with_other_commands_is_written_after_theirs()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "A shell redirects the output.");
        var output = Path.Combine(_directory, "shared.txt");
        var tool = string.Join(' ', ToolCommand().Select(a => "'" + a + "'"));

        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", $"{{ echo BEGIN; {tool} show '{Extract}'; {tool} rules; echo END; }} > '{output}' 2>&1"]) { UseShellExecute = false })!;
        Assert.True(shell.WaitForExit(60_000), "The shell did not end.");

        var text = File.ReadAllText(output);
        Assert.StartsWith("BEGIN\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END\n", text, StringComparison.Ordinal);
        Assert.Contains("Commitment dataset", text, StringComparison.Ordinal);
        Assert.Contains("OGP508", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_a_file_onto_itself_replaces_it_with_the_result()
    {
        var path = Write("extract.csv", File.ReadAllBytes(Extract));

        var (exit, _, error) = Run("convert", path, "--to", "csv", "-o", path);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Empty(error);
        // Every byte as it was, but the line break the writer ends every row with (the extract's last row has none).
        Assert.Equal([.. File.ReadAllBytes(Extract), .. "\r\n"u8.ToArray()], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void Out_of_space_the_target_is_untouched_no_temporary_file_is_left_and_one_line_says_why()
    {
        var mount = Path.Combine(_directory, "small");
        Directory.CreateDirectory(mount);
        Assert.SkipUnless(Mount(mount), "Mounting a small file system needs root; CI runs as root.");
        try
        {
            var target = Path.Combine(mount, "extract.json");
            File.WriteAllText(target, "the previous content");

            var (exit, output, error) = Run("convert", Extract, "--to", "json", "-o", target);

            Assert.Equal(OgpCli.Unreadable, exit);
            Assert.Empty(output);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Contains("No space left on device", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal("the previous content", File.ReadAllText(target));
            Assert.Equal(["extract.json"], Directory.GetFiles(mount).Select(Path.GetFileName));
        }
        finally
        {
            Unmount(mount);
        }
    }

    [Fact]
    public void A_pipe_closed_by_its_reader_ends_the_tool_quietly()
    {
        var input = Write("large.csv", LargeCsv.Value);

        using var process = Start("convert", input, "--to", "json");
        var buffer = new char[1000];
        process.StandardOutput.ReadBlock(buffer, 0, buffer.Length);
        process.StandardOutput.Close();

        var closed = Stopwatch.StartNew();
        Assert.True(process.WaitForExit(30_000), "The process did not end.");
        var error = process.StandardError.ReadToEnd();
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(error);
        // 128 + SIGPIPE, as shells report a process a closed pipe ends; long before the forty thousand rows are written.
        Assert.Equal(141, process.ExitCode);
        Assert.True(closed.Elapsed < TimeSpan.FromSeconds(3), closed.Elapsed.ToString());
    }

    /// <summary>A dataset of <paramref name="rows"/> rows made from the real extract's, each with its own identifier, the full text cut short.</summary>
    private static byte[] Generate(int rows)
    {
        var lines = new System.Collections.Generic.List<string>();
        using (var input = Model.OgpReader.OpenFile(Extract))
        {
            var records = input.ReadRecords().Select(r => r.Record).ToList();
            var text = new StringWriter();
            var csv = new Model.DatasetCsvWriter(text, input.Columns);
            for (var i = 0; i < rows; i++)
            {
                var record = records[i % records.Count];
                var id = Model.CommitmentId.Parse("G" + (char)('A' + (i / 10000 % 26)) + (i % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
                var full = record.Commitment.FullText ?? string.Empty;
                csv.Write(record with
                {
                    Commitment = record.Commitment with { Id = id, FullText = full.Length > 300 ? full.Substring(0, 300) : full },
                    ExtraColumns = Model.ValueDictionary<string, string>.Empty,
                });
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }
    }

    /// <summary>The command that runs the tool: a native build named in OGP_TOOL (CI sets it to the NativeAOT binary), else the JIT build beside the tests.</summary>
    private static string[] ToolCommand()
    {
        var native = Environment.GetEnvironmentVariable("OGP_TOOL");
        return string.IsNullOrEmpty(native) ? ["dotnet", Path.Combine(AppContext.BaseDirectory, "ogp.dll")] : [native];
    }

    private static Process Start(params string[] args) => Start(args, []);

    private static Process Start(string[] args, params (string Name, string Value)[] environment)
    {
        var tool = ToolCommand();
        var start = new ProcessStartInfo(tool[0])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in tool.Skip(1).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// Waits until the process has opened its output (its temporary file, unnamed or named) or, failing that, its
    /// input: it has started, set its signal handlers and begun the command, however loaded the machine is.
    /// </summary>
    private void WaitUntilWriting(Process process)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited && !HasOpened(process))
        {
            Thread.Sleep(20);
        }

        Thread.Sleep(200);
        Assert.False(process.HasExited, "The conversion ended before it could be interrupted.");
    }

    /// <summary>Whether the process holds open a file of the test's folder (Linux: its descriptors in /proc).</summary>
    private bool HasOpened(Process process)
    {
        try
        {
            foreach (var descriptor in Directory.EnumerateFileSystemEntries($"/proc/{process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}/fd"))
            {
                var target = new FileInfo(descriptor).LinkTarget;
                if (target is not null && target.StartsWith(_directory, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process is gone, or its descriptors changed while they were listed.
        }

        return false;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static bool Mount(string path)
    {
        try
        {
            using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", "size=512k", "tmpfs", path]) { RedirectStandardError = true, UseShellExecute = false })!;
            mount.WaitForExit();
            return mount.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void Unmount(string path)
    {
        using var umount = Process.Start(new ProcessStartInfo("umount", [path]) { UseShellExecute = false })!;
        umount.WaitForExit();
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
