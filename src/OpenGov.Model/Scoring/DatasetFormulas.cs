using System;

namespace OpenGov.Model.Analysis;

/// <summary>
/// The IRM commitment dataset's own formulas for its derived columns (<see cref="IndicatorConvention.Dataset"/>),
/// found from the real dataset: each answers a number, or the missing marker the dataset writes (a
/// "cannot tell" whose reason is the marker: <c>ND</c>, <c>NR</c>, <c>NA</c>). They read the numeric shadow
/// columns (<c>_Specificity</c>, <c>_CompletionEndTerm</c>, …) where a row has them, else the labels'
/// dataset codes, as the spreadsheet does.
/// </summary>
internal static class DatasetFormulas
{
    private const string SpecificityCode = "/codes/specificity";
    private const string PotentialImpactCode = "/codes/potentialImpact";
    private const string PotentialForResultsCode = "/codes/potentialForResults";
    private const string CompletionMidtermCode = "/codes/completionMidterm";
    private const string CompletionEndOfTermCode = "/codes/completionEndOfTerm";
    private const string OpenGovernmentCode = "/codes/openGovernment";
    private const string EarlyResultsCode = "/codes/earlyResults";
    private const string Relevant = "/commitment/assessment/design/relevance/relevant";
    private const string AccessToInformation = "/commitment/assessment/design/relevance/accessToInformation";
    private const string CivicParticipation = "/commitment/assessment/design/relevance/civicParticipation";
    private const string PublicAccountability = "/commitment/assessment/design/relevance/publicAccountability";

    /// <summary>The last year of submission whose plans, assessed for verifiability instead of specificity, the dataset stars at end of term by verifiability.</summary>
    private const int LastVerifiabilityStarYear = 2017;

    /// <summary>"Raw Completion": the end-of-term completion code, else the mid-term one; <c>ND</c> when either is no data, else <c>NR</c>.</summary>
    public static IndicatorValue<int> RawCompletion(DatasetRecord record)
    {
        var end = CompletionEndOfTerm(record);
        if (end.IsKnown)
        {
            return end;
        }

        var midterm = CompletionMidterm(record);
        if (midterm.IsKnown)
        {
            return midterm;
        }

        return end.Reason == CannotTellReason.NoData || midterm.Reason == CannotTellReason.NoData
            ? Marker(CannotTellReason.NoData, CompletionEndOfTermCode)
            : Marker(CannotTellReason.NotReviewed, CompletionEndOfTermCode);
    }

    /// <summary>"Max Completion": the raw completion from Not Started (0) to Complete (3); <c>ND</c> below Not Started.</summary>
    public static IndicatorValue<int> MaxCompletion(DatasetRecord record)
    {
        var raw = RawCompletion(record);
        return !raw.TryGetValue(out var code) ? raw
            : code >= 2 ? IndicatorValue<int>.Known(code - 2)
            : Marker(CannotTellReason.NoData, CompletionEndOfTermCode);
    }

    /// <summary>"High Completion": 1 when the raw completion is Substantial or Complete, else 0 (not reviewed counts as not complete).</summary>
    public static IndicatorValue<int> HighCompletion(DatasetRecord record) => Flag(RawCompletion(record).GetValueOrDefault(0) >= 4);

    /// <summary>"High Ambition": potential impact Moderate or Transformative and relevant to an OGP value; the potential impact's marker when it has none.</summary>
    public static IndicatorValue<int> HighAmbition(DatasetRecord record)
    {
        var impact = PotentialImpact(record);
        return impact.TryGetValue(out var code) ? Flag(code >= 2 && IsOne(Flag(Design(record)?.Relevance.Relevant ?? default, Relevant))) : impact;
    }

    /// <summary>"High DIOG": "Did it Open Government?" Major or Outstanding, or early results Significant or better; else 0.</summary>
    public static IndicatorValue<int> HighOpenGovernment(DatasetRecord record) =>
        Flag(OpenGovernment(record).GetValueOrDefault(0) >= 3 || EarlyResults(record).GetValueOrDefault(0) >= 2);

    /// <summary>"Ambition Assessed": a potential impact or a potential for results is recorded.</summary>
    public static IndicatorValue<int> AmbitionAssessed(DatasetRecord record) => Flag(PotentialImpact(record).IsKnown || PotentialForResults(record).IsKnown);

    /// <summary>"Comp Assessed": a completion of Not Started or more is recorded at either assessment.</summary>
    public static IndicatorValue<int> CompletionAssessed(DatasetRecord record) =>
        Flag(Math.Max(CompletionMidterm(record).GetValueOrDefault(-1), CompletionEndOfTerm(record).GetValueOrDefault(-1)) >= 2);

