namespace OpenGov.Model;

/// <summary>The OGP values against which the IRM assesses a commitment's relevance.</summary>
public enum OgpValue
{
    /// <summary>Access to information: more or better information disclosed to the public.</summary>
    AccessToInformation,

    /// <summary>Civic participation: more or better opportunities for the public to inform or influence decisions.</summary>
    CivicParticipation,

    /// <summary>Public accountability: rules, regulations and mechanisms that call on officials to justify their actions.</summary>
    PublicAccountability,

    /// <summary>Technology and innovation for transparency and accountability.</summary>
    TechnologyAndInnovation,
}
