namespace OpenGov.Model;

/// <summary>
/// A minimum requirement of the co-creation process, as a question an assessor answers: OGP Local's
/// (asked in section 1 of an Inception Report) or the national standards' (reviewed by the IRM).
/// The catalogue is <see cref="CoCreationRequirements"/>.
/// </summary>
/// <param name="Key">The requirement's stable key, such as <c>forum</c>; what JSON records.</param>
/// <param name="Number">The question's number on the Inception Report form, such as <c>1.1</c>; <see langword="null"/> when the form does not number it.</param>
/// <param name="Text">The question in English, such as <c>Does a forum exist?</c>.</param>
/// <param name="Program">Whose requirement it is.</param>
/// <param name="Translations">The question in other languages as published pages write it, for reading them.</param>
public sealed record CoCreationRequirement(string Key, string? Number, string Text, RequirementProgram Program, ValueList<string> Translations);
