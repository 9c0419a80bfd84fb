using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Benchmarks.Inputs;
using CorpusGenerator = Corpus.Generators.CorpusGenerator;

namespace Corpus.Benchmarks.Consumers;

/// <summary>
/// A consumer project on disk, in <see cref="BenchmarkInputs.WorkFolder"/>: the texts of a corpus carried one of several
/// ways (<see cref="ConsumerKind"/>). The generator and the runtime are referenced as built DLLs, as a package would bring them.
/// </summary>
public sealed class ConsumerProject
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Action<int> _edit;

    private ConsumerProject(string folder, Action<int> edit)
    {
        Folder = folder;
        _edit = edit;
    }

    /// <summary>The project's folder.</summary>
    public string Folder { get; }

    /// <summary>Writes the project afresh into <c>consumers/{corpus}/{kind}</c> (anything there before is deleted).</summary>
    /// <param name="kind">How the texts are carried.</param>
    /// <param name="corpus">Which texts.</param>
    /// <param name="editedIndex">The text that <see cref="Edit"/> changes.</param>
    /// <returns>The project.</returns>
    public static ConsumerProject Create(ConsumerKind kind, CorpusKind corpus, int editedIndex)
    {
        var texts = BenchmarkInputs.Load(corpus);
        var folder = Path.Combine(BenchmarkInputs.WorkFolder, "consumers", corpus.ToString(), kind.ToString());
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        Write(folder, "Directory.Build.props", ConsumerSources.Isolation);
        Write(folder, "Directory.Build.targets", ConsumerSources.Isolation);
        Write(folder, "Consumer.csproj", ConsumerSources.ProjectFile(kind, BenchmarkInputs.RepositoryRoot));
        Write(folder, "Use.cs", ConsumerSources.Use(kind));
        if (kind != ConsumerKind.Floor)
        {
            Directory.CreateDirectory(Path.Combine(folder, "lib"));
            File.Copy(typeof(Document).Assembly.Location, Path.Combine(folder, "lib", "Corpus.dll"));
            if (kind != ConsumerKind.GeneratedSources)
            {
                File.Copy(typeof(CorpusGenerator).Assembly.Location, Path.Combine(folder, "lib", "Corpus.Generators.dll"));
            }
        }

        var edited = texts[editedIndex];
        switch (kind)
        {
            case ConsumerKind.Floor:
                for (var i = 0; i < texts.Count; i++)
                {
                    Write(folder, FloorFile(i), ConsumerSources.FloorText(i, texts[i].Text));
                }

                return new ConsumerProject(folder, n => Write(folder, FloorFile(editedIndex), ConsumerSources.FloorText(editedIndex, EditedText(edited.Text, n))));

            case ConsumerKind.GeneratedSources:
                var generated = new GeneratedSourceFolder(Path.Combine(folder, "Generated"), texts);
                return new ConsumerProject(folder, n => generated.Replace(editedIndex, EditedText(edited.Text, n)));

            default:
                foreach (var text in texts)
                {
                    Write(folder, Path.Combine("seeds", text.FileName), text.Text);
                }

                return new ConsumerProject(folder, n => Write(folder, Path.Combine("seeds", edited.FileName), EditedText(edited.Text, n)));
        }
    }

    /// <summary>
    /// Writes a test project that uses the corpus, afresh into <c>consumers/{corpus}/Tests{layout}</c>: the corpus's
    /// texts either in the test project itself, or in a class library of their own (<c>MyCorpus</c>) that the test
    /// project references. <see cref="Edit"/> changes the test project's one <c>.cs</c> file, not a text.
    /// </summary>
    /// <param name="layout">Where the corpus lives.</param>
    /// <param name="corpus">Which texts.</param>
    /// <returns>The test project (its folder is the one <see cref="Build"/> builds).</returns>
    public static ConsumerProject CreateTests(CorpusLayout layout, CorpusKind corpus)
    {
        var texts = BenchmarkInputs.Load(corpus);
        var root = Path.Combine(BenchmarkInputs.WorkFolder, "consumers", corpus.ToString(), "Tests" + layout);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        Write(root, "Directory.Build.props", ConsumerSources.Isolation);
        Write(root, "Directory.Build.targets", ConsumerSources.Isolation);
        var corpusFolder = Path.Combine(root, layout == CorpusLayout.OwnProject ? "MyCorpus" : "Tests");
        var tests = Path.Combine(root, "Tests");
        Directory.CreateDirectory(Path.Combine(corpusFolder, "lib"));
        File.Copy(typeof(Document).Assembly.Location, Path.Combine(corpusFolder, "lib", "Corpus.dll"));
        File.Copy(typeof(CorpusGenerator).Assembly.Location, Path.Combine(corpusFolder, "lib", "Corpus.Generators.dll"));
        foreach (var text in texts)
        {
            Write(corpusFolder, Path.Combine("seeds", text.FileName), text.Text);
        }

        if (layout == CorpusLayout.OwnProject)
        {
            Write(corpusFolder, "MyCorpus.csproj", ConsumerSources.ProjectFile(ConsumerKind.Generator, BenchmarkInputs.RepositoryRoot));
            Write(tests, "Tests.csproj", ConsumerSources.TestsReferencingCorpus);
        }
        else
        {
            Write(tests, "Tests.csproj", ConsumerSources.ProjectFile(ConsumerKind.Generator, BenchmarkInputs.RepositoryRoot));
        }

        Write(tests, "CorpusTests.cs", ConsumerSources.Tests(0));
        return new ConsumerProject(tests, n => Write(tests, "CorpusTests.cs", ConsumerSources.Tests(n)));
    }

    /// <summary>Changes the one edited input, differently for every <paramref name="edit"/>: the next build must compile again.</summary>
    /// <param name="edit">A number that differs from the last edit's.</param>
    public void Edit(int edit) => _edit(edit);

    /// <summary>Runs <c>dotnet build</c> in the project's folder.</summary>
    /// <param name="restore">Whether to restore first (the first build); timed builds pass <c>--no-restore</c>.</param>
    /// <returns>How long the build took.</returns>
    /// <exception cref="InvalidOperationException">The build failed; the message holds its output.</exception>
    public TimeSpan Build(bool restore = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "-nologo", "-v:q", "-clp:NoSummary" }.Concat(restore ? [] : ["--no-restore"]))
        {
            start.ArgumentList.Add(argument);
        }

        // The benchmark may run under 'dotnet run': MSBuild's own variables would point the child build at that build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build failed in {Folder} ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }

        return clock.Elapsed;
    }

    /// <summary>The edited text of edit number <paramref name="edit"/>: the original with a new last sentence.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="edit">The edit's number.</param>
    /// <returns>The new text.</returns>
    internal static string EditedText(string text, int edit) =>
        text + "\nThe talks went on late into the night, for the " + edit.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th time.\n";

    private static string FloorFile(int index) => Path.Combine("Texts", ConsumerSources.FloorClass(index) + ".cs");

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="folder">The project's folder.</param>
    /// <param name="relativePath">The file's path in it; its folder is created if missing.</param>
    /// <param name="content">The text.</param>
    internal static void Write(string folder, string relativePath, string content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Utf8.GetBytes(content));
    }
}
