using System.Text.Json.Serialization;

namespace OpenGov.Model.Validation;

/// <summary>How serious a finding is. In JSON: <c>info</c>, <c>warning</c>, <c>error</c>.</summary>
[JsonConverter(typeof(KebabEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>Probably wrong, or lost in the data's history; worth a look.</summary>
    Warning,

    /// <summary>Wrong or missing: the data is not valid or not complete.</summary>
    Error,
}
