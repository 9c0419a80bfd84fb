namespace Corpus.Generators;

/// <summary>Names of the pipeline steps, so tests can assert which steps re-ran.</summary>
internal static class TrackingNames
{
    public const string SeedFiles = nameof(SeedFiles);
    public const string Parsed = nameof(Parsed);
    public const string Documents = nameof(Documents);
    public const string Namespaces = nameof(Namespaces);
    public const string Names = nameof(Names);
    public const string Namespace = nameof(Namespace);
    public const string Settings = nameof(Settings);
    public const string DocumentSources = nameof(DocumentSources);
    public const string EmittedDocuments = nameof(EmittedDocuments);
    public const string CorpusIndexes = nameof(CorpusIndexes);
    public const string Diagnostics = nameof(Diagnostics);
}
