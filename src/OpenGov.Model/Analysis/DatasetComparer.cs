using System;
using System.Collections.Generic;
using OpenGov.Model.Mapping;

namespace OpenGov.Model.Analysis;

/// <summary>
/// Compares two releases of a dataset: holds the old one's cells by commitment identifier, then takes the
/// new one row by row. A cell is compared by meaning: a column the library maps is compared as it writes
/// the value (so an alias and its canonical label are equal), unless the cell could not be read, when its
/// text is compared as written.
/// </summary>
internal sealed class DatasetComparer
{
    private const string IdentifierHeader = "Commitment Unique Identifier";

    private readonly DatasetDifferenceOptions _options;
    private readonly DatasetColumn[] _known;
    private readonly bool[] _compareKnown;
    private readonly Dictionary<DatasetColumn, int> _indexOf = [];
    private readonly HashSet<string>? _comparedExtras;
    private HashSet<string>? _listedOnlyOnce;
    private readonly Dictionary<RowKey, DatasetRecord> _old = [];
    private readonly Dictionary<string, int> _oldSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _newSeen = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _repeated = new(StringComparer.Ordinal);
    private readonly List<RowKey> _added = [];
    private readonly List<(RowKey Key, ValueList<FieldChange> Fields)> _changed = [];
    private readonly int[] _knownChanges;
    private readonly SortedDictionary<string, int> _extraChanges = new(StringComparer.Ordinal);
    private readonly List<string> _columnsAdded = [];
    private readonly List<string> _columnsRemoved = [];
    private readonly int _oldCount;
    private int _newCount;
    private int _unidentified;

    public DatasetComparer(IEnumerable<DatasetRecord> oldRecords, DatasetDifferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(oldRecords);
        ArgumentNullException.ThrowIfNull(options);

        _options = options;
        _known = DatasetColumnCatalogue.All;
        for (var i = 0; i < _known.Length; i++)
        {
            _indexOf[_known[i]] = i;
        }

        _compareKnown = new bool[_known.Length];
        _knownChanges = new int[_known.Length];
        if (options.OldColumns is { } oldColumns && options.NewColumns is { } newColumns)
        {
            _comparedExtras = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            MatchColumns(oldColumns, newColumns);
        }
        else
        {
            for (var i = 0; i < _compareKnown.Length; i++)
            {
                _compareKnown[i] = true;
            }
        }

        foreach (var record in oldRecords)
        {
            ArgumentNullException.ThrowIfNull(record);
            _oldCount++;
            if (Key(record, _oldSeen) is { } key)
            {
                _old[key] = record;
            }
        }
    }

    public void Add(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _newCount++;
        if (Key(record, _newSeen) is not { } key)
        {
            return;
        }

        if (!_old.TryGetValue(key, out var old))
        {
            _added.Add(key);
            return;
        }

        _old.Remove(key);

        var before = Read(old);
        var cells = Read(record);
        List<FieldChange>? fields = null;
        for (var i = 0; i < _known.Length; i++)
        {
            // By value; a cell kept as written because it could not be read, by its text.
            if (!_compareKnown[i])
            {
                continue;
            }

            if (!(before.Kept[i] is null && cells.Kept[i] is null
                    ? _known[i].SameValue(old, record)
                    : string.Equals(before.Known[i], cells.Known[i], StringComparison.Ordinal)))
            {
                (fields ??= []).Add(new FieldChange { Column = _known[i].Header, Old = before.Known[i], New = cells.Known[i] });
                _knownChanges[i]++;
            }
            else if ((before.Written[i] ?? before.Known[i]) is var was && (cells.Written[i] ?? cells.Known[i]) is var now
                && !string.Equals(was, now, StringComparison.Ordinal) && LookAlike(was, now))
            {
                // The same value written in texts that look alike and are not (case, blanks, invisible characters): a change all the same.
                (fields ??= []).Add(new FieldChange { Column = _known[i].Header, Old = was, New = now });
                _knownChanges[i]++;
            }
        }

        foreach (var column in ExtraColumns(before, cells))
        {
            var was = before.Extra.TryGetValue(column, out var a) ? a : string.Empty;
            var now = cells.Extra.TryGetValue(column, out var b) ? b : string.Empty;
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                (fields ??= []).Add(new FieldChange { Column = column, Old = was, New = now });
                _extraChanges[column] = _extraChanges.TryGetValue(column, out var count) ? count + 1 : 1;
            }
        }

