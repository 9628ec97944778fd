using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace OpenGov.Model.Analysis;

/// <summary>
/// The indicators OGP analysts compute from the IRM's assessment of a commitment, each a pure function
/// of the commitment. An indicator that lacks an input answers "cannot tell" with the reason (not
/// reviewed, no data, not applicable, nothing recorded, an unrecognized label) and the input's path,
/// instead of guessing.
/// </summary>
/// <remarks>
/// Sources: the OGP glossary (completion, early results, ambition:
/// https://www.opengovpartnership.org/glossary/), the IRM procedures on starred commitments, and the IRM
/// commitment dataset's derived columns. <see cref="All"/> lists every indicator with its source and the
/// dataset column that records it.
/// </remarks>
public static class Indicators
{
    private const string Assessment = "/assessment";
    private const string CompletionMidterm = "/assessment/implementation/completionMidterm";
    private const string CompletionEndOfTerm = "/assessment/implementation/completionEndOfTerm";
    private const string PotentialImpact = "/assessment/design/potentialImpact";
    private const string PotentialForResults = "/assessment/design/potentialForResults";
    private const string OpenGovernment = "/assessment/implementation/openGovernment";
    private const string EarlyResults = "/assessment/implementation/earlyResults";
    private const string Specificity = "/assessment/design/specificity";
    private const string AccessToInformation = "/assessment/design/relevance/accessToInformation";
    private const string CivicParticipation = "/assessment/design/relevance/civicParticipation";
    private const string PublicAccountability = "/assessment/design/relevance/publicAccountability";

    private const string StarsSource = "IRM starred commitments: the formula until 2015 and from 2015 (IRM procedures manual)";
    private const string DatasetSource = "IRM commitment dataset (OGP), its derived indicator columns";
    private const string InSpecificity = "specificity";
    private const string InRelevance = "relevant to an OGP value";
    private const string InPotentialImpact = "potential impact";
    private const string InPotentialForResults = "potential for results";
    private const string InCompletionMidterm = "completion (mid-term)";
    private const string InCompletionEndOfTerm = "completion (end of term)";
    private const string InOpenGovernment = "Did it Open Government?";
    private const string InEarlyResults = "early results";

