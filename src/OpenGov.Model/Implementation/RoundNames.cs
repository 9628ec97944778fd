using System.Text;

namespace OpenGov.Model;

/// <summary>The names of update rounds: when two name one round, and the order their numbers give.</summary>
internal static class RoundNames
{
    /// <summary>The number a round's name gives (<c>Round 10</c>, <c>R2</c>, <c>3rd update</c>): its only run of digits, or null.</summary>
    public static long? Number(string? round)
    {
        if (round is null)
        {
            return null;
        }

        long? number = null;
        var i = 0;
        while (i < round.Length)
        {
            if (!char.IsDigit(round[i]) || round[i] > '9')
            {
                i++;
                continue;
            }

            if (number is not null)
            {
                return null;
            }

            long value = 0;
            for (var digits = 0; i < round.Length && round[i] is >= '0' and <= '9'; i++, digits++)
            {
                if (digits == 15)
                {
                    return null;
                }

                value = (value * 10) + (round[i] - '0');
            }

            number = value;
        }

        return number;
    }

    /// <summary>What makes two round names one round: the date a name gives, else its letters and numbers (numbers without leading zeros), any case.</summary>
    public static string Key(string round)
    {
        if (PartialDate.TryParse(round, out var date))
        {
            return "date:" + date.WithoutSourceText().ToString();
        }

        var key = new StringBuilder();
        var inNumber = false;
        foreach (var c in round)
        {
            if (char.IsDigit(c))
            {
                if (c == '0' && !inNumber)
                {
                    continue;
                }

                inNumber = true;
                key.Append(c);
            }
            else
            {
                if (inNumber)
                {
                    key.Append(' ');
                }

                inNumber = false;
                if (char.IsLetter(c))
                {
                    key.Append(char.ToUpperInvariant(c));
                }
            }
        }

        return key.ToString();
    }
}
