using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenGov.Model.Testing;
using Xunit;
using static OpenGov.Model.Cli.Tests.CliRunner;

namespace OpenGov.Model.Cli.Tests;

/// <summary>
/// What an attacker tries against the command line and the tool answers without losing data: inputs read only in
/// part, inputs that cannot seek, targets that are not plain files, text that no string can hold, documents with
/// parts left out, identifiers that look alike, inputs over the reader's limits.
/// </summary>
public sealed class ReliabilityTests : IDisposable
{
    /// <summary>The extract's header, and rows of one line each: an identifier, a member and empty cells.</summary>
    private static readonly Lazy<string[]> ExtractLines = new(() =>
    {
        var header = File.ReadLines(Extract).First();
        var columns = header.Split(',').Length;
        return [header, .. Enumerable.Range(2, 400).Select(i => "AL" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ",Albania" + new string(',', columns - 2))];
    });

    private readonly string _directory = Directory.CreateTempSubdirectory("ogp-reliability-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A CSV of the extract's header and ten rows, the fifth of which has a cell of 17 MiB: over the reader's row limit.</summary>
    private string CsvWithHugeCell()
    {
        var lines = ExtractLines.Value;
        var builder = new StringBuilder();
        builder.Append(lines[0].TrimEnd('\r')).Append('\n');
        for (var i = 1; i <= 10; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (i == 5)
            {
                line = line[..7] + new string('A', 17 * 1024 * 1024) + line[7..];
            }

            builder.Append(line).Append('\n');
        }

        return Write("huge-cell.csv", builder.ToString());
    }

    [Fact]
    public void A_file_read_only_in_part_is_never_written_over_and_every_command_exits_2()
    {
        var path = CsvWithHugeCell();
        var before = File.ReadAllBytes(path);

        var convert = Run("convert", path, "--to", "csv", "-o", path);

        Assert.Equal(OgpCli.Unreadable, convert.Exit);
        Assert.Contains("read only in part", convert.Error, StringComparison.Ordinal);
        Assert.Contains("OGP508", convert.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["huge-cell.csv"], Directory.GetFiles(_directory).Select(Path.GetFileName));
        foreach (var args in new[] { new[] { "summary", path }, ["indicators", path], ["show", path], ["validate", path], ["convert", path, "--to", "json"], ["diff", path, path] })
        {
            var (exit, _, error) = Run(args);
            Assert.True(exit == OgpCli.Unreadable, $"{string.Join(' ', args)} exited {exit}: {error}");
        }
    }

    [Fact]
    public void An_input_that_cannot_seek_is_read_as_the_file_is()
    {
        var rows = string.Join('\n', ExtractLines.Value.Take(200));
        var path = Write("rows.csv", rows);

        var fromFile = Run("convert", path, "--to", "json");
        var fromPipe = RunWithPipe(Encoding.UTF8.GetBytes(rows), "convert", "-", "--to", "json");

        Assert.Equal((0, 0), (fromFile.Exit, fromPipe.Exit));
        Assert.Equal(fromFile.Output, fromPipe.Output.Replace("(standard input)", "rows.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fifo_is_read_as_a_file_is()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are made with mkfifo(1).");
        var rows = string.Join('\n', ExtractLines.Value.Take(200));
        var path = Write("rows.csv", rows);
        var fifo = Path.Combine(_directory, "rows.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var writer = Task.Run(() => File.WriteAllText(fifo, rows), TestContext.Current.CancellationToken);
        var fromFifo = Run("convert", fifo, "--to", "json");
        await writer;
        var fromFile = Run("convert", path, "--to", "json");

        Assert.Equal(OgpCli.Success, fromFifo.Exit);
        Assert.Equal(fromFile.Output, fromFifo.Output.Replace("rows.fifo", "rows.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_device_is_written_through_and_never_replaced()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/dev/null"), "Linux devices.");
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));

        var (exit, _, error) = Run("convert", small, "--to", "json", "-o", "/dev/null");

        Assert.Equal(OgpCli.Success, exit);
        Assert.DoesNotContain("cannot write", error, StringComparison.Ordinal);
        Assert.Equal("character special file", FileType("/dev/null"));
    }

    [Fact]
    public async Task A_fifo_target_is_written_through()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are made with mkfifo(1).");
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));
        var fifo = Path.Combine(_directory, "out.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);
        var (exit, _, error) = Run("convert", small, "--to", "csv", "-o", fifo);
        var received = await reader;

        Assert.Equal(OgpCli.Success, exit);
        Assert.DoesNotContain("cannot write", error, StringComparison.Ordinal);
        Assert.StartsWith("Commitment Unique Identifier,", received, StringComparison.Ordinal);
        Assert.Equal("fifo", FileType(fifo));
    }

    [Fact]
    public void A_symbolic_link_keeps_leading_to_the_file_it_replaces()
    {
        Assert.SkipUnless(!OperatingSystem.IsWindows(), "Symbolic links.");
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));
        var target = Write("target.csv", "old");
        var link = Path.Combine(_directory, "link.csv");
        File.CreateSymbolicLink(link, target);

        var (exit, _, _) = Run("convert", small, "--to", "csv", "-o", link);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith("Commitment Unique Identifier,", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_replaced_file_keeps_its_permissions_and_its_hard_links()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Unix permissions and hard links.");
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));
        var target = Write("private.csv", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var second = Path.Combine(_directory, "second-name.csv");
        using (var ln = System.Diagnostics.Process.Start("ln", [target, second]))
        {
            ln.WaitForExit();
        }

        var (exit, _, error) = Run("convert", small, "--to", "csv", "-o", target);

        Assert.Equal(OgpCli.Success, exit);
        Assert.DoesNotContain("cannot write", error, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.StartsWith("Commitment Unique Identifier,", File.ReadAllText(second), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(target), File.ReadAllBytes(second));
        Assert.DoesNotContain(Directory.GetFiles(_directory), f => Path.GetFileName(f).StartsWith(".ogp-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_as_long_as_the_file_system_allows_is_written()
    {
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));
        var target = Path.Combine(_directory, new string('n', 251) + ".csv");

        var (exit, _, error) = Run("convert", small, "--to", "csv", "-o", target);

        Assert.Equal(OgpCli.Success, exit);
        Assert.DoesNotContain("cannot write", error, StringComparison.Ordinal);
        Assert.True(File.Exists(target));
    }

    [Fact]
    public void A_temporary_file_a_killed_process_left_is_removed_by_the_next_write_in_its_folder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Processes are told by /proc.");
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));
        // A process number that no process has (above the kernel's largest).
        var stale = Write(".ogp-99999999-0badf00d.tmp", "half written");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var fresh = Write(".ogp-99999999-0000cafe.tmp", "another process's, just begun");

        var (exit, _, _) = Run("convert", small, "--to", "csv", "-o", Path.Combine(_directory, "out.csv"));

        Assert.Equal(OgpCli.Success, exit);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    [Theory]
    [InlineData("[{\"Commitment Unique Identifier\":\"AL\\ud800\"}]")]
    [InlineData("[{\"Commitment Unique Identifier\":\"AL0002\",\"x\\ud800\":\"a\"}]")]
    [InlineData("[{\"Commitment Unique Identifier\":\"AL0002\",\"Note\":\"\\udfff x\"}]")]
    [InlineData("{\"data\":{\"AL\\ud800\":{\"Country/Locality\":\"Albania\"}}}")]
    [InlineData("{\"source\":\"\\ud800\",\"data\":{\"AL0002\":{\"Country/Locality\":\"Albania\"}}}")]
    [InlineData("{\"kind\":\"\\ud800\"}")]
    [InlineData("{\"kind\":\"action-plan\",\"title\":\"\\ud800\"}")]
    [InlineData("{\"kind\":\"commitment-dataset\",\"columns\":[\"\\ud800\"],\"records\":[]}")]
    [InlineData("{\"\\ud800\":1}")]
    [InlineData("{\"kind\\ud800\":1}")]
    [InlineData("{\"\\udc00\":\"x\",\"kind\":\"action-plan\"}")]
    [InlineData("{\"d\\udc00ata\":{}}")]
    public void A_lone_surrogate_escape_is_an_unreadable_input_never_a_crash(string json)
    {
        var path = Write("surrogate.json", json);

        foreach (var args in new[] { new[] { "show", path }, ["validate", path], ["convert", path, "--to", "json"], ["convert", path, "--to", "csv"], ["summary", path], ["indicators", path] })
        {
            var (exit, _, error) = Run(args);
            Assert.True(exit is OgpCli.Unreadable or OgpCli.Success or OgpCli.Invalid, $"{string.Join(' ', args)} exited {exit}: {error}");
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        }

        Assert.Equal(OgpCli.Unreadable, Run("show", path).Exit);
    }

    public static TheoryData<string> DocumentKinds => ["end-of-commitment-report", "dataset-summary", "dataset-difference", "validation-report", "action-plan-review", "results-report", "commitment-dataset"];

    /// <summary>Every command that reads a document answers for any part of it left empty, null or of another shape: a result or exit 2, never an internal error.</summary>
    [Theory]
    [MemberData(nameof(DocumentKinds))]
    public void A_document_with_any_part_emptied_is_shown_validated_and_converted_without_an_internal_error(string kind)
    {
        var document = JsonNode.Parse(Document(kind))!;
        var nodes = new List<JsonNode>();
        Collect(document, nodes);
        // At most about 120 parts of each document, spread over all of it.
        var step = Math.Max(1, nodes.Count / 120);
        var tried = 0;
        for (var i = 0; i < nodes.Count; i += step)
        {
            foreach (var replacement in new Func<JsonNode?>[] { () => new JsonObject(), () => null, () => new JsonArray(new JsonObject()), () => JsonValue.Create(string.Empty) })
            {
                var copy = JsonNode.Parse(document.ToJsonString())!;
                Replace(copy, nodes[i].GetPath(), replacement());
                var bytes = Encoding.UTF8.GetBytes(copy.ToJsonString());
                foreach (var args in new[] { new[] { "show", "-" }, ["validate", "-"], ["convert", "-", "--to", "json"] })
                {
                    var (exit, _, error) = RunOnTerminal(bytes, args);
                    Assert.True(exit is OgpCli.Success or OgpCli.Invalid or OgpCli.Unreadable, $"{string.Join(' ', args)} of {kind} with {nodes[i].GetPath()} replaced: exit {exit}: {error}");
                    tried++;
                }
            }
        }

        Assert.True(tried > 30, tried.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_real_identifier_that_looks_like_a_repeat_is_not_taken_for_one()
    {
        var lines = ExtractLines.Value;
        var second = lines[2].TrimEnd('\r');
        var rows = string.Join('\n', lines[0].TrimEnd('\r'), lines[1].TrimEnd('\r'), lines[1].TrimEnd('\r'), "AL0002#2" + second[second.IndexOf(',', StringComparison.Ordinal)..]);
        var path = Write("repeats.csv", rows);

        var (exit, output, _) = Run("diff", path, path);

        Assert.Equal(OgpCli.Success, exit);
        Assert.Contains("0 added, 0 removed, 0 changed", output, StringComparison.Ordinal);
        Assert.Contains("identifiers of several rows", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("al0002")]
    [InlineData("AL0002 ")]
    [InlineData("AL0002\u00a0")]
    [InlineData("AL0002\u200b")]
    public void An_identifier_that_only_looks_the_same_is_a_change(string written)
    {
        var lines = ExtractLines.Value;
        var first = lines[1].TrimEnd('\r');
        var old = Write("old.csv", string.Join('\n', lines[0].TrimEnd('\r'), first));
        var changed = Write("new.csv", string.Join('\n', lines[0].TrimEnd('\r'), written + first[first.IndexOf(',', StringComparison.Ordinal)..]));

        var (exit, output, _) = Run("diff", old, changed, "-f", "json");

        Assert.Equal(OgpCli.Invalid, exit);
        var difference = Model.OgpJson.Deserialize<Model.Analysis.DatasetDifference>(output);
        var change = Assert.Single(difference.Changed);
        var field = Assert.Single(change.Fields);
        Assert.Equal(("Commitment Unique Identifier", "AL0002", written), (field.Column, field.Old, field.New));
    }

    [Fact]
    public void A_header_longer_than_the_first_64_KB_is_read()
    {
        var lines = ExtractLines.Value;
        var header = lines[0].TrimEnd('\r') + "," + string.Join(',', Enumerable.Range(0, 3000).Select(i => "A translated column of the sheet number " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var path = Write("wide.csv", header + "\n" + lines[1].TrimEnd('\r') + "\n");

        var (exit, output, error) = Run("convert", path, "--to", "csv");

        Assert.True(header.Length > 100_000);
        Assert.Equal(OgpCli.Success, exit);
        Assert.Equal(header, output.Split("\r\n")[0]);
        Assert.DoesNotContain("Cannot tell", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_more_cells_than_the_reader_takes_stop_the_reading_at_once()
    {
        var lines = ExtractLines.Value;
        var path = Write("commas.csv", lines[0].TrimEnd('\r') + "\n" + lines[1].TrimEnd('\r') + new string(',', 2_000_000) + "\n");

        var (exit, _, error) = Run("convert", path, "--to", "csv");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("MaxColumns", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rows_that_each_add_a_key_are_refused_past_the_column_limit()
    {
        var rows = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"{{\"Commitment Unique Identifier\":\"AL{i % 10000:D4}\",\"k{i}\":\"v\"}}"));
        var path = Write("keys.json", "[" + rows + "]");

        var (exit, _, error) = Run("convert", path, "--to", "csv");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("MaxColumns", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_with_the_limit_named()
    {
        var path = Path.Combine(_directory, "bomb.json");
        using (var stream = File.Create(path))
        {
            stream.Write("{\"kind\":\"action-plan\",\"commitments\":["u8);
            var chunk = Encoding.ASCII.GetBytes("{\"title\":\"" + new string('t', 1000) + "\"},");
            for (var i = 0; i < 17_000; i++)
            {
                stream.Write(chunk);
            }

            stream.Write("{}]}"u8);
        }

        var (exit, _, error) = Run("show", path);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("MaxDocumentLength", error, StringComparison.Ordinal);
        Assert.Contains("16 MiB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_millions_of_empty_objects_is_refused_before_it_is_built()
    {
        var path = Write("empties.json", "{\"kind\":\"action-plan\",\"commitments\":[" + string.Join(",", Enumerable.Repeat("{}", 3_000_000)) + "]}");

        var (exit, _, error) = Run("show", path);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("MaxDocumentObjects", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_that_leads_nowhere_is_refused_and_kept()
    {
        Assert.SkipUnless(!OperatingSystem.IsWindows(), "Symbolic links.");
        var small = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(5)));
        var first = Path.Combine(_directory, "loop1");
        var second = Path.Combine(_directory, "loop2");
        File.CreateSymbolicLink(first, second);
        File.CreateSymbolicLink(second, first);

        var (exit, _, error) = Run("convert", small, "--to", "csv", "-o", first);

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("symbolic link", error, StringComparison.Ordinal);
        Assert.Equal(second, new FileInfo(first).LinkTarget);
    }

    [Fact]
    public void A_cell_outside_a_dataset_documents_columns_is_not_lost_as_csv_and_diff_sees_it()
    {
        var rows = Write("rows.csv", string.Join('\n', ExtractLines.Value.Take(3)));
        var document = JsonNode.Parse(Run("convert", rows, "--to", "json").Output)!;
        document["records"]![0]!["extraColumns"] = new JsonObject { ["Note"] = "keep me" };
        var path = Write("extra.json", document.ToJsonString());

        var target = Path.Combine(_directory, "extra.csv");
        var convert = Run("convert", path, "--to", "csv", "-o", target);
        var diff = Run("diff", path, rows);

        Assert.Equal(OgpCli.Unreadable, convert.Exit);
        Assert.Contains("'Note'", convert.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Equal(OgpCli.Invalid, diff.Exit);
        Assert.Contains("keep me", diff.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_document_whose_records_add_more_columns_than_a_dataset_has_is_refused_as_csv()
    {
        var records = string.Join(",", Enumerable.Range(0, 5000).Select(i => $"{{\"commitment\":{{\"id\":\"AL{i:D4}\"}},\"extraColumns\":{{\"u{i}\":\"x\"}}}}"));
        var path = Write("wide.json", "{\"kind\":\"commitment-dataset\",\"schemaVersion\":\"1.0\",\"records\":[" + records + "]}");

        var (exit, output, error) = Run("convert", path, "--to", "csv");

        Assert.Equal(OgpCli.Unreadable, exit);
        Assert.Contains("MaxColumns", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void The_name_of_a_repeated_row_is_never_the_identifier_of_another()
    {
        var lines = ExtractLines.Value;
        var header = lines[0];
        var first = lines[1];
        var literal = "AL0002#2" + lines[2][6..];
        var old = Write("old.csv", string.Join('\n', header, first, first, literal));
        var changed = Write("new.csv", string.Join('\n', header, first, first.Replace(",Albania,", ",Albania changed,", StringComparison.Ordinal), literal));

        var (exit, output, _) = Run("diff", old, changed, "-f", "json");

        Assert.Equal(OgpCli.Invalid, exit);
        var difference = Model.OgpJson.Deserialize<Model.Analysis.DatasetDifference>(output);
        var change = Assert.Single(difference.Changed);
        Assert.Equal("AL0002#2#", change.Row.Text);
        Assert.Equal(["AL0002"], difference.RepeatedIdentifiers.Select(r => r.Text));
    }

    [Fact]
    public void A_report_a_page_can_carry_is_written_as_its_page_and_one_it_cannot_is_refused()
    {
        var report = JsonNode.Parse(File.ReadAllText(CanonicalReport))!;
        report["lessons"] = new JsonArray("The first lesson.", "Leave a Reply", "The third lesson.", "Leave a Reply");
        var kept = Write("kept.json", report.ToJsonString());
        report["lessons"] = new JsonArray("The first lesson.", "Leave a Reply", "Post Comment");
        var lost = Write("lost.json", report.ToJsonString());
        var page = Path.Combine(_directory, "page.txt");

        var written = Run("convert", kept, "--to", "text", "-o", page);
        var back = Run("convert", page, "--to", "json");
        var refused = Run("convert", lost, "--to", "text", "-o", Path.Combine(_directory, "refused.txt"));

        Assert.Equal(OgpCli.Success, written.Exit);
        Assert.Equal(4, JsonNode.Parse(back.Output)!["lessons"]!.AsArray().Count);
        Assert.Equal(OgpCli.Unreadable, refused.Exit);
        Assert.Contains("cannot be written as a page", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "refused.txt")));
    }

    private static string Document(string kind)
    {
        var small = string.Join('\n', ExtractLines.Value.Take(40));
        var smallPath = Path.Combine(Path.GetTempPath(), "ogp-doc-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(smallPath, small);
        try
        {
            var args = kind switch
            {
                "end-of-commitment-report" => null,
                "dataset-summary" => new[] { "summary", smallPath, "--by", "member", "-f", "json" },
                "dataset-difference" => ["diff", smallPath, Extract, "-f", "json"],
                "validation-report" => ["validate", smallPath, "-f", "json"],
                "action-plan-review" => ["convert", Extract, "--to", "action-plan-review", "--plan", "AP_MNG04"],
                "results-report" => ["convert", Extract, "--to", "results-report", "--plan", "AP_MNG04"],
                _ => ["convert", smallPath, "--to", "json"],
            };
            return args is null ? File.ReadAllText(CanonicalReport) : Run(args).Output;
        }
        finally
        {
            File.Delete(smallPath);
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null && name is not ("kind" or "schemaVersion"))
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode root, string path, JsonNode? replacement)
    {
        var target = Find(root, path);
        switch (target?.Parent)
        {
            case JsonObject obj:
                obj[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private static JsonNode? Find(JsonNode node, string path)
    {
        if (node.GetPath() == path)
        {
            return node;
        }

        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is not null && path.StartsWith(child.GetPath(), StringComparison.Ordinal) && Find(child, path) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>What a path is, as stat(1) says it: regular file, fifo, character special file …</summary>
    private static string FileType(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type;
    }

    /// <summary>Runs <c>ogp</c> with <paramref name="standardInput"/> as a standard input that cannot seek, as a pipe.</summary>
    private static (int Exit, string Output, string Error) RunWithPipe(byte[] standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new TrickleStream(standardInput, 1500), outputIsTerminal: false, progress: false);
        var exit = OgpCli.Run(args, context, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
