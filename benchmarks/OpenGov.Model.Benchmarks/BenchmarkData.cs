using System;
using System.IO;

namespace OpenGov.Model.Benchmarks;

/// <summary>The documents the benchmarks read and write: the real report and generated plans.</summary>
public static class BenchmarkData
{
    public static string MexicoReportPath => Path.Combine(AppContext.BaseDirectory, "data", "mexico-state-open-government-culture.json");

    /// <summary>A plan with <paramref name="commitments"/> commitments, the same for the same size.</summary>
    public static ActionPlan Plan(int commitments)
    {
        var random = new Random(20261129);
        var member = new Member { Code = MemberCode.Parse("ALB"), Name = "Albania", Country = "Albania", Kind = MemberKind.National, Region = Region.Europe };
        var builder = new ActionPlanBuilder(member, number: 3, commitmentPrefix: commitments < 10_000 ? "AL" : null)
            .WithTitle("Action plan – Albania, 2018 – 2020")
            .WithSubmissionYear(2018)
            .WithPeriod(PartialDate.Read("9/1/2018"), PartialDate.Read("August 2020"));
        var completions = Enum.GetValues<CompletionLevel>();
        var results = Enum.GetValues<OpenGovernmentResult>();
        for (var i = 0; i < commitments; i++)
        {
            builder.AddCommitment($"Commitment {i}: open data on public procurement", c => c with
            {
                ShortTitle = $"Open procurement {i}",
                Theme = "Open Parliament",
                FullText = Paragraph(random, 60),
                Problem = Paragraph(random, 25),
                Objective = Paragraph(random, 25),
                LeadInstitution = "Ministry of Justice",
                SupportingInstitutions = "CSOs, private sector, multilateral and working groups",
                Start = PartialDate.Read($"{random.Next(1, 13)}/1/2018"),
                End = random.Next(4) == 0 ? Recorded<PartialDate>.NotApplicable : PartialDate.Read("12/31/2020"),
                PolicyAreas = ValueDictionary<PolicyArea, Recorded<bool>>.Create(
                [
                    new(PolicyArea.OpenParliaments, random.Next(2) == 0),
                    new(PolicyArea.OpenContracting, random.Next(2) == 0),
                    new(PolicyArea.RightToInformation, random.Next(2) == 0),
                    new(PolicyArea.DigitalParticipation, Recorded<bool>.NoData),
                    new(PolicyArea.Legislation, true),
                ]),
                Milestones =
                [
                    new Milestone { Description = Paragraph(random, 12), Deliverable = "Report", Start = PartialDate.Read("2018-09"), End = PartialDate.Read("2019-06"), Completion = completions[random.Next(completions.Length)] },
                    new Milestone { Description = Paragraph(random, 12), Deliverable = "Portal", Start = PartialDate.Read("2019-07"), End = PartialDate.Read("2020-08"), Completion = completions[random.Next(completions.Length)] },
                ],
                Assessment = new IrmAssessment
                {
                    MidtermReportYear = 2019,
                    EndOfTermReportYear = random.Next(3) == 0 ? Recorded<int>.NotReviewed : 2021,
                    Design = new DesignAssessment
                    {
                        Specificity = (Specificity)random.Next(4),
                        Verifiable = Recorded<Verifiability>.NoData,
                        Relevance = new OgpValueRelevance { AccessToInformation = true, CivicParticipation = random.Next(2) == 0, PublicAccountability = false, TechnologyAndInnovation = Recorded<bool>.NoData, Relevant = true },
                        PotentialImpact = (PotentialImpact)random.Next(4),
                        PotentialForResults = Recorded<PotentialForResults>.NoData,
                        Cluster = "1.2",
                    },
                    Implementation = new ImplementationAssessment
                    {
                        CompletionMidterm = completions[random.Next(completions.Length)],
                        CompletionEndOfTerm = completions[random.Next(completions.Length)],
                        CompletionChange = CompletionChange.Increase,
                        OpenGovernment = results[random.Next(results.Length)],
                        OpenGovernmentAccessToInformation = results[random.Next(results.Length)],
                        OpenGovernmentCivicParticipation = Recorded<OpenGovernmentResult>.NotApplicable,
                        OpenGovernmentPublicAccountability = Recorded<OpenGovernmentResult>.NotApplicable,
                        EarlyResults = Recorded<EarlyResultsLevel>.NoData,
                        StarredPre2015Formula = false,
                        StarredMidterm = false,
                        StarredEndOfTerm = random.Next(5) == 0,
                        CarriedForward = false,
                    },
                },
                Url = $"https://www.opengovpartnership.org/members/albania/commitments/al{i:0000}",
            });
        }

        return builder.Build();
    }

