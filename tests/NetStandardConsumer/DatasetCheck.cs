using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;

namespace NetStandardConsumer;

/// <summary>What a netstandard2.0 library does with the async APIs: read rows as they come, count, validate, summarize.</summary>
public static class DatasetCheck
{
    /// <summary>Reads a dataset asynchronously and returns its row count, its error count and the summary's commitment count.</summary>
    public static async Task<(int Rows, int Errors, int Summarized)> RunAsync(Stream csv, CancellationToken cancellationToken)
    {
        var rows = 0;
        using (var counting = await OgpReader.OpenAsync(csv, new OgpReaderOptions { LeaveOpen = true }, cancellationToken).ConfigureAwait(false))
        {
            var enumerator = counting.ReadRecordsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    rows++;
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
        }

        csv.Position = 0;
        var input = await OgpReader.OpenAsync(csv, new OgpReaderOptions { LeaveOpen = true }, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var report = await new OgpValidator().ValidateAsync(input, cancellationToken).ConfigureAwait(false);
            csv.Position = 0;
            using var again = await OgpReader.OpenAsync(csv, new OgpReaderOptions { LeaveOpen = true }, cancellationToken).ConfigureAwait(false);
            var summary = await DatasetSummary.CreateAsync(Records(again, cancellationToken), SummaryGrouping.Overall, null, cancellationToken).ConfigureAwait(false);
            return (rows, report.ErrorCount, summary.CommitmentCount);
        }
    }

    private static async System.Collections.Generic.IAsyncEnumerable<DatasetRecord> Records(OgpInput input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in input.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return record.Record;
        }
    }
}
