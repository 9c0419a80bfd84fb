using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Cli;

/// <summary>Finds and reads seed files at run time, turning every I/O failure into an <see cref="InputException"/>.</summary>
internal static class SeedFiles
{
    /// <summary>The files named by <paramref name="paths"/>: a file as given, a folder as every <c>*.txt</c> inside it, recursively, in ordinal path order.</summary>
    /// <param name="paths">Files and folders, in the order given.</param>
    /// <returns>The files, in argument order.</returns>
    /// <exception cref="InputException">A path does not exist or a folder cannot be listed.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(TextFilesIn(path));
            }
            else
            {
                throw new InputException($"no such file or folder: '{path}'");
            }
        }

        return files;
    }

    /// <summary>Reads and parses one file, as the generator would read it.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="InputException">The file is missing or cannot be read.</exception>
    public static Document Parse(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"'{path}' is a folder, not a file");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"no such file: '{path}'", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"cannot read '{path}': {e.Message}", e);
        }

        return CorpusParser.Parse(text, Path.GetFileName(path));
    }

    private static IEnumerable<string> TextFilesIn(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot list folder '{folder}': {e.Message}", e);
        }
    }
}
