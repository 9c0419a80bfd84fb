using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Naming;

/// <summary>
/// The member names the generator gives a corpus: document classes, <c>Paragraphs.X</c>, <c>Quotes.Y</c> and
/// <c>Speakers.Z</c>, and the one definition of every name the generated code itself uses (the emitter writes these
/// constants, and names made from content never take them). The generator names with this class (it is compiled into the generator as linked source), and so
/// do tools that show the names before a build (<c>corpus members</c>, <c>corpus inspect</c>): they cannot disagree.
/// </summary>
internal static class MemberNames
{
    /// <summary>How many opening words of a paragraph make its name.</summary>
    public const int ParagraphWords = 6;

    /// <summary>How many opening words of a quote (after the speaker's short name) make its name.</summary>
    public const int QuoteWords = 6;

    /// <summary>
    /// Paragraphs (and quotes) of one document that get a named member. The runtime loads no type of more than 65,535
    /// methods, and a class of tens of thousands of properties helps no one; the rest are in <c>Document.Paragraphs</c>.
    /// </summary>
    public const int MaxNamed = 10_000;

    /// <summary>The property of a document class that holds its <see cref="Corpus.Document"/>.</summary>
    public const string DocumentProperty = "Document";

    /// <summary>The nested class of a document class that names its paragraphs.</summary>
    public const string ParagraphsClass = "Paragraphs";

    /// <summary>The nested class of a document class that names its quotes.</summary>
    public const string QuotesClass = "Quotes";

    /// <summary>The nested class of a corpus class that names its speakers.</summary>
    public const string SpeakersClass = "Speakers";

    /// <summary>
    /// The private nested class of a corpus class that holds its speaker objects when the <c>Speakers</c> member set is
    /// switched off (<c>CorpusMembers</c>): the documents' quotes still need them, and code outside the corpus class cannot reach them.
    /// </summary>
    public const string SpeakerObjectsClass = "SpeakerObjects";

    /// <summary>The corpus class's list of documents, and the <c>Speakers</c> class's list of speakers.</summary>
    public const string AllProperty = "All";

    /// <summary>The corpus class's rows for MSTest's <c>[DynamicData]</c>.</summary>
    public const string TestDataClass = "TestData";

    /// <summary>The member names of a document's paragraphs, for <c>TestData</c> labels.</summary>
    public const string ParagraphNamesProperty = "ParagraphNames";

    /// <summary>The member names of a document's quotes, for <c>TestData</c> labels.</summary>
    public const string QuoteNamesProperty = "QuoteNames";

    /// <summary>A document class's constant with its seed file's name.</summary>
    public const string FileNameConstant = "FileName";

    /// <summary>A document class's constant with its seed file's path relative to the project.</summary>
    public const string RelativePathConstant = "RelativePath";

    /// <summary>A document class's method that builds its document.</summary>
    public const string BuildMethod = "Build";

    /// <summary>A document class's layout data (<see cref="LayoutFormat"/>).</summary>
    public const string LayoutProperty = "Layout";

    /// <summary>A document class's text as UTF-8 data, and the suffix of the UTF-8 data behind the member-name lists.</summary>
    public const string Utf8Suffix = "Utf8";

    /// <summary>A document class's text as a string literal (a text with a lone surrogate, which UTF-8 cannot carry).</summary>
    public const string TextProperty = "Text";

    /// <summary>A document class's field that caches its document.</summary>
    public const string DocumentField = "s_document";

    /// <summary>A document class's field that caches <see cref="ParagraphNamesProperty"/>.</summary>
    public const string ParagraphNamesField = "s_paragraphNames";

    /// <summary>A document class's field that caches <see cref="QuoteNamesProperty"/>.</summary>
    public const string QuoteNamesField = "s_quoteNames";

    /// <summary>Members of a corpus class other than its document classes.</summary>
    public static IReadOnlyList<string> CorpusMembers { get; } = new[] { AllProperty, SpeakersClass, TestDataClass, SpeakerObjectsClass };

    /// <summary>Names a document class may not take inside its corpus class: the corpus class's members and every member of a document class.</summary>
    public static IReadOnlyList<string> ReservedDocumentNames { get; } = new[]
    {
        AllProperty, SpeakersClass, TestDataClass, SpeakerObjectsClass, DocumentProperty, FileNameConstant, RelativePathConstant, ParagraphsClass, QuotesClass,
        BuildMethod, LayoutProperty, Utf8Suffix, TextProperty, DocumentField, ParagraphNamesProperty, QuoteNamesProperty,
        ParagraphNamesProperty + Utf8Suffix, QuoteNamesProperty + Utf8Suffix, ParagraphNamesField, QuoteNamesField,
    };

    /// <summary>Whether a document class may not be called <paramref name="name"/>.</summary>
    /// <param name="name">A wanted document class name.</param>
    /// <returns><see langword="true"/> when the generated code uses the name itself.</returns>
    public static bool IsReservedDocumentName(string name) => ReservedDocumentNames.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The class name a document wants before names in its corpus are made unique: its title's first
    /// <see cref="CorpusParser.DocumentNameWords"/> words (<see cref="Document.Id"/>), or its file name when the title has no
    /// letters or digits. A <c>CorpusName</c> metadata value, when given, is used instead (and is not seen here).
    /// </summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>A valid identifier.</returns>
    public static string WantedDocumentClass(Document document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return Identifiers.Words(document.Title).Count > 0
            ? document.Id
            : Identifiers.FromText(Path.GetFileNameWithoutExtension(document.FileName), CorpusParser.DocumentNameWords, "Document"); // "🔥🔥 💯": name it after its file
    }

