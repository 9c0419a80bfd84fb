using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Naming;

namespace Corpus.Cli.Members;

/// <summary>
/// The members the generator writes for a corpus, named by <see cref="MemberNames"/>: the code the generator itself names
/// with, so what <c>corpus members</c> and <c>corpus inspect</c> print is what a build will emit.
/// </summary>
/// <param name="CorpusClass">The corpus class (the <c>Corpus</c> metadata).</param>
/// <param name="Documents">One entry per document, in the order the generator names them (ordinal file name, then path).</param>
/// <param name="Speakers">The members of <c>Speakers</c>, merged across documents, in ordinal order of their ids.</param>
internal sealed record CorpusMembers(string CorpusClass, IReadOnlyList<DocumentMembers> Documents, IReadOnlyList<SpeakerMember> Speakers)
{
    /// <summary>Names the members of <paramref name="documents"/> as the generator does for a corpus class <paramref name="corpusClass"/>.</summary>
    /// <param name="corpusClass">The corpus class name.</param>
    /// <param name="documents">The corpus's documents, in any order.</param>
    /// <returns>The members.</returns>
    public static CorpusMembers Of(string corpusClass, IEnumerable<Document> documents)
    {
        var ordered = MemberNames.InNamingOrder(documents, d => d.FileName, d => d.RelativePath).ToList();
        var classes = MemberNames.DocumentClassScope(corpusClass);
        var members = ordered
            .Select(d => DocumentMembers.Of(MemberNames.TakeDocumentClass(classes, corpusClass, MemberNames.WantedDocumentClass(d), out _), d))
            .ToList();

        var quotes = ordered
            .SelectMany(d => d.Quotes)
            .Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var speakers = ordered
            .SelectMany(d => d.Speakers)
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpeakerMember(MemberNames.SpeakerMember(g.Key), g.First(), quotes.TryGetValue(g.Key, out var n) ? n : 0))
            .ToList();
        return new CorpusMembers(corpusClass, members, speakers);
    }
}

/// <summary>The generated class of one document and its named members.</summary>
/// <param name="ClassName">The document class, e.g. <c>XiJinpingTalksWithRussianPresidentPutin</c>.</param>
/// <param name="Document">The document.</param>
/// <param name="Paragraphs">The members of <c>Paragraphs</c>, in order (the first <see cref="MemberNames.MaxNamed"/>).</param>
/// <param name="Quotes">The members of <c>Quotes</c>, in order (the first <see cref="MemberNames.MaxNamed"/>).</param>
internal sealed record DocumentMembers(string ClassName, Document Document, IReadOnlyList<Member> Paragraphs, IReadOnlyList<Member> Quotes)
{
    /// <summary>Names the paragraphs and quotes of <paramref name="document"/>.</summary>
    /// <param name="className">The document's class name.</param>
    /// <param name="document">The document.</param>
    /// <returns>Its members.</returns>
    public static DocumentMembers Of(string className, Document document)
    {
        var lines = new LineMap(document.Text);
        var paragraphNames = MemberNames.Paragraphs(document.Paragraphs);
        var quoteNames = MemberNames.Quotes(document.Quotes);
        var paragraphs = new List<Member>();
        for (var i = 0; i < paragraphNames.Length && paragraphNames[i] is { } name; i++)
        {
            var p = document.Paragraphs[i];
            paragraphs.Add(new Member(name, i, lines.LineOf(p.Start), $"{p.Role}: {p.Text}"));
        }

        var quotes = new List<Member>();
        for (var i = 0; i < quoteNames.Length && quoteNames[i] is { } name; i++)
        {
            var q = document.Quotes[i];
            quotes.Add(new Member(name, i, lines.LineOf(q.Start), $"{Format.Speaker(q.Speaker)}: {q.Text}"));
        }

        return new DocumentMembers(className, document, paragraphs, quotes);
    }
}

/// <summary>One named paragraph or quote.</summary>
/// <param name="Name">The member name.</param>
/// <param name="Index">Its index in <c>Document.Paragraphs</c> or <c>Document.Quotes</c>.</param>
/// <param name="Line">The line of the file it starts on, from 1.</param>
/// <param name="Summary">What it is: a paragraph's role and text, a quote's speaker and text.</param>
internal sealed record Member(string Name, int Index, int Line, string Summary);

/// <summary>One member of <c>Speakers</c>.</summary>
/// <param name="Name">The member name.</param>
/// <param name="Speaker">The speaker, as the first document (in naming order) has it.</param>
/// <param name="Quotes">How many quotes of the corpus are theirs.</param>
internal sealed record SpeakerMember(string Name, Speaker Speaker, int Quotes);

/// <summary>Line numbers of offsets in a text, counted as <see cref="Input.TextFile.Position"/> counts them, found by binary search.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Finds the line starts of <paramref name="text"/>.</summary>
    /// <param name="text">A document's text.</param>
    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (CorpusText.IsLineBreak(text[i]) && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line <paramref name="offset"/> lies on, from 1.</summary>
    /// <param name="offset">An offset into the text.</param>
    /// <returns>The line number.</returns>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }
}
