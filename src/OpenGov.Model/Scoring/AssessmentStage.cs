namespace OpenGov.Model.Analysis;

/// <summary>The two IRM assessments of a commitment's implementation.</summary>
public enum AssessmentStage
{
    /// <summary>The mid-term assessment (the IRM progress report).</summary>
    Midterm,

    /// <summary>The end-of-term assessment (the IRM end-of-term or results report).</summary>
    EndOfTerm,
}
