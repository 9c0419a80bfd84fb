using System;
using System.IO;

namespace Corpus.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place. Off unless standard error is the terminal: redirected
/// output and tests see nothing of it.
/// </summary>
internal sealed class ProgressLine
{
    private const int Width = 30;
    private readonly TextWriter? _error;
    private readonly string _label;
    private readonly int _total;
    private int _drawn = -1;

    private ProgressLine(TextWriter? error, string label, int total)
    {
        _error = error;
        _label = label;
        _total = total;
    }

    /// <summary>A progress line on <paramref name="error"/> when it is the console's and not redirected, for at least <paramref name="minimum"/> steps.</summary>
    public static ProgressLine For(TextWriter error, string label, int total, int minimum = 20) =>
        new(total >= minimum && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null, label, total);

    /// <summary>Shows that <paramref name="done"/> of the steps are finished.</summary>
    public void Report(int done)
    {
        if (_error is null)
        {
            return;
        }

        var filled = (int)((long)done * Width / Math.Max(1, _total));
        if (filled == _drawn && done != _total)
        {
            return;
        }

        _drawn = filled;
        _error.Write($"\r{_label} [{new string('#', filled)}{new string('-', Width - filled)}] {Format.Number(done)}/{Format.Number(_total)}");
        if (done == _total)
        {
            _error.WriteLine();
        }
    }
}
