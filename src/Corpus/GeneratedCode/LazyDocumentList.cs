using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus;

/// <summary>
/// The list behind a generated corpus's <c>All</c>: each item is a factory that builds its document on first
/// access, so enumerating or indexing one document never decodes the others.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LazyDocumentList : IReadOnlyList<Document>
{
    private readonly Func<Document>[] _documents;

    /// <summary>Creates the list.</summary>
    /// <param name="documents">One factory per document, in order; each returns the same instance every time.</param>
    public LazyDocumentList(Func<Document>[] documents) =>
        _documents = documents ?? throw new ArgumentNullException(nameof(documents));

    /// <inheritdoc />
    public int Count => _documents.Length;

    /// <inheritdoc />
    public Document this[int index] => _documents[index]();

    /// <inheritdoc />
    public IEnumerator<Document> GetEnumerator()
    {
        foreach (var document in _documents)
        {
            yield return document();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
