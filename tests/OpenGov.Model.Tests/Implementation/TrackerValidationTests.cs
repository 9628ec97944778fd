using System.Collections.Generic;
using System.Linq;
using OpenGov.Model.Analysis;
using OpenGov.Model.Validation;
using Xunit;

namespace OpenGov.Model.Tests.Implementation;

/// <summary>The rules on implementation trackers and self-assessment reports (OGP33x), each with a case that makes its finding and one that does not.</summary>
public sealed class TrackerValidationTests
{
    /// <summary>The codes these tests make findings of.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["OGP330", "OGP331", "OGP332", "OGP333", "OGP334", "OGP335", "OGP336", "OGP337", "OGP338"];

    private static readonly OgpValidator Validator = new();

    private static ImplementationUpdate U(string? round, Recorded<ImplementationStatus> status, Recorded<int> progress = default, string? evidence = null) =>
        new() { Round = round, Status = status, Progress = progress, Evidence = evidence is null ? [] : [new Evidence { Reference = evidence }] };

    private static ImplementationTracker Tracker(TrackedItem item, string commitment = "US0113", string? start = null, string? end = null) => new()
    {
        Start = PartialDate.Read(start),
        End = PartialDate.Read(end),
        Commitments = [new TrackedCommitment { Id = CommitmentId.Parse(commitment), Items = [item] }],
    };

    private static List<string> Codes_(OgpDocument document) => [.. Validator.Validate(document).Findings.Select(f => f.Code)];

    [Fact]
    public void OGP330_a_sub_commitment_under_another_commitment()
    {
        Assert.Equal(["OGP330"], Codes_(Tracker(new TrackedItem { Id = "US0114.1" })));
        Assert.Empty(Codes_(Tracker(new TrackedItem { Id = "US0113.1" })));
        Assert.Empty(Codes_(Tracker(new TrackedItem { Id = "us0113.0" })));
        Assert.Empty(Codes_(Tracker(new TrackedItem { Id = "A" })));
    }

    [Fact]
    public void OGP331_a_status_that_goes_back()
    {
        var back = Tracker(new TrackedItem { Updates = [U("1", ImplementationStatus.OnTrack), U("2", ImplementationStatus.NotStarted)] });
        var forward = Tracker(new TrackedItem { Updates = [U("1", ImplementationStatus.NotStarted), U("2", ImplementationStatus.Delayed), U("3", ImplementationStatus.InProgress)] });

        var finding = Assert.Single(Validator.Validate(back).Findings);
        Assert.Equal(("OGP331", "/commitments/0/items/0/updates/1/status"), (finding.Code, finding.Path));
        Assert.Empty(Codes_(forward));
    }

    [Fact]
    public void OGP332_complete_without_evidence()
    {
        Assert.Equal(["OGP332"], Codes_(Tracker(new TrackedItem { Updates = [U("1", ImplementationStatus.Complete)] })));
        Assert.Empty(Codes_(Tracker(new TrackedItem { Updates = [U("1", ImplementationStatus.InProgress, evidence: "https://example.org"), U("2", ImplementationStatus.Complete)] })));
    }

    [Fact]
    public void OGP333_dates_outside_the_plan()
    {
        var outside = Tracker(new TrackedItem { Start = PartialDate.Read("2021-12"), End = PartialDate.Read("2025-01") }, start: "2022-01", end: "2024-12");
        var inside = Tracker(new TrackedItem { Start = PartialDate.Read("2022-01-15"), End = PartialDate.Read("2024") }, start: "2022-01", end: "2024-12");

        Assert.Equal(["OGP333", "OGP333"], Codes_(outside));
        Assert.Empty(Codes_(inside));
    }

    [Fact]
    public void OGP334_a_sub_commitment_that_ends_before_it_starts()
    {
        Assert.Equal(["OGP334"], Codes_(Tracker(new TrackedItem { Start = PartialDate.Read("2023-05"), End = PartialDate.Read("2023-04") })));
        Assert.Empty(Codes_(Tracker(new TrackedItem { Start = PartialDate.Read("2023-05"), End = PartialDate.Read("2023") })));
    }

