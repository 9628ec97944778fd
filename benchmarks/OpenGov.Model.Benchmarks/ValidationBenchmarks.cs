using BenchmarkDotNet.Attributes;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Benchmarks;

/// <summary>
/// Validating a dataset of 10,000 commitments, beside deserializing the same data from JSON (the
/// baseline): the goal is that validation costs less than reading.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly OgpValidator _validator = new();
    private byte[] _utf8 = [];
    private CommitmentDataset _dataset = null!;

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dataset = BenchmarkData.Dataset(Rows);
        _utf8 = OgpJson.SerializeToUtf8Bytes(_dataset);
    }

    [Benchmark(Baseline = true, Description = "OgpJson.Deserialize (same data)")]
    public CommitmentDataset Deserialize() => OgpJson.Deserialize<CommitmentDataset>(_utf8);

    [Benchmark(Description = "OgpValidator.Validate")]
    public ValidationReport Validate() => _validator.Validate(_dataset);
}
