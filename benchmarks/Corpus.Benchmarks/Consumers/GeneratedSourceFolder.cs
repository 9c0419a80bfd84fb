using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Benchmarks.Inputs;
using Corpus.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks.Consumers;

/// <summary>
/// The generator's output for a corpus, written as plain <c>.cs</c> files (<see cref="ConsumerKind.GeneratedSources"/>).
/// The generator runs in process (<see cref="GeneratorHost"/>, the options a consumer build gives it); an edit runs it
/// again on the edited text and rewrites the files whose text changed, as the generator would have changed them in a build.
/// </summary>
internal sealed class GeneratedSourceFolder
{
    private readonly string _folder;
    private readonly AdditionalText[] _seeds;
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);
    private GeneratorDriver _driver;

    /// <summary>Runs the generator over <paramref name="texts"/> and writes its output into <paramref name="folder"/>.</summary>
    /// <param name="folder">Where the files go.</param>
    /// <param name="texts">The corpus.</param>
    public GeneratedSourceFolder(string folder, IReadOnlyList<SeedText> texts)
    {
        _folder = folder;
        _seeds = GeneratorHost.AdditionalTexts(texts);
        _driver = GeneratorHost.Driver(_seeds);
        Run();
    }

    /// <summary>Replaces seed <paramref name="index"/>'s text and writes what changed in the output.</summary>
    /// <param name="index">Which seed.</param>
    /// <param name="text">Its new text.</param>
    public void Replace(int index, string text)
    {
        var replacement = new SeedAdditionalText(_seeds[index].Path, text);
        _driver = _driver.ReplaceAdditionalText(_seeds[index], replacement);
        _seeds[index] = replacement;
        Run();
    }

    private void Run()
    {
        _driver = _driver.RunGenerators(GeneratorHost.Compilation());
        var result = _driver.GetRunResult();
        if (result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException("The generator reported an error: " + error);
        }

        foreach (var tree in result.GeneratedTrees)
        {
            var name = Path.GetFileName(tree.FilePath);
            var text = tree.GetText().ToString();
            if (!_written.TryGetValue(name, out var old) || old != text)
            {
                ConsumerProject.Write(_folder, name, text);
                _written[name] = text;
            }
        }
    }
}
