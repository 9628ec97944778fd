using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using OpenGov.Model.Mapping;
using OpenGov.Model.Validation;

namespace OpenGov.Model;

/// <summary>A source of the rows of a dataset, read one at a time: a CSV file, JSON rows, or the records of a dataset document.</summary>
internal abstract class RecordSource : IDisposable
{
    /// <summary>Gets the columns of the rows, as read, once the source has started.</summary>
    public abstract ValueList<string> Columns { get; }

    /// <summary>Gets where the data comes from, as the source names it.</summary>
    public virtual string? Url => null;

    /// <summary>Reads what comes before the rows: a header, a document's properties.</summary>
    public abstract void Start();

    /// <summary>Reads what comes before the rows, asynchronously.</summary>
    public abstract ValueTask StartAsync(CancellationToken cancellationToken);

    /// <summary>Reads the next row.</summary>
    public abstract bool TryRead(out ImportedRecord record);

    /// <summary>Reads the next row asynchronously; null after the last.</summary>
    public abstract ValueTask<ImportedRecord?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Gets whether the reading stopped before the end of the input: the rows read are only a part of it.</summary>
    public virtual bool StoppedEarly => false;

    /// <summary>Gets the header as written, for a sheet read as cells (<see cref="TryReadCells"/>).</summary>
    public virtual IReadOnlyList<string> HeaderCells => Columns;

    /// <summary>Reads the next row's cells as written, with the line (or sheet row) it starts at, for a sheet that is not the dataset (an implementation tracker).</summary>
    public virtual bool TryReadCells(out IReadOnlyList<string> cells, out int line)
    {
        cells = [];
        line = 0;
        return false;
    }

    /// <summary>Called when every row was read: the findings of the end of the input.</summary>
    public virtual void Finish()
    {
    }

    public abstract void Dispose();
}

/// <summary>The rows of a CSV file.</summary>
internal sealed class CsvRecordSource : RecordSource
{
    private readonly DecodingReader _text;
    private readonly CsvTokenizer _tokenizer;
    private readonly ImportFindings _findings;
    private readonly string? _inputName;
    private readonly bool _cells;
    private DatasetRowMapper _mapper = new([]);
    private List<string> _header = [];
    private int _row;
    private bool _reportedFallback;

    public CsvRecordSource(DecodingReader text, char delimiter, int maxRowLength, int maxColumns, ImportFindings findings, string? inputName, bool cells = false)
    {
        _cells = cells;
        _text = text;
        _tokenizer = new CsvTokenizer(text, delimiter, maxRowLength, maxColumns);
        _findings = findings;
        _inputName = inputName;
    }

    public override ValueList<string> Columns => _mapper.Headers;

    public override bool StoppedEarly => _tokenizer.Stopped;

    public override void Start() => Header(_tokenizer.ReadRow());

    public override async ValueTask StartAsync(CancellationToken cancellationToken) =>
        Header(await _tokenizer.ReadRowAsync(cancellationToken).ConfigureAwait(false));

    public override bool TryRead(out ImportedRecord record) => Row(_mapper.HasIdentityColumn && _tokenizer.ReadRow(), out record);

    public override async ValueTask<ImportedRecord?> ReadAsync(CancellationToken cancellationToken) =>
        Row(_mapper.HasIdentityColumn && await _tokenizer.ReadRowAsync(cancellationToken).ConfigureAwait(false), out var record) ? record : null;

    public override void Finish()
    {
        Problems(_row);
        Fallback();
    }

    public override void Dispose() => _text.Dispose();

    public override IReadOnlyList<string> HeaderCells => _header;

    public override bool TryReadCells(out IReadOnlyList<string> cells, out int line)
    {
        cells = [];
        line = 0;
        if (!_tokenizer.ReadRow())
        {
            return false;
        }

        Problems(_row);
        line = _tokenizer.RowLine;
        cells = [.. _tokenizer.Fields];
        _row++;
        Fallback();
        return true;
    }

