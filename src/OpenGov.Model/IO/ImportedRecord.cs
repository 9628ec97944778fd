namespace OpenGov.Model;

/// <summary>A row of a dataset as it was read, with where it came from.</summary>
/// <param name="Record">The row.</param>
/// <param name="Origin">Where the row came from: its position, its line, the column of each of its fields.</param>
public readonly record struct ImportedRecord(DatasetRecord Record, RecordOrigin Origin);
