using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Help;
using Corpus.Cli.Input;
using Corpus.Cli.Members;
using Corpus.Naming;
using Corpus.Parsing;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus members [paths]</c>: every name the generator writes for a corpus — document classes, <c>Paragraphs.X</c>,
/// <c>Quotes.Y</c>, <c>Speakers.Z</c> — with the line each comes from, so a test can name a statement without a build.
/// </summary>
internal static class MembersCommand
{
    /// <summary>The examples shown in <c>corpus members --help</c>.</summary>
    public static readonly Example[] Examples =
    [
        new("corpus members articles/ --corpus News", "every generated name"),
        new("corpus members articles/ | grep Quotes.Okafor", "find a quote's member"),
        new("corpus members", "the compiled seed corpus"),
        new("corpus members articles/ --members Quotes,Speakers", "CorpusMembers"),
    ];

    /// <summary>Creates the <c>members</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "The corpus's text files and folders (their *.txt files, recursively). "
                + "Without any, the seed corpus compiled into this tool.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var corpus = CorpusOption();
        var sets = MemberSetsOption();
        var command = new Command(
            "members",
            "List every name the generator writes for a corpus: document classes, Paragraphs.X, Quotes.Y, Speakers.Z, each with its line.");
        command.Arguments.Add(paths.RejectingUnknownOptions());
        command.Options.Add(corpus);
        command.Options.Add(sets);
        command.SetAction(parseResult =>
        {
            var given = parseResult.GetValue(paths) ?? [];
            // The compiled documents' speakers are merged across the corpus (more aliases, so another short name): a quote
            // is named from its document read alone, as the generator read it.
            IReadOnlyList<Document> documents = Seeds.All.Select(d => CorpusParser.Parse(d.Text, d.FileName) with { RelativePath = d.RelativePath }).ToList();
            var exitCode = ExitCodes.Ok;
            if (given.Length > 0)
            {
                // As stats and export: a bad file is reported and left out (the generator skips it too, with a
                // diagnostic), the good files' names are listed, and the exit code says something was wrong.
                var input = SeedFiles.Read(given);
                input.Report(parseResult.InvocationConfiguration.Error, "corpus members", goOnWithTheRest: true);
                if (input.HasErrors && input.Documents.Count == 0)
                {
                    return ExitCodes.InputError;
                }

                documents = input.Documents;
                exitCode = input.HasErrors ? ExitCodes.InputError : ExitCodes.Ok;
            }

            Write(CorpusMembers.Of(parseResult.GetValue(corpus)!, documents), MemberSetNames.Read(parseResult.GetValue(sets), out _), parseResult.InvocationConfiguration.Output);
            return exitCode;
        });
        return command;
    }

    /// <summary>
    /// Prints each document class (qualified from the corpus class) with its file, then its paragraphs and quotes
    /// (member, line, what it is), then the speakers. Member names come first on their lines, to be copied or grepped.
    /// </summary>
    /// <param name="members">The corpus's members.</param>
    /// <param name="sets">The member sets a build writes (the <c>CorpusMembers</c> property): the others are not listed.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(CorpusMembers members, MemberSets sets, TextWriter output)
    {
        foreach (var document in members.Documents)
        {
            var prefix = $"{members.CorpusClass}.{document.ClassName}";
            output.WriteLine($"{prefix}  ({document.Document.RelativePath}: {Format.Count(document.Paragraphs.Count, "paragraph")}, {Format.Count(document.Quotes.Count, "quote")})");
            if ((sets & MemberSets.Paragraphs) != 0)
            {
                WriteMembers("Paragraphs.", document.Paragraphs, output);
            }

            if ((sets & MemberSets.Quotes) != 0)
            {
                WriteMembers("Quotes.", document.Quotes, output);
            }

            output.WriteLine();
        }

        var speakers = $"{members.CorpusClass}.Speakers.";
        output.WriteLine($"{members.CorpusClass}.Speakers  ({Format.Count(members.Speakers.Count, "speaker")})");
        if ((sets & MemberSets.Speakers) == 0)
        {
            output.WriteLine($"  {members.CorpusClass}.Speakers.All only (the Speakers set is off)");
            return;
        }

        var width = members.Speakers.Select(s => speakers.Length + s.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var speaker in members.Speakers)
        {
            output.WriteLine($"  {(speakers + speaker.Name).PadRight(width)}  {speaker.Speaker.Name} ({speaker.Speaker.Kind}), {Format.Count(speaker.Quotes, "quote")}");
        }
    }

    private static void WriteMembers(string prefix, IReadOnlyList<Member> members, TextWriter output)
    {
        var width = members.Select(m => prefix.Length + m.Name.Length).DefaultIfEmpty(0).Max();
        var lineWidth = members.Select(m => Format.Number(m.Line).Length).DefaultIfEmpty(0).Max();
        foreach (var member in members)
        {
            output.WriteLine($"  {(prefix + member.Name).PadRight(width)}  line {Format.Number(member.Line).PadRight(lineWidth)}  {Format.Shorten(member.Summary, SummaryLength)}");
        }
    }

    /// <summary>How much of a paragraph or quote a line shows: enough to recognise it.</summary>
    private const int SummaryLength = 60;

    /// <summary>The <c>--corpus</c> option of <c>members</c> and <c>inspect</c>: the corpus class the names are printed from.</summary>
    /// <returns>A new option.</returns>
    internal static Option<string> CorpusOption()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "The corpus class: the files' Corpus metadata (default: Seeds). Names are printed from it down, "
                + "e.g. News.CouncilVotesBudget.Quotes.OkaforBudgetKeepsTheLightsOn. A file with CorpusName metadata gets that class name instead.",
            DefaultValueFactory = _ => "Seeds",
        };
        corpus.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!IsKeptAsWritten(value))
            {
                result.AddError($"'{value}' is not a class name the generator keeps as written (letters, digits and '_', not only lower-case, not a keyword, not All, Speakers or TestData); pass the class it generates");
            }
        });
        return corpus;
    }

    /// <summary>
    /// The <c>--members</c> option: the value of the project's <c>CorpusMembers</c> property, read as the generator reads
    /// it, so the listing holds what a build writes. An unknown name is an error here (the generator warns, CORPUS019).
    /// </summary>
    /// <returns>A new option.</returns>
    internal static Option<string> MemberSetsOption()
    {
        var sets = new Option<string>("--members")
        {
            Description = "The member sets a build writes, as the CorpusMembers property gives them: All (default), Documents, "
                + "or Paragraphs, Quotes and Speakers separated by ',' (or a quoted ';'). Sets that are off are not listed.",
            DefaultValueFactory = _ => nameof(MemberSets.All),
        };
        sets.Validators.Add(result =>
        {
            MemberSetNames.Read(result.GetValueOrDefault<string>(), out var unknown);
            if (unknown.Count > 0)
            {
                result.AddError($"{string.Join(", ", unknown.Select(u => "'" + u + "'"))} is no member set: use All, Documents, or Paragraphs, Quotes and Speakers separated by ',' (e.g. Documents or Quotes,Speakers)");
            }
        });
        return sets;
    }

    /// <summary>Whether the generator uses a <c>Corpus</c> value as the class name unchanged (else it reports CORPUS006, 011 or 017 and renames it).</summary>
    internal static bool IsKeptAsWritten(string? name) =>
        !string.IsNullOrEmpty(name)
        && Corpus.Naming.Identifiers.Valid(name) == name
        && name.All(c => c == '_' || char.IsLetterOrDigit(c))
        && name.Any(c => c is < 'a' or > 'z')
        && !Corpus.Naming.MemberNames.CorpusMembers.Contains(name);
}