    private void Header(bool read)
    {
        _header = read ? [.. _tokenizer.Fields] : [];
        if (!_cells)
        {
            _mapper = new DatasetRowMapper(_header);
            foreach (var finding in _mapper.HeaderFindings)
            {
                _findings.Add(finding);
            }
        }

        if (read)
        {
            Problems(null);
        }

        Fallback();
    }

    private bool Row(bool read, out ImportedRecord record)
    {
        if (!read)
        {
            record = default;
            return false;
        }

        Problems(_row);
        var line = _tokenizer.RowLine;
        var lines = _tokenizer.FieldLines;
        var multiLine = lines.Count > 0 && lines[lines.Count - 1] != line;
        var dataset = _mapper.Read(_tokenizer.Fields, _row, _findings, line, multiLine ? lines : null);
        record = new ImportedRecord(dataset, new RecordOrigin(_row, line, _mapper, multiLine ? [.. lines] : null));
        _row++;
        Fallback();
        return true;
    }

    /// <summary>The problems of the text of the row just read, as findings at their line and field.</summary>
    private void Problems(int? row)
    {
        foreach (var problem in _tokenizer.Problems)
        {
            var path = row is { } r ? "/records/" + r.ToString(CultureInfo.InvariantCulture) : "/columns";
            var where = $"field {problem.Field} of the row at line {problem.Line}";
            var finding = problem.Kind switch
            {
                CsvProblemKind.UnclosedQuote => ValidationRules.Finding(
                    ValidationRules.UnclosedQuote,
                    path,
                    $"The quote that opens {where} is never closed; it is read as an ordinary character, and the row is read again from there.",
                    null,
                    problem.Line,
                    problem.Field),
                CsvProblemKind.StrayQuote => ValidationRules.Finding(
                    ValidationRules.StrayQuote,
                    path,
                    $"A quote inside {where} neither opens nor closes the field; it is kept as a character of the field.",
                    null,
                    problem.Line,
                    problem.Field),
                CsvProblemKind.TooManyFields => ValidationRules.Finding(
                    ValidationRules.RowTooLong,
                    path,
                    $"The row at line {problem.Line} has more than {problem.Field - 1} cells, the reader's limit ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxColumns)}). Reading stops; the {_row} rows before it are read.",
                    null,
                    problem.Line,
                    problem.Field),
                CsvProblemKind.TooManyLines => ValidationRules.Finding(
                    ValidationRules.RowTooLong,
                    path,
                    $"The input has more lines than a line number can count ({int.MaxValue}). Reading stops; the {_row} rows before it are read.",
                    null,
                    problem.Line,
                    problem.Field),
                _ => ValidationRules.Finding(
                    ValidationRules.RowTooLong,
                    path,
                    $"The row at line {problem.Line} is longer than the reader's limit ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxRecordLength)}) outside any quotes: the input is not CSV from there on, or a cell is larger than any OGP cell. Reading stops; the {_row} rows before it are read.",
                    null,
                    problem.Line,
                    problem.Field),
            };
            _findings.Add(finding);
        }
    }

    /// <summary>Bytes that are not UTF-8 in a file read as UTF-8: reported once, at the first.</summary>
    private void Fallback()
    {
        if (_reportedFallback || _text.InvalidByteCount == 0)
        {
            return;
        }

        _reportedFallback = true;
        _findings.Add(ValidationRules.Finding(
            ValidationRules.NotUtf8,
            string.Empty,
            $"Bytes of {_inputName ?? "the input"} are not UTF-8, the first (0x{_text.FirstInvalidByte:X2}) at line {_text.FirstInvalidLine?.ToString(CultureInfo.InvariantCulture) ?? "?"}; each is read as its Windows-1252 character.",
            null,
            (int?)_text.FirstInvalidLine));
    }
}

