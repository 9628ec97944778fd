namespace OpenGov.Model.Analysis;

/// <summary>The IRM's formulas for a starred commitment (domain: starred commitments).</summary>
public enum StarFormula
{
    /// <summary>The formula used until 2015: potential impact Moderate or Transformative.</summary>
    Pre2015,

    /// <summary>The formula used from 2015: potential impact Transformative only.</summary>
    Since2015,
}
