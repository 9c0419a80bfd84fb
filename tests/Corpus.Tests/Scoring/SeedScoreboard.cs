using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Tests.Scoring;

/// <summary>
/// Scores <see cref="CorpusParser"/> on a folder of articles (the seeds, the development set) against its
/// <see cref="SeedKey"/>. A quote is right when it has the
/// key statement's kind, contains its snippet and has its speaker; each key statement is matched at most once.
/// </summary>
internal sealed class SeedScoreboard
{
    private readonly StringBuilder _report = new();

    private SeedScoreboard()
    {
    }

    /// <summary>Quotes whose kind, content and speaker match the key.</summary>
    public Score Quotes { get; private set; }

    /// <summary>Of the quotes whose kind and content match the key, those with the key's speaker.</summary>
    public Accuracy Speakers { get; private set; }

    /// <summary>Of the quotes whose kind and content match the key, those with the key's reporting verb.</summary>
    public Accuracy Cues { get; private set; }

    /// <summary>Blocks whose role is the key's.</summary>
    public Accuracy Roles { get; private set; }

    /// <summary>Documents whose <see cref="Document.Published"/> is the key's.</summary>
    public Accuracy Dates { get; private set; }

    /// <summary>Documents whose title is the key's.</summary>
    public Accuracy Titles { get; private set; }

    /// <summary>Every mismatch, one line each, under a heading per document.</summary>
    public string Report => _report.ToString();

    /// <summary>Scores the seeds (<see cref="SeedFiles"/>) against <paramref name="key"/>.</summary>
    public static SeedScoreboard Run(SeedKey key) => Run(key, SeedFiles.Directory);

    /// <summary>Scores the articles of <paramref name="folder"/> that <paramref name="key"/> names.</summary>
    public static SeedScoreboard Run(SeedKey key, string folder)
    {
        var board = new SeedScoreboard();
        foreach (var expected in key.Documents)
        {
            board.Score(expected, CorpusParser.Parse(File.ReadAllText(Path.Combine(folder, expected.FileName)), expected.FileName));
        }

        return board;
    }

    public string Summary() => string.Join(
        Environment.NewLine,
        "quotes (kind, content and speaker): " + Quotes,
        "speaker accuracy:                   " + Speakers,
        "cue accuracy:                       " + Cues,
        "role accuracy:                      " + Roles,
        "dates right:                        " + Dates,
        "titles right:                       " + Titles);

    private void Score(SeedKey.DocumentKey expected, Document actual)
    {
        _report.AppendLine(expected.FileName);
        Titles += Judge(expected.Title == actual.Title, $"title: expected \"{expected.Title}\", got \"{actual.Title}\"");
        Dates += Judge(expected.PublishedTime == actual.Published, $"published: expected {expected.Published ?? "none"}, got {Format(actual.Published)}");
        for (var i = 0; i < expected.Blocks.Count; i++)
        {
            var block = expected.Blocks[i];
            var paragraph = i < actual.Paragraphs.Count ? actual.Paragraphs[i] : null;
            var sameBlock = paragraph is not null && MatchText.Of(paragraph.Text).StartsWith(MatchText.Of(block.Start), StringComparison.Ordinal);
            Roles += Judge(
                sameBlock && paragraph!.Role == block.Role,
                sameBlock ? $"role of block {i} \"{block.Start}…\": expected {block.Role}, got {paragraph!.Role}" : $"block {i}: expected \"{block.Start}…\", got \"{Preview(paragraph?.Text)}\"");
        }

        if (actual.Paragraphs.Count > expected.Blocks.Count)
        {
            Roles += Judge(false, $"{actual.Paragraphs.Count - expected.Blocks.Count} blocks more than the key");
        }

        ScoreQuotes(expected.Statements, actual.Quotes);
    }

    private void ScoreQuotes(IReadOnlyList<SeedKey.StatementKey> statements, IReadOnlyList<Quote> quotes)
    {
        // Two passes: first every statement takes a quote with its content and its speaker, then the rest take any
        // quote with their content, so that one wrong speaker never costs a right match elsewhere.
        var unmatched = quotes.ToList();
        var matches = new Quote?[statements.Count];
        foreach (var rightSpeakerOnly in new[] { true, false })
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                var snippet = MatchText.Of(statement.Snippet);
                matches[i] ??= unmatched.FirstOrDefault(q =>
                    q.Kind == statement.Kind
                    && MatchText.Of(q.Text).Contains(snippet, StringComparison.Ordinal)
                    && (!rightSpeakerOnly || q.Speaker?.Name == statement.Speaker));
                unmatched.Remove(matches[i]!);
            }
        }

        var correct = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            var (statement, match) = (statements[i], matches[i]);
            if (match is null)
            {
                _report.AppendLine($"  missed {statement.Kind} {statement.Speaker} ({statement.Cue}): \"{statement.Snippet}\"");
                continue;
            }

            var rightSpeaker = match.Speaker?.Name == statement.Speaker;
            correct += rightSpeaker ? 1 : 0;
            Speakers += Judge(rightSpeaker, $"speaker of \"{statement.Snippet}\": expected {statement.Speaker}, got {match.Speaker?.Name ?? "none"}");
            Cues += Judge(string.Equals(match.Cue, statement.Cue, StringComparison.Ordinal), $"cue of \"{statement.Snippet}\": expected \"{statement.Cue}\", got \"{match.Cue}\"");
        }

        foreach (var extra in unmatched)
        {
            _report.AppendLine($"  not in key: {extra.Kind} {extra.Speaker?.Name ?? "(no speaker)"} ({extra.Cue}): \"{Preview(extra.Text)}\"");
        }

        Quotes += new Score(correct, quotes.Count, statements.Count);
    }

    private Accuracy Judge(bool right, string problem)
    {
        if (!right)
        {
            _report.AppendLine("  " + problem);
        }

        return new Accuracy(right ? 1 : 0, 1);
    }

    private static string Format(DateTime? time) => time?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "none";

    private static string Preview(string? text) => text is null ? "(nothing)" : text.Length <= 90 ? text : text.Substring(0, 90) + "…";
}
