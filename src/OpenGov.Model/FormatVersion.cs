namespace OpenGov.Model;

/// <summary>The versions of the JSON format: the one written, the one a document without a version is read as.</summary>
internal static class FormatVersion
{
    /// <summary>The version this library writes.</summary>
    public const string Current = "1.0";

    /// <summary>The version of a document that does not state one.</summary>
    public const string Default = "1.0";
}