    [Fact]
    public void OGP335_a_round_given_twice()
    {
        Assert.Equal(["OGP335"], Codes_(Tracker(new TrackedItem { Updates = [U("1", ImplementationStatus.InProgress), U("1", ImplementationStatus.InProgress)] })));
        Assert.Empty(Codes_(Tracker(new TrackedItem { Updates = [U("1", ImplementationStatus.InProgress), U("2", ImplementationStatus.InProgress)] })));
    }

    [Theory]
    [InlineData(ImplementationStatus.Complete, 80, true)]
    [InlineData(ImplementationStatus.NotStarted, 10, true)]
    [InlineData(ImplementationStatus.OnTrack, 100, true)]
    [InlineData(ImplementationStatus.Complete, 100, false)]
    [InlineData(ImplementationStatus.NotStarted, 0, false)]
    [InlineData(ImplementationStatus.Withdrawn, 100, false)]
    [InlineData(ImplementationStatus.Delayed, 40, false)]
    public void OGP336_a_progress_that_disagrees_with_the_status(ImplementationStatus status, int progress, bool disagrees)
    {
        var codes = Codes_(Tracker(new TrackedItem { Updates = [U("1", status, progress, "https://example.org")] }));

        Assert.Equal(disagrees, codes.Contains("OGP336"));
    }

    [Fact]
    public void OGP337_and_OGP338_a_self_assessment_s_completion()
    {
        var report = new SelfAssessmentReport
        {
            Stage = AssessmentStage.EndOfTerm,
            Commitments =
            [
                new SelfAssessedCommitment { Number = "1" },
                new SelfAssessedCommitment
                {
                    Number = "2",
                    Completion = CompletionLevel.Complete,
                    Milestones = [new Milestone { Completion = CompletionLevel.Complete }, new Milestone { Completion = CompletionLevel.Substantial }],
                },
                new SelfAssessedCommitment { Number = "3", Completion = CompletionLevel.Limited, Milestones = [new Milestone { Completion = CompletionLevel.NotStarted }] },
            ],
        };

        var findings = Validator.Validate(report).Findings;

        Assert.Equal(["OGP337", "OGP338"], findings.Select(f => f.Code).Order());
        Assert.Equal("/commitments/0/completion", findings.Single(f => f.Code == "OGP337").Path);
        Assert.Equal("/commitments/1/milestones/1/completion", findings.Single(f => f.Code == "OGP338").Path);
        Assert.Equal(3, Validator.Validate(report).ItemCount);
    }

    [Fact]
    public void Unknown_values_are_told_with_their_path()
    {
        var tracker = Tracker(new TrackedItem
        {
            Weight = Recorded<int>.Unrecognized("heavy"),
            Updates = [new ImplementationUpdate { Status = Recorded<ImplementationStatus>.Unrecognized("Stalled"), AsOf = PartialDate.Read("sometime"), Progress = Recorded<int>.Unrecognized("most") }],
        });

        var findings = Validator.Validate(tracker).Findings.Select(f => (f.Code, f.Path)).ToList();

        Assert.Contains(("OGP200", "/commitments/0/items/0/updates/0/status"), findings);
        Assert.Contains(("OGP201", "/commitments/0/items/0/updates/0/asOf"), findings);
        Assert.Contains(("OGP203", "/commitments/0/items/0/updates/0/progress"), findings);
        Assert.Contains(("OGP203", "/commitments/0/items/0/weight"), findings);
    }

    [Fact]
    public void Trackers_and_self_assessments_have_rules_and_summaries_do_not()
    {
        Assert.True(OgpValidator.HasRules(DocumentKinds.ImplementationTracker));
        Assert.True(OgpValidator.HasRules(DocumentKinds.SelfAssessmentReport));
        Assert.False(OgpValidator.HasRules(DocumentKinds.ImplementationSummary));
        Assert.False(OgpValidator.HasRules(DocumentKinds.ImplementationDifference));
    }
}
