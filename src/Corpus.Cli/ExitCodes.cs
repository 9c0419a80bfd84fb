namespace Corpus.Cli;

/// <summary>The process exit codes of <c>corpus</c>, as documented in its help.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>
    /// An input file or folder is missing, unreadable, empty or binary (each reported with its CORPUSnnn id, file and
    /// line), or the output cannot be written. Warnings, such as invalid UTF-8 (CORPUS009), do not change the exit code.
    /// </summary>
    public const int InputError = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, bad option value.</summary>
    public const int UsageError = 2;
}
