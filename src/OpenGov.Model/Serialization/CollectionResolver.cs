using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenGov.Model.Assessments;
using OpenGov.Model.Plans;

namespace OpenGov.Model.Serialization;

/// <summary>
/// Metadata for the value-equal lists of the model, built with System.Text.Json's own collection
/// support (no reflection): they read and write as JSON arrays, and the schema exporter sees them
/// as such. The policy-area dictionary has its own converter (<see cref="PolicyAreaFlagsConverter"/>).
/// </summary>
internal sealed class CollectionResolver : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories = new()
    {
        [typeof(ValueList<Commitment>)] = List<Commitment>,
        [typeof(ValueList<Datasets.DatasetRecord>)] = List<Datasets.DatasetRecord>,
        [typeof(ValueList<Validation.Finding>)] = List<Validation.Finding>,
        [typeof(ValueList<Validation.FindingGroup>)] = List<Validation.FindingGroup>,
        [typeof(ValueList<Validation.ValidationRule>)] = List<Validation.ValidationRule>,
        [typeof(ValueList<Milestone>)] = List<Milestone>,
        [typeof(ValueList<string>)] = List<string>,
        [typeof(ValueList<Evidence>)] = List<Evidence>,
        [typeof(ValueList<Recorded<Assessments.ImmediateResult>>)] = List<Recorded<Assessments.ImmediateResult>>,
        [typeof(ValueList<Analysis.GroupSummary>)] = List<Analysis.GroupSummary>,
        [typeof(ValueList<Analysis.IndicatorShare>)] = List<Analysis.IndicatorShare>,
        [typeof(ValueList<Analysis.Distribution>)] = List<Analysis.Distribution>,
        [typeof(ValueList<Analysis.CategoryCount>)] = List<Analysis.CategoryCount>,
        [typeof(ValueList<Analysis.FieldCoverage>)] = List<Analysis.FieldCoverage>,
        [typeof(ValueList<Analysis.IndicatorAgreementSummary>)] = List<Analysis.IndicatorAgreementSummary>,
        [typeof(ValueList<Analysis.IndicatorRow>)] = List<Analysis.IndicatorRow>,
        [typeof(ValueList<Analysis.IndicatorCheck>)] = List<Analysis.IndicatorCheck>,
    };

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Factories.TryGetValue(type, out var create) ? create(options) : null;

    private static JsonTypeInfo<ValueList<T>> List<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueList<T>>
            {
                ElementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)),
            },
            Checked);

    /// <summary>A list of the format holds no null: a null item is an error with the list's path, not a later crash.</summary>
    private static ValueList<T> Checked<T>(IEnumerable<T> items)
    {
        var list = ValueList.CreateRange(items);
        if (default(T) is null)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    throw new OgpJsonException.NullItemException(i);
                }
            }
        }

        return list;
    }
}
