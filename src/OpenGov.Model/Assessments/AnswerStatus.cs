namespace OpenGov.Model;

/// <summary>How much of a question a report answers.</summary>
public enum AnswerStatus
{
    /// <summary>No part of the question is answered.</summary>
    NotAnswered,

    /// <summary>Some parts are answered and some are not (a text without its choice, say).</summary>
    PartlyAnswered,

    /// <summary>Every part the form asks for is answered.</summary>
    Answered,
}
