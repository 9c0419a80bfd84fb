using System;
using System.IO;

namespace Corpus.Cli.Tests;

/// <summary>Runs <c>corpus</c> in-process and captures what it writes.</summary>
internal static class Cli
{
    public static string SeedsFolder => RepositoryPaths.Seeds;

    public static string Seed(string fileName) => Path.Combine(SeedsFolder, fileName);

    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        return RunWithOutput(stdout, args);
    }

    /// <summary>Runs with <paramref name="stdout"/> as standard output (for one that fails); <see cref="CliRun.Out"/> is what it holds, if a StringWriter.</summary>
    public static CliRun RunWithOutput(TextWriter stdout, params string[] args)
    {
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout is StringWriter captured ? captured.ToString() : string.Empty, stderr.ToString());
    }
}

/// <summary>Standard output that fails on every write, as <c>corpus export &gt; /proc/version</c> or a full disk does.</summary>
internal sealed class FailingWriter(string message = "Input/output error") : TextWriter
{
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value) => throw new IOException(message);

    public override void Write(string? value) => throw new IOException(message);

    public override void Write(char[] buffer, int index, int count) => throw new IOException(message);

    public override void WriteLine(string? value) => throw new IOException(message);

    public override void Flush() => throw new IOException(message);
}

/// <summary>The outcome of one in-process run.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Out}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";
}
