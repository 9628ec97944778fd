using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// The columns of the IRM commitment dataset in their canonical order (the order of the dataset's
/// published CSV), each with where its value lives in the model.
/// </summary>
internal static class DatasetColumnCatalogue
{
    public static readonly DatasetColumn[] All =
    [
        Col("Commitment Unique Identifier", "/commitment/id", Cells.CommitmentId, r => r.Commitment.Id, (s, v) => s.CommitmentId = v, identity: true),
        Col("Country/Locality", "/member/name", TextCell.Instance, r => r.Member.Name, (s, v) => s.MemberName = v),
        Col("Action Plan Number", "/actionPlan/number", NumberCell.Instance, r => r.ActionPlan.Number, (s, v) => s.PlanNumber = v),
        Col("Commitment Number", "/commitment/number", TextCell.Instance, r => r.Commitment.Number, (s, v) => s.CommitmentNumber = v),
        Col("Code", "/member/code", Cells.MemberCode, r => r.Member.Code, (s, v) => s.MemberCode = v),
        Col("Region", "/member/region", Cells.Region, r => r.Member.Region, (s, v) => s.Region = v),
        Col("National Or Local", "/member/kind", Cells.MemberKind, r => r.Member.Kind, (s, v) => s.MemberKind = v),
        Col("Commitment Dummy", "/indicators/commitmentDummy", NumberCell.Instance, r => r.Indicators.CommitmentDummy, (s, v) => s.Indicators.CommitmentDummy = v),
        Col("Year Of Submission", "/actionPlan/submissionYear", NumberCell.Instance, r => r.ActionPlan.SubmissionYear, (s, v) => s.SubmissionYear = v),
        Col("Action Plan End Year", "/actionPlan/endYear", NumberCell.Instance, r => r.ActionPlan.EndYear, (s, v) => s.EndYear = v),
        Col("Action Plan Duration (Years)", "/actionPlan/durationYears", NumberCell.Instance, r => r.ActionPlan.DurationYears, (s, v) => s.DurationYears = v),
        Col("Theme", "/commitment/theme", TextCell.Instance, r => r.Commitment.Theme, (s, v) => s.Theme = v),
        Col("Commitment Title", "/commitment/title", TextCell.Instance, r => r.Commitment.Title, (s, v) => s.Title = v),
        Col("Short Title", "/commitment/shortTitle", TextCell.Instance, r => r.Commitment.ShortTitle, (s, v) => s.ShortTitle = v),
        Col("Full Text", "/commitment/fullText", TextCell.Instance, r => r.Commitment.FullText, (s, v) => s.FullText = v),
        Col("Start Date", "/commitment/start", DateCell.Instance, r => r.Commitment.Start, (s, v) => s.Start = v),
        Col("End Date", "/commitment/end", DateCell.Instance, r => r.Commitment.End, (s, v) => s.End = v),
        Col("Lead Institution", "/commitment/leadInstitution", TextCell.Instance, r => r.Commitment.LeadInstitution, (s, v) => s.LeadInstitution = v),
        Col("Supporting Institution(s)", "/commitment/supportingInstitutions", TextCell.Instance, r => r.Commitment.SupportingInstitutions, (s, v) => s.SupportingInstitutions = v),
        .. PolicyAreaColumns(),
        Col("Report Publication Year (Progress Report)", "/commitment/assessment/midtermReportYear", NumberCell.Instance, r => r.Commitment.Assessment?.MidtermReportYear ?? default, (s, v) => s.MidtermReportYear = v),
        Col("Compound", "/commitment/assessment/design/compound", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Compound ?? default, (s, v) => s.Compound = v),
        Col("Cluster", "/commitment/assessment/design/cluster", RecordedTextCell.Instance, r => r.Commitment.Assessment?.Design.Cluster ?? default, (s, v) => s.Cluster = v),
        Col("Specificity", "/commitment/assessment/design/specificity", Cells.Specificity, r => r.Commitment.Assessment?.Design.Specificity ?? default, (s, v) => s.Specificity = v),
        Col("_Specificity", "/codes/specificity", NumberCell.Instance, r => r.Codes.Specificity, (s, v) => s.Codes.Specificity = v),
        Col("Verifiable", "/commitment/assessment/design/verifiable", Cells.Verifiability, r => r.Commitment.Assessment?.Design.Verifiable ?? default, (s, v) => s.Verifiable = v),
        Col("OGP Value Access To Information", "/commitment/assessment/design/relevance/accessToInformation", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Relevance.AccessToInformation ?? default, (s, v) => s.AccessToInformation = v),
        Col("OGP Value Civic Participation", "/commitment/assessment/design/relevance/civicParticipation", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Relevance.CivicParticipation ?? default, (s, v) => s.CivicParticipation = v),
        Col("OGP Value Public Accountability", "/commitment/assessment/design/relevance/publicAccountability", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Relevance.PublicAccountability ?? default, (s, v) => s.PublicAccountability = v),
        Col("OGP Value Technology", "/commitment/assessment/design/relevance/technologyAndInnovation", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Relevance.TechnologyAndInnovation ?? default, (s, v) => s.TechnologyAndInnovation = v),
        Col("_Relevant", "/commitment/assessment/design/relevance/relevant", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Relevance.Relevant ?? default, (s, v) => s.Relevant = v),
        Col("Potential Impact", "/commitment/assessment/design/potentialImpact", Cells.PotentialImpact, r => r.Commitment.Assessment?.Design.PotentialImpact ?? default, (s, v) => s.PotentialImpact = v),
        Col("_Potential Impact", "/codes/potentialImpact", NumberCell.Instance, r => r.Codes.PotentialImpact, (s, v) => s.Codes.PotentialImpact = v),
        Col("Completion (Progress Report)", "/commitment/assessment/implementation/completionMidterm", Cells.Completion, r => r.Commitment.Assessment?.Implementation.CompletionMidterm ?? default, (s, v) => s.CompletionMidterm = v),
        Col("_CompletionProgress", "/codes/completionMidterm", NumberCell.Instance, r => r.Codes.CompletionMidterm, (s, v) => s.Codes.CompletionMidterm = v),
        Col("Starred (2015 Only)", "/commitment/assessment/implementation/starredPre2015Formula", FlagCell.Instance, r => r.Commitment.Assessment?.Implementation.StarredPre2015Formula ?? default, (s, v) => s.StarredPre2015Formula = v),
        Col("Starred (Current Formula) Progress Report", "/commitment/assessment/implementation/starredMidterm", FlagCell.Instance, r => r.Commitment.Assessment?.Implementation.StarredMidterm ?? default, (s, v) => s.StarredMidterm = v),
        Col("Potential for Results", "/commitment/assessment/design/potentialForResults", Cells.PotentialForResults, r => r.Commitment.Assessment?.Design.PotentialForResults ?? default, (s, v) => s.PotentialForResults = v),
        Col("_Potential for Results", "/codes/potentialForResults", NumberCell.Instance, r => r.Codes.PotentialForResults, (s, v) => s.Codes.PotentialForResults = v),
        Col("Cluster (AP Review)", "/commitment/assessment/design/clustered", FlagCell.Instance, r => r.Commitment.Assessment?.Design.Clustered ?? default, (s, v) => s.Clustered = v),
        Col("Cluster Commitment ID(s)", "/commitment/assessment/design/clusterCommitments", IdListCell.Instance, r => r.Commitment.Assessment?.Design.ClusterCommitments ?? default, (s, v) => s.ClusterCommitments = v),
        Col("Report Publication Year (End Of Term)", "/commitment/assessment/endOfTermReportYear", NumberCell.Instance, r => r.Commitment.Assessment?.EndOfTermReportYear ?? default, (s, v) => s.EndOfTermReportYear = v),
        Col("Completion (End Of Term)", "/commitment/assessment/implementation/completionEndOfTerm", Cells.Completion, r => r.Commitment.Assessment?.Implementation.CompletionEndOfTerm ?? default, (s, v) => s.CompletionEndOfTerm = v),
        Col("_CompletionEndTerm", "/codes/completionEndOfTerm", NumberCell.Instance, r => r.Codes.CompletionEndOfTerm, (s, v) => s.Codes.CompletionEndOfTerm = v),
        Col("Change In Completion", "/commitment/assessment/implementation/completionChange", Cells.Change, r => r.Commitment.Assessment?.Implementation.CompletionChange ?? default, (s, v) => s.CompletionChange = v),
        Col("_ChangeCompletion", "/codes/changeInCompletion", NumberCell.Instance, r => r.Codes.ChangeInCompletion, (s, v) => s.Codes.ChangeInCompletion = v),
        Col("Early Results", "/commitment/assessment/implementation/earlyResults", Cells.EarlyResults, r => r.Commitment.Assessment?.Implementation.EarlyResults ?? default, (s, v) => s.EarlyResults = v),
        Col("_Early Results", "/codes/earlyResults", NumberCell.Instance, r => r.Codes.EarlyResults, (s, v) => s.Codes.EarlyResults = v),
        Col("Did It Open Government (Overall)", "/commitment/assessment/implementation/openGovernment", Cells.OpenGovernment, r => r.Commitment.Assessment?.Implementation.OpenGovernment ?? default, (s, v) => s.OpenGovernment = v),
        Col("_OpenGovernment", "/codes/openGovernment", NumberCell.Instance, r => r.Codes.OpenGovernment, (s, v) => s.Codes.OpenGovernment = v),
        Col("Did It Open Government (Access To Information)", "/commitment/assessment/implementation/openGovernmentAccessToInformation", Cells.OpenGovernmentPerValue, r => r.Commitment.Assessment?.Implementation.OpenGovernmentAccessToInformation ?? default, (s, v) => s.OpenGovernmentAccessToInformation = v),
        Col("_DIOGATI", "/codes/openGovernmentAccessToInformation", NumberCell.Instance, r => r.Codes.OpenGovernmentAccessToInformation, (s, v) => s.Codes.OpenGovernmentAccessToInformation = v),
        Col("Did It Open Government (Civic Participation)", "/commitment/assessment/implementation/openGovernmentCivicParticipation", Cells.OpenGovernmentPerValue, r => r.Commitment.Assessment?.Implementation.OpenGovernmentCivicParticipation ?? default, (s, v) => s.OpenGovernmentCivicParticipation = v),
        Col("_DIOGCP", "/codes/openGovernmentCivicParticipation", NumberCell.Instance, r => r.Codes.OpenGovernmentCivicParticipation, (s, v) => s.Codes.OpenGovernmentCivicParticipation = v),
        Col("Did It Open Government (Public Accountability)", "/commitment/assessment/implementation/openGovernmentPublicAccountability", Cells.OpenGovernmentPerValue, r => r.Commitment.Assessment?.Implementation.OpenGovernmentPublicAccountability ?? default, (s, v) => s.OpenGovernmentPublicAccountability = v),
        Col("_DIOGPA", "/codes/openGovernmentPublicAccountability", NumberCell.Instance, r => r.Codes.OpenGovernmentPublicAccountability, (s, v) => s.Codes.OpenGovernmentPublicAccountability = v),
        Col("Starred (Current Formula) End of Term", "/commitment/assessment/implementation/starredEndOfTerm", FlagCell.Instance, r => r.Commitment.Assessment?.Implementation.StarredEndOfTerm ?? default, (s, v) => s.StarredEndOfTerm = v),
        Col("Carried Forward", "/commitment/assessment/implementation/carriedForward", FlagCell.Instance, r => r.Commitment.Assessment?.Implementation.CarriedForward ?? default, (s, v) => s.CarriedForward = v),
        Col("Most Recently Assessed", "/indicators/mostRecentlyAssessed", FlagCell.Instance, r => r.Indicators.MostRecentlyAssessed, (s, v) => s.Indicators.MostRecentlyAssessed = v),
        Col("Star - Most Recently Assessed", "/indicators/starMostRecentlyAssessed", FlagCell.Instance, r => r.Indicators.StarMostRecentlyAssessed, (s, v) => s.Indicators.StarMostRecentlyAssessed = v),
        Col("IRM Assessed", "/indicators/irmAssessed", FlagCell.Instance, r => r.Indicators.IrmAssessed, (s, v) => s.Indicators.IrmAssessed = v),
        Col("Updated? (Website)", "/indicators/updatedOnWebsite", RecordedTextCell.Instance, r => r.Indicators.UpdatedOnWebsite, (s, v) => s.Indicators.UpdatedOnWebsite = v),
        Col("Active Commitment", "/indicators/activeCommitment", FlagCell.Instance, r => r.Indicators.ActiveCommitment, (s, v) => s.Indicators.ActiveCommitment = v),
        Col("Max star", "/indicators/maxStar", FlagCell.Instance, r => r.Indicators.MaxStar, (s, v) => s.Indicators.MaxStar = v),
        Col("Ambition Assessed", "/indicators/ambitionAssessed", FlagCell.Instance, r => r.Indicators.AmbitionAssessed, (s, v) => s.Indicators.AmbitionAssessed = v),
        Col("Comp Assessed", "/indicators/completionAssessed", FlagCell.Instance, r => r.Indicators.CompletionAssessed, (s, v) => s.Indicators.CompletionAssessed = v),
        Col("DIOG Assessed", "/indicators/openGovernmentAssessed", FlagCell.Instance, r => r.Indicators.OpenGovernmentAssessed, (s, v) => s.Indicators.OpenGovernmentAssessed = v),
        Col("Midterm Only", "/indicators/midtermOnly", FlagCell.Instance, r => r.Indicators.MidtermOnly, (s, v) => s.Indicators.MidtermOnly = v),
        Col("Max Completion", "/indicators/maxCompletion", NumberCell.Instance, r => r.Indicators.MaxCompletion, (s, v) => s.Indicators.MaxCompletion = v),
        Col("Raw Completion", "/indicators/rawCompletion", NumberCell.Instance, r => r.Indicators.RawCompletion, (s, v) => s.Indicators.RawCompletion = v),
        Col("High Completion", "/indicators/highCompletion", FlagCell.Instance, r => r.Indicators.HighCompletion, (s, v) => s.Indicators.HighCompletion = v),
        Col("High Ambition", "/indicators/highAmbition", FlagCell.Instance, r => r.Indicators.HighAmbition, (s, v) => s.Indicators.HighAmbition = v),
        Col("High DIOG", "/indicators/highOpenGovernment", FlagCell.Instance, r => r.Indicators.HighOpenGovernment, (s, v) => s.Indicators.HighOpenGovernment = v),
        Col("Ambitious and complete, or DIOG", "/indicators/ambitiousAndCompleteOrOpenedGovernment", FlagCell.Instance, r => r.Indicators.AmbitiousAndCompleteOrOpenedGovernment, (s, v) => s.Indicators.AmbitiousAndCompleteOrOpenedGovernment = v),
        Col("Ambitious but not complete", "/indicators/ambitiousButNotComplete", FlagCell.Instance, r => r.Indicators.AmbitiousButNotComplete, (s, v) => s.Indicators.AmbitiousButNotComplete = v),
        Col("Complete but not ambitious", "/indicators/completeButNotAmbitious", FlagCell.Instance, r => r.Indicators.CompleteButNotAmbitious, (s, v) => s.Indicators.CompleteButNotAmbitious = v),
        Col("Not complete or ambitious", "/indicators/notCompleteOrAmbitious", FlagCell.Instance, r => r.Indicators.NotCompleteOrAmbitious, (s, v) => s.Indicators.NotCompleteOrAmbitious = v),
        Col("Not reviewed", "/indicators/notReviewed", FlagCell.Instance, r => r.Indicators.NotReviewed, (s, v) => s.Indicators.NotReviewed = v),
        Col("CHECKSUM", "/indicators/checksum", NumberCell.Instance, r => r.Indicators.Checksum, (s, v) => s.Indicators.Checksum = v),
        Col("IRM-Based Score", "/indicators/irmBasedScore", NumberCell.Instance, r => r.Indicators.IrmBasedScore, (s, v) => s.Indicators.IrmBasedScore = v),
        Col("Binding constraint", "/indicators/bindingConstraint", RecordedTextCell.Instance, r => r.Indicators.BindingConstraint, (s, v) => s.Indicators.BindingConstraint = v),
        Col("URL", "/commitment/url", TextCell.Instance, r => r.Commitment.Url, (s, v) => s.Url = v),
        Col("Latest IRM Report", "/indicators/latestIrmReport", NumberCell.Instance, r => r.Indicators.LatestIrmReport, (s, v) => s.Indicators.LatestIrmReport = v),
        Col("Subnational in NAPs", "/indicators/subnationalInNationalPlans", FlagCell.Instance, r => r.Indicators.SubnationalInNationalPlans, (s, v) => s.Indicators.SubnationalInNationalPlans = v),
        Col("Action Plan ID", "/actionPlan/id", Cells.ActionPlanId, r => r.ActionPlan.Id, (s, v) => s.PlanId = v),
        Col("id", "/indicators/rowId", NumberCell.Instance, r => r.Indicators.RowId, (s, v) => s.Indicators.RowId = v),
    ];

