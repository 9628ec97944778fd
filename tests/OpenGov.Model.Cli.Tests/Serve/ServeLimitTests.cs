using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace OpenGov.Model.Cli.Tests.Serve;

/// <summary>The review server's limits: an upload over the size it accepts, more reviews than it runs at once.</summary>
public sealed class ServeLimitTests(LimitedServerFixture server) : IClassFixture<LimitedServerFixture>
{
    [Fact]
    public async Task An_upload_announced_over_the_limit_is_refused_with_413_before_it_is_read()
    {
        // Only the head is sent: the answer comes without the body being waited for.
        var uri = new Uri(server.Address);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/review HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: {LimitedServerFixture.Limit + 1}\r\n\r\n"), TestContext.Current.CancellationToken);
        var answer = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while (!Encoding.UTF8.GetString(answer.ToArray()).Contains('}') && (read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            answer.Write(buffer, 0, read);
        }

        var text = Encoding.UTF8.GetString(answer.ToArray());
        Assert.StartsWith("HTTP/1.1 413", text, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", text, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"urn:ogp:problem:too-large\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_that_grows_over_the_limit_is_refused_with_413_while_memory_stays_flat()
    {
        // A chunked upload (no length announced) of 256 MB, sent as fast as the server reads it, against a 1 MB limit.
        var before = Process.GetCurrentProcess().PrivateMemorySize64;
        var answer = await SendChunkedAsync(server.Address, "/review", 256L * 1024 * 1024);
        var after = Process.GetCurrentProcess().PrivateMemorySize64;

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("data-problem=\"too-large\"", answer, StringComparison.Ordinal);
        Assert.True(after - before < 64L * 1024 * 1024, $"memory grew by {(after - before) / 1024 / 1024} MB");
    }

    [Fact]
    public async Task More_reviews_than_the_server_runs_at_once_are_told_it_is_busy()
    {
        // The one place is held by an upload that is slow to arrive.
        using var slow = new TcpClient();
        await slow.ConnectAsync(new Uri(server.Address).Host, new Uri(server.Address).Port, TestContext.Current.CancellationToken);
        var stream = slow.GetStream();
        var head = Encoding.ASCII.GetBytes("POST /api/review HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nCommitment Unique Identifier,Code\r\n");
        await stream.WriteAsync(head, TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        using var response = await server.Client.PostAsync("/api/review", new StringContent("x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("urn:ogp:problem:busy", problem.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_small_workbook_that_unfolds_past_the_limit_is_refused_not_held()
    {
        // Under 100 KB compressed, 8 MB of shared strings once unzipped: more than the server's 1 MB limit.
        var workbook = WorkbookBomb(sharedStrings: 8 * 1024 * 1024);
        Assert.True(workbook.Length < LimitedServerFixture.Limit / 10, workbook.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var review = await server.Client.PostAsync("/api/review?name=bomb.xlsx", new ByteArrayContent(workbook), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, review.StatusCode);
        Assert.Contains("shared strings", await review.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // The downloads run the commands with the same limits.
        using var converted = await server.Client.PostAsync("/api/convert/dataset-csv", new ByteArrayContent(workbook), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, converted.StatusCode);
    }

    /// <summary>A workbook of one sheet, headed like the dataset, whose shared-strings table holds <paramref name="sharedStrings"/> characters of one repeated letter.</summary>
    private static byte[] WorkbookBomb(int sharedStrings)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, System.IO.Compression.CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Add("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Commitment Unique Identifier</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            var strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            const int Each = 1000;
            for (var i = 0; i < sharedStrings / Each; i++)
            {
                strings.Append("<si><t>").Append('a', Each).Append("</t></si>");
            }

            Add("xl/sharedStrings.xml", strings.Append("</sst>").ToString());
        }

        return buffer.ToArray();
    }

    /// <summary>Sends <paramref name="length"/> bytes of CSV in chunks, stopping when the server answers or closes; returns the answer's head and start.</summary>
    internal static async Task<string> SendChunkedAsync(string address, string path, long length)
    {
        var uri = new Uri(address);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        var boundary = "xyz";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nTransfer-Encoding: chunked\r\n\r\n"), TestContext.Current.CancellationToken);
        var reading = ReadAnswerAsync(stream);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        var start = Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\nCommitment Unique Identifier,Code\r\n");
        try
        {
            await WriteChunkAsync(stream, start);
            for (long sent = 0; sent < length && !reading.IsCompleted; sent += chunk.Length)
            {
                await WriteChunkAsync(stream, chunk);
            }
        }
        catch (IOException)
        {
            // The server closed the connection after its answer.
        }

        return await reading.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        static async Task WriteChunkAsync(NetworkStream stream, byte[] data)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n"));
            await stream.WriteAsync(data);
            await stream.WriteAsync("\r\n"u8.ToArray());
        }

        static async Task<string> ReadAnswerAsync(NetworkStream stream)
        {
            var answer = new MemoryStream();
            var buffer = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0)
                {
                    answer.Write(buffer, 0, read);
                    if (Encoding.UTF8.GetString(answer.ToArray()).Contains("</html>", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
            catch (IOException)
            {
            }

            return Encoding.UTF8.GetString(answer.ToArray());
        }
    }
}