/// <summary>
/// The rows of a spreadsheet's JSON export: an array of row objects keyed by column header, or
/// <c>{"source": …, "data": {"AL0002": {…}}}</c>. The columns are the keys of every row in the order they
/// first appear, so the input is read twice: once for the keys, once for the rows.
/// </summary>
internal sealed class JsonRowsSource : RecordSource
{
    private const string IdentityHeader = "Commitment Unique Identifier";

    private readonly Func<Stream> _open;
    private readonly Func<CancellationToken, ValueTask> _prepareAsync;
    private readonly ImportFindings _findings;
    private readonly string? _inputName;
    private readonly int _maxValueLength;
    private readonly int _maxColumns;
    private readonly List<string> _headers = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private DatasetRowMapper _mapper = new([]);
    private Stream? _stream;
    private JsonStream? _json;
    private bool _keyed;
    private bool _inRows;
    private string? _url;
    private int _row;

    /// <summary>Gets whether UTF-8 JSON looks like a row export: an array of objects, or an object with a "data" object.</summary>
    /// <param name="utf8Json">The start of the input, or all of it.</param>
    internal static bool IsRowExport(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return reader.Read() && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.EndArray;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.StartObject;
                }

                if (reader.ValueTextEquals("kind"u8))
                {
                    return false;
                }

