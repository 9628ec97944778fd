using System.Globalization;
using System.Text;

namespace OpenGov.Model;

/// <summary>Writes a report page in a language, following the layout the readers read: a label, a blank line, the value, a blank line.</summary>
internal sealed class PageWriter(PageVocabulary language)
{
    private readonly StringBuilder _text = new();

    /// <summary>Writes a line.</summary>
    public void Line(string? value = null) => _text.Append(value).Append('\n');

    /// <summary>Writes a paragraph and a blank line; nothing for no text.</summary>
    public void Block(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Line(value);
            Line();
        }
    }

    /// <summary>Writes the page's heading, with the text after it when there is one.</summary>
    public void Heading(PageKind kind, string? text)
    {
        var heading = language.Headings[kind][0];
        Line(text is { Length: > 0 } ? heading + " – " + text : heading);
        Line();
    }

    /// <summary>Writes a header field's label and its value, or the words for a value not given.</summary>
    public void Field(PageField field, string? value)
    {
        Line(language.Label(field));
        Line();
        Block(string.IsNullOrEmpty(value) ? language.NotGiven : value);
    }

    /// <summary>Writes a section's heading and title.</summary>
    public void Section(PageKind kind, int number)
    {
        Line(language.SectionWords[0] + " " + number.ToString(CultureInfo.InvariantCulture) + ".");
        Line(language.SectionTitle(kind, number));
        Line();
    }

    /// <summary>Writes a part's label and its text.</summary>
    public void Part(PagePart part, string? text)
    {
        Line(language.Part(part));
        Line();
        Block(text);
    }

    /// <summary>Writes the evidence of an answer under its label, one piece per line.</summary>
    public void Evidence(ValueList<Evidence> evidence)
    {
        Line(language.Part(PagePart.Evidence));
        Line();
        foreach (var piece in evidence)
        {
            Line(piece.Description is null ? piece.Reference : piece.Reference + " — " + piece.Description);
        }

        Line();
    }

    /// <summary>Ends the page (<see cref="PageText.EndPage"/>) and gives its text.</summary>
    public string End() => PageText.EndPage(_text.ToString(), language);
}
