using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Parsing;

namespace Corpus;

/// <summary>
/// The words and limits the parser reads as structure (reporting verbs, titles, page furniture, month names, how short a
/// heading is), for code that writes text the parser must read a known way: synthetic articles and their variants
/// (Corpus.Fakes), or fixtures of your own. Each list is the parser's own, not a copy, so a text built from them keeps
/// reading as intended when the parser learns a word. Lists of words compare ordinally; the word sets
/// (<see cref="TitleWords"/>, <see cref="OrganizationWords"/>, <see cref="RoleNouns"/>, <see cref="NameStopWords"/>)
/// ignore case, as the parser does.
/// </summary>
public static class ParserVocabulary
{
    /// <summary>
    /// A paragraph of more words than this that ends a sentence is never a heading; one of at most this many words
    /// without a final stop may be.
    /// </summary>
    public const int MaxHeadingWords = RoleClassifier.MaxHeadingWords;

    /// <summary>How many body paragraphs must come before a repeated headline can open the related-articles tail.</summary>
    public const int BodyParagraphsBeforeRelated = RoleClassifier.BodyBeforeRelated;

    /// <summary>Verbs that report a statement after their subject ("Xi said that …", "Liu pointed out").</summary>
    public static IReadOnlyList<string> ReportingVerbs { get; } = Array.AsReadOnly(Lexicon.ReportingVerbs);

    /// <summary>Verbs of speaking read before their subject too ("…," said Putin).</summary>
    public static IReadOnlyList<string> InvertibleVerbs { get; } = Array.AsReadOnly(Lexicon.InvertibleVerbs);

    /// <summary>Verbs that attribute words in quotation marks without introducing a statement ("termed", "described", "accused"): after them a short quote is a partial quote.</summary>
    public static IReadOnlyList<string> AttributingVerbs { get; } = Array.AsReadOnly(Lexicon.AttributingVerbs);

    /// <summary>Participles that chain a second statement onto a first (", adding that …").</summary>
    public static IReadOnlyList<string> ChainingVerbs { get; } = Array.AsReadOnly(Lexicon.ChainingVerbs);

    /// <summary>The objects a reporting verb may take before its statement ("told reporters", "told the press").</summary>
    public static IReadOnlyList<string> VerbObjects { get; } = Array.AsReadOnly(Lexicon.VerbObjects);

    /// <summary>Titles before a name ("President", "Minister", "Mr."), which the parser strips to find the person.</summary>
    public static IReadOnlyCollection<string> TitleWords => Lexicon.TitleWords;

    /// <summary>Words that make a name an organisation's ("Ministry", "Agency", "Council").</summary>
    public static IReadOnlyCollection<string> OrganizationWords => Lexicon.OrganizationWords;

    /// <summary>Nouns of a speaker's role ("spokesperson", "minister"), read as someone, never as a name.</summary>
    public static IReadOnlyCollection<string> RoleNouns => Lexicon.RoleNouns;

    /// <summary>Short function words that the names of generated members skip at the start ("I am very happy" → <c>VeryHappy</c>).</summary>
    public static IReadOnlyCollection<string> NameStopWords => Lexicon.NameStopWords;

    /// <summary>News agencies the parser knows as organisations that speak ("Xinhua", "TASS").</summary>
    public static IReadOnlyList<string> Outlets { get; } = Array.AsReadOnly(Lexicon.Outlets);

    /// <summary>Phrases that make a block page furniture wherever they appear (lower case: "we use cookies", "all rights reserved").</summary>
    public static IReadOnlyList<string> FurniturePhrases { get; } = Array.AsReadOnly(Lexicon.FurniturePhrases);

    /// <summary>Words that make a short block page furniture (lower case: "advertisement", "subscribe").</summary>
    public static IReadOnlyList<string> FurnitureWords { get; } = Array.AsReadOnly(Lexicon.FurnitureWords);

    /// <summary>How a caption or photo credit opens (lower case: "photo:", "file photo").</summary>
    public static IReadOnlyList<string> CaptionOpeners { get; } = Array.AsReadOnly(Lexicon.CaptionOpeners);

    /// <summary>How a teaser for another article opens (lower case: "related:", "read more").</summary>
    public static IReadOnlyList<string> RelatedOpeners { get; } = Array.AsReadOnly(Lexicon.RelatedOpeners);

    /// <summary>Words that open a dateline (lower case: "updated", "release time").</summary>
    public static IReadOnlyList<string> DatelineWords { get; } = Array.AsReadOnly(Lexicon.DatelineWords);

    /// <summary>Month names and their abbreviations, as dates are read (lower case: "january", "jan").</summary>
    public static IReadOnlyCollection<string> MonthNames { get; } = Lexicon.Months.Keys.ToArray();

    /// <summary>Whether the parser reads <paramref name="word"/> as a title before a name (any case).</summary>
    /// <param name="word">One word.</param>
    /// <returns><see langword="true"/> for "President", "president", "Mr.", ….</returns>
    public static bool IsTitleWord(string word) => Lexicon.TitleWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> makes a name an organisation's (any case).</summary>
    /// <param name="word">One word.</param>
    /// <returns><see langword="true"/> for "Ministry", "agency", ….</returns>
    public static bool IsOrganizationWord(string word) => Lexicon.OrganizationWords.Contains(word);

    /// <summary>A name without the titles before it, as the parser reduces it to find the person ("President Xi Jinping" → "Xi Jinping").</summary>
    /// <param name="name">A name as written.</param>
    /// <returns>The name without leading titles.</returns>
    public static string StripTitles(string name) => SpeakerTable.StripTitles(name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>
    /// A regular-expression alternation of <paramref name="words"/> that matches them as the parser's patterns do: each
    /// word escaped, a space inside one matching any run of white space.
    /// </summary>
    /// <param name="words">The words.</param>
    /// <returns><c>said|pointed\s+out|…</c>, to put inside a group.</returns>
    public static string Alternation(IEnumerable<string> words) => Lexicon.PlainAlternation(words ?? throw new ArgumentNullException(nameof(words)));
}
