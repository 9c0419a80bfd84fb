using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
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
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingMemberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that carries the suggested names, best first, separated by <see cref="Separator"/>.</summary>
    public const string SuggestionsProperty = "Suggestions";

    /// <summary>Separates the suggested names in <see cref="SuggestionsProperty"/> (no identifier holds it).</summary>
    public const char Separator = ' ';

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CorpusDiagnostics.MissingMember);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var articles = new ArticleLines(start.Options.AdditionalFiles);
            start.RegisterSyntaxNodeAction(c => Analyze(c, articles), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ArticleLines articles)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        if (access.Name is not IdentifierNameSyntax name)
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

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
