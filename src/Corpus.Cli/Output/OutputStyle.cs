using System;
using System.IO;

namespace Corpus.Cli.Output;

/// <summary>
/// How human-readable output may look: ANSI colour and Unicode block characters only on a terminal, and never when
/// <c>NO_COLOR</c> is set (https://no-color.org) or <c>--no-color</c> is given; lines fit the terminal, or 80 columns.
/// </summary>
/// <param name="Fancy">Whether colour and Unicode block characters may be written.</param>
/// <param name="Width">The widest line to write, in columns.</param>
internal sealed record OutputStyle(bool Fancy, int Width)
{
    /// <summary>The width used when output is not a terminal.</summary>
    public const int RedirectedWidth = 80;

    /// <summary>Plain ASCII in 80 columns: redirected output, files, tests.</summary>
    public static OutputStyle Plain { get; } = new(false, RedirectedWidth);

    /// <summary>The style for <paramref name="output"/>: fancy only when it is the console's and the console is a terminal.</summary>
    /// <param name="output">Where the command writes.</param>
    /// <param name="noColor">Whether the user asked for plain output.</param>
    /// <returns>The style.</returns>
    public static OutputStyle For(TextWriter output, bool noColor = false)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return Plain;
        }

        return new OutputStyle(!noColor && !NoColorRequested(), TerminalWidth());
    }

    /// <summary>Wraps <paramref name="text"/> in an ANSI colour when fancy.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sgr">The SGR parameter: <c>1</c> bold, <c>36</c> cyan, …</param>
    /// <returns>The text, coloured or as is.</returns>
    public string Paint(string text, string sgr) => Fancy ? $"\u001b[{sgr}m{text}\u001b[0m" : text;

    /// <summary>Whether <c>NO_COLOR</c> is set to anything but the empty string.</summary>
    /// <returns><see langword="true"/> when colour is unwanted.</returns>
    public static bool NoColorRequested() => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}
