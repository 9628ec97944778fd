using System;
using System.Globalization;

namespace OpenGov.Model;

/// <summary>
/// The label and the token of a value of a codelist (the scales of <c>OpenGov.Model</c>: completion,
/// results, regions and the others) and of a recorded one: <c>level.ToLabel()</c> gives <c>Substantial</c>,
/// <c>level.ToLabel(CultureInfo.GetCultureInfo("es"))</c> gives <c>Sustancial</c>, <c>level.ToToken()</c> gives
/// <c>substantial</c>.
/// </summary>
/// <remarks>
/// <para>The labels come from the value's <see cref="Codelist{T}.Default"/>: the English one is
/// <see cref="CodelistEntry{T}.Label"/>, as the OGP glossary writes it; the Spanish, French and Portuguese ones are
/// the library's, the words OGP Local's forms use where they have them. Reading (<see cref="Codelist{T}.Read"/>)
/// accepts all four. The token is <see cref="CodelistEntry{T}.Token"/>, the JSON format's spelling.</para>
/// <para>Printing a value does not change: <c>$"{recorded}"</c> gives the token of a recorded value, and an
/// enumeration value prints its member name as C# does. Ask for the label where people read it.</para>
/// </remarks>
public static class Labels
{
    /// <summary>Gets the label of a value in the language of the current UI culture, as <see cref="ToLabel{T}(T, CultureInfo?)"/> gives it.</summary>
    /// <typeparam name="T">The enumeration of a codelist of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no codelist in the library.</exception>
    public static string ToLabel<T>(this T value)
        where T : struct, Enum =>
        value.ToLabel(null);

    /// <summary>
    /// Gets the label of a value in a language: Spanish, French or Portuguese when the culture's language is
    /// one of those, else English.
    /// </summary>
    /// <typeparam name="T">The enumeration of a codelist of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture, or <see langword="null"/> for the current UI culture.</param>
    /// <returns>The label, such as <c>Not Started</c>, <c>No iniciado</c>, <c>Non commencé</c> or <c>Não iniciado</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no codelist in the library.</exception>
    public static string ToLabel<T>(this T value, CultureInfo? culture)
        where T : struct, Enum =>
        Entry(value).LabelIn(culture ?? CultureInfo.CurrentUICulture);

    /// <summary>Gets the token of a value, the JSON format's spelling of it, such as <c>not-started</c>.</summary>
    /// <typeparam name="T">The enumeration of a codelist of the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no codelist in the library.</exception>
    public static string ToToken<T>(this T value)
        where T : struct, Enum =>
        Entry(value).Token;

    /// <summary>Gets the label of a recorded value in the language of the current UI culture, as <see cref="ToLabel{T}(Recorded{T}, CultureInfo?)"/> gives it.</summary>
    /// <typeparam name="T">The enumeration of a codelist of the library.</typeparam>
    /// <param name="value">The recorded value.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no codelist in the library.</exception>
    public static string ToLabel<T>(this Recorded<T> value)
        where T : struct, Enum =>
        value.ToLabel(null);

    /// <summary>
    /// Gets the label of a recorded value in a language: the label of its value; for a missing one, the name of
    /// its kind (<c>Not answered</c>, <c>No data</c>, <c>Not reviewed</c>, <c>Not applicable</c>, and their
    /// translations); for an unrecognized one, its text as it was written.
    /// </summary>
    /// <typeparam name="T">The enumeration of a codelist of the library.</typeparam>
    /// <param name="value">The recorded value.</param>
    /// <param name="culture">The culture, or <see langword="null"/> for the current UI culture.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no codelist in the library.</exception>
    public static string ToLabel<T>(this Recorded<T> value, CultureInfo? culture)
        where T : struct, Enum =>
        LabelIn(value, LanguageIndex(culture ?? CultureInfo.CurrentUICulture));

    /// <summary>
    /// The label of a recorded value in a language by its place among the translations (0 Spanish, 1 French, 2
    /// Portuguese; null English), without a <see cref="CultureInfo"/>: a process in globalization-invariant mode has
    /// no culture of those languages.
    /// </summary>
    internal static string LabelIn<T>(Recorded<T> value, int? language)
        where T : struct, Enum
    {
        if (value.TryGetValue(out var v))
        {
            return Entry(v).LabelIn(language);
        }

        if (value.IsUnrecognized)
        {
            return value.UnrecognizedText!;
        }

        var names = value.State switch
        {
            RecordedState.NoData => NoData,
            RecordedState.NotReviewed => NotReviewed,
            RecordedState.NotApplicable => NotApplicable,
            _ => NotAnswered,
        };
        return names[(language ?? -1) + 1];
    }

    /// <summary>
    /// Gets the token of a recorded value, as the JSON format writes it: the value's token, the missing kind's
    /// (<c>no-data</c>, <c>not-reviewed</c>, <c>not-applicable</c>, <c>not-answered</c>), or an unrecognized text
    /// as it was written.
    /// </summary>
    /// <typeparam name="T">The enumeration of a codelist of the library.</typeparam>
    /// <param name="value">The recorded value.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no codelist in the library.</exception>
    public static string ToToken<T>(this Recorded<T> value)
        where T : struct, Enum =>
        value.TryGetValue(out var v) ? v.ToToken()
        : value.IsUnrecognized ? value.UnrecognizedText!
        : MissingTokens.Token(value.State);

    private static CodelistEntry<T> Entry<T>(T value)
        where T : struct, Enum =>
        CodelistRegistry.Has(typeof(T))
            ? Codelist<T>.Default[value]
            : throw new NotSupportedException($"{typeof(T).Name} has no codelist in OpenGov.Model, so no label.");

    private static readonly string[] NotAnswered = ["Not answered", "Sin respuesta", "Sans réponse", "Sem resposta"];
    private static readonly string[] NoData = ["No data", "Sin datos", "Aucune donnée", "Sem dados"];
    private static readonly string[] NotReviewed = ["Not reviewed", "No revisado", "Non examiné", "Não revisado"];
    private static readonly string[] NotApplicable = ["Not applicable", "No aplica", "Non applicable", "Não se aplica"];

    /// <summary>The index of a culture's language among the translations: 0 Spanish, 1 French, 2 Portuguese; <see langword="null"/> for English and the others.</summary>
    internal static int? LanguageIndex(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "es" => 0,
        "fr" => 1,
        "pt" => 2,
        _ => null,
    };
}
