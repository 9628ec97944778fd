using System;
using System.Collections.Generic;
using OpenGov.Model.Datasets;
using OpenGov.Model.Plans;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Analysis;

/// <summary>
/// An indicator of the catalogue (<see cref="Indicators.All"/>): its name, what it means, the OGP source
/// it rests on, and the column of the IRM commitment dataset that records it, if one does. Yes/no
/// indicators evaluate to 1 or 0, as the dataset writes them.
/// </summary>
public sealed class IndicatorDefinition
{
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

    private readonly Func<Commitment, IndicatorValue<int>> _evaluate;
    private readonly Func<DatasetRecord, Recorded<int>>? _recorded;
    private readonly string[] _inputs;

    private IndicatorDefinition(string name, string title, string description, string source, bool isYesNo, Func<Commitment, IndicatorValue<int>> evaluate, string? column, string? recordedPath, Func<DatasetRecord, Recorded<int>>? recorded, ValidationRule? rule, string[] inputs)
    {
        _inputs = inputs;
        Name = name;
        Title = title;
        Description = description;
        Source = source;
        IsYesNo = isYesNo;
        RecordedColumn = column;
        RecordedPath = recordedPath;
        DisagreementRule = rule;
        _evaluate = evaluate;
        _recorded = recorded;
    }

    /// <summary>Gets the indicator's name, a kebab-case token such as <c>high-completion</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a short title, such as "High completion".</summary>
    public string Title { get; }

    /// <summary>Gets what the indicator means and how it is computed.</summary>
    public string Description { get; }

    /// <summary>Gets the OGP source the indicator rests on.</summary>
    public string Source { get; }

    /// <summary>Gets whether the indicator is yes/no (1 or 0); the IRM-based score is not.</summary>
    public bool IsYesNo { get; }

    /// <summary>Gets the header of the IRM commitment dataset's column that records the indicator, such as <c>High Completion</c>; <see langword="null"/> when the dataset has none.</summary>
    public string? RecordedColumn { get; }

    /// <summary>Gets the JSON Pointer of the recorded value within a dataset record, such as <c>/indicators/highCompletion</c>.</summary>
    internal string? RecordedPath { get; }

    /// <summary>Gets the rule whose finding reports a recorded value that disagrees with the computed one.</summary>
    internal ValidationRule? DisagreementRule { get; }

    internal static IndicatorDefinition[] Catalogue { get; } = CreateCatalogue();

    internal static IEnumerable<string> Names
    {
        get
        {
            foreach (var indicator in Catalogue)
            {
                yield return indicator.Name;
            }
        }
    }

    /// <summary>Computes the indicator for <paramref name="commitment"/>: 1 or 0 for a yes/no indicator, the score for the IRM-based score.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="commitment"/> is <see langword="null"/>.</exception>
    public IndicatorValue<int> Evaluate(Commitment commitment) => _evaluate(commitment ?? throw new ArgumentNullException(nameof(commitment)));

