using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace OpenGov.Model.Tests.Generators;

/// <summary>Generators for every type of the model.</summary>
/// <remarks>
/// The canonical generator leaves out unrecognized text and unknown properties, which the JSON Schema
/// rightly rejects or cannot name; the full generators include them.
/// </remarks>
public static class ModelGenerators
{
    private static readonly char[] TextChars =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-–—'’\"()/\\&%?!\n\r\tñéüçÅ漢字😀<>{}[]"
            .ToCharArray();

    /// <summary>Free text: letters, digits, punctuation, line breaks, accents, CJK and a surrogate pair.</summary>
    public static Gen<string> Text { get; } =
        Gen.Sized(size => Gen.Choose(0, Math.Min(size, 40)))
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(TextChars), n))
            .Select(chars => FixSurrogates(new string(chars)));

    /// <summary>Non-blank text.</summary>
    public static Gen<string> NonBlankText { get; } = Text.Where(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>Text or <see langword="null"/>.</summary>
    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Text.Select(t => (string?)t)));

    public static Gen<CommitmentId> CommitmentIds { get; } =
        from letters in Gen.Choose(2, 3)
        from prefix in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), letters)
        from number in Gen.Choose(0, 9999)
        select CommitmentId.Create(new string(prefix), number);

    public static Gen<MemberCode> MemberCodes { get; } =
        from letters in Gen.Choose(3, 4)
        from code in Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray()), letters)
        select MemberCode.Parse(new string(code));

    public static Gen<ActionPlanId> ActionPlanIds { get; } =
        from member in MemberCodes
        from number in Gen.Frequency((8, Gen.Choose(0, 99)), (1, Gen.Choose(100, 9999)))
        select ActionPlanId.Create(member, number);

    public static Gen<PolicyArea> KnownPolicyAreas { get; } = Gen.Elements(PolicyArea.All.ToArray());

    public static Gen<PolicyArea> AnyPolicyAreas { get; } = Gen.Frequency(
        (9, KnownPolicyAreas),
        (1, Gen.Elements("Space Policy", "Open Algorithms", "custom-area-7").Select(PolicyArea.Read)));

    public static Gen<LocalDate> LocalDates { get; } =
        from year in Gen.Choose(1990, 2040)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    /// <summary>Dates of every precision, made from values.</summary>
    public static Gen<PartialDate> CanonicalPartialDates { get; } = Gen.OneOf(
        LocalDates.Select(Model.PartialDate.FromDate),
        LocalDates.Select(d => Model.PartialDate.FromYearQuarter(d.Year, ((d.Month - 1) / 3) + 1)),
        LocalDates.Select(d => Model.PartialDate.FromYearMonth(new YearMonth(d.Year, d.Month))),
        Gen.Choose(1990, 2040).Select(Model.PartialDate.FromYear));

    /// <summary>Dates as OGP data writes them, keeping their source text (some ambiguous).</summary>
    public static Gen<PartialDate> WrittenPartialDates { get; } =
        from date in LocalDates
        from format in Gen.Elements("M/d/yyyy", "d/M/yyyy", "M/d/yy", "MMMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "yyyy-MM-dd", "dd.MM.yyyy")
        let text = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture(format).Format(date)
        let parsed = Model.PartialDate.TryParse(text, out var d) ? d : throw new InvalidOperationException($"'{text}' did not parse.")
        select parsed;

    /// <summary>Quarters and spreadsheet serial numbers, as OGP data writes them.</summary>
    public static Gen<PartialDate> WrittenQuarters { get; } =
        from date in LocalDates
        let quarter = ((date.Month - 1) / 3) + 1
        from text in Gen.Elements(
            $"Q{quarter} {date.Year}",
            $"Quarter {quarter} {date.Year}",
            $"{new[] { "I", "II", "III", "IV" }[quarter - 1]} quarter of {date.Year}",
            Period.Between(new LocalDate(1899, 12, 30), date, PeriodUnits.Days).Days.ToString(System.Globalization.CultureInfo.InvariantCulture))
        select Model.PartialDate.TryParse(text, out var d) ? d : throw new InvalidOperationException($"'{text}' did not parse.");

    public static Gen<PartialDate> PartialDates { get; } = Gen.OneOf(CanonicalPartialDates, WrittenPartialDates, WrittenQuarters);

    public static Gen<RecordedState> MissingState { get; } =
        Gen.Elements(RecordedState.NotAnswered, RecordedState.NoData, RecordedState.NotReviewed, RecordedState.NotApplicable);

    /// <summary>Text that no reader takes for a value or a marker of <typeparamref name="T"/>.</summary>
    public static Gen<string> UnrecognizedText<T>(Func<string, bool> isRecognized) =>
        NonBlankText.Where(t => !isRecognized(t) && !Codelist<Region>.Default.Read(t).IsMissing);

    public static Gen<Recorded<T>> Recorded<T>(Gen<T> values, Gen<string>? unrecognized) =>
        unrecognized is null
            ? Gen.Frequency(
                (6, values.Select(v => Model.Recorded<T>.Of(v))),
                (3, MissingState.Select(Model.Recorded<T>.Missing)))
            : Gen.Frequency(
                (6, values.Select(v => Model.Recorded<T>.Of(v))),
                (3, MissingState.Select(Model.Recorded<T>.Missing)),
                (1, unrecognized.Select(Model.Recorded<T>.Unrecognized)));

    public static Gen<Recorded<T>> Scale<T>(bool canonical)
        where T : struct, Enum =>
        Recorded(
            Gen.Elements(Codelist<T>.Default.Entries.Select(e => e.Value).ToArray()),
            canonical ? null : UnrecognizedText<T>(t => !Codelist<T>.Default.Read(t).IsUnrecognized));

    public static Gen<Recorded<bool>> Flag(bool canonical) =>
        Recorded(Gen.Elements(true, false), canonical ? null : UnrecognizedText<bool>(_ => false));

    public static Gen<Recorded<int>> Number(bool canonical) =>
        Recorded(Gen.Choose(-5, 2100), canonical ? null : UnrecognizedText<int>(_ => false));

    public static Gen<Recorded<string>> RecordedText { get; } =
        Recorded(Text.Where(t => t is not ("no-data" or "not-reviewed" or "not-applicable")), null);

    public static Gen<Recorded<PartialDate>> Date(bool canonical) =>
        Recorded(PartialDates, canonical ? null : UnrecognizedText<PartialDate>(t => !Model.PartialDate.Read(t).IsUnrecognized));

    public static Gen<ValueList<T>> List<T>(Gen<T> item, int max = 4) =>
        Gen.Sized(size => Gen.Choose(0, Math.Min(max, Math.Max(size / 10, 1))))
            .SelectMany(n => Gen.ArrayOf(item, n))
            .Select(items => ValueList.Create(items));

    /// <summary>Unknown JSON properties, as documents from newer versions or other tools carry them.</summary>
    public static Gen<IReadOnlyDictionary<string, JsonElement>> AdditionalProperties(bool canonical) =>
        canonical
            ? Gen.Constant<IReadOnlyDictionary<string, JsonElement>>(new Dictionary<string, JsonElement>())
            : Gen.Frequency(
                (4, Gen.Constant<IReadOnlyDictionary<string, JsonElement>>(new Dictionary<string, JsonElement>())),
                (1, Gen.Elements(
                    """{"x-note": "kept"}""",
                    """{"futureField": [1, 2.5, {"deep": [true, null]}]}""",
                    """{"zz": {"a": "b"}, "n": -0.0001}""")
                    .Select(json => (IReadOnlyDictionary<string, JsonElement>)JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!)));

    public static Gen<Member> Member(bool canonical) =>
        from code in Gen.OneOf(MemberCodes.Select(c => (MemberCode?)c), Gen.Constant<MemberCode?>(null))
        from name in OptionalText
        from kind in Scale<MemberKind>(canonical)
        from country in OptionalText
        from region in Scale<Region>(canonical)
        from extra in AdditionalProperties(canonical)
        select new Member { Code = code, Name = name, Kind = kind, Country = country, Region = region, AdditionalProperties = extra };

    public static Gen<Milestone> Milestone(bool canonical) =>
        from description in OptionalText
        from deliverable in OptionalText
        from start in Date(canonical)
        from end in Date(canonical)
        from completion in Scale<CompletionLevel>(canonical)
        from extra in AdditionalProperties(canonical)
        select new Milestone { Description = description, Deliverable = deliverable, Start = start, End = end, Completion = completion, AdditionalProperties = extra };

    public static Gen<OgpValueRelevance> Relevance(bool canonical) =>
        from a in Flag(canonical)
        from b in Flag(canonical)
        from c in Flag(canonical)
        from d in Flag(canonical)
        from e in Flag(canonical)
        select new OgpValueRelevance { AccessToInformation = a, CivicParticipation = b, PublicAccountability = c, TechnologyAndInnovation = d, Relevant = e };

    public static Gen<DesignAssessment> Design(bool canonical) =>
        from specificity in Scale<Specificity>(canonical)
        from verifiable in Scale<Verifiability>(canonical)
        from relevance in Relevance(canonical)
        from impact in Scale<PotentialImpact>(canonical)
        from potential in Scale<PotentialForResults>(canonical)
        from compound in Flag(canonical)
        from cluster in RecordedText
        from clustered in Flag(canonical)
        from ids in Recorded(List(CommitmentIds), canonical ? null : UnrecognizedText<ValueList<CommitmentId>>(_ => false))
        select new DesignAssessment
        {
            Specificity = specificity,
            Verifiable = verifiable,
            Relevance = relevance,
            PotentialImpact = impact,
            PotentialForResults = potential,
            Compound = compound,
            Cluster = cluster,
            Clustered = clustered,
            ClusterCommitments = ids,
        };

    public static Gen<ImplementationAssessment> Implementation(bool canonical) =>
        from midterm in Scale<CompletionLevel>(canonical)
        from endOfTerm in Scale<CompletionLevel>(canonical)
        from change in Scale<CompletionChange>(canonical)
        from diog in Scale<OpenGovernmentResult>(canonical)
        from ati in Scale<OpenGovernmentResult>(canonical)
        from cp in Scale<OpenGovernmentResult>(canonical)
        from pa in Scale<OpenGovernmentResult>(canonical)
        from early in Scale<EarlyResultsLevel>(canonical)
        from s1 in Flag(canonical)
        from s2 in Flag(canonical)
        from s3 in Flag(canonical)
        from carried in Flag(canonical)
        select new ImplementationAssessment
        {
            CompletionMidterm = midterm,
            CompletionEndOfTerm = endOfTerm,
            CompletionChange = change,
            OpenGovernment = diog,
            OpenGovernmentAccessToInformation = ati,
            OpenGovernmentCivicParticipation = cp,
            OpenGovernmentPublicAccountability = pa,
            EarlyResults = early,
            StarredPre2015Formula = s1,
            StarredMidterm = s2,
            StarredEndOfTerm = s3,
            CarriedForward = carried,
        };

    public static Gen<IrmAssessment> Assessment(bool canonical) =>
        from midtermYear in Number(canonical)
        from endYear in Number(canonical)
        from design in Design(canonical)
        from implementation in Implementation(canonical)
        from extra in AdditionalProperties(canonical)
        select new IrmAssessment { MidtermReportYear = midtermYear, EndOfTermReportYear = endYear, Design = design, Implementation = implementation, AdditionalProperties = extra };

    public static Gen<ValueDictionary<PolicyArea, Recorded<bool>>> PolicyAreas(bool canonical) =>
        List(Gen.Zip(canonical ? KnownPolicyAreas : AnyPolicyAreas, Flag(canonical)), 6)
            .Select(pairs => ValueDictionary<PolicyArea, Recorded<bool>>.Create(pairs.Select(p => new KeyValuePair<PolicyArea, Recorded<bool>>(p.Item1, p.Item2))));

    public static Gen<Commitment> Commitment(bool canonical) =>
        from id in Gen.OneOf(CommitmentIds.Select(c => (CommitmentId?)c), Gen.Constant<CommitmentId?>(null))
        from number in Gen.OneOf(Gen.Choose(1, 40).Select(n => (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Elements<string?>("2.6", "3.2.5", "B.1.A", null))
        from texts in Gen.ArrayOf(OptionalText, 11)
        from start in Date(canonical)
        from end in Date(canonical)
        from areas in PolicyAreas(canonical)
        from milestones in List(Milestone(canonical), 3)
        from assessment in Gen.Frequency((3, Assessment(canonical).Select(a => (IrmAssessment?)a)), (1, Gen.Constant<IrmAssessment?>(null)))
        from extra in AdditionalProperties(canonical)
        select new Commitment
        {
            Id = id,
            Number = number,
            Title = texts[0],
            ShortTitle = texts[1],
            Theme = texts[2],
            FullText = texts[3],
            Problem = texts[4],
            Objective = texts[5],
            Contribution = texts[6],
            LeadInstitution = texts[7],
            SupportingInstitutions = texts[8],
            Url = texts[9],
            Start = start,
            End = end,
            PolicyAreas = areas,
            Milestones = milestones,
            Assessment = assessment,
            AdditionalProperties = extra,
        };

    public static Gen<ActionPlan> ActionPlan(bool canonical) =>
        from id in Gen.OneOf(ActionPlanIds.Select(c => (ActionPlanId?)c), Gen.Constant<ActionPlanId?>(null))
        from member in Gen.OneOf(Member(canonical).Select(m => (Member?)m), Gen.Constant<Member?>(null))
        from number in Gen.OneOf(Gen.Choose(1, 9).Select(n => (int?)n), Gen.Constant<int?>(null))
        from title in OptionalText
        from year in Number(canonical)
        from start in Date(canonical)
        from end in Date(canonical)
        from commitments in List(Commitment(canonical), 5)
        from version in canonical ? Gen.Constant("1.0") : Gen.Elements("1.0", "1.3")
        from extra in AdditionalProperties(canonical)
        select new ActionPlan
        {
            SchemaVersion = version,
            Id = id,
            Member = member,
            Number = number,
            Title = title,
            SubmissionYear = year,
            Start = start,
            End = end,
            Commitments = commitments,
            AdditionalProperties = extra,
        };

    public static Gen<OpenGovernmentAnswer> OpenGovernmentAnswer(bool canonical) =>
        from results in List(Scale<ImmediateResult>(canonical).Where(r => r.State is RecordedState.Value or RecordedState.Unrecognized), 3)
        from degree in Scale<OpenGovernmentResult>(canonical)
        from explanation in OptionalText
        select new OpenGovernmentAnswer { ImmediateResults = results, Degree = degree, Explanation = explanation };

    public static Gen<Evidence> Evidence { get; } =
        from reference in Gen.OneOf(Gen.Elements("https://example.org/minutes.pdf", "roadmap.docx", "http://infoem.org.mx/estudio"), Text)
        from description in OptionalText
        select new Evidence { Reference = reference, Description = description };

    public static Gen<EndOfCommitmentReport> Report(bool canonical) =>
        from evaluators in List(NonBlankText, 3)
        from texts in Gen.ArrayOf(OptionalText, 12)
        from id in Gen.OneOf(CommitmentIds.Select(c => (CommitmentId?)c), Gen.Constant<CommitmentId?>(null))
        from level in Scale<CompletionLevel>(canonical)
        from choice in Scale<PlannedImplementation>(canonical)
        from evidence in List(Evidence, 3)
        from ati in OpenGovernmentAnswer(canonical)
        from cp in OpenGovernmentAnswer(canonical)
        from pa in OpenGovernmentAnswer(canonical)
        from problem in Scale<ProblemAddressed>(canonical)
        from lessons in List(NonBlankText, 3)
        from extra in AdditionalProperties(canonical)
        select new EndOfCommitmentReport
        {
            Evaluators = evaluators,
            EvaluatorEmail = texts[0],
            MemberName = texts[1],
            ActionPlanTitle = texts[2],
            Commitment = new ReportedCommitment { Id = id, Title = texts[3], Objective = texts[4], Problem = texts[5] },
            Completion = new CompletionAnswer { Level = level, Explanation = texts[6] },
            ImplementationFactors = texts[7],
            ImplementedAsPlanned = new PlannedImplementationAnswer { Choice = choice, Explanation = texts[8], Evidence = evidence },
            AccessToInformation = ati,
            CivicParticipation = cp,
            PublicAccountability = pa,
            ProblemAddressed = new ProblemAddressedAnswer { Choice = problem, Explanation = texts[9] },
            Lessons = lessons,
            AdditionalProperties = extra,
        };

    public static Gen<PlanReference> PlanReference(bool canonical) =>
        from id in Gen.OneOf(ActionPlanIds.Select(c => (ActionPlanId?)c), Gen.Constant<ActionPlanId?>(null))
        from number in Number(canonical)
        from submission in Number(canonical)
        from end in Number(canonical)
        from duration in Number(canonical)
        select new PlanReference { Id = id, Number = number, SubmissionYear = submission, EndYear = end, DurationYears = duration };

    public static Gen<DatasetCodes> Codes(bool canonical) =>
        from values in Gen.ArrayOf(Number(canonical), 11)
        select new DatasetCodes
        {
            Specificity = values[0],
            PotentialImpact = values[1],
            CompletionMidterm = values[2],
            PotentialForResults = values[3],
            CompletionEndOfTerm = values[4],
            ChangeInCompletion = values[5],
            EarlyResults = values[6],
            OpenGovernment = values[7],
            OpenGovernmentAccessToInformation = values[8],
            OpenGovernmentCivicParticipation = values[9],
            OpenGovernmentPublicAccountability = values[10],
        };

    public static Gen<DatasetIndicators> Indicators(bool canonical) =>
        from flags in Gen.ArrayOf(Flag(canonical), 17)
        from numbers in Gen.ArrayOf(Number(canonical), 7)
        from texts in Gen.ArrayOf(RecordedText, 2)
        select new DatasetIndicators
        {
            CommitmentDummy = numbers[0],
            MostRecentlyAssessed = flags[0],
            StarMostRecentlyAssessed = flags[1],
            IrmAssessed = flags[2],
            UpdatedOnWebsite = texts[0],
            ActiveCommitment = flags[3],
            MaxStar = flags[4],
            AmbitionAssessed = flags[5],
            CompletionAssessed = flags[6],
            OpenGovernmentAssessed = flags[7],
            MidtermOnly = flags[8],
            MaxCompletion = numbers[1],
            RawCompletion = numbers[2],
            HighCompletion = flags[9],
            HighAmbition = flags[10],
            HighOpenGovernment = flags[11],
            AmbitiousAndCompleteOrOpenedGovernment = flags[12],
            AmbitiousButNotComplete = flags[13],
            CompleteButNotAmbitious = flags[14],
            NotCompleteOrAmbitious = flags[15],
            NotReviewed = flags[16],
            Checksum = numbers[3],
            IrmBasedScore = numbers[4],
            BindingConstraint = texts[1],
            LatestIrmReport = numbers[5],
            RowId = numbers[6],
        };

    public static Gen<ValueDictionary<string, string>> ExtraColumns(bool canonical) =>
        canonical
            ? Gen.Constant(ValueDictionary<string, string>.Empty)
            : List(Gen.Zip(Gen.Elements("Notes", "Reviewer", "Column 172"), Text), 2)
                .Select(pairs => ValueDictionary<string, string>.Create(pairs.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2))));

    public static Gen<DatasetRecord> DatasetRecord(bool canonical) =>
        from member in Member(canonical)
        from plan in PlanReference(canonical)
        from commitment in Commitment(canonical)
        from codes in Codes(canonical)
        from indicators in Indicators(canonical)
        from extra in ExtraColumns(canonical)
        select new DatasetRecord { Member = member, ActionPlan = plan, Commitment = commitment, Codes = codes, Indicators = indicators, ExtraColumns = extra };

    public static Gen<CommitmentDataset> Dataset(bool canonical) =>
        from source in Gen.OneOf(
            Gen.Constant<DatasetSource?>(null),
            from title in OptionalText
            from day in LocalDates
            select (DatasetSource?)new DatasetSource { Title = title, Url = "https://example.org/ogp.csv", Publisher = "Open Government Partnership", RetrievedOn = day })
        from columns in List(Gen.Elements("Commitment Unique Identifier", "Code", "Notes"), 3)
        from records in List(DatasetRecord(canonical), 4)
        select new CommitmentDataset { Source = source, Columns = columns, Records = records };

    /// <summary>Reports that answer every question: texts not blank, choices made, at least one evidence, result and lesson.</summary>
    public static Gen<EndOfCommitmentReport> CompleteReport { get; } =
        from evaluators in List(NonBlankText, 3).Where(l => l.Count > 0)
        from texts in Gen.ArrayOf(NonBlankText, 13)
        from level in Gen.Elements(Enum.GetValues<CompletionLevel>())
        from choice in Gen.Elements(Enum.GetValues<PlannedImplementation>())
        from evidence in List(Evidence, 3).Where(l => l.Any(e => !string.IsNullOrWhiteSpace(e.Reference)))
        from answers in Gen.ArrayOf(
            from results in List(Gen.Elements(Enum.GetValues<ImmediateResult>()).Select(r => Model.Recorded<ImmediateResult>.Of(r)), 3).Where(l => l.Count > 0)
            from degree in Gen.Elements(Enum.GetValues<OpenGovernmentResult>())
            from explanation in NonBlankText
            select new OpenGovernmentAnswer { ImmediateResults = results, Degree = degree, Explanation = explanation },
            3)
        from problem in Gen.Elements(Enum.GetValues<ProblemAddressed>())
        from lessons in List(NonBlankText, 3).Where(l => l.Count > 0)
        select new EndOfCommitmentReport
        {
            Evaluators = evaluators,
            EvaluatorEmail = texts[0],
            MemberName = texts[1],
            ActionPlanTitle = texts[2],
            Commitment = new ReportedCommitment { Title = texts[3], Objective = texts[4], Problem = texts[5] },
            Completion = new CompletionAnswer { Level = level, Explanation = texts[6] },
            ImplementationFactors = texts[7],
            ImplementedAsPlanned = new PlannedImplementationAnswer { Choice = choice, Explanation = texts[8], Evidence = evidence },
            AccessToInformation = answers[0],
            CivicParticipation = answers[1],
            PublicAccountability = answers[2],
            ProblemAddressed = new ProblemAddressedAnswer { Choice = problem, Explanation = texts[9] },
            Lessons = lessons,
        };

    public static Gen<OgpDocument> Document(bool canonical) =>
        Gen.OneOf(
            ActionPlan(canonical).Select(p => (OgpDocument)p),
            Report(canonical).Select(r => (OgpDocument)r),
            Inception(canonical).Select(r => (OgpDocument)r),
            Review(canonical).Select(r => (OgpDocument)r),
            Results(canonical).Select(r => (OgpDocument)r),
            Tracker(canonical).Select(t => (OgpDocument)t),
            SelfAssessment(canonical).Select(r => (OgpDocument)r),
            Dataset(canonical).Select(d => (OgpDocument)d));

    /// <summary>Tracker cells: names of agencies, themes and rounds, some repeated, as a tracker's are.</summary>
    public static Gen<string?> TrackerName { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Elements<string?>("GSA", "OMB", "Treasury", "Open data", "Round 1", "Round 2")), (1, OptionalText));

    public static Gen<ValueDictionary<string, string>> TrackerExtraColumns(bool canonical) =>
        canonical
            ? Gen.Constant(ValueDictionary<string, string>.Empty)
            : List(from name in Gen.Elements("Note", "Owner", "Budget") from value in NonBlankText select (name, value), 2)
                .Select(pairs => ValueDictionary<string, string>.Create(pairs.GroupBy(p => p.name).Select(g => new KeyValuePair<string, string>(g.Key, g.First().value))));

    public static Gen<ImplementationUpdate> Update(bool canonical) =>
        from round in TrackerName
        from asOf in Date(canonical)
        from status in Scale<ImplementationStatus>(canonical)
        from progress in Recorded(Gen.Choose(0, 100), canonical ? null : UnrecognizedText<int>(_ => false))
        from narrative in OptionalText
        from evidence in List(Evidence, 2)
        from extra in TrackerExtraColumns(canonical)
        select new ImplementationUpdate { Round = round, AsOf = asOf, Status = status, Progress = progress, Narrative = narrative, Evidence = evidence, ExtraColumns = extra };

    public static Gen<ImplementationTracker> Tracker(bool canonical) =>
        from plan in Gen.OneOf(ActionPlanIds.Select(p => (ActionPlanId?)p), Gen.Constant<ActionPlanId?>(null))
        from texts in Gen.ArrayOf(OptionalText, 2)
        from dates in Gen.ArrayOf(Date(canonical), 2)
        from commitments in List(
            from id in Gen.OneOf(CommitmentIds.Select(c => (CommitmentId?)c), Gen.Constant<CommitmentId?>(null))
            from t in Gen.ArrayOf(OptionalText, 2)
            from names in Gen.ArrayOf(TrackerName, 2)
            from items in List(
                from itemTexts in Gen.ArrayOf(OptionalText, 2)
                from itemNames in Gen.ArrayOf(TrackerName, 2)
                from weight in Recorded(Gen.Choose(0, 100), canonical ? null : UnrecognizedText<int>(_ => false))
                from itemDates in Gen.ArrayOf(Date(canonical), 2)
                from updates in List(Update(canonical), 3)
                from extra in TrackerExtraColumns(canonical)
                select new TrackedItem { Id = itemTexts[0], Title = itemTexts[1], Theme = itemNames[0], LeadAgency = itemNames[1], Weight = weight, Start = itemDates[0], End = itemDates[1], Updates = updates, ExtraColumns = extra },
                3)
            select new TrackedCommitment { Id = id, Number = id is null ? t[0] : null, Title = t[1], Theme = names[0], LeadAgency = names[1], Items = items },
            4)
        from extra in AdditionalProperties(canonical)
        select new ImplementationTracker { ActionPlanId = plan, MemberName = texts[0], ActionPlanTitle = texts[1], Start = dates[0], End = dates[1], Commitments = commitments, AdditionalProperties = extra };

    public static Gen<SelfAssessmentReport> SelfAssessment(bool canonical) =>
        from plan in Gen.OneOf(ActionPlanIds.Select(p => (ActionPlanId?)p), Gen.Constant<ActionPlanId?>(null))
        from texts in Gen.ArrayOf(OptionalText, 2)
        from stage in Gen.Elements<Model.Analysis.AssessmentStage?>(null, Model.Analysis.AssessmentStage.Midterm, Model.Analysis.AssessmentStage.EndOfTerm)
        from dates in Gen.ArrayOf(Date(canonical), 2)
        from commitments in List(
            from id in Gen.OneOf(CommitmentIds.Select(c => (CommitmentId?)c), Gen.Constant<CommitmentId?>(null))
            from t in Gen.ArrayOf(OptionalText, 9)
            from commitmentDates in Gen.ArrayOf(Date(canonical), 2)
            from completion in Scale<CompletionLevel>(canonical)
            from milestones in List(Milestone(canonical), 3)
            select new SelfAssessedCommitment
            {
                Id = id,
                Number = t[0],
                Title = t[1],
                Start = commitmentDates[0],
                End = commitmentDates[1],
                LeadAgency = t[2],
                Problem = t[3],
                Description = t[4],
                Relevance = t[5],
                FurtherInformation = t[6],
                Completion = completion,
                Results = t[7],
                NextSteps = t[8],
                Milestones = milestones,
            },
            4)
        from extra in AdditionalProperties(canonical)
        select new SelfAssessmentReport { ActionPlanId = plan, MemberName = texts[0], ActionPlanTitle = texts[1], Stage = stage, Start = dates[0], End = dates[1], Commitments = commitments, AdditionalProperties = extra };

    public static Gen<RequirementAnswer> RequirementAnswer(bool canonical) =>
        from key in Gen.Frequency((4, Gen.Elements(CoCreationRequirements.All.Select(r => (string?)r.Key).ToArray())), (1, OptionalText))
        from number in OptionalText
        from question in OptionalText
        from status in Scale<RequirementStatus>(canonical)
        from texts in Gen.ArrayOf(OptionalText, 2)
        from evidence in List(Evidence, 3)
        select new RequirementAnswer { Requirement = key, Number = number, Question = question, Status = status, Explanation = texts[0], References = texts[1], Evidence = evidence };

    public static Gen<CommitmentDesignAnswer> DesignAnswer(bool canonical) =>
        from texts in Gen.ArrayOf(OptionalText, 5)
        from verifiable in Scale<Verifiability>(canonical)
        from relevant in Flag(canonical)
        from values in List(Scale<OgpValue>(canonical), 4)
        from potential in Scale<PotentialForResults>(canonical)
        select new CommitmentDesignAnswer
        {
            Number = texts[0],
            Title = texts[1],
            Verifiable = verifiable,
            VerifiableExplanation = texts[2],
            Relevant = relevant,
            Values = values,
            RelevanceExplanation = texts[3],
            PotentialForResults = potential,
            PotentialForResultsExplanation = texts[4],
        };

    public static Gen<InceptionReport> Inception(bool canonical) =>
        from evaluators in List(NonBlankText, 3)
        from texts in Gen.ArrayOf(OptionalText, 3)
        from requirements in List(RequirementAnswer(canonical), 6)
        from commitments in List(DesignAnswer(canonical), 4)
        from extra in AdditionalProperties(canonical)
        select new InceptionReport
        {
            Evaluators = evaluators,
            EvaluatorEmail = texts[0],
            MemberName = texts[1],
            ActionPlanTitle = texts[2],
            Requirements = requirements,
            Commitments = commitments,
            AdditionalProperties = extra,
        };

    public static Gen<CoCreationAssessment> CoCreation(bool canonical) =>
        from requirements in List(RequirementAnswer(canonical), 3)
        from development in Scale<PublicInfluence>(canonical)
        from implementation in Scale<PublicInfluence>(canonical)
        from flags in Gen.ArrayOf(Flag(canonical), 2)
        from summary in OptionalText
        select new CoCreationAssessment
        {
            Requirements = requirements,
            InfluenceDuringDevelopment = development,
            InfluenceDuringImplementation = implementation,
            OpenParticipation = flags[0],
            CollaboratedWithIrm = flags[1],
            Summary = summary,
        };

    public static Gen<ReviewAssessment> ReviewAssessment(bool canonical) =>
        from verifiable in Scale<Verifiability>(canonical)
        from flags in Gen.ArrayOf(Flag(canonical), 2)
        from potential in Scale<PotentialForResults>(canonical)
        from explanation in OptionalText
        select new ReviewAssessment { Verifiable = verifiable, Relevant = flags[0], PotentialForResults = potential, Promising = flags[1], Explanation = explanation };

    public static Gen<ResultAssessment> ResultAssessment(bool canonical) =>
        from completion in Scale<CompletionLevel>(canonical)
        from early in Scale<EarlyResultsLevel>(canonical)
        from diog in Scale<OpenGovernmentResult>(canonical)
        from texts in Gen.ArrayOf(OptionalText, 2)
        select new ResultAssessment { Completion = completion, EarlyResults = early, OpenGovernment = diog, Factors = texts[0], Explanation = texts[1] };

    public static Gen<ActionPlanReview> Review(bool canonical) =>
        from plan in Gen.OneOf(ActionPlanIds.Select(p => (ActionPlanId?)p), Gen.Constant<ActionPlanId?>(null))
        from texts in Gen.ArrayOf(OptionalText, 3)
        from lists in Gen.ArrayOf(List(NonBlankText, 3), 3)
        from commitments in List(
            from id in Gen.OneOf(CommitmentIds.Select(c => (CommitmentId?)c), Gen.Constant<CommitmentId?>(null))
            from t in Gen.ArrayOf(OptionalText, 3)
            from assessment in ReviewAssessment(canonical)
            select new ReviewedCommitment { Id = id, Number = t[0], Title = t[1], Cluster = t[2], Assessment = assessment },
            5)
        from clusters in List(
            from name in Text
            from members in List(CommitmentIds, 4)
            from assessment in ReviewAssessment(canonical)
            select new ReviewedCluster { Name = name, Commitments = members, Assessment = assessment },
            2)
        from coCreation in CoCreation(canonical)
        from extra in AdditionalProperties(canonical)
        select new ActionPlanReview
        {
            ActionPlanId = plan,
            MemberName = texts[0],
            ActionPlanTitle = texts[1],
            Overview = texts[2],
            Strengths = lists[0],
            Challenges = lists[1],
            Commitments = commitments,
            Clusters = clusters,
            CoCreation = coCreation,
            Recommendations = lists[2],
            AdditionalProperties = extra,
        };

    public static Gen<ResultsReport> Results(bool canonical) =>
        from plan in Gen.OneOf(ActionPlanIds.Select(p => (ActionPlanId?)p), Gen.Constant<ActionPlanId?>(null))
        from texts in Gen.ArrayOf(OptionalText, 3)
        from lists in Gen.ArrayOf(List(NonBlankText, 3), 2)
        from commitments in List(
            from id in Gen.OneOf(CommitmentIds.Select(c => (CommitmentId?)c), Gen.Constant<CommitmentId?>(null))
            from t in Gen.ArrayOf(OptionalText, 3)
            from results in ResultAssessment(canonical)
            select new CommitmentResult { Id = id, Number = t[0], Title = t[1], Cluster = t[2], Results = results },
            5)
        from clusters in List(
            from name in Text
            from members in List(CommitmentIds, 4)
            from results in ResultAssessment(canonical)
            select new ClusterResult { Name = name, Commitments = members, Results = results },
            2)
        from coCreation in CoCreation(canonical)
        from extra in AdditionalProperties(canonical)
        select new ResultsReport
        {
            ActionPlanId = plan,
            MemberName = texts[0],
            ActionPlanTitle = texts[1],
            Overview = texts[2],
            Commitments = commitments,
            Clusters = clusters,
            CoCreation = coCreation,
            Lessons = lists[0],
            Recommendations = lists[1],
            AdditionalProperties = extra,
        };

    private static string FixSurrogates(string text)
    {
        // Only the whole pair of the emoji is valid UTF-16; a half left by slicing is replaced.
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && (i + 1 == chars.Length || !char.IsLowSurrogate(chars[i + 1])))
            {
                chars[i] = '?';
            }
            else if (char.IsLowSurrogate(chars[i]) && (i == 0 || !char.IsHighSurrogate(chars[i - 1])))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}

