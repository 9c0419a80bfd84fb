using System.Text;

namespace Corpus.Generators.Emit;

/// <summary>Writes C# with indentation, '\n' line ends and nothing culture-dependent.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string closer = "}")
    {
        _indent--;
        return Line(closer);
    }

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> comment, escaped for XML.</summary>
    public SourceWriter Summary(string text)
    {
        Line("/// <summary>");
        Line("/// " + Literals.Xml(text));
        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();
}
