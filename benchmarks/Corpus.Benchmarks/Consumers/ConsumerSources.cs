using System.Globalization;
using System.Text;

namespace Corpus.Benchmarks.Consumers;

/// <summary>The project file and C# sources of the consumer projects.</summary>
internal static class ConsumerSources
{
    public const string Isolation = "<Project>\n  <!-- Keeps the consumer clear of any Directory.Build.* above it. -->\n</Project>\n";

    public static string ProjectFile(ConsumerKind kind, string repositoryRoot)
    {
        var items = kind switch
        {
            ConsumerKind.Generator or ConsumerKind.GeneratorDocumentsOnly => $"""
                  <Import Project="{repositoryRoot}generators/Corpus.Generators/build/Corpus.props" />
                  <PropertyGroup>
                    <CorpusMembers>{(kind == ConsumerKind.GeneratorDocumentsOnly ? "Documents" : "All")}</CorpusMembers>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="lib/Corpus.Generators.dll" />
                    <Reference Include="lib/Corpus.dll" />
                    <AdditionalFiles Include="seeds/*.txt" Corpus="Seeds" />
                  </ItemGroup>
                """,
            ConsumerKind.GeneratedSources => """
                  <ItemGroup>
                    <Reference Include="lib/Corpus.dll" />
                  </ItemGroup>
                """,
            ConsumerKind.EmbeddedResource => """
                  <ItemGroup>
                    <Reference Include="lib/Corpus.dll" />
                    <EmbeddedResource Include="seeds/*.txt" LogicalName="seeds/%(Filename)%(Extension)" />
                  </ItemGroup>
                """,
            _ => string.Empty,
        };

        return Project(items);
    }

    /// <summary>A test project that references the corpus's own project, <c>../MyCorpus</c>, and the runtime it was built with.</summary>
    public static string TestsReferencingCorpus { get; } = Project("""
          <ItemGroup>
            <ProjectReference Include="../MyCorpus/MyCorpus.csproj" />
            <Reference Include="../MyCorpus/lib/Corpus.dll" />
          </ItemGroup>
        """);

    /// <summary>The SDK project every consumer is: net10.0, nullable on, no implicit usings, with <paramref name="items"/> inside.</summary>
    private static string Project(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>Consumer</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
          </PropertyGroup>
        {items}
        </Project>

        """;

    /// <summary>The test project's one source file, different for every <paramref name="edit"/>.</summary>
    public static string Tests(int edit) => $$"""
        namespace Consumer;

        public static class CorpusTests
        {
            public static int Documents() => Seeds.All.Count + {{edit.ToString(CultureInfo.InvariantCulture)}};
        }

        """;

    /// <summary>The code that uses the texts, so the compiler cannot skip them.</summary>
    public static string Use(ConsumerKind kind) => kind switch
    {
        ConsumerKind.Generator or ConsumerKind.GeneratorDocumentsOnly or ConsumerKind.GeneratedSources => """
            namespace Consumer;

            public static class Use
            {
                public static int Count => Seeds.All.Count;
            }

            """,
        ConsumerKind.EmbeddedResource => """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;

            namespace Consumer;

            public static class Articles
            {
                private static readonly Lazy<IReadOnlyList<Corpus.Document>> s_all = new(Load);

                public static IReadOnlyList<Corpus.Document> All => s_all.Value;

                private static IReadOnlyList<Corpus.Document> Load()
                {
                    var assembly = typeof(Articles).Assembly;
                    return assembly.GetManifestResourceNames()
                        .Where(name => name.StartsWith("seeds/", StringComparison.Ordinal))
                        .OrderBy(name => name, StringComparer.Ordinal)
                        .Select(name =>
                        {
                            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                            return Corpus.Parsing.CorpusParser.Parse(reader.ReadToEnd(), name.Substring("seeds/".Length));
                        })
                        .ToList();
                }
            }

            """,
        _ => """
            namespace Consumer;

            public static class Use
            {
                public static int Length => Texts.T0000.Utf8.Length;
            }

            """,
    };

    /// <summary>A text of the floor project: one class holding it as a UTF-8 literal.</summary>
    public static string FloorText(int index, string text)
    {
        var literal = new StringBuilder(text.Length + 64);
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => literal.Append("\\\""),
                '\\' => literal.Append("\\\\"),
                '\n' => literal.Append("\\n"),
                '\r' => literal.Append("\\r"),
                '\t' => literal.Append("\\t"),
                _ when c < ' ' || c is '\u0085' or '\u2028' or '\u2029' => literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => literal.Append(c),
            };
        }

        return $"namespace Consumer.Texts;\n\ninternal static class {FloorClass(index)}\n{{\n    public static global::System.ReadOnlySpan<byte> Utf8 => \"{literal}\"u8;\n}}\n";
    }

    public static string FloorClass(int index) => "T" + index.ToString("D4", CultureInfo.InvariantCulture);
}
