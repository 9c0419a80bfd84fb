using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace Corpus.Benchmarks.Roslyn;

/// <summary>The generated class of the one document of a compiled corpus (<see cref="GeneratorHost.CompileCorpus"/>), loaded in a context of its own.</summary>
public sealed class GeneratedDocumentClass
{
    private GeneratedDocumentClass(AssemblyLoadContext context, Type type)
    {
        Context = context;
        Type = type;
    }

    /// <summary>The context the corpus assembly was loaded in; the Corpus runtime comes from the default context.</summary>
    public AssemblyLoadContext Context { get; }

    /// <summary>The document's class, <c>Seeds.&lt;Name&gt;</c>.</summary>
    public Type Type { get; }

    /// <summary>Loads <paramref name="image"/> into a new context: a fresh copy of every generated type, nothing built or compiled yet.</summary>
    /// <param name="image">An assembly of one generated document.</param>
    /// <param name="collectible">Whether the context can be unloaded.</param>
    /// <returns>The document's class.</returns>
    public static GeneratedDocumentClass Load(byte[] image, bool collectible)
    {
        var context = new AssemblyLoadContext("generated-corpus", collectible);
        var assembly = context.LoadFromStream(new System.IO.MemoryStream(image));
        var type = assembly.GetTypes().Single(t => t.DeclaringType?.Name == "Seeds" && t.GetProperty("Document", BindingFlags.Public | BindingFlags.Static) is not null);
        return new GeneratedDocumentClass(context, type);
    }

    /// <summary>The public <c>Document</c> getter: builds the document on its first call.</summary>
    /// <returns>A delegate to the getter (creating it neither runs nor compiles the getter).</returns>
    public Func<Document> DocumentGetter() =>
        Type.GetProperty("Document", BindingFlags.Public | BindingFlags.Static)!.GetMethod!.CreateDelegate<Func<Document>>();

    /// <summary>The private <c>Build</c> method the getter calls once: decodes the text and builds a new document each call.</summary>
    /// <returns>A delegate to it.</returns>
    public Func<Document> Build() =>
        Type.GetMethod("Build", BindingFlags.NonPublic | BindingFlags.Static, Type.EmptyTypes)!.CreateDelegate<Func<Document>>();
}
