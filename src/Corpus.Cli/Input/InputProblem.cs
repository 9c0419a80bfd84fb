using System.Globalization;

namespace Corpus.Cli.Input;

/// <summary>
/// Something wrong with an input file, printed compiler-style so editors and CI logs can jump to it:
/// <c>seeds/x.txt(12,5): error CORPUS008: …</c>. Ids are the generator's (docs/diagnostics.md), so a file reads
/// the same to <c>corpus</c> as to the build.
/// </summary>
/// <param name="Path">The file (or folder) as the user named it, or as found in a named folder.</param>
/// <param name="Id">The diagnostic id, <c>CORPUSnnn</c>.</param>
/// <param name="Message">What is wrong and what to do, without the path.</param>
/// <param name="Line">1-based line of the problem, or 0 when it concerns the whole file.</param>
/// <param name="Column">1-based column of the problem, or 0 when it concerns the whole file.</param>
/// <param name="IsWarning">Whether the file is still read (a warning) or left out (an error).</param>
internal sealed record InputProblem(string Path, string Id, string Message, int Line = 0, int Column = 0, bool IsWarning = false)
{
    /// <summary>CORPUS001: empty or only white space.</summary>
    public const string EmptyFile = "CORPUS001";

    /// <summary>CORPUS002: missing, a folder, or not readable.</summary>
    public const string UnreadableFile = "CORPUS002";

    /// <summary>CORPUS008: holds a NUL character.</summary>
    public const string BinaryFile = "CORPUS008";

    /// <summary>CORPUS009: byte sequences that are not UTF-8.</summary>
    public const string InvalidUtf8 = "CORPUS009";

    /// <summary>CORPUS015: the parser's work budget ran out; quotes from a paragraph on are missing.</summary>
    public const string WorkBudgetSpent = "CORPUS015";

    /// <summary>The problem as one line: <c>path(line,col): error CORPUSnnn: message</c>.</summary>
    /// <returns>The line, without a line break.</returns>
    public override string ToString()
    {
        var position = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Column})") : string.Empty;
        return $"{Path}{position}: {(IsWarning ? "warning" : "error")} {Id}: {Message}";
    }
}
