using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable; each has a section in docs/diagnostics.md.
/// A build fails (Error) only where the generated code would otherwise be wrong.
/// </summary>
public static class CorpusDiagnostics
{
    private const string Category = "Corpus";
    // The page in the repository (RepositoryUrl in Directory.Build.props): the package ships no web site of its own.
    internal const string HelpBase = "https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#";

    /// <summary>CORPUS001: Seed file is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = Create(
        "CORPUS001", "Seed file is empty",
        "Seed file '{0}' is empty or holds only white space, so it generates no document. Add the article's text, or remove the file's Corpus metadata.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS002: Seed file cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "CORPUS002", "Seed file cannot be read",
        "Seed file '{0}' could not be read ({1}), so it generates no document. Check that the file exists and is readable.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS003: No title found.</summary>
    public static readonly DiagnosticDescriptor NoTitle = Create(
        "CORPUS003", "No title found",
        "Seed file '{0}' has no line that reads as a title; the document is named from '{1}'. Put the headline on the first line, on its own, without a final period.",
        DiagnosticSeverity.Info);

    /// <summary>CORPUS004: Unclosed quotation mark.</summary>
    public static readonly DiagnosticDescriptor UnclosedQuote = Create(
        "CORPUS004", "Unclosed quotation mark",
        "Seed file '{0}' has a quotation mark at line {1} that is not closed in its paragraph; the quote runs to the paragraph's end. Close it if the quote ends earlier.",
        DiagnosticSeverity.Info);

