using System;
using System.IO;
using System.Linq;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>Every command on every hostile input answers: exit 0, 1 or 2, a few lines at most on standard error, no trace, no raw control character.</summary>
public sealed class HostileInputTests
{
    private static readonly string[][] Commands =
    [
        ["show"],
        ["validate"],
        ["validate", "--format", "json"],
        ["validate", "--format", "csv"],
        ["convert", "--to", "json"],
        ["convert", "--to", "csv"],
        ["convert", "--to", "text"],
        ["summary"],
        ["summary", "--format", "markdown"],
        ["indicators"],
        ["indicators", "--format", "json"],
        ["indicators", "--convention", "dataset"],
        ["summary", "--by", "policy-area", "--convention", "dataset"],
        ["diff", "EXTRACT"],
        ["diff", "SELF", "--old-round", "2023", "--new-round", "Round_1"],
        ["summary", "--as-of", "2024-06-30", "--irm", "EXTRACT"],
        ["summary", "--format", "markdown", "--html", "-"],
        ["convert", "--to", "action-plan-review", "--plan", "AP_MNG04"],
        ["convert", "--to", "results-report", "--plan", "AP_MNG04"],
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(HostileFolder).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var command in Commands)
            {
                data.Add(Path.GetFileName(file), string.Join(' ', command));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_command_answers_every_hostile_input(string file, string command)
    {
        // The other release of diff is the real extract.
        var args = command.Split(' ').Select(a => a == "EXTRACT" ? Extract : a == "SELF" ? Path.Combine(HostileFolder, file) : a.Replace('_', ' ')).ToList();
        args.Insert(1, Path.Combine(HostileFolder, file));

        var (exit, output, error) = RunOnTerminal([], [.. args]);

        Assert.Contains(exit, new[] { OgpCli.Success, OgpCli.Invalid, OgpCli.Unreadable });
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, error);
        AssertNoRawControlCharacter(output);
        AssertNoRawControlCharacter(error);
        if (exit == OgpCli.Unreadable)
        {
            Assert.StartsWith("ogp: ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_corpus_has_a_file_for_every_class()
    {
        var files = Directory.GetFiles(HostileFolder).Select(Path.GetFileName).ToHashSet();

        Assert.True(files.Count >= 45, files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("escapes.csv", "convert --to json")]
    [InlineData("escape-member.json", "show")]
    [InlineData("escapes.csv", "convert --to csv")]
    [InlineData("page-escapes.txt", "show")]
    public void Escape_sequences_in_the_data_are_shown_escaped(string file, string command)
    {
        var args = command.Split(' ').ToList();
        args.Insert(1, Path.Combine(HostileFolder, file));

        var (_, output, _) = RunOnTerminal([], [.. args]);

        Assert.Contains("\\u001b", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Derived_csv_makes_formulas_inert_and_convert_keeps_cells_unless_asked()
    {
        var path = Path.Combine(HostileFolder, "formulas.csv");

        var findings = Run("validate", path, "--format", "csv").Output;
        var converted = Run("convert", path, "--to", "csv").Output;
        var safe = Run("convert", path, "--to", "csv", "--safe-csv").Output;

        Assert.Contains("'=1+1", findings, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+1", findings, StringComparison.Ordinal);
        Assert.Contains(",=1+1,", converted, StringComparison.Ordinal);
        Assert.Contains(",'=1+1,", safe, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", safe, StringComparison.Ordinal);
        Assert.Contains(",-2+3,", converted, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_writes_html_as_text()
    {
        var markdown = Run("summary", Path.Combine(HostileFolder, "markup.csv"), "--by", "member", "--format", "markdown").Output;

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_on_a_kind_without_rules_says_so_and_exits_0()
    {
        var (exit, output, error) = Run("validate", Path.Combine(HostileFolder, "dataset-summary.json"));

        Assert.Equal(OgpCli.Success, exit);
        Assert.Empty(output);
        Assert.Contains("no validation rules", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_when_the_file_is_a_dash()
    {
        var (exit, output, _) = RunOnTerminal(File.ReadAllBytes(Extract), "show", "-");

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("Commitments: 558", output, StringComparison.Ordinal);
        Assert.Contains("(standard input)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rows_from_standard_input_are_read_twice_through_a_temporary_copy()
    {
        var rows = """[{"Commitment Unique Identifier": "AL0001", "Code": "ALB"}, {"Commitment Unique Identifier": "AL0002", "Notes": "late column"}]"""u8.ToArray();

        var (exit, output, _) = RunOnTerminal(rows, "convert", "-", "--to", "csv");

        Assert.Equal(OgpCli.Success, exit);
        Assert.StartsWith("Commitment Unique Identifier,Code,Notes\r\n", output, StringComparison.Ordinal);
        Assert.Contains("AL0002,,late column", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_stream_that_never_ends_is_refused_after_its_start()
    {
        using var zeros = new EndlessZeros();

        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => zeros, outputIsTerminal: true, progress: false);
        var exit = OgpCli.Run(["show", "-"], context, TestContext.Current.CancellationToken);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("binary", error.ToString(), StringComparison.Ordinal);
        Assert.True(zeros.BytesRead < 1024 * 1024, zeros.BytesRead.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1, false, "$.number", "invalid JSON literal")]
    [InlineData(40, false, "$.number", "invalid JSON literal")]
    [InlineData(40, true, "$", "16 MiB")]
    public void An_error_deep_in_a_large_document_is_reported_in_a_short_message(int megabytes, bool inString, string path, string reason)
    {
        var file = Path.Combine(Path.GetTempPath(), "ogp-huge-literal-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var stream = File.Create(file))
            {
                stream.Write(inString ? "{\"kind\": \"action-plan\", \"title\": \""u8 : "{\"kind\": \"action-plan\", \"title\": \"x\", \"number\": "u8);
                var chunk = new byte[1024 * 1024];
                Array.Fill(chunk, inString ? (byte)'x' : (byte)'t');
                for (var i = 0; i < megabytes; i++)
                {
                    stream.Write(chunk);
                }

                stream.Write("}"u8);
            }

            var (exit, _, error) = Run("show", file);

            Assert.Equal(OgpCli.Unreadable, exit);
            Assert.True(error.Length < 1000, error.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains($"(at {path})", error, StringComparison.Ordinal);
            Assert.Contains(reason, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertNoRawControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var allowed = c is '\n' or '\t' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            Assert.False((char.IsControl(c) && !allowed) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069', $"A raw U+{(int)c:X4} at {i}: {text.Substring(Math.Max(0, i - 40), Math.Min(80, text.Length - Math.Max(0, i - 40)))}");
        }
    }

    /// <summary>A stream of zeros without end, like /dev/zero, that counts what was read.</summary>
    private sealed class EndlessZeros : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
