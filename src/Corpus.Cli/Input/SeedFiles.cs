using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Cli.Input;

/// <summary>Finds, reads and parses article files at run time, collecting every problem instead of stopping at the first.</summary>
internal static class SeedFiles
{
    /// <summary>
    /// Parses the files named by <paramref name="paths"/>: a file as given, a folder as every <c>*.txt</c> inside it,
    /// recursively, in ordinal path order.
    /// </summary>
    /// <param name="paths">Files and folders, in the order given.</param>
    /// <returns>The documents of the usable files and the problems found, both in argument order.</returns>
    public static InputResult Read(IEnumerable<string> paths)
    {
        var problems = new List<InputProblem>();
        var documents = new List<Document>();
        foreach (var path in paths)
        {
            foreach (var file in Expand(path, problems))
            {
                if (Parse(file, problems) is { } document)
                {
                    documents.Add(document);
                }
            }
        }

        return new InputResult(documents, problems);
    }

    /// <summary>Parses exactly one file; a folder is an error.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its document (none if it has an error) and its problems.</returns>
    public static InputResult ReadFile(string path)
    {
        var problems = new List<InputProblem>();
        return new InputResult(Parse(path, problems) is { } document ? [document] : [], problems);
    }

    private static Document? Parse(string file, List<InputProblem> problems)
    {
        if (TextFile.Read(file, problems) is not { } text)
        {
            return null;
        }

        var document = CorpusParser.Parse(text, Path.GetFileName(file), out var report);
        if (report.StoppedAtParagraph is int stopped)
        {
            var (line, column) = TextFile.Position(text, document.Paragraphs[stopped].Start);
            problems.Add(new InputProblem(
                file,
                InputProblem.WorkBudgetSpent,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the text needs more work to read than the parser allows a text of its length ({report.Budget} units); quotes are not looked for from Paragraphs[{stopped}] on. Every paragraph and its text is kept"),
                line,
                column,
                IsWarning: true));
        }

        return document;
    }

    private static IEnumerable<string> Expand(string path, List<InputProblem> problems)
    {
        if (Directory.Exists(path))
        {
            return TextFilesIn(path, problems);
        }

        if (File.Exists(path))
        {
            return [path];
        }

        problems.Add(new InputProblem(path, InputProblem.UnreadableFile, "no such file or folder"));
        return [];
    }

    private static IEnumerable<string> TextFilesIn(string folder, List<InputProblem> problems)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(folder, InputProblem.UnreadableFile, $"cannot list the folder: {e.Message}"));
            return [];
        }
    }
}