    public static readonly Dictionary<string, DatasetColumn> ByKey = CreateIndex();

    /// <summary>The header key: letters and digits, upper-cased; a leading underscore is kept, since the dataset's numeric shadow columns differ from their label columns by it alone.</summary>
    public static string KeyOf(string header)
    {
        var trimmed = header.Trim();
        return (trimmed.Length > 0 && trimmed[0] == '_' ? "_" : string.Empty) + LabelKey.Create(trimmed);
    }

    private static DatasetColumn<T> Col<T>(string header, string path, CellKind<T> kind, Func<DatasetRecord, T> get, Action<DatasetRowState, T> set, bool identity = false) =>
        new(header, path, kind, get, set, identity);

    private static IEnumerable<DatasetColumn> PolicyAreaColumns()
    {
        var all = PolicyArea.All;
        for (var i = 0; i < all.Count; i++)
        {
            var (key, position) = (all[i], i);
            yield return Col(
                key.Label,
                JsonPointerPath("/commitment/policyAreas", key.Token),
                FlagCell.Instance,
                r => FlagOf(r.Commitment.PolicyAreas, key, position),
                (s, v) => s.PolicyAreas[s.PolicyAreaCount++] = new(key, v));
        }
    }

    /// <summary>
    /// The flag of one area. A row read from the dataset holds its flags in the catalogue's order, so the
    /// area's position is tried first; a lookup (which indexes the flags once) only for flags in another order.
    /// </summary>
    private static Recorded<bool> FlagOf(ValueDictionary<PolicyArea, Recorded<bool>> areas, PolicyArea key, int position)
    {
        var entries = areas.Entries;
        if (position < entries.Length && entries[position].Key.Equals(key))
        {
            return entries[position].Value;
        }

        return areas.TryGetValue(key, out var flag) ? flag : default;
    }

    private static string JsonPointerPath(string parent, string token) => Validation.JsonPointer.Append(parent, token);

    private static Dictionary<string, DatasetColumn> CreateIndex()
    {
        var index = new Dictionary<string, DatasetColumn>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            index.Add(column.Key, column);
        }

        return index;
    }
}
