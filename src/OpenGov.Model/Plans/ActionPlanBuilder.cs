using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// Builds an <see cref="ActionPlan"/> step by step, numbering its commitments and giving them
/// identifiers, so that large plans are short to write in tests, samples and tools.
/// </summary>
/// <example>
/// <code>
/// var plan = new ActionPlanBuilder(albania, number: 1, commitmentPrefix: "AL")
///     .WithPeriod(PartialDate.FromYear(2012), PartialDate.FromYear(2014))
///     .AddCommitment("e-Acts")
///     .AddCommitment("Open data portal", c => c with { LeadInstitution = "Ministry of Innovation" })
///     .Build();
/// </code>
/// </example>
public sealed class ActionPlanBuilder
{
    private readonly List<Commitment> _commitments = [];
    private readonly Member _member;
    private readonly int _number;
    private readonly string? _commitmentPrefix;
    private int _nextCommitmentNumber;
    private string? _title;
    private Recorded<PartialDate> _start;
    private Recorded<PartialDate> _end;
    private Recorded<int> _submissionYear;

    /// <summary>Starts a plan of <paramref name="member"/>.</summary>
    /// <param name="member">The member; when it has a code, the plan gets the identifier <c>AP_{code}{number}</c>.</param>
    /// <param name="number">The plan's number: 1 for the member's first plan.</param>
    /// <param name="commitmentPrefix">The letters of the commitment identifiers (<c>AL</c> gives <c>AL0001</c>, <c>AL0002</c>, …), or <see langword="null"/> for commitments without identifiers.</param>
    /// <param name="firstCommitmentNumber">The number of the first commitment identifier; identifiers are numbered per member, so a second plan continues after the first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The prefix is not two or three letters, or a number is out of range.</exception>
    public ActionPlanBuilder(Member member, int number, string? commitmentPrefix = null, int firstCommitmentNumber = 1)
    {
        _member = member ?? throw new ArgumentNullException(nameof(member));
        if (number < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The plan's number cannot be negative.");
        }

        if (commitmentPrefix is not null)
        {
            // Validates the prefix and the first number once, with a clear message.
            _ = CommitmentId.Create(commitmentPrefix, firstCommitmentNumber);
        }

        _number = number;
        _commitmentPrefix = commitmentPrefix;
        _nextCommitmentNumber = firstCommitmentNumber;
    }

    /// <summary>Sets the plan's title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithTitle(string? title)
    {
        _title = title;
        return this;
    }

    /// <summary>Sets when the plan starts and ends.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithPeriod(Recorded<PartialDate> start, Recorded<PartialDate> end)
    {
        _start = start;
        _end = end;
        return this;
    }

    /// <summary>Sets the year the plan was submitted.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder WithSubmissionYear(Recorded<int> year)
    {
        _submissionYear = year;
        return this;
    }

    /// <summary>
    /// Adds a commitment with the next number and identifier; <paramref name="configure"/> fills in
    /// the rest with a <c>with</c> expression.
    /// </summary>
    /// <param name="title">The commitment's title.</param>
    /// <param name="configure">Sets further properties of the commitment, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ActionPlanBuilder AddCommitment(string title, Func<Commitment, Commitment>? configure = null)
    {
        var commitment = new Commitment
        {
            Id = _commitmentPrefix is null ? null : CommitmentId.Create(_commitmentPrefix, _nextCommitmentNumber),
            Number = (_commitments.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = title,
        };
        _nextCommitmentNumber++;
        _commitments.Add(configure is null ? commitment : configure(commitment) ?? throw new InvalidOperationException("The configuration returned no commitment."));
        return this;
    }

    /// <summary>Builds the plan. The builder can go on adding commitments for another, larger plan.</summary>
    public ActionPlan Build() => new()
    {
        Id = _member.Code is { } code ? ActionPlanId.Create(code, _number) : null,
        Member = _member,
        Number = _number,
        Title = _title,
        SubmissionYear = _submissionYear,
        Start = _start,
        End = _end,
        Commitments = ValueList.CreateRange(_commitments),
    };
}