    /// <summary>
    /// Gets whether the commitment has high completion: its latest assessed completion
    /// (<see cref="LatestCompletion"/>) is Substantial or Complete. Source: OGP glossary, completion.
    /// Recorded in the dataset's <c>High Completion</c> column.
    /// </summary>
    public static IndicatorDefinition<bool> HighCompletion { get; } = new(
        "high-completion",
        "High completion",
        "The latest assessed completion (end of term, else mid-term) is Substantial or Complete.",
        "OGP glossary: completion, https://www.opengovpartnership.org/glossary/completion/",
        EvaluateHighCompletion,
        ToNumber,
        "High Completion",
        "/indicators/highCompletion",
        r => r.Indicators.HighCompletion.Select(ToNumber),
        DatasetFormulas.HighCompletion,
        inputs: [InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>
    /// Gets whether the commitment is highly ambitious under the IRM's method until 2020: potential
    /// impact Moderate or Transformative. Plans assessed under the 2020 method have no potential impact
    /// ("no data"); see <see cref="HighAmbitionPotentialForResults"/>. Recorded (with a relevance
    /// requirement this indicator does not add) in the dataset's <c>High Ambition</c> column.
    /// </summary>
    public static IndicatorDefinition<bool> HighAmbitionPotentialImpact { get; } = new(
        "high-ambition-potential-impact",
        "High ambition (potential impact, method until 2020)",
        "Potential impact Moderate or Transformative. The dataset's High Ambition column also asks for relevance to an OGP value; this indicator does not, as the glossary does not.",
        DatasetSource,
        EvaluateHighPotentialImpact,
        ToNumber,
        "High Ambition",
        "/indicators/highAmbition",
        r => r.Indicators.HighAmbition.Select(ToNumber),
        DatasetFormulas.HighAmbition,
        inputs: [InPotentialImpact]);

    /// <summary>
    /// Gets whether the commitment is highly ambitious under the IRM's method from 2020 (the Action Plan
    /// Review): potential for results Substantial. Source: OGP glossary, ambition. The dataset has no column of it.
    /// </summary>
    public static IndicatorDefinition<bool> HighAmbitionPotentialForResults { get; } = new(
        "high-ambition-potential-for-results",
        "High ambition (potential for results, method from 2020)",
        "Potential for results Substantial (the Action Plan Review's scale).",
        "OGP glossary: ambition, https://www.opengovpartnership.org/glossary/ambition/",
        EvaluateHighPotentialForResults,
        ToNumber,
        inputs: [InPotentialForResults]);

    /// <summary>
    /// Gets whether the commitment has strong early results: "Did it Open Government?" Major or
    /// Outstanding, or early results (the Results Report's scale) Significant or Outstanding. Either one
    /// strong is enough; a commitment with one of them recorded and not strong is not, unless the other is
    /// not reviewed or unrecognized. Source: OGP glossary, early results. Recorded in the dataset's <c>High DIOG</c> column.
    /// </summary>
    public static IndicatorDefinition<bool> StrongEarlyResults { get; } = new(
        "strong-early-results",
        "Strong early results",
        "\"Did it Open Government?\" Major or Outstanding, or early results Significant or Outstanding.",
        "OGP glossary: early results, https://www.opengovpartnership.org/glossary/early-results/",
        EvaluateStrongEarlyResults,
        ToNumber,
        "High DIOG",
        "/indicators/highOpenGovernment",
        r => r.Indicators.HighOpenGovernment.Select(ToNumber),
        DatasetFormulas.HighOpenGovernment,
        inputs: [InOpenGovernment, InEarlyResults]);

    /// <summary>Gets whether the commitment is starred by the formula until 2015 at mid-term (<see cref="Starred(StarFormula, AssessmentStage)"/>); recorded in the dataset's <c>Starred (2015 Only)</c> column.</summary>
    public static IndicatorDefinition<bool> StarredPre2015Midterm { get; } = Star(StarFormula.Pre2015, AssessmentStage.Midterm, "Starred (2015 Only)", "/commitment/assessment/implementation/starredPre2015Formula", r => r.Commitment.Assessment?.Implementation.StarredPre2015Formula ?? default);

    /// <summary>Gets whether the commitment is starred by the formula until 2015 at the end of term; the dataset has no column of it.</summary>
    public static IndicatorDefinition<bool> StarredPre2015EndOfTerm { get; } = Star(StarFormula.Pre2015, AssessmentStage.EndOfTerm, null, null, null);

    /// <summary>Gets whether the commitment is starred by the formula from 2015 at mid-term; recorded in the dataset's <c>Starred (Current Formula) Progress Report</c> column.</summary>
    public static IndicatorDefinition<bool> StarredSince2015Midterm { get; } = Star(StarFormula.Since2015, AssessmentStage.Midterm, "Starred (Current Formula) Progress Report", "/commitment/assessment/implementation/starredMidterm", r => r.Commitment.Assessment?.Implementation.StarredMidterm ?? default);

    /// <summary>Gets whether the commitment is starred by the formula from 2015 at the end of term; recorded in the dataset's <c>Starred (Current Formula) End of Term</c> column.</summary>
    public static IndicatorDefinition<bool> StarredSince2015EndOfTerm { get; } = Star(StarFormula.Since2015, AssessmentStage.EndOfTerm, "Starred (Current Formula) End of Term", "/commitment/assessment/implementation/starredEndOfTerm", r => r.Commitment.Assessment?.Implementation.StarredEndOfTerm ?? default);

    /// <summary>
    /// Gets the IRM-based score: 4 ambitious and complete, or strong early results; 3 ambitious but not
    /// complete; 2 complete but not ambitious; 1 neither; −1 not reviewed (the IRM has not reviewed the
    /// commitment's design, and no strong early result is recorded). Ambitious is <see cref="Ambitious"/>,
    /// complete is <see cref="HighCompletion"/>, strong early results is <see cref="StrongEarlyResults"/>
    /// where it is known (results are assessed at the end of term only, so their absence does not stop a
    /// score). Source and column: IRM commitment dataset, <c>IRM-Based Score</c>.
    /// </summary>
    public static IndicatorDefinition<int> IrmBasedScore { get; } = new(
        "irm-based-score",
        "IRM-based score",
        "4 ambitious (potential impact Moderate or Transformative, or potential for results Substantial) and complete (high completion), or strong early results; 3 ambitious but not complete; 2 complete but not ambitious; 1 neither; -1 the IRM has not reviewed the commitment's design (unless it records strong early results). When the completion or the ambition it needs is missing, the score cannot tell.",
        DatasetSource,
        EvaluateIrmBasedScore,
        static score => score,
        "IRM-Based Score",
        "/indicators/irmBasedScore",
        r => r.Indicators.IrmBasedScore,
        DatasetFormulas.IrmBasedScore,
        inputs: [InPotentialImpact, InPotentialForResults, InCompletionMidterm, InCompletionEndOfTerm, InOpenGovernment, InEarlyResults]);

    /// <summary>Gets "Raw Completion": the latest assessed completion as its dataset code, Withdrawn 0 to Complete 5. Dataset column <c>Raw Completion</c>.</summary>
    public static IndicatorDefinition<int> RawCompletion { get; } = new(
        "raw-completion",
        "Raw completion",
        "The latest assessed completion (end of term, else mid-term) as its dataset code: Withdrawn 0, Unclear 1, Not Started 2, Limited 3, Substantial 4, Complete 5.",
        DatasetSource,
        c => LatestCompletion(c).Select(CompletionCode),
        static code => code,
        "Raw Completion",
        "/indicators/rawCompletion",
        r => r.Indicators.RawCompletion,
        DatasetFormulas.RawCompletion,
        inputs: [InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>Gets "Max Completion": the latest assessed completion from Not Started 0 to Complete 3; no data below Not Started. Dataset column <c>Max Completion</c>.</summary>
    public static IndicatorDefinition<int> MaxCompletion { get; } = new(
        "max-completion",
        "Completion from 0 to 3",
        "The latest assessed completion from Not Started 0 to Complete 3 (the raw completion minus 2); a withdrawn or unclear commitment has none (no data).",
        DatasetSource,
        EvaluateMaxCompletion,
        static code => code,
        "Max Completion",
        "/indicators/maxCompletion",
        r => r.Indicators.MaxCompletion,
        DatasetFormulas.MaxCompletion,
        inputs: [InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>Gets "Ambitious and complete, or DIOG": the IRM-based score is 4. Dataset column of the same name.</summary>
    public static IndicatorDefinition<bool> AmbitiousAndComplete { get; } = ScoreCategory(4, "ambitious-and-complete-or-strong-results", "Ambitious and complete, or strong early results", "Ambitious and complete, or DIOG", "/indicators/ambitiousAndCompleteOrOpenedGovernment", r => r.Indicators.AmbitiousAndCompleteOrOpenedGovernment, DatasetFormulas.AmbitiousAndComplete);

    /// <summary>Gets "Ambitious but not complete": the IRM-based score is 3. Dataset column of the same name.</summary>
    public static IndicatorDefinition<bool> AmbitiousNotComplete { get; } = ScoreCategory(3, "ambitious-not-complete", "Ambitious but not complete", "Ambitious but not complete", "/indicators/ambitiousButNotComplete", r => r.Indicators.AmbitiousButNotComplete, DatasetFormulas.AmbitiousNotComplete);

    /// <summary>Gets "Complete but not ambitious": the IRM-based score is 2. Dataset column of the same name.</summary>
    public static IndicatorDefinition<bool> CompleteNotAmbitious { get; } = ScoreCategory(2, "complete-not-ambitious", "Complete but not ambitious", "Complete but not ambitious", "/indicators/completeButNotAmbitious", r => r.Indicators.CompleteButNotAmbitious, DatasetFormulas.CompleteNotAmbitious);

    /// <summary>Gets "Not complete or ambitious": the IRM-based score is 1. Dataset column of the same name.</summary>
    public static IndicatorDefinition<bool> NeitherCompleteNorAmbitious { get; } = ScoreCategory(1, "neither-complete-nor-ambitious", "Neither complete nor ambitious", "Not complete or ambitious", "/indicators/notCompleteOrAmbitious", r => r.Indicators.NotCompleteOrAmbitious, DatasetFormulas.NeitherCompleteNorAmbitious);

    /// <summary>Gets "Not reviewed": the IRM has not reviewed the commitment's design. Dataset column <c>Not reviewed</c>.</summary>
    public static IndicatorDefinition<bool> NotReviewed { get; } = new(
        "not-reviewed",
        "Design not reviewed",
        "The IRM has not reviewed the commitment's design: its ambition (potential impact, else potential for results) is not reviewed.",
        DatasetSource,
        EvaluateNotReviewed,
        ToNumber,
        "Not reviewed",
        "/indicators/notReviewed",
        r => r.Indicators.NotReviewed.Select(ToNumber),
        DatasetFormulas.NotReviewed,
        inputs: [InPotentialImpact, InPotentialForResults]);

    /// <summary>Gets "CHECKSUM": how many of the four score categories and "Not reviewed" hold, 1 for a well-formed row. Dataset column <c>CHECKSUM</c>.</summary>
    public static IndicatorDefinition<int> Checksum { get; } = new(
        "checksum",
        "Checksum of the score categories",
        "How many of the four score categories and 'not reviewed' hold; 1 for a row the score places exactly once.",
        DatasetSource,
        EvaluateChecksum,
        static count => count,
        "CHECKSUM",
        "/indicators/checksum",
        r => r.Indicators.Checksum,
        DatasetFormulas.Checksum,
        inputs: [InPotentialImpact, InPotentialForResults, InCompletionMidterm, InCompletionEndOfTerm, InOpenGovernment, InEarlyResults]);

    /// <summary>Gets "Ambition Assessed": a potential impact or a potential for results is recorded. Dataset column <c>Ambition Assessed</c>.</summary>
    public static IndicatorDefinition<bool> AmbitionAssessed { get; } = new(
        "ambition-assessed",
        "Ambition assessed",
        "A potential impact or a potential for results is recorded.",
        DatasetSource,
        c => IndicatorValue<bool>.Known(c.Assessment is { } a && (a.Design.PotentialImpact.HasValue || a.Design.PotentialForResults.HasValue)),
        ToNumber,
        "Ambition Assessed",
        "/indicators/ambitionAssessed",
        r => r.Indicators.AmbitionAssessed.Select(ToNumber),
        DatasetFormulas.AmbitionAssessed,
        inputs: [InPotentialImpact, InPotentialForResults]);

    /// <summary>Gets "Comp Assessed": a completion of Not Started or more is recorded at either assessment. Dataset column <c>Comp Assessed</c>.</summary>
    public static IndicatorDefinition<bool> CompletionAssessed { get; } = new(
        "completion-assessed",
        "Completion assessed",
        "A completion of Not Started or more is recorded at mid-term or at the end of term.",
        DatasetSource,
        c => IndicatorValue<bool>.Known(c.Assessment is { } a && (IsAssessed(a.Implementation.CompletionMidterm) || IsAssessed(a.Implementation.CompletionEndOfTerm))),
        ToNumber,
        "Comp Assessed",
        "/indicators/completionAssessed",
        r => r.Indicators.CompletionAssessed.Select(ToNumber),
        DatasetFormulas.CompletionAssessed,
        inputs: [InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>Gets "DIOG Assessed": "Did it Open Government?" or early results is recorded. Dataset column <c>DIOG Assessed</c>.</summary>
    public static IndicatorDefinition<bool> OpenGovernmentAssessed { get; } = new(
        "open-government-assessed",
        "Early results assessed",
        "\"Did it Open Government?\" or early results is recorded.",
        DatasetSource,
        c => IndicatorValue<bool>.Known(c.Assessment is { } a && (a.Implementation.OpenGovernment.HasValue || a.Implementation.EarlyResults.HasValue)),
        ToNumber,
        "DIOG Assessed",
        "/indicators/openGovernmentAssessed",
        r => r.Indicators.OpenGovernmentAssessed.Select(ToNumber),
        DatasetFormulas.OpenGovernmentAssessed,
        inputs: [InOpenGovernment, InEarlyResults]);

    /// <summary>Gets "Midterm Only": a mid-term completion is recorded and an end-of-term one is not. Dataset column <c>Midterm Only</c>.</summary>
    public static IndicatorDefinition<bool> MidtermOnly { get; } = new(
        "midterm-only",
        "Assessed at mid-term only",
        "The completion is recorded at mid-term and not at the end of term.",
        DatasetSource,
        EvaluateMidtermOnly,
        ToNumber,
        "Midterm Only",
        "/indicators/midtermOnly",
        r => r.Indicators.MidtermOnly.Select(ToNumber),
        DatasetFormulas.MidtermOnly,
        inputs: [InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>Gets "Max star": starred by the current formula at the latest assessment (end of term, else mid-term). Dataset column <c>Max star</c>.</summary>
    public static IndicatorDefinition<bool> MaxStar { get; } = new(
        "max-star",
        "Starred at the latest assessment",
        "Starred by the formula from 2015 at the end of term, else at mid-term.",
        StarsSource,
        EvaluateMaxStar,
        ToNumber,
        "Max star",
        "/indicators/maxStar",
        r => r.Indicators.MaxStar.Select(ToNumber),
        DatasetFormulas.MaxStar,
        inputs: [InSpecificity, InRelevance, InPotentialImpact, InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>Gets "Binding constraint": the first criterion of the current star formula that fails (<see cref="Analysis.BindingConstraint"/>). Dataset column <c>Binding constraint</c>.</summary>
    public static IndicatorDefinition<BindingConstraint> BindingConstraint { get; } = new(
        "binding-constraint",
        "Binding constraint",
        "The first criterion of the star formula from 2015 that fails, in its order: specificity (Spec), relevance (Rel), potential impact Transformative (PotImp), completion at the latest assessment (Cmpl); STAR when all are met.",
        StarsSource,
        EvaluateBindingConstraint,
        static constraint => (int)constraint,
        "Binding constraint",
        "/indicators/bindingConstraint",
        r => ParseBindingConstraint(r.Indicators.BindingConstraint),
        DatasetFormulas.BindingConstraint,
        inputs: [InSpecificity, InRelevance, InPotentialImpact, InCompletionMidterm, InCompletionEndOfTerm]);

    /// <summary>Gets "Subnational in NAPs": a commitment of a national member's plan flagged with the policy area Subnational. Dataset column <c>Subnational in NAPs</c>.</summary>
    /// <remarks>A commitment alone does not say whether its member is national: evaluated on a commitment, the indicator tells "no" for a commitment not flagged Subnational and cannot tell otherwise; evaluated on a dataset row it reads the member's kind.</remarks>
    public static IndicatorDefinition<bool> SubnationalInNationalPlan { get; } = new(
        "subnational-in-national-plan",
        "Subnational commitment in a national plan",
        "The commitment is flagged with the policy area Subnational and its member is national.",
        DatasetSource,
        static c => SubnationalIn(c, default),
        ToNumber,
        "Subnational in NAPs",
        "/indicators/subnationalInNationalPlans",
        r => r.Indicators.SubnationalInNationalPlans.Select(ToNumber),
        DatasetFormulas.SubnationalInNationalPlan,
        static r => SubnationalIn(r.Commitment, r.Member.Kind).Select(ToNumber),
        inputs: []);

    /// <summary>Gets every indicator, in a stable order, with its source and the dataset column that records it.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => Catalogue;

    /// <summary>The catalogue as an array, for the loops of analysis and validation.</summary>
    internal static IndicatorDefinition[] Catalogue { get; } =
    [
        HighCompletion, HighAmbitionPotentialImpact, HighAmbitionPotentialForResults, StrongEarlyResults,
        StarredPre2015Midterm, StarredPre2015EndOfTerm, StarredSince2015Midterm, StarredSince2015EndOfTerm, IrmBasedScore,
    ];

    /// <summary>
    /// Gets every column the IRM commitment dataset derives from its assessments that the library computes,
    /// in the dataset's order of columns: the indicators of <see cref="All"/> that the dataset records, and
    /// its bookkeeping columns (raw and maximum completion, the score's categories and checksum, what was
    /// assessed, the binding constraint). Each evaluates under either <see cref="IndicatorConvention"/>.
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> DatasetColumns => DerivedColumnDefinitions;

    /// <summary>The dataset's derived columns as an array.</summary>
    internal static IndicatorDefinition[] DerivedColumnDefinitions { get; } =
    [
        StarredPre2015Midterm, StarredSince2015Midterm, StarredSince2015EndOfTerm, MaxStar, AmbitionAssessed,
        CompletionAssessed, OpenGovernmentAssessed, MidtermOnly, MaxCompletion, RawCompletion, HighCompletion,
        HighAmbitionPotentialImpact, StrongEarlyResults, AmbitiousAndComplete, AmbitiousNotComplete, CompleteNotAmbitious,
        NeitherCompleteNorAmbitious, NotReviewed, Checksum, IrmBasedScore, BindingConstraint, SubnationalInNationalPlan,
    ];

    /// <summary>The indicators and the dataset's derived columns, each once: the columns of <c>ogp indicators</c>.</summary>
    internal static IndicatorDefinition[] Table { get; } = CreateTable();

    /// <summary>Gets the yes/no indicators of <see cref="All"/>, in that order: the ones a summary gives a share of.</summary>
    public static IReadOnlyList<IndicatorDefinition<bool>> YesNo { get; } =
    [
        HighCompletion, HighAmbitionPotentialImpact, HighAmbitionPotentialForResults, StrongEarlyResults,
        StarredPre2015Midterm, StarredPre2015EndOfTerm, StarredSince2015Midterm, StarredSince2015EndOfTerm,
    ];

    /// <summary>Gets the indicator named <paramref name="name"/>, such as <c>high-completion</c>: the name of a summary's share, or of a command-line option.</summary>
    /// <param name="name">The indicator's name; case does not matter.</param>
    /// <param name="indicator">The indicator.</param>
    /// <returns><see langword="true"/> when an indicator has that name.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out IndicatorDefinition? indicator)
    {
        foreach (var candidate in Table)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                indicator = candidate;
                return true;
            }
        }

        indicator = null;
        return false;
    }

    /// <summary>Gets the indicator named <paramref name="name"/>, such as <c>high-completion</c>.</summary>
    /// <param name="name">The indicator's name; case does not matter.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">No indicator has that name.</exception>
    public static IndicatorDefinition Get(string name) =>
        TryGet(name, out var indicator)
            ? indicator
            : throw new ArgumentException($"'{name}' is not an indicator; the indicators are: {string.Join(", ", Array.ConvertAll(Table, i => i.Name))}.", nameof(name));

    /// <summary>Gets the starred indicator of a formula at an assessment.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="stage">The assessment whose completion counts.</param>
    /// <returns>One of the four starred indicators.</returns>
    public static IndicatorDefinition<bool> Starred(StarFormula formula, AssessmentStage stage) => (formula, stage) switch
    {
        (StarFormula.Pre2015, AssessmentStage.Midterm) => StarredPre2015Midterm,
        (StarFormula.Pre2015, _) => StarredPre2015EndOfTerm,
        (_, AssessmentStage.Midterm) => StarredSince2015Midterm,
        _ => StarredSince2015EndOfTerm,
    };

    /// <summary>
    /// Gets the latest assessed completion: the end-of-term completion when it is recorded, else the
    /// mid-term completion.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<CompletionLevel> LatestCompletion(Commitment commitment)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<CompletionLevel>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        var implementation = assessment.Implementation;
        if (implementation.CompletionEndOfTerm.TryGetValue(out var end))
        {
            return IndicatorValue<CompletionLevel>.Known(end);
        }

        if (implementation.CompletionMidterm.TryGetValue(out var midterm))
        {
            return IndicatorValue<CompletionLevel>.Known(midterm);
        }

        var missing = Missing.Of(implementation.CompletionEndOfTerm, CompletionEndOfTerm).Worst(Missing.Of(implementation.CompletionMidterm, CompletionMidterm));
        return missing.As<CompletionLevel>();
    }

    private static IndicatorValue<bool> EvaluateHighCompletion(Commitment commitment) =>
        LatestCompletion(commitment).Select(level => level.IsHighCompletion());

    /// <summary>
    /// Gets whether the commitment has high completion at one assessment: completion Substantial or
    /// Complete at mid-term or at end of term.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="stage">The assessment.</param>
    /// <returns>Whether completion is high at that assessment, or "cannot tell".</returns>
    public static IndicatorValue<bool> HighCompletionAt(Commitment commitment, AssessmentStage stage)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        return stage == AssessmentStage.Midterm
            ? From(assessment.Implementation.CompletionMidterm, CompletionMidterm, level => level.IsHighCompletion())
            : From(assessment.Implementation.CompletionEndOfTerm, CompletionEndOfTerm, level => level.IsHighCompletion());
    }

    private static IndicatorValue<bool> EvaluateHighPotentialImpact(Commitment commitment) =>
        Check(commitment).Assessment is { } assessment
            ? From(assessment.Design.PotentialImpact, PotentialImpact, impact => impact.IsHighAmbition())
            : IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);

    private static IndicatorValue<bool> EvaluateHighPotentialForResults(Commitment commitment) =>
        Check(commitment).Assessment is { } assessment
            ? From(assessment.Design.PotentialForResults, PotentialForResults, potential => potential.IsHighAmbition())
            : IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);

    /// <summary>
    /// Gets whether the commitment is ambitious under whichever method assessed it: potential impact
    /// Moderate or Transformative where it is recorded, else potential for results Substantial. The
    /// IRM-based score uses this.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<bool> Ambitious(Commitment commitment)
    {
        var impact = EvaluateHighPotentialImpact(commitment);
        if (impact.IsKnown)
        {
            return impact;
        }

        var potential = EvaluateHighPotentialForResults(commitment);
        return potential.IsKnown ? potential : Missing.From(impact).Worst(Missing.From(potential)).As<bool>();
    }

    private static IndicatorValue<bool> EvaluateStrongEarlyResults(Commitment commitment)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        var implementation = assessment.Implementation;
        var openGovernment = From(implementation.OpenGovernment, OpenGovernment, result => result.IsStrongResult());
        var early = From(implementation.EarlyResults, EarlyResults, level => level.IsStrongResult());
        if (openGovernment.GetValueOrDefault(false) || early.GetValueOrDefault(false))
        {
            return IndicatorValue<bool>.Known(true);
        }

        if (openGovernment.IsKnown && early.IsKnown)
        {
            return IndicatorValue<bool>.Known(false);
        }

        if (openGovernment.IsKnown || early.IsKnown)
        {
            // One is recorded and not strong; the other settles nothing when its scale did not exist for the plan's method.
            var other = openGovernment.IsKnown ? early : openGovernment;
            return other.Reason is CannotTellReason.NotReviewed or CannotTellReason.Unrecognized ? other : IndicatorValue<bool>.Known(false);
        }

        return Missing.From(openGovernment).Worst(Missing.From(early)).As<bool>();
    }

    private static IndicatorValue<bool> EvaluateStarred(Commitment commitment, StarFormula formula, AssessmentStage stage)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        var design = assessment.Design;
        return All4(
            From(design.Specificity, Specificity, specificity => specificity.IsVerifiable()),
            Relevant(design.Relevance),
            formula == StarFormula.Pre2015
                ? From(design.PotentialImpact, PotentialImpact, static impact => impact.IsHighAmbition())
                : From(design.PotentialImpact, PotentialImpact, static impact => impact == Model.PotentialImpact.Transformative),
            HighCompletionAt(commitment, stage));
    }

    private static IndicatorValue<int> EvaluateIrmBasedScore(Commitment commitment)
    {
        if (EvaluateStrongEarlyResults(commitment).GetValueOrDefault(false))
        {
            return IndicatorValue<int>.Known(4);
        }

        var ambitious = Ambitious(commitment);
        if (ambitious.Reason == CannotTellReason.NotReviewed)
        {
            return IndicatorValue<int>.Known(-1);
        }

        var complete = EvaluateHighCompletion(commitment);
        if (ambitious.TryGetValue(out var a) && complete.TryGetValue(out var c))
        {
            return IndicatorValue<int>.Known(a ? (c ? 4 : 3) : (c ? 2 : 1));
        }

        var missing = ambitious.IsKnown ? Missing.From(complete) : complete.IsKnown ? Missing.From(ambitious) : Missing.From(ambitious).Worst(Missing.From(complete));
        return missing.As<int>();
    }

    /// <summary>Relevant to one of the first three OGP values: yes if one is; no if all three are recorded and none is; otherwise cannot tell.</summary>
    internal static IndicatorValue<bool> Relevant(OgpValueRelevance relevance)
    {
        var access = From(relevance.AccessToInformation, AccessToInformation, flag => flag);
        var civic = From(relevance.CivicParticipation, CivicParticipation, flag => flag);
        var accountability = From(relevance.PublicAccountability, PublicAccountability, flag => flag);
        if (access.GetValueOrDefault(false) || civic.GetValueOrDefault(false) || accountability.GetValueOrDefault(false))
        {
            return IndicatorValue<bool>.Known(true);
        }

        return access.IsKnown && civic.IsKnown && accountability.IsKnown
            ? IndicatorValue<bool>.Known(false)
            : Missing.From(access).Worst(Missing.From(civic)).Worst(Missing.From(accountability)).As<bool>();
    }

    /// <summary>Three-valued "and": one known false settles it; else a missing one makes it cannot tell.</summary>
    private static IndicatorValue<bool> All4(IndicatorValue<bool> a, IndicatorValue<bool> b, IndicatorValue<bool> c, IndicatorValue<bool> d)
    {
        if (IsFalse(a) || IsFalse(b) || IsFalse(c) || IsFalse(d))
        {
            return IndicatorValue<bool>.Known(false);
        }

        return a.IsKnown && b.IsKnown && c.IsKnown && d.IsKnown
            ? IndicatorValue<bool>.Known(true)
            : Missing.From(a).Worst(Missing.From(b)).Worst(Missing.From(c)).Worst(Missing.From(d)).As<bool>();

        static bool IsFalse(IndicatorValue<bool> value) => value.IsKnown && !value.Value;
    }

    private static IndicatorValue<bool> From<T>(Recorded<T> recorded, string input, Func<T, bool> test) =>
        recorded.TryGetValue(out var value) ? IndicatorValue<bool>.Known(test(value)) : Missing.Of(recorded, input).As<bool>();

    private static Commitment Check(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment;
    }

    private static int ToNumber(bool value) => value ? 1 : 0;

    private static IndicatorDefinition<bool> Star(StarFormula formula, AssessmentStage stage, string? column, string? path, Func<DatasetRecord, Recorded<bool>>? recorded)
    {
        var era = formula == StarFormula.Pre2015 ? "until 2015" : "from 2015";
        var impact = formula == StarFormula.Pre2015 ? "Moderate or Transformative" : "Transformative";
        var at = stage == AssessmentStage.Midterm ? "mid-term" : "end of term";
        return new(
            "starred-" + (formula == StarFormula.Pre2015 ? "pre-2015" : "since-2015") + "-" + (stage == AssessmentStage.Midterm ? "midterm" : "end-of-term"),
            $"Starred, formula {era}, at {at}",
            $"Specificity Medium or High; relevant to access to information, civic participation or public accountability; potential impact {impact}; completion Substantial or Complete at {at}.",
            StarsSource,
            c => EvaluateStarred(c, formula, stage),
            ToNumber,
            column,
            path,
            recorded is null ? null : r => recorded(r).Select(ToNumber),
            recorded is null ? null : r => DatasetFormulas.Starred(r, formula, stage),
            isStarred: true,
            inputs: [InSpecificity, InRelevance, InPotentialImpact, stage == AssessmentStage.Midterm ? InCompletionMidterm : InCompletionEndOfTerm]);
    }

    /// <summary>The token the dataset writes for a binding constraint.</summary>
    internal static string TokenOf(BindingConstraint constraint) => constraint switch
    {
        Analysis.BindingConstraint.None => "STAR",
        Analysis.BindingConstraint.Specificity => "Spec",
        Analysis.BindingConstraint.Relevance => "Rel",
        Analysis.BindingConstraint.PotentialImpact => "PotImp",
        Analysis.BindingConstraint.Completion => "Cmpl",
        Analysis.BindingConstraint.Undetermined => "FALSE",
        _ => ((int)constraint).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Recorded<int> ParseBindingConstraint(Recorded<string> recorded)
    {
        if (!recorded.TryGetValue(out var text) || string.IsNullOrWhiteSpace(text))
        {
            return recorded.IsUnrecognized ? Recorded<int>.Unrecognized(recorded.UnrecognizedText!)
                : recorded.HasValue ? Recorded<int>.NotAnswered
                : Recorded<int>.Missing(recorded.State);
        }

        for (var constraint = Analysis.BindingConstraint.None; constraint <= Analysis.BindingConstraint.Undetermined; constraint++)
        {
            if (string.Equals(text.Trim(), TokenOf(constraint), StringComparison.OrdinalIgnoreCase))
            {
                return Recorded<int>.Of((int)constraint);
            }
        }

        return Recorded<int>.Unrecognized(text);
    }

    private static IndicatorDefinition[] CreateTable()
    {
        var table = new List<IndicatorDefinition>(Catalogue);
        foreach (var column in DerivedColumnDefinitions)
        {
            if (!table.Contains(column))
            {
                table.Add(column);
            }
        }

        return [.. table];
    }

    private static IndicatorDefinition<bool> ScoreCategory(int score, string name, string title, string column, string path, Func<DatasetRecord, Recorded<bool>> recorded, Func<DatasetRecord, IndicatorValue<int>> datasetFormula) => new(
        name,
        title,
        $"The IRM-based score is {score.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
        DatasetSource,
        c => EvaluateIrmBasedScore(c) is var value && value.TryGetValue(out var number)
            ? IndicatorValue<bool>.Known(number == score)
            : IndicatorValue<bool>.CannotTellInternal(value.Reason!.Value, value.Input),
        ToNumber,
        column,
        path,
        r => recorded(r).Select(ToNumber),
        datasetFormula,
        inputs: [InPotentialImpact, InPotentialForResults, InCompletionMidterm, InCompletionEndOfTerm, InOpenGovernment, InEarlyResults]);

    private static int CompletionCode(CompletionLevel level)
    {
        // No Evidence Available has no dataset code; it takes its place on the scale, where Unclear is.
        var entry = Codelist<CompletionLevel>.Default[level];
        return entry.DatasetCode ?? entry.Ordinal;
    }

    private static bool IsAssessed(Recorded<CompletionLevel> completion) => completion.TryGetValue(out var level) && CompletionCode(level) >= 2;

    private static IndicatorValue<bool> SubnationalIn(Commitment commitment, Recorded<MemberKind> kind)
    {
        var flag = From(commitment.PolicyAreas.TryGetValue(PolicyArea.Subnational, out var recorded) ? recorded : default, "/policyAreas/subnational", static set => set);
        if (flag.IsKnown && !flag.Value)
        {
            return flag;
        }

        var national = From(kind, "/member/kind", static k => k == MemberKind.National);
        return national.IsKnown && !national.Value ? national
            : flag.IsKnown && national.IsKnown ? IndicatorValue<bool>.Known(true)
            : Missing.From(flag).Worst(Missing.From(national)).As<bool>();
    }

    private static IndicatorValue<int> EvaluateMaxCompletion(Commitment commitment)
    {
        var latest = LatestCompletion(commitment);
        if (!latest.TryGetValue(out var level))
        {
            return latest.Select(CompletionCode);
        }

        var code = CompletionCode(level);
        return code >= 2 ? IndicatorValue<int>.Known(code - 2) : IndicatorValue<int>.CannotTell(CannotTellReason.NoData, CompletionEndOfTerm);
    }

    private static IndicatorValue<bool> EvaluateNotReviewed(Commitment commitment)
    {
        var ambitious = Ambitious(commitment);
        return ambitious.IsKnown ? IndicatorValue<bool>.Known(false)
            : ambitious.Reason == CannotTellReason.NotReviewed ? IndicatorValue<bool>.Known(true)
            : ambitious;
    }

    private static IndicatorValue<int> EvaluateChecksum(Commitment commitment)
    {
        var score = EvaluateIrmBasedScore(commitment);
        return score.TryGetValue(out _) ? IndicatorValue<int>.Known(1) : score;
    }

    private static IndicatorValue<bool> EvaluateMidtermOnly(Commitment commitment)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        var implementation = assessment.Implementation;
        if (implementation.CompletionEndOfTerm.HasValue)
        {
            return IndicatorValue<bool>.Known(false);
        }

        return implementation.CompletionMidterm.HasValue
            ? IndicatorValue<bool>.Known(true)
            : Missing.Of(implementation.CompletionEndOfTerm, CompletionEndOfTerm).Worst(Missing.Of(implementation.CompletionMidterm, CompletionMidterm)).As<bool>();
    }

    private static IndicatorValue<bool> EvaluateMaxStar(Commitment commitment)
    {
        var end = EvaluateStarred(commitment, StarFormula.Since2015, AssessmentStage.EndOfTerm);
        if (end.IsKnown)
        {
            return end;
        }

        var midterm = EvaluateStarred(commitment, StarFormula.Since2015, AssessmentStage.Midterm);
        return midterm.IsKnown ? midterm : Missing.From(end).Worst(Missing.From(midterm)).As<bool>();
    }

    private static IndicatorValue<BindingConstraint> EvaluateBindingConstraint(Commitment commitment)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<BindingConstraint>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        // The criteria in the formula's order: the first known to fail binds; a missing one stops nothing but leaves "cannot tell".
        var design = assessment.Design;
        var missing = default(Missing);
        if (Fails(From(design.Specificity, Specificity, specificity => specificity.IsVerifiable()), ref missing))
        {
            return IndicatorValue<BindingConstraint>.Known(Analysis.BindingConstraint.Specificity);
        }

        if (Fails(Relevant(design.Relevance), ref missing))
        {
            return IndicatorValue<BindingConstraint>.Known(Analysis.BindingConstraint.Relevance);
        }

        if (Fails(From(design.PotentialImpact, PotentialImpact, static impact => impact == Model.PotentialImpact.Transformative), ref missing))
        {
            return IndicatorValue<BindingConstraint>.Known(Analysis.BindingConstraint.PotentialImpact);
        }

        if (Fails(EvaluateHighCompletion(commitment), ref missing))
        {
            return IndicatorValue<BindingConstraint>.Known(Analysis.BindingConstraint.Completion);
        }

        return missing.IsSet ? missing.As<BindingConstraint>() : IndicatorValue<BindingConstraint>.Known(Analysis.BindingConstraint.None);

        static bool Fails(IndicatorValue<bool> met, ref Missing missing)
        {
            missing = missing.Worst(Missing.From(met));
            return met.IsKnown && !met.Value;
        }
    }

    /// <summary>Describes one input of an indicator for a commitment: the label of its value, or what is missing.</summary>
    internal static string DescribeInput(Commitment commitment, string input)
    {
        var design = commitment.Assessment?.Design;
        var implementation = commitment.Assessment?.Implementation;
        return input switch
        {
            InSpecificity => Describe(design?.Specificity ?? default),
            InRelevance => Relevant(design?.Relevance ?? new OgpValueRelevance()).ToString(),
            InPotentialImpact => Describe(design?.PotentialImpact ?? default),
            InPotentialForResults => Describe(design?.PotentialForResults ?? default),
            InCompletionMidterm => Describe(implementation?.CompletionMidterm ?? default),
            InCompletionEndOfTerm => Describe(implementation?.CompletionEndOfTerm ?? default),
            InOpenGovernment => Describe(implementation?.OpenGovernment ?? default),
            _ => Describe(implementation?.EarlyResults ?? default),
        };

        static string Describe<T>(Recorded<T> value)
            where T : struct, Enum => Codelist<T>.Default.Describe(value);
    }

    /// <summary>How much a reason explains: an unrecognized label most, nothing recorded least.</summary>
    internal static int Rank(CannotTellReason reason) => reason switch
    {
        CannotTellReason.Unrecognized => 4,
        CannotTellReason.NotReviewed => 3,
        CannotTellReason.NotApplicable => 2,
        CannotTellReason.NoData => 1,
        _ => 0,
    };

    /// <summary>The reason of a recorded state that is not a value.</summary>
    internal static CannotTellReason ReasonOf(RecordedState state) => state switch
    {
        RecordedState.NoData => CannotTellReason.NoData,
        RecordedState.NotReviewed => CannotTellReason.NotReviewed,
        RecordedState.NotApplicable => CannotTellReason.NotApplicable,
        RecordedState.Unrecognized => CannotTellReason.Unrecognized,
        _ => CannotTellReason.NotAnswered,
    };

    /// <summary>A missing input: its reason and path; <see cref="Worst"/> keeps the one that explains more.</summary>
    private readonly struct Missing
    {
        private readonly CannotTellReason _reason;
        private readonly string? _input;
        private readonly bool _isSet;

        private Missing(CannotTellReason reason, string? input)
        {
            _reason = reason;
            _input = input;
            _isSet = true;
        }

        public static Missing Of<T>(Recorded<T> recorded, string input) => new(ReasonOf(recorded.State), input);

        public static Missing From<T>(IndicatorValue<T> value)
            where T : struct =>
            value.Reason is { } reason ? new Missing(reason, value.Input) : default;

        public bool IsSet => _isSet;

        public Missing Worst(Missing other) => !_isSet || (other._isSet && Rank(other._reason) > Rank(_reason)) ? other : this;

        public IndicatorValue<T> As<T>()
            where T : struct =>
            IndicatorValue<T>.CannotTellInternal(_reason, _input);
    }
}
