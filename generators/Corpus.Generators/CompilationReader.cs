using System;
using System.Linq;
using Corpus.Generators.Emit;
using Corpus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators;

/// <summary>Reads what the generated code depends on from the compilation and its options, as plain values.</summary>
internal static class CompilationReader
{
    /// <summary>The namespace of the generated code, from <c>CorpusNamespace</c> or <c>RootNamespace</c>.</summary>
    public static NamespaceSetting Namespace(AnalyzerConfigOptionsProvider options)
    {
        options.GlobalOptions.TryGetValue("build_property.CorpusNamespace", out var corpusNamespace);
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        return NamespaceSetting.Resolve(corpusNamespace, rootNamespace);
    }

    /// <summary>The member sets to generate, from <c>CorpusMembers</c>.</summary>
    public static MemberSetting Members(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property." + MemberSetting.Property, out var value) ? MemberSetting.Resolve(value) : MemberSetting.Default;

    /// <summary>What the compilation offers: UTF-8 literals, the Corpus runtime, MSTest's rows.</summary>
    public static CompilationFeatures Features(Compilation compilation) => new(
        compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 } && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
        compilation.GetTypeByMetadataName("Corpus.Document") is not null,
        compilation.GetTypeByMetadataName(GeneratedNames.TestDataRowType) is { } row
            ? row.GetMembers(GeneratedNames.ArgumentsDisplayName).IsEmpty ? GeneratedNames.DisplayName : GeneratedNames.ArgumentsDisplayName
            : null);

    /// <summary>The settings of the emitted code.</summary>
    public static EmitSettings Settings(NamespaceSetting generatedNamespace, MemberSetting members, CompilationFeatures features) => new(
        generatedNamespace.Namespace,
        features.Utf8Literals ? TextStorage.Utf8Literal : TextStorage.ByteArray,
        features.HasRuntime,
        features.RowLabel is not null,
        features.RowLabel ?? GeneratedNames.ArgumentsDisplayName,
        members.Sets);

    /// <summary>The names of the compilation's top-level namespaces (its own and its references'), which a corpus class may hide.</summary>
    public static EquatableArray<string> TopLevelNamespaces(Compilation compilation) =>
        compilation.GlobalNamespace.GetNamespaceMembers().Select(n => n.Name).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
}
