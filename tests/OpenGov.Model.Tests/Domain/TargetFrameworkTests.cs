using System.Reflection;
using System.Runtime.Versioning;
using Xunit;

namespace OpenGov.Model.Tests.Domain;

public class TargetFrameworkTests
{
    [Fact]
    public void The_tests_run_against_the_intended_build_of_the_library()
    {
        var framework = typeof(OgpJson).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if LIBRARY_NETSTANDARD
        Assert.StartsWith(".NETStandard,Version=v2.0", framework, System.StringComparison.Ordinal);
#else
        Assert.StartsWith(".NETCoreApp,Version=v10.0", framework, System.StringComparison.Ordinal);
#endif
    }
}
