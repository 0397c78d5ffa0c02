using System.Text.RegularExpressions;

namespace Dealgraph.Ingest.Extraction;

/// <summary>A table of cue patterns (English words, Chinese phrases) and what each signals, matched in one regex pass.</summary>
/// <typeparam name="T">What a cue signals.</typeparam>
internal sealed class CueTable<T>
{
    private readonly Regex _regex;
    private readonly T[] _values;

    /// <summary>Builds the table; English patterns get word boundaries, Chinese ones match anywhere.</summary>
    public CueTable(params (string Pattern, T Value)[] cues)
    {
        _values = [.. cues.Select(c => c.Value)];
        var alternatives = cues.Select((c, i) =>
        {
            var p = char.IsAsciiLetter(c.Pattern[0]) ? @"\b" + c.Pattern + @"\b" : c.Pattern;
            return $"(?<c{i}>{p})";
        });
        _regex = new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);
    }

    /// <summary>Every cue in [start, end), in text order.</summary>
    public List<WordMatch<T>> Find(string text, int start, int end)
    {
        var result = new List<WordMatch<T>>();
        foreach (Match m in _regex.Matches(text[start..end]))
        {
            for (var g = 1; g < m.Groups.Count; g++)
            {
                if (m.Groups[g].Success)
                {
                    var index = int.Parse(m.Groups[g].Name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                    result.Add(new WordMatch<T>(_values[index], m.Value, new TextSpan(start + m.Index, start + m.Index + m.Length)));
                    break;
                }
            }
        }
        return result;
    }
}
