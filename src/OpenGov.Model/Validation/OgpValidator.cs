using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OpenGov.Model.Validation;

/// <summary>
/// Validates OGP data: whether an End of Commitment Report answers every question, whether the
/// values of a commitment, a plan or a dataset agree with each other, whether every value could be
/// read. Invalid data never throws: it gives findings, with a stable code, a severity and a JSON
/// Pointer to what is wrong. The rules are <see cref="ValidationRules"/>.
/// </summary>
/// <remarks>An instance is immutable and can be shared between threads.</remarks>
public sealed class OgpValidator
{
    /// <summary>Creates a validator with the default options: every rule, at its own severity.</summary>
    public OgpValidator()
        : this(ValidationOptions.Default)
    {
    }

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The rule sets to run, codes switched off, severities changed.</param>
    /// <exception cref="ArgumentException">The options name a code that is no rule's.</exception>
    public OgpValidator(ValidationOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
    }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Validates a document of any kind.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentException">The document is a validation report, which has nothing to validate.</exception>
    public ValidationReport Validate(OgpDocument document) => document switch
    {
        EndOfCommitmentReport report => Validate(report),
        InceptionReport or ActionPlanReview or ResultsReport or ImplementationTracker or SelfAssessmentReport => Validate(document, [], null),
        ActionPlan plan => Validate(plan),
        CommitmentDataset dataset => Validate(dataset),
        null => throw new ArgumentNullException(nameof(document)),
        _ => throw new ArgumentException($"A '{document.Kind}' document has no validation rules.", nameof(document)),
    };

    /// <summary>Validates an End of Commitment Report: its completeness (with a score) and its values.</summary>
    /// <param name="report">The report.</param>
    public ValidationReport Validate(EndOfCommitmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var sink = new FindingCollector(Options);
        var completeness = ReportChecks.Check(sink, report);
        return sink.ToReport(report.Kind, 1, completeness);
    }

    /// <summary>
    /// Validates a Results Report against its plan's Action Plan Review: the rules of the Results Report, and
    /// that every commitment it assesses is one the review lists (<c>OGP313</c>).
    /// </summary>
    /// <param name="results">The Results Report.</param>
    /// <param name="review">The Action Plan Review of the same plan.</param>
    public ValidationReport Validate(ResultsReport results, ActionPlanReview review)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(review);