    /// <summary>"DIOG Assessed": "Did it Open Government?" or early results is recorded.</summary>
    public static IndicatorValue<int> OpenGovernmentAssessed(DatasetRecord record) => Flag(OpenGovernment(record).IsKnown || EarlyResults(record).IsKnown);

    /// <summary>"Midterm Only": 0 with an end-of-term completion; the end of term's marker when the mid-term is not reviewed either; else 1.</summary>
    public static IndicatorValue<int> MidtermOnly(DatasetRecord record)
    {
        var end = CompletionEndOfTerm(record);
        if (end.IsKnown)
        {
            return Flag(false);
        }

        return CompletionMidterm(record).Reason == CannotTellReason.NotReviewed ? end : Flag(true);
    }

    /// <summary>"Not reviewed": 1 when the potential impact is not reviewed.</summary>
    public static IndicatorValue<int> NotReviewed(DatasetRecord record) => Flag(PotentialImpact(record).Reason == CannotTellReason.NotReviewed);

    /// <summary>"Ambitious and complete, or DIOG".</summary>
    public static IndicatorValue<int> AmbitiousAndComplete(DatasetRecord record) => Flag(Category(record) == 4);

    /// <summary>"Ambitious but not complete".</summary>
    public static IndicatorValue<int> AmbitiousNotComplete(DatasetRecord record) => Flag(Category(record) == 3);

    /// <summary>"Complete but not ambitious".</summary>
    public static IndicatorValue<int> CompleteNotAmbitious(DatasetRecord record) => Flag(Category(record) == 2);

    /// <summary>"Not complete or ambitious".</summary>
    public static IndicatorValue<int> NeitherCompleteNorAmbitious(DatasetRecord record) => Flag(Category(record) == 1);

    /// <summary>"CHECKSUM": how many of the four categories and "Not reviewed" are 1.</summary>
    public static IndicatorValue<int> Checksum(DatasetRecord record) =>
        IndicatorValue<int>.Known((Category(record) > 0 ? 1 : 0) + NotReviewed(record).Value);

    /// <summary>"IRM-Based Score": the category (4 to 1); else −1 when not reviewed; else 1.</summary>
    public static IndicatorValue<int> IrmBasedScore(DatasetRecord record) =>
        IndicatorValue<int>.Known(Category(record) is var category and > 0 ? category : NotReviewed(record).Value == 1 ? -1 : 1);

    /// <summary>"Starred (2015 Only)", "Starred (Current Formula) Progress Report" and "… End of Term".</summary>
    public static IndicatorValue<int> Starred(DatasetRecord record, StarFormula formula, AssessmentStage stage)
    {
        var endOfTerm = stage == AssessmentStage.EndOfTerm;
        var specificity = SpecificityCriterion(record, endOfTerm);
        var relevance = RelevanceCriterion(record);
        var impact = PotentialImpact(record);
        var least = formula == StarFormula.Pre2015 ? 2 : 3;
        var impactMet = impact.TryGetValue(out var impactCode)
            ? IndicatorValue<bool>.Known(impactCode >= least)
            : IndicatorValue<bool>.CannotTellInternal(impact.Reason!.Value, impact.Input);
        var completion = endOfTerm ? CompletionEndOfTerm(record) : CompletionMidterm(record);
        var completionMet = completion.Select(code => code >= 4);

        // The first missing criterion gives the marker: at mid-term in the order of the formula, at the end of term completion first.
        return endOfTerm
            ? All(completionMet, specificity, relevance, impactMet)
            : All(specificity, relevance, impactMet, completionMet);

        static IndicatorValue<int> All(IndicatorValue<bool> a, IndicatorValue<bool> b, IndicatorValue<bool> c, IndicatorValue<bool> d) =>
            Missing(a) ?? Missing(b) ?? Missing(c) ?? Missing(d) ?? Flag(a.Value && b.Value && c.Value && d.Value);

        static IndicatorValue<int>? Missing(IndicatorValue<bool> criterion) =>
            criterion.IsKnown ? null : IndicatorValue<int>.CannotTellInternal(criterion.Reason!.Value, criterion.Input);
    }

