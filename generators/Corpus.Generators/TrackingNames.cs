namespace Corpus.Generators;

/// <summary>Names of the pipeline's steps, so tests can assert which steps ran again after an edit.</summary>
public static class TrackingNames
{
    /// <summary>Each additional file with <c>Corpus</c> metadata, read and decoded.</summary>
    public const string SeedFiles = nameof(SeedFiles);

    /// <summary>Each seed file parsed: its document spec and its diagnostics.</summary>
    public const string Parsed = nameof(Parsed);

    /// <summary>Each document spec that parsed.</summary>
    public const string Documents = nameof(Documents);

    /// <summary>The top-level namespaces of the compilation, which a corpus class may hide.</summary>
    public const string Namespaces = nameof(Namespaces);

    /// <summary>Every corpus and document class name of the compilation, after collisions.</summary>
    public const string Names = nameof(Names);

    /// <summary>The namespace of the generated code.</summary>
    public const string Namespace = nameof(Namespace);

    /// <summary>The member sets to generate (the <c>CorpusMembers</c> property).</summary>
    public const string MemberSets = nameof(MemberSets);

    /// <summary>How the compilation stores text and labels rows.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>Each document with its class name and the settings, ready to emit.</summary>
    public const string DocumentSources = nameof(DocumentSources);

    /// <summary>Each document's generated source, or why emitting it failed.</summary>
    public const string EmittedDocuments = nameof(EmittedDocuments);

    /// <summary>What the corpus index files are written from.</summary>
    public const string CorpusIndexes = nameof(CorpusIndexes);

    /// <summary>Every diagnostic of the run, in one value, for the one output that reports them.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
