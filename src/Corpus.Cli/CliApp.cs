using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using Corpus.Cli.Commands;
using Corpus.Cli.Help;

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

        // Without System.CommandLine's handler, which prints any exception with its stack trace (exit code 1), so that
        // output that cannot be written reads as one line. Reading input never throws (problems are CORPUSnnn lines),
        // and 'export -o' and 'fake' report their own files: an IOException that gets here is the output's.
        var command = CommandPath(parseResult.CommandResult.Command);
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            TryWriteLine(stderr, $"{command}: cannot write the output: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            TryWriteLine(stderr, $"{command}: unexpected error, please report it: {e}");
            return ExitCodes.InputError;
        }
    }

    /// <summary>Writes a last line to standard error, which may be broken too: then there is no one left to tell.</summary>
    private static void TryWriteLine(TextWriter error, string line)
    {
        try
        {
            error.WriteLine(line);
            error.Flush();
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The root command: <c>show</c> when called without a subcommand, plus every subcommand.</summary>
    /// <returns>A new command tree.</returns>
    public static Command CreateRootCommand()
    {
        // A named command rather than RootCommand, whose name (and so the usage line) is the executable's file name.
        var root = new Command(
            "corpus",
            "Corpus: typed news-article seeds. Without a command, prints the compiled seed corpus (same as 'show').");
        var examples = new Dictionary<Command, Example[]>
        {
            [root] =
            [
                new("corpus stats", "documents, paragraphs, quotes per speaker"),
                new("corpus inspect article.txt", "how one file is read"),
                new("corpus members articles/ --corpus News", "every generated name"),
                new("corpus export -f jsonl seeds/", "documents as JSON Lines"),
                new("corpus <command> --help", "a command's options and examples"),
            ],
            [Add(root, ShowCommand.Create())] = ShowCommand.Examples,
            [Add(root, InspectCommand.Create())] = InspectCommand.Examples,
            [Add(root, MembersCommand.Create())] = MembersCommand.Examples,
            [Add(root, StatsCommand.Create())] = StatsCommand.Examples,
            [Add(root, ExportCommand.Create())] = ExportCommand.Examples,
            [Add(root, FakeCommand.Create())] = FakeCommand.Examples,
        };

        var help = new HelpOption();
        help.Action = new HelpWithExamplesAction((HelpAction)help.Action!, examples);
        root.Options.Add(help);
        root.Options.Add(new VersionOption());
        root.SetAction(ShowCommand.Run);
        return root;
    }

    private static Command Add(Command root, Command subcommand)
    {
        root.Subcommands.Add(subcommand);
        return subcommand;
    }

    private static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault() is { } parent ? $"{CommandPath(parent)} {command.Name}" : command.Name;
}