    /// <summary>"Max star": the end-of-term star (current formula), else the mid-term one; <c>NA</c> when the mid-term one is, else <c>ND</c>.</summary>
    public static IndicatorValue<int> MaxStar(DatasetRecord record)
    {
        var end = Starred(record, StarFormula.Since2015, AssessmentStage.EndOfTerm);
        if (end.IsKnown)
        {
            return end;
        }

        var midterm = Starred(record, StarFormula.Since2015, AssessmentStage.Midterm);
        return midterm.IsKnown || midterm.Reason == CannotTellReason.NotApplicable ? midterm : Marker(CannotTellReason.NoData, midterm.Input ?? SpecificityCode);
    }

    /// <summary>"Binding constraint": the first criterion of the current star formula that fails (specificity, relevance, potential impact, completion), skipping unknown ones; STAR when all are met; FALSE when none fails but one is unknown; <c>NR</c> when the potential impact is not reviewed.</summary>
    public static IndicatorValue<int> BindingConstraint(DatasetRecord record)
    {
        var impact = PotentialImpact(record);
        if (impact.Reason == CannotTellReason.NotReviewed)
        {
            return impact;
        }

        var relevant = Flag(Design(record)?.Relevance.Relevant ?? default, Relevant);
        var raw = RawCompletion(record);
        var unknown = false;
        if (Fails(Specificity(record), 2, ref unknown))
        {
            return Constraint(Analysis.BindingConstraint.Specificity);
        }

        if (Fails(relevant, 1, ref unknown))
        {
            return Constraint(Analysis.BindingConstraint.Relevance);
        }

        if (Fails(impact, 3, ref unknown))
        {
            return Constraint(Analysis.BindingConstraint.PotentialImpact);
        }

        if (Fails(raw, 4, ref unknown))
        {
            return Constraint(Analysis.BindingConstraint.Completion);
        }

        return Constraint(unknown ? Analysis.BindingConstraint.Undetermined : Analysis.BindingConstraint.None);

        static bool Fails(IndicatorValue<int> value, int threshold, ref bool unknown)
        {
            if (value.TryGetValue(out var code))
            {
                return code < threshold;
            }

            unknown = true;
            return false;
        }

        static IndicatorValue<int> Constraint(BindingConstraint constraint) => IndicatorValue<int>.Known((int)constraint);
    }

    /// <summary>"Subnational in NAPs": 1 for a national member's commitment flagged Subnational, else 0.</summary>
    public static IndicatorValue<int> SubnationalInNationalPlan(DatasetRecord record) =>
        Flag(record.Member.Kind.TryGetValue(out var kind) && kind == MemberKind.National
            && record.Commitment.PolicyAreas.TryGetValue(PolicyArea.Subnational, out var flag) && flag.GetValueOrDefault(false));

    /// <summary>
    /// The category of the four the dataset counts: 4 ambitious and complete, or strong results; 3 ambitious
    /// but not complete; 2 complete but not ambitious; 1 neither; 0 none (the ambition is unknown: not
    /// reviewed, or a plan of the 2020 method, which the dataset does not place unless its results are strong).
    /// </summary>
    private static int Category(DatasetRecord record)
    {
        if (HighOpenGovernment(record).Value == 1)
        {
            return 4;
        }

        var ambition = HighAmbition(record);
        int ambitious;
        if (ambition.TryGetValue(out var flag))
        {
            ambitious = flag;
        }
        else if (ambition.Reason == CannotTellReason.NoData && Specificity(record).IsKnown)
        {
            // A plan of the early method with a specificity but no potential impact counts as not ambitious.
            ambitious = 0;
        }
        else
        {
            return 0;
        }

        var complete = HighCompletion(record).Value == 1;
        return ambitious == 1 ? (complete ? 4 : 3) : (complete ? 2 : 1);
    }

    /// <summary>Specificity Medium or High; where the method recorded verifiability instead, verified (at the end of term only for plans submitted until 2017).</summary>
    private static IndicatorValue<bool> SpecificityCriterion(DatasetRecord record, bool endOfTerm)
    {
        var specificity = Specificity(record);
        if (specificity.TryGetValue(out var code))
        {
            return IndicatorValue<bool>.Known(code >= 2);
        }

        var useVerifiability = !endOfTerm || (record.ActionPlan.SubmissionYear.TryGetValue(out var year) && year <= LastVerifiabilityStarYear);
        if (useVerifiability && Verifiable(record) is { } verifiable)
        {
            return IndicatorValue<bool>.Known(verifiable);
        }

        return endOfTerm
            ? IndicatorValue<bool>.CannotTell(CannotTellReason.NoData, SpecificityCode)
            : IndicatorValue<bool>.CannotTellInternal(specificity.Reason!.Value, specificity.Input);
    }

