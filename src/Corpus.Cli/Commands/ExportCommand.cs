using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Json;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus export</c>: parses text files at run time and writes the documents in a machine-readable format.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the <c>export</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format. Only 'json' for now: an indented array of documents, camelCase names, enums as strings.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");

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

        var command = new Command("export", "Parse text files with the runtime parser and write the documents: paragraphs, sentences, quotes, speakers.");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Arguments.Add(paths);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            string json;
            try
            {
                // Everything is parsed before anything is written: a bad path leaves no half-written output.
                json = CorpusJson.Serialize(SeedFiles.Expand(parseResult.GetRequiredValue(paths)).Select(SeedFiles.Parse).ToArray());
            }
            catch (InputException e)
            {
                error.WriteLine($"corpus export: {e.Message}");
                return ExitCodes.InputError;
            }

            var file = parseResult.GetValue(output);
            if (file is null)
            {
                parseResult.InvocationConfiguration.Output.Write(json + "\n");
                return ExitCodes.Ok;
            }

            try
            {
                File.WriteAllText(file, json + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"corpus export: cannot write '{file}': {e.Message}");
                return ExitCodes.InputError;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
