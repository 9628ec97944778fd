using System;

namespace OpenGov.Model;

/// <summary>How <see cref="OgpReader"/> reads an input: what it may detect, what it is told, its limits.</summary>
/// <remarks>
/// The options bind from a host's configuration (<c>configuration.GetSection("...").Get&lt;OgpReaderOptions&gt;()</c>):
/// <c>Kind</c> and <c>Encoding</c> by the names of their members, <c>Delimiter</c> as a one-character string.
/// Limits out of range are refused when an input is opened with the options.
/// The configuration binder's source generator (<c>EnableConfigurationBindingGenerator</c>) sets no
/// <see langword="init"/> property as of .NET 10, and so binds none of these options: bind them with the binder's
/// reflection, or build them in code.
/// </remarks>
public sealed record OgpReaderOptions
{
    /// <summary>The default limit on one record of an input: 16 MiB.</summary>
    public const int DefaultMaxRecordLength = Utf8JsonInput.DefaultMaxTokenLength;

    /// <summary>The default options: everything detected from the content.</summary>
    /// <remarks>
    /// A field, not a property: a configuration binder binds every property it can read, static ones too, and a
    /// <c>Default</c> key in a host's configuration would otherwise be bound into this shared instance.
    /// </remarks>
    public static readonly OgpReaderOptions Default = new();

    /// <summary>Gets a name for the input, such as a file name, used in findings and messages.</summary>
    public string? InputName { get; init; }

    /// <summary>Gets the kind of input, or <see langword="null"/> (the default) to tell it from the content.</summary>
    public InputKind? Kind { get; init; }

    /// <summary>
    /// Gets the encoding of the input, or <see langword="null"/> (the default) to detect it: a byte order mark,
    /// UTF-16 without one, UTF-8, or else Windows-1252 with a finding.
    /// </summary>
    public InputEncoding? Encoding { get; init; }

    /// <summary>Gets the delimiter of a CSV input, or <see langword="null"/> (the default) to detect it from the header: comma, semicolon or tab.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Gets the name of the sheet to read from a workbook (any case), or <see langword="null"/> (the default) for
    /// the first sheet headed like the dataset, else the first sheet. A name the workbook does not have makes
    /// the input unreadable, and the message lists the sheets it has.
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// Gets the longest record the reader holds, in characters of a CSV row or a page, or bytes of a JSON
    /// value (a row, a record, a single string or number of a document): 16 MiB by default. A CSV row over it
    /// outside quotes stops the reading with a finding; a JSON value over it, a page over it, cannot be read.
    /// </summary>
    public int MaxRecordLength { get; init; } = DefaultMaxRecordLength;

    /// <summary>
    /// Gets the longest JSON document the reader holds whole, in bytes: a document that is not a dataset (a
    /// report, a plan, a review, a summary), which is read into memory at once. 16 MiB by default; a document
    /// over it cannot be read. A model in memory takes some tens of times the bytes of its JSON, so this bounds
    /// what one input can make the reader hold. Datasets are read row by row and are not bound by it.
    /// </summary>
    public long MaxDocumentLength { get; init; } = DefaultMaxRecordLength;

    /// <summary>
    /// Gets the most JSON objects and arrays of a document read whole: 250,000 by default. Each becomes an
    /// object of the model, many times the bytes it takes in JSON (an empty commitment <c>{}</c> is three bytes
    /// and some hundreds in memory), so that this bounds the memory a document can take below
    /// <see cref="MaxDocumentLength"/> whatever its shape. A document with more cannot be read.
    /// </summary>
    public long MaxDocumentObjects { get; init; } = 250_000;

    /// <summary>
    /// Gets the most bytes copied to a temporary file for an input that cannot seek (a pipe, standard input)
    /// and must be read twice, as JSON rows are (once for their keys, once for their rows): 1 GiB by default.
    /// An input over it cannot be read. The copy has no name in the file system where the platform allows it,
    /// so that no signal can leave it behind. It also bounds the characters of a workbook's shared strings,
    /// which every reader of the format holds whole.
    /// </summary>
    public long MaxSpoolLength { get; init; } = 1L << 30;

    /// <summary>
    /// Gets the most columns of a dataset, and cells of one row: 4,096 by default (the IRM dataset has
    /// 171). A header, or the keys of JSON rows, with more cannot be read; a CSV row with more stops the
    /// reading with a finding (OGP508), as a row over <see cref="MaxRecordLength"/> does.
    /// </summary>
    public int MaxColumns { get; init; } = 4096;

    /// <summary>Gets how many findings of reading are kept in full (the others are counted): 10,000 by default.</summary>
    public int MaxFindings { get; init; } = 10_000;

    /// <summary>Gets whether disposing the input leaves the stream it was opened on open. False by default: the input owns its stream.</summary>
    public bool LeaveOpen { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A limit is not positive, or the delimiter is a quote, a line break or a letter or digit.</exception>
    internal void Validate()
    {
        if (MaxRecordLength < 1024)
        {
            throw new ArgumentException($"{nameof(MaxRecordLength)} must be at least 1024; it is {MaxRecordLength}.", nameof(MaxRecordLength));
        }

        if (MaxDocumentLength < 1024)
        {
            throw new ArgumentException($"{nameof(MaxDocumentLength)} must be at least 1024; it is {MaxDocumentLength}.", nameof(MaxDocumentLength));
        }

        if (MaxDocumentObjects < 1)
        {
            throw new ArgumentException($"{nameof(MaxDocumentObjects)} must be at least 1; it is {MaxDocumentObjects}.", nameof(MaxDocumentObjects));
        }

        if (MaxSpoolLength < 0)
        {
            throw new ArgumentException($"{nameof(MaxSpoolLength)} must not be negative; it is {MaxSpoolLength}.", nameof(MaxSpoolLength));
        }

        if (MaxColumns < 1)
        {
            throw new ArgumentException($"{nameof(MaxColumns)} must be at least 1; it is {MaxColumns}.", nameof(MaxColumns));
        }

        if (MaxFindings < 0)
        {
            throw new ArgumentException($"{nameof(MaxFindings)} must not be negative; it is {MaxFindings}.", nameof(MaxFindings));
        }

        if (Delimiter is { } d && (d is '"' or '\r' or '\n' || char.IsLetterOrDigit(d)))
        {
            throw new ArgumentException($"A CSV delimiter cannot be a quote, a line break, a letter or a digit; it is '{d}'.", nameof(Delimiter));
        }
    }
}
