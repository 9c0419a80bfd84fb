using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// Runs what the generator wrote: emits the consumer compilation, loads it in a collectible context and reads every
/// corpus's <c>All</c>. This is how the tests check that no text is lost between a seed file and its Document.
/// </summary>
internal static class GeneratedCorpus
{
    public static IReadOnlyList<Corpus.Document> Documents(Compilation output, string @namespace = "Consumer")
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics.Take(5)));

        var context = new AssemblyLoadContext("generated-corpus", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                throw new InvalidOperationException("The generated assembly does not load: " + string.Join("; ", exception.LoaderExceptions.Take(3).Select(e => e?.Message)), exception);
            }

            return types
                .Where(t => t.Namespace == (@namespace.Length == 0 ? null : @namespace) && !t.IsNested
                            && t.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(IReadOnlyList<Corpus.Document>))
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .SelectMany(t => (IReadOnlyList<Corpus.Document>)t.GetProperty("All")!.GetValue(null)!)
                .ToList(); // materialised: every document is built while its assembly is loaded
        }
        finally
        {
            context.Unload();
        }
    }
}
