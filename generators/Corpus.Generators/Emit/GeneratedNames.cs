using Corpus.Generators.Model;

namespace Corpus.Generators.Emit;

/// <summary>
/// Names the generated code itself uses, which a name made from content must never take: a member named like its
/// class (CS0542), two members of one name (CS0102), or a paragraph named <c>Document</c> that hides the
/// document property its siblings read.
/// </summary>
internal static class GeneratedNames
{
    public const string DocumentProperty = "Document";
    public const string ParagraphsClass = "Paragraphs";
    public const string QuotesClass = "Quotes";
    public const string SpeakersClass = "Speakers";
    public const string AllProperty = "All";
    public const string TestDataClass = "TestData";
    public const string ParagraphNamesProperty = "ParagraphNames";
    public const string QuoteNamesProperty = "QuoteNames";

    /// <summary>MSTest's row type (MSTest 3.8 and later); when the compilation has it, each corpus gets a <c>TestData</c> class.</summary>
    public const string TestDataRowType = "Microsoft.VisualStudio.TestTools.UnitTesting.TestDataRow`1";

    /// <summary>The row label of newer MSTest versions (4.x): shown after the test's name, in parentheses.</summary>
    public const string ArgumentsDisplayName = "ArgumentsDisplayName";

    /// <summary>The row label of every MSTest that has <c>TestDataRow&lt;T&gt;</c>: shown instead of the test's name.</summary>
    public const string DisplayName = "DisplayName";

    /// <summary>Members of a corpus class other than its document classes.</summary>
    public static readonly string[] CorpusMembers = { AllProperty, SpeakersClass, TestDataClass };

    /// <summary>Names a document class may not take inside the corpus class: those and every member of a document class.</summary>
    public static readonly string[] ReservedDocumentNames =
        {
            AllProperty, SpeakersClass, TestDataClass, DocumentProperty, "FileName", "RelativePath", ParagraphsClass, QuotesClass, "Build", "Layout", "Utf8", "Text", "s_document",
            ParagraphNamesProperty, QuoteNamesProperty, ParagraphNamesProperty + "Utf8", QuoteNamesProperty + "Utf8", "s_paragraphNames", "s_quoteNames",
        };

    /// <summary>Whether a document class may not be called <paramref name="name"/>.</summary>
    public static bool IsReservedDocumentName(string name) => System.Array.IndexOf(ReservedDocumentNames, name) >= 0;

    /// <summary>The fully qualified prefix of the generated namespace: <c>global::</c>, or <c>global::My.Tests.</c>.</summary>
    public static string NamespacePrefix(EmitSettings settings) =>
        settings.Namespace.Length == 0 ? "global::" : "global::" + settings.Namespace + ".";

    /// <summary>The member of <c>Speakers</c> for a speaker id: ids that would clash with the class or its <c>All</c> get a '_'.</summary>
    public static string SpeakerMember(string id)
    {
        var name = Corpus.Naming.Identifiers.Valid(id);
        return name is AllProperty or SpeakersClass ? name + "_" : name;
    }
}
