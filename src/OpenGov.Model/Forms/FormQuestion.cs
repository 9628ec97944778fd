namespace OpenGov.Model.Validation;

/// <summary>The question or field of a form a finding is about: its number where it has one, and its wording or label.</summary>
/// <param name="Number">The number on the form, such as <c>2.1.1</c>; null for a field without one.</param>
/// <param name="Text">The wording of the question, or the label of the field.</param>
internal readonly record struct FormQuestion(string? Number, string? Text)
{
    /// <summary>A question of the End of Commitment Report.</summary>
    public static FormQuestion Of(ReportQuestion question) => new(question.GetNumber(), question.GetText());

    /// <summary>A field of a report's header, by its label.</summary>
    public static FormQuestion Field(string label) => new(null, label);
}
