using System;
using System.IO;
using System.Reflection;
using System.Threading;

namespace OpenGov.Model.Samples.Tests;

/// <summary>Runs a sample's entry point in process and captures what it prints.</summary>
internal static class SampleRunner
{
    private static readonly Lock ConsoleLock = new();

    public static (int Exit, string Output) Run(string assemblyName, params string[] args)
    {
        var (exit, output, _) = RunWithError(assemblyName, args);
        return (exit, output);
    }

    public static (int Exit, string Output, string Error) RunWithError(string assemblyName, params string[] args)
    {
        var entryPoint = Assembly.Load(assemblyName).EntryPoint ?? throw new InvalidOperationException($"{assemblyName} has no entry point.");
        lock (ConsoleLock)
        {
            var (originalOut, originalError) = (Console.Out, Console.Error);
            var (output, error) = (new StringWriter(), new StringWriter());
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var parameters = entryPoint.GetParameters().Length == 0 ? null : new object[] { args };
                var result = entryPoint.Invoke(null, parameters);
                return (result is int exit ? exit : 0, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenGov.Model.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("OpenGov.Model.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
