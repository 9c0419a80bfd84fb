namespace Corpus.Cli;

/// <summary>The process exit codes of <c>corpus</c>, as documented in its help.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>
    /// An input file or folder is missing, unreadable, empty or binary (each reported with its CORPUSnnn id, file and
    /// line), or the output cannot be written. Warnings, such as invalid UTF-8 (CORPUS009), do not change the exit code.
    /// <c>stats</c> and <c>export</c> still write their output from the files without errors, and exit with this code
    /// all the same, so that a script never takes the output for that of every file it named.
    /// </summary>
    public const int InputError = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, bad option value.</summary>
    public const int UsageError = 2;
}
