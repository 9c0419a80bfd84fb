using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's conventions (Verify itself is not in the reachable registry):
/// <c>Snapshots/{Class}.{Method}#{hint}.verified.cs</c> next to the test file; on a mismatch the new output goes to
/// <c>.received.cs</c> (git-ignored) and the test fails with a line diff. Set <c>CORPUS_ACCEPT_SNAPSHOTS=1</c> to accept.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUS_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string hint, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{method}#{hint}";
        var verifiedPath = Path.Combine(folder, stem + ".verified.cs");
        var receivedPath = Path.Combine(folder, stem + ".received.cs");
        actual = actual.Replace("\r\n", "\n");

        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No snapshot yet: {verifiedPath}. Review {receivedPath}, then rename it or rerun with {AcceptVariable}=1."
            : $"Snapshot differs: {verifiedPath}\nReceived: {receivedPath}\n{Diff(expected, actual)}\nAccept with {AcceptVariable}=1 if the change is intended.";
        throw new AssertFailedException(message);
    }

    private static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged || shown++ > 60)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text.Length > 160 ? line.Text[..160] + "…" : line.Text);
        }

        return builder.ToString();
    }
}
