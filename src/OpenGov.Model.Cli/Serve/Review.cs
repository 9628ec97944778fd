using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using OpenGov.Model.Analysis;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Cli.Serve;

/// <summary>
/// What the review of one input found: what it was read as, its validation report, for a report its completeness,
/// for a dataset its summary under both indicator conventions, for a tracker its summary, and the start of the
/// input as text so that a finding's line can be shown. Made in one pass over the input as it arrives: a dataset's
/// rows go to the validator and to the summaries at once, none of them kept.
/// </summary>
internal sealed class Review
{
    /// <summary>How much of an input is kept, while it is reviewed, to show the lines its findings point to.</summary>
    public const int SourceLimit = 4 * 1024 * 1024;

    /// <summary>How many rows wait between the reader and the consumers of a dataset.</summary>
    private const int RowBuffer = 256;

    /// <summary>Gets the name of the input.</summary>
    public required string Name { get; init; }

    /// <summary>Gets how the input was read.</summary>
    public required InputKind Kind { get; init; }

    /// <summary>Gets the kind of document the input holds, when told.</summary>
    public string? DocumentKind { get; init; }

    /// <summary>Gets the encoding the input was read in.</summary>
    public InputEncoding Encoding { get; init; }

    /// <summary>Gets the delimiter of a delimited dataset.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Gets the sheet of a workbook that was read.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets the validation report; null for a kind without rules (a summary, a validation report).</summary>
    public ValidationReport? Validation { get; init; }

    /// <summary>Gets the reading findings of an input whose kind has no rules.</summary>
    public IReadOnlyList<Finding> ReadingFindings { get; init; } = [];

    /// <summary>Gets a dataset's summary under the strict convention.</summary>
    public DatasetSummary? StrictSummary { get; init; }

    /// <summary>Gets a dataset's summary under the dataset's own convention.</summary>
    public DatasetSummary? DatasetSummary { get; init; }

    /// <summary>Gets a tracker's summary.</summary>
    public ImplementationSummary? TrackerSummary { get; init; }

    /// <summary>Gets a document's contents as <c>ogp show</c> prints them.</summary>
    public string? Contents { get; init; }

    /// <summary>Gets whether reading stopped before the end of the input.</summary>
    public bool StoppedEarly { get; init; }

    /// <summary>Gets the lines of the start of the input (up to <see cref="SourceLimit"/> bytes), when it is text.</summary>
    public IReadOnlyList<string> SourceLines { get; init; } = [];

    /// <summary>Gets whether <see cref="SourceLines"/> hold the whole input.</summary>
    public bool SourceWhole { get; init; }

    /// <summary>Reviews <paramref name="upload"/>.</summary>
    public static async Task<Review> RunAsync(Upload upload, OgpReaderOptions limits, CancellationToken cancellationToken)
    {
        var source = new CapturingStream(upload.Stream, SourceLimit);
        OgpInput input;
        try
        {
            input = await OgpReader.OpenAsync(source, limits with { InputName = upload.Name, LeaveOpen = true }, cancellationToken).ConfigureAwait(false);
        }
        catch (OgpReadException e)
        {
            throw ReviewProblem.Unreadable(e, upload.Name);
        }

        await using (input.ConfigureAwait(false))
        {
            try
            {
                return await RunAsync(input, upload.Name, source, limits, cancellationToken).ConfigureAwait(false);
            }
            catch (OgpReadException e)
            {
                throw ReviewProblem.Unreadable(e, upload.Name);
            }
        }
    }

