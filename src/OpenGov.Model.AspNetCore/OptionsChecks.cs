using System;
using System.IO;
using Microsoft.Extensions.Options;
using OpenGov.Model.Validation;

namespace OpenGov.Model.AspNetCore;

/// <summary>
/// Checks the library's options where the host makes them (at start, with <c>ValidateOnStart</c>), so that a code that
/// names no rule or a limit out of range stops the host with its reason rather than failing each request.
/// </summary>
internal sealed class OptionsChecks : IValidateOptions<ValidationOptions>, IValidateOptions<OgpReaderOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ValidationOptions options)
    {
        try
        {
            // The validator checks its options when it is made.
            _ = new OgpValidator(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OgpReaderOptions options)
    {
        try
        {
            // The reader checks its options before it reads; an empty input is then refused for what it is.
            using var input = OgpReader.Open(Stream.Null, options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
        catch (OgpReadException)
        {
            return ValidateOptionsResult.Success;
        }
    }
}
