using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using OpenGov.Model.Cli.Serve;
using Xunit;

namespace OpenGov.Model.Cli.Tests.Serve;

/// <summary>A review server on a free loopback port, in the test's process, as <c>ogp serve --port 0</c> starts it.</summary>
public class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>Gets the server's address, such as http://127.0.0.1:41234/.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>Gets a client of the server.</summary>
    public HttpClient Client { get; private set; } = new();

    internal virtual ServeOptions Options => new() { Host = IPAddress.Loopback, Port = 0 };

    public async ValueTask InitializeAsync()
    {
        _app = ReviewServer.Create(Options);
        await _app.StartAsync();
        Address = ReviewServer.Address(_app);
        Client = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromMinutes(2) };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A multipart form with <paramref name="file"/> as the field <c>file</c>, and other fields before it.</summary>
    public static MultipartFormDataContent Form(string file, params (string Name, string Value)[] fields) => Form(File.ReadAllBytes(file), Path.GetFileName(file), fields);

    /// <summary>A multipart form with <paramref name="bytes"/> as the file <paramref name="name"/> in the field <c>file</c>.</summary>
    public static MultipartFormDataContent Form(byte[] bytes, string name, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fieldName, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), fieldName);
        }

        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }
}

/// <summary>A server with a small upload limit and one review at a time, for the limits' tests.</summary>
public sealed class LimitedServerFixture : ServerFixture
{
    /// <summary>The upload limit of this server: one megabyte.</summary>
    public const long Limit = 1024 * 1024;

    internal override ServeOptions Options => new() { Host = IPAddress.Loopback, Port = 0, MaxUploadBytes = Limit, MaxConcurrentReviews = 1, QueueWait = TimeSpan.FromMilliseconds(200) };
}
