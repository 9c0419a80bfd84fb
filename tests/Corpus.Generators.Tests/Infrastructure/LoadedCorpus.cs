using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// A compiled corpus loaded in a collectible context of its own, seen through reflection: which documents have been
/// built (their lazy field is set) after user code touched some of it. Each instance is a fresh load: nothing built yet.
/// </summary>
internal sealed class LoadedCorpus : IDisposable
{
    /// <summary>The field where a generated document class keeps its document once built.</summary>
    public const string LazyField = "s_document";

    private readonly AssemblyLoadContext _context = new("loaded-corpus", isCollectible: true);

    public LoadedCorpus(byte[] image, string corpus = "Seeds", string @namespace = "Consumer")
    {
        var assembly = _context.LoadFromStream(new MemoryStream(image));
        Index = assembly.GetType(@namespace + "." + corpus, throwOnError: true)!;
        DocumentClasses = Index.GetNestedTypes().Where(t => t.GetField(LazyField, BindingFlags.NonPublic | BindingFlags.Static) is not null).ToArray();
    }

    /// <summary>The corpus class (<c>Seeds</c>).</summary>
    public Type Index { get; }

    /// <summary>The nested class of every document.</summary>
    public IReadOnlyList<Type> DocumentClasses { get; }

    /// <summary>The names of the document classes whose document has been built.</summary>
    public IReadOnlyList<string> Built => DocumentClasses
        .Where(t => t.GetField(LazyField, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null) is not null)
        .Select(t => t.Name)
        .ToArray();

    /// <summary>Reads a public static property, as user code would: <c>Seeds.All</c>, <c>Seeds.X.Document</c>.</summary>
    public static object Read(Type type, string property) =>
        type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public void Dispose() => _context.Unload();
}
