using System;
using System.Collections.Generic;
using OpenGov.Model.Assessments;
using OpenGov.Model.Plans;
using OpenGov.Model.Scales;

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

    /// <summary>Gets every indicator, in a stable order, with its source and the dataset column that records it.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => IndicatorDefinition.Catalogue;

    /// <summary>Gets the indicator named <paramref name="name"/>, such as <c>high-completion</c>.</summary>
    /// <param name="name">The indicator's name.</param>
    /// <exception cref="ArgumentException">No indicator has that name.</exception>
    public static IndicatorDefinition Get(string name)
    {
        foreach (var indicator in All)
        {
            if (string.Equals(indicator.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return indicator;
            }
        }

        throw new ArgumentException($"'{name}' is not an indicator; the indicators are: {string.Join(", ", IndicatorDefinition.Names)}.", nameof(name));
    }

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

    /// <summary>
    /// Gets whether the commitment has high completion: its latest assessed completion
    /// (<see cref="LatestCompletion"/>) is Substantial or Complete. Source: OGP glossary, completion.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<bool> HighCompletion(Commitment commitment) =>
        LatestCompletion(commitment).Select(level => level.IsHighCompletion());

    /// <summary>
    /// Gets whether the commitment has high completion at one assessment: completion Substantial or
    /// Complete at mid-term or at end of term.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="stage">The assessment.</param>
    public static IndicatorValue<bool> HighCompletion(Commitment commitment, AssessmentStage stage)
    {
        if (Check(commitment).Assessment is not { } assessment)
        {
            return IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);
        }

        return stage == AssessmentStage.Midterm
            ? From(assessment.Implementation.CompletionMidterm, CompletionMidterm, level => level.IsHighCompletion())
            : From(assessment.Implementation.CompletionEndOfTerm, CompletionEndOfTerm, level => level.IsHighCompletion());
    }

    /// <summary>
    /// Gets whether the commitment is highly ambitious under the IRM's method until 2020: potential
    /// impact Moderate or Transformative. Plans assessed under the 2020 method have no potential impact
    /// ("no data"); see <see cref="HighPotentialForResults"/>. Source: IRM commitment dataset, High Ambition.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<bool> HighPotentialImpact(Commitment commitment) =>
        Check(commitment).Assessment is { } assessment
            ? From(assessment.Design.PotentialImpact, PotentialImpact, impact => impact.IsHighAmbition())
            : IndicatorValue<bool>.CannotTell(CannotTellReason.NotAnswered, Assessment);

    /// <summary>
    /// Gets whether the commitment is highly ambitious under the IRM's method from 2020 (the Action Plan
    /// Review): potential for results Substantial. Source: OGP glossary, ambition.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<bool> HighPotentialForResults(Commitment commitment) =>
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
        var impact = HighPotentialImpact(commitment);
        if (impact.IsKnown)
        {
            return impact;
        }

        var potential = HighPotentialForResults(commitment);
        return potential.IsKnown ? potential : Missing.From(impact).Worst(Missing.From(potential)).As<bool>();
    }

    /// <summary>
    /// Gets whether the commitment has strong early results: "Did it Open Government?" Major or
    /// Outstanding, or early results (the Results Report's scale) Significant or Outstanding. Either one
    /// strong is enough; a commitment with one of them recorded and not strong is not, unless the other is
    /// not reviewed or unrecognized. Source: OGP glossary, early results.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<bool> StrongEarlyResults(Commitment commitment)
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

    /// <summary>
    /// Gets whether the commitment is starred by a formula at an assessment: specificity Medium or High;
    /// relevant to access to information, civic participation or public accountability; potential impact
    /// Moderate or Transformative (<see cref="StarFormula.Pre2015"/>) or Transformative
    /// (<see cref="StarFormula.Since2015"/>); completion Substantial or Complete at that assessment. One
    /// criterion that fails settles it; otherwise a missing criterion makes it "cannot tell". Source: IRM
    /// procedures, starred commitments.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="formula">The formula.</param>
    /// <param name="stage">The assessment whose completion counts.</param>
    public static IndicatorValue<bool> Starred(Commitment commitment, StarFormula formula, AssessmentStage stage)
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
                : From(design.PotentialImpact, PotentialImpact, static impact => impact == Scales.PotentialImpact.Transformative),
            HighCompletion(commitment, stage));
    }

    /// <summary>
    /// Gets the IRM-based score: 4 ambitious and complete, or strong early results; 3 ambitious but not
    /// complete; 2 complete but not ambitious; 1 neither; −1 not reviewed (the IRM has not reviewed the
    /// commitment's design, and no strong early result is recorded). Ambitious is <see cref="Ambitious"/>, complete is <see cref="HighCompletion(Commitment)"/>,
    /// strong early results is <see cref="StrongEarlyResults"/> where it is known (results are assessed at
    /// the end of term only, so their absence does not stop a score). Source: IRM commitment dataset,
    /// IRM-Based Score.
    /// </summary>
    /// <param name="commitment">The commitment.</param>
    public static IndicatorValue<int> IrmBasedScore(Commitment commitment)
    {
        if (StrongEarlyResults(commitment).GetValueOrDefault(false))
        {
            return IndicatorValue<int>.Known(4);
        }

        var ambitious = Ambitious(commitment);
        if (ambitious.Reason == CannotTellReason.NotReviewed)
        {
            return IndicatorValue<int>.Known(-1);
        }

        var complete = HighCompletion(commitment);
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

    private static Commitment Check(Commitment commitment) => commitment ?? throw new ArgumentNullException(nameof(commitment));

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

        public Missing Worst(Missing other) => !_isSet || (other._isSet && Rank(other._reason) > Rank(_reason)) ? other : this;

        public IndicatorValue<T> As<T>()
            where T : struct =>
            IndicatorValue<T>.CannotTellInternal(_reason, _input);
    }
}
