namespace Corpus.Cli.Help;

/// <summary>One example in a command's help: a command line and what it does.</summary>
/// <param name="CommandLine">What to type, starting with <c>corpus</c>.</param>
/// <param name="What">What it does, briefly.</param>
internal sealed record Example(string CommandLine, string What);
