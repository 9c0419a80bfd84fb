using System.CommandLine;
using Corpus.Cli.Help;
using Corpus.Cli.Input;
using Corpus.Cli.Json;
using Corpus.Cli.Output;
using Corpus.Cli.Stats;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus stats</c>: counts documents, paragraphs and quotes, and charts quotes per speaker.</summary>
internal static class StatsCommand
{
    /// <summary>The examples shown in <c>corpus stats --help</c>.</summary>
    public static readonly Example[] Examples =
    [
        new("corpus stats", "the compiled seeds"),
        new("corpus stats articles/ extra.txt", "text files, parsed now"),
        new("corpus stats --json | jq .quotesPerSpeaker", "numbers for scripts"),
    ];

    /// <summary>Creates the <c>stats</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Text files and folders (their *.txt files, recursively) to parse and count. "
                + "Without any, the seed corpus compiled into this tool is counted.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the numbers as JSON (every role and kind, zeros included) instead of the table and chart.",
        };
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Plain ASCII bars (#), no colour. Also the case when output is redirected or NO_COLOR is set.",
        };

        var command = new Command("stats", "Count documents, paragraphs and quotes; chart quotes per speaker.");
        command.Arguments.Add(paths.RejectingUnknownOptions());
        command.Options.Add(json);
        command.Options.Add(noColor);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var given = parseResult.GetValue(paths) ?? [];
            var documents = Seeds.All;
            var exitCode = ExitCodes.Ok;
            var source = "the seed corpus compiled into this tool";
            if (given.Length > 0)
            {
                // A bad file among good ones leaves it out of the counts, not the others: reported, and exit code 1.
                var input = SeedFiles.Read(given);
                input.Report(parseResult.InvocationConfiguration.Error, "corpus stats", goOnWithTheRest: true);
                if (input.HasErrors && input.Documents.Count == 0)
                {
                    return ExitCodes.InputError;
                }

                documents = input.Documents;
                source = string.Join(" ", given);
                exitCode = input.HasErrors ? ExitCodes.InputError : ExitCodes.Ok;
            }

            var stats = CorpusStats.Of(documents);
            if (parseResult.GetValue(json))
            {
                output.Write(CorpusJson.SerializeValue(stats) + "\n");
            }
            else
            {
                StatsWriter.Write(stats, source, OutputStyle.For(output, parseResult.GetValue(noColor)), output);
            }

            return exitCode;
        });
        return command;
    }
}
