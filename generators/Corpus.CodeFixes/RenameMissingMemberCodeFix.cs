using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.CodeFixes;

/// <summary>
/// Fixes CORPUS100: one action per suggested member, best first, each renaming the reference
/// (<c>Quotes.VasquezBudgetThatKeepsTheLightsOn</c> → <c>Quotes.VasquezBudgetKeepsTheLightsOnAnd</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameMissingMemberCodeFix))]
[Shared]
public sealed class RenameMissingMemberCodeFix : CodeFixProvider
{
    /// <summary>The id of the diagnostic this fixes.</summary>
    public const string DiagnosticId = "CORPUS100";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null; // each reference needs its own choice of member

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not IdentifierNameSyntax name
                || !diagnostic.Properties.TryGetValue(MissingMemberAnalyzer.SuggestionsProperty, out var suggestions)
                || string.IsNullOrEmpty(suggestions))
            {
                continue;
            }

            foreach (var suggestion in suggestions!.Split(MissingMemberAnalyzer.Separator).Where(s => s.Length > 0))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{suggestion}'",
                        ct => Rename(context.Document, name, suggestion, ct),
                        equivalenceKey: DiagnosticId + ":" + suggestion),
                    diagnostic);
            }
        }
    }

    private static async Task<Microsoft.CodeAnalysis.Document> Rename(Microsoft.CodeAnalysis.Document document, IdentifierNameSyntax name, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var renamed = SyntaxFactory.IdentifierName(member).WithTriviaFrom(name);
        return document.WithSyntaxRoot(root!.ReplaceNode(name, renamed));
    }
}
