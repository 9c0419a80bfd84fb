using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Help;
using Corpus.Cli.Input;
using Corpus.Cli.Output;
using Corpus.Fakes;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus fake --seed N --count K --out DIR</c>: writes K synthetic seed files learned from a corpus, or K variants of
/// one real file, each with its answer key (<c>name.key.json</c>). The same arguments write the same bytes.
/// </summary>
internal static class FakeCommand
{
    /// <summary>The examples shown in <c>corpus fake --help</c>.</summary>
    public static readonly Example[] Examples =
    [
        new("corpus fake --seed 42 --count 500 --out fixtures", "500 synthetic articles"),
        new("corpus fake --variants-of a.txt -n 50 -o variants", "50 variants of a.txt"),
        new("corpus fake --from articles/ -o fixtures", "learn from your own"),
    ];

    /// <summary>Creates the <c>fake</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "The seed everything derives from: the same seed writes the same files, byte for byte.",
            DefaultValueFactory = _ => 0,
        };
        var count = new Option<int>("--count", "-n")
        {
            Description = "How many files to write (each with its .key.json).",
            DefaultValueFactory = _ => 10,
        };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--count must be at least 1.");
            }
        });
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write into (created if missing).",
            HelpName = "dir",
            Required = true,
        };
        var from = new Option<string[]>("--from")
        {
            Description = "Text files or folders to learn words, sentence shapes and speakers from, instead of the seed corpus compiled into this tool.",
            HelpName = "paths",
            AllowMultipleArgumentsPerToken = true,
        };
        var variantsOf = new Option<string?>("--variants-of")
        {
            Description = "Write variants of this real file (operators with known effects: quote style, line endings, banners, typos, …) instead of synthetic articles.",
            HelpName = "file",
        };

        var command = new Command("fake", "Write synthetic seed files with their answer keys, for tests.");
        command.Options.Add(seed);
        command.Options.Add(count);
        command.Options.Add(output);
        command.Options.Add(from);
        command.Options.Add(variantsOf);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var variantsPath = parseResult.GetValue(variantsOf);
            var fromPaths = parseResult.GetValue(from);

            // Read every input before writing: a bad file leaves the output folder untouched.
            InputResult? input = variantsPath is not null ? SeedFiles.ReadFile(variantsPath)
                : fromPaths is { Length: > 0 } ? SeedFiles.Read(fromPaths)
                : null;
            input?.Report(error, "corpus fake");
            if (input is { HasErrors: true })
            {
                return ExitCodes.InputError;
            }

            var folder = parseResult.GetRequiredValue(output);
            var total = parseResult.GetValue(count);
            var progress = ProgressLine.For(error, "corpus fake", total);
            var seedValue = parseResult.GetValue(seed);
            try
            {
                int written;
                if (variantsPath is not null)
                {
                    var variants = new CorpusFaker(seedValue).VariantsOf(input!.Documents[0]).Take(total);
                    written = WriteAll(variants, v => SeedFileWriter.Write(folder, v), progress);
                }
                else if (Faker(seedValue, input?.Documents ?? Seeds.All, error) is { } faker)
                {
                    written = WriteAll(faker.Documents().Take(total), d => SeedFileWriter.Write(folder, d), progress);
                }
                else
                {
                    return ExitCodes.InputError;
                }

                parseResult.InvocationConfiguration.Output.WriteLine(
                    $"Wrote {Format.Count(written, "file")} and their answer keys (.key.json) to {folder}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"corpus fake: cannot write to '{folder}': {e.Message}");
                return ExitCodes.InputError;
            }
        });
        return command;
    }

    private static CorpusFaker? Faker(int seed, IReadOnlyList<Document> corpus, TextWriter error)
    {
        try
        {
            return new CorpusFaker(seed, corpus);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"corpus fake: cannot learn from these files: {e.Message}");
            return null;
        }
    }

    private static int WriteAll<T>(IEnumerable<T> items, Func<T, string> write, ProgressLine progress)
    {
        var written = 0;
        foreach (var item in items)
        {
            write(item);
            progress.Report(++written);
        }

        return written;
    }
}
