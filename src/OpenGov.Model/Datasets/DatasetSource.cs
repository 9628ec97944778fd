using NodaTime;

namespace OpenGov.Model;

/// <summary>Where a commitment dataset comes from.</summary>
[OgpJsonObject]
public sealed partial record DatasetSource : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly DatasetSource Empty = new();

    /// <summary>Gets a title of the source, such as <c>IRM commitment dataset, open parliament extract</c>.</summary>
    public partial string? Title { get; init; }

    /// <summary>Gets the address the data was retrieved from.</summary>
    public partial string? Url { get; init; }

    /// <summary>Gets who publishes the data, such as <c>Open Government Partnership</c>.</summary>
    public partial string? Publisher { get; init; }

    /// <summary>Gets the day the data was retrieved.</summary>
    public partial LocalDate? RetrievedOn { get; init; }
}
