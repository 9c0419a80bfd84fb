using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Testing;

namespace Corpus.Benchmarks.Inputs;

/// <summary>
/// One megabyte of one hostile shape (tests/Shared/HostileShapes.cs), or of a yardstick: <see cref="News"/>, whole
/// articles of the large corpus (what the parser reads every day), and <see cref="SeedsRepeated"/>, the seeds pasted
/// one after another into one file (mostly Duplicate and Related paragraphs, which are not searched for quotes).
/// </summary>
public sealed class HostileInput
{
    /// <summary>The size of every input: one megabyte of text.</summary>
    public const int Size = 1_000_000;

    /// <summary>The name of the ordinary-news yardstick.</summary>
    public const string News = "News";

    /// <summary>The name of the seeds-repeated yardstick.</summary>
    public const string SeedsRepeated = "SeedsRepeated";

    private static readonly Dictionary<string, HostileInput> Made = new(StringComparer.Ordinal);

    private HostileInput(string name, IReadOnlyList<SeedText> texts)
    {
        Name = name;
        Texts = texts;
        Utf8Bytes = texts.Sum(t => (long)t.Utf8Bytes);
    }

    /// <summary>Every input: the yardsticks first, then each shape.</summary>
    public static IEnumerable<HostileInput> All => new[] { News, SeedsRepeated }.Concat(HostileShapes.Names).Select(Get);

    /// <summary>The shape's (or yardstick's) name.</summary>
    public string Name { get; }

    /// <summary>The texts to parse: one document, or for <see cref="News"/> whole articles adding up to a megabyte.</summary>
    public IReadOnlyList<SeedText> Texts { get; }

    /// <summary>The texts' total UTF-8 size.</summary>
    public long Utf8Bytes { get; }

    /// <summary>The input of this name, made once per process.</summary>
    /// <param name="name">A shape's name, <see cref="News"/> or <see cref="SeedsRepeated"/>.</param>
    /// <returns>The input.</returns>
    public static HostileInput Get(string name)
    {
        lock (Made)
        {
            if (!Made.TryGetValue(name, out var input))
            {
                Made[name] = input = new HostileInput(name, Make(name));
            }

            return input;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static IReadOnlyList<SeedText> Make(string name)
    {
        switch (name)
        {
            case News:
                var articles = new List<SeedText>();
                foreach (var text in BenchmarkInputs.Load(CorpusKind.Large))
                {
                    if (articles.Sum(a => a.Text.Length) >= Size)
                    {
                        break;
                    }

                    articles.Add(text);
                }

                return articles;
            case SeedsRepeated:
                var seeds = BenchmarkInputs.Load(CorpusKind.Seeds).Select(t => t.Text).ToArray();
                return new[] { new SeedText("seeds-repeated.txt", HostileShapes.SeedsRepeated(seeds, Size)) };
            default:
                return new[] { new SeedText(name + ".txt", HostileShapes.Make(name, Size)) };
        }
    }
}
