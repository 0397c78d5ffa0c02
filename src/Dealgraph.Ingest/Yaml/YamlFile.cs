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

    /// <summary>Loads <paramref name="text"/>, naming <paramref name="displayPath"/> in errors. Null for an empty file.</summary>
    /// <exception cref="InputException">Invalid YAML, an alias, or more than one document.</exception>
    public static YamlNode? Load(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            RefuseAliases(text, displayPath);
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

    /// <summary>Anchors and aliases let a small file expand exponentially ("billion laughs"); datasets do not need them.</summary>
    private static void RefuseAliases(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
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
