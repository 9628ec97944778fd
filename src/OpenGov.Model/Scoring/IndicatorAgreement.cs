namespace OpenGov.Model.Analysis;

/// <summary>How a computed indicator compares with the value the dataset records.</summary>
public enum IndicatorAgreement
{
    /// <summary>Both are known and equal.</summary>
    Agree,

    /// <summary>Both are known and differ.</summary>
    Disagree,

    /// <summary>The indicator cannot tell, or the dataset records no value (a missing marker, or no such column).</summary>
    NotComparable,
}
