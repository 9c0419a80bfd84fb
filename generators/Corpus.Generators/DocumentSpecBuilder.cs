using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Model;
using Corpus.Naming;
using Corpus.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators;

/// <summary>
/// Parses a seed file with the shared <see cref="CorpusParser"/> and snapshots the document as a
/// <see cref="DocumentSpec"/>: member names from content, previews for XML docs, and the diagnostics of the file.
/// </summary>
internal static class DocumentSpecBuilder
{
    private const int PreviewLength = 200;
    private const int MaxUnclosedQuoteReports = 10;

    /// <summary>Paragraphs (and quotes) that get a named member (<see cref="MemberNames.MaxNamed"/>); the rest are in <c>Document.Paragraphs</c> (CORPUS013).</summary>
    internal const int MaxNamedMembers = MemberNames.MaxNamed;

    public static ParseResult Build(SeedFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (file.CorpusDefaulted)
        {
            diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.DefaultCorpus, LocationInfo.WholeFile(file.Path), FileName(file.Path), file.Corpus));
        }

        try
        {
            var spec = BuildSpec(file, diagnostics, cancellationToken);
            return new ParseResult(spec, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never let one file take the whole compilation down (CS8785): report it and go on.
            diagnostics.Add(DiagnosticInfo.Create(
                CorpusDiagnostics.InternalError, LocationInfo.WholeFile(file.Path), FileName(file.Path), exception.GetType().Name, exception.Message));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static DocumentSpec? BuildSpec(SeedFile file, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var fileName = FileName(file.Path);
        if (file.Text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                CorpusDiagnostics.UnreadableFile, LocationInfo.WholeFile(file.Path), fileName, file.ReadError ?? "no text"));
            return null;
        }

        var text = file.Text;
        if (text.All(CorpusText.IsSpace))
        {
            diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.EmptyFile, LocationInfo.WholeFile(file.Path), fileName));
            return null;
        }

        var source = SourceText.From(text);
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var at = LocationInfo.InFile(file.Path, source, nul, 1);
            diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.BinaryFile, at, fileName, Line(at), Column(at)));
            return null;
        }

        ReportReplacementCharacters(file, source, diagnostics);

        cancellationToken.ThrowIfCancellationRequested();
        var document = CorpusParser.Parse(text, fileName, out var report);
        cancellationToken.ThrowIfCancellationRequested();
        if (report.StoppedAtParagraph is int stopped)
        {
            var paragraph = document.Paragraphs[stopped];
            var at = LocationInfo.InFile(file.Path, source, paragraph.Start, paragraph.Length);
            diagnostics.Add(DiagnosticInfo.Create(
                CorpusDiagnostics.WorkBudgetSpent, at, fileName, Number(report.Budget), Number(stopped), Line(at)));
        }

        if (!document.Paragraphs.Any(p => p.Role == ParagraphRole.Title))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                CorpusDiagnostics.NoTitle, LocationInfo.InFile(file.Path, source, 0, 0), fileName, document.Title));
        }

        ReportUnclosedQuotes(file, source, document, diagnostics);

        var corpusClass = CorpusClassName(file, diagnostics);
        var wantedName = file.NameOverride is not null ? CheckedName(file.NameOverride, "CorpusName", "Document", file.Path, diagnostics)
            : MemberNames.WantedDocumentClass(document);

        return new DocumentSpec(
            file.Corpus,
            corpusClass,
            file.Path,
            fileName,
            file.RelativePath,
            wantedName,
            document.Title,
            document.Published?.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            document.Text,
            TextSize.Of(text),
            Paragraphs(document, file, diagnostics),
            Quotes(document, file, diagnostics),
            document.Speakers.Select(ToSpec).ToEquatableArray());
    }

    /// <summary>
    /// The compiler decodes invalid UTF-8 as U+FFFD without a word (it hands analyzers text, never bytes), so a
    /// replacement character is the only trace of a bad byte. Everything before the first one decoded cleanly, so
    /// its byte offset is exact — unless the file really holds U+FFFD there, which reads the same (CORPUS009).
    /// </summary>
    private static void ReportReplacementCharacters(SeedFile file, SourceText source, List<DiagnosticInfo> diagnostics)
    {
        var text = file.Text!;
        var first = text.IndexOf('\uFFFD');
        if (first < 0)
        {
            return;
        }

        var count = text.Count(c => c == '\uFFFD');
        var at = LocationInfo.InFile(file.Path, source, first, 1);
        diagnostics.Add(DiagnosticInfo.Create(
            CorpusDiagnostics.InvalidUtf8, at, FileName(file.Path), Number(count),
            Number(file.Encoding.ByteOffsetAfter(text.Substring(0, first))), Line(at), Column(at)));
    }

    /// <summary>
    /// The corpus class name this file wants: a valid identifier (CORPUS006) with a capital letter (CORPUS017) that is not a
    /// member name of its own class (CORPUS011). Corpora that want one class are told apart later (CORPUS016).
    /// </summary>
    private static string CorpusClassName(SeedFile file, List<DiagnosticInfo> diagnostics)
    {
        var corpus = CheckedName(file.Corpus, "Corpus", "Corpus", file.Path, diagnostics);
        if (!MemberNames.CorpusMembers.Contains(corpus, StringComparer.Ordinal))
        {
            return corpus;
        }

        var renamed = corpus + "_";
        diagnostics.Add(DiagnosticInfo.Create(
            CorpusDiagnostics.ReservedName, LocationInfo.WholeFile(file.Path), "Corpus", corpus, FileName(file.Path),
            $"the member '{corpus}' of every corpus class (a class cannot hold a member of its own name)", renamed, "Corpus"));
        return renamed;
    }

    /// <summary>
    /// A metadata value used as a class name: kept when it is a valid identifier, else made one (CORPUS006); one of
    /// lower-case ASCII letters only gets a capital first letter (CORPUS017).
    /// </summary>
    private static string CheckedName(string value, string metadata, string fallback, string path, List<DiagnosticInfo> diagnostics)
    {
        if (SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None)
        {
            if (!IsLowerCaseAscii(value))
            {
                return value;
            }

            // CS8981: C# may make any such name a keyword one day, so it warns on a type named so, and generated code
            // must compile without warnings. "news" becomes "News", as a made name would.
            var capitalized = char.ToUpperInvariant(value[0]) + value.Substring(1);
            diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.LowerCaseName, LocationInfo.WholeFile(path), metadata, value, FileName(path), capitalized));
            return capitalized;
        }

        var name = Identifiers.FromText(value, int.MaxValue, fallback);
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = "_" + name;
        }

        diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.InvalidName, LocationInfo.WholeFile(path), metadata, value, FileName(path), name));
        return name;
    }

    /// <summary>Whether C# warns on a type of this name (CS8981): it holds ASCII letters <c>a</c>–<c>z</c> and nothing else.</summary>
    internal static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    public static SpeakerSpec ToSpec(Speaker speaker) =>
        new(speaker.Id, speaker.Name, speaker.Kind, speaker.Aliases.ToEquatableArray());

    private static EquatableArray<ParagraphSpec> Paragraphs(Document document, SeedFile file, List<DiagnosticInfo> diagnostics)
    {
        ReportUnnamed(document.Paragraphs.Count, "paragraphs", file, diagnostics);
        var names = MemberNames.Paragraphs(document.Paragraphs);
        return document.Paragraphs
            .Select((p, i) => new ParagraphSpec(
                names[i],
                p.Role,
                p.Start,
                p.Length,
                p.Sentences.SelectMany(s => new[] { s.Start, s.Length }).ToEquatableArray(),
                Preview(p.Text)))
            .ToEquatableArray();
    }

    private static EquatableArray<QuoteSpec> Quotes(Document document, SeedFile file, List<DiagnosticInfo> diagnostics)
    {
        ReportUnnamed(document.Quotes.Count, "quotes", file, diagnostics);
        var names = MemberNames.Quotes(document.Quotes);
        return document.Quotes
            .Select((q, i) => new QuoteSpec(
                names[i],
                q.Kind,
                q.Speaker?.Id,
                q.Cue,
                q.ParagraphIndex,
                q.Start,
                q.Length,
                Preview(q.Text)))
            .ToEquatableArray();
    }

    /// <summary>CORPUS013 when a document has more paragraphs or quotes than get a member of their own.</summary>
    private static void ReportUnnamed(int count, string what, SeedFile file, List<DiagnosticInfo> diagnostics)
    {
        if (count > MaxNamedMembers)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                CorpusDiagnostics.TooManyMembers, LocationInfo.WholeFile(file.Path), FileName(file.Path), Number(count), what, Number(MaxNamedMembers)));
        }
    }

    /// <summary>CORPUS004 for the first <see cref="MaxUnclosedQuoteReports"/> unclosed marks of a file: enough to act on, not a flood.</summary>
    private static void ReportUnclosedQuotes(SeedFile file, SourceText source, Document document, List<DiagnosticInfo> diagnostics)
    {
        var reported = 0;
        foreach (var paragraph in document.Paragraphs.Where(p => p.Role == ParagraphRole.Body))
        {
            foreach (var span in QuoteMarks.Find(document.Text, new TextRange(paragraph.Start, paragraph.Length)))
            {
                if (!span.Closed)
                {
                    if (reported++ == MaxUnclosedQuoteReports)
                    {
                        return;
                    }

                    var location = LocationInfo.InFile(file.Path, source, span.Open, 1);
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.UnclosedQuote, location, FileName(file.Path),
                        (location.Lines.Start.Line + 1).ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    /// <summary>The text for an XML doc preview: normalized and cut to a readable length.</summary>
    private static string Preview(string text)
    {
        if (text.Length <= PreviewLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[PreviewLength - 1]) ? PreviewLength - 1 : PreviewLength;
        return text.Substring(0, cut).TrimEnd() + "…";
    }

    private static string Line(LocationInfo at) => Number(at.Lines.Start.Line + 1);

    private static string Column(LocationInfo at) => Number(at.Lines.Start.Character + 1);

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    internal static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
