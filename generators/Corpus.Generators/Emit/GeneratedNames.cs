using Corpus.Generators.Model;

namespace Corpus.Generators.Emit;

/// <summary>
/// Names from outside Corpus that the emitted code uses, and the namespace prefix of its references. The names the
/// generated code gives its own members are defined once, in <see cref="Naming.MemberNames"/> (shared with the parser's
/// naming and with the tools that show member names before a build).
/// </summary>
internal static class GeneratedNames
{
    /// <summary>MSTest's row type (MSTest 3.8 and later); when the compilation has it, each corpus gets a <c>TestData</c> class.</summary>
    public const string TestDataRowType = "Microsoft.VisualStudio.TestTools.UnitTesting.TestDataRow`1";

    /// <summary>The row label of newer MSTest versions (4.x): shown after the test's name, in parentheses.</summary>
    public const string ArgumentsDisplayName = "ArgumentsDisplayName";

    /// <summary>The row label of every MSTest that has <c>TestDataRow&lt;T&gt;</c>: shown instead of the test's name.</summary>
    public const string DisplayName = "DisplayName";

    /// <summary>The fully qualified prefix of the generated namespace: <c>global::</c>, or <c>global::My.Tests.</c>.</summary>
    public static string NamespacePrefix(EmitSettings settings) =>
        settings.Namespace.Length == 0 ? "global::" : "global::" + settings.Namespace + ".";
}
