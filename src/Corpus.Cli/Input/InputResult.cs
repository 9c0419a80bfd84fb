using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Cli.Input;

/// <summary>What reading some article files gave: the documents of the usable files, and every problem found.</summary>
/// <param name="Documents">The parsed documents, in input order; files with an error are left out.</param>
/// <param name="Problems">Errors and warnings, in input order.</param>
internal sealed record InputResult(IReadOnlyList<Document> Documents, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Whether some file could not be used: the command then reports and exits with <see cref="ExitCodes.InputError"/>.</summary>
    public bool HasErrors => Problems.Any(p => !p.IsWarning);

    /// <summary>Writes every problem, one line each, then for errors a closing line that says nothing else happened.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="command">The command, e.g. <c>corpus export</c>, for the closing line.</param>
    public void Report(TextWriter error, string command)
    {
        foreach (var problem in Problems)
        {
            error.WriteLine(problem.ToString());
        }

        var errors = Problems.Count(p => !p.IsWarning);
        if (errors > 0)
        {
            error.WriteLine($"{command}: {Format.Count(errors, "input error")}; no output.");
        }
    }
}
