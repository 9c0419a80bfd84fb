using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Corpus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// CORPUS100: where code names a member of a generated corpus class that does not exist — a quote reworded, a paragraph
/// edited, a headline changed — says which article the class was generated from and which current members are closest
/// (with their lines), next to the compiler's CS0117. The code fix (Corpus.CodeFixes) renames the reference.
/// CORPUS101 instead, when the member is missing because its member set is switched off (the <c>CorpusMembers</c> property).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingMemberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that carries the suggested names, best first, separated by <see cref="Separator"/>.</summary>
    public const string SuggestionsProperty = "Suggestions";

    /// <summary>Separates the suggested names in <see cref="SuggestionsProperty"/> (no identifier holds it).</summary>
    public const char Separator = ' ';

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CorpusDiagnostics.MissingMember, CorpusDiagnostics.MemberSetOff);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var articles = new ArticleLines(start.Options.AdditionalFiles);
            var compilation = start.Compilation;
            var generated = new Lazy<HashSet<string>>(() => GeneratedClassNames(compilation, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSyntaxNodeAction(c => Analyze(c, generated, articles), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, Lazy<HashSet<string>> generatedClasses, ArticleLines articles)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;

        // Most member accesses of a build name no generated class: they are passed over without binding anything.
        if (access.Name is not IdentifierNameSyntax name || LastName(access.Expression) is not { } owned || !generatedClasses.Value.Contains(owned))
        {
            return;
        }

        var model = context.SemanticModel;
        var bound = model.GetSymbolInfo(access, context.CancellationToken);
        if (bound.Symbol is not null || !bound.CandidateSymbols.IsEmpty
            || model.GetSymbolInfo(access.Expression, context.CancellationToken).Symbol is not INamedTypeSymbol owner
            || GeneratedClass.Of(owner) is not { } generated)
        {
            return;
        }

        var missing = name.Identifier.ValueText;
        if (generated.SwitchedOffSet(missing) is { } off)
        {
            // Not a name that changed with the text: the set is not generated (CorpusMembers), so no member is close.
            context.ReportDiagnostic(Diagnostic.Create(
                CorpusDiagnostics.MemberSetOff, name.GetLocation(), missing, off.Set, off.Owner, off.Instead));
            return;
        }

        var suggestions = MemberSuggestions.Rank(missing, generated.CurrentMembers());
        var article = generated.RelativePath is { } path ? articles.Find(path) : null;

        var found = suggestions
            .Select(s => (Name: s, Line: article?.LineOf(generated.Kind, s)))
            .ToList();
        var closest = found.Count == 0
            ? "No current member is close; 'corpus members' lists them all."
            : (found.Count == 1 ? "Closest current member: " : "Closest current members: ")
              + string.Join(", ", found.Select(f => f.Line is int line ? $"{f.Name} (line {Number(line)})" : f.Name)) + ".";
        var from = generated.RelativePath is { } relative
            ? ", generated from " + (article?.Path ?? relative)
            : string.Empty;

        var additional = found.Where(f => f.Line is not null).Take(1).Select(f => article!.LocationOf(generated.Kind, f.Name)!).ToList();
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestionsProperty, string.Join(Separator.ToString(), suggestions));
        context.ReportDiagnostic(Diagnostic.Create(
            CorpusDiagnostics.MissingMember, name.GetLocation(), additional, properties, missing, generated.DisplayName, from, closest));
    }

    /// <summary>The rightmost name of <c>News.Talks.Quotes</c> (<c>Quotes</c>), or <see langword="null"/> for an expression that is no name.</summary>
    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The names of the classes the generator wrote (<c>[GeneratedCode("Corpus.Generators", …)]</c>) and of <c>Speakers</c>,
    /// read from syntax alone: class declarations, without looking into members, once per compilation.
    /// </summary>
    private static HashSet<string> GeneratedClassNames(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { Naming.MemberNames.SpeakersClass };
        foreach (var tree in compilation.SyntaxTrees)
        {
            var classes = tree.GetRoot(cancellationToken)
                .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or ClassDeclarationSyntax)
                .OfType<ClassDeclarationSyntax>();
            foreach (var declaration in classes)
            {
                if (declaration.AttributeLists.SelectMany(l => l.Attributes).Any(IsGeneratedCode))
                {
                    names.Add(declaration.Identifier.ValueText);
                }
            }
        }

        return names;
    }

    private static bool IsGeneratedCode(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.ValueText: "Corpus.Generators" };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
