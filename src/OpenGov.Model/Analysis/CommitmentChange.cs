namespace OpenGov.Model.Analysis;

/// <summary>A commitment present in both releases of a dataset whose cells differ: its identifier and each changed cell, in the dataset's order of columns.</summary>
[OgpJsonObject]
public sealed partial record CommitmentChange
{
    /// <summary>Gets the commitment's identifier, such as <c>AL0002</c> (with <c>#2</c>, <c>#3</c> … for the second and later rows of an identifier a release repeats).</summary>
    public partial string Id { get; init; }

    /// <summary>Gets the changed cells.</summary>
    public partial ValueList<FieldChange> Fields { get; init; }
}