    /// <summary>Relevant to access to information, civic participation or public accountability; the first missing one's marker when none is and one is missing.</summary>
    private static IndicatorValue<bool> RelevanceCriterion(DatasetRecord record)
    {
        var relevance = Design(record)?.Relevance;
        var access = Flag(relevance?.AccessToInformation ?? default, AccessToInformation);
        var civic = Flag(relevance?.CivicParticipation ?? default, CivicParticipation);
        var accountability = Flag(relevance?.PublicAccountability ?? default, PublicAccountability);
        if (IsOne(access) || IsOne(civic) || IsOne(accountability))
        {
            return IndicatorValue<bool>.Known(true);
        }

        return Missing(access) ?? Missing(civic) ?? Missing(accountability) ?? IndicatorValue<bool>.Known(false);

        static IndicatorValue<bool>? Missing(IndicatorValue<int> value) =>
            value.IsKnown ? null : IndicatorValue<bool>.CannotTellInternal(value.Reason!.Value, value.Input);
    }

    private static bool? Verifiable(DatasetRecord record)
    {
        var verifiable = Design(record)?.Verifiable ?? default;
        if (verifiable.TryGetValue(out var value))
        {
            return value == Verifiability.Verifiable;
        }

        // The dataset once writes 1 for yes in this column.
        return verifiable.IsUnrecognized && verifiable.UnrecognizedText!.Trim() == "1" ? true : null;
    }

    private static DesignAssessment? Design(DatasetRecord record) => record.Commitment.Assessment?.Design;

    private static ImplementationAssessment? Implementation(DatasetRecord record) => record.Commitment.Assessment?.Implementation;

    private static IndicatorValue<int> Specificity(DatasetRecord record) => Code(record.Codes.Specificity, Design(record)?.Specificity ?? default, SpecificityCode);

    private static IndicatorValue<int> PotentialImpact(DatasetRecord record) => Code(record.Codes.PotentialImpact, Design(record)?.PotentialImpact ?? default, PotentialImpactCode);

    private static IndicatorValue<int> PotentialForResults(DatasetRecord record) => Code(record.Codes.PotentialForResults, Design(record)?.PotentialForResults ?? default, PotentialForResultsCode);

    private static IndicatorValue<int> CompletionMidterm(DatasetRecord record) => Code(record.Codes.CompletionMidterm, Implementation(record)?.CompletionMidterm ?? default, CompletionMidtermCode);

    private static IndicatorValue<int> CompletionEndOfTerm(DatasetRecord record) => Code(record.Codes.CompletionEndOfTerm, Implementation(record)?.CompletionEndOfTerm ?? default, CompletionEndOfTermCode);

    private static IndicatorValue<int> OpenGovernment(DatasetRecord record) => Code(record.Codes.OpenGovernment, Implementation(record)?.OpenGovernment ?? default, OpenGovernmentCode);

    private static IndicatorValue<int> EarlyResults(DatasetRecord record) => Code(record.Codes.EarlyResults, Implementation(record)?.EarlyResults ?? default, EarlyResultsCode);

    /// <summary>A cell as the formulas see it: the numeric code where the row has one, else the label's dataset code, else the marker (unrecognized for a label the scale does not have).</summary>
    private static IndicatorValue<int> Code<T>(Recorded<int> code, Recorded<T> label, string path)
        where T : struct, Enum
    {
        if (code.TryGetValue(out var number))
        {
            return IndicatorValue<int>.Known(number);
        }

        if (code.State != RecordedState.NotAnswered)
        {
            return Marker(Indicators.ReasonOf(code.State), path);
        }

        var codelist = Codelist<T>.Default;
        if (label.TryGetValue(out var value) && codelist.IsDefined(value))
        {
            // A label the dataset has no code for (No Evidence Available) counts as its place on the scale, where Unclear is.
            var entry = codelist[value];
            return IndicatorValue<int>.Known(entry.DatasetCode ?? entry.Ordinal);
        }

        return Marker(label.HasValue ? CannotTellReason.Unrecognized : Indicators.ReasonOf(label.State), path);
    }

    private static IndicatorValue<int> Flag(Recorded<bool> flag, string path) =>
        flag.TryGetValue(out var value) ? Flag(value) : Marker(Indicators.ReasonOf(flag.State), path);

    private static IndicatorValue<int> Flag(bool value) => IndicatorValue<int>.Known(value ? 1 : 0);

    private static bool IsOne(IndicatorValue<int> value) => value.TryGetValue(out var number) && number == 1;

    private static IndicatorValue<int> Marker(CannotTellReason reason, string path) => IndicatorValue<int>.CannotTell(reason, path);
}
