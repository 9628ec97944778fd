using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model;

/// <summary>
/// The one way in: opens any input the library reads (a document of its JSON format, the IRM commitment
/// dataset as CSV or as JSON rows, an End of Commitment Report page as text) and tells from the content
/// what it is, its encoding and, for CSV, its delimiter. The input is read as it comes, never whole.
/// </summary>
/// <remarks>
/// <para>Invalid data gives findings with their line and column (<see cref="OgpInput.Findings"/>), not
/// exceptions. The readers let out <see cref="OgpReadException"/> (its subclass
/// <see cref="OgpJsonException"/> for JSON) for input that cannot be read at all,
/// <see cref="ArgumentNullException"/> and <see cref="OperationCanceledException"/>, nothing else.</para>
/// </remarks>
/// <example>
/// <code>
/// using var input = OgpReader.OpenFile("report.txt");           // or a CSV file, JSON rows, a JSON document
/// var document = input.ReadDocument();                      // an EndOfCommitmentReport here
/// var findings = new OgpValidator().Validate(document);
/// </code>
/// </example>
public static class OgpReader
{
    /// <summary>Opens a stream.</summary>
    /// <param name="stream">The input; it is read from its current position and, unless <see cref="OgpReaderOptions.LeaveOpen"/>, disposed with the input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="OgpReadException">The input is none of the kinds the library reads, or cannot be read.</exception>
    public static OgpInput Open(Stream stream, OgpReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);

        options ??= OgpReaderOptions.Default;
        options.Validate();
        try
        {
            return OgpInput.Open(stream, options);
        }
        catch (IOException e)
        {
            DisposeUnlessLeftOpen(stream, options);
            throw new OgpReadException($"The input could not be read: {e.Message}", options.InputName, null, e);
        }
        catch
        {
            DisposeUnlessLeftOpen(stream, options);
            throw;
        }
    }

    /// <summary>Opens a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults; the file's name is the input's name unless they give one.</param>
    /// <exception cref="OgpReadException">The file cannot be opened, or is none of the kinds the library reads.</exception>
    public static OgpInput OpenFile(string path, OgpReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);

        options ??= OgpReaderOptions.Default;
        return Open(OpenFile(path, options, useAsync: false), options with { InputName = options.InputName ?? Path.GetFileName(path), LeaveOpen = false });
    }

    /// <summary>Opens text already in memory, such as a page a program has scraped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="OgpReadException">The text is none of the kinds the library reads.</exception>
    public static OgpInput OpenText(string text, OgpReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        options ??= OgpReaderOptions.Default;
        return Open(new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), options with { Encoding = InputEncoding.Utf8, LeaveOpen = false });
    }

    /// <summary>Opens a stream asynchronously: the first bytes are read to tell what it is, and a dataset's header.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <exception cref="OgpReadException">The input is none of the kinds the library reads, or cannot be read.</exception>
    public static async ValueTask<OgpInput> OpenAsync(Stream stream, OgpReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);

        options ??= OgpReaderOptions.Default;
        options.Validate();
        try
        {
            return await OgpInput.OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            DisposeUnlessLeftOpen(stream, options);
            throw new OgpReadException($"The input could not be read: {e.Message}", options.InputName, null, e);
        }
        catch
        {
            DisposeUnlessLeftOpen(stream, options);
            throw;
        }
    }

    /// <summary>Opens a file asynchronously.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <exception cref="OgpReadException">The file cannot be opened, or is none of the kinds the library reads.</exception>
    public static ValueTask<OgpInput> OpenFileAsync(string path, OgpReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);

        options ??= OgpReaderOptions.Default;
        return OpenAsync(OpenFile(path, options, useAsync: true), options with { InputName = options.InputName ?? Path.GetFileName(path), LeaveOpen = false }, cancellationToken);
    }

    private static FileStream OpenFile(string path, OgpReaderOptions options, bool useAsync)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync ? FileOptions.Asynchronous | FileOptions.SequentialScan : FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OgpReadException($"The file cannot be opened: {e.Message}", options.InputName ?? path, null, e);
        }
    }

    private static void DisposeUnlessLeftOpen(Stream stream, OgpReaderOptions options)
    {
        if (!options.LeaveOpen)
        {
            stream.Dispose();
        }
    }
}
