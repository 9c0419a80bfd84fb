using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Generators.Tests;

/// <summary>
/// The package's MSBuild logic (build/Corpus.props and Corpus.targets), evaluated by MSBuild itself on a project of
/// its own: what each <c>CorpusFiles</c> item hands the generator as <c>AdditionalFiles</c> metadata.
/// </summary>
[TestClass]
public sealed class CorpusTargetsTests
{
    private static Dictionary<string, JsonElement> s_files = null!;
    private static Dictionary<string, JsonElement> s_withDefinition = null!;
    private static string[] s_visibleMetadata = null!;
    private static string s_corpusMembers = null!;
    private static string[] s_visibleProperties = null!;
    private static string s_features = null!;
    private static string s_featuresKept = null!;
    private static string s_featuresOptedOut = null!;

    [ClassInitialize]
    public static void Evaluate(TestContext context)
    {
        (s_files, s_visibleMetadata, s_corpusMembers, s_visibleProperties, s_features) = Evaluate(
            """
            <PropertyGroup>
              <CorpusMembers>Quotes;Speakers</CorpusMembers>
            </PropertyGroup>
            <ItemGroup>
              <CorpusFiles Include="plain.txt" />
              <CorpusFiles Include="empty.txt" Corpus="" />
              <CorpusFiles Include="named.txt" Corpus="News" />
              <CorpusFiles Include="seeds.txt" Corpus="Seeds" />
            </ItemGroup>
            """);
        (s_withDefinition, _, _, _, s_featuresKept) = Evaluate(
            """
            <PropertyGroup>
              <Features>strict</Features>
            </PropertyGroup>
            <ItemDefinitionGroup>
              <CorpusFiles><Corpus>Wires</Corpus></CorpusFiles>
            </ItemDefinitionGroup>
            <ItemGroup>
              <CorpusFiles Include="wire.txt" />
            </ItemGroup>
            """);
        (_, _, _, _, s_featuresOptedOut) = Evaluate(
            """
            <PropertyGroup>
              <Features>strict</Features>
              <CorpusGeneratorCache>false</CorpusGeneratorCache>
            </PropertyGroup>
            """);
    }

    /// <summary>Evaluates a project of <paramref name="content"/> between Corpus.props and Corpus.targets.</summary>
    private static (Dictionary<string, JsonElement> Files, string[] VisibleMetadata, string CorpusMembers, string[] VisibleProperties, string Features) Evaluate(string content)
    {
        var folder = Directory.CreateTempSubdirectory("corpus-targets-tests-").FullName;
        try
        {
            var build = Path.Combine(RepositoryPaths.Root, "generators", "Corpus.Generators", "build");
            // No SDK: items and metadata need none, and evaluation takes a second instead of several.
            File.WriteAllText(Path.Combine(folder, "p.proj"), $"""
                <Project>
                  <Import Project="{build}/Corpus.props" />
                {content}
                  <Import Project="{build}/Corpus.targets" />
                </Project>
                """);
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "msbuild", "p.proj", "-getItem:AdditionalFiles", "-getItem:CompilerVisibleItemMetadata", "-getItem:CompilerVisibleProperty", "-getProperty:CorpusMembers", "-getProperty:Features" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, $"dotnet msbuild failed:\n{output}\n{error.Result}");

            using var json = JsonDocument.Parse(output);
            var items = json.RootElement.GetProperty("Items");
            var files = items.TryGetProperty("AdditionalFiles", out var additional)
                ? additional.EnumerateArray().ToDictionary(i => i.GetProperty("Identity").GetString()!, i => i.Clone())
                : new Dictionary<string, JsonElement>();
            var visible = items.GetProperty("CompilerVisibleItemMetadata").EnumerateArray()
                .Where(i => i.GetProperty("Identity").GetString() == "AdditionalFiles")
                .Select(i => i.GetProperty("MetadataName").GetString()!)
                .ToArray();
            var properties = items.GetProperty("CompilerVisibleProperty").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToArray();
            var evaluated = json.RootElement.GetProperty("Properties");
            return (files, visible, evaluated.GetProperty("CorpusMembers").GetString()!, properties, evaluated.GetProperty("Features").GetString()!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void CorpusMembers_is_visible_to_the_generator_with_commas_for_semicolons()
    {
        // The compiler reads properties from an .editorconfig file, where ';' may start a comment.
        s_visibleProperties.ShouldContain("CorpusMembers");
        s_corpusMembers.ShouldBe("Quotes,Speakers");
    }

    [TestMethod]
    public void The_compiler_server_is_asked_to_keep_the_generators_state_between_builds()
    {
        s_features.Split(';').ShouldContain("enable-generator-cache");
        s_featuresKept.Split(';').ShouldBe(["strict", "enable-generator-cache"]);
    }

    [TestMethod]
    public void CorpusGeneratorCache_false_leaves_the_projects_Features_alone()
    {
        s_featuresOptedOut.ShouldBe("strict");
    }

    [TestMethod]
    public void Every_CorpusFiles_item_becomes_an_AdditionalFiles_item()
    {
        s_files.Keys.ShouldBe(["plain.txt", "empty.txt", "named.txt", "seeds.txt"], ignoreOrder: true);
    }

    [TestMethod]
    [DataRow("plain.txt")]
    [DataRow("empty.txt")] // MSBuild cannot tell Corpus="" from no Corpus
    public void An_item_without_Corpus_gets_Seeds_and_is_marked_defaulted_for_CORPUS018(string file)
    {
        Metadata(file, "Corpus").ShouldBe("Seeds");
        Metadata(file, "CorpusDefaulted").ShouldBe("true");
    }

    [TestMethod]
    [DataRow("named.txt", "News")]
    [DataRow("seeds.txt", "Seeds")]
    public void An_item_with_Corpus_keeps_it_and_is_not_marked(string file, string corpus)
    {
        Metadata(file, "Corpus").ShouldBe(corpus);
        Metadata(file, "CorpusDefaulted").ShouldBeNull();
    }

    [TestMethod]
    public void A_Corpus_from_the_projects_own_ItemDefinitionGroup_counts_as_named()
    {
        var wire = s_withDefinition["wire.txt"];
        wire.GetProperty("Corpus").GetString().ShouldBe("Wires");
        wire.TryGetProperty("CorpusDefaulted", out _).ShouldBeFalse();
    }

    [TestMethod]
    public void The_generator_sees_Corpus_CorpusName_and_CorpusDefaulted()
    {
        s_visibleMetadata.ShouldBe(["Corpus", "CorpusName", "CorpusDefaulted"], ignoreOrder: true);
    }

    private static string? Metadata(string file, string name) =>
        s_files[file].TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;
}
