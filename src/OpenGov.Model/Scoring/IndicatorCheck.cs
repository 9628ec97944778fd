namespace OpenGov.Model.Analysis;

/// <summary>One indicator of one commitment: the computed value beside the value the dataset records.</summary>
[OgpJsonObject]
public sealed partial record IndicatorCheck
{
    /// <summary>Gets the indicator's name, such as <c>high-completion</c> (see <see cref="Indicators.All"/>).</summary>
    public partial string Indicator { get; init; }

    /// <summary>Gets the computed value: 1 or 0 for a yes/no indicator, the score for the IRM-based score, or "cannot tell".</summary>
    public partial IndicatorValue<int> Computed { get; init; }

    /// <summary>Gets the value the dataset records; <see cref="RecordedState.NotAnswered"/> when it has no such column.</summary>
    public partial Recorded<int> Recorded { get; init; }

    /// <summary>Gets how the two compare.</summary>
    public partial IndicatorAgreement Agreement { get; init; }
}
