using System;

namespace OpenGov.Model;

/// <summary>One value of a <see cref="Codelist{T}"/> with everything known about it.</summary>
/// <typeparam name="T">The enumeration of the values.</typeparam>
public sealed record CodelistEntry<T>
    where T : struct, Enum
{
    internal CodelistEntry(T value, string token, string label, int ordinal, int? datasetCode, string definition, ValueList<string> aliases)
    {
        Value = value;
        Token = token;
        Label = label;
        Ordinal = ordinal;
        DatasetCode = datasetCode;
        Definition = definition;
        Aliases = aliases;
    }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets the canonical JSON token: the kebab-case of the label, such as <c>not-started</c>.</summary>
    public string Token { get; }

    /// <summary>Gets the canonical label, as the OGP glossary writes it, such as <c>Not Started</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the position of the value on its scale, from 0 for the lowest; values of unordered lists count in their order.</summary>
    public int Ordinal { get; }

    /// <summary>Gets the numeric code of the value in the IRM commitment dataset, where it has one.</summary>
    public int? DatasetCode { get; }

    /// <summary>Gets what the value means, from the OGP source of the list.</summary>
    public string Definition { get; }

    /// <summary>Gets other spellings seen in OGP data; reading accepts them, writing uses <see cref="Label"/> or <see cref="Token"/>.</summary>
    public ValueList<string> Aliases { get; }

    /// <summary>Gets the labels in Spanish, French and Portuguese, in that order; empty where the list has none.</summary>
    internal string[] Translations { get; init; } = [];

    /// <summary>The label in a culture's language: Spanish, French or Portuguese where the list has it, else English.</summary>
    internal string LabelIn(System.Globalization.CultureInfo culture) => LabelIn(Labels.LanguageIndex(culture));

    /// <summary>The label in a language by its place among the translations (0 Spanish, 1 French, 2 Portuguese; null English).</summary>
    internal string LabelIn(int? language) => language is { } i && i < Translations.Length ? Translations[i] : Label;

    /// <summary>Returns the label.</summary>
    public override string ToString() => Label;
}
