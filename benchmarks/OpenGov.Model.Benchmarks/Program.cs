using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/OpenGov.Model.Benchmarks -- --filter '*'
// A quick smoke run: add --job dry.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
