using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Naming;
using Corpus.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// The articles of a compilation (its <c>AdditionalFiles</c>), read again only when a diagnostic needs a line: the generated
/// code keeps no positions, so the member's paragraph or quote is found by parsing the article and naming its members
/// with the generator's own code (<see cref="Naming.MemberNames"/>).
/// </summary>
internal sealed class ArticleLines
{
    private readonly ImmutableArray<AdditionalText> _files;
    private readonly ConcurrentDictionary<string, Article?> _articles = new(StringComparer.Ordinal);

    public ArticleLines(ImmutableArray<AdditionalText> files) => _files = files;

    /// <summary>
    /// The article whose path ends with <paramref name="relativePath"/> (the generated <c>RelativePath</c>: the path from
    /// the project directory, or the file name for a file outside it), or <see langword="null"/>.
    /// </summary>
    public Article? Find(string relativePath) => _articles.GetOrAdd(relativePath, path =>
    {
        var file = _files
            .Where(f => Matches(f.Path.Replace('\\', '/'), path))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        return file?.GetText() is { } text ? new Article(file.Path, text) : null;
    });

    private static bool Matches(string path, string relativePath) =>
        path == relativePath || path.EndsWith("/" + relativePath, StringComparison.Ordinal);

    /// <summary>One article, parsed as the generator parses it.</summary>
    internal sealed class Article
    {
        private readonly SourceText _text;
        private readonly Lazy<(Document Document, string?[] Paragraphs, string?[] Quotes)> _parsed;

        public Article(string path, SourceText text)
        {
            Path = path;
            _text = text;
            _parsed = new Lazy<(Document, string?[], string?[])>(() =>
            {
                var document = CorpusParser.Parse(text.ToString(), DocumentSpecBuilder.FileName(path));
                return (document, MemberNames.Paragraphs(document.Paragraphs), MemberNames.Quotes(document.Quotes));
            });
        }

        /// <summary>The article's path, as the compilation has it.</summary>
        public string Path { get; }

        /// <summary>The line (from 1) where the paragraph or quote <paramref name="member"/> starts, if it is one.</summary>
        public int? LineOf(GeneratedKind kind, string member) =>
            SpanOf(kind, member) is { } span ? _text.Lines.GetLinePosition(span.Start).Line + 1 : null;

        /// <summary>Where the paragraph or quote <paramref name="member"/> lies in the article, if it is one.</summary>
        public Location? LocationOf(GeneratedKind kind, string member) =>
            SpanOf(kind, member) is { } span ? Location.Create(Path, span, _text.Lines.GetLinePositionSpan(span)) : null;

        private TextSpan? SpanOf(GeneratedKind kind, string member)
        {
            if (kind is not (GeneratedKind.Paragraphs or GeneratedKind.Quotes))
            {
                return null;
            }

            var (document, paragraphs, quotes) = _parsed.Value;
            var index = Array.IndexOf(kind == GeneratedKind.Paragraphs ? paragraphs : quotes, member);
            if (index < 0)
            {
                return null;
            }

            var (start, length) = kind == GeneratedKind.Paragraphs
                ? (document.Paragraphs[index].Start, document.Paragraphs[index].Length)
                : (document.Quotes[index].Start, document.Quotes[index].Length);
            return start + length <= _text.Length ? new TextSpan(start, length) : null;
        }
    }
}
