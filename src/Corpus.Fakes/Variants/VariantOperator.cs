using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>
/// One way to change a document whose effect on the right reading is known (metamorphic testing). Each operator
/// changes the draft and its key together, and says in <see cref="Guarantee"/> what must still hold. An operator that
/// has nothing to act on in a document (no caption to duplicate, no quote-free paragraph to drop) is skipped.
/// docs/fixtures.md describes each one.
/// </summary>
public abstract class VariantOperator
{
    private static readonly Regex TitledMention = new(
        @"\b(?:" + ParserVocabulary.Alternation(ParserVocabulary.TitleWords.Where(w => char.IsUpper(w[0]))) + @")\s+[A-Z]", RegexOptions.CultureInvariant);

    internal VariantOperator()
    {
    }

    /// <summary>Every operator, in a fixed order (variants pick from it by index, so the order is part of reproducibility).</summary>
    public static IReadOnlyList<VariantOperator> All { get; } = new VariantOperator[]
    {
        new LineEndings(), new ByteOrderMark(), new OddWhitespace(), new QuoteStyle(), new CookieBanner(), new DuplicateCaption(),
        new DropParagraph(), new SwapParagraphs(), new SpeakerNameForm(), new ReportingVerbSwap(), new TypoOutsideQuotes(), new Truncate(),
    };

    /// <summary>The operator's name, as printed in <see cref="Variant.Operations"/>.</summary>
    public string Name => GetType().Name;

    /// <summary>What must still hold after this operator (the key is changed accordingly).</summary>
    public abstract string Guarantee { get; }

    /// <summary>Changes the draft, or returns <see langword="null"/> when there is nothing to change.</summary>
    internal abstract string? TryApply(Draft draft, Document original, Randomizer random);

    internal static string Show(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\u00A0", "\\u00A0").Replace("\uFEFF", "\\uFEFF");

    internal static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '\u201D', '\u2019', '\'', ')');
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] is '.' or '!' or '?';
    }

    internal static int WordCount(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Prose as the role classifier sees it: a full sentence too long for a heading (never a heading, always "followed by prose").</summary>
    internal static bool IsProse(string text) => EndsSentence(text) && WordCount(text) > ParserVocabulary.MaxHeadingWords;

    /// <summary>Whether the block mentions a speaker or a titled name: moving or dropping it could change who a name resolves to.</summary>
    internal static bool MentionsSomeone(DraftBlock block, Document original) =>
        TitledMention.IsMatch(block.Raw)
        || original.Speakers.SelectMany(s => s.Aliases.Concat(s.Name.Split(' '))).Where(a => a.Length >= 2)
            .Any(a => Regex.IsMatch(block.Raw, @"(?<![\p{L}\p{Nd}])" + Regex.Escape(a) + @"(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant));

    /// <summary>
    /// Whether the full name is still learned from these blocks: printed after a title word ("President Xi Jinping")
    /// or as the subject of a reporting verb ("Xi Jinping said"). A bare full name in a headline is not learned.
    /// </summary>
    internal static bool KeepsFullName(IEnumerable<DraftBlock> blocks, string name)
    {
        var titled = new Regex(
            @"\b(?:" + ParserVocabulary.Alternation(ParserVocabulary.TitleWords.Where(w => char.IsUpper(w[0]))) + @")\s+(?:[A-Z][\p{L}-]*\s+)?" + Regex.Escape(name) + @"\b",
            RegexOptions.CultureInvariant);
        var subject = new Regex(
            @"\b" + Regex.Escape(name) + @"(?:\s*,[^,.]{2,160}?,)?\s+(?:" + ParserVocabulary.Alternation(ParserVocabulary.ReportingVerbs) + @")\b",
            RegexOptions.CultureInvariant);
        return blocks.Any(b =>
            (b.Role is ParagraphRole.Title or ParagraphRole.Body or ParagraphRole.Caption or ParagraphRole.Heading && titled.IsMatch(b.Raw))
            || (b.Role == ParagraphRole.Body && subject.IsMatch(b.Raw)));
    }

    /// <summary>Whether the block's text occurs in another block (dropping or moving it would change which one is the duplicate).</summary>
    internal static bool IsRepeated(Draft draft, int index) =>
        draft.Blocks.Where((b, i) => i != index).Any(b => string.Equals(b.Text, draft.Blocks[index].Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Body blocks whose text may be edited without changing the title or date the parser takes from them.</summary>
    internal static IEnumerable<int> EditableBody(Draft draft)
    {
        var firstBody = draft.FirstIndex(ParagraphRole.Body);
        return Enumerable.Range(0, draft.Blocks.Count)
            .Where(i => draft.Blocks[i].Role == ParagraphRole.Body && !(i == firstBody && draft.FirstBodyIsProtected));
    }

    /// <summary>
    /// Whether a new block may go right after block <paramref name="index"/> (-1: before the first) without changing
    /// another block's role: not after a heading (it would no longer be followed by prose), not between a teaser and
    /// its repeat (a related-links list).
    /// </summary>
    internal static bool CanInsertAfter(Draft draft, int index) =>
        index == -1
        || (draft.Blocks[index].Role != ParagraphRole.Heading
            && (index + 1 >= draft.Blocks.Count || !string.Equals(draft.Blocks[index].Text, draft.Blocks[index + 1].Text, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Inserts a block after <paramref name="index"/>, with blank lines on both sides so it never joins a neighbour.</summary>
    internal static void InsertAfter(Draft draft, int index, DraftBlock block)
    {
        var blank = draft.LineBreak + draft.LineBreak;
        if (index == -1)
        {
            draft.Insert(0, block, blank);
            return;
        }

        var separator = draft.Separators[index];
        var last = index == draft.Blocks.Count - 1;
        draft.Separators[index] = blank;
        draft.Insert(index + 1, block, last || IsBlankLine(separator) ? separator : blank);
    }

    private static bool IsBlankLine(string separator) =>
        separator.Count(c => c == '\n') + separator.Replace("\r\n", "\n").Count(c => c == '\r') >= 2;
}
