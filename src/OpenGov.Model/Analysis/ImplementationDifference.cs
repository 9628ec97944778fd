namespace OpenGov.Model.Analysis;

/// <summary>
/// What changed between two update rounds of an implementation tracker (two rounds of one tracker, or the
/// latest rounds of two of its releases): the sub-commitments added and removed, and each whose status or
/// progress changed. A root document of the JSON format (kind <c>implementation-difference</c>).
/// </summary>
[OgpJsonObject(DocumentKind = DocumentKinds.ImplementationDifference)]
public sealed partial record ImplementationDifference : OgpDocument
{
    /// <summary>Gets the name of the earlier input, such as a file name.</summary>
    public partial string? Old { get; init; }

    /// <summary>Gets the name of the later input.</summary>
    public partial string? New { get; init; }

    /// <summary>Gets the earlier round compared.</summary>
    public partial string? OldRound { get; init; }

    /// <summary>Gets the later round compared.</summary>
    public partial string? NewRound { get; init; }

    /// <summary>Gets the sub-commitments and milestones only the later round has.</summary>
    public partial ValueList<string> Added { get; init; }

    /// <summary>Gets the sub-commitments and milestones only the earlier round has.</summary>
    public partial ValueList<string> Removed { get; init; }

    /// <summary>Gets each sub-commitment or milestone whose status or progress changed, in the later round's order.</summary>
    public partial ValueList<StatusChange> Changed { get; init; }

    /// <summary>Gets how many sub-commitments and milestones both rounds have with the same status and progress.</summary>
    public partial int Unchanged { get; init; }

    /// <summary>Gets whether nothing changed.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty;
}
