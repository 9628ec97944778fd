namespace OpenGov.Model;

/// <summary>How completion changed from the mid-term (progress) assessment to the end-of-term assessment.</summary>
public enum CompletionChange
{
    /// <summary>Completion decreased.</summary>
    Decrease,

    /// <summary>Completion did not change.</summary>
    NoChange,

    /// <summary>Completion increased.</summary>
    Increase,
}
