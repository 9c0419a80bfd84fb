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
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>The outcome of one in-process run.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Out}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";
}
