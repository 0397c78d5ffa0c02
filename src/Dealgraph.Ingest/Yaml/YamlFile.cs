using Dealgraph.Core;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Yaml;

/// <summary>Loads one YAML file into a node tree, refusing what a dataset never needs (anchors, aliases, several documents).</summary>
public static class YamlFile
{
    /// <summary>Files above this size are refused before parsing: a dataset file is hand-written.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Deepest nesting of sequences and mappings accepted. A dataset needs four levels; YamlDotNet's
    /// node loader recurses once per level, so thousands of levels overflowed the stack and ended
    /// the process (found by the hostile-input suite: one upload took the server down).
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Loads <paramref name="text"/>, naming <paramref name="displayPath"/> in errors. Null for an empty file.</summary>
    /// <exception cref="InputException">Invalid YAML, an alias, or more than one document.</exception>
    public static YamlNode? Load(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            Precheck(text, displayPath);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count switch
            {
                0 => null,
                1 => stream.Documents[0].RootNode,
                _ => throw new InputException("a dataset file holds one YAML document", displayPath, (int)stream.Documents[1].RootNode.Start.Line),
            };
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is YamlException ie ? ie : e;
            throw new InputException($"invalid YAML: {Describe(inner)}", displayPath, (int)inner.Start.Line, inner: e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner has failure modes that escape as non-YAML exceptions (found by fuzzing).
            throw new InputException("invalid YAML: the parser could not read this file", displayPath, LastLineRead(text), inner: e);
        }
    }

    /// <summary>The line of the last token the parser read before failing, for the error message.</summary>
    private static int? LastLineRead(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.End.Line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return line;
        }
        return null;
    }

    /// <summary>
    /// One pass over the parser's events (which keep their own stack, so any depth is safe here)
    /// before the recursive node loader runs. Refuses anchors and aliases, which let a small file
    /// expand exponentially ("billion laughs") and which datasets do not need, and nesting deeper
    /// than <see cref="MaxDepth"/>.
    /// </summary>
    private static void Precheck(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is SequenceStart or MappingStart && ++depth > MaxDepth)
            {
                throw new InputException($"YAML nested deeper than {MaxDepth} levels; a dataset needs a handful", displayPath, (int)parser.Current.Start.Line);
            }
            if (parser.Current is SequenceEnd or MappingEnd)
            {
                depth--;
            }
            if (parser.Current is AnchorAlias alias)
            {
                throw new InputException($"YAML aliases (*{alias.Value}) are not allowed in datasets", displayPath, (int)alias.Start.Line);
            }
            if (parser.Current is NodeEvent { Anchor.IsEmpty: false } node)
            {
                throw new InputException($"YAML anchors (&{node.Anchor}) are not allowed in datasets", displayPath, (int)node.Start.Line);
            }
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is printed separately.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
