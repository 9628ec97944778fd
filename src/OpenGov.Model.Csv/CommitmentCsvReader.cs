using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Datasets;
using OpenGov.Model.Validation;
using Sylvan.Data.Csv;

namespace OpenGov.Model.Csv;

/// <summary>
/// Reads the IRM commitment dataset from CSV, one row at a time: memory stays flat however long the
/// file. Quoted fields with line breaks, a byte order mark or none, CRLF or LF, columns in any order
/// and columns the library does not know are all read; what cannot be read becomes findings with
/// row, line and column, never an exception.
/// </summary>
/// <example>
/// <code>
/// using var reader = CommitmentCsvReader.Open("commitments.csv");
/// foreach (var record in reader.ReadRecords())
///     Console.WriteLine($"{record.Commitment.Id} {record.Commitment.Title}");
/// Console.WriteLine($"{reader.Findings.Count} findings");
/// </code>
/// </example>
public sealed class CommitmentCsvReader : IDisposable
{
    private const int MaxFindings = 10_000;

    private static readonly char[] LineBreakChars = ['\r', '\n'];

    private readonly CsvDataReader _csv;
    private readonly DatasetRowMapper _mapper;
    private readonly List<Finding> _findings = [];
    private readonly List<int> _rowLines = [];
    private readonly string[] _cells;
    private int _nextLine;
    private bool _started;

    private CommitmentCsvReader(CsvDataReader csv, string? source)
    {
        _csv = csv;
        Source = source;
        var headers = new string[csv.FieldCount];
        var headerLines = 0;
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = csv.GetName(i);
            headerLines += LineBreaks(headers[i]);
        }

        _mapper = new DatasetRowMapper(headers);
        _findings.AddRange(_mapper.HeaderFindings);
        _cells = new string[headers.Length];
        _nextLine = 2 + headerLines;
    }

    /// <summary>Opens a CSV file.</summary>
    /// <param name="path">The file; UTF-8 unless it starts with another byte order mark.</param>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static CommitmentCsvReader Open(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Create(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), Path.GetFileName(path), ownsReader: true);
    }

    /// <summary>Reads CSV from a stream of bytes; UTF-8 unless it starts with another byte order mark.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="source">A name for the source, such as a file name, or <see langword="null"/>.</param>
    public static CommitmentCsvReader Create(Stream stream, string? source)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return Create(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true), source, ownsReader: true);
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text; it is not closed.</param>
    /// <param name="source">A name for the source, such as a file name, or <see langword="null"/>.</param>
    public static CommitmentCsvReader Create(TextReader reader, string? source)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return Create(reader, source, ownsReader: false);
    }

    private static CommitmentCsvReader Create(TextReader reader, string? source, bool ownsReader)
    {
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = ',',
            Quote = '"',
            Escape = '"',
            BufferSize = 0x10000,
            MaxBufferSize = 0x4000000,
            OwnsReader = ownsReader,
            HeaderComparer = StringComparer.Ordinal,
        };
        return new CommitmentCsvReader(CsvDataReader.Create(reader, options), source);
    }

    /// <summary>Gets the name of the source, such as a file name.</summary>
    public string? Source { get; }

    /// <summary>Gets the column headers, as read.</summary>
    public ValueList<string> Columns => _mapper.Headers;

    /// <summary>Gets whether the file has the identity column; without it, <see cref="ReadRecords"/> reads no row.</summary>
    public bool HasIdentityColumn => _mapper.HasIdentityColumn;

    /// <summary>Gets what could not be read so far: the header's findings, then the rows' (the first 10,000).</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Gets how many rows have been read.</summary>
    public int RowCount => _rowLines.Count;

    /// <summary>Reads the rows, one at a time. Can be enumerated once.</summary>
    /// <exception cref="InvalidOperationException">The rows were already read.</exception>
    public IEnumerable<DatasetRecord> ReadRecords()
    {
        Start();
        if (!HasIdentityColumn)
        {
            yield break;
        }

        while (_csv.Read())
        {
            yield return ReadRow();
        }
    }

    /// <summary>Reads the rows, one at a time, asynchronously. Can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidOperationException">The rows were already read.</exception>
    public async IAsyncEnumerable<DatasetRecord> ReadRecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Start();
        if (!HasIdentityColumn)
        {
            yield break;
        }

        while (await _csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadRow();
        }
    }

    /// <summary>
    /// Reads the whole file into a dataset, with the findings of reading it; the header order is kept
    /// in <see cref="CommitmentDataset.Columns"/>, so that writing the dataset gives the same columns.
    /// </summary>
    public DatasetImport ReadAll()
    {
        var records = new List<DatasetRecord>();
        records.AddRange(ReadRecords());
        return new DatasetImport
        {
            Dataset = new CommitmentDataset
            {
                Source = Source is null ? null : new DatasetSource { Title = Source },
                Columns = Columns,
                Records = ValueList.CreateRange(records),
            },
            Findings = ValueList.CreateRange(_findings),
        };
    }

    /// <summary>
    /// Adds the line and column of the CSV source to the findings of a validation of the rows read
    /// (paths <c>/records/{row}/…</c>): the line where the row starts and the column of the value.
    /// </summary>
    /// <param name="report">A validation of the records this reader read, in order.</param>
    public ValidationReport Locate(ValidationReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var findings = new Finding[report.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = report.Findings[i];
            findings[i] = TryLocate(finding.Path, out var line, out var column)
                ? finding with { Line = finding.Line ?? line, Column = finding.Column ?? column }
                : finding;
        }

        return report with { Findings = ValueList.Create(findings) };
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private bool TryLocate(string path, out int line, out int? column)
    {
        line = 0;
        column = null;
        const string Prefix = "/records/";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var end = path.IndexOf('/', Prefix.Length);
        var digits = end < 0 ? path.Substring(Prefix.Length) : path.Substring(Prefix.Length, end - Prefix.Length);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row >= _rowLines.Count)
        {
            return false;
        }

        line = _rowLines[row];
        column = end < 0 ? null : _mapper.ColumnOf(path.Substring(end));
        return true;
    }

    private void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("The rows of a CommitmentCsvReader can be read once.");
        }

        _started = true;
    }

    private DatasetRecord ReadRow()
    {
        var count = _csv.RowFieldCount;
        var cells = count == _cells.Length ? _cells : new string[count];
        var breaks = 0;
        for (var i = 0; i < count; i++)
        {
            var text = _csv.GetString(i);
            cells[i] = text;
            breaks += LineBreaks(text);
        }

        var row = _rowLines.Count;
        var line = _nextLine;
        _rowLines.Add(line);
        _nextLine += 1 + breaks;
        var findings = _findings.Count < MaxFindings ? _findings : null;
        return _mapper.Read(cells, row, findings, line);
    }

    private static int LineBreaks(string text)
    {
        if (text.IndexOfAny(LineBreakChars) < 0)
        {
            return 0;
        }

        var breaks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
