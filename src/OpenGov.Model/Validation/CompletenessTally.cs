namespace OpenGov.Model.Validation;

/// <summary>Counts the items a report must give and reports those missing: the completeness score of a report.</summary>
internal sealed class CompletenessTally(FindingCollector sink)
{
    private int _answered;
    private int _required;

    public CompletenessScore Result => new() { Answered = _answered, Required = _required };

    public void Require(bool answered, ValidationRule rule, string path, string message, FormQuestion question = default)
    {
        _required++;
        if (answered)
        {
            _answered++;
        }
        else
        {
            sink.Add(rule, path, message, question: question);
        }
    }
}
