using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenGov.Model.Validation;

/// <summary>
/// Collects findings as the rules make them: applies the options (switched-off codes, changed
/// severities), counts every finding, groups them by rule, and keeps the first
/// <see cref="ValidationOptions.MaxFindings"/> in full. Memory is bounded by what it keeps.
/// </summary>
internal sealed class FindingCollector
{
    /// <summary>The longest message kept: a message quotes its input through <see cref="Excerpt"/>, and this bounds what it says besides.</summary>
    private const int MaxMessageLength = 1000;

    private readonly ValidationOptions _options;
    private readonly HashSet<string> _disabled;
    private readonly Dictionary<string, FindingSeverity> _severities;
    private readonly List<Finding> _kept = [];
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private int _errors;
    private int _warnings;
    private int _infos;
    private int _leftOut;
    private string? _originPrefix;
    private RecordOrigin _origin;
    private List<DeferredDate>? _deferredDates;

    /// <summary>The findings made until <see cref="ClearOrigin"/> are about the record at <paramref name="prefix"/> that came from <paramref name="origin"/>: they get its line and columns.</summary>
    public void SetOrigin(string prefix, RecordOrigin origin)
    {
        _originPrefix = prefix;
        _origin = origin;
    }

    /// <summary>Ends <see cref="SetOrigin"/>.</summary>
    public void ClearOrigin() => _originPrefix = null;

    /// <summary>Gets the ambiguous dates held back since <see cref="DeferAmbiguousDates"/>, to be reported once the whole dataset has been seen.</summary>
    public List<DeferredDate>? DeferredDates => _deferredDates;

    /// <summary>Holds ambiguous dates back instead of reporting them: a dataset's other rows may settle their order.</summary>
    public void DeferAmbiguousDates() => _deferredDates = [];

    /// <summary>Holds an ambiguous date back, with the line and column of its cell, when deferring.</summary>
    public bool TryDefer(string path, PartialDate date)
    {
        if (_deferredDates is null)
        {
            return false;
        }

        var (line, column) = Locate(path);
        _deferredDates.Add(new DeferredDate(path, date, line, column));
        return true;
    }

