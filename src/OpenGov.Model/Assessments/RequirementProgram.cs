namespace OpenGov.Model;

/// <summary>Whose minimum requirement of the co-creation process a <see cref="CoCreationRequirement"/> is.</summary>
public enum RequirementProgram
{
    /// <summary>OGP Local's, asked in an Inception Report.</summary>
    Local,

    /// <summary>The national standards' (OGP Participation and Co-Creation Standards), reviewed by the IRM.</summary>
    National,
}
