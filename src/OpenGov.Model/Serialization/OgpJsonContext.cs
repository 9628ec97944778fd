using System.Text.Json.Serialization;
using OpenGov.Model.Analysis;
using OpenGov.Model.Assessments;
using OpenGov.Model.Datasets;
using OpenGov.Model.Plans;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Serialization;

/// <summary>The source-generated metadata of every document kind; <see cref="OgpJson"/> is its public face.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = OgpJson.MaxDepth,
    WriteIndented = true,
    IndentSize = 2,
    Converters =
    [
        typeof(RecordedConverterFactory),
        typeof(PartialDateConverter),
        typeof(CommitmentIdConverter),
        typeof(MemberCodeConverter),
        typeof(ActionPlanIdConverter),
        typeof(PolicyAreaConverter),
        typeof(PolicyAreaFlagsConverter),
        typeof(ExtraColumnsConverter),
        typeof(IndicatorValueConverter),
    ])]
[JsonSerializable(typeof(ActionPlan))]
[JsonSerializable(typeof(EndOfCommitmentReport))]
[JsonSerializable(typeof(CommitmentDataset))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(ValueList<ValidationRule>))]
[JsonSerializable(typeof(DatasetSummary))]
[JsonSerializable(typeof(ValueList<IndicatorRow>))]
internal sealed partial class OgpJsonContext : JsonSerializerContext;