    /// <summary>
    /// A dataset of <paramref name="rows"/> rows: the commitments of <see cref="Plan"/>, spread over
    /// members of 20 commitments each, with the numeric codes the dataset records beside the labels.
    /// </summary>
    public static CommitmentDataset Dataset(int rows)
    {
        var commitments = Plan(rows).Commitments;
        var records = new DatasetRecord[rows];
        for (var i = 0; i < rows; i++)
        {
            var memberIndex = i / 20;
            var code = MemberCode.Parse(new string([(char)('A' + (memberIndex / 676 % 26)), (char)('A' + (memberIndex / 26 % 26)), (char)('A' + (memberIndex % 26))]));
            var prefix = code.ToString().Substring(0, 3);
            var assessment = commitments[i].Assessment!;
            records[i] = new DatasetRecord
            {
                Member = new Member { Code = code, Name = "Member " + code, Kind = MemberKind.National, Region = Region.Europe },
                ActionPlan = new PlanReference { Id = ActionPlanId.Create(code, 3), Number = 3, SubmissionYear = 2018, EndYear = 2020, DurationYears = 2 },
                Commitment = commitments[i] with { Id = CommitmentId.Create(prefix, i % 20 + 1), Number = (i % 20 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                Codes = new DatasetCodes
                {
                    Specificity = Code(assessment.Design.Specificity),
                    PotentialImpact = Code(assessment.Design.PotentialImpact),
                    CompletionMidterm = Code(assessment.Implementation.CompletionMidterm),
                    CompletionEndOfTerm = Code(assessment.Implementation.CompletionEndOfTerm),
                    OpenGovernment = Code(assessment.Implementation.OpenGovernment),
                    OpenGovernmentAccessToInformation = PerValue(assessment.Implementation.OpenGovernmentAccessToInformation),
                    OpenGovernmentCivicParticipation = PerValue(assessment.Implementation.OpenGovernmentCivicParticipation),
                    OpenGovernmentPublicAccountability = PerValue(assessment.Implementation.OpenGovernmentPublicAccountability),
                    PotentialForResults = Recorded<int>.NoData,
                    EarlyResults = Recorded<int>.NoData,
                    ChangeInCompletion = 1,
                },
                Indicators = new DatasetIndicators { CommitmentDummy = 1, IrmAssessed = true, HighCompletion = false, IrmBasedScore = 2, RowId = i },
            };
        }

        return new CommitmentDataset { Records = ValueList.Create(records) };

        static Recorded<int> PerValue(Recorded<OpenGovernmentResult> label) =>
            label.TryGetValue(out var value) && value.GetPerValueDatasetCode() is { } c ? c
            : label.State == RecordedState.NotApplicable ? 0
            : Recorded<int>.NoData;

        static Recorded<int> Code<T>(Recorded<T> label)
            where T : struct, Enum =>
            label.TryGetValue(out var value) && Codelist<T>.Default[value].DatasetCode is { } c ? c : Recorded<int>.NoData;
    }

    private static readonly string[] Words =
        ["open", "government", "data", "parliament", "citizens", "transparency", "budget", "civil", "society", "portal", "law", "access", "information", "public", "participation", "municipal"];

    private static string Paragraph(Random random, int words)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }
}
