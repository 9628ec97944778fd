using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Summarizing a dataset of 100,000 commitments already in memory, by every grouping, beside a single
/// pass that only reads each commitment's end-of-term completion (the floor).
/// </summary>
/// <remarks>
/// The rows are the real extract's 558, repeated with their own identifiers: the assessments, members,
/// plans and regions are real, so each grouping has the real number of groups.
/// </remarks>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private List<DatasetRecord> _records = [];

    [Params(SummaryGrouping.Overall, SummaryGrouping.Member, SummaryGrouping.ActionPlan, SummaryGrouping.Region, SummaryGrouping.SubmissionYear, SummaryGrouping.MemberKind)]
    public SummaryGrouping GroupBy { get; set; }

    [GlobalSetup]
    public void Setup() => _records = Generate(100_000);

    [Benchmark(Baseline = true, Description = "one pass reading each completion (floor)")]
    public int Floor()
    {
        var high = 0;
        foreach (var record in _records)
        {
            if (record.Commitment.Assessment is { } assessment && assessment.Implementation.CompletionEndOfTerm.TryGetValue(out var completion) && completion.IsHighCompletion())
            {
                high++;
            }
        }

        return high;
    }

    [Benchmark(Description = "DatasetSummary.Create")]
    public int Summarize() => DatasetSummary.Create(_records, GroupBy).Groups.Count;

    /// <summary>Makes <paramref name="count"/> records from the real extract's rows, each with its own identifier.</summary>
    public static List<DatasetRecord> Generate(int count)
    {
        var source = new List<DatasetRecord>();
        using (var input = OgpReader.OpenFile(ImportBenchmarks.ExtractPath))
        {
            source.AddRange(input.ReadRecords().Select(row => row.Record));
        }

        var records = new List<DatasetRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var copy = i / source.Count;
            var row = source[i % source.Count];
            var prefix = string.Concat((char)('A' + (copy / 676 % 26)), (char)('A' + (copy / 26 % 26)), (char)('A' + (copy % 26)));
            var id = CommitmentId.Parse(prefix + ((i % source.Count) + 1).ToString("D4", CultureInfo.InvariantCulture));
            records.Add(row with { Commitment = row.Commitment with { Id = id } });
        }

        return records;
    }
}