    /// <summary>Gets the value the dataset records for the indicator (1 or 0 for a yes/no indicator); <see cref="RecordedState.NotAnswered"/> when the dataset has no such column.</summary>
    /// <param name="record">The dataset row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public Recorded<int> GetRecorded(DatasetRecord record)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        return _recorded is null ? Recorded<int>.NotAnswered : _recorded(record);
    }

    /// <summary>Compares the computed and the recorded value of the indicator for one dataset row.</summary>
    /// <param name="record">The dataset row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public IndicatorCheck Check(DatasetRecord record)
    {
        var recorded = GetRecorded(record);
        var computed = Evaluate(record.Commitment);
        return new IndicatorCheck
        {
            Indicator = Name,
            Computed = computed,
            Recorded = recorded,
            Agreement = Compare(computed, recorded),
        };
    }

    /// <summary>Describes the inputs of the indicator for one commitment, for messages: "potential impact Moderate, completion (end of term) Limited".</summary>
    internal string DescribeInputs(Commitment commitment)
    {
        var parts = new string[_inputs.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = _inputs[i] + " " + Input(commitment, _inputs[i]);
        }

        return string.Join(", ", parts);
    }

    /// <summary>Returns the indicator's name.</summary>
    public override string ToString() => Name;

    internal static IndicatorAgreement Compare(IndicatorValue<int> computed, Recorded<int> recorded) =>
        computed.TryGetValue(out var value) && recorded.TryGetValue(out var written)
            ? value == written ? IndicatorAgreement.Agree : IndicatorAgreement.Disagree
            : IndicatorAgreement.NotComparable;

    private static IndicatorDefinition[] CreateCatalogue() =>
    [
        YesNo(
            "high-completion",
            "High completion",
            "The latest assessed completion (end of term, else mid-term) is Substantial or Complete.",
            "OGP glossary: completion, https://www.opengovpartnership.org/glossary/completion/",
            Indicators.HighCompletion,
            "High Completion",
            "/indicators/highCompletion",
            r => r.Indicators.HighCompletion,
            InCompletionMidterm,
            InCompletionEndOfTerm),
        YesNo(
            "high-ambition-potential-impact",
            "High ambition (potential impact, method until 2020)",
            "Potential impact Moderate or Transformative. The dataset's High Ambition column also asks for relevance to an OGP value; this indicator does not, as the glossary does not.",
            DatasetSource,
            Indicators.HighPotentialImpact,
            "High Ambition",
            "/indicators/highAmbition",
            r => r.Indicators.HighAmbition,
            InPotentialImpact),
        YesNo(
            "high-ambition-potential-for-results",
            "High ambition (potential for results, method from 2020)",
            "Potential for results Substantial (the Action Plan Review's scale).",
            "OGP glossary: ambition, https://www.opengovpartnership.org/glossary/ambition/",
            Indicators.HighPotentialForResults,
            null,
            null,
            null,
            InPotentialForResults),
        YesNo(
            "strong-early-results",
            "Strong early results",
            "\"Did it Open Government?\" Major or Outstanding, or early results Significant or Outstanding.",
            "OGP glossary: early results, https://www.opengovpartnership.org/glossary/early-results/",
            Indicators.StrongEarlyResults,
            "High DIOG",
            "/indicators/highOpenGovernment",
            r => r.Indicators.HighOpenGovernment,
            InOpenGovernment,
            InEarlyResults),
        Star(StarFormula.Pre2015, AssessmentStage.Midterm, "Starred (2015 Only)", "/commitment/assessment/implementation/starredPre2015Formula", r => r.Commitment.Assessment?.Implementation.StarredPre2015Formula ?? default),
        Star(StarFormula.Pre2015, AssessmentStage.EndOfTerm, null, null, null),
        Star(StarFormula.Since2015, AssessmentStage.Midterm, "Starred (Current Formula) Progress Report", "/commitment/assessment/implementation/starredMidterm", r => r.Commitment.Assessment?.Implementation.StarredMidterm ?? default),
        Star(StarFormula.Since2015, AssessmentStage.EndOfTerm, "Starred (Current Formula) End of Term", "/commitment/assessment/implementation/starredEndOfTerm", r => r.Commitment.Assessment?.Implementation.StarredEndOfTerm ?? default),
        new(
            "irm-based-score",
            "IRM-based score",
            "4 ambitious (potential impact Moderate or Transformative, or potential for results Substantial) and complete (high completion), or strong early results; 3 ambitious but not complete; 2 complete but not ambitious; 1 neither; -1 the IRM has not reviewed the commitment's design (unless it records strong early results). When the completion or the ambition it needs is missing, the score cannot tell.",
            DatasetSource,
            isYesNo: false,
            Indicators.IrmBasedScore,
            "IRM-Based Score",
            "/indicators/irmBasedScore",
            r => r.Indicators.IrmBasedScore,
            ValidationRules.IndicatorDisagrees,
            [InPotentialImpact, InPotentialForResults, InCompletionMidterm, InCompletionEndOfTerm, InOpenGovernment, InEarlyResults]),
    ];

    private static IndicatorDefinition YesNo(string name, string title, string description, string source, Func<Commitment, IndicatorValue<bool>> evaluate, string? column, string? path, Func<DatasetRecord, Recorded<bool>>? recorded, params string[] inputs) =>
        new(
            name,
            title,
            description,
            source,
            isYesNo: true,
            c => evaluate(c).Select(ToInt),
            column,
            path,
            recorded is null ? null : r => recorded(r).Select(ToInt),
            ValidationRules.IndicatorDisagrees,
            inputs);

    private static IndicatorDefinition Star(StarFormula formula, AssessmentStage stage, string? column, string? path, Func<DatasetRecord, Recorded<bool>>? recorded)
    {
        var era = formula == StarFormula.Pre2015 ? "until 2015" : "from 2015";
        var impact = formula == StarFormula.Pre2015 ? "Moderate or Transformative" : "Transformative";
        var at = stage == AssessmentStage.Midterm ? "mid-term" : "end of term";
        return new(
            "starred-" + (formula == StarFormula.Pre2015 ? "pre-2015" : "since-2015") + "-" + (stage == AssessmentStage.Midterm ? "midterm" : "end-of-term"),
            $"Starred, formula {era}, at {at}",
            $"Specificity Medium or High; relevant to access to information, civic participation or public accountability; potential impact {impact}; completion Substantial or Complete at {at}.",
            StarsSource,
            isYesNo: true,
            c => Indicators.Starred(c, formula, stage).Select(ToInt),
            column,
            path,
            recorded is null ? null : r => recorded(r).Select(ToInt),
            ValidationRules.StarredDisagrees,
            [InSpecificity, InRelevance, InPotentialImpact, stage == AssessmentStage.Midterm ? InCompletionMidterm : InCompletionEndOfTerm]);
    }

    private static int ToInt(bool value) => value ? 1 : 0;

    private static string Input(Commitment commitment, string input)
    {
        var design = commitment.Assessment?.Design;
        var implementation = commitment.Assessment?.Implementation;
        return input switch
        {
            InSpecificity => CommitmentChecks.Label(design?.Specificity ?? default),
            InRelevance => Indicators.Relevant(design?.Relevance ?? new Assessments.OgpValueRelevance()).ToString(),
            InPotentialImpact => CommitmentChecks.Label(design?.PotentialImpact ?? default),
            InPotentialForResults => CommitmentChecks.Label(design?.PotentialForResults ?? default),
            InCompletionMidterm => CommitmentChecks.Label(implementation?.CompletionMidterm ?? default),
            InCompletionEndOfTerm => CommitmentChecks.Label(implementation?.CompletionEndOfTerm ?? default),
            InOpenGovernment => CommitmentChecks.Label(implementation?.OpenGovernment ?? default),
            _ => CommitmentChecks.Label(implementation?.EarlyResults ?? default),
        };
    }
}