    private static async Task<Review> RunAsync(OgpInput input, string name, CapturingStream source, OgpReaderOptions limits, CancellationToken cancellationToken)
    {
        var validator = new OgpValidator();
        ValidationReport? validation = null;
        DatasetSummary? strict = null, datasetConvention = null;
        ImplementationSummary? trackerSummary = null;
        string? contents = null;
        if (input.HasRecords)
        {
            if (input.Findings.FirstOrDefault(f => f.Code == ValidationRules.IdentityColumnMissing.Code) is null && !(input.StoppedEarly && input.Columns.IsEmpty))
            {
                (validation, strict, datasetConvention) = await ReviewRowsAsync(input, name, validator, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                validation = await validator.ValidateAsync(input, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (input.DocumentKind is { } kind && !OgpValidator.HasRules(kind))
        {
            var document = await input.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);
            contents = Show(document, name);
        }
        else
        {
            validation = await validator.ValidateAsync(input, cancellationToken).ConfigureAwait(false);

            // The document itself, for what it holds: read again from what was kept of it, when that is all of it.
            if (source.Whole)
            {
                try
                {
                    await using var again = await OgpReader.OpenAsync(source.Reread(), limits with { InputName = name }, cancellationToken).ConfigureAwait(false);
                    var document = await again.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);
                    contents = Show(document, name);
                    if (document is ImplementationTracker tracker)
                    {
                        trackerSummary = ImplementationAnalysis.Summarize(tracker, null, null, Path.GetFileName(name));
                    }
                }
                catch (OgpReadException)
                {
                    // What was read once reads the same again; should it not, the review stands without its contents.
                }
            }
        }

        var (lines, whole) = input.Kind == InputKind.DatasetWorkbook ? ([], false) : SourceText(source, input.Encoding);
        return new Review
        {
            Name = name,
            Kind = input.Kind,
            DocumentKind = input.DocumentKind,
            Encoding = input.Encoding,
            Delimiter = input.Delimiter,
            Sheet = input.Sheet,
            Validation = validation is null ? null : validation with { Subject = name },
            ReadingFindings = validation is null ? [.. input.Findings] : [],
            StrictSummary = strict,
            DatasetSummary = datasetConvention,
            TrackerSummary = trackerSummary,
            Contents = contents,
            StoppedEarly = input.StoppedEarly,
            SourceLines = lines,
            SourceWhole = whole,
        };
    }

    /// <summary>Reads a dataset's rows once and hands each to the validator and to the two summaries, running side by side.</summary>
    private static async Task<(ValidationReport, DatasetSummary, DatasetSummary)> ReviewRowsAsync(OgpInput input, string name, OgpValidator validator, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new BoundedChannelOptions(RowBuffer) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var toValidator = Channel.CreateBounded<ImportedRecord>(options);
        var toStrict = Channel.CreateBounded<DatasetRecord>(options);
        var toDataset = Channel.CreateBounded<DatasetRecord>(options);
        var subject = Path.GetFileName(name);

        var reading = Task.Run(
            async () =>
            {
                Exception? failure = null;
                try
                {
                    await foreach (var row in input.ReadRecordsAsync(stop.Token).ConfigureAwait(false))
                    {
                        await toValidator.Writer.WriteAsync(row, stop.Token).ConfigureAwait(false);
                        await toStrict.Writer.WriteAsync(row.Record, stop.Token).ConfigureAwait(false);
                        await toDataset.Writer.WriteAsync(row.Record, stop.Token).ConfigureAwait(false);
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                    throw;
                }
                finally
                {
                    toValidator.Writer.TryComplete(failure);
                    toStrict.Writer.TryComplete(failure);
                    toDataset.Writer.TryComplete(failure);
                }
            },
            stop.Token);
        var validating = Consume(validator.ValidateAsync(toValidator.Reader.ReadAllAsync(stop.Token), name, input.Findings, stop.Token).AsTask(), stop);
        var strict = Consume(Analysis.DatasetSummary.CreateAsync(toStrict.Reader.ReadAllAsync(stop.Token), new DatasetSummaryOptions { Convention = IndicatorConvention.Strict, Subject = subject }, stop.Token).AsTask(), stop);
        var dataset = Consume(Analysis.DatasetSummary.CreateAsync(toDataset.Reader.ReadAllAsync(stop.Token), new DatasetSummaryOptions { Convention = IndicatorConvention.Dataset, Subject = subject }, stop.Token).AsTask(), stop);
        try
        {
            await Task.WhenAll(reading, validating, strict, dataset).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // One side failed and the others were stopped: the failure of the side that failed is the answer.
            var failed = new[] { reading, validating, strict, dataset }.FirstOrDefault(t => t.IsFaulted && t.Exception!.InnerException is not OperationCanceledException);
            if (failed is not null)
            {
                await failed.ConfigureAwait(false);
            }

            throw;
        }

        return (validating.Result, strict.Result, dataset.Result);

        static async Task<T> Consume<T>(Task<T> work, CancellationTokenSource stop)
        {
            try
            {
                return await work.ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private static string Show(OgpDocument document, string name)
    {
        using var text = new StringWriter();
        document.WriteText(text, name);
        return text.ToString();
    }

    /// <summary>The lines of what was kept of the input, decoded as it was read.</summary>
    private static (IReadOnlyList<string> Lines, bool Whole) SourceText(CapturingStream source, InputEncoding encoding)
    {
        var bytes = source.CapturedSpan;
        if (bytes.Length == 0)
        {
            return ([], source.Whole);
        }

        var decoder = encoding switch
        {
            InputEncoding.Utf16LittleEndian => System.Text.Encoding.Unicode,
            InputEncoding.Utf16BigEndian => System.Text.Encoding.BigEndianUnicode,
            InputEncoding.Utf32LittleEndian => System.Text.Encoding.UTF32,
            InputEncoding.Utf32BigEndian => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            InputEncoding.Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? System.Text.Encoding.Latin1,
            InputEncoding.Latin1 => System.Text.Encoding.Latin1,
            _ => System.Text.Encoding.UTF8,
        };
        return (new Lines(decoder.GetString(bytes), source.Whole), source.Whole);
    }

    /// <summary>The lines of a text, each made when asked for: the text is held once, with where each line starts.</summary>
    private sealed class Lines : IReadOnlyList<string>
    {
        private readonly string _text;
        private readonly List<int> _starts = [];

        public Lines(string text, bool whole)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            _text = text;
            _starts.Add(start);
            for (var i = text.IndexOf('\n', start); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                _starts.Add(i + 1);
            }

            // Past the last line break: the last line, whole, or cut by the limit (then not shown).
            _starts.Add(text.Length + 1);
            if (!whole && _starts.Count > 2)
            {
                _starts.RemoveAt(_starts.Count - 1);
            }
        }

        public int Count => _starts.Count - 1;

        public string this[int index]
        {
            get
            {
                var start = _starts[index];
                var end = Math.Min(_starts[index + 1] - 1, _text.Length);
                return _text[start..end].TrimEnd('\r');
            }
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Passes a stream on while keeping its first bytes, up to a limit.</summary>
    private sealed class CapturingStream(Stream inner, int limit) : Stream
    {
        private readonly MemoryStream _captured = new();
        private bool _over;

        /// <summary>Gets the bytes kept, without a copy.</summary>
        public ReadOnlySpan<byte> CapturedSpan => _captured.GetBuffer().AsSpan(0, (int)_captured.Length);

        /// <summary>A stream over the bytes kept, for reading them again, without a copy.</summary>
        public MemoryStream Reread() => new(_captured.GetBuffer(), 0, (int)_captured.Length, writable: false);

        /// <summary>Gets whether the whole stream was kept: it ended within the limit.</summary>
        public bool Whole { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Keep(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

        public override int Read(Span<byte> buffer) => Keep(buffer[..inner.Read(buffer)]);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return Keep(buffer.Span[..read]);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Keep(ReadOnlySpan<byte> read)
        {
            if (read.Length == 0)
            {
                Whole = !_over;
                return 0;
            }

            if (!_over)
            {
                var room = limit - (int)_captured.Length;
                if (read.Length > room)
                {
                    _over = true;
                    _captured.Write(read[..room]);
                }
                else
                {
                    _captured.Write(read);
                }
            }

            return read.Length;
        }
    }
}
