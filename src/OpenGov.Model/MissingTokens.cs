using System;

namespace OpenGov.Model;

/// <summary>The spellings of the missing kinds: JSON tokens and the markers seen in OGP data.</summary>
internal static class MissingTokens
{
    public const string NoData = "no-data";
    public const string NotReviewed = "not-reviewed";
    public const string NotApplicable = "not-applicable";

    public static string Token(RecordedState state) => state switch
    {
        RecordedState.NotAnswered => "not-answered",
        RecordedState.NoData => NoData,
        RecordedState.NotReviewed => NotReviewed,
        RecordedState.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>
    /// Reads a marker of a missing kind: the JSON tokens, the dataset markers <c>ND</c>, <c>NR</c>,
    /// <c>NA</c>, <c>N/A</c> and their spelled-out forms, also in Spanish, French and Portuguese (<c>Sin datos</c>, <c>Non examiné</c>, <c>Não se aplica</c>); case, spaces and punctuation do not matter.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RecordedState state)
    {
        if (LabelKey.Equals(text, "ND") || LabelKey.Equals(text, "NODATA") || LabelKey.Equals(text, "SINDATOS") || LabelKey.Equals(text, "AUCUNEDONNÉE") || LabelKey.Equals(text, "SEMDADOS"))
        {
            state = RecordedState.NoData;
            return true;
        }

        if (LabelKey.Equals(text, "NR") || LabelKey.Equals(text, "NOTREVIEWED") || LabelKey.Equals(text, "NOREVISADO") || LabelKey.Equals(text, "NONEXAMINÉ") || LabelKey.Equals(text, "NÃOREVISADO"))
        {
            state = RecordedState.NotReviewed;
            return true;
        }

        if (LabelKey.Equals(text, "NA") || LabelKey.Equals(text, "NOTAPPLICABLE") || LabelKey.Equals(text, "NOAPLICA") || LabelKey.Equals(text, "NONAPPLICABLE") || LabelKey.Equals(text, "NÃOSEAPLICA"))
        {
            state = RecordedState.NotApplicable;
            return true;
        }

        state = RecordedState.NotAnswered;
        return false;
    }

    private static readonly byte[] NoDataUtf8 = System.Text.Encoding.UTF8.GetBytes(NoData);
    private static readonly byte[] NotReviewedUtf8 = System.Text.Encoding.UTF8.GetBytes(NotReviewed);
    private static readonly byte[] NotApplicableUtf8 = System.Text.Encoding.UTF8.GetBytes(NotApplicable);

    /// <summary>Reads exactly one of the three JSON tokens in UTF-8; allocates nothing.</summary>
    public static bool TryParseToken(ReadOnlySpan<byte> utf8, out RecordedState state)
    {
        state = utf8.SequenceEqual(NoDataUtf8) ? RecordedState.NoData
            : utf8.SequenceEqual(NotReviewedUtf8) ? RecordedState.NotReviewed
            : utf8.SequenceEqual(NotApplicableUtf8) ? RecordedState.NotApplicable
            : RecordedState.NotAnswered;
        return state != RecordedState.NotAnswered;
    }

    /// <summary>Reads exactly one of the three JSON tokens, nothing else.</summary>
    public static bool TryParseToken(ReadOnlySpan<char> text, out RecordedState state)
    {
        if (text.SequenceEqual(NoData.AsSpan()))
        {
            state = RecordedState.NoData;
            return true;
        }

        if (text.SequenceEqual(NotReviewed.AsSpan()))
        {
            state = RecordedState.NotReviewed;
            return true;
        }

        if (text.SequenceEqual(NotApplicable.AsSpan()))
        {
            state = RecordedState.NotApplicable;
            return true;
        }

        state = RecordedState.NotAnswered;
        return false;
    }
}
