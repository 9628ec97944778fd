using System;
using System.Globalization;
using OpenGov.Model.Analysis;

namespace OpenGov.Model.Validation;

/// <summary>The rules on one row of a commitment dataset: its member and plan, its commitment, and its labels against their numeric codes.</summary>
internal static class DatasetRecordChecks
{
    public static void Check(FindingCollector sink, DatasetRecord record, string prefix)
    {
        var values = sink.Runs(RuleSets.Values);
        var consistency = sink.Runs(RuleSets.Consistency);
        var plan = record.ActionPlan;
        if (values)
        {
            MemberChecks.Check(sink, record.Member, prefix + "/member");
            ValueChecks.Number(sink, plan.Number, prefix, "/actionPlan/number");
            ValueChecks.Number(sink, plan.SubmissionYear, prefix, "/actionPlan/submissionYear");
            ValueChecks.Number(sink, plan.EndYear, prefix, "/actionPlan/endYear");
            ValueChecks.Number(sink, plan.DurationYears, prefix, "/actionPlan/durationYears");
            CheckCodeValues(sink, record.Codes, prefix + "/codes");
            CheckIndicatorValues(sink, record.Indicators, prefix + "/indicators");
        }

        CommitmentChecks.Check(sink, record.Commitment, prefix + "/commitment");
        if (!consistency)
        {
            return;
        }

        if (plan.SubmissionYear.TryGetValue(out var submitted) && plan.EndYear.TryGetValue(out var endYear) && submitted > endYear)
        {
            sink.Add(ValidationRules.PlanDatesReversed, prefix + "/actionPlan/submissionYear", $"The plan was submitted in {submitted} and ends in {endYear}.", $"{submitted} > {endYear}");
        }

        if (plan.Id is { } id)
        {
            PlanChecks.CheckId(sink, id, record.Member.Code, plan.Number, prefix + "/actionPlan/id");
        }

        if (plan.EndYear.TryGetValue(out var planEnd) && record.Commitment.End.TryGetValue(out var commitmentEnd) && commitmentEnd.Start.Year > planEnd)
        {
            sink.Add(
                ValidationRules.CommitmentOutsidePlan,
                prefix + "/commitment/end",
                $"The commitment ends on {commitmentEnd}, after its action plan ends ({planEnd}).",
                commitmentEnd.SourceText ?? commitmentEnd.ToString());
        }

        CheckCodes(sink, record, prefix);
        CheckIndicators(sink, record, prefix);
        CheckKeptCells(sink, record, prefix);
    }

    /// <summary>OGP222: a cell kept as it was read, under the header of a mapped column, that no longer says the row's value (the value wins on writing).</summary>
    private static void CheckKeptCells(FindingCollector sink, DatasetRecord record, string prefix)
    {
        if (record.ExtraColumns.Count == 0 || !sink.Reports(ValidationRules.KeptCellDisagrees))
        {
            return;
        }

        foreach (var entry in record.ExtraColumns)
        {
            if (DatasetColumnCatalogue.ByKey.TryGetValue(DatasetColumnCatalogue.KeyOf(entry.Key), out var column) && !column.Holds(record, entry.Value))
            {
                sink.Add(
                    ValidationRules.KeptCellDisagrees,
                    JsonPointer.Append(prefix + "/extraColumns", entry.Key),
                    $"The cell kept under '{Excerpt.Of(entry.Key)}' ('{Excerpt.Of(entry.Value)}') does not read as the row's value of that column ('{Excerpt.Of(column.Write(record))}'); the value is written, not the kept cell.",
                    entry.Value);
            }
        }
    }

    /// <summary>The dataset's derived indicator columns against the indicators computed from the row (the starred columns are OGP215's, checked with the commitment).</summary>
    private static void CheckIndicators(FindingCollector sink, DatasetRecord record, string prefix)
    {
        if (!sink.Reports(ValidationRules.IndicatorDisagrees))
        {
            return;
        }

        foreach (var indicator in Indicators.Catalogue)
        {
            if (indicator.IsStarred
                || indicator.RecordedPath is not { } path
                || !indicator.GetRecorded(record).TryGetValue(out var written)
                || !indicator.EvaluateAsNumber(record.Commitment).TryGetValue(out var computed)
                || computed == written)
            {
                continue;
            }

            var text = written.ToString(CultureInfo.InvariantCulture);
            sink.Add(
                ValidationRules.IndicatorDisagrees,
                prefix + path,
                $"\"{indicator.RecordedColumn}\" is recorded as {text}, but {indicator.Title} computed from the row's assessment is {computed.ToString(CultureInfo.InvariantCulture)} ({indicator.DescribeInputs(record.Commitment)}).",
                text);
        }
    }

