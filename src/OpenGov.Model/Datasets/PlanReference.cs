namespace OpenGov.Model;

/// <summary>The action plan a dataset row belongs to, as the IRM commitment dataset records it.</summary>
[OgpJsonObject]
public sealed partial record PlanReference : OgpRecord
{
    /// <summary>The shared instance with nothing recorded, the default of properties of this type.</summary>
    internal static readonly PlanReference Empty = new();

    /// <summary>Gets the plan's identifier, such as <c>AP_ALB01</c> ("Action Plan ID").</summary>
    public partial ActionPlanId? Id { get; init; }

    /// <summary>Gets the plan's number: 1 for the member's first plan ("Action Plan Number").</summary>
    public partial Recorded<int> Number { get; init; }

    /// <summary>Gets the year the plan was submitted ("Year Of Submission").</summary>
    public partial Recorded<int> SubmissionYear { get; init; }

    /// <summary>Gets the year the plan ends ("Action Plan End Year").</summary>
    public partial Recorded<int> EndYear { get; init; }

    /// <summary>Gets the plan's length in years ("Action Plan Duration (Years)").</summary>
    public partial Recorded<int> DurationYears { get; init; }
}
