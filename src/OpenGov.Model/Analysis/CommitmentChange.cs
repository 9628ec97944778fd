namespace OpenGov.Model.Analysis;

/// <summary>A commitment present in both releases of a dataset whose cells differ: its row's name and each changed cell, in the dataset's order of columns.</summary>
[OgpJsonObject]
public sealed partial record CommitmentChange
{
    /// <summary>Gets the row's name: the commitment's identifier, such as <c>AL0002</c> (<see cref="DatasetRowName.Id"/>), with <c>#2</c>, <c>#3</c> … for the second and later rows of an identifier a release repeats.</summary>
    public partial DatasetRowName Row { get; init; }

    /// <summary>Gets the changed cells.</summary>
    public partial ValueList<FieldChange> Fields { get; init; }
}
