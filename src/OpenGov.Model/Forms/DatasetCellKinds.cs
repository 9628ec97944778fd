using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenGov.Model;

/// <summary>How the text of a cell of the IRM commitment dataset reads as a value, and how the value writes back.</summary>
/// <typeparam name="T">The value.</typeparam>
internal abstract class CellKind<T>
{
    /// <summary>Reads a cell; <paramref name="failed"/> says that the text could not be read and was not kept in the value.</summary>
    public abstract T Read(string text, out bool failed);

    /// <summary>Writes a value as the dataset writes it.</summary>
    public abstract string Write(T value);

    /// <summary>What the cell holds: a value or a kind of missing, for the dataset's field coverage.</summary>
    public abstract RecordedState StateOf(T value);

    /// <summary>Whether a value is read without the blank characters around it (true but for free text, where they are part of the text).</summary>
    public virtual bool TrimsBlanks => true;

    /// <summary>Whether <paramref name="value"/>, read from <paramref name="text"/>, writes back as that text.</summary>
    public virtual bool WritesBack(T value, string text) => string.Equals(Write(value), text, StringComparison.Ordinal);

    /// <summary>The marker of a missing kind, as the dataset writes it.</summary>
    protected static string Marker(RecordedState state) => state switch
    {
        RecordedState.NoData => "ND",
        RecordedState.NotReviewed => "NR",
        RecordedState.NotApplicable => "NA",
        _ => string.Empty,
    };

    /// <summary>Reads the empty cell and the markers of the missing kinds: ND, NR, NA and their other spellings (N/A, Not applicable), as the JSON format does.</summary>
    protected static bool TryMarker(string text, out RecordedState state)
    {
        if (text.Length > 2 && MissingTokens.TryParse(text.AsSpan(), out state))
        {
            return true;
        }

        state = text switch
        {
            "" => RecordedState.NotAnswered,
            "ND" => RecordedState.NoData,
            "NR" => RecordedState.NotReviewed,
            "NA" => RecordedState.NotApplicable,
            _ => RecordedState.Value,
        };
        return state != RecordedState.Value;
    }
}

/// <summary>Free text; <c>NA</c> is no text.</summary>
internal sealed class TextCell : CellKind<string?>
{
    /// <summary>No text is written <c>NA</c>; an empty text is an empty cell.</summary>
    public override RecordedState StateOf(string? value) => value is null ? RecordedState.NotApplicable : value.Length == 0 ? RecordedState.NotAnswered : RecordedState.Value;

    public static readonly TextCell Instance = new();

    public override bool TrimsBlanks => false;

    public override string? Read(string text, out bool failed)
    {
        failed = false;
        return text == "NA" ? null : text;
    }

    public override string Write(string? value) => value ?? "NA";

    public override bool WritesBack(string? value, string text) => true;
}

/// <summary>A recorded text, such as a cluster number: the markers are missing kinds.</summary>
internal sealed class RecordedTextCell : CellKind<Recorded<string>>
{
    public override RecordedState StateOf(Recorded<string> value) => value.State;

    public static readonly RecordedTextCell Instance = new();

    public override bool TrimsBlanks => false;

    public override Recorded<string> Read(string text, out bool failed)
    {
        // Text: only the exact markers are missing kinds, as in the JSON format.
        failed = false;
        return text switch
        {
            "" => Recorded<string>.NotAnswered,
            "ND" => Recorded<string>.NoData,
            "NR" => Recorded<string>.NotReviewed,
            "NA" => Recorded<string>.NotApplicable,
            _ => text,
        };
    }

    public override string Write(Recorded<string> value) =>
        value.HasValue ? value.Value : value.IsUnrecognized ? value.UnrecognizedText! : Marker(value.State);
}

/// <summary>A whole number: a year, a code, a score.</summary>
internal sealed class NumberCell : CellKind<Recorded<int>>
{
    public override RecordedState StateOf(Recorded<int> value) => value.State;

    public static readonly NumberCell Instance = new();

    private static readonly string[] Small = ["-2", "-1", "0", "1", "2", "3", "4", "5"];

