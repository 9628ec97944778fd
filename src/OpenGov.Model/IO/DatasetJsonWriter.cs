using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// Writes a <c>commitment-dataset</c> document one record at a time, exactly as <see cref="OgpJson"/> writes
/// the whole dataset: memory holds one record, not the dataset. Call <see cref="Complete"/> after the last
/// record; a writer disposed before leaves the document unfinished (not valid JSON), never one that looks whole.
/// </summary>
public sealed class DatasetJsonWriter : IDisposable, IAsyncDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly JsonTypeInfo<DatasetRecord> _recordInfo = OgpJson.GetTypeInfo<DatasetRecord>();
    private bool _completed;

    /// <summary>Creates a writer and writes the document's properties up to its records.</summary>
    /// <param name="utf8Json">Where to write, as UTF-8; it is not closed.</param>
    /// <param name="source">Where the data comes from, or <see langword="null"/>.</param>
    /// <param name="columns">The columns as read, or empty.</param>
    public DatasetJsonWriter(Stream utf8Json, DatasetSource? source, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(columns);
        _stream = utf8Json;
        _writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            Encoder = OgpJson.Options.Encoder,
            SkipValidation = false,
        });
        _writer.WriteStartObject();
        _writer.WriteString("kind"u8, DocumentKinds.CommitmentDataset);
        _writer.WriteString("schemaVersion"u8, OgpJson.CurrentSchemaVersion);
        _writer.WritePropertyName("source"u8);
        if (source is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(_writer, source, OgpJson.GetTypeInfo<DatasetSource>());
        }

        _writer.WritePropertyName("columns"u8);
        _writer.WriteStartArray();
        foreach (var column in columns)
        {
            _writer.WriteStringValue(column);
        }

        _writer.WriteEndArray();
        _writer.WritePropertyName("records"u8);
        _writer.WriteStartArray();
    }

    /// <summary>Writes one record.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="InvalidOperationException">The document was completed.</exception>
    public void Write(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckOpen();
        JsonSerializer.Serialize(_writer, record, _recordInfo);
        if (_writer.BytesPending > FlushThreshold)
        {
            _writer.Flush();
        }
    }

    /// <summary>Writes one record, flushing asynchronously when enough is pending.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="InvalidOperationException">The document was completed.</exception>
    public async ValueTask WriteAsync(DatasetRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckOpen();
        JsonSerializer.Serialize(_writer, record, _recordInfo);
        if (_writer.BytesPending > FlushThreshold)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the records and the document, and flushes.</summary>
    public void Complete()
    {
        CheckOpen();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _completed = true;
    }

    /// <summary>Ends the records and the document, and flushes, asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        CheckOpen();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.WriteByte((byte)'\n');
        _completed = true;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void CheckOpen()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The document is complete.");
        }
    }
}
