using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Cli.Input;

/// <summary>What reading some article files gave: the documents of the usable files, and every problem found.</summary>
/// <param name="Documents">The parsed documents, in input order; files with an error are left out.</param>
/// <param name="Problems">Errors and warnings, in input order.</param>
internal sealed record InputResult(IReadOnlyList<Document> Documents, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Whether some file could not be used: the command then exits with <see cref="ExitCodes.InputError"/>.</summary>
    public bool HasErrors => Problems.Any(p => !p.IsWarning);

    /// <summary>Writes every problem, one line each, then for errors a closing line that says what became of the output.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="command">The command, e.g. <c>corpus export</c>, for the closing line.</param>
    /// <param name="goOnWithTheRest">
    /// Whether the command still writes its output from the files without errors (and exits with
    /// <see cref="ExitCodes.InputError"/> all the same), instead of writing nothing.
    /// </param>
    public void Report(TextWriter error, string command, bool goOnWithTheRest = false)
    {
        foreach (var problem in Problems)
        {
            error.WriteLine(problem.ToString());
        }

        var errors = Problems.Count(p => !p.IsWarning);
        if (errors == 0)
        {
            return;
        }

        error.WriteLine(goOnWithTheRest && Documents.Count > 0
            ? $"{command}: {Format.Count(errors, "input error")}; output from the {Format.Count(Documents.Count, "good file")} only (exit code {ExitCodes.InputError})."
            : $"{command}: {Format.Count(errors, "input error")}; no output.");
    }
}
