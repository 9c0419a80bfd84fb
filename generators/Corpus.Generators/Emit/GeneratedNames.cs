using System.Linq;
using Corpus.Generators.Model;
using Corpus.Naming;

namespace Corpus.Generators.Emit;

/// <summary>
/// Names the generated code itself uses, which a name made from content must never take: a member named like its
/// class (CS0542), two members of one name (CS0102), or a paragraph named <c>Document</c> that hides the
/// document property its siblings read. The names themselves live in <see cref="MemberNames"/>, shared with the tools
/// that show member names before a build.
/// </summary>
internal static class GeneratedNames
{
    public const string DocumentProperty = MemberNames.DocumentProperty;
    public const string ParagraphsClass = MemberNames.ParagraphsClass;
    public const string QuotesClass = MemberNames.QuotesClass;
    public const string SpeakersClass = MemberNames.SpeakersClass;
    public const string AllProperty = MemberNames.AllProperty;
    public const string TestDataClass = MemberNames.TestDataClass;
    public const string ParagraphNamesProperty = MemberNames.ParagraphNamesProperty;
    public const string QuoteNamesProperty = MemberNames.QuoteNamesProperty;

    /// <summary>MSTest's row type (MSTest 3.8 and later); when the compilation has it, each corpus gets a <c>TestData</c> class.</summary>
    public const string TestDataRowType = "Microsoft.VisualStudio.TestTools.UnitTesting.TestDataRow`1";

    /// <summary>The row label of newer MSTest versions (4.x): shown after the test's name, in parentheses.</summary>
    public const string ArgumentsDisplayName = "ArgumentsDisplayName";

    /// <summary>The row label of every MSTest that has <c>TestDataRow&lt;T&gt;</c>: shown instead of the test's name.</summary>
    public const string DisplayName = "DisplayName";

    /// <summary>Members of a corpus class other than its document classes.</summary>
    public static readonly string[] CorpusMembers = MemberNames.CorpusMembers.ToArray();

    /// <summary>The fully qualified prefix of the generated namespace: <c>global::</c>, or <c>global::My.Tests.</c>.</summary>
    public static string NamespacePrefix(EmitSettings settings) =>
        settings.Namespace.Length == 0 ? "global::" : "global::" + settings.Namespace + ".";

    /// <summary>The member of <c>Speakers</c> for a speaker id (<see cref="MemberNames.SpeakerMember"/>).</summary>
    public static string SpeakerMember(string id) => MemberNames.SpeakerMember(id);
}
