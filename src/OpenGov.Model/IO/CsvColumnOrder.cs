namespace OpenGov.Model;

/// <summary>The order of the columns when a dataset is written as CSV.</summary>
public enum CsvColumnOrder
{
    /// <summary>The columns as they were read (<see cref="CommitmentDataset.Columns"/>), or the canonical order for data made in code.</summary>
    AsRead,

    /// <summary>The dataset's canonical order (<see cref="Mapping.DatasetRowMapper.CanonicalHeaders"/>), then the columns the library does not know, in the order they were read.</summary>
    Canonical,
}
