namespace OpenGov.Model;

/// <summary>The OGP region of a member.</summary>
public enum Region
{
    /// <summary>Africa and the Middle East.</summary>
    AfricaAndTheMiddleEast,

    /// <summary>The Americas.</summary>
    Americas,

    /// <summary>Asia and the Pacific.</summary>
    AsiaAndThePacific,

    /// <summary>Europe.</summary>
    Europe,
}