                if (!reader.TrySkip())
                {
                    return false;
                }
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException e) when (OgpJson.IsReaderText(e))
        {
            // A name no text can hold: read as a document, which says where.
        }

        return false;
    }

    /// <summary>
    /// Reads JSON rows whole as a sheet of cells, for a sheet that is not the dataset (an implementation tracker):
    /// the keys of every row in the order they first appear, and each row's values as text (numbers and literals
    /// as written, <c>null</c> as an empty cell, objects and arrays as their JSON).
    /// </summary>
    /// <exception cref="OgpJsonException">The input is not JSON rows.</exception>
    internal static (List<string> Header, List<IReadOnlyList<string>> Rows) ReadCells(Stream body, string? inputName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new OgpJsonException($"The rows are not JSON: {e.Message}", e.Path ?? "$", e.LineNumber + 1, e.BytePositionInLine + 1, inputName, e);
        }

        using (document)
        {
            var root = document.RootElement;
            var rows = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList()
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data.EnumerateObject().Select(p => p.Value).ToList()
                : [];
            var header = new List<string>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var cells = new List<IReadOnlyList<string>>();
            foreach (var row in rows)
            {
                if (row.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var values = new string[header.Count];
                var list = new List<string>(values);
                var given = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in row.EnumerateObject())
                {
                    // A key given twice in a row keeps both values: the second under a name of its own.
                    var name = property.Name;
                    while (!given.Add(name))
                    {
                        name += " (again)";
                    }

                    if (!index.TryGetValue(name, out var at))
                    {
                        at = header.Count;
                        index[name] = at;
                        header.Add(name);
                    }

                    while (list.Count <= at)
                    {
                        list.Add(string.Empty);
                    }

                    list[at] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                        JsonValueKind.Null => string.Empty,
                        _ => property.Value.GetRawText(),
                    };
                }

                for (var i = 0; i < list.Count; i++)
                {
                    list[i] ??= string.Empty;
                }

                cells.Add(list);
            }

            return (header, cells);
        }
    }

    /// <summary>The keys of the first rows (up to 50) of a row export, as far as <paramref name="utf8Json"/> holds them.</summary>
    internal static List<string> FirstRowKeys(ReadOnlySpan<byte> utf8Json)
    {
        var keys = new List<string>();
        var reader = new Utf8JsonReader(utf8Json, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read())
            {
                return keys;
            }

            // An array of rows, or {"data": {"id": row, …}}: the first row is an object at depth 1 or 2.
            var keyed = reader.TokenType == JsonTokenType.StartObject;
            var inData = !keyed;
            var rows = 0;
            while (reader.Read())
            {
                if (keyed && !inData)
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("data"u8))
                    {
                        inData = true;
                        reader.Read();
                    }
                    else if (reader.TokenType == JsonTokenType.PropertyName && !reader.TrySkip())
                    {
                        return keys;
                    }

                    continue;
                }

                // The keys of the rows the start holds (a row need not give every column), in the order they appear.
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    var depth = reader.CurrentDepth;
                    while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
                    {
                        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.GetString() is { } key && !keys.Contains(key))
                        {
                            keys.Add(key);
                        }
                    }

                    if (++rows == 50)
                    {
                        return keys;
                    }
                }
                else if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    return keys;
                }
            }
        }
        catch (JsonException)
        {
            // The start of the input holds part of the first row only: its keys so far.
        }
        catch (InvalidOperationException)
        {
        }

        return keys;
    }

    public JsonRowsSource(Func<Stream> open, Func<CancellationToken, ValueTask> prepareAsync, ImportFindings findings, string? inputName, int maxValueLength, int maxColumns)
    {
        _maxColumns = maxColumns;
        _open = open;
        _prepareAsync = prepareAsync;
        _findings = findings;
        _inputName = inputName;
        _maxValueLength = maxValueLength;
    }

    public override ValueList<string> Columns => _mapper.Headers;

    public override string? Url => _url;

    public override void Start() => Start(CancellationToken.None);

    public override async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        // A stream that cannot seek (a request body, a pipe) is first copied to a temporary file as it
        // arrives; the keys are then scanned from that file (or from the stream itself when it can seek),
        // row by row, with the token checked at each.
        await _prepareAsync(cancellationToken).ConfigureAwait(false);
        Start(cancellationToken);
    }

    private void Start(CancellationToken cancellationToken)
    {
        using (var stream = _open())
        {
            var json = new JsonStream(stream, _inputName, _maxValueLength);
            ScanKeys(json, cancellationToken);
        }

        _mapper = new DatasetRowMapper(_headers);
        foreach (var finding in _mapper.HeaderFindings)
        {
            _findings.Add(finding);
        }

        _stream = _open();
        _json = new JsonStream(_stream, _inputName, _maxValueLength);
        EnterRows(_json);
    }

    public override bool TryRead(out ImportedRecord record)
    {
        record = default;
        if (!_inRows || !_mapper.HasIdentityColumn)
        {
            return false;
        }

        var json = _json!;
        string? id = null;
        if (_keyed)
        {
            if (!json.Read() || json.TokenType != JsonTokenType.PropertyName)
            {
                _inRows = false;
                return false;
            }

            id = json.TokenText;
        }

        if (!json.ReadValue(out var value))
        {
            _inRows = false;
            return false;
        }

        record = Map(value.Span, id, json.TokenLine);
        return true;
    }

    public override async ValueTask<ImportedRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!_inRows || !_mapper.HasIdentityColumn)
        {
            return null;
        }

        var json = _json!;
        string? id = null;
        if (_keyed)
        {
            if (!await json.ReadAsync(cancellationToken).ConfigureAwait(false) || json.TokenType != JsonTokenType.PropertyName)
            {
                _inRows = false;
                return null;
            }

            id = json.TokenText;
        }

        if (await json.ReadValueAsync(cancellationToken).ConfigureAwait(false) is not { } value)
        {
            _inRows = false;
            return null;
        }

        return Map(value.Span, id, json.TokenLine);
    }

    public override void Dispose() => _stream?.Dispose();

    private ImportedRecord Map(ReadOnlySpan<byte> row, string? id, long line)
    {
        var cells = ReadCells(row, id, line);
        var lineNumber = line > int.MaxValue ? (int?)null : (int)line;
        var record = _mapper.Read(cells, _row, _findings, lineNumber);
        var imported = new ImportedRecord(record, new RecordOrigin(_row, lineNumber, _mapper, null));
        _row++;
        return imported;
    }

    /// <summary>The union of the rows' keys, in order of first appearance; and the "source" of a keyed export.</summary>
    private void ScanKeys(JsonStream json, CancellationToken cancellationToken)
    {
        if (!json.Read())
        {
            throw json.Error("The input is empty: expected an array of rows, or an object with a \"data\" object of rows");
        }

        if (json.TokenType == JsonTokenType.StartArray)
        {
            while (json.ReadValue(out var row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                CollectKeys(row.Span, json);
            }
        }
        else if (json.TokenType == JsonTokenType.StartObject)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var name = json.TokenText!;
                if (!seen.Add(name))
                {
                    throw json.Error($"A property appears twice in one object: '{Excerpt.Of(name)}'");
                }

                if (name == "data")
                {
                    if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
                    {
                        throw json.Error("\"data\" must be an object of rows keyed by commitment identifier");
                    }

                    _keyed = true;
                    var ids = new HashSet<string>(StringComparer.Ordinal);
                    while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                    {
                        if (!ids.Add(json.TokenText!))
                        {
                            throw json.Error($"A property appears twice in one object: '{Excerpt.Of(json.TokenText!)}'");
                        }

                        if (!json.ReadValue(out var row))
                        {
                            throw json.Error("A row keyed by a commitment identifier has no value");
                        }

                        cancellationToken.ThrowIfCancellationRequested();
                        CollectKeys(row.Span, json);
                    }
                }
                else if (name == "source" && json.ReadValue(out var source))
                {
                    try
                    {
                        var reader = new Utf8JsonReader(source.Span);
                        reader.Read();
                        _url = reader.TokenType == JsonTokenType.String ? reader.GetText() : null;
                    }
                    catch (JsonException e)
                    {
                        throw json.Error(e);
                    }
                }
                else
                {
                    json.SkipValue();
                }
            }

            if (!_keyed)
            {
                throw json.Error("Expected an array of rows, or an object with a \"data\" object of rows keyed by commitment identifier");
            }

            if (!_index.ContainsKey(IdentityHeader))
            {
                _index[IdentityHeader] = 0;
                _headers.Insert(0, IdentityHeader);
                for (var i = 1; i < _headers.Count; i++)
                {
                    _index[_headers[i]] = i;
                }
            }
        }
        else
        {
            throw json.Error("Expected an array of rows, or an object with a \"data\" object of rows keyed by commitment identifier");
        }
    }

    private void CollectKeys(ReadOnlySpan<byte> row, JsonStream json)
    {
        var reader = new Utf8JsonReader(row);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw json.Error("Each row must be an object of cells keyed by column header, not " + Describe(reader.TokenType));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var header = reader.GetText()!;
                if (!seen.Add(header))
                {
                    throw json.Error($"A column appears twice in one row: '{Excerpt.Of(header)}'");
                }

                if (!_index.ContainsKey(header))
                {
                    if (_headers.Count >= _maxColumns)
                    {
                        throw json.Error($"The rows have more than {_maxColumns} different keys, the most columns the reader takes ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxColumns)})");
                    }

                    _index[header] = _headers.Count;
                    _headers.Add(header);
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException e)
        {
            throw json.Error(e);
        }
    }

    /// <summary>Moves the second reading to the first row.</summary>
    private void EnterRows(JsonStream json)
    {
        json.Read();
        if (json.TokenType == JsonTokenType.StartArray)
        {
            _inRows = true;
            return;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.TokenText == "data")
            {
                json.Read();
                _inRows = true;
                return;
            }

            json.SkipValue();
        }
    }

    private string?[] ReadCells(ReadOnlySpan<byte> row, string? id, long line)
    {
        var cells = new string?[_headers.Count];
        var reader = new Utf8JsonReader(row);
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var column = _index[reader.GetText()!];
                reader.Read();
                cells[column] = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetText(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                    JsonTokenType.True => "TRUE",
                    JsonTokenType.False => "FALSE",
                    JsonTokenType.Null => string.Empty,
                    _ => Raw(ref reader),
                };
            }
        }
        catch (JsonException e)
        {
            throw new OgpJsonException(OgpJsonException.From(e).Reason, null, line + (e.LineNumber ?? 0), e.BytePositionInLine + 1, _inputName, e);
        }

        if (id is not null && _index.TryGetValue(IdentityHeader, out var identity) && string.IsNullOrEmpty(cells[identity]))
        {
            cells[identity] = id;
        }

        return cells;
    }

    private static string Raw(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

/// <summary>
/// The records of a <c>commitment-dataset</c> document, one at a time: the properties before
/// <c>records</c> (kind, version, source, columns) are read first, then each record is read whole and
/// handed out; what follows the records is read at the end.
/// </summary>
internal sealed class DatasetDocumentSource : RecordSource
{
    private readonly Stream _stream;
    private readonly JsonStream _json;
    private readonly string? _inputName;
    private readonly JsonTypeInfo<DatasetRecord> _recordInfo = OgpJson.GetTypeInfo<DatasetRecord>();
    private readonly int _maxColumns;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _unknown = new(StringComparer.Ordinal);
    private ValueList<string> _columns = ValueList<string>.Empty;
    private string? _schemaVersion;
    private bool _inRecords;
    private int _row;

    public DatasetDocumentSource(Stream utf8, string? inputName, int maxValueLength, int maxColumns)
    {
        _maxColumns = maxColumns;
        _stream = utf8;
        _inputName = inputName;
        _json = new JsonStream(utf8, inputName, maxValueLength);
    }

    public override ValueList<string> Columns => _columns;

    /// <summary>Gets the document's source, as read before its records.</summary>
    public DatasetSource? Source { get; private set; }

    /// <summary>Gets the document without its records and columns: its version, source and unknown properties (complete once the records are read).</summary>
    public CommitmentDataset Document => new()
    {
        SchemaVersion = _schemaVersion ?? OgpJson.DefaultSchemaVersion,
        Source = Source,
        AdditionalProperties = _unknown,
    };

    /// <summary>Gets whether the columns were read before the records, so that a writer can use them from the first record.</summary>
    public bool ColumnsBeforeRecords { get; private set; }

    public override void Start()
    {
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartObject)
        {
            throw _json.Error("Expected a JSON object: a commitment-dataset document");
        }

        ReadProperties(untilRecords: true);
    }

    public override ValueTask StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Start();
        return default;
    }

    public override bool TryRead(out ImportedRecord record)
    {
        record = default;
        if (!_inRecords)
        {
            return false;
        }

        if (!_json.ReadValue(out var value))
        {
            _inRecords = false;
            ReadProperties(untilRecords: false);
            return false;
        }

        record = Deserialize(value.Span);
        return true;
    }

    public override async ValueTask<ImportedRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!_inRecords)
        {
            return null;
        }

        if (await _json.ReadValueAsync(cancellationToken).ConfigureAwait(false) is not { } value)
        {
            _inRecords = false;
            ReadProperties(untilRecords: false);
            return null;
        }

        return Deserialize(value.Span);
    }

    public override void Dispose() => _stream.Dispose();

    private ImportedRecord Deserialize(ReadOnlySpan<byte> json)
    {
        DatasetRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(json, _recordInfo);
        }
        catch (JsonException e)
        {
            var inner = OgpJsonException.From(e);
            throw new OgpJsonException(
                inner.Reason,
                Under("$.records[" + _row.ToString(CultureInfo.InvariantCulture) + "]", inner.Path),
                _json.TokenLine + (e.LineNumber ?? 0),
                e.BytePositionInLine + 1,
                _inputName,
                e);
        }

        if (record is null)
        {
            throw new OgpJsonException("A record is null; each record must be an object", "$.records[" + _row.ToString(CultureInfo.InvariantCulture) + "]", _json.TokenLine, null, _inputName, null);
        }

        var line = _json.TokenLine > int.MaxValue ? (int?)null : (int)_json.TokenLine;
        return new ImportedRecord(record, new RecordOrigin(_row++, line));
    }

    private void ReadProperties(bool untilRecords)
    {
        while (_json.Read())
        {
            if (_json.TokenType == JsonTokenType.EndObject)
            {
                if (_json.Read())
                {
                    throw _json.Error("Text follows the end of the document");
                }

                return;
            }

            var name = _json.TokenText!;
            if (!_seen.Add(name))
            {
                throw _json.Error($"A property appears twice in one object: '{Excerpt.Of(name)}'");
            }

            switch (name)
            {
                case "records":
                    if (!_json.Read() || _json.TokenType != JsonTokenType.StartArray)
                    {
                        throw _json.Error("\"records\" must be an array of records");
                    }

                    ColumnsBeforeRecords = _seen.Contains("columns");
                    _inRecords = true;
                    if (untilRecords)
                    {
                        return;
                    }

                    break;
                case "columns":
                    _json.ReadValue(out var columns);
                    _columns = Read(columns.Span, OgpJson.GetTypeInfo<ValueList<string>>(), "$.columns") ?? ValueList<string>.Empty;
                    if (_columns.Count > _maxColumns)
                    {
                        throw _json.Error($"The document has {_columns.Count} columns, more than the reader takes ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxColumns)} is {_maxColumns})");
                    }
                    break;
                case "source":
                    _json.ReadValue(out var source);
                    Source = Read(source.Span, OgpJson.GetTypeInfo<DatasetSource>(), "$.source");
                    break;
                case "kind":
                    if (!_json.Read() || _json.TokenText != DocumentKinds.CommitmentDataset)
                    {
                        throw _json.Error($"The document's kind is '{Excerpt.Of(_json.TokenText ?? _json.TokenType.ToString())}', not '{DocumentKinds.CommitmentDataset}'");
                    }

                    break;
                case "schemaVersion":
                    if (!_json.Read() || _json.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        throw _json.Error("\"schemaVersion\" must be a string such as \"1.0\"");
                    }

                    _schemaVersion = _json.TokenText ?? OgpJson.DefaultSchemaVersion;
                    OgpJson.CheckSchemaVersion(_schemaVersion);
                    break;
                default:
                    _json.ReadValue(out var unknown);
                    using (var parsed = JsonDocument.Parse(unknown))
                    {
                        _unknown[name] = parsed.RootElement.Clone();
                    }

                    break;
            }
        }
    }

    /// <summary>A JSON path of a value read on its own (<c>$.a</c>), under the path of that value in the document.</summary>
    private static string Under(string parent, string path) => new StringBuilder(parent).Append(path, 1, path.Length - 1).ToString();

    private T? Read<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> info, string path)
    {
        try
        {
            return JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException e)
        {
            var inner = OgpJsonException.From(e);
            throw new OgpJsonException(inner.Reason, Under(path, inner.Path), _json.TokenLine + (e.LineNumber ?? 0), e.BytePositionInLine + 1, _inputName, e);
        }
        catch (InvalidOperationException e) when (OgpJson.IsReaderText(e))
        {
            throw OgpJson.NotText(e, _inputName, path, _json.TokenLine);
        }
    }
}