    /// <summary>CORPUS005: Document names collide.</summary>
    public static readonly DiagnosticDescriptor NameCollision = Create(
        "CORPUS005", "Document names collide",
        "Seed file '{0}' would generate class '{1}', which another document of corpus '{2}' already uses; it is named '{3}'. Set CorpusName metadata to choose a name.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS006: Name is not a valid identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidName = Create(
        "CORPUS006", "Name is not a valid identifier",
        "The {0} '{1}' of seed file '{2}' is not a valid C# identifier; '{3}' is used instead. Use letters, digits and underscores, not starting with a digit.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS007: Corpus runtime library not referenced.</summary>
    public static readonly DiagnosticDescriptor RuntimeMissing = Create(
        "CORPUS007", "Corpus runtime library not referenced",
        "The project has seed files but does not reference the Corpus runtime library (type 'Corpus.Document' not found), so no code is generated. Add a reference to the Corpus package or project.",
        DiagnosticSeverity.Error);

    /// <summary>CORPUS008: Seed file holds binary content.</summary>
    public static readonly DiagnosticDescriptor BinaryFile = Create(
        "CORPUS008", "Seed file holds binary content",
        "Seed file '{0}' holds a NUL character at line {1}, column {2}, so it is not text and generates no document. Save the article as UTF-8 text, or remove the file's Corpus metadata.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS009: Seed file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
        "CORPUS009", "Seed file is not valid UTF-8",
        "Seed file '{0}' has {1} byte sequence(s) that are not valid UTF-8, the first at byte offset {2} (line {3}, column {4}); the compiler decoded each as U+FFFD and the document keeps them. Save the file as UTF-8.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS010: Seed file too large.</summary>
    public static readonly DiagnosticDescriptor TooLarge = Create(
        "CORPUS010", "Seed file too large",
        "Seed file '{0}' needs {1} bytes stored as {2}, more than the {3} bytes this storage allows, so it generates no document. Split the article into smaller files{4}.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS011: Name is taken by generated code.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Create(
        "CORPUS011", "Name is taken by generated code",
        "The {0} '{1}' of seed file '{2}' is already used by {3}; '{4}' is used instead. Set {5} metadata to choose another name.",
        DiagnosticSeverity.Info);

    /// <summary>CORPUS012: Corpus class hides a namespace.</summary>
    public static readonly DiagnosticDescriptor CorpusHidesNamespace = Create(
        "CORPUS012", "Corpus class hides a namespace",
        "Corpus '{0}' (seed file '{1}') is also the name of namespace '{0}', which code in namespace '{2}' can then no longer reach by its simple name. Choose another Corpus name.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS013: Too many paragraphs or quotes to name.</summary>
    public static readonly DiagnosticDescriptor TooManyMembers = Create(
        "CORPUS013", "Too many paragraphs or quotes to name",
        "Seed file '{0}' has {1} {2}; only the first {3} get a named member, and every one of them is in the Document's list. Split the article into smaller files to name them all.",
        DiagnosticSeverity.Info);

    /// <summary>CORPUS014: CorpusNamespace is not a valid namespace.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        "CORPUS014", "CorpusNamespace is not a valid namespace",
        "The {0} property '{1}' is not a valid C# namespace, so the generated code goes in {2}. Use dotted identifiers, none of them a C# keyword (e.g. My.Tests).",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS015: Parser's work budget spent.</summary>
    public static readonly DiagnosticDescriptor WorkBudgetSpent = Create(
        "CORPUS015", "Parser's work budget spent",
        "Seed file '{0}' needs more work to read than the parser allows a text of its length ({1} units); quotes are not looked for from Paragraphs[{2}] (line {3}) on. Every paragraph and its text is kept. Split very long sentences or quote-dense stretches, or move text that is not prose out of the file.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS016: Corpus names collide.</summary>
    public static readonly DiagnosticDescriptor CorpusNameCollision = Create(
        "CORPUS016", "Corpus names collide",
        "Corpus '{0}' (seed file '{1}') would generate class '{2}', which corpus '{3}' already generates; corpus '{0}' is generated as class '{4}'. Give the two corpora names that differ in their letters or digits, or the same Corpus value if they are one corpus.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS017: Name is all lower-case.</summary>
    public static readonly DiagnosticDescriptor LowerCaseName = Create(
        "CORPUS017", "Name is all lower-case",
        "The {0} '{1}' of seed file '{2}' has only lower-case ASCII letters, which C# keeps for future keywords (warning CS8981 on a type name); '{3}' is used instead. Set {0} metadata to a name with a capital letter to choose another.",
        DiagnosticSeverity.Info);

    /// <summary>CORPUS018: CorpusFiles item without Corpus metadata.</summary>
    public static readonly DiagnosticDescriptor DefaultCorpus = Create(
        "CORPUS018", "CorpusFiles item without Corpus metadata",
        "Seed file '{0}' is a CorpusFiles item without Corpus metadata, so it goes into the default corpus class '{1}'. Name the class with Corpus metadata, e.g. <CorpusFiles Include=\"articles/*.txt\" Corpus=\"News\" />, or write Corpus=\"{1}\" to keep this one.",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS019: CorpusMembers has an unknown value.</summary>
    public static readonly DiagnosticDescriptor UnknownMemberSet = Create(
        "CORPUS019", "CorpusMembers has an unknown value",
        "The CorpusMembers property '{0}' names {1}, which is no member set, so it is ignored and every member set is generated. Use All, Documents, or Paragraphs, Quotes and Speakers separated by ';' (e.g. Documents or Quotes;Speakers).",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS099: Corpus generator failed on a file.</summary>
    public static readonly DiagnosticDescriptor InternalError = Create(
        "CORPUS099", "Corpus generator failed on a file",
        "The Corpus generator failed on seed file '{0}' ({1}: {2}); the file generates no document and the others are unaffected. Please report this with the file.",
        DiagnosticSeverity.Warning);

    /// <summary>
    /// Reported by <see cref="Analyzers.MissingMemberAnalyzer"/> on user code, next to the compiler's CS0117: the 1xx ids are
    /// about code that uses a corpus, the 0xx ids about seed files.
    /// </summary>
    /// <summary>CORPUS100: Generated corpus member not found.</summary>
    public static readonly DiagnosticDescriptor MissingMember = Create(
        "CORPUS100", "Generated corpus member not found",
        "'{0}' is not a member of {1}{2} (generated names come from the articles' text and change with it). {3}",
        DiagnosticSeverity.Warning);

    /// <summary>CORPUS101: Generated member set is switched off.</summary>
    public static readonly DiagnosticDescriptor MemberSetOff = Create(
        "CORPUS101", "Generated member set is switched off",
        "'{0}' is not generated: the {1} member set is switched off for {2} (the CorpusMembers property). Add {1} to CorpusMembers to generate it, or reach it through {3}.",
        DiagnosticSeverity.Warning);

    private static readonly DiagnosticDescriptor[] All =
    {
        EmptyFile, UnreadableFile, NoTitle, UnclosedQuote, NameCollision, InvalidName, RuntimeMissing,
        BinaryFile, InvalidUtf8, TooLarge, ReservedName, CorpusHidesNamespace, TooManyMembers, InvalidNamespace, WorkBudgetSpent,
        CorpusNameCollision, LowerCaseName, DefaultCorpus, UnknownMemberSet, InternalError,
    };

    /// <summary>The descriptor with this id (diagnostics travel through the pipeline by id).</summary>
    public static DiagnosticDescriptor ById(string id) => System.Array.Find(All, d => d.Id == id) ?? InternalError;

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
