using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Fakes;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus fake --seed N --count K --out DIR</c>: writes K synthetic seed files learned from a corpus, or K variants of
/// one real file, each with its answer key (<c>name.key.json</c>). The same arguments write the same bytes.
/// </summary>
internal static class FakeCommand
{
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

        var command = new Command("fake", "Write synthetic seed files (or variants of a real one) with their answer keys, for tests.");
        command.Options.Add(seed);
        command.Options.Add(count);
        command.Options.Add(output);
        command.Options.Add(from);
        command.Options.Add(variantsOf);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var folder = parseResult.GetRequiredValue(output);
            var total = parseResult.GetValue(count);
            try
            {
                var written = Write(
                    parseResult.GetValue(seed),
                    total,
                    folder,
                    parseResult.GetValue(from),
                    parseResult.GetValue(variantsOf),
                    ProgressLine.For(error, "corpus fake", total));
                parseResult.InvocationConfiguration.Output.WriteLine(
                    $"Wrote {Format.Number(written)} {(written == 1 ? "file" : "files")} and their answer keys (.key.json) to {folder}");
                return ExitCodes.Ok;
            }
            catch (InputException e)
            {
                error.WriteLine($"corpus fake: {e.Message}");
                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"corpus fake: cannot write to '{folder}': {e.Message}");
                return ExitCodes.InputError;
            }
        });
        return command;
    }

    private static int Write(int seed, int count, string folder, string[]? from, string? variantsOf, ProgressLine progress)
    {
        if (variantsOf is not null)
        {
            var document = SeedFiles.Parse(variantsOf);
            return WriteAll(new CorpusFaker(seed).VariantsOf(document).Take(count), v => SeedFileWriter.Write(folder, v), progress);
        }

        IReadOnlyList<Document> corpus = from is { Length: > 0 } ? SeedFiles.Expand(from).Select(SeedFiles.Parse).ToArray() : Seeds.All;
        CorpusFaker faker;
        try
        {
            faker = new CorpusFaker(seed, corpus);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"cannot learn from these files: {e.Message}", e);
        }

        return WriteAll(faker.Documents().Take(count), d => SeedFileWriter.Write(folder, d), progress);
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
