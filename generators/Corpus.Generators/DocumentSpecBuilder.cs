using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Model;
using Corpus.Naming;
using Corpus.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators;

/// <summary>
/// Parses a seed file with the shared <see cref="CorpusParser"/> and snapshots the document as a
/// <see cref="DocumentSpec"/>: member names from content, previews for XML docs, and the diagnostics of the file.
/// </summary>
internal static class DocumentSpecBuilder
{
    private const int ParagraphNameWords = 6;
    private const int QuoteNameWords = 6;
    private const int PreviewLength = 200;

    public static ParseResult Build(SeedFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
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
            diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.UnreadableFile, LocationInfo.WholeFile(file.Path), fileName));
            return null;
        }

        if (file.Text.All(CorpusText.IsSpace))
        {
            diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.EmptyFile, LocationInfo.WholeFile(file.Path), fileName));
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var document = CorpusParser.Parse(file.Text, fileName);
        cancellationToken.ThrowIfCancellationRequested();

        if (!document.Paragraphs.Any(p => p.Role == ParagraphRole.Title))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                CorpusDiagnostics.NoTitle, LocationInfo.InFile(file.Path, file.Text, 0, 0), fileName, document.Title));
        }

        ReportUnclosedQuotes(file, document, diagnostics);

        var corpus = CheckedName(file.Corpus, "Corpus", "Corpus", file.Path, diagnostics);
        var wantedName = file.NameOverride is null ? document.Id : CheckedName(file.NameOverride, "CorpusName", "Document", file.Path, diagnostics);

        return new DocumentSpec(
            corpus,
            file.Path,
            fileName,
            wantedName,
            document.Title,
            document.Published?.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            document.Text,
            Paragraphs(document),
            Quotes(document),
            document.Speakers.Select(ToSpec).ToEquatableArray());
    }

    /// <summary>A metadata value used as a class name: kept when it is a valid identifier, else made one (CORPUS006).</summary>
    private static string CheckedName(string value, string metadata, string fallback, string path, List<DiagnosticInfo> diagnostics)
    {
        if (SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None)
        {
            return value;
        }

        var name = Identifiers.FromText(value, int.MaxValue, fallback);
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = "_" + name;
        }

        diagnostics.Add(DiagnosticInfo.Create(CorpusDiagnostics.InvalidName, LocationInfo.WholeFile(path), metadata, value, FileName(path), name));
        return name;
    }

    public static SpeakerSpec ToSpec(Speaker speaker) =>
        new(speaker.Id, speaker.Name, speaker.Kind, speaker.Aliases.ToEquatableArray());

    private static EquatableArray<ParagraphSpec> Paragraphs(Document document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Paragraphs" };
        return document.Paragraphs
            .Select(p => new ParagraphSpec(
                Identifiers.Unique(Identifiers.FromText(p.Text, ParagraphNameWords, "Paragraph"), taken),
                p.Role,
                p.Start,
                p.Length,
                p.Sentences.SelectMany(s => new[] { s.Start, s.Length }).ToEquatableArray(),
                Preview(p.Text)))
            .ToEquatableArray();
    }

    private static EquatableArray<QuoteSpec> Quotes(Document document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Quotes" };
        return document.Quotes
            .Select(q => new QuoteSpec(
                Identifiers.Unique(QuoteName(q), taken),
                q.Kind,
                q.Speaker?.Id,
                q.Cue,
                q.ParagraphIndex,
                q.Start,
                q.Length,
                Preview(q.Text)))
            .ToEquatableArray();
    }

    /// <summary>Speaker's short name and the quote's opening words: <c>PutinVeryHappyToVisitChinaAgain</c>.</summary>
    private static string QuoteName(Quote quote)
    {
        var words = Identifiers.FromText(quote.Text, QuoteNameWords, "Quote", skipLeadingStopWords: true);
        if (quote.Speaker is null)
        {
            return words;
        }

        // The shortest one-word alias is how the article calls the speaker for short ("Xi", "Putin").
        var shortName = quote.Speaker.Aliases
            .Where(a => a.IndexOf(' ') < 0)
            .OrderBy(a => a.Length)
            .ThenBy(a => a, StringComparer.Ordinal)
            .FirstOrDefault() ?? quote.Speaker.Name;
        return Identifiers.FromText(shortName, 3, "Speaker") + words.TrimStart('_');
    }

    private static void ReportUnclosedQuotes(SeedFile file, Document document, List<DiagnosticInfo> diagnostics)
    {
        foreach (var paragraph in document.Paragraphs.Where(p => p.Role == ParagraphRole.Body))
        {
            foreach (var span in QuoteMarks.Find(document.Text, new TextRange(paragraph.Start, paragraph.Length)))
            {
                if (!span.Closed)
                {
                    var location = LocationInfo.InFile(file.Path, file.Text!, span.Open, 1);
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.UnclosedQuote, location, FileName(file.Path),
                        (location.Lines.Start.Line + 1).ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
    }

    /// <summary>The text for an XML doc preview: normalized and cut to a readable length.</summary>
    private static string Preview(string text) =>
        text.Length <= PreviewLength ? text : text.Substring(0, PreviewLength).TrimEnd() + "…";

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
