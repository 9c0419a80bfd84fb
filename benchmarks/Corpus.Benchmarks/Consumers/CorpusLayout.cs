namespace Corpus.Benchmarks.Consumers;

/// <summary>Where a test project's corpus lives; see <see cref="ConsumerProject.CreateTests"/>.</summary>
public enum CorpusLayout
{
    /// <summary>The texts are <c>AdditionalFiles</c> of the test project: every build of the tests compiles the generated code.</summary>
    SameProject,

    /// <summary>The texts are in a class library of their own that the test project references: an edit of the tests leaves it up to date.</summary>
    OwnProject,
}