    private static void CheckCodes(FindingCollector sink, DatasetRecord record, string prefix)
    {
        var assessment = record.Commitment.Assessment;
        if (assessment is null || !sink.Reports(ValidationRules.LabelDisagreesWithCode) && !sink.Reports(ValidationRules.ChangeDisagreesWithDelta))
        {
            return;
        }

        var codes = record.Codes;
        var design = assessment.Design;
        var implementation = assessment.Implementation;
        var c = prefix + "/commitment/assessment";
        Pair(sink, design.Specificity, codes.Specificity, c + "/design/specificity", "_Specificity", perValue: false);
        Pair(sink, design.PotentialImpact, codes.PotentialImpact, c + "/design/potentialImpact", "_Potential Impact", perValue: false);
        Pair(sink, design.PotentialForResults, codes.PotentialForResults, c + "/design/potentialForResults", "_Potential for Results", perValue: false);
        Pair(sink, implementation.CompletionMidterm, codes.CompletionMidterm, c + "/implementation/completionMidterm", "_CompletionProgress", perValue: false);
        Pair(sink, implementation.CompletionEndOfTerm, codes.CompletionEndOfTerm, c + "/implementation/completionEndOfTerm", "_CompletionEndTerm", perValue: false);
        Pair(sink, implementation.EarlyResults, codes.EarlyResults, c + "/implementation/earlyResults", "_Early Results", perValue: false);
        Pair(sink, implementation.OpenGovernment, codes.OpenGovernment, c + "/implementation/openGovernment", "_OpenGovernment", perValue: false);
        Pair(sink, implementation.OpenGovernmentAccessToInformation, codes.OpenGovernmentAccessToInformation, c + "/implementation/openGovernmentAccessToInformation", "_DIOGATI", perValue: true);
        Pair(sink, implementation.OpenGovernmentCivicParticipation, codes.OpenGovernmentCivicParticipation, c + "/implementation/openGovernmentCivicParticipation", "_DIOGCP", perValue: true);
        Pair(sink, implementation.OpenGovernmentPublicAccountability, codes.OpenGovernmentPublicAccountability, c + "/implementation/openGovernmentPublicAccountability", "_DIOGPA", perValue: true);

        CheckDelta(sink, implementation.CompletionChange, codes.ChangeInCompletion, c + "/implementation/completionChange");
    }

    /// <summary>OGP217: the change-in-completion label against its numeric change: the sign, or the same kind of missing.</summary>
    private static void CheckDelta(FindingCollector sink, Recorded<CompletionChange> label, Recorded<int> delta, string path)
    {
        if (label.IsUnrecognized || delta.IsUnrecognized || (label.State == RecordedState.NotAnswered && delta.State == RecordedState.NotAnswered))
        {
            return;
        }

        bool agree;
        if (label.TryGetValue(out var change) && delta.TryGetValue(out var n))
        {
            agree = change == (n > 0 ? CompletionChange.Increase : n < 0 ? CompletionChange.Decrease : CompletionChange.NoChange);
        }
        else
        {
            agree = label.State == delta.State;
        }

        if (!agree)
        {
            var labelText = label.TryGetValue(out var v) ? Codelist<CompletionChange>.Default[v].Label : Marker(label.State);
            var deltaText = delta.TryGetValue(out var d) ? d.ToString(CultureInfo.InvariantCulture) : Marker(delta.State);
            sink.Add(
                ValidationRules.ChangeDisagreesWithDelta,
                path,
                $"The change in completion is {labelText}, but the change recorded beside it (_ChangeCompletion) is {deltaText}.",
                $"{labelText} / {deltaText}");
        }
    }

    /// <summary>Compares a label with its numeric code: both values, or the same kind of missing (Not Applicable is code 0 in the per-value columns).</summary>
    private static void Pair<T>(FindingCollector sink, Recorded<T> label, Recorded<int> code, string path, string column, bool perValue)
        where T : struct, Enum
    {
        if (label.IsUnrecognized || code.IsUnrecognized || (label.State == RecordedState.NotAnswered && code.State == RecordedState.NotAnswered))
        {
            return;
        }

        bool agree;
        string? expected = null;
        if (label.TryGetValue(out var value))
        {
            var entry = Codelist<T>.Default[value];
            int? expectedCode = perValue && value is OpenGovernmentResult result ? result.GetPerValueDatasetCode() : entry.DatasetCode;
            if (expectedCode is null)
            {
                return;
            }

            expected = expectedCode.Value.ToString(CultureInfo.InvariantCulture);
            agree = code.TryGetValue(out var actual) && actual == expectedCode;
        }
        else if (perValue && label.State == RecordedState.NotApplicable)
        {
            expected = "0";
            agree = (code.TryGetValue(out var actual) && actual == 0) || code.State == RecordedState.NotApplicable;
        }
        else
        {
            agree = code.State == label.State;
        }

        if (!agree)
        {
            var labelText = label.TryGetValue(out var v) ? Codelist<T>.Default[v].Label : perValue && label.State == RecordedState.NotApplicable ? "Not Applicable" : Marker(label.State);
            var codeText = code.TryGetValue(out var n) ? n.ToString(CultureInfo.InvariantCulture) : Marker(code.State);
            sink.Add(
                ValidationRules.LabelDisagreesWithCode,
                path,
                expected is null
                    ? $"The label is {labelText} but its code ({column}) is {codeText}."
                    : $"The label {labelText} has the code {expected}, but its code column ({column}) records {codeText}.",
                $"{labelText} / {codeText}");
        }
    }

