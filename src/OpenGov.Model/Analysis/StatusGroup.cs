namespace OpenGov.Model.Analysis;

/// <summary>A group of sub-commitments and milestones (a theme, an agency, an update round) counted by status.</summary>
[OgpJsonObject]
public sealed partial record StatusGroup
{
    /// <summary>Gets the group's name as the tracker writes it; empty for the items that give none.</summary>
    public partial string Name { get; init; }

    /// <summary>Gets the number of items in the group.</summary>
    public partial int Items { get; init; }

    /// <summary>Gets the items by status, in the codelist's order, then kept text and missing kinds.</summary>
    public partial ValueList<CategoryCount> Statuses { get; init; }
}
