using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Corpus.Fakes.Drafts;

/// <summary>
/// A document as blocks and the text between them, with the right reading attached to each block. Synthetic articles
/// are composed as drafts; real documents become drafts; operators edit drafts; rendering gives the text and its key
/// together, so the key cannot drift from the text.
/// </summary>
internal sealed class Draft
{
    public Draft(string fileName, DateTime? published, string? fallbackTitle)
    {
        FileName = fileName;
        Published = published;
        FallbackTitle = fallbackTitle;
    }

    public string FileName { get; }

    public DateTime? Published { get; }

    /// <summary>The title when no block is a Title: the parser's own fallback, kept from the original reading.</summary>
    public string? FallbackTitle { get; }

    public bool Bom { get; set; }

    /// <summary>What comes before the first block (usually nothing).</summary>
    public string Leading { get; set; } = string.Empty;

    public List<DraftBlock> Blocks { get; } = new();

    /// <summary>Separators[i] follows Blocks[i]; the last one ends the text.</summary>
    public List<string> Separators { get; } = new();

    /// <summary>True when editing the first body paragraph could change the title or the date (they come from it).</summary>
    public bool FirstBodyIsProtected => Blocks.All(b => b.Role != ParagraphRole.Title) || Published is null
        || Blocks.All(b => b.Role != ParagraphRole.Dateline);

    public string LineBreak => Separators.Concat(new[] { Leading }).FirstOrDefault(s => s.Contains("\r\n")) is not null ? "\r\n"
        : Separators.Any(s => s.Contains("\n")) ? "\n"
        : Separators.Any(s => s.Contains("\r")) ? "\r" : "\n";

    public void Add(DraftBlock block, string separator)
    {
        Blocks.Add(block);
        Separators.Add(separator);
    }

    public void Insert(int index, DraftBlock block, string separator)
    {
        Blocks.Insert(index, block);
        Separators.Insert(index, separator);
    }

    public void RemoveAt(int index)
    {
        Blocks.RemoveAt(index);
        Separators.RemoveAt(index);
    }

    public int FirstIndex(ParagraphRole role) => Blocks.FindIndex(b => b.Role == role);

    public string Render()
    {
        var text = new StringBuilder();
        if (Bom)
        {
            text.Append('\uFEFF');
        }

        text.Append(Leading);
        for (var i = 0; i < Blocks.Count; i++)
        {
            text.Append(Blocks[i].Raw).Append(Separators[i]);
        }

        return text.ToString();
    }

    public AnswerKey Key()
    {
        var titleBlock = Blocks.FirstOrDefault(b => b.Role == ParagraphRole.Title);
        var quotes = Blocks
            .SelectMany((b, i) => b.Quotes
                .OrderBy(q => q.Start).ThenBy(q => q.Kind)
                .Select(q => new ExpectedQuote(q.Kind, q.Speaker, CorpusText.Slice(b.Raw, q.Start, q.Length), CorpusText.Normalize(q.Cue), i)))
            .ToArray();
        var speakers = Blocks.SelectMany(b => b.Quotes.OrderBy(q => q.Start).ThenBy(q => q.Kind))
            .Where(q => q.Speaker is not null)
            .Select(q => new ExpectedSpeaker(q.Speaker!, q.SpeakerKind))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToArray();
        return new AnswerKey(
            titleBlock?.Text ?? FallbackTitle ?? System.IO.Path.GetFileNameWithoutExtension(FileName),
            Published,
            Blocks.Select(b => new ExpectedParagraph(b.Role, b.Text)).ToArray(),
            quotes,
            speakers);
    }

    public Draft Clone()
    {
        var copy = new Draft(FileName, Published, FallbackTitle) { Bom = Bom, Leading = Leading };
        for (var i = 0; i < Blocks.Count; i++)
        {
            copy.Add(Blocks[i].Clone(), Separators[i]);
        }

        return copy;
    }

    /// <summary>A real document as a draft, with the parser's own reading as its key: the base of metamorphic variants.</summary>
    public static Draft From(Document document)
    {
        var text = document.Text;
        var titleFromBlock = document.Paragraphs.Any(p => p.Role == ParagraphRole.Title);
        var draft = new Draft(document.FileName, document.Published, titleFromBlock ? null : document.Title);
        var position = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            draft.Bom = true;
            position = 1;
        }

        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            if (i == 0)
            {
                draft.Leading = text.Substring(position, paragraph.Start - position);
            }

            var end = i + 1 < document.Paragraphs.Count ? document.Paragraphs[i + 1].Start : text.Length;
            var quotes = document.Quotes
                .Where(q => q.ParagraphIndex == i)
                .Select(q => new DraftQuote(q.Kind, q.Speaker?.Name, q.Speaker?.Kind ?? SpeakerKind.Person, q.Cue, q.Start - paragraph.Start, q.Length));
            draft.Add(
                new DraftBlock(text.Substring(paragraph.Start, paragraph.Length), paragraph.Role, quotes),
                text.Substring(paragraph.Start + paragraph.Length, end - paragraph.Start - paragraph.Length));
        }

        if (document.Paragraphs.Count == 0)
        {
            draft.Leading = text.Substring(position);
        }

        return draft;
    }
}
