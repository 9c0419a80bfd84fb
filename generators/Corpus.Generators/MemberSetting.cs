using System.Linq;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Model;
using Corpus.Naming;

namespace Corpus.Generators;

/// <summary>
/// Which member sets the generator writes, from the <c>CorpusMembers</c> property: <c>All</c> (the default),
/// <c>Documents</c> (no set: the document classes, <c>All</c> and <c>TestData</c> only), or a list of <c>Paragraphs</c>,
/// <c>Quotes</c> and <c>Speakers</c> separated by <c>;</c> or <c>,</c>, in any case. A value with a name that is none of
/// these is passed over with CORPUS019 and everything is generated, so a typo never takes away members that code uses.
/// </summary>
/// <param name="Sets">The member sets to generate.</param>
/// <param name="Diagnostics">CORPUS019 when the property was passed over.</param>
internal sealed record MemberSetting(MemberSets Sets, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The MSBuild property.</summary>
    public const string Property = "CorpusMembers";

    public static MemberSetting Default { get; } = new(MemberSets.All, EquatableArray<DiagnosticInfo>.Empty);

    public static MemberSetting Resolve(string? value)
    {
        var sets = MemberSetNames.Read(value, out var unknown);
        if (unknown.Count == 0)
        {
            return new MemberSetting(sets, EquatableArray<DiagnosticInfo>.Empty);
        }

        var names = string.Join(", ", unknown.Select(u => "'" + u + "'"));
        return new MemberSetting(MemberSets.All, new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(CorpusDiagnostics.UnknownMemberSet, null, value!.Trim(), names),
        }));
    }
}
