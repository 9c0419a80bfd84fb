using System;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// Counts the work of one stage of one parse, in units of characters examined (a regular expression run over a window
/// of n characters costs n units, a speaker candidate compared costs one), and refuses work past a limit that grows
/// linearly with the document. The parser runs inside every build and every keystroke of an IDE: whatever the text,
/// the work it may do is bounded by the limit, and counted the same on every machine, so the outcome never depends on
/// how fast or busy the machine is.
/// </summary>
internal sealed class WorkMeter
{
    /// <summary>Units every document may spend, whatever its size: short texts with long sentences need room.</summary>
    public const long BaseUnits = 1_000_000;

    /// <summary>Units per character of the document on top of <see cref="BaseUnits"/>: many times what news needs.</summary>
    public const long UnitsPerCharacter = 100;

    /// <summary>A meter for a document of <paramref name="length"/> characters.</summary>
    public WorkMeter(int length)
        : this(BaseUnits + (UnitsPerCharacter * Math.Max(0, length)))
    {
    }

    /// <summary>A meter with an explicit limit (tests use small ones).</summary>
    public WorkMeter(long limit) => Limit = limit;

    /// <summary>The units this meter allows.</summary>
    public long Limit { get; }

    /// <summary>The units spent so far (never more than <see cref="Limit"/>).</summary>
    public long Spent { get; private set; }

    /// <summary>Whether a charge was refused: the stage must stop.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Charges <paramref name="units"/>; false (and <see cref="Exhausted"/> from then on) when they do not fit.</summary>
    public bool TrySpend(long units)
    {
        if (Exhausted)
        {
            return false;
        }

        if (units > Limit - Spent)
        {
            Exhausted = true;
            return false;
        }

        Spent += units;
        return true;
    }

    /// <summary>Units charged for every call of a regular expression, on top of the characters it reads.</summary>
    public const int CallUnits = 16;

    /// <summary>
    /// <paramref name="pattern"/> matched in <paramref name="input"/> from <paramref name="startAt"/>, charging
    /// <paramref name="units"/> (the characters the pattern can read) and <see cref="CallUnits"/>. No match when the
    /// charge does not fit.
    /// </summary>
    public Match Match(Regex pattern, string input, int startAt, long units)
    {
        if (!TrySpend(units + CallUnits))
        {
            return System.Text.RegularExpressions.Match.Empty;
        }

        return pattern.Match(input, startAt);
    }

    /// <summary>As <see cref="Match(Regex, string, int, long)"/>, searching only <paramref name="length"/> characters from <paramref name="beginning"/>.</summary>
    public Match Match(Regex pattern, string input, int beginning, long units, int length)
    {
        if (!TrySpend(units + CallUnits))
        {
            return System.Text.RegularExpressions.Match.Empty;
        }

        return pattern.Match(input, beginning, length);
    }
}
