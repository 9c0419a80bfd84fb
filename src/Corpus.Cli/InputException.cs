using System;

namespace Corpus.Cli;

/// <summary>An input file or folder is missing or unreadable; the message names it and is printed as is.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the path.</param>
    /// <param name="innerException">The I/O error behind it, if any.</param>
    public InputException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