        if (fields is not null)
        {
            _changed.Add((key, ValueList.CreateRange(fields)));
        }
    }

    public DatasetDifference Finish()
    {
        var removed = new List<DatasetRowName>(_old.Count);
        foreach (var key in _old.Keys)
        {
            removed.Add(Display(key));
        }

        removed.Sort();
        var added = _added.ConvertAll(Display);
        added.Sort();
        var changed = _changed.ConvertAll(c => new CommitmentChange { Row = Display(c.Key), Fields = c.Fields });
        changed.Sort((a, b) => a.Row.CompareTo(b.Row));
        var byColumn = new List<ColumnChangeCount>();
        for (var i = 0; i < _known.Length; i++)
        {
            if (_knownChanges[i] > 0)
            {
                byColumn.Add(new ColumnChangeCount { Column = _known[i].Header, Count = _knownChanges[i] });
            }
        }

        foreach (var extra in _extraChanges)
        {
            byColumn.Add(new ColumnChangeCount { Column = extra.Key, Count = extra.Value });
        }

        return new DatasetDifference
        {
            Old = _options.OldName,
            New = _options.NewName,
            OldCount = _oldCount,
            NewCount = _newCount,
            Added = ValueList.CreateRange(added),
            Removed = ValueList.CreateRange(removed),
            Changed = ValueList.CreateRange(changed),
            ChangesByColumn = ValueList.CreateRange(byColumn),
            ColumnsAdded = ValueList.CreateRange(_columnsAdded),
            ColumnsRemoved = ValueList.CreateRange(_columnsRemoved),
            Unidentified = _unidentified,
            RepeatedIdentifiers = ValueList.CreateRange(System.Linq.Enumerable.Select(_repeated, text => new DatasetRowName(text))),
        };
    }

    /// <summary>The columns both releases have are compared: a mapped column by meaning, another by its header; the rest are listed.</summary>
    private void MatchColumns(IReadOnlyList<string> oldColumns, IReadOnlyList<string> newColumns)
    {
        var oldKnown = new HashSet<string>(StringComparer.Ordinal);
        var newKnown = new HashSet<string>(StringComparer.Ordinal);
        var oldOther = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var newOther = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Sort(oldColumns, oldKnown, oldOther);
        Sort(newColumns, newKnown, newOther);
        for (var i = 0; i < _known.Length; i++)
        {
            var header = _known[i].Header;
            _compareKnown[i] = oldKnown.Contains(header) && newKnown.Contains(header);
            if (newKnown.Contains(header) && !oldKnown.Contains(header))
            {
                _columnsAdded.Add(header);
            }
            else if (oldKnown.Contains(header) && !newKnown.Contains(header))
            {
                _columnsRemoved.Add(header);
            }
        }

        foreach (var column in newColumns)
        {
            var header = column.Trim();
            if (newOther.Contains(header))
            {
                if (oldOther.Contains(header))
                {
                    _comparedExtras!.Add(header);
                }
                else if (!_columnsAdded.Contains(header))
                {
                    _columnsAdded.Add(header);
                }
            }
        }

        foreach (var column in oldColumns)
        {
            var header = column.Trim();
            if (oldOther.Contains(header) && !newOther.Contains(header) && !_columnsRemoved.Contains(header))
            {
                _columnsRemoved.Add(header);
            }
        }

        _listedOnlyOnce = new HashSet<string>(oldOther, StringComparer.OrdinalIgnoreCase);
        _listedOnlyOnce.SymmetricExceptWith(newOther);

        static void Sort(IReadOnlyList<string> columns, HashSet<string> known, HashSet<string> other)
        {
            foreach (var column in columns)
            {
                if (DatasetRowMapper.CanonicalHeaderOf(column) is { } canonical)
                {
                    known.Add(canonical);
                }
                else if (column.Trim().Length > 0)
                {
                    other.Add(column.Trim());
                }
            }
        }
    }

    /// <summary>
    /// Whether a column the library does not map is compared: one both releases list, or one neither lists (a
    /// cell a record holds outside its document's columns); not one only a release lists, which is reported as
    /// added or removed.
    /// </summary>
    private bool Compared(string column) =>
        _comparedExtras is null || _comparedExtras.Contains(column) || !(_listedOnlyOnce?.Contains(column) ?? false);

    /// <summary>The other columns to compare for one pair of rows: the ones both releases have, or without the releases' headers, every one either row has.</summary>
    private List<string> ExtraColumns(Cells old, Cells cells)
    {
        var columns = new List<string>();
        foreach (var column in old.Extra.Keys)
        {
            if (Compared(column))
            {
                columns.Add(column);
            }
        }

        foreach (var column in cells.Extra.Keys)
        {
            if (!old.Extra.ContainsKey(column) && Compared(column))
            {
                columns.Add(column);
            }
        }

        columns.Sort(StringComparer.Ordinal);
        return columns;
    }

    /// <summary>
    /// How a row is named in the difference: its identifier, and for the second and later rows of a repeated one
    /// <c>#2</c>, <c>#3</c> …, with as many <c>#</c> more as it takes not to be the identifier of another row.
    /// </summary>
    private DatasetRowName Display(RowKey key)
    {
        if (key.Occurrence == 1)
        {
            return new DatasetRowName(key.Text);
        }

        var name = key.ToString();
        while (_oldSeen.ContainsKey(name) || _newSeen.ContainsKey(name))
        {
            name += "#";
        }

        return new DatasetRowName(name);
    }

    /// <summary>
    /// Whether two texts differ only in what a reader may not see: case, blanks (any Unicode space, at either end
    /// or inside), and invisible characters (format characters such as U+200B, controls).
    /// </summary>
    internal static bool LookAlike(string a, string b) => string.Equals(Visible(a), Visible(b), StringComparison.OrdinalIgnoreCase);

    private static string Visible(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The identifier of a row (one that is not an identifier, such as <c>AL002</c>, as written) and which of the
    /// rows with that identifier it is; none for a row whose identifier cell is empty. An identifier given to
    /// several rows is listed in <see cref="DatasetDifference.RepeatedIdentifiers"/>.
    /// </summary>
    private RowKey? Key(DatasetRecord record, Dictionary<string, int> seen)
    {
        var text = record.Commitment.Id?.ToString()
            ?? (DatasetCells.TryGetCell(record, IdentifierHeader, out var written) && written.Trim().Length > 0 ? written.Trim() : null);
        if (text is null)
        {
            _unidentified++;
            return null;
        }

        var count = seen.TryGetValue(text, out var previous) ? previous + 1 : 1;
        seen[text] = count;
        if (count == 2)
        {
            _repeated.Add(text);
        }

        return new RowKey(text, count);
    }

    /// <summary>The cells of a row as the comparison sees them.</summary>
    private Cells Read(DatasetRecord record)
    {
        var known = new string[_known.Length];
        var kept = new string?[_known.Length];
        var written = new string?[_known.Length];
        for (var i = 0; i < known.Length; i++)
        {
            if (_compareKnown[i])
            {
                known[i] = _known[i].Write(record);
            }
        }

        var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in record.ExtraColumns)
        {
            if (DatasetColumnCatalogue.ByKey.TryGetValue(DatasetColumnCatalogue.KeyOf(cell.Key), out var column))
            {
                // A mapped column's cell kept as written: compared as written only when it does not read as the record's value.
                var index = _indexOf[column];
                written[index] = cell.Value;
                if (_compareKnown[index] && !column.Holds(record, cell.Value))
                {
                    known[index] = kept[index] = cell.Value;
                }
            }
            else if (cell.Value.Length > 0)
            {
                extra[cell.Key.Trim()] = cell.Value;
            }
        }

        return new Cells(known, kept, written, extra);
    }

    private sealed record Cells(string[] Known, string?[] Kept, string?[] Written, Dictionary<string, string> Extra);

    /// <summary>
    /// A row's identifier and which of its rows it is (1 for the first): a key no identifier can collide with,
    /// shown as the identifier, with <c>#2</c>, <c>#3</c> … for the later rows.
    /// </summary>
    private readonly record struct RowKey(string Text, int Occurrence)
    {
        public override string ToString() => Occurrence == 1 ? Text : Text + "#" + Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
