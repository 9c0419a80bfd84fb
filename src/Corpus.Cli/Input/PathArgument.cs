using System.CommandLine;
using System.IO;

namespace Corpus.Cli.Input;

/// <summary>Validation for file and folder arguments.</summary>
internal static class PathArgument
{
    /// <summary>
    /// Makes an unknown option such as <c>--colour</c> a usage error. System.CommandLine hands such a token to an
    /// argument that takes paths, which would otherwise report it as a missing file (an input error).
    /// </summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">An argument of files or folders.</param>
    /// <returns>The same argument.</returns>
    public static Argument<T> RejectingUnknownOptions<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return argument;
    }
}
