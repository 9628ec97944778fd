using System.Text.Json.Serialization;
using OpenGov.Model.Validation;

namespace OpenGov.Model.Datasets;

/// <summary>What importing a dataset gives: the dataset, and what could not be read, with where.</summary>
public sealed record DatasetImport
{
    /// <summary>Gets the dataset read.</summary>
    public CommitmentDataset Dataset { get; init => field = value ?? new CommitmentDataset(); } = new();

    /// <summary>Gets what could not be read: missing or duplicate columns, unreadable cells, rows of another length.</summary>
    public ValueList<Finding> Findings { get; init => field = value ?? ValueList<Finding>.Empty; } = ValueList<Finding>.Empty;

    /// <summary>Gets whether a finding is an error (a missing identity column, an unreadable identifier).</summary>
    [JsonIgnore]
    public bool HasErrors
    {
        get
        {
            foreach (var finding in Findings)
            {
                if (finding.Severity == FindingSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
