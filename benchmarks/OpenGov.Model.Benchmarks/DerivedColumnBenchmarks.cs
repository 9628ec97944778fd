using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Computing the IRM dataset's derived columns for 100,000 commitments already in memory: every derived
/// column (22) under each convention, beside the seven indicators the dataset records that the library
/// computed before (the baseline).
/// </summary>
/// <remarks>The rows are the real extract's 558, repeated with their own identifiers (<see cref="SummaryBenchmarks.Generate"/>).</remarks>
[MemoryDiagnoser]
public class DerivedColumnBenchmarks
{
    private static readonly IndicatorDefinition[] Seven = [.. Indicators.All.Where(i => i.RecordedColumn is not null)];
    private static readonly IndicatorDefinition[] Every = [.. Indicators.DatasetColumns];

    private List<DatasetRecord> _records = [];

    [GlobalSetup]
    public void Setup() => _records = SummaryBenchmarks.Generate(100_000);

    [Benchmark(Baseline = true, Description = "the seven recorded indicators, strict")]
    public int Seven_strict() => Evaluate(Seven, IndicatorConvention.Strict);

    [Benchmark(Description = "every derived column (22), strict")]
    public int Every_strict() => Evaluate(Every, IndicatorConvention.Strict);

    [Benchmark(Description = "every derived column (22), dataset convention")]
    public int Every_dataset() => Evaluate(Every, IndicatorConvention.Dataset);

    private int Evaluate(IndicatorDefinition[] columns, IndicatorConvention convention)
    {
        var known = 0;
        foreach (var record in _records)
        {
            foreach (var column in columns)
            {
                if (column.Evaluate(record, convention).IsKnown)
                {
                    known++;
                }
            }
        }

        return known;
    }
}
