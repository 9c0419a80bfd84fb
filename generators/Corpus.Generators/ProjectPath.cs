using System;
using System.Collections.Generic;

namespace Corpus.Generators;

/// <summary>
/// A seed file's path relative to the project directory, as <c>Document.RelativePath</c> holds it: forward slashes,
/// no <c>.</c> or <c>..</c> segments, the same on every machine and culture (it depends on the two paths only).
/// </summary>
public static class ProjectPath
{
    /// <summary>The MSBuild properties that name the project directory, in the order they are tried.</summary>
    public static readonly string[] DirectoryProperties = { "build_property.ProjectDir", "build_property.MSBuildProjectDirectory" };

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="projectDirectory"/> (<c>sub1/same.txt</c>), or the file name when
    /// the directory is unknown or the file lies outside it.
    /// </summary>
    /// <param name="path">The seed file's full path, as the compiler has it.</param>
    /// <param name="projectDirectory">The project directory, or <see langword="null"/> when MSBuild did not say.</param>
    /// <returns>A relative path with forward slashes.</returns>
    public static string Relative(string path, string? projectDirectory)
    {
        var fileName = DocumentSpecBuilder.FileName(path);
        if (string.IsNullOrWhiteSpace(projectDirectory))
        {
            return fileName;
        }

        var file = Normalize(path);
        var directory = Normalize(projectDirectory!.Trim()).TrimEnd('/');

        // Windows paths (a drive letter, or a UNC share) compare ignoring case, as the file system does; others do not.
        var comparison = IsWindowsPath(file) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = directory + "/";
        return file.Length > prefix.Length && file.StartsWith(prefix, comparison) ? file.Substring(prefix.Length) : fileName;
    }

    /// <summary>Forward slashes, no empty, <c>.</c> or <c>..</c> segments (a path that climbs above its root keeps its <c>..</c>).</summary>
    private static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var root = unified.StartsWith("//", StringComparison.Ordinal) ? "//" : unified.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
        var segments = new List<string>();
        foreach (var segment in unified.Substring(root.Length).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return root + string.Join("/", segments);
    }

    private static bool IsWindowsPath(string normalized) =>
        normalized.StartsWith("//", StringComparison.Ordinal)
        || (normalized.Length >= 2 && normalized[1] == ':' && ((normalized[0] | 0x20) is >= 'a' and <= 'z'));
}