    public override Recorded<int> Read(string text, out bool failed)
    {
        failed = false;
        if (TryMarker(text, out var state))
        {
            return Recorded<int>.Missing(state);
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : Recorded<int>.Unrecognized(text);
    }

    /// <summary>A number writes back unless its text had a sign, leading zeros or spaces; decided without writing it.</summary>
    public override bool WritesBack(Recorded<int> value, string text)
    {
        if (!value.HasValue)
        {
            return base.WritesBack(value, text);
        }

        var start = text.Length > 1 && text[0] == '-' ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1) || (start == 1 && text == "-0"))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public override string Write(Recorded<int> value) => value.State switch
    {
        RecordedState.Value => value.Value is >= -2 and <= 5 ? Small[value.Value + 2] : value.Value.ToString(CultureInfo.InvariantCulture),
        RecordedState.Unrecognized => value.UnrecognizedText!,
        _ => Marker(value.State),
    };
}

/// <summary>A 0/1 flag.</summary>
internal sealed class FlagCell : CellKind<Recorded<bool>>
{
    public override RecordedState StateOf(Recorded<bool> value) => value.State;

    public static readonly FlagCell Instance = new();

    public override Recorded<bool> Read(string text, out bool failed)
    {
        failed = false;
        return text switch
        {
            "0" => false,
            "1" => true,
            _ => TryMarker(text, out var state) ? Recorded<bool>.Missing(state) : Recorded<bool>.Unrecognized(text),
        };
    }

    public override string Write(Recorded<bool> value) => value.State switch
    {
        RecordedState.Value => value.Value ? "1" : "0",
        RecordedState.Unrecognized => value.UnrecognizedText!,
        _ => Marker(value.State),
    };
}

/// <summary>A date of any precision; the text it was read from is written back.</summary>
internal sealed class DateCell : CellKind<Recorded<PartialDate>>
{
    public override RecordedState StateOf(Recorded<PartialDate> value) => value.State;

    public static readonly DateCell Instance = new();

    public override Recorded<PartialDate> Read(string text, out bool failed)
    {
        failed = false;
        return TryMarker(text, out var state) ? Recorded<PartialDate>.Missing(state) : PartialDate.Read(text);
    }

    /// <summary>A date keeps its source text unless the text was already canonical: either way it writes back.</summary>
    public override bool WritesBack(Recorded<PartialDate> value, string text) =>
        value.HasValue ? value.Value.SourceText is null || string.Equals(value.Value.SourceText, text, StringComparison.Ordinal) : base.WritesBack(value, text);

    public override string Write(Recorded<PartialDate> value) => value.State switch
    {
        RecordedState.Value => value.Value.SourceText ?? value.Value.ToString(),
        RecordedState.Unrecognized => value.UnrecognizedText!,
        _ => Marker(value.State),
    };
}

/// <summary>A scale label, written with the dataset's spelling.</summary>
internal sealed class ScaleCell<T> : CellKind<Recorded<T>>
    where T : struct, Enum
{
    public override RecordedState StateOf(Recorded<T> value) => value.State;

    private readonly Dictionary<string, T> _bySpelling = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string> _spellings = [];
    private readonly string _notApplicable;

    /// <param name="spellings">The dataset's spelling of the values whose spelling differs from the canonical label.</param>
    /// <param name="notApplicable">How the column writes Not Applicable.</param>
    public ScaleCell(IEnumerable<KeyValuePair<T, string>>? spellings = null, string notApplicable = "NA")
    {
        foreach (var entry in Codelist<T>.Default.Entries)
        {
            _spellings[entry.Value] = entry.Label;
        }

        if (spellings is not null)
        {
            foreach (var pair in spellings)
            {
                _spellings[pair.Key] = pair.Value;
            }
        }

        foreach (var pair in _spellings)
        {
            _bySpelling[pair.Value] = pair.Key;
        }

        _notApplicable = notApplicable;
    }

    public override Recorded<T> Read(string text, out bool failed)
    {
        failed = false;
        if (_bySpelling.TryGetValue(text, out var value))
        {
            return value;
        }

        if (text == _notApplicable)
        {
            return Recorded<T>.NotApplicable;
        }

        return TryMarker(text, out var state) ? Recorded<T>.Missing(state) : Codelist<T>.Default.Read(text);
    }

    public override string Write(Recorded<T> value) => value.State switch
    {
        RecordedState.Value => _spellings[value.Value],
        RecordedState.Unrecognized => value.UnrecognizedText!,
        RecordedState.NotApplicable => _notApplicable,
        _ => Marker(value.State),
    };
}