/// <summary>The rows of a sheet of an <c>.xlsx</c> workbook: its first row with a cell is the header.</summary>
internal sealed class WorkbookRecordSource : RecordSource
{
    private readonly Func<Stream> _open;
    private readonly string? _sheet;
    private readonly int _maxColumns;
    private readonly ImportFindings _findings;
    private readonly string? _inputName;
    private WorkbookSheet? _workbook;
    private DatasetRowMapper _mapper = new([]);
    private int _row;
    private bool _stopped;

    private readonly long _maxText;
    private readonly int _maxCell;

    public WorkbookRecordSource(Func<Stream> open, string? sheet, int maxColumns, int maxCell, long maxText, ImportFindings findings, string? inputName)
    {
        _maxText = maxText;
        _maxCell = maxCell;
        _open = open;
        _sheet = sheet;
        _maxColumns = maxColumns;
        _findings = findings;
        _inputName = inputName;
    }

    public override ValueList<string> Columns => _mapper.Headers;

    public override bool StoppedEarly => _stopped;

    /// <summary>Gets the name of the sheet read, once started.</summary>
    public string? SheetName => _workbook?.Name;

    /// <summary>Gets whether the sheet is an implementation tracker's rather than the IRM dataset's, once started.</summary>
    public bool IsTracker { get; private set; }

