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

    /// <summary>
    /// Every <c>*.txt</c> file in <paramref name="folder"/> and its subfolders, each file once, in ordinal path order.
    /// A folder is listed once however many links lead to it: links to folders are followed only to folders not seen
    /// yet (so a link to a parent, <c>loop -&gt; ..</c>, is not a loop 40 levels deep), after the folders reached without
    /// links, so that a file is named by its own path rather than a link's. A file reached twice (a link to a file)
    /// counts once, by its own path if it is in the tree.
    /// </summary>
    private static IEnumerable<string> TextFilesIn(string folder, List<InputProblem> problems)
    {
        var comparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var folders = new HashSet<string>(comparer); // real paths of the folders listed
        var files = new Dictionary<string, (string Path, bool IsLink)>(comparer); // real path → the path that names it
        var links = new List<string>(); // links to folders, followed once every folder reached without links is listed

        string rootReal;
        try
        {
            rootReal = RealPath(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(folder, InputProblem.UnreadableFile, $"cannot list the folder: {e.Message}"));
            return [];
        }

        folders.Add(rootReal);
        List(folder, rootReal);
        while (links.Count > 0)
        {
            var round = links.Order(StringComparer.Ordinal).ToList();
            links.Clear();
            foreach (var link in round)
            {
                string real;
                try
                {
                    real = RealPath(link);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // a link that leads nowhere (or round in a circle of links): no folder to list
                }

                if (folders.Add(real))
                {
                    List(link, real);
                }
            }
        }

        return files.Values.Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();

        void List(string path, string real)
        {
            string[] textFiles;
            string[] subfolders;
            try
            {
                textFiles = Directory.GetFiles(path, "*.txt", Listing);
                subfolders = Directory.GetDirectories(path, "*", Listing);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputProblem(path, InputProblem.UnreadableFile, $"cannot list the folder: {e.Message}"));
                return;
            }

            foreach (var file in textFiles.Order(StringComparer.Ordinal))
            {
                var isLink = new FileInfo(file).LinkTarget is not null;
                var fileReal = Path.Combine(real, Path.GetFileName(file));
                if (isLink)
                {
                    try
                    {
                        fileReal = RealPath(file);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        fileReal = file; // a broken link: kept, and reported as unreadable when it is read
                    }
                }

                if (!files.TryGetValue(fileReal, out var seen) || (seen.IsLink && !isLink))
                {
                    files[fileReal] = (file, isLink);
                }
            }

            foreach (var subfolder in subfolders.Order(StringComparer.Ordinal))
            {
                if (new DirectoryInfo(subfolder).LinkTarget is not null)
                {
                    links.Add(subfolder);
                }
                else
                {
                    var subfolderReal = Path.Combine(real, Path.GetFileName(subfolder));
                    if (folders.Add(subfolderReal))
                    {
                        List(subfolder, subfolderReal);
                    }
                }
            }
        }
    }

    /// <summary>One folder's entries, hidden ones included, as <c>Directory.EnumerateFiles</c> lists them; never recursive (see <see cref="TextFilesIn"/>).</summary>
    private static readonly EnumerationOptions Listing = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        MatchType = MatchType.Win32,
    };

    /// <summary>Symbolic links a path may pass through before it counts as a circle of links (Linux's limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The path with every symbolic link on it resolved, component by component (.NET has no <c>realpath</c>): two paths
    /// to one folder give one string.
    /// </summary>
    /// <exception cref="IOException">More than <see cref="MaxLinks"/> links: a circle.</exception>
    private static string RealPath(string path, int links = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links: {path}");
                }

                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), links + 1);
                links++;
            }

            current = next;
        }

        return current;
    }
}
