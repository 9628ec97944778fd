namespace OpenGov.Model;

/// <summary>
/// An implementation tracker: how a government or civil society follows an action plan between IRM reports,
/// commitment by commitment, with each commitment split into sub-commitments or milestones and a status per
/// update round. A root document of the JSON format (kind <c>implementation-tracker</c>); read a tracker sheet
/// (CSV, JSON rows or a workbook sheet) with <see cref="OgpReader"/>.
/// </summary>
/// <example>
/// <code>
/// using var input = OgpReader.OpenFile("tracker.csv");
/// var tracker = input.ReadDocument&lt;ImplementationTracker&gt;();
/// var summary = ImplementationAnalysis.Summarize(tracker);
/// </code>
/// </example>
[OgpJsonObject(DocumentKind = DocumentKinds.ImplementationTracker)]
public sealed partial record ImplementationTracker : OgpDocument
{
    /// <summary>Gets the identifier of the plan, such as <c>AP_USA05</c>.</summary>
    public partial ActionPlanId? ActionPlanId { get; init; }

    /// <summary>Gets the member's name.</summary>
    public partial string? MemberName { get; init; }

    /// <summary>Gets the action plan's title.</summary>
    public partial string? ActionPlanTitle { get; init; }

    /// <summary>Gets when the plan's implementation period starts.</summary>
    public partial Recorded<PartialDate> Start { get; init; }

    /// <summary>Gets when the plan's implementation period ends.</summary>
    public partial Recorded<PartialDate> End { get; init; }

    /// <summary>Gets the commitments tracked, in the tracker's order.</summary>
    public partial ValueList<TrackedCommitment> Commitments { get; init; }
}
