using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// Infers how a dataset writes its dates (month or day first) from the dates that settle it
/// (<c>12/31/2022</c>, <c>31/12/2014</c>), so that the ones that could be read either way (<c>3/4/2019</c>)
/// are read the same way. Add every row first (<see cref="Add"/>), then ask (<see cref="Infer"/>) or re-read a
/// row (<see cref="Apply"/>). Not thread-safe.
/// </summary>
/// <remarks>
/// A date column is inferred where its writers are most likely the same: within the commitment's action
/// plan; where the plan has no settled date in the column, within its member; and where the member has none,
/// the column as a whole. Within a plan or a member every settled date must agree: evidence both ways leaves
/// the ambiguous dates ambiguous. The whole column decides when at least 90% of its settled dates (and at least
/// three) agree, since a column of thousands of rows may carry a few dates of another writer.
/// </remarks>
public sealed class DateOrderInference
{
    /// <summary>The share of a column's settled dates one order needs to decide for the whole column.</summary>
    public const double ColumnMajority = 0.9;

    private const int MinimumColumnEvidence = 3;

    private readonly Dictionary<(DateColumn Column, DateScope Scope, string Key), Evidence> _evidence = [];

    /// <summary>Gets how many rows were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the settled dates of a row to the evidence.</summary>
    /// <param name="record">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public void Add(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Count++;
        AddDate(record, DateColumn.Start, record.Commitment.Start);
        AddDate(record, DateColumn.End, record.Commitment.End);
    }

    /// <summary>Infers the order of one date column of a row from the evidence added so far.</summary>
    /// <param name="record">The row.</param>
    /// <param name="column">The date column.</param>
    /// <returns>The order, where it was inferred, and on what evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public DateOrderDecision Infer(DatasetRecord record, DateColumn column)
    {
        ArgumentNullException.ThrowIfNull(record);

        if (PlanKey(record) is { } plan && _evidence.TryGetValue((column, DateScope.ActionPlan, plan), out var planEvidence))
        {
            return Decide(column, DateScope.ActionPlan, plan, planEvidence, unanimous: true);
        }

        if (MemberKey(record) is { } member && _evidence.TryGetValue((column, DateScope.Member, member), out var memberEvidence))
        {
            return Decide(column, DateScope.Member, member, memberEvidence, unanimous: true);
        }

        return _evidence.TryGetValue((column, DateScope.Column, string.Empty), out var columnEvidence)
            ? Decide(column, DateScope.Column, null, columnEvidence, unanimous: false)
            : new DateOrderDecision { Column = column, Scope = DateScope.Column };
    }

    /// <summary>Re-reads the ambiguous dates of a row in the order inferred for them; a row without one is returned as it is.</summary>
    /// <param name="record">The row.</param>
    /// <returns>The row with its ambiguous dates read in the inferred order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public DatasetRecord Apply(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var commitment = record.Commitment;
        var start = ReadAs(record, DateColumn.Start, commitment.Start);
        var end = ReadAs(record, DateColumn.End, commitment.End);
        return start == commitment.Start && end == commitment.End
            ? record
            : record with { Commitment = commitment with { Start = start, End = end } };
    }

    private static DateOrderDecision Decide(DateColumn column, DateScope scope, string? key, Evidence evidence, bool unanimous)
    {
        var total = evidence.MonthFirst + evidence.DayFirst;
        var majority = Math.Max(evidence.MonthFirst, evidence.DayFirst);
        var decided = unanimous
            ? evidence.MonthFirst == 0 || evidence.DayFirst == 0
            : total >= MinimumColumnEvidence && majority >= ColumnMajority * total;
        return new DateOrderDecision
        {
            Column = column,
            Scope = scope,
            Key = key,
            Order = decided ? (evidence.MonthFirst >= evidence.DayFirst ? DateOrder.MonthFirst : DateOrder.DayFirst) : null,
            MonthFirst = evidence.MonthFirst,
            DayFirst = evidence.DayFirst,
        };
    }

    private static string? PlanKey(DatasetRecord record) => record.ActionPlan.Id?.ToString();

    private static string? MemberKey(DatasetRecord record) => record.Member.Code?.ToString() ?? record.Member.Name;

    private Recorded<PartialDate> ReadAs(DatasetRecord record, DateColumn column, Recorded<PartialDate> value) =>
        value.TryGetValue(out var date) && date.IsAmbiguous && Infer(record, column).Order is { } order
            ? date.ReadAs(order)
            : value;

    private void AddDate(DatasetRecord record, DateColumn column, Recorded<PartialDate> value)
    {
        if (!value.TryGetValue(out var date) || date.WrittenOrder is not { } order)
        {
            return;
        }

        Tally(column, DateScope.Column, string.Empty, order);
        if (PlanKey(record) is { } plan)
        {
            Tally(column, DateScope.ActionPlan, plan, order);
        }

        if (MemberKey(record) is { } member)
        {
            Tally(column, DateScope.Member, member, order);
        }

        void Tally(DateColumn column, DateScope scope, string key, DateOrder order)
        {
            _evidence.TryGetValue((column, scope, key), out var evidence);
            _evidence[(column, scope, key)] = order == DateOrder.MonthFirst
                ? evidence with { MonthFirst = evidence.MonthFirst + 1 }
                : evidence with { DayFirst = evidence.DayFirst + 1 };
        }
    }

    private readonly record struct Evidence(int MonthFirst, int DayFirst);
}
