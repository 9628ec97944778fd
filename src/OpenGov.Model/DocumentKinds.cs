using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>The kinds of <see cref="OgpDocument"/>, as the <c>kind</c> property writes them.</summary>
public static class DocumentKinds
{
    /// <summary>An action plan with its member and commitments: <see cref="ActionPlan"/>.</summary>
    public const string ActionPlan = "action-plan";

    /// <summary>An OGP Local End of Commitment Report: <see cref="EndOfCommitmentReport"/>.</summary>
    public const string EndOfCommitmentReport = "end-of-commitment-report";

    /// <summary>An OGP Local Inception Report: <see cref="InceptionReport"/>.</summary>
    public const string InceptionReport = "inception-report";

    /// <summary>An IRM Action Plan Review: <see cref="ActionPlanReview"/>.</summary>
    public const string ActionPlanReview = "action-plan-review";

    /// <summary>An IRM Results Report: <see cref="ResultsReport"/>.</summary>
    public const string ResultsReport = "results-report";

    /// <summary>A government's self-assessment report, at mid-term or end of term: <see cref="SelfAssessmentReport"/>.</summary>
    public const string SelfAssessmentReport = "self-assessment-report";

    /// <summary>An implementation tracker: sub-commitments and their status per update round: <see cref="ImplementationTracker"/>.</summary>
    public const string ImplementationTracker = "implementation-tracker";

    /// <summary>A dataset of commitments, such as the IRM commitment dataset: <see cref="CommitmentDataset"/>.</summary>
    public const string CommitmentDataset = "commitment-dataset";

    /// <summary>The result of a validation: <see cref="Validation.ValidationReport"/>.</summary>
    public const string ValidationReport = "validation-report";

    /// <summary>A summary of a commitment dataset: indicator shares, distributions, coverage, agreement: <see cref="Analysis.DatasetSummary"/>.</summary>
    public const string DatasetSummary = "dataset-summary";

    /// <summary>What changed between two releases of a commitment dataset: <see cref="Analysis.DatasetDifference"/>.</summary>
    public const string DatasetDifference = "dataset-difference";

    /// <summary>A summary of an implementation tracker: roll-up, counts, evidence, agreement with the IRM: <see cref="Analysis.ImplementationSummary"/>.</summary>
    public const string ImplementationSummary = "implementation-summary";

    /// <summary>What changed between two update rounds of an implementation tracker: <see cref="Analysis.ImplementationDifference"/>.</summary>
    public const string ImplementationDifference = "implementation-difference";

    /// <summary>Gets every kind, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [ActionPlan, EndOfCommitmentReport, InceptionReport, ActionPlanReview, ResultsReport, SelfAssessmentReport, ImplementationTracker, CommitmentDataset, ValidationReport, DatasetSummary, DatasetDifference, ImplementationSummary, ImplementationDifference];
}
