using System;
using System.CommandLine;
using System.IO;
using Corpus.Cli.Help;
using Corpus.Cli.Input;
using Corpus.Cli.Json;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus export</c>: parses text files at run time and writes the documents as JSON or JSON Lines.</summary>
internal static class ExportCommand
{
    /// <summary>The examples shown in <c>corpus export --help</c>.</summary>
    public static readonly Example[] Examples =
    [
        new("corpus export seeds/ > seeds.json", "every seed as one JSON array"),
        new("corpus export -f jsonl seeds/ -o seeds.jsonl", "one document per line"),
        new("corpus export -f jsonl seeds/ | jq -r .title", "every title"),
    ];

    /// <summary>Creates the <c>export</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "'json': one indented array of documents. 'jsonl' (JSON Lines): one document per line, "
                + "the same object as in the array, unindented. Both: camelCase names, enums as strings.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");

        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file (UTF-8) instead of standard output.",
            HelpName = "file",
        };

        var paths = new Argument<string[]>("paths")
        {
            Description = "Text files to parse, and folders whose *.txt files (recursively, in ordinal order) are parsed.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("export", "Parse text files and write the documents as JSON or JSON Lines.");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Arguments.Add(paths.RejectingUnknownOptions());
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;

            // Everything is read before anything is written, so the output is whole: every good file, none of the bad
            // ones, which are reported. Exit code 1 all the same, so a script does not take it for the whole input.
            var input = SeedFiles.Read(parseResult.GetRequiredValue(paths));
            input.Report(error, "corpus export", goOnWithTheRest: true);
            if (input.HasErrors && input.Documents.Count == 0)
            {
                return ExitCodes.InputError;
            }

            var exitCode = input.HasErrors ? ExitCodes.InputError : ExitCodes.Ok;

            var text = parseResult.GetValue(format) == "jsonl"
                ? CorpusJson.SerializeLines(input.Documents)
                : CorpusJson.Serialize(input.Documents) + "\n";

            var file = parseResult.GetValue(output);
            if (file is null)
            {
                parseResult.InvocationConfiguration.Output.Write(text);
                return exitCode;
            }

            try
            {
                File.WriteAllText(file, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"corpus export: cannot write '{file}': {e.Message}");
                return ExitCodes.InputError;
            }

            return exitCode;
        });
        return command;
    }
}
