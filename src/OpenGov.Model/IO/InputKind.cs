namespace OpenGov.Model;

/// <summary>What an input is, as <see cref="OgpReader"/> tells it from its content.</summary>
public enum InputKind
{
    /// <summary>A document of the library's JSON format: it has a <c>kind</c> such as <c>end-of-commitment-report</c>.</summary>
    Document,

    /// <summary>The IRM commitment dataset as delimited text: comma-, semicolon- or tab-separated, with a header.</summary>
    DatasetCsv,

    /// <summary>The rows of the IRM commitment dataset as spreadsheet tools export them to JSON.</summary>
    DatasetJsonRows,

    /// <summary>The text of an End of Commitment Report page, as a browser or a scraper gives it.</summary>
    ReportPage,

    /// <summary>The text of an OGP Local Inception Report page, as a browser or a scraper gives it.</summary>
    InceptionReportPage,

    /// <summary>The IRM commitment dataset as a sheet of an <c>.xlsx</c> workbook (<see cref="OgpReaderOptions.Sheet"/> names it, else the first sheet headed like the dataset).</summary>
    DatasetWorkbook,
}
