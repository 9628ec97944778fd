using System;
using System.IO;

namespace OpenGov.Model.Tests;

/// <summary>The files the tests read, copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string MexicoReportJsonPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mexico-state-open-government-culture.json");

    public static string MexicoReportPagePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "end-of-commitment-report-mexico-state-open-government-culture.txt");

    public static string Read(string path) => File.ReadAllText(path);

    /// <summary>Finds the repository's root (the folder of OpenGov.Model.sln), for tests that compare committed files.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenGov.Model.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: OpenGov.Model.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
