using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Rendering;
using OpenGov.Model.Validation;

namespace OpenGov.Model;

/// <summary>
/// An input opened by <see cref="OgpReader"/>: what it is, in which encoding, and what reading it found so
/// far. Read it once, as a whole document (<see cref="ReadDocument"/>) or, for a dataset, row by row
/// (<see cref="ReadRecords"/>): a dataset of any size is read in flat memory.
/// </summary>
/// <example>
/// <code>
/// using var input = OgpReader.OpenFile("commitments.csv");
/// foreach (var row in input.ReadRecords())
///     Console.WriteLine($"{row.Origin.Line}: {row.Record.Commitment.Id}");
/// foreach (var finding in input.Findings)
///     Console.WriteLine($"{finding.Code} line {finding.Line}: {finding.Message}");
/// </code>
/// </example>
public sealed class OgpInput : IDisposable, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly Stream _body;
    private readonly OgpReaderOptions _options;
    private readonly ImportFindings _findings;
    private readonly InputSniffer _sniffer;
    private readonly long _start;
    private RecordSource? _records;
    private bool _reopened;
    private FileStream? _spool;
    private bool _read;
    private bool _disposed;

    private OgpInput(Stream stream, long start, Stream body, InputSniffer sniffer, InputKind kind, char delimiter, OgpReaderOptions options)
    {
        _stream = stream;
        _start = start;
        _body = body;
        _sniffer = sniffer;
        _options = options;
        _findings = new ImportFindings(options.MaxFindings);
        Kind = kind;
        InputName = options.InputName;
        Encoding = (IsJson(kind) && sniffer.NotUtf8) || kind == InputKind.DatasetWorkbook ? InputEncoding.Utf8 : sniffer.Encoding;
        Delimiter = kind == InputKind.DatasetCsv ? delimiter : null;
        DocumentKind = kind switch
        {
            InputKind.Document => PeekKind(sniffer, Encoding),
            InputKind.ReportPage => DocumentKinds.EndOfCommitmentReport,
            InputKind.InceptionReportPage => DocumentKinds.InceptionReport,
            _ => sniffer.IsTracker ? DocumentKinds.ImplementationTracker : DocumentKinds.CommitmentDataset,
        };
        if (sniffer.NotUtf8 && !IsJson(kind) && kind != InputKind.DatasetWorkbook)
        {
            _findings.Add(ValidationRules.Finding(
                ValidationRules.NotUtf8,
                string.Empty,
                $"{InputName ?? "The input"} is not UTF-8 (byte 0x{sniffer.FirstInvalid.Byte:X2} at line {sniffer.FirstInvalid.Line} is not); it is read as Windows-1252.",
                null,
                (int)Math.Min(sniffer.FirstInvalid.Line, int.MaxValue)));
        }
    }

    /// <summary>Gets what the input is.</summary>
    public InputKind Kind { get; }

    /// <summary>
    /// Gets the kind of document it gives (one of <see cref="DocumentKinds"/>): <c>commitment-dataset</c> for a
    /// CSV file, JSON rows or a workbook's sheet of the IRM dataset, <c>implementation-tracker</c> for one headed as a tracker, <c>end-of-commitment-report</c> or <c>inception-report</c> for a page, the <c>kind</c> of a JSON document
    /// (or <see langword="null"/> when the document does not say it near its start).
    /// </summary>
    public string? DocumentKind { get; private set; }

    /// <summary>Gets the name of the input given in the options, such as a file name.</summary>
    public string? InputName { get; }

    /// <summary>Gets the encoding the input is read in.</summary>
    public InputEncoding Encoding { get; }

    /// <summary>Gets the delimiter of a CSV input; <see langword="null"/> for other inputs.</summary>
    public char? Delimiter { get; }

    /// <summary>Gets whether the input is a dataset whose rows <see cref="ReadRecords"/> reads one at a time.</summary>
    public bool HasRecords => DocumentKind == DocumentKinds.CommitmentDataset
        && Kind is InputKind.DatasetCsv or InputKind.DatasetJsonRows or InputKind.DatasetWorkbook or InputKind.Document;

    /// <summary>
    /// Gets the columns of a dataset as read: the header of a CSV file or of a workbook's sheet, the keys of
    /// JSON rows, the <c>columns</c> of a dataset document (when they come before its records, as the library
    /// writes them). Empty for other inputs.
    /// </summary>
    public ValueList<string> Columns => _records?.Columns ?? ValueList<string>.Empty;

    /// <summary>Gets the name of the sheet read from a workbook (<see cref="InputKind.DatasetWorkbook"/>); null for other inputs.</summary>
    public string? Sheet => (_records as WorkbookRecordSource)?.SheetName;

    /// <summary>
    /// Gets where a dataset comes from: the <c>source</c> of a dataset document; for a CSV file or JSON rows, the
    /// input's file name (and the <c>source</c> address of a keyed row export). Null for other inputs.
    /// </summary>
    public DatasetSource? Source => _records switch
    {
        null => null,
        DatasetDocumentSource document => document.Source,
        var rows => InputName is null && rows.Url is null ? null : new DatasetSource { Title = InputName is null ? null : Path.GetFileName(InputName), Url = rows.Url },
    };

    /// <summary>The line (or sheet row) of each part of a tracker read from a sheet, by JSON Pointer: a sub-commitment's first row, each update's row.</summary>
    internal IReadOnlyDictionary<string, int>? TrackerLines { get; private set; }

    /// <summary>Gets what reading has found so far (the first <see cref="OgpReaderOptions.MaxFindings"/>): the encoding, the header, the text of the rows, the cells, the parts of a page not found. Complete once the input is read.</summary>
    public IReadOnlyList<Finding> Findings => _findings.Kept;

    /// <summary>Gets how many findings were made beyond <see cref="OgpReaderOptions.MaxFindings"/> and not kept.</summary>
    public int FindingsLeftOut => _findings.LeftOut;

    /// <summary>
    /// Gets whether reading stopped before the end of the input, so that the rows read are only a part of it:
    /// a CSV row over <see cref="OgpReaderOptions.MaxRecordLength"/> outside quotes, or with more cells than
    /// <see cref="OgpReaderOptions.MaxColumns"/> (finding OGP508). A program that writes what it read should
    /// not take such a reading for the whole input.
    /// </summary>
    public bool StoppedEarly => _records?.StoppedEarly ?? false;

    /// <summary>Gets whether a finding so far is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var finding in _findings.Kept)
            {
                if (finding.Severity == FindingSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal static OgpInput Open(Stream stream, OgpReaderOptions options)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var sniffer = InputSniffer.Read(stream, options.Encoding, options.MaxRecordLength);
        var input = Create(stream, start, sniffer, options);
        input.StartRecords();
        return input;
    }

    internal static async ValueTask<OgpInput> OpenAsync(Stream stream, OgpReaderOptions options, CancellationToken cancellationToken)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var sniffer = await InputSniffer.ReadAsync(stream, options.Encoding, cancellationToken, options.MaxRecordLength).ConfigureAwait(false);
        var input = Create(stream, start, sniffer, options);
        await input.StartRecordsAsync(cancellationToken).ConfigureAwait(false);
        return input;
    }

    /// <summary>
    /// Reads the input as one document: a JSON document as it is, a page as its report, a dataset (CSV, JSON
    /// rows, a dataset document) with all its rows. For a large dataset, prefer <see cref="ReadRecords"/>.
    /// </summary>
    /// <exception cref="OgpReadException">The input cannot be read (malformed JSON, say); invalid data gives <see cref="Findings"/> instead.</exception>
    /// <exception cref="InvalidOperationException">The input was read already.</exception>
    public OgpDocument ReadDocument()
    {
        BeginRead();
        return Kind switch
        {
            InputKind.Document when _records is null => Guard(() => OgpJson.Read<OgpDocument>(DocumentBody(), InputName)),
            InputKind.ReportPage or InputKind.InceptionReportPage => ReadPage(ReadText()),
            _ when DocumentKind == DocumentKinds.ImplementationTracker => Guard(ReadTracker),
            _ => Collect(ReadAll()),
        };
    }

    /// <summary>Reads the input as one document of the kind of <typeparamref name="TDocument"/>; see <see cref="ReadDocument"/>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <exception cref="OgpReadException">The input cannot be read, or is another kind of document.</exception>
    /// <exception cref="InvalidOperationException">The input was read already.</exception>
    public TDocument ReadDocument<TDocument>()
        where TDocument : OgpDocument =>
        Expect<TDocument>(ReadDocument());

    /// <summary>Reads the input as one document, asynchronously; see <see cref="ReadDocument"/>.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="OgpReadException">The input cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The input was read already.</exception>
    public async ValueTask<OgpDocument> ReadDocumentAsync(CancellationToken cancellationToken = default)
    {
        BeginRead();
        switch (Kind)
        {
            case InputKind.Document when _records is null:
                try
                {
                    return await OgpJson.ReadAsync<OgpDocument>(DocumentBody(), InputName, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    throw Failed(e);
                }

            case InputKind.ReportPage or InputKind.InceptionReportPage:
                return ReadPage(await ReadTextAsync(cancellationToken).ConfigureAwait(false));
            case InputKind.DatasetCsv or InputKind.DatasetJsonRows or InputKind.DatasetWorkbook when DocumentKind == DocumentKinds.ImplementationTracker:
                cancellationToken.ThrowIfCancellationRequested();
                return Guard(ReadTracker);
            default:
                var records = new List<DatasetRecord>();
                await foreach (var row in Iterate(_records!, cancellationToken).ConfigureAwait(false))
                {
                    records.Add(row.Record);
                }

                return Collect(records);
        }
    }

    /// <summary>
    /// Reads the rows of a dataset one at a time, each with where it came from; the findings of reading them
    /// are added to <see cref="Findings"/> as they are made. Can be enumerated once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The input is not a dataset (<see cref="HasRecords"/> is false), or it was read already.</exception>
    public IEnumerable<ImportedRecord> ReadRecords()
    {
        BeginRecords();
        return Iterate(_records!);
    }

    /// <summary>
    /// The rows of a dataset (a CSV, JSON rows or a commitment-dataset document) one at a time, for a step that takes
    /// the opened input; the end of the rows checks that they were read whole. Can be enumerated once.
    /// </summary>
    /// <exception cref="ArgumentException">The input holds no dataset.</exception>
    internal IEnumerable<DatasetRecord> DatasetRecords(string parameterName)
    {
        RequireDataset(parameterName);
        return Rows(ReadRecords());

        IEnumerable<DatasetRecord> Rows(IEnumerable<ImportedRecord> records)
        {
            foreach (var record in records)
            {
                yield return record.Record;
            }

            CheckReadWhole();
        }
    }

    /// <summary>The rows of a dataset as they arrive; see <see cref="DatasetRecords"/>.</summary>
    /// <exception cref="ArgumentException">The input holds no dataset.</exception>
    internal IAsyncEnumerable<DatasetRecord> DatasetRecordsAsync(string parameterName, CancellationToken cancellationToken)
    {
        RequireDataset(parameterName);
        return Rows(ReadRecordsAsync(cancellationToken), cancellationToken);

        async IAsyncEnumerable<DatasetRecord> Rows(IAsyncEnumerable<ImportedRecord> records, [EnumeratorCancellation] CancellationToken cancellation)
        {
            await foreach (var record in records.WithCancellation(cancellation).ConfigureAwait(false))
            {
                yield return record.Record;
            }

            CheckReadWhole();
        }
    }

    private void RequireDataset(string parameterName)
    {
        if (!HasRecords)
        {
            throw new ArgumentException($"{InputName ?? "The input"} holds no commitment dataset: it is {(DocumentKind is { } kind ? "a document of kind " + kind : "input of kind " + Kind)}.", parameterName);
        }
    }

    /// <summary>A step over the whole dataset (a summary, a difference) is not made from part of it.</summary>
    private void CheckReadWhole()
    {
        if (StoppedEarly)
        {
            throw new OgpReadException(
                $"Reading stopped before the end of the dataset ({ValidationRules.RowTooLong.Code}): what it holds past that point is unknown, so nothing is made from it",
                InputName,
                null,
                null);
        }
    }

    /// <summary>Reads the rows of a dataset one at a time, asynchronously; see <see cref="ReadRecords"/>.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidOperationException">The input is not a dataset, or it was read already.</exception>
    public IAsyncEnumerable<ImportedRecord> ReadRecordsAsync(CancellationToken cancellationToken = default)
    {
        BeginRecords();
        return Iterate(_records!, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _records?.Dispose();
        _spool?.Dispose();
        if (!_options.LeaveOpen)
        {
            _stream.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }

    private static OgpInput Create(Stream stream, long start, InputSniffer sniffer, OgpReaderOptions options)
    {
        var detected = sniffer.DetectKind(options.Delimiter, options.Kind)
            ?? throw new OgpReadException(
                $"Cannot tell what this is: not an OGP JSON document, not the commitment dataset (CSV with a \"Commitment Unique Identifier\" column, or JSON rows), not an End of Commitment Report or Inception Report page; {sniffer.Describe()}",
                options.InputName,
                null,
                null);
        Stream body;
        if (stream.CanSeek)
        {
            stream.Position = start;
            body = stream;
        }
        else
        {
            body = new ReplayStream(sniffer.Prefix, sniffer.Length, stream, leaveOpen: true);
        }

        return new OgpInput(stream, start, body, sniffer, detected.Kind, detected.Delimiter, options);
    }

    private static bool IsJson(InputKind kind) => kind is InputKind.Document or InputKind.DatasetJsonRows;

    /// <summary>The "kind" of a JSON document, when its start says it; a document that cannot be read says so when it is read.</summary>
    private static string? PeekKind(InputSniffer sniffer, InputEncoding encoding)
    {
        if (sniffer.NotUtf8)
        {
            // Reading it says where the bytes that are not UTF-8 are.
            return null;
        }

        try
        {
            return encoding == InputEncoding.Utf8
                ? OgpJson.PeekKind(new ReadOnlySpan<byte>(sniffer.Prefix, sniffer.BomLength, sniffer.Length - sniffer.BomLength), sniffer.Complete)
                : OgpJson.PeekKind(System.Text.Encoding.UTF8.GetBytes(sniffer.Text.TrimStart('\uFEFF')), sniffer.Complete && sniffer.TextIsWhole);
        }
        catch (Exception e) when (e is OgpJsonException or InvalidOperationException)
        {
            // A kind that is not text (or not UTF-8) is told when the document is read.
            return null;
        }
    }

    private static TDocument Expect<TDocument>(OgpDocument document)
        where TDocument : OgpDocument =>
        document as TDocument ?? throw new OgpReadException($"The input is a '{document.Kind}', not the document asked for.");

    private void StartRecords()
    {
        if (CreateRecords() is { } records)
        {
            Guard(() =>
            {
                records.Start();
                return 0;
            });
            NoteTrackerSheet();
        }
    }

    /// <summary>A workbook's sheet is told a tracker's once its header is read.</summary>
    private void NoteTrackerSheet()
    {
        if (_records is WorkbookRecordSource { IsTracker: true })
        {
            DocumentKind = DocumentKinds.ImplementationTracker;
        }
    }

    private async ValueTask StartRecordsAsync(CancellationToken cancellationToken)
    {
        if (CreateRecords() is { } records)
        {
            try
            {
                await records.StartAsync(cancellationToken).ConfigureAwait(false);
                NoteTrackerSheet();
            }
            catch (IOException e)
            {
                throw Failed(e);
            }
        }
    }

    private RecordSource? CreateRecords()
    {
        _records = Kind switch
        {
            InputKind.DatasetCsv => new CsvRecordSource(TextBody(), Delimiter ?? ',', _options.MaxRecordLength, _options.MaxColumns, _findings, InputName, cells: DocumentKind == DocumentKinds.ImplementationTracker),
            InputKind.DatasetJsonRows when DocumentKind == DocumentKinds.ImplementationTracker => null,
            InputKind.DatasetJsonRows => new JsonRowsSource(Reopen, SpoolAsync, _findings, InputName, _options.MaxRecordLength, _options.MaxColumns),
            InputKind.DatasetWorkbook => new WorkbookRecordSource(Seekable, _options.Sheet, _options.MaxColumns, _options.MaxRecordLength, _options.MaxSpoolLength, _findings, InputName),
            InputKind.Document when DocumentKind == DocumentKinds.CommitmentDataset => new DatasetDocumentSource(JsonBody(), InputName, _options.MaxRecordLength, _options.MaxColumns),
            _ => null,
        };
        return _records;
    }

    /// <summary>The body as text, after its byte order mark.</summary>
    private DecodingReader TextBody()
    {
        for (var skipped = 0; skipped < _sniffer.BomLength;)
        {
            var read = _body.Read(new byte[_sniffer.BomLength - skipped], 0, _sniffer.BomLength - skipped);
            if (read == 0)
            {
                break;
            }

            skipped += read;
        }

        return new DecodingReader(_body, Encoding, leaveOpen: true);
    }

    /// <summary>The body as checked UTF-8.</summary>
    private Utf8JsonInput JsonBody() =>
        new(_body, Encoding == InputEncoding.Utf8 ? null : Encoding, leaveOpen: true, InputName, _options.MaxRecordLength);

    /// <summary>
    /// The body of a document read whole, as checked UTF-8, refused past <see cref="OgpReaderOptions.MaxDocumentLength"/>
    /// bytes or <see cref="OgpReaderOptions.MaxDocumentObjects"/> objects and arrays (counted in the UTF-8, whatever
    /// the encoding of the input).
    /// </summary>
    private BoundedStream DocumentBody()
    {
        var shape = new JsonShape(
            _options.MaxDocumentObjects,
            max => new OgpJsonException($"The document has more than {max} objects and arrays, the most the reader holds whole ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxDocumentObjects)})", "$", null, null, InputName, null));
        return new BoundedStream(
            JsonBody(),
            _options.MaxDocumentLength,
            max => new OgpJsonException($"The document is longer than {Sizes.Describe(max)}, the most the reader holds whole ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxDocumentLength)})", "$", null, null, InputName, null),
            leaveOpen: false,
            shape);
    }

    /// <summary>Opens the body again from its start, for the two readings of JSON rows: the stream itself when it can seek, else a copy in a temporary file.</summary>
    private Utf8JsonInput Reopen()
    {
        if (_stream.CanSeek)
        {
            if (_reopened)
            {
                _stream.Position = _start;
            }

            _reopened = true;
            return JsonBody();
        }

        _spool ??= Spool.Copy(_body, _options.MaxSpoolLength, InputName);
        _spool.Position = 0;
        return new Utf8JsonInput(_spool, Encoding == InputEncoding.Utf8 ? null : Encoding, leaveOpen: true, InputName, _options.MaxRecordLength);
    }

    /// <summary>The input from its first byte as a stream that can seek, for a workbook: the stream itself when it can and starts there, else a copy in a temporary file.</summary>
    private NonClosingStream Seekable()
    {
        if (_stream.CanSeek && _start == 0)
        {
            _stream.Position = 0;
            return new NonClosingStream(_stream);
        }

        _spool ??= Spool.Copy(_body, _options.MaxSpoolLength, InputName);
        _spool.Position = 0;
        return new NonClosingStream(_spool);
    }

    /// <summary>Copies a body that cannot seek to the temporary file <see cref="Reopen"/> reads, asynchronously, before the asynchronous reading of JSON rows.</summary>
    private async ValueTask SpoolAsync(CancellationToken cancellationToken)
    {
        if (_stream.CanSeek || _spool is not null)
        {
            return;
        }

        _spool = await Spool.CopyAsync(_body, _options.MaxSpoolLength, InputName, cancellationToken).ConfigureAwait(false);
    }

    private void BeginRead()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_read)
        {
            throw new InvalidOperationException("An input is read once: its document, or its records.");
        }

        _read = true;
    }

    private void BeginRecords()
    {
        if (!HasRecords || _records is null)
        {
            throw new InvalidOperationException($"This input is a '{DocumentKind ?? "JSON"}' document, not a dataset: it has no records. Read it with {nameof(ReadDocument)}.");
        }

        BeginRead();
    }

    private IEnumerable<ImportedRecord> Iterate(RecordSource source)
    {
        while (true)
        {
            ImportedRecord record;
            try
            {
                if (!source.TryRead(out record))
                {
                    break;
                }
            }
            catch (IOException e)
            {
                throw Failed(e);
            }

            yield return record;
        }

        source.Finish();
    }

    private async IAsyncEnumerable<ImportedRecord> Iterate(RecordSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            ImportedRecord? record;
            try
            {
                record = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw Failed(e);
            }

            if (record is not { } row)
            {
                break;
            }

            yield return row;
        }

        source.Finish();
    }

    /// <summary>Reads an implementation tracker's sheet: the cells of a CSV file or a workbook's sheet, or JSON rows read whole.</summary>
    private ImplementationTracker ReadTracker()
    {
        IReadOnlyList<string> header;
        IEnumerable<(IReadOnlyList<string> Cells, int Line)> rows;
        if (_records is { } source)
        {
            header = source.HeaderCells;
            rows = Cells(source);
        }
        else
        {
            using var body = DocumentBody();
            (header, var cells) = JsonRowsSource.ReadCells(body, InputName);
            rows = cells.Select(row => (row, 0));
        }

        var (tracker, lines) = TrackerSheet.Read(header, rows, _findings);
        TrackerLines = lines;
        _records?.Finish();
        return tracker;

        static IEnumerable<(IReadOnlyList<string>, int)> Cells(RecordSource source)
        {
            while (source.TryReadCells(out var cells, out var line))
            {
                yield return (cells, line);
            }
        }
    }

    private List<DatasetRecord> ReadAll()
    {
        var records = new List<DatasetRecord>();
        foreach (var row in Iterate(_records!))
        {
            records.Add(row.Record);
        }

        return records;
    }

    private CommitmentDataset Collect(List<DatasetRecord> records)
    {
        var document = _records as DatasetDocumentSource;
        var dataset = document?.Document ?? new CommitmentDataset { Source = Source };
        return dataset with { Columns = _records!.Columns, Records = ValueList.CreateRange(records) };
    }

    private string ReadText()
    {
        using var text = TextBody();
        var buffer = new char[64 * 1024];
        var builder = new System.Text.StringBuilder();
        int read;
        try
        {
            while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
            {
                builder.Append(buffer, 0, read);
                CheckPageLength(builder.Length);
            }
        }
        catch (IOException e)
        {
            throw Failed(e);
        }

        ReportFallback(text);
        return builder.ToString();
    }

    private async ValueTask<string> ReadTextAsync(CancellationToken cancellationToken)
    {
        using var text = TextBody();
        var buffer = new char[64 * 1024];
        var builder = new System.Text.StringBuilder();
        int read;
        try
        {
            while ((read = await text.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                builder.Append(buffer, 0, read);
                CheckPageLength(builder.Length);
            }
        }
        catch (IOException e)
        {
            throw Failed(e);
        }

        ReportFallback(text);
        return builder.ToString();
    }

    private void CheckPageLength(int length)
    {
        if (length > _options.MaxRecordLength)
        {
            throw new OgpReadException($"The page is longer than {_options.MaxRecordLength} characters, the reader's limit: it is not read", InputName, null, null);
        }
    }

    private void ReportFallback(DecodingReader text)
    {
        if (text.InvalidByteCount > 0)
        {
            _findings.Add(ValidationRules.Finding(
                ValidationRules.NotUtf8,
                string.Empty,
                $"Bytes of {InputName ?? "the input"} are not UTF-8, the first (0x{text.FirstInvalidByte:X2}) at line {text.FirstInvalidLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}; each is read as its Windows-1252 character.",
                null,
                (int?)text.FirstInvalidLine));
        }
    }

    private OgpDocument ReadPage(string text)
    {
        OgpDocument report;
        ValueList<Finding> findings;
        if (Kind == InputKind.InceptionReportPage)
        {
            (var inception, findings) = InceptionReportText.Read(text);
            report = inception;
        }
        else
        {
            (var endOfCommitment, findings) = EndOfCommitmentReportText.Read(text);
            report = endOfCommitment;
        }

        foreach (var finding in findings)
        {
            _findings.Add(finding);
        }

        return report;
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    private OgpReadException Failed(IOException e) => new($"The input could not be read: {e.Message}", InputName, null, e);
}
