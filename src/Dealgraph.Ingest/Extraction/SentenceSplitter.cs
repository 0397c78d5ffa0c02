namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Splits English and Chinese text into sentences: at 。！？!?；, at a full stop followed by a space and
/// a capital (not after Mr, Inc, U.S. or an initial), at line breaks (except inside wrapped English prose)
/// and at blank lines, which also start a new paragraph. Closing quotes stay with their sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "inc", "corp", "co", "ltd", "vs", "st", "jr", "sr", "no", "e.g", "i.e", "u.s", "u.k", "gen", "sen", "rep", "approx", "est",
    };

    /// <summary>The sentences of <paramref name="text"/> within [start, end).</summary>
    public static IEnumerable<Sentence> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraph = 0;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var cut = -1;
            var newParagraph = false;
            switch (c)
            {
                case '。' or '！' or '？' or '!' or '?' or '；':
                    cut = IncludeClosers(text, i + 1, end);
                    break;
                case '.' when IsFullStop(text, i, start, end):
                    cut = IncludeClosers(text, i + 1, end);
                    break;
                case '\n':
                    var j = i + 1;
                    while (j < end && text[j] is ' ' or '\t' or '\r')
                    {
                        j++;
                    }
                    newParagraph = j < end && text[j] == '\n';
                    if (newParagraph || !WrappedProse(text, i, j, end))
                    {
                        cut = i;
                    }
                    break;
            }
            if (cut < 0)
            {
                continue;
            }
            if (Trim(text, sentenceStart, cut) is { } span)
            {
                yield return new Sentence(span, paragraph);
            }
            if (newParagraph)
            {
                paragraph++;
            }
            sentenceStart = Math.Max(cut, i + 1);
            i = sentenceStart - 1;
        }
        if (Trim(text, sentenceStart, end) is { } last)
        {
            yield return new Sentence(last, paragraph);
        }
    }

    private static int IncludeClosers(string text, int at, int end)
    {
        while (at < end && text[at] is '」' or '』' or '"' or '”' or '’' or ')' or '）' or '\'')
        {
            at++;
        }
        return at;
    }

    private static bool IsFullStop(string text, int i, int start, int end)
    {
        if (i + 1 < end && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '”' or '\'' or '’' or ')'))
        {
            return false; // 1.4, U.S., example.com
        }
        var w = i;
        while (w > start && (char.IsAsciiLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }
        var word = text[w..i];
        if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]))
        {
            return false; // an initial: "Jensen H. Huang"
        }
        if (Abbreviations.Contains(word))
        {
            return false;
        }
        var n = i + 1;
        while (n < end && text[n] is ' ' or '"' or '”' or '\'' or '’' or ')')
        {
            n++;
        }
        return n >= end || !char.IsAsciiLetterLower(text[n]);
    }

    private static bool WrappedProse(string text, int newline, int next, int end)
    {
        var p = newline - 1;
        while (p >= 0 && text[p] is ' ' or '\r' or '\t')
        {
            p--;
        }
        return p >= 0 && next < end && (char.IsAsciiLetter(text[p]) || text[p] is ',' or ';' or '$' or '-' || char.IsAsciiDigit(text[p]))
            && (char.IsAsciiLetterLower(text[next]) || char.IsAsciiDigit(text[next]) || text[next] == '$');
    }

    private static TextSpan? Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return e > s ? new TextSpan(s, e) : null;
    }
}
