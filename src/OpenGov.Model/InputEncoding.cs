namespace OpenGov.Model;

/// <summary>The character encoding of an input, as <see cref="OgpReader"/> detects it or as it is told.</summary>
/// <remarks>
/// Detection: a byte order mark decides (UTF-8, UTF-16 and UTF-32 in either byte order); without one, text
/// whose every other byte is zero is UTF-16; text that is valid UTF-8 is UTF-8; anything else is read as
/// Windows-1252 (what spreadsheets on Windows write), with a finding that says so. JSON is always UTF-8 or
/// has a byte order mark.
/// </remarks>
public enum InputEncoding
{
    /// <summary>UTF-8, with or without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-16, little-endian (what Windows calls "Unicode").</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16, big-endian.</summary>
    Utf16BigEndian,

    /// <summary>UTF-32, little-endian.</summary>
    Utf32LittleEndian,

    /// <summary>UTF-32, big-endian.</summary>
    Utf32BigEndian,

    /// <summary>Windows-1252, the Western European code page of Windows and of Excel's CSV files.</summary>
    Windows1252,

    /// <summary>ISO 8859-1 (Latin-1): every byte is the character of the same number.</summary>
    Latin1,
}
