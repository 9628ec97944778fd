using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OpenGov.Model.Analysis;

namespace OpenGov.Model;

/// <summary>
/// The metadata of the values of the JSON format, each with its converter: recorded values, dates,
/// identifiers, policy areas, the dataset's kept cells, an indicator's answer, the unknown properties of a
/// record. The converters belong to the values' metadata, not to an options object: any options that chain
/// this resolver read and write the values the same.
/// </summary>
internal sealed class OgpValueTypes : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories = new()
    {
        [typeof(Recorded<CompletionLevel>)] = Recorded(new CodelistRecordedConverter<CompletionLevel>()),
        [typeof(Recorded<OpenGovernmentResult>)] = Recorded(new CodelistRecordedConverter<OpenGovernmentResult>()),
        [typeof(Recorded<EarlyResultsLevel>)] = Recorded(new CodelistRecordedConverter<EarlyResultsLevel>()),
        [typeof(Recorded<PotentialImpact>)] = Recorded(new CodelistRecordedConverter<PotentialImpact>()),
        [typeof(Recorded<PotentialForResults>)] = Recorded(new CodelistRecordedConverter<PotentialForResults>()),
        [typeof(Recorded<Specificity>)] = Recorded(new CodelistRecordedConverter<Specificity>()),
        [typeof(Recorded<Verifiability>)] = Recorded(new CodelistRecordedConverter<Verifiability>()),
        [typeof(Recorded<CompletionChange>)] = Recorded(new CodelistRecordedConverter<CompletionChange>()),
        [typeof(Recorded<OgpValue>)] = Recorded(new CodelistRecordedConverter<OgpValue>()),
        [typeof(Recorded<Region>)] = Recorded(new CodelistRecordedConverter<Region>()),
        [typeof(Recorded<MemberKind>)] = Recorded(new CodelistRecordedConverter<MemberKind>()),
        [typeof(Recorded<PlannedImplementation>)] = Recorded(new CodelistRecordedConverter<PlannedImplementation>()),
        [typeof(Recorded<ProblemAddressed>)] = Recorded(new CodelistRecordedConverter<ProblemAddressed>()),
        [typeof(Recorded<ImmediateResult>)] = Recorded(new CodelistRecordedConverter<ImmediateResult>()),
        [typeof(Recorded<RequirementStatus>)] = Recorded(new CodelistRecordedConverter<RequirementStatus>()),
        [typeof(Recorded<PublicInfluence>)] = Recorded(new CodelistRecordedConverter<PublicInfluence>()),
        [typeof(Recorded<ImplementationStatus>)] = Recorded(new CodelistRecordedConverter<ImplementationStatus>()),
        [typeof(Recorded<bool>)] = Recorded(new BooleanRecordedConverter()),
        [typeof(Recorded<int>)] = Recorded(new Int32RecordedConverter()),
        [typeof(Recorded<string>)] = Recorded(new StringRecordedConverter()),
        [typeof(Recorded<PartialDate>)] = Recorded(new PartialDateRecordedConverter()),
        [typeof(Recorded<ValueList<CommitmentId>>)] = Recorded(new CommitmentIdListRecordedConverter()),
        [typeof(ValueList<Recorded<ImmediateResult>>)] = options => JsonModel.List<Recorded<ImmediateResult>>(options),
        [typeof(ValueList<Recorded<OgpValue>>)] = options => JsonModel.List<Recorded<OgpValue>>(options),
        [typeof(ValueList<CommitmentId>)] = options => JsonModel.List<CommitmentId>(options),
        [typeof(ValueList<DatasetRowName>)] = options => JsonModel.List<DatasetRowName>(options),
        [typeof(PartialDate)] = Value(new PartialDateConverter()),
        [typeof(CommitmentId)] = Value(new CommitmentIdConverter()),
        [typeof(DatasetRowName)] = Value(new DatasetRowNameConverter()),
        [typeof(MemberCode)] = Value(new MemberCodeConverter()),
        [typeof(ActionPlanId)] = Value(new ActionPlanIdConverter()),
        [typeof(PolicyArea)] = Value(new PolicyAreaConverter()),
        [typeof(ValueDictionary<PolicyArea, Recorded<bool>>)] = Value(new PolicyAreaFlagsConverter()),
        [typeof(ValueDictionary<string, string>)] = Value(new ExtraColumnsConverter()),
        [typeof(IndicatorValue<int>)] = Value(new IndicatorValueConverter()),
        [typeof(IndicatorAgreement)] = Value(new KebabEnumConverter<IndicatorAgreement>()),
        [typeof(AssessmentStage)] = Value(new KebabEnumConverter<AssessmentStage>()),
        [typeof(StarFormula)] = Value(new KebabEnumConverter<StarFormula>()),
        [typeof(CannotTellReason)] = Value(new KebabEnumConverter<CannotTellReason>()),
        [typeof(ValueList<string>)] = options => JsonModel.List<string>(options),
        [typeof(LocalDate)] = Value(new LocalDateConverter()),
        [typeof(YearMonth)] = Value(new YearMonthConverter()),
        [typeof(LocalDate?)] = Nullable<LocalDate>(),
        [typeof(YearMonth?)] = Nullable<YearMonth>(),
        [typeof(CommitmentId?)] = Nullable<CommitmentId>(),
        [typeof(MemberCode?)] = Nullable<MemberCode>(),
        [typeof(ActionPlanId?)] = Nullable<ActionPlanId>(),
        [typeof(PartialDate?)] = Nullable<PartialDate>(),
        [typeof(AssessmentStage?)] = Nullable<AssessmentStage>(),
        [typeof(AdditionalPropertyBag)] = options => JsonMetadataServices.CreateDictionaryInfo<AdditionalPropertyBag, string, JsonElement>(
            options,
            new JsonCollectionInfoValues<AdditionalPropertyBag> { ObjectCreator = static () => new AdditionalPropertyBag() }),
    };

    /// <summary>Gets the one instance.</summary>
    public static OgpValueTypes Instance { get; } = new();

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Factories.TryGetValue(type, out var create) ? create(options) : null;

    /// <summary>Gets whether a type is one of the values this resolver describes.</summary>
    public static bool Describes(Type type) => Factories.ContainsKey(type);

    private static Func<JsonSerializerOptions, JsonTypeInfo> Recorded<T>(JsonConverter<Recorded<T>> converter) =>
        options => JsonMetadataServices.CreateValueInfo<Recorded<T>>(options, converter);

    private static Func<JsonSerializerOptions, JsonTypeInfo> Value<T>(JsonConverter<T> converter) =>
        options => JsonMetadataServices.CreateValueInfo<T>(options, converter);

    /// <summary>A value that may be absent (<c>null</c>), read and written with its value's metadata otherwise.</summary>
    private static Func<JsonSerializerOptions, JsonTypeInfo> Nullable<T>()
        where T : struct =>
        options => JsonMetadataServices.CreateValueInfo<T?>(options, JsonMetadataServices.GetNullableConverter((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))));
}
