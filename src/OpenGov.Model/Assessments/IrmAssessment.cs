using System.Text.Json.Serialization;

namespace OpenGov.Model.Assessments;

/// <summary>
/// The Independent Reporting Mechanism's assessment of one commitment: its design, when the plan
/// was reviewed, and its implementation, at mid-term and at the end of term.
/// </summary>
public sealed record IrmAssessment : OgpRecord
{
    /// <summary>Gets the year the mid-term report (Progress Report, or Action Plan Review) was published.</summary>
    [JsonIgnore]
    public Recorded<int> MidtermReportYear { get => _midtermReportYear; init => _midtermReportYear = value; }

    [JsonInclude, JsonPropertyName("midtermReportYear")]
    internal Recorded<int> _midtermReportYear;

    /// <summary>Gets the year the end-of-term report (End-of-Term Report, or Results Report) was published.</summary>
    [JsonIgnore]
    public Recorded<int> EndOfTermReportYear { get => _endOfTermReportYear; init => _endOfTermReportYear = value; }

    [JsonInclude, JsonPropertyName("endOfTermReportYear")]
    internal Recorded<int> _endOfTermReportYear;

    /// <summary>Gets the assessment of the commitment's design.</summary>
    [JsonIgnore]
    public DesignAssessment Design { get => _design; init => _design = value ?? DesignAssessment.Empty; }

    [JsonInclude, JsonPropertyName("design")]
    internal DesignAssessment _design = DesignAssessment.Empty;

    /// <summary>Gets the assessment of the commitment's implementation.</summary>
    [JsonIgnore]
    public ImplementationAssessment Implementation { get => _implementation; init => _implementation = value ?? ImplementationAssessment.Empty; }

    [JsonInclude, JsonPropertyName("implementation")]
    internal ImplementationAssessment _implementation = ImplementationAssessment.Empty;

    internal override void Normalize()
    {
        base.Normalize();
        _design ??= DesignAssessment.Empty;
        _implementation ??= ImplementationAssessment.Empty;
    }
}
