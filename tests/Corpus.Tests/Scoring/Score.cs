using System.Globalization;

namespace Corpus.Tests.Scoring;

/// <summary>Counts of one detection task and the measures made from them.</summary>
/// <param name="Correct">Found items that match a key item (true positives).</param>
/// <param name="Found">Everything the parser reported.</param>
/// <param name="Expected">Everything the key holds.</param>
internal readonly record struct Score(int Correct, int Found, int Expected)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.Correct + b.Correct, a.Found + b.Found, a.Expected + b.Expected);

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "P {0:0.000}  R {1:0.000}  F1 {2:0.000}  ({3} right of {4} found, {5} expected)", Precision, Recall, F1, Correct, Found, Expected);
}

/// <summary>A fraction of items judged right.</summary>
internal readonly record struct Accuracy(int Right, int Total)
{
    public double Value => Total == 0 ? 1 : (double)Right / Total;

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Right + b.Right, a.Total + b.Total);

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:0.000} ({1}/{2})", Value, Right, Total);
}
