using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Datasets;

/// <summary>
/// Reads the IRM commitment dataset as spreadsheet tools export its rows to JSON: an array of row
/// objects keyed by column header, or an object of rows keyed by commitment identifier
/// (<c>{"source": "…", "data": {"AL0002": {…}}}</c>). The rows are mapped by
/// <see cref="DatasetRowMapper"/>, the same mapping as the CSV reader's.
/// </summary>
public static class DatasetJsonRows
{
    private const string IdentityHeader = "Commitment Unique Identifier";

    /// <summary>Reads rows exported as JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the source, such as a file name, or <see langword="null"/>.</param>
    /// <exception cref="Serialization.OgpJsonException">The text is not JSON, or not one of the two shapes.</exception>
    public static DatasetImport Read(string json, string? source)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Read(Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Reads rows exported as JSON, from a stream read to its end.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <param name="source">A name for the source, such as a file name, or <see langword="null"/>.</param>
    /// <exception cref="Serialization.OgpJsonException">The input is not JSON, or not one of the two shapes.</exception>
    public static DatasetImport Read(Stream utf8Json, string? source)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.ToArray(), source);
    }

    /// <summary>Gets whether UTF-8 JSON looks like a row export: an array of objects, or an object with a "data" object.</summary>
    /// <param name="utf8Json">The start of the input, or all of it.</param>
    public static bool IsRowExport(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(SkipBom(utf8Json), isFinalBlock: false, state: default);
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

        return false;
    }

    private static DatasetImport Read(byte[] bytes, string? source)
    {
        var utf8 = SkipBom(bytes);
        try
        {
            var (headers, url) = ReadHeaders(utf8);
            var mapper = new DatasetRowMapper(headers);
            var findings = new List<Finding>(mapper.HeaderFindings);
            var records = new List<DatasetRecord>();
            if (mapper.HasIdentityColumn)
            {
                ReadRows(utf8, headers, mapper, records, findings);
            }

            return new DatasetImport
            {
                Dataset = new CommitmentDataset
                {
                    Source = source is null && url is null ? null : new DatasetSource { Title = source, Url = url },
                    Columns = mapper.Headers,
                    Records = ValueList.CreateRange(records),
                },
                Findings = ValueList.CreateRange(findings),
            };
        }
        catch (JsonException e)
        {
            throw Serialization.OgpJsonException.From(e);
        }
    }

    /// <summary>The union of the rows' keys, in order of first appearance; and the "source" of a keyed export.</summary>
    private static (List<string> Headers, string? Url) ReadHeaders(ReadOnlySpan<byte> utf8)
    {
        var headers = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? url = null;
        var keyed = false;
        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                CollectKeys(ref reader, headers, seen);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    Expect(ref reader, JsonTokenType.StartObject, "\"data\" must be an object of rows keyed by commitment identifier");
                    keyed = true;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        reader.Read();
                        CollectKeys(ref reader, headers, seen);
                    }
                }
                else if (reader.ValueTextEquals("source"u8))
                {
                    reader.Read();
                    url = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (!keyed)
            {
                throw new JsonException("Expected an array of rows, or an object with a \"data\" object of rows keyed by commitment identifier.");
            }

            if (seen.Add(IdentityHeader))
            {
                headers.Insert(0, IdentityHeader);
            }
        }
        else
        {
            throw new JsonException("Expected an array of rows, or an object with a \"data\" object of rows keyed by commitment identifier.");
        }

        return (headers, url);
    }

    private static void CollectKeys(ref Utf8JsonReader reader, List<string> headers, HashSet<string> seen)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Each row must be an object of cells keyed by column header");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var header = reader.GetString()!;
            if (seen.Add(header))
            {
                headers.Add(header);
            }

            reader.Read();
            reader.Skip();
        }
    }

    private static void ReadRows(ReadOnlySpan<byte> utf8, List<string> headers, DatasetRowMapper mapper, List<DatasetRecord> records, List<Finding> findings)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            index[headers[i]] = i;
        }

        var reader = new Utf8JsonReader(utf8);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                records.Add(mapper.Read(ReadCells(ref reader, index, null), records.Count, findings, null));
            }

            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var id = reader.GetString()!;
                reader.Read();
                records.Add(mapper.Read(ReadCells(ref reader, index, id), records.Count, findings, null));
            }
        }
    }

    private static string?[] ReadCells(ref Utf8JsonReader reader, Dictionary<string, int> index, string? id)
    {
        var cells = new string?[index.Count];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = index[reader.GetString()!];
            reader.Read();
            cells[column] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
                JsonTokenType.True => "TRUE",
                JsonTokenType.False => "FALSE",
                JsonTokenType.Null => string.Empty,
                _ => Raw(ref reader),
            };
        }

        if (id is not null && index.TryGetValue(IdentityHeader, out var identity) && string.IsNullOrEmpty(cells[identity]))
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

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException(message + ".");
        }
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> utf8) =>
        utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? utf8.Slice(3) : utf8;
}
