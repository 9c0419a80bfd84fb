using System.IO;
using System.Linq;
using System.Reflection;

namespace Corpus.Testing;

/// <summary>
/// The repository's folders, from the <c>CorpusRoot</c> that tests/Directory.Build.props stamps into every test
/// assembly: no test walks up from its output folder to guess where the sources are.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusRoot").Value!;

    public static string Seeds { get; } = Path.Combine(Root, "seeds");

    public static string TestData { get; } = Path.Combine(Root, "tests", "data");
}
