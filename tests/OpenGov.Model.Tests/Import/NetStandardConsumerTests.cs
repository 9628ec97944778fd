#if !LIBRARY_NETSTANDARD
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace OpenGov.Model.Tests.Import;

/// <summary>
/// A netstandard2.0 library compiled against the library's netstandard2.0 build, calling its async APIs,
/// works in a net10.0 process, where the library's net10.0 build is loaded: the async interfaces it was
/// compiled against resolve to the framework's.
/// </summary>
public class NetStandardConsumerTests
{
    [Fact]
    public async Task A_netstandard_library_reads_validates_and_summarizes_asynchronously_on_net10()
    {
        var path = Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "ogp-commitments-open-parliament-extract.csv");
        await using var csv = File.OpenRead(path);

        var (rows, errors, summarized) = await NetStandardConsumer.DatasetCheck.RunAsync(csv, TestContext.Current.CancellationToken);

        // The library loaded here is its net10.0 build, though the consumer was compiled against netstandard2.0.
        var framework = typeof(OpenGov.Model.OgpReader).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false);
        Assert.Equal(".NETCoreApp,Version=v10.0", ((System.Runtime.Versioning.TargetFrameworkAttribute)Assert.Single(framework)).FrameworkName);

        using var input = OpenGov.Model.OgpReader.OpenFile(path);
        Assert.Equal(558, rows);
        Assert.Equal(rows, summarized);
        Assert.Equal(new OpenGov.Model.Validation.OgpValidator().Validate(input).ErrorCount, errors);
    }
}
#endif