    private static string Marker(RecordedState state) => state switch
    {
        RecordedState.NoData => "ND",
        RecordedState.NotReviewed => "NR",
        RecordedState.NotApplicable => "NA",
        _ => "empty",
    };

    private static void CheckCodeValues(FindingCollector sink, DatasetCodes codes, string prefix)
    {
        ValueChecks.Number(sink, codes.Specificity, prefix, "/specificity");
        ValueChecks.Number(sink, codes.PotentialImpact, prefix, "/potentialImpact");
        ValueChecks.Number(sink, codes.CompletionMidterm, prefix, "/completionMidterm");
        ValueChecks.Number(sink, codes.PotentialForResults, prefix, "/potentialForResults");
        ValueChecks.Number(sink, codes.CompletionEndOfTerm, prefix, "/completionEndOfTerm");
        ValueChecks.Number(sink, codes.ChangeInCompletion, prefix, "/changeInCompletion");
        ValueChecks.Number(sink, codes.EarlyResults, prefix, "/earlyResults");
        ValueChecks.Number(sink, codes.OpenGovernment, prefix, "/openGovernment");
        ValueChecks.Number(sink, codes.OpenGovernmentAccessToInformation, prefix, "/openGovernmentAccessToInformation");
        ValueChecks.Number(sink, codes.OpenGovernmentCivicParticipation, prefix, "/openGovernmentCivicParticipation");
        ValueChecks.Number(sink, codes.OpenGovernmentPublicAccountability, prefix, "/openGovernmentPublicAccountability");
    }

    private static void CheckIndicatorValues(FindingCollector sink, DatasetIndicators indicators, string prefix)
    {
        ValueChecks.Number(sink, indicators.CommitmentDummy, prefix, "/commitmentDummy");
        ValueChecks.Flag(sink, indicators.MostRecentlyAssessed, prefix, "/mostRecentlyAssessed");
        ValueChecks.Flag(sink, indicators.StarMostRecentlyAssessed, prefix, "/starMostRecentlyAssessed");
        ValueChecks.Flag(sink, indicators.IrmAssessed, prefix, "/irmAssessed");
        ValueChecks.Flag(sink, indicators.ActiveCommitment, prefix, "/activeCommitment");
        ValueChecks.Flag(sink, indicators.MaxStar, prefix, "/maxStar");
        ValueChecks.Flag(sink, indicators.AmbitionAssessed, prefix, "/ambitionAssessed");
        ValueChecks.Flag(sink, indicators.CompletionAssessed, prefix, "/completionAssessed");
        ValueChecks.Flag(sink, indicators.OpenGovernmentAssessed, prefix, "/openGovernmentAssessed");
        ValueChecks.Flag(sink, indicators.MidtermOnly, prefix, "/midtermOnly");
        ValueChecks.Number(sink, indicators.MaxCompletion, prefix, "/maxCompletion");
        ValueChecks.Number(sink, indicators.RawCompletion, prefix, "/rawCompletion");
        ValueChecks.Flag(sink, indicators.HighCompletion, prefix, "/highCompletion");
        ValueChecks.Flag(sink, indicators.HighAmbition, prefix, "/highAmbition");
        ValueChecks.Flag(sink, indicators.HighOpenGovernment, prefix, "/highOpenGovernment");
        ValueChecks.Flag(sink, indicators.AmbitiousAndCompleteOrOpenedGovernment, prefix, "/ambitiousAndCompleteOrOpenedGovernment");
        ValueChecks.Flag(sink, indicators.AmbitiousButNotComplete, prefix, "/ambitiousButNotComplete");
        ValueChecks.Flag(sink, indicators.CompleteButNotAmbitious, prefix, "/completeButNotAmbitious");
        ValueChecks.Flag(sink, indicators.NotCompleteOrAmbitious, prefix, "/notCompleteOrAmbitious");
        ValueChecks.Flag(sink, indicators.NotReviewed, prefix, "/notReviewed");
        ValueChecks.Number(sink, indicators.Checksum, prefix, "/checksum");
        ValueChecks.Number(sink, indicators.IrmBasedScore, prefix, "/irmBasedScore");
        ValueChecks.Number(sink, indicators.LatestIrmReport, prefix, "/latestIrmReport");
        ValueChecks.Flag(sink, indicators.SubnationalInNationalPlans, prefix, "/subnationalInNationalPlans");
        ValueChecks.Number(sink, indicators.RowId, prefix, "/rowId");
    }
}

/// <summary>The rules on a member's recorded values.</summary>
internal static class MemberChecks
{
    public static void Check(FindingCollector sink, Member member, string prefix)
    {
        ValueChecks.Label(sink, member.Kind, prefix, "/kind");
        ValueChecks.Label(sink, member.Region, prefix, "/region");
    }
}
