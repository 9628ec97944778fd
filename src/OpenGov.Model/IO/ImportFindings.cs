using System.Collections.Generic;
using OpenGov.Model.Validation;

namespace OpenGov.Model;

/// <summary>The findings of reading an input, kept up to a limit and counted beyond it.</summary>
internal sealed class ImportFindings : ICollection<Finding>
{
    private readonly List<Finding> _kept = [];
    private readonly int _max;

    public ImportFindings(int max) => _max = max;

    public IReadOnlyList<Finding> Kept => _kept;

    /// <summary>Gets how many findings were made past the limit and not kept.</summary>
    public int LeftOut { get; private set; }

    public int Count => _kept.Count;

    public bool IsReadOnly => false;

    public void Add(Finding item)
    {
        if (_kept.Count < _max)
        {
            _kept.Add(item);
        }
        else
        {
            LeftOut++;
        }
    }

    public void Clear() => _kept.Clear();

    public bool Contains(Finding item) => _kept.Contains(item);

    public void CopyTo(Finding[] array, int arrayIndex) => _kept.CopyTo(array, arrayIndex);

    public IEnumerator<Finding> GetEnumerator() => _kept.GetEnumerator();

    public bool Remove(Finding item) => _kept.Remove(item);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
