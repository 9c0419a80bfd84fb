using System.Collections.Generic;
using System.Linq;
using Corpus.Naming;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Analyzers;

/// <summary>What a generated class names.</summary>
internal enum GeneratedKind
{
    /// <summary>A document's <c>Paragraphs</c>.</summary>
    Paragraphs,

    /// <summary>A document's <c>Quotes</c>.</summary>
    Quotes,

    /// <summary>A corpus's <c>Speakers</c>.</summary>
    Speakers,

    /// <summary>A corpus class: its documents.</summary>
    Corpus,

    /// <summary>A document class: <c>Document</c>, <c>Paragraphs</c>, <c>Quotes</c>, …</summary>
    Document,
}

/// <summary>
/// A class the Corpus generator wrote, found from its symbol: generated classes carry
/// <c>[GeneratedCode("Corpus.Generators", …)]</c> (a <c>Speakers</c> class through its corpus class), and a document class
/// has the <c>RelativePath</c> constant of the article it came from.
/// </summary>
internal sealed class GeneratedClass
{
    private GeneratedClass(GeneratedKind kind, INamedTypeSymbol type, string? relativePath)
    {
        Kind = kind;
        Type = type;
        RelativePath = relativePath;
    }

    public GeneratedKind Kind { get; }

    public INamedTypeSymbol Type { get; }

    /// <summary>The article's path from the project directory, for the members of one document.</summary>
    public string? RelativePath { get; }

    /// <summary>The class as code names it, from the corpus class down: <c>News.CouncilVotes.Quotes</c>.</summary>
    public string DisplayName
    {
        get
        {
            var names = new List<string>();
            for (var type = Type; type is not null; type = type.ContainingType)
            {
                names.Insert(0, type.Name);
            }

            return string.Join(".", names);
        }
    }

    /// <summary>The generated class <paramref name="type"/> is, or <see langword="null"/> for any other type.</summary>
    public static GeneratedClass? Of(INamedTypeSymbol type)
    {
        if (IsDocumentClass(type))
        {
            return new GeneratedClass(GeneratedKind.Document, type, RelativePathOf(type));
        }

        if (type.ContainingType is { } owner)
        {
            if (type.Name is Naming.MemberNames.ParagraphsClass or Naming.MemberNames.QuotesClass && IsDocumentClass(owner))
            {
                var kind = type.Name == Naming.MemberNames.ParagraphsClass ? GeneratedKind.Paragraphs : GeneratedKind.Quotes;
                return new GeneratedClass(kind, type, RelativePathOf(owner));
            }

            if (type.Name == Naming.MemberNames.SpeakersClass && IsCorpusClass(owner))
            {
                return new GeneratedClass(GeneratedKind.Speakers, type, null);
            }
        }

        return IsCorpusClass(type) ? new GeneratedClass(GeneratedKind.Corpus, type, null) : null;
    }

    /// <summary>The names code can reach on this class now: the candidates for a name that is gone.</summary>
    public IEnumerable<string> CurrentMembers() => Kind switch
    {
        GeneratedKind.Corpus => Type.GetTypeMembers().Where(IsDocumentClass).Select(t => t.Name),
        GeneratedKind.Speakers => Type.GetMembers().Where(IsPublicValue).Select(m => m.Name).Where(n => n != Naming.MemberNames.AllProperty),
        GeneratedKind.Document => Type.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && m.CanBeReferencedByName).Select(m => m.Name),
        _ => Type.GetMembers().Where(IsPublicValue).Select(m => m.Name),
    };

    /// <summary>
    /// When <paramref name="missing"/> is absent because its member set is switched off (<c>CorpusMembers</c>): the set,
    /// the generated class it is missing from, and where the same objects are reached instead. Read from the generated
    /// code itself: a document class always has <c>Paragraphs</c> and <c>Quotes</c> unless the set is off, and a corpus
    /// class has its private <c>SpeakerObjects</c> only when the Speakers set is off.
    /// </summary>
    public (string Set, string Owner, string Instead)? SwitchedOffSet(string missing)
    {
        var document = $"{DisplayName}.{Naming.MemberNames.DocumentProperty}";
        if (Kind == GeneratedKind.Document && missing is Naming.MemberNames.ParagraphsClass or Naming.MemberNames.QuotesClass
            && Type.GetTypeMembers(missing).Length == 0)
        {
            return (missing, DisplayName, $"{document}.{missing}[i]");
        }

        if (Kind == GeneratedKind.Speakers && Type.ContainingType is { } corpus && corpus.GetTypeMembers(Naming.MemberNames.SpeakerObjectsClass).Length > 0)
        {
            return (Naming.MemberNames.SpeakersClass, corpus.Name, $"{DisplayName}.{Naming.MemberNames.AllProperty} or a quote's Speaker");
        }

        return null;
    }

    private static bool IsPublicValue(ISymbol member) =>
        member.DeclaredAccessibility == Accessibility.Public && member.IsStatic && member is IPropertySymbol or IFieldSymbol;

    private static bool IsDocumentClass(INamedTypeSymbol type) =>
        type.ContainingType is { } corpus && IsGenerated(type) && RelativePathOf(type) is not null && IsCorpusClass(corpus);

    private static bool IsCorpusClass(INamedTypeSymbol type) =>
        type.ContainingType is null && IsGenerated(type) && type.GetTypeMembers(Naming.MemberNames.SpeakersClass).Length > 0;

    private static string? RelativePathOf(INamedTypeSymbol type) =>
        type.GetMembers("RelativePath").OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst)?.ConstantValue as string;

    private static bool IsGenerated(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a =>
            a.AttributeClass is { Name: "GeneratedCodeAttribute" }
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is "Corpus.Generators");
}