    /// <summary>
    /// The documents of a corpus in the order their class names are taken (<see cref="TakeDocumentClass"/>): ordinal order
    /// of file name, then path, so the order files arrive in never changes which document gets a suffix.
    /// </summary>
    /// <typeparam name="T">Whatever stands for a document.</typeparam>
    /// <param name="documents">The corpus's documents.</param>
    /// <param name="fileName">A document's file name.</param>
    /// <param name="path">A document's path.</param>
    /// <returns>The documents, ordered.</returns>
    public static IOrderedEnumerable<T> InNamingOrder<T>(IEnumerable<T> documents, Func<T, string> fileName, Func<T, string> path) =>
        documents.OrderBy(fileName, StringComparer.Ordinal).ThenBy(path, StringComparer.Ordinal);

    /// <summary>A scope of document class names inside the corpus class <paramref name="corpusClass"/>: the names the generated code uses are taken.</summary>
    /// <param name="corpusClass">The corpus class name.</param>
    /// <returns>A new scope, to pass to <see cref="TakeDocumentClass"/> for each document <see cref="InNamingOrder"/>.</returns>
    public static NameScope DocumentClassScope(string corpusClass) =>
        new(StringComparer.Ordinal, ReservedDocumentNames.Append(corpusClass).ToArray());

    /// <summary>
    /// The class name a document gets in its corpus: the wanted name, or with a trailing <c>_</c> when the generated code
    /// uses it (<paramref name="reserved"/>), then made unique with <c>_2</c>, <c>_3</c>, … Call it for the documents of a
    /// corpus <see cref="InNamingOrder"/>.
    /// </summary>
    /// <param name="classes">The corpus's scope, from <see cref="DocumentClassScope"/>.</param>
    /// <param name="corpusClass">The corpus class name.</param>
    /// <param name="wanted">The wanted name (<see cref="WantedDocumentClass"/>, or the <c>CorpusName</c> metadata).</param>
    /// <param name="reserved">Whether the wanted name was one the generated code uses.</param>
    /// <returns>The document's class name.</returns>
    public static string TakeDocumentClass(NameScope classes, string corpusClass, string wanted, out bool reserved)
    {
        if (classes is null)
        {
            throw new ArgumentNullException(nameof(classes));
        }

        reserved = wanted == corpusClass || IsReservedDocumentName(wanted);
        return classes.Take(reserved ? wanted + "_" : wanted);
    }

    /// <summary>The member name of each paragraph in <c>Paragraphs</c>, in order; <see langword="null"/> past the first <see cref="MaxNamed"/>.</summary>
    /// <param name="paragraphs">A document's paragraphs.</param>
    /// <returns>One entry per paragraph.</returns>
    public static string?[] Paragraphs(IReadOnlyList<Paragraph> paragraphs)
    {
        if (paragraphs is null)
        {
            throw new ArgumentNullException(nameof(paragraphs));
        }

        var names = new NameScope(StringComparer.Ordinal, ParagraphsClass, DocumentProperty);
        var result = new string?[paragraphs.Count];
        for (var i = 0; i < result.Length && i < MaxNamed; i++)
        {
            result[i] = names.Take(Identifiers.FromText(paragraphs[i].Text, ParagraphWords, "Paragraph"));
        }

        return result;
    }

    /// <summary>The member name of each quote in <c>Quotes</c>, in order; <see langword="null"/> past the first <see cref="MaxNamed"/>.</summary>
    /// <remarks>
    /// Name the quotes of a document as the parser read it alone: the speakers of a generated corpus's documents are merged
    /// across the corpus, and their extra aliases can give another short name.
    /// </remarks>
    /// <param name="quotes">A document's quotes.</param>
    /// <returns>One entry per quote.</returns>
    public static string?[] Quotes(IReadOnlyList<Quote> quotes)
    {
        if (quotes is null)
        {
            throw new ArgumentNullException(nameof(quotes));
        }

        var names = new NameScope(StringComparer.Ordinal, QuotesClass, DocumentProperty);
        var result = new string?[quotes.Count];
        for (var i = 0; i < result.Length && i < MaxNamed; i++)
        {
            result[i] = names.Take(WantedQuoteName(quotes[i]));
        }

        return result;
    }

    /// <summary>
    /// The name a quote wants before names in its document are made unique: the speaker's short name and the quote's
    /// opening words, leading function words skipped (<c>PutinVeryHappyToVisitChinaAgain</c>).
    /// </summary>
    /// <param name="quote">A quote.</param>
    /// <returns>A valid identifier.</returns>
    public static string WantedQuoteName(Quote quote)
    {
        if (quote is null)
        {
            throw new ArgumentNullException(nameof(quote));
        }

        var words = Identifiers.FromText(quote.Text, QuoteWords, "Quote", skipLeadingStopWords: true);
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

    /// <summary>The member of <c>Speakers</c> for a speaker id: an id that would clash with the class or its <c>All</c> gets a <c>_</c>.</summary>
    /// <param name="speakerId">A <see cref="Speaker.Id"/>.</param>
    /// <returns>A valid identifier.</returns>
    public static string SpeakerMember(string speakerId)
    {
        var name = Identifiers.Valid(speakerId);
        return name is AllProperty or SpeakersClass ? name + "_" : name;
    }
}
