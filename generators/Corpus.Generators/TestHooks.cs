using System.ComponentModel;
using System.Threading;

namespace Corpus.Generators;

/// <summary>Switches for the generator's own tests; never set outside them.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TestHooks
{
    /// <summary>
    /// Emitting a document whose file name is this value throws, as a generator bug would (CORPUS099). An
    /// <see cref="AsyncLocal{T}"/>, so it holds only in the test that sets it.
    /// </summary>
    public static readonly AsyncLocal<string?> FailEmittingFileName = new();
}