/// <summary>The arbitraries the property tests draw from: every model type, with unrecognized values and unknown properties.</summary>
public static class ModelArbitraries
{
    public static Arbitrary<ActionPlan> ActionPlan() => ModelGenerators.ActionPlan(canonical: false).ToArbitrary();

    public static Arbitrary<EndOfCommitmentReport> Report() => ModelGenerators.Report(canonical: false).ToArbitrary();

    public static Arbitrary<OgpDocument> Document() => ModelGenerators.Document(canonical: false).ToArbitrary();

    public static Arbitrary<CommitmentDataset> Dataset() => ModelGenerators.Dataset(canonical: false).ToArbitrary();

    public static Arbitrary<Commitment> Commitment() => ModelGenerators.Commitment(canonical: false).ToArbitrary();

    public static Arbitrary<CommitmentId> CommitmentId() => ModelGenerators.CommitmentIds.ToArbitrary();

    public static Arbitrary<MemberCode> MemberCode() => ModelGenerators.MemberCodes.ToArbitrary();

    public static Arbitrary<ActionPlanId> ActionPlanId() => ModelGenerators.ActionPlanIds.ToArbitrary();

    public static Arbitrary<PartialDate> PartialDate() => ModelGenerators.PartialDates.ToArbitrary();

    public static Arbitrary<PolicyArea> PolicyArea() => ModelGenerators.AnyPolicyAreas.ToArbitrary();
}

/// <summary>Documents without unrecognized values or unknown properties: what the JSON Schema describes.</summary>
public static class CanonicalArbitraries
{
    public static Arbitrary<OgpDocument> Document() => ModelGenerators.Document(canonical: true).ToArbitrary();
}