/// <summary>A list of commitment identifiers, comma-separated.</summary>
internal sealed class IdListCell : CellKind<Recorded<ValueList<CommitmentId>>>
{
    public override RecordedState StateOf(Recorded<ValueList<CommitmentId>> value) => value.State;

    public static readonly IdListCell Instance = new();

    public override Recorded<ValueList<CommitmentId>> Read(string text, out bool failed)
    {
        failed = false;
        if (TryMarker(text, out var state))
        {
            return Recorded<ValueList<CommitmentId>>.Missing(state);
        }

        var parts = text.Split(',');
        var ids = new CommitmentId[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!CommitmentId.TryParse(parts[i], out ids[i]))
            {
                return Recorded<ValueList<CommitmentId>>.Unrecognized(text);
            }
        }

        return ValueList.Create(ids);
    }

    public override string Write(Recorded<ValueList<CommitmentId>> value) => value.State switch
    {
        RecordedState.Value => string.Join(", ", value.Value),
        RecordedState.Unrecognized => value.UnrecognizedText!,
        _ => Marker(value.State),
    };
}

/// <summary>An identifier or a whole number that the model holds in a plain field: a text that does not read fails.</summary>
internal sealed class StrictCell<T> : CellKind<T?>
    where T : struct
{
    public override RecordedState StateOf(T? value) => value is null ? RecordedState.NotAnswered : RecordedState.Value;

    private readonly TryRead _read;
    private readonly Func<T, string> _write;

    public delegate bool TryRead(string text, out T value);

    public StrictCell(TryRead read, Func<T, string> write)
    {
        _read = read;
        _write = write;
    }

    public override T? Read(string text, out bool failed)
    {
        if (text.Length == 0 || text == "NA")
        {
            failed = false;
            return null;
        }

        failed = !_read(text, out var value);
        return failed ? null : value;
    }

    public override string Write(T? value) => value is { } v ? _write(v) : string.Empty;
}

/// <summary>The cell kinds of the dataset's columns.</summary>
internal static class Cells
{
    public static readonly StrictCell<CommitmentId> CommitmentId = new(Model.CommitmentId.TryParse, id => id.ToString());

    public static readonly StrictCell<MemberCode> MemberCode = new(Model.MemberCode.TryParse, code => code.ToString());

    public static readonly StrictCell<ActionPlanId> ActionPlanId = new(Model.ActionPlanId.TryParse, id => id.ToString());

    public static readonly ScaleCell<CompletionLevel> Completion = new();

    public static readonly ScaleCell<OpenGovernmentResult> OpenGovernment = new(
    [
        new(OpenGovernmentResult.Worsened, "Worsens"),
        new(OpenGovernmentResult.DidNotChange, "Did Not Change"),
    ]);

    public static readonly ScaleCell<OpenGovernmentResult> OpenGovernmentPerValue = new(
        [
            new(OpenGovernmentResult.Worsened, "Worsens"),
            new(OpenGovernmentResult.DidNotChange, "Did Not Change"),
        ],
        notApplicable: "Not Applicable");

    public static readonly ScaleCell<EarlyResultsLevel> EarlyResults = new();

    public static readonly ScaleCell<PotentialImpact> PotentialImpact = new();

    public static readonly ScaleCell<PotentialForResults> PotentialForResults = new();

    public static readonly ScaleCell<Specificity> Specificity = new();

    public static readonly ScaleCell<Verifiability> Verifiability = new();

    public static readonly ScaleCell<CompletionChange> Change = new();

    public static readonly ScaleCell<Region> Region = new();

    public static readonly ScaleCell<MemberKind> MemberKind = new();
}