    public FindingCollector(ValidationOptions options)
    {
        _options = options;
        _disabled = new HashSet<string>(options.DisabledCodes, StringComparer.OrdinalIgnoreCase);

        // Codes are matched without regard to case, as the disabled ones are; a later spelling of a code wins.
        _severities = new Dictionary<string, FindingSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in options.SeverityOverrides)
        {
            _severities[entry.Key] = entry.Value;
        }
    }

    /// <summary>Whether a set of rules runs.</summary>
    public bool Runs(RuleSets set) => (_options.RuleSets & set) != 0;

    /// <summary>Whether a rule would report: its set runs and its code is not switched off.</summary>
    public bool Reports(ValidationRule rule) => Runs(rule.RuleSet) && !_disabled.Contains(rule.Code);

    /// <summary>Adds a finding an importer made, under the options like any other.</summary>
    public void AddImported(Finding finding)
    {
        if (ValidationRules.TryGet(finding.Code, out var rule))
        {
            Add(rule, finding.Path, finding.Message, finding.Value, finding.Line, finding.Column, new FormQuestion(finding.QuestionNumber, finding.Question));
        }
    }

    public void Add(ValidationRule rule, string path, string message, string? value = null, int? line = null, int? column = null, FormQuestion question = default)
    {
        if (!Reports(rule))
        {
            return;
        }

        if (line is null)
        {
            var (originLine, originColumn) = Locate(path);
            line = originLine;
            column ??= originColumn;
        }

        var severity = _severities.TryGetValue(rule.Code, out var changed) ? changed : rule.Severity;
        switch (severity)
        {
            case FindingSeverity.Error:
                _errors++;
                break;
            case FindingSeverity.Warning:
                _warnings++;
                break;
            default:
                _infos++;
                break;
        }

        if (!_groups.TryGetValue(rule.Code, out var group))
        {
            _groups[rule.Code] = group = new Group(rule, severity);
        }

        group.Count++;
        if (group.Paths.Count < _options.PathsPerGroup)
        {
            group.Paths.Add(path);
        }

        if (_kept.Count < _options.MaxFindings)
        {
            _kept.Add(new Finding
            {
                Code = rule.Code,
                Severity = severity,
                Category = rule.Category,
                Path = path,
                Message = Excerpt.Of(message, MaxMessageLength),
                Value = Excerpt.OfNullable(value),
                Line = line,
                Column = column,
                QuestionNumber = question.Number,
                Question = question.Text ?? ColumnOf(path),
            });
        }
        else
        {
            _leftOut++;
        }
    }

    /// <summary>
    /// The dataset column a finding about a dataset row is about (<c>/records/3/member/region</c> is <c>Region</c>), as
    /// the IRM sheet heads it; null for a path that is no row's or names no column.
    /// </summary>
    private static string? ColumnOf(string path)
    {
        const string Records = "/records/";
        if (!path.StartsWith(Records, StringComparison.Ordinal))
        {
            return null;
        }

        var end = Records.Length;
        while (end < path.Length && path[end] is >= '0' and <= '9')
        {
            end++;
        }

        return end > Records.Length && HeaderByPath.TryGetValue(path.Substring(end), out var header) ? header : null;
    }

    /// <summary>The header of each dataset column by the path of its field in a record; the first column of a path wins.</summary>
    private static readonly Dictionary<string, string> HeaderByPath = CreateHeaderByPath();

    private static Dictionary<string, string> CreateHeaderByPath()
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in DatasetColumnCatalogue.All)
        {
            if (!headers.ContainsKey(column.Path))
            {
                headers.Add(column.Path, column.Header);
            }
        }

        return headers;
    }

    /// <summary>The line and column of a path within the record of <see cref="SetOrigin"/>, if it is one.</summary>
    /// <summary>
    /// Gets or sets the lines of the parts of a document read from a sheet, by JSON Pointer (a tracker's
    /// sub-commitments and updates): a finding without a line of its own gets that of the nearest part above its path.
    /// </summary>
    public IReadOnlyDictionary<string, int>? Lines { get; set; }

    private (int? Line, int? Column) Locate(string path)
    {
        if (_originPrefix is null && Lines is { } lines)
        {
            for (var part = path; part.Length > 0; part = part.Substring(0, Math.Max(part.LastIndexOf('/'), 0)))
            {
                if (lines.TryGetValue(part, out var line))
                {
                    return (line, null);
                }
            }
        }

        if (_originPrefix is null || !path.StartsWith(_originPrefix, StringComparison.Ordinal))
        {
            return (null, null);
        }

        var field = path.Substring(_originPrefix.Length);
        return (_origin.LineOf(field), _origin.ColumnOf(field));
    }

    public ValidationReport ToReport(string? subject, int itemCount, CompletenessScore? completeness) => new()
    {
        Subject = subject,
        ItemCount = itemCount,
        ErrorCount = _errors,
        WarningCount = _warnings,
        InfoCount = _infos,
        Completeness = completeness,
        Groups = _groups.Values
            .OrderByDescending(g => g.Severity)
            .ThenBy(g => g.Rule.Code, StringComparer.Ordinal)
            .Select(g => new FindingGroup
            {
                Rule = g.Rule,
                Severity = g.Severity,
                Count = g.Count,
                Paths = ValueList.CreateRange(g.Paths),
            })
            .ToValueList(),
        Findings = ValueList.CreateRange(_kept),
        FindingsLeftOut = _leftOut,
    };

    private sealed class Group(ValidationRule rule, FindingSeverity severity)
    {
        public ValidationRule Rule { get; } = rule;

        public FindingSeverity Severity { get; } = severity;

        public int Count { get; set; }

        public List<string> Paths { get; } = [];
    }
}

/// <summary>An ambiguous date held back, with where it is.</summary>
internal sealed record DeferredDate(string Path, PartialDate Date, int? Line, int? Column)
{
    /// <summary>Gets or sets the row's member and plan, which scope the inference of its order.</summary>
    public DatasetRecord? Row { get; set; }
}
