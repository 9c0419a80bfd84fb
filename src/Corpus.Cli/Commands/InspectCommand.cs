using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Help;
using Corpus.Cli.Input;
using Corpus.Cli.Members;
using Corpus.Naming;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus inspect FILE</c>: shows how the parser reads one file, so a new seed can be checked before it is compiled.</summary>
internal static class InspectCommand
{
    /// <summary>The examples shown in <c>corpus inspect --help</c>.</summary>
    public static readonly Example[] Examples =
    [
        new("corpus inspect article.txt", "check a new seed before compiling it"),
        new("corpus inspect article.txt | less", "page through a long one"),
    ];

    /// <summary>Creates the <c>inspect</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = "The plain-text article to read (a seed file, or a candidate for one).",
        };
        var command = new Command(
            "inspect",
            "Show how one text file is read: roles, sentences, quotes, speakers, date, and the member the generator names each by.");
        var corpus = MembersCommand.CorpusOption();
        command.Arguments.Add(file.RejectingUnknownOptions());
        command.Options.Add(corpus);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            var input = SeedFiles.ReadFile(path);
            input.Report(parseResult.InvocationConfiguration.Error, "corpus inspect");
            if (input.HasErrors)
            {
                return ExitCodes.InputError;
            }

            Write(path, input.Documents[0], parseResult.GetValue(corpus)!, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints the parser's reading of one document.</summary>
    /// <param name="path">The file the document was read from, as given.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="corpusClass">The corpus class its generated names are printed from.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(string path, Document document, string corpusClass, TextWriter output)
    {
        // Named as the generator names a corpus of this one document: another document of the corpus can take its class name first.
        var className = MemberNames.TakeDocumentClass(MemberNames.DocumentClassScope(corpusClass), corpusClass, MemberNames.WantedDocumentClass(document), out _);
        var members = DocumentMembers.Of(className, document);

        output.WriteLine($"File: {path} ({Format.Number(document.Text.Length)} characters)");
        output.WriteLine();

        output.WriteLine($"Paragraphs: {Format.Number(document.Paragraphs.Count)} ({Format.RoleCounts(document.Paragraphs)})");
        var roleWidth = document.Paragraphs.Select(p => p.Role.ToString().Length).DefaultIfEmpty(0).Max();
        var indexWidth = Format.Number(document.Paragraphs.Count).Length + 2;
        foreach (var paragraph in document.Paragraphs)
        {
            output.WriteLine(
                $"  {$"[{Format.Number(paragraph.Index)}]".PadRight(indexWidth)} {paragraph.Role.ToString().PadRight(roleWidth)}  "
                + $"{Format.Range(paragraph.Start, paragraph.Length)}  {Sentences(paragraph.Sentences.Count)}{Member("Paragraphs.", members.Paragraphs, paragraph.Index)}");
            if (paragraph.Sentences.Count == 0)
            {
                output.WriteLine($"        {paragraph.Text}");
            }

            for (var i = 0; i < paragraph.Sentences.Count; i++)
            {
                output.WriteLine($"      {Format.Number(i + 1)}. {paragraph.Sentences[i].Text}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Quotes: {Format.Number(document.Quotes.Count)}");
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            output.WriteLine(
                $"  {Format.Number(i + 1)}. {quote.Kind}  speaker: {Format.Speaker(quote.Speaker)}  cue: {Format.Cue(quote.Cue)}  "
                + $"paragraph: {Format.Number(quote.ParagraphIndex)}  range: {Format.Range(quote.Start, quote.Length)}{Member("Quotes.", members.Quotes, i)}");
            output.WriteLine($"      {quote.Text}");
        }

        output.WriteLine();
        output.WriteLine($"Speakers: {Format.Number(document.Speakers.Count)}");
        foreach (var speaker in document.Speakers)
        {
            output.WriteLine($"  {speaker.Name} ({speaker.Kind}, id {speaker.Id})  {corpusClass}.Speakers.{MemberNames.SpeakerMember(speaker.Id)}");
            output.WriteLine($"      aliases: {string.Join(", ", speaker.Aliases)}");
        }

        output.WriteLine();
        output.WriteLine($"Title: {document.Title}");
        output.WriteLine($"Published: {Format.Date(document.Published)}");
        output.WriteLine($"Id: {document.Id}");
        output.WriteLine($"Class: {corpusClass}.{className}");
    }

    /// <summary>The generated member of item <paramref name="index"/>, after two spaces; nothing past the named ones.</summary>
    private static string Member(string prefix, System.Collections.Generic.IReadOnlyList<Member> members, int index) =>
        index < members.Count ? "  " + prefix + members[index].Name : string.Empty;

    private static string Sentences(int count) => count == 1 ? "1 sentence" : $"{Format.Number(count)} sentences";
}
