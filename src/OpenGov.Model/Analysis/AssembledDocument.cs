namespace OpenGov.Model.Analysis;

/// <summary>A document assembled from the rows of a commitment dataset, with what the rows disagreed on.</summary>
/// <typeparam name="TDocument">The kind of document.</typeparam>
/// <param name="Document">The document.</param>
/// <param name="Findings">Where the rows disagree (<c>OGP314</c>), with paths into the document; the document takes the first row's value.</param>
/// <param name="RowCount">How many rows of the plan the document was assembled from; 0 when the dataset has none of the plan.</param>
public sealed record AssembledDocument<TDocument>(TDocument Document, ValueList<Validation.Finding> Findings, int RowCount)
    where TDocument : OgpDocument;
