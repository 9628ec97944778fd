using BenchmarkDotNet.Running;
using OpenGov.Model.Benchmarks;

// dotnet run -c Release --project benchmarks/OpenGov.Model.Benchmarks -- --filter '*'
// A quick smoke run: add --job dry.
// Data for benchmarks/memory.sh: -- generate ROWS FILE.csv [--json-rows FILE.json]
if (args.Length >= 3 && args[0] == "generate")
{
    GeneratedData.Write(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2], args.Length >= 5 && args[3] == "--json-rows" ? args[4] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run(args);
