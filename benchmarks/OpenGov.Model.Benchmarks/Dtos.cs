using System.Collections.Generic;
using System.Text.Json;

namespace OpenGov.Model.Benchmarks;

// Plain classes of the same JSON shape, for what a program without this library would write:
// reflection-based System.Text.Json over mutable DTOs, recorded values as JsonElement.
#pragma warning disable CS8618

public sealed class PlanDto
{
    public string Kind { get; set; }
    public string SchemaVersion { get; set; }
    public string? Id { get; set; }
    public MemberDto? Member { get; set; }
    public int? Number { get; set; }
    public string? Title { get; set; }
    public JsonElement SubmissionYear { get; set; }
    public JsonElement Start { get; set; }
    public JsonElement End { get; set; }
    public List<CommitmentDto> Commitments { get; set; }
}

public sealed class MemberDto
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Country { get; set; }
    public string? Region { get; set; }
}

public sealed class CommitmentDto
{
    public string? Id { get; set; }
    public int? Number { get; set; }
    public string? Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? Theme { get; set; }
    public string? FullText { get; set; }
    public string? Problem { get; set; }
    public string? Objective { get; set; }
    public string? Contribution { get; set; }
    public string? LeadInstitution { get; set; }
    public string? SupportingInstitutions { get; set; }
    public JsonElement Start { get; set; }
    public JsonElement End { get; set; }
    public Dictionary<string, JsonElement> PolicyAreas { get; set; }
    public List<MilestoneDto> Milestones { get; set; }
    public AssessmentDto? Assessment { get; set; }
    public string? Url { get; set; }
}

public sealed class MilestoneDto
{
    public string? Description { get; set; }
    public string? Deliverable { get; set; }
    public JsonElement Start { get; set; }
    public JsonElement End { get; set; }
    public string? Completion { get; set; }
}

public sealed class AssessmentDto
{
    public JsonElement MidtermReportYear { get; set; }
    public JsonElement EndOfTermReportYear { get; set; }
    public DesignDto Design { get; set; }
    public ImplementationDto Implementation { get; set; }
}

public sealed class DesignDto
{
    public string? Specificity { get; set; }
    public string? Verifiable { get; set; }
    public RelevanceDto Relevance { get; set; }
    public string? PotentialImpact { get; set; }
    public string? PotentialForResults { get; set; }
    public JsonElement Compound { get; set; }
    public string? Cluster { get; set; }
    public JsonElement Clustered { get; set; }
    public JsonElement ClusterCommitments { get; set; }
}

public sealed class RelevanceDto
{
    public JsonElement AccessToInformation { get; set; }
    public JsonElement CivicParticipation { get; set; }
    public JsonElement PublicAccountability { get; set; }
    public JsonElement TechnologyAndInnovation { get; set; }
    public JsonElement Relevant { get; set; }
}

public sealed class ImplementationDto
{
    public string? CompletionMidterm { get; set; }
    public string? CompletionEndOfTerm { get; set; }
    public string? CompletionChange { get; set; }
    public string? OpenGovernment { get; set; }
    public string? OpenGovernmentAccessToInformation { get; set; }
    public string? OpenGovernmentCivicParticipation { get; set; }
    public string? OpenGovernmentPublicAccountability { get; set; }
    public string? EarlyResults { get; set; }
    public JsonElement StarredPre2015Formula { get; set; }
    public JsonElement StarredMidterm { get; set; }
    public JsonElement StarredEndOfTerm { get; set; }
    public JsonElement CarriedForward { get; set; }
}

public sealed class ReportDto
{
    public string Kind { get; set; }
    public string SchemaVersion { get; set; }
    public List<string> Evaluators { get; set; }
    public string? EvaluatorEmail { get; set; }
    public string? MemberName { get; set; }
    public string? ActionPlanTitle { get; set; }
    public ReportedCommitmentDto Commitment { get; set; }
    public ChoiceDto Completion { get; set; }
    public string? ImplementationFactors { get; set; }
    public PlannedDto ImplementedAsPlanned { get; set; }
    public OpenGovernmentDto AccessToInformation { get; set; }
    public OpenGovernmentDto CivicParticipation { get; set; }
    public OpenGovernmentDto PublicAccountability { get; set; }
    public ChoiceDto ProblemAddressed { get; set; }
    public List<string> Lessons { get; set; }
}

public sealed class ReportedCommitmentDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Objective { get; set; }
    public string? Problem { get; set; }
}

public sealed class ChoiceDto
{
    public string? Level { get; set; }
    public string? Choice { get; set; }
    public string? Explanation { get; set; }
}

public sealed class PlannedDto
{
    public string? Choice { get; set; }
    public string? Explanation { get; set; }
    public List<EvidenceDto> Evidence { get; set; }
}

public sealed class EvidenceDto
{
    public string? Reference { get; set; }
    public string? Description { get; set; }
}

public sealed class OpenGovernmentDto
{
    public List<string> ImmediateResults { get; set; }
    public string? Degree { get; set; }
    public string? Explanation { get; set; }
}
