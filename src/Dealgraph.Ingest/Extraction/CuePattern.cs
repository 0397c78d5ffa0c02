namespace Dealgraph.Ingest.Extraction;

/// <summary>Expands the small pattern language of cue tables into literals: <c>(a|b)</c>, <c>(a|b)?</c>, <c>[ab]</c>, <c>x?</c>.</summary>
internal static class CuePattern
{
    public static List<string> Expand(string pattern)
    {
        var results = new List<string> { "" };
        var i = 0;
        while (i < pattern.Length)
        {
            List<string> options;
            if (pattern[i] == '(')
            {
                var close = Close(pattern, i);
                options = [.. Split(pattern[(i + 1)..close]).SelectMany(Expand)];
                i = close + 1;
            }
            else if (pattern[i] == '[')
            {
                var close = pattern.IndexOf(']', i);
                options = [.. pattern[(i + 1)..close].Select(c => c.ToString())];
                i = close + 1;
            }
            else
            {
                options = [pattern[i].ToString()];
                i++;
            }
            if (i < pattern.Length && pattern[i] == '?')
            {
                options.Add("");
                i++;
            }
            results = [.. results.SelectMany(r => options.Select(o => r + o))];
        }
        return results;
    }

    private static int Close(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            depth += pattern[i] == '(' ? 1 : pattern[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        throw new ArgumentException($"unbalanced cue pattern '{pattern}'");
    }

    private static List<string> Split(string alternatives)
    {
        var parts = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < alternatives.Length; i++)
        {
            depth += alternatives[i] == '(' ? 1 : alternatives[i] == ')' ? -1 : 0;
            if (alternatives[i] == '|' && depth == 0)
            {
                parts.Add(alternatives[from..i]);
                from = i + 1;
            }
        }
        parts.Add(alternatives[from..]);
        return parts;
    }
}
