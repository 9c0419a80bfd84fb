using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using Corpus.Cli.Commands;

namespace Corpus.Cli;

/// <summary>Builds the <c>corpus</c> command tree and runs one command line against the given writers.</summary>
internal static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parseResult = CreateRootCommand().Parse(args);

        // System.CommandLine reports parse errors with exit code 1; here 1 means bad input, so usage errors get 2.
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"corpus: {error.Message}");
            }

            stderr.WriteLine($"Run '{CommandPath(parseResult.CommandResult.Command)} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The root command: <c>show</c> when called without a subcommand, plus every subcommand.</summary>
    /// <returns>A new command tree.</returns>
    public static Command CreateRootCommand()
    {
        // A named command rather than RootCommand, whose name (and so the usage line) is the executable's file name.
        var root = new Command(
            "corpus",
            "Corpus: typed news-article seeds. Without a command, prints the seed corpus compiled into this tool (same as 'show').\n"
            + "Exit codes: 0 ok, 1 input error (missing or unreadable file), 2 usage error.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(FakeCommand.Create());
        root.SetAction(ShowCommand.Run);
        return root;
    }

    private static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? $"{CommandPath(parent)} {command.Name}" : command.Name;
}
