namespace OpenGov.Model;

/// <summary>A piece of evidence for question 1.3: a link or the name of an uploaded file.</summary>
[OgpJsonObject]
public sealed partial record Evidence : OgpRecord
{
    /// <summary>Gets the address of the link or the name of the file.</summary>
    public partial string? Reference { get; init; }

    /// <summary>Gets what the evidence shows, if the report says.</summary>
    public partial string? Description { get; init; }
}
