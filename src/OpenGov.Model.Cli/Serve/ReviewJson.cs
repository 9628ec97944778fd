using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OpenGov.Model.Cli.Serve;

/// <summary>The API's answer to a review: what the input was read as, and the library's own documents for the rest.</summary>
internal static class ReviewJson
{
    /// <summary>The review as one JSON object: <c>input</c> (name, kind, documentKind, encoding, delimiter, sheet, stoppedEarly), <c>validation</c> (a validation-report document), <c>summaries</c> (the dataset's summary under each convention) or <c>trackerSummary</c>, and <c>contents</c> for a document.</summary>
    public static string Write(Review review)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("input");
            json.WriteString("name", review.Name);
            json.WriteString("kind", review.Kind.ToString());
            if (review.DocumentKind is { } documentKind)
            {
                json.WriteString("documentKind", documentKind);
            }

            if (review.Kind != InputKind.DatasetWorkbook)
            {
                json.WriteString("encoding", ReviewPage.EncodingName(review.Encoding));
            }

            if (review.Delimiter is { } delimiter)
            {
                json.WriteString("delimiter", delimiter.ToString());
            }

            if (review.Sheet is { } sheet)
            {
                json.WriteString("sheet", sheet);
            }

            json.WriteBoolean("stoppedEarly", review.StoppedEarly);
            json.WriteEndObject();
            if (review.Validation is { } validation)
            {
                json.WritePropertyName("validation");
                json.WriteRawValue(OgpJson.Serialize(validation));
            }
            else
            {
                json.WriteStartArray("readingFindings");
                foreach (var finding in review.ReadingFindings)
                {
                    json.WriteStartObject();
                    json.WriteString("code", finding.Code);
                    json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                    json.WriteString("message", finding.Message);
                    if (finding.Line is { } line)
                    {
                        json.WriteNumber("line", line);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (review.StrictSummary is { } strict && review.DatasetSummary is { } dataset)
            {
                json.WriteStartObject("summaries");
                json.WritePropertyName("strict");
                json.WriteRawValue(OgpJson.Serialize(strict));
                json.WritePropertyName("dataset");
                json.WriteRawValue(OgpJson.Serialize(dataset));
                json.WriteEndObject();
            }

            if (review.TrackerSummary is { } tracker)
            {
                json.WritePropertyName("trackerSummary");
                json.WriteRawValue(OgpJson.Serialize(tracker));
            }

            if (review.Contents is { } contents)
            {
                json.WriteString("contents", contents);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
