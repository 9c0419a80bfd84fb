using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Help;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus show</c>: prints the seed corpus compiled into this tool, read from the generated <see cref="Seeds"/> types.</summary>
internal static class ShowCommand
{
    /// <summary>The examples shown in <c>corpus show --help</c>.</summary>
    public static readonly Example[] Examples =
    [
        new("corpus show", "every seed, then totals and speakers"),
        new("corpus", "the same"),
    ];

    /// <summary>Creates the <c>show</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var command = new Command(
            "show",
            "Print the seed corpus compiled into this tool: documents, quotes, totals.");
        command.SetAction(Run);
        return command;
    }

    /// <summary>Prints the compiled seed corpus; also the action of <c>corpus</c> without a command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns><see cref="ExitCodes.Ok"/>.</returns>
    public static int Run(ParseResult parseResult)
    {
        Write(Seeds.All, Seeds.Speakers.All, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Ok;
    }

    /// <summary>Prints documents, totals and speakers.</summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="speakers">The corpus's speakers.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IReadOnlyList<Document> documents, IReadOnlyList<Speaker> speakers, TextWriter output)
    {
        foreach (var document in documents)
        {
            WriteDocument(document, output);
            output.WriteLine();
        }

        var quotes = documents.SelectMany(d => d.Quotes).ToArray();
        output.WriteLine(
            $"Total: {Format.Number(documents.Count)} documents, {Format.Number(documents.Sum(d => d.Paragraphs.Count))} paragraphs, "
            + $"{Format.Number(quotes.Length)} quotes, {Format.Number(speakers.Count)} speakers");
        output.WriteLine("Speakers:");

        var counts = quotes
            .Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var width = speakers.Select(s => s.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var speaker in speakers
            .OrderByDescending(s => counts.GetValueOrDefault(s.Id))
            .ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"  {speaker.Name.PadRight(width)}  {speaker.Kind,-12}  {Quotes(counts.GetValueOrDefault(speaker.Id))}");
        }

        var unattributed = quotes.Count(q => q.Speaker is null);
        if (unattributed > 0)
        {
            output.WriteLine($"  {Format.Speaker(null).PadRight(width)}  {string.Empty,-12}  {Quotes(unattributed)}");
        }
    }

    private static void WriteDocument(Document document, TextWriter output)
    {
        output.WriteLine($"{document.FileName}  {Format.Date(document.Published)}  {document.Id}");
        output.WriteLine($"  Title: {document.Title}");
        output.WriteLine($"  Paragraphs: {Format.Number(document.Paragraphs.Count)} ({Format.RoleCounts(document.Paragraphs)})");
        output.WriteLine($"  Quotes: {Format.Number(document.Quotes.Count)}");
        foreach (var quote in document.Quotes)
        {
            output.WriteLine(
                $"    [{quote.Kind}] {Format.Speaker(quote.Speaker)} ({Format.Cue(quote.Cue)}): {Format.Shorten(quote.Text, Format.QuotePreviewLength)}");
        }
    }

    private static string Quotes(int count) => count == 1 ? "1 quote" : $"{Format.Number(count)} quotes";
}
