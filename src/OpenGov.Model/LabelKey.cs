using System;
using System.Text;

namespace OpenGov.Model;

/// <summary>
/// Compares labels the way OGP data needs: only letters and digits count, case does not.
/// <c>Did Not Change</c>, <c>did-not-change</c> and <c> DID NOT  CHANGE </c> are the same label.
/// </summary>
internal static class LabelKey
{
    /// <summary>Makes the key of a label: its letters and digits, upper-cased.</summary>
    public static string Create(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Compares <paramref name="text"/> with a key made by <see cref="Create"/>, without allocating.</summary>
    public static bool Equals(ReadOnlySpan<char> text, string key)
    {
        var k = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (k == key.Length || char.ToUpperInvariant(c) != key[k])
            {
                return false;
            }

            k++;
        }

        return k == key.Length;
    }

    /// <summary>Makes the kebab-case token of a label: lower-case letters and digits, runs of anything else as one hyphen.</summary>
    public static string Kebab(string label)
    {
        var builder = new StringBuilder(label.Length);
        var pendingHyphen = false;
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