    public override IReadOnlyList<string> HeaderCells => _header;

    private List<string> _header = [];

    public override void Start()
    {
        _workbook = WorkbookSheet.Open(_open(), _sheet, static cells => DatasetRowMapper.IsIdentityHeader(cells) || TrackerSheet.IsTrackerHeader(cells), _maxColumns, _maxCell, _maxText, _inputName);
        var read = _workbook.ReadRow();
        if (read && _workbook.TooManyColumns)
        {
            TooWide(null);
            read = false;
        }

        _header = read ? [.. _workbook.Cells] : [];
        IsTracker = TrackerSheet.IsTracker(_header);
        if (IsTracker)
        {
            return;
        }

        _mapper = new DatasetRowMapper(_header);
        foreach (var finding in _mapper.HeaderFindings)
        {
            _findings.Add(finding);
        }
    }

    public override bool TryReadCells(out IReadOnlyList<string> cells, out int line)
    {
        cells = [];
        line = 0;
        if (_workbook is null || _stopped || !_workbook.ReadRow())
        {
            return false;
        }

        line = _workbook.RowNumber;
        if (_workbook.TooManyColumns)
        {
            TooWide(_row);
            return false;
        }

        cells = [.. _workbook.Cells];
        _row++;
        return true;
    }

    public override ValueTask StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Start();
        return default;
    }

    public override bool TryRead(out ImportedRecord record)
    {
        record = default;
        if (_workbook is null || _stopped || !_mapper.HasIdentityColumn || !_workbook.ReadRow())
        {
            return false;
        }

        if (_workbook.TooManyColumns)
        {
            TooWide(_row);
            return false;
        }

        // A sheet does not store empty cells: a row ends at its last cell with a value, and is not short for that.
        var cells = _workbook.Cells;
        while (cells.Count < _mapper.Headers.Count)
        {
            cells.Add(string.Empty);
        }

        var line = _workbook.RowNumber;
        var dataset = _mapper.Read(cells, _row, _findings, line, null);
        record = new ImportedRecord(dataset, new RecordOrigin(_row, line, _mapper, null));
        _row++;
        return true;
    }

    public override ValueTask<ImportedRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new(TryRead(out var record) ? record : null);
    }

    public override void Dispose() => _workbook?.Dispose();

    private void TooWide(int? row)
    {
        _stopped = true;
        var path = row is { } r ? "/records/" + r.ToString(CultureInfo.InvariantCulture) : "/columns";
        _findings.Add(ValidationRules.Finding(
            ValidationRules.RowTooLong,
            path,
            $"Row {_workbook!.RowNumber} of sheet \"{_workbook.Name}\" has a cell past column {WorkbookSheet.ColumnName(_maxColumns - 1)}, the reader's limit ({nameof(OgpReaderOptions)}.{nameof(OgpReaderOptions.MaxColumns)}). Reading stops; the {_row} rows before it are read.",
            null,
            _workbook.RowNumber,
            _maxColumns + 1));
    }
}
