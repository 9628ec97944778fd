namespace OpenGov.Model;

/// <summary>
/// Bounds the input text that a message or a finding quotes: a cell of a megabyte, or the rest of a
/// document that a JSON reader quotes after an error, becomes its first characters and a count.
/// </summary>
internal static class Excerpt
{
    /// <summary>The most characters of input a message quotes.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns <paramref name="text"/>, or its first <see cref="MaxLength"/> characters and how many more there were.</summary>
    public static string Of(string text) => Of(text, MaxLength);

    /// <summary>Returns <paramref name="text"/>, or its first <paramref name="maxLength"/> characters and how many more there were.</summary>
    public static string Of(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return new System.Text.StringBuilder(cut + 32)
            .Append(text, 0, cut)
            .Append("… (")
            .Append((text.Length - cut).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(" more characters)")
            .ToString();
    }

    /// <summary>Returns <paramref name="text"/> bounded as <see cref="Of(string)"/>, or <see langword="null"/>.</summary>
    public static string? OfNullable(string? text) => text is null ? null : Of(text);

    /// <summary>Bounds every quoted run ('…') of a message written by another library, keeping the rest of the message.</summary>
    public static string InMessage(string message)
    {
        if (message.Length <= MaxLength * 2)
        {
            return message;
        }

        var builder = new System.Text.StringBuilder(MaxLength * 3);
        var i = 0;
        while (i < message.Length)
        {
            var open = message.IndexOf('\'', i);
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                builder.Append(Of(message.Substring(i), MaxLength * 2));
                break;
            }

            builder.Append(message, i, open + 1 - i).Append(Of(message.Substring(open + 1, close - open - 1))).Append('\'');
            i = close + 1;
        }

        return builder.ToString();
    }
}
