using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// The large synthetic corpus (<see cref="SyntheticCorpora.Large"/>) run through the generator and emitted to an
/// assembly in memory, once per test run: the tests of scale and of run-time laziness read the same build.
/// </summary>
internal sealed class LargeBuild
{
    /// <summary>The longest ordinary string literal the generated code may hold: a title or a cue, never a text.</summary>
    public const int StringLiteralBound = 1_000;

    private static readonly Lazy<LargeBuild> LatestBuild = new(() => new LargeBuild());

    private LargeBuild()
    {
        Run = new SeedProject().AddSeeds(SyntheticCorpora.Large).Run();

        using var image = new MemoryStream();
        var emitted = Run.Output.Emit(image);
        // Emit reports every error and warning of the compilation; GetDiagnostics would bind all 90 MB of code a second time.
        EmitProblems = string.Join("\n", emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10));
        Image = image.ToArray();

        using (var reader = new PEReader(new MemoryStream(Image)))
        {
            UserStringHeapBytes = emitted.Success ? reader.GetMetadataReader().GetHeapSize(HeapIndex.UserString) : -1;
        }

        foreach (var tree in Run.Result.GeneratedTrees)
        {
            foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.Token.IsKind(SyntaxKind.StringLiteralToken) && literal.Token.ValueText.Length > LongestStringLiteral)
                {
                    LongestStringLiteral = literal.Token.ValueText.Length;
                    LongestStringLiteralWhere = tree.FilePath + ": " + literal.Token.Text[..Math.Min(80, literal.Token.Text.Length)];
                }
                else if (literal.Token.IsKind(SyntaxKind.Utf8StringLiteralToken))
                {
                    Utf8LiteralBytes += Encoding.UTF8.GetByteCount(literal.Token.ValueText);
                }
            }
        }
    }

    /// <summary>The large corpus with the consumer's language version as new as it gets (text as <c>"…"u8</c>).</summary>
    public static LargeBuild Latest => LatestBuild.Value;

    public GeneratorRun Run { get; }

    /// <summary>Errors and warnings of <c>Emit</c>, formatted (empty when there are none).</summary>
    public string EmitProblems { get; }

    /// <summary>The emitted assembly.</summary>
    public byte[] Image { get; }

    /// <summary>Size of the #US heap, where every ordinary string literal of the assembly goes (16 MiB at most: CS8103).</summary>
    public int UserStringHeapBytes { get; }

    /// <summary>Characters of the longest ordinary (not UTF-8) string literal in the generated code.</summary>
    public int LongestStringLiteral { get; }

    /// <summary>Which file and literal <see cref="LongestStringLiteral"/> is, for a failure message.</summary>
    public string LongestStringLiteralWhere { get; } = string.Empty;

    /// <summary>Bytes of all <c>"…"u8</c> literals together.</summary>
    public long Utf8LiteralBytes { get; }

    public IEnumerable<string> GeneratedHintNames => Run.Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName);
}
