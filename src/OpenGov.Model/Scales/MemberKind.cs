namespace OpenGov.Model;

/// <summary>What kind of OGP member a government is.</summary>
public enum MemberKind
{
    /// <summary>A national government.</summary>
    National,

    /// <summary>A local government of OGP Local (2020 onwards): a city, state, province or region.</summary>
    Local,

    /// <summary>A local pioneer of the subnational programme before 2020.</summary>
    LegacyLocal,

    /// <summary>Another kind of member, as the commitment dataset records it.</summary>
    Other,
}