        var sink = new FindingCollector(Options);
        IrmReportChecks.Check(sink, results, review);
        return sink.ToReport(results.Kind, results.Commitments.Count, null);
    }

    /// <summary>
    /// Reads an input and validates what it holds, with what reading it found (<c>OGP5xx</c>): a dataset row by
    /// row as it comes (findings located at their line and column), any other document whole.
    /// </summary>
    /// <param name="input">The input, not read yet.</param>
    /// <exception cref="OgpReadException">The input cannot be read.</exception>
    /// <exception cref="ArgumentException">The input is a document of a kind without rules (see <see cref="HasRules"/>).</exception>
    public ValidationReport Validate(OgpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (input.HasRecords)
        {
            return Validate(input.ReadRecords(), input.InputName ?? input.DocumentKind, input.Findings);
        }

        var document = input.ReadDocument();
        return Validate(document, input.Findings, input.InputName, input.TrackerLines);
    }

    /// <summary>Reads an input and validates what it holds, asynchronously; see <see cref="Validate(OgpInput)"/>.</summary>
    /// <param name="input">The input, not read yet.</param>
    /// <exception cref="OgpReadException">The input cannot be read.</exception>
    /// <exception cref="ArgumentException">The input is a document of a kind without rules.</exception>
    public ValueTask<ValidationReport> ValidateAsync(OgpInput input) => ValidateAsync(input, CancellationToken.None);

    /// <summary>Reads an input and validates what it holds, asynchronously; see <see cref="Validate(OgpInput)"/>.</summary>
    /// <param name="input">The input, not read yet.</param>
    /// <param name="cancellationToken">Cancels the reading and the validation.</param>
    /// <exception cref="OgpReadException">The input cannot be read.</exception>
    /// <exception cref="ArgumentException">The input is a document of a kind without rules.</exception>
    public async ValueTask<ValidationReport> ValidateAsync(OgpInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (input.HasRecords)
        {
            return await ValidateAsync(input.ReadRecordsAsync(cancellationToken), input.InputName ?? input.DocumentKind, input.Findings, cancellationToken).ConfigureAwait(false);
        }

        var document = await input.ReadDocumentAsync(cancellationToken).ConfigureAwait(false);
        return Validate(document, input.Findings, input.InputName, input.TrackerLines);
    }

    /// <summary>Gets whether documents of a kind have validation rules: reports, plans and datasets do; validation reports and summaries do not.</summary>
    /// <param name="documentKind">One of <see cref="DocumentKinds"/>.</param>
    public static bool HasRules(string documentKind) =>
        documentKind is DocumentKinds.EndOfCommitmentReport or DocumentKinds.InceptionReport or DocumentKinds.ActionPlanReview or DocumentKinds.ResultsReport
            or DocumentKinds.ActionPlan or DocumentKinds.CommitmentDataset or DocumentKinds.ImplementationTracker or DocumentKinds.SelfAssessmentReport;

    private ValidationReport Validate(OgpDocument document, IReadOnlyList<Finding> importFindings, string? subject, IReadOnlyDictionary<string, int>? lines = null)
    {
        if (!HasRules(document.Kind))
        {
            throw new ArgumentException($"A '{document.Kind}' document has no validation rules.", nameof(document));
        }

        if (document is CommitmentDataset dataset)
        {
            return Validate(dataset.Records, subject ?? dataset.Kind, importFindings);
        }

        var sink = new FindingCollector(Options) { Lines = lines };
        foreach (var finding in importFindings)
        {
            sink.AddImported(finding);
        }

        switch (document)
        {
            case EndOfCommitmentReport report:
                var completeness = ReportChecks.Check(sink, report);
                return sink.ToReport(subject ?? report.Kind, 1, completeness);
            case InceptionReport inception:
                var score = InceptionReportChecks.Check(sink, inception);
                return sink.ToReport(subject ?? inception.Kind, 1, score);
            case ActionPlanReview review:
                IrmReportChecks.Check(sink, review);
                return sink.ToReport(subject ?? review.Kind, review.Commitments.Count, null);
            case ResultsReport results:
                IrmReportChecks.Check(sink, results);
                return sink.ToReport(subject ?? results.Kind, results.Commitments.Count, null);
            case ImplementationTracker tracker:
                ImplementationChecks.Check(sink, tracker);
                return sink.ToReport(subject ?? tracker.Kind, tracker.Commitments.Sum(c => c.Items.Count), null);
            case SelfAssessmentReport selfAssessment:
                ImplementationChecks.Check(sink, selfAssessment);
                return sink.ToReport(subject ?? selfAssessment.Kind, selfAssessment.Commitments.Count, null);
            default:
                var plan = (ActionPlan)document;
                PlanChecks.Check(sink, plan);
                return sink.ToReport(subject ?? plan.Kind, plan.Commitments.Count, null);
        }
    }

    /// <summary>Validates one commitment; paths start at the commitment.</summary>
    /// <param name="commitment">The commitment.</param>
    public ValidationReport Validate(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);

        var sink = new FindingCollector(Options);
        CommitmentChecks.Check(sink, commitment, string.Empty);
        return sink.ToReport("commitment", 1, null);
    }

    /// <summary>Validates an action plan: its dates and identifier, and each of its commitments.</summary>
    /// <param name="plan">The plan.</param>
    public ValidationReport Validate(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var sink = new FindingCollector(Options);
        PlanChecks.Check(sink, plan);
        return sink.ToReport(plan.Kind, plan.Commitments.Count, null);
    }

    /// <summary>Validates a dataset document; paths start at the document (<c>/records/3/…</c>).</summary>
    /// <param name="dataset">The dataset.</param>
    public ValidationReport Validate(CommitmentDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        return Validate(dataset.Records, dataset.Kind);
    }

    /// <summary>
    /// Validates the rows of a dataset as they come, without holding them: memory grows only with
    /// the findings kept and a few words per commitment for the rules across rows (duplicate
    /// identifiers and numbers, identifier prefixes per member). Paths are those of the rows in a
    /// dataset document (<c>/records/3/…</c>).
    /// </summary>
    /// <param name="records">The rows.</param>
    /// <param name="subject">What is validated, such as a file name.</param>
    public ValidationReport Validate(IEnumerable<DatasetRecord> records, string? subject) => Validate(records, subject, null);

    /// <summary>
    /// Validates the rows of a dataset as they come, as <see cref="Validate(IEnumerable{DatasetRecord}, string?)"/>,
    /// and adds the findings of reading them (such as a CSV reader's <c>Findings</c>), taken when the rows are done.
    /// </summary>
    /// <param name="records">The rows.</param>
    /// <param name="subject">What is validated, such as a file name.</param>
    /// <param name="importFindings">The findings of the reader of the rows; read once every row has been read.</param>
    public ValidationReport Validate(IEnumerable<DatasetRecord> records, string? subject, IReadOnlyList<Finding>? importFindings)
    {
        ArgumentNullException.ThrowIfNull(records);

        var state = new DatasetValidation(Options);
        foreach (var record in records)
        {
            state.Add(record, null);
        }

        return state.Finish(subject, importFindings);
    }

    /// <summary>
    /// Validates the rows of a dataset as they were read, each with where it came from: a finding gets the line
    /// and column of its field when it is made. See <see cref="Validate(IEnumerable{DatasetRecord}, string?)"/>.
    /// </summary>
    /// <param name="records">The rows, as <see cref="OgpInput.ReadRecords"/> gives them.</param>
    /// <param name="subject">What is validated, such as a file name.</param>
    /// <param name="importFindings">The findings of reading the rows; read once every row has been read.</param>
    public ValidationReport Validate(IEnumerable<ImportedRecord> records, string? subject, IReadOnlyList<Finding>? importFindings)
    {
        ArgumentNullException.ThrowIfNull(records);

        var state = new DatasetValidation(Options);
        foreach (var record in records)
        {
            state.Add(record.Record, record.Origin);
        }

        return state.Finish(subject, importFindings);
    }

    /// <summary>Validates the rows of a dataset as they come, asynchronously; see <see cref="Validate(IEnumerable{DatasetRecord}, string?)"/>.</summary>
    /// <param name="records">The rows.</param>
    /// <param name="subject">What is validated, such as a file name.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    public async ValueTask<ValidationReport> ValidateAsync(IAsyncEnumerable<DatasetRecord> records, string? subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);

        var state = new DatasetValidation(Options);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            state.Add(record, null);
        }

        return state.Finish(subject);
    }

    /// <summary>Validates the rows of a dataset as they were read, asynchronously; see <see cref="Validate(IEnumerable{ImportedRecord}, string?, IReadOnlyList{Finding}?)"/>.</summary>
    /// <param name="records">The rows, as <see cref="OgpInput.ReadRecordsAsync"/> gives them.</param>
    /// <param name="subject">What is validated, such as a file name.</param>
    /// <param name="importFindings">The findings of reading the rows; read once every row has been read.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    public async ValueTask<ValidationReport> ValidateAsync(IAsyncEnumerable<ImportedRecord> records, string? subject, IReadOnlyList<Finding>? importFindings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);

        var state = new DatasetValidation(Options);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            state.Add(record.Record, record.Origin);
        }

        return state.Finish(subject, importFindings);
    }

    /// <summary>The validation of a dataset, row by row.</summary>
    private sealed class DatasetValidation
    {
        private readonly FindingCollector _sink;
        private readonly CrossRowChecks _crossRows;
        private readonly bool _consistency;
        private readonly DateOrderInference _dates = new();
        private int _row;

        public DatasetValidation(ValidationOptions options)
        {
            _sink = new FindingCollector(options);
            _sink.DeferAmbiguousDates();
            _crossRows = new CrossRowChecks(_sink, "/records/{0}/commitment/id", "/records/{0}/commitment/number");
            _consistency = _sink.Runs(RuleSets.Consistency);
        }

        public void Add(DatasetRecord record, RecordOrigin? origin)
        {
            if (record is null)
            {
                throw new ArgumentException("A dataset has a null row.", nameof(record));
            }

            var prefix = "/records/" + _row.ToString(CultureInfo.InvariantCulture);
            if (origin is { } from)
            {
                _sink.SetOrigin(prefix, from);
            }

            var deferred = _sink.DeferredDates!;
            var before = deferred.Count;
            DatasetRecordChecks.Check(_sink, record, prefix);
            if (deferred.Count > before)
            {
                // Only the member and the plan are kept: they scope the order of the row's ambiguous dates.
                var row = new DatasetRecord { Member = record.Member, ActionPlan = record.ActionPlan };
                for (var i = before; i < deferred.Count; i++)
                {
                    deferred[i].Row = row;
                }
            }

            _dates.Add(record);
            if (_consistency)
            {
                var member = record.Member.Code?.ToString() ?? record.Member.Name;
                var plan = record.ActionPlan.Id?.ToString()
                    ?? (member is not null && record.ActionPlan.Number.TryGetValue(out var n) ? member + " #" + n.ToString(CultureInfo.InvariantCulture) : null);
                _crossRows.Add(_row, record.Commitment.Id, member, plan, record.Commitment.Number, origin);
            }

            _sink.ClearOrigin();
            _row++;
        }

        public ValidationReport Finish(string? subject, IReadOnlyList<Finding>? importFindings = null)
        {
            if (_consistency)
            {
                _crossRows.Finish();
            }

            ReportDates();

            if (importFindings is not null)
            {
                foreach (var finding in importFindings)
                {
                    _sink.AddImported(finding);
                }
            }

            return _sink.ToReport(subject ?? DocumentKinds.CommitmentDataset, _row, null);
        }

        /// <summary>Reads each held-back ambiguous date in the order its plan, member or column settles, once per scope (OGP205), and reports the others (OGP202).</summary>
        private void ReportDates()
        {
            var inferred = new Dictionary<(DateColumn, DateScope, string?), (DateOrderDecision Decision, DeferredDate First, int Count)>();
            var order = new List<(DateColumn, DateScope, string?)>();
            foreach (var date in _sink.DeferredDates!)
            {
                var column = date.Path.EndsWith("/end", StringComparison.Ordinal) ? DateColumn.End : DateColumn.Start;
                var decision = _dates.Infer(date.Row!, column);
                if (decision.Order is null)
                {
                    var read = date.Date;
                    var other = read.GetAlternative()!.Value;
                    _sink.Add(
                        ValidationRules.AmbiguousDate,
                        date.Path,
                        $"'{read.SourceText}' could be {ValueChecks.Describe(read)} or {ValueChecks.Describe(other)}; {Why(decision)}; it was read as {ValueChecks.Describe(read)} ({ValueChecks.Order(read)}).",
                        read.SourceText,
                        date.Line,
                        date.Column);
                    continue;
                }

                var key = (column, decision.Scope, decision.Key);
                if (inferred.TryGetValue(key, out var seen))
                {
                    inferred[key] = seen with { Count = seen.Count + 1 };
                }
                else
                {
                    inferred[key] = (decision, date, 1);
                    order.Add(key);
                }
            }

            foreach (var key in order)
            {
                var (decision, first, count) = inferred[key];
                var header = decision.Column == DateColumn.Start ? "Start Date" : "End Date";
                var whose = decision.Scope switch
                {
                    DateScope.ActionPlan => $" of action plan {decision.Key}",
                    DateScope.Member => $" of member {decision.Key}",
                    _ => string.Empty,
                };
                var written = decision.Order == DateOrder.DayFirst ? "day first" : "month first";
                _sink.Add(
                    ValidationRules.DateOrderInferred,
                    first.Path,
                    $"{header}{whose} is written {written} ({Dates(decision.MonthFirst)} month first, {Dates(decision.DayFirst)} day first): "
                        + $"{count.ToString(CultureInfo.InvariantCulture)} ambiguous {(count == 1 ? "date is" : "dates are")} read {written}" + (decision.Scope == DateScope.Column ? ", where their plan and member settle nothing." : "."),
                    decision.Order == DateOrder.DayFirst ? "day-first" : "month-first",
                    first.Line,
                    first.Column);
            }

            static string Dates(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " settled date" : " settled dates");

            static string Why(DateOrderDecision decision) => (decision.MonthFirst + decision.DayFirst, decision.Scope) switch
            {
                (0, _) => "no date of its column settles the order",
                (_, DateScope.ActionPlan) => $"the settled dates of its action plan disagree ({decision.MonthFirst.ToString(CultureInfo.InvariantCulture)} month first, {decision.DayFirst.ToString(CultureInfo.InvariantCulture)} day first)",
                (_, DateScope.Member) => $"the settled dates of its member disagree ({decision.MonthFirst.ToString(CultureInfo.InvariantCulture)} month first, {decision.DayFirst.ToString(CultureInfo.InvariantCulture)} day first)",
                _ => $"the settled dates of its column are too few or disagree ({decision.MonthFirst.ToString(CultureInfo.InvariantCulture)} month first, {decision.DayFirst.ToString(CultureInfo.InvariantCulture)} day first)",
            };
        }
    }
}
