using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using Corpus.Cli.Output;

namespace Corpus.Cli.Help;

/// <summary>
/// The <c>--help</c> action: System.CommandLine's help, fitted to the terminal (80 columns when redirected), followed
/// by the command's examples and the exit codes.
/// </summary>
internal sealed class HelpWithExamplesAction : SynchronousCommandLineAction
{
    private readonly HelpAction _help;
    private readonly IReadOnlyDictionary<Command, Example[]> _examples;

    /// <summary>Creates the action.</summary>
    /// <param name="help">The standard help action.</param>
    /// <param name="examples">Examples per command; commands without an entry get none.</param>
    public HelpWithExamplesAction(HelpAction help, IReadOnlyDictionary<Command, Example[]> examples)
    {
        _help = help;
        _examples = examples;
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        _help.MaxWidth = OutputStyle.For(output).Width;
        _help.Invoke(parseResult);

        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
        {
            output.WriteLine("Examples:");
            var width = examples.Max(e => e.CommandLine.Length);
            foreach (var example in examples)
            {
                output.WriteLine($"  {example.CommandLine.PadRight(width)}  # {example.What}");
            }

            output.WriteLine();
        }

        WriteExitCodes(output);
        return ExitCodes.Ok;
    }

    private static void WriteExitCodes(TextWriter output)
    {
        output.WriteLine("Exit codes:");
        output.WriteLine("  0  ok");
        output.WriteLine("  1  input error: a file is missing, unreadable, empty or binary (reported as");
        output.WriteLine("     path(line,col): error CORPUSnnn: message), or the output cannot be written;");
        output.WriteLine("     stats, export and members still write their output from the other files");
        output.WriteLine("  2  usage error: unknown command or option, missing argument, bad value");
    }
}
