using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>One finding of validation: which rule, how serious, where (a JSON Pointer into the document, and the line and column of the source when the data was imported), what is wrong and the offending value.</summary>
[OgpJsonObject]
public sealed partial record Finding
{
    /// <summary>
    /// Gets <see cref="Path"/> without its indices, such as <c>/commitments/milestones/end</c>, to group
    /// findings about the same field.
    /// </summary>
    [JsonPropertyName("fieldPath")]
    public string FieldPath => JsonPointer.WithoutIndices(Path);

    /// <summary>Gets the code of the rule, such as <c>OGP110</c>; see <see cref="ValidationRules"/>.</summary>
    public partial string Code { get; init; }

    /// <summary>Gets how serious the finding is (the rule's severity unless the options change it).</summary>
    public partial FindingSeverity Severity { get; init; }

    /// <summary>Gets what kind of check found it.</summary>
    public partial FindingCategory Category { get; init; }

    /// <summary>Gets where: a JSON Pointer into the document in the library's JSON format, with indices, such as <c>/commitments/3/milestones/0/end</c>.</summary>
    public partial string Path { get; init; }

    /// <summary>Gets what is wrong, in words a person understands without the documentation.</summary>
    public partial string Message { get; init; }

    /// <summary>Gets the offending value as text, where there is one.</summary>
    public partial string? Value { get; init; }

    /// <summary>Gets the line of the source the value came from, from 1, when it was imported from a file.</summary>
    public partial int? Line { get; init; }

    /// <summary>Gets the column of the source, from 1: a character position in text, a column number in a table.</summary>
    public partial int? Column { get; init; }

    /// <summary>
    /// Gets the number of the form's question the finding is about, such as <c>1.1</c> or <c>2.1.3</c>; null when
    /// the finding is about no numbered question (a field of the header, a row of a dataset).
    /// </summary>
    public partial string? QuestionNumber { get; init; }

    /// <summary>
    /// Gets the wording of the form's question the finding is about, or the label of the field (such as
    /// <c>Member name</c>); null when the finding is about no question or field of a form. The message does not
    /// repeat it.
    /// </summary>
    public partial string? Question { get; init; }

    /// <summary>
    /// Returns the finding on one line: severity, code, the question's number where there is one, the message, and
    /// where (the source's line and column where known, else the path), such as
    /// <c>error OGP110 1.1: No level of progress is chosen. (at /completion/level)</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Severity switch { FindingSeverity.Error => "error", FindingSeverity.Warning => "warning", _ => "info" })
            .Append(' ').Append(Code);
        if (QuestionNumber is { } number)
        {
            text.Append(' ').Append(number);
        }

        text.Append(": ").Append(OneLine(Message)).Append(" (at ");
        if (Line is { } line)
        {
            text.Append("line ").Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Column is { } column)
            {
                text.Append(", column ").Append(column.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            text.Append(", ");
        }

        return text.Append(Path.Length == 0 ? "/" : Path).Append(')').ToString();
    }

    private static string OneLine(string text) =>
        text.IndexOfAny(['\r', '\n']) < 0 ? text : text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
