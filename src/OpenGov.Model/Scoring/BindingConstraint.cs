namespace OpenGov.Model.Analysis;

/// <summary>
/// What keeps a commitment from being starred under the current formula (the dataset's
/// <c>Binding constraint</c> column): the first criterion that fails, in the formula's order. The value of
/// <see cref="Indicators.BindingConstraint"/> as a number is the member's value.
/// </summary>
public enum BindingConstraint
{
    /// <summary>Nothing: every criterion is met and the commitment is starred (<c>STAR</c>).</summary>
    None,

    /// <summary>Specificity below Medium (<c>Spec</c>).</summary>
    Specificity,

    /// <summary>Not relevant to an OGP value (<c>Rel</c>).</summary>
    Relevance,

    /// <summary>Potential impact below Transformative (<c>PotImp</c>).</summary>
    PotentialImpact,

    /// <summary>Completion below Substantial (<c>Cmpl</c>).</summary>
    Completion,

    /// <summary>No criterion known to fail, but one is not recorded (<c>FALSE</c>).</summary>
    Undetermined,
}
