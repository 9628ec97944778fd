using System.Text;

namespace OpenGov.Model.Validation;

/// <summary>JSON Pointers (RFC 6901) as validation writes them.</summary>
internal static class JsonPointer
{
    /// <summary>Appends a property name or an index, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Append(string pointer, string token)
    {
        foreach (var c in token)
        {
            if (c is '~' or '/')
            {
                return pointer + "/" + token.Replace("~", "~0").Replace("/", "~1");
            }
        }

        return pointer + "/" + token;
    }

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Removes the segments that are array indices: <c>/commitments/3/end</c> gives <c>/commitments/end</c>.</summary>
    public static string WithoutIndices(string pointer)
    {
        if (pointer.Length == 0)
        {
            return pointer;
        }

        var builder = new StringBuilder(pointer.Length);
        foreach (var segment in pointer.Substring(1).Split('/'))
        {
            if (!IsIndex(segment))
            {
                builder.Append('/').Append(segment);
            }
        }

        return builder.ToString();
    }

    private static bool IsIndex(string segment)
    {
        if (segment.Length == 0 || (segment.Length > 1 && segment[0] == '0'))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
