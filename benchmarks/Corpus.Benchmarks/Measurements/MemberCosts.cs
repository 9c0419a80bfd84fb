using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Benchmarks.Consumers;
using Corpus.Benchmarks.Inputs;
using Corpus.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks.Measurements;

/// <summary>
/// Where the compiler's time goes on the archive's generated code, and what other member shapes would cost
/// (docs/performance.md, issue 16). In process, one compilation at a time: the generator's output (or the floor's
/// literals) parsed, declared (<see cref="Compilation.GetDeclarationDiagnostics"/>), bound
/// (<see cref="Compilation.GetMethodBodyDiagnostics"/>), and, in a fresh compilation, emitted with a PDB and a reference
/// assembly, as <c>dotnet build</c> does. A measurement, not a benchmark: one run per variant, CPU time of the whole
/// process (Roslyn works on both cores) and wall clock. Run it with
/// <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --member-costs</c> (about ten minutes).
/// </summary>
public static partial class MemberCosts
{
    /// <summary>The command-line switch that runs this measurement instead of BenchmarkDotNet.</summary>
    public const string Switch = "--member-costs";

    private static readonly CSharpParseOptions NoDocs = GeneratorHost.ParseOptions.WithDocumentationMode(DocumentationMode.None);

    private static readonly CSharpParseOptions CheckedDocs = GeneratorHost.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>Runs the variants and writes one Markdown row each.</summary>
    /// <param name="output">Where the rows go.</param>
    /// <param name="only">When given, only the variants whose name holds it, beside the floor and the code as generated.</param>
    public static void Run(TextWriter output, string? only = null)
    {
        var texts = BenchmarkInputs.Load(CorpusKind.Archive);
        var every = Generate(texts, members: null);
        var documents = Generate(texts, members: "Documents");
        var floor = texts.Select((t, i) => ConsumerSources.FloorText(i, t.Text)).ToList();

        var variants = new List<(string Name, IReadOnlyList<string> Sources, CSharpParseOptions Options)>
        {
            ("floor (the texts as u8 literals)", floor, NoDocs),
            ("documents only (CorpusMembers=Documents)", documents, NoDocs),
            ("every member, as generated", every, NoDocs),
            ("every member, XML docs checked (GenerateDocumentationFile)", every, CheckedDocs),
            ("every member, no XML doc comments", every.Select(StripDocs).ToList(), NoDocs),
            ("every member as `=> P(12);` (one private helper per class)", every.Select(Helper).ToList(), NoDocs),
            ("every member as `=> default!;` (a property's least cost)", every.Select(DefaultBody).ToList(), NoDocs),
            ("every member as an enum constant (`public enum Paragraphs { X = 12, … }`)", every.Select(EnumConstants).ToList(), NoDocs),
            ("every member, as generated (again)", every, NoDocs),
        };

        if (only is not null)
        {
            variants = variants.Where(v => v.Name.StartsWith("floor", StringComparison.Ordinal) || v.Name == "every member, as generated" || v.Name.Contains(only, StringComparison.Ordinal)).ToList();
        }

        // The compiler's own code is JIT-compiled on first use: a first compilation, not timed, pays for that.
        Measure(documents, NoDocs);
        output.WriteLine("| variant | source MB | parse | declare | bind bodies | emit (fresh: all of it) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, sources, options) in variants)
        {
            var m = Measure(sources, options);
            var megabytes = sources.Sum(s => (long)s.Length) / 1e6;
            output.WriteLine($"| {name} | {F(megabytes)} | {m.Parse} | {m.Declare} | {m.Bind} | {m.Emit} |");
            output.Flush();
        }

        output.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static IReadOnlyList<string> Generate(IReadOnlyList<SeedText> texts, string? members)
    {
        var driver = GeneratorHost.Driver(GeneratorHost.AdditionalTexts(texts), members: members).RunGenerators(GeneratorHost.Compilation());
        return driver.GetRunResult().GeneratedTrees.Select(t => t.GetText().ToString()).ToList();
    }

    private static (string Parse, string Declare, string Bind, string Emit) Measure(IReadOnlyList<string> sources, CSharpParseOptions options)
    {
        Collect();
        var (trees, parse) = Time(() => sources.AsParallel().AsOrdered().Select((s, i) => CSharpSyntaxTree.ParseText(SourceText.From(s, Encoding.UTF8), options, path: $"/consumer/G{i}.cs")).ToList());
        var compilation = GeneratorHost.Compilation(trees);
        var (_, declare) = Time(() => compilation.GetDeclarationDiagnostics());
        var (bodies, bind) = Time(() => compilation.GetMethodBodyDiagnostics());
        if (bodies.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException("The variant does not compile: " + error);
        }

        compilation = null;
        Collect();
        var fresh = GeneratorHost.Compilation(trees);
        var (result, emit) = Time(() => fresh.Emit(
            Stream.Null,
            pdbStream: Stream.Null,
            xmlDocumentationStream: options.DocumentationMode == DocumentationMode.Diagnose ? Stream.Null : null,
            metadataPEStream: Stream.Null,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: false)));
        if (!result.Success)
        {
            throw new InvalidOperationException("The variant does not emit: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
        }

        return (parse, declare, bind, emit);
    }

    private static (T Result, string Time) Time<T>(Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (result, $"{F(used)} s ({F(wall)} s)");
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The source without its <c>///</c> lines.</summary>
    private static string StripDocs(string source) => DocLine().Replace(source, string.Empty);

    /// <summary>
    /// Every <c>Paragraphs.X</c> and <c>Quotes.X</c> as a call of one private helper of its class
    /// (<c>=&gt; P(12);</c>, <c>private static Paragraph P(int i) =&gt; Document.Paragraphs[i];</c>): one overload
    /// resolution of a method of the same class instead of a property, an interface property and an indexer.
    /// </summary>
    private static string Helper(string source)
    {
        var shaped = Member().Replace(source, m => $"{m.Groups["head"].Value} => {(m.Groups["list"].Value == "Paragraphs" ? "P" : "Q")}({m.Groups["index"].Value});");
        return ListClass().Replace(shaped, m => m.Groups["list"].Value == "Paragraphs"
            ? m.Value + "private static global::Corpus.Paragraph P(int i) => Document.Paragraphs[i];\n"
            : m.Value + "private static global::Corpus.Quote Q(int i) => Document.Quotes[i];\n");
    }

    /// <summary>Every member with a body that does nothing: what a property costs at least (not a usable shape).</summary>
    private static string DefaultBody(string source) => Member().Replace(source, m => $"{m.Groups["head"].Value} => default!;");

    /// <summary>
    /// Every <c>Paragraphs</c> and <c>Quotes</c> class as an enum of constants named as the members are, each valued by
    /// its index, docs kept: no method per member (read as <c>document.Paragraphs[(int)X.Paragraphs.Y]</c>; not the API).
    /// </summary>
    private static string EnumConstants(string source)
    {
        var constants = Member().Replace(source, m => $"{m.Groups["head"].Value.Split(' ')[^1]} = {m.Groups["index"].Value},");
        return ListClass().Replace(constants, m => m.Value.Replace("public static class", "public enum", StringComparison.Ordinal));
    }

    private static string F(double value) => value.ToString("N1", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[ \t]*///.*\n", RegexOptions.Multiline)]
    private static partial Regex DocLine();

    [GeneratedRegex(@"(?<head>public static global::Corpus\.(?:Paragraph|Quote) \w+) => Document\.(?<list>Paragraphs|Quotes)\[(?<index>\d+)\];")]
    private static partial Regex Member();

    [GeneratedRegex(@"public static class (?<list>Paragraphs|Quotes)\n[ \t]*\{\n")]
    private static partial Regex ListClass();
}
