using System.Buffers;
using System.Text.RegularExpressions;
using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Turns figures into intervals from the words around them: <c>up to</c>/<c>最多</c>/<c>高達</c>,
/// <c>at least</c>/<c>至少</c>, <c>about</c>/<c>約</c>/<c>大概</c>, <c>more than</c>/<c>超過</c>,
/// <c>nothing like</c>/<c>絕對不會像這樣</c> (less than); a negation flips a comparative (<see cref="Negation"/>:
/// <c>no more than</c>/<c>不超過</c> up to, <c>not less than</c>/<c>不少於</c> at least); joins "$15 billion to $50 billion" into a range;
/// marks rates ("per gigawatt"), market sizes ("a $100 billion market") and bracketed conversions.
/// </summary>
internal static partial class QualifierRules
{
    [GeneratedRegex(@"^\s*(?:or more|plus|以上)")]
    private static partial Regex AtLeastAfter();

    [GeneratedRegex(@"^\s*(?:or (?:less|lower|below|under)\b|以下|以內|以内)", RegexOptions.IgnoreCase)]
    private static partial Regex UpToAfter();

    [GeneratedRegex(@"^\s*(?:左右|上下)")]
    private static partial Regex AboutAfter();

    [GeneratedRegex(@"^\s*(?:per|a|for each|each|/)\s*(?:gigawatt|GW|megawatt|MW|chip|GPU|share)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateAfter();

    [GeneratedRegex(@"每\s*(?:\d+\s*)?(?:GW|吉瓦|十億瓦|百萬瓩|顆|片|股)\s*[^\d]{0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex RateBefore();

    [GeneratedRegex(@"^\s*[-‑]?\s*(?:market|industry|opportunity|sector|TAM\b|economy|parameters|市場|市场|產業|产业|商機|商机|規模|规模|產值|产值|晚宴|宴|俱樂部|俱乐部|等級|等级|級|级|參數|参数)", RegexOptions.IgnoreCase)]
    private static partial Regex MarketAfter();

    [GeneratedRegex(@"^\s*(?:to|-|–|—|~|～|至|到)\s*$")]
    private static partial Regex RangeJoin();

    private const int Window = 28;

    public static List<AmountMention> Apply(string text, int start, int end, List<RawFigure> raws, DocumentState state)
    {
        var result = new List<AmountMention>(raws.Count);
        Span<char> lowered = stackalloc char[Window];
        for (var k = 0; k < raws.Count; k++)
        {
            var raw = raws[k];
            Currency currency;
            if (raw.Code is { } code)
            {
                currency = CurrencyWords.Resolve(code, state.Chinese, state.Traditional);
                if (code is not ("元" or "¥"))
                {
                    state.LastCurrency = currency; // only an unambiguous mark names the currency of later bare figures
                }
            }
            else if (state.LastCurrency is { } last)
            {
                currency = last;
            }
            else
            {
                continue; // a bare "100 億" before any currency is named: could be anything.
            }
            var before = Before(text, start, raw.Start, lowered);
            var beforeFromSentenceStart = raw.Start - before.Length == start;
            var afterEnd = Math.Min(end, raw.End + Window);
            var after = text.AsSpan(raw.End, afterEnd - raw.End);
            var spanStart = raw.Start;
            var spanEnd = raw.End;
            // A range: "$15 billion to $50 billion", "150 億至 500 億".
            if (k + 1 < raws.Count && RangeJoin().IsMatch(text.AsSpan(raw.End, raws[k + 1].Start - raw.End))
                && (raws[k + 1].Code is null || raw.Code is null || raws[k + 1].Code == raw.Code))
            {
                var next = raws[k + 1];
                var low = raw.HasScale || !next.HasScale ? raw.Value : raw.Value * Scale(next.Value);
                if (low <= next.Value)
                {
                    result.Add(new AmountMention { Span = new(raw.Start, next.End), Amount = Amount.Range(low, next.Value, currency), CurrencyStated = raw.Stated || next.Stated });
                    k++;
                    continue;
                }
            }
            // "千億美元" without a leading numeral is an order of magnitude ("a hundred-billion deal"), not a count.
            var qualifier = raw.Rough ? AmountQualifier.About : AmountQualifier.Exact;
            if (QualifierBefore(before, beforeFromSentenceStart) is { } found)
            {
                qualifier = found.Qualifier;
                spanStart -= before.Length - found.Index;
            }
            else if (FirstMatchLength(AtLeastAfter(), after) is { } atLeast)
            {
                qualifier = AmountQualifier.AtLeast;
                spanEnd += atLeast;
            }
            else if (FirstMatchLength(UpToAfter(), after) is { } upTo)
            {
                qualifier = AmountQualifier.UpTo;
                spanEnd += upTo;
            }
            else if (FirstMatchLength(AboutAfter(), after) is { } about)
            {
                qualifier = AmountQualifier.About;
                spanEnd += about;
            }
            // "會不會超過 1000 億?…絕對不會像這樣": the answer that follows caps the figure.
            if (text.AsSpan(raw.End, end - raw.End).IndexOfAny(LaterLessThan) >= 0)
            {
                qualifier = AmountQualifier.LessThan;
            }
            var rate = FirstMatch(RateAfter(), after) ?? FirstMatch(RateBefore(), before);
            var previousEnd = result.Count > 0 ? result[^1].Span.End : -1;
            var conversion = previousEnd >= 0 && raw.Start - previousEnd <= 3 && text.AsSpan(previousEnd, raw.Start - previousEnd).IndexOfAny("(（") >= 0;
            result.Add(new AmountMention
            {
                Span = new(spanStart, spanEnd),
                Amount = Amount.Create(qualifier, raw.Value, raw.Value, currency),
                CurrencyStated = raw.Stated,
                RateUnit = rate,
                IsMarketSize = MarketAfter().IsMatch(after) || MarketBefore(before),
                IsConversion = conversion,
            });
        }
        return result;
    }

    // Qualifier phrases by priority; each may be followed by a particle ("高達約", "約為", "超過了", "less than the").
    // The negated forms ("no less than", "不少於", "不超過") are not listed: a negation before a comparative flips it.
    private static readonly (string Phrase, AmountQualifier Qualifier)[] BeforePhrases =
    [
        .. Phrases(AmountQualifier.UpTo, "up to about", "up to and including", "up to", "at most", "as much as", "as high as", "最多", "高達", "高达", "至多", "上看", "最高", "多達", "多达"),
        .. Phrases(AmountQualifier.LessThan, "less than", "below", "nothing like", "far less than", "well below", "fewer than", "lower than", "不到", "低於", "低于", "少於", "少于", "絕對不是", "绝对不是", "但不是", "遠低於", "远低于", "未達", "未达"),
        .. Phrases(AmountQualifier.AtLeast, "at least", "a minimum of", "至少", "最少"),
        .. Phrases(AmountQualifier.MoreThan, "more than", "over", "exceeding", "exceeds", "exceeded", "exceed", "greater than", "higher than", "in excess of", "upwards of", "above", "超過", "超过", "逾", "超出", "多於", "多于", "高於", "高于"),
        .. Phrases(AmountQualifier.About, "about", "around", "roughly", "approximately", "some", "nearly", "almost", "close to", "an estimated", "約", "约", "大約", "大约", "大概", "將近", "接近", "估計", "近"),
    ];

    // A phrase can only end the window if its last character does: look at those alone, in priority order.
    private static readonly Dictionary<char, (string Phrase, AmountQualifier Qualifier)[]> BeforePhrasesByLastChar =
        BeforePhrases.GroupBy(p => p.Phrase[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly SearchValues<string> LaterLessThan = SearchValues.Create(
        ["絕對不會像這樣", "绝对不会像这样", "nothing like that", "nothing like it", "nothing like this", "nowhere near", "遠遠不到", "远远不到"], StringComparison.OrdinalIgnoreCase);

    // Also the verbs a Chinese qualifier stands before: "最多再追加 200 億" (at most a further 20 billion).
    private static readonly string[] Particles = ["the", "達", "达", "约", "約", "是", "為", "为", "了", "再追加", "追加", "再投資", "再投资", "投資", "投资", "投入", "出資", "出资"];

    private static readonly string[] MarketWords = ["market", "industry", "sector", "市場", "市场", "產業", "产业"];

    private static IEnumerable<(string, AmountQualifier)> Phrases(AmountQualifier q, params string[] phrases) => phrases.Select(p => (p, q));

    /// <summary>Length of the first match of an anchored regex in <paramref name="input"/>, or null.</summary>
    private static int? FirstMatchLength(Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input))
        {
            return m.Length;
        }
        return null;
    }

    /// <summary>The first match of <paramref name="regex"/> in <paramref name="input"/>, trimmed, or null.</summary>
    private static string? FirstMatch(Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input))
        {
            return input.Slice(m.Index, m.Length).Trim().ToString();
        }
        return null;
    }

    /// <summary>The qualifier phrase that ends the (lower-case) window, and where it starts.</summary>
    private static (AmountQualifier Qualifier, int Index)? QualifierBefore(ReadOnlySpan<char> window, bool fromSentenceStart)
    {
        var w = window.TrimEnd();
        if (Negated(Match(w), w, fromSentenceStart) is { } direct)
        {
            return direct;
        }
        foreach (var particle in Particles)
        {
            if (w.EndsWith(particle, StringComparison.Ordinal) && Match(w[..^particle.Length].TrimEnd()) is { } withParticle)
            {
                return Negated(withParticle, w, fromSentenceStart);
            }
        }
        return null;

        // A negation right before a comparative flips it and joins the span.
        static (AmountQualifier, int)? Negated((AmountQualifier Qualifier, int Index)? found, ReadOnlySpan<char> w, bool fromSentenceStart) =>
            found is { } f && Negation.Flip(f.Qualifier) != f.Qualifier && Negation.Before(w, f.Index, fromSentenceStart) is { } at
                ? (Negation.Flip(f.Qualifier), at)
                : found;

        // Indices into w are indices into the window: w is a prefix of it.
        static (AmountQualifier, int)? Match(ReadOnlySpan<char> w)
        {
            if (w.Length == 0 || !BeforePhrasesByLastChar.TryGetValue(w[^1], out var phrases))
            {
                return null;
            }
            foreach (var (phrase, qualifier) in phrases)
            {
                var at = w.Length - phrase.Length;
                if (at >= 0 && w.EndsWith(phrase, StringComparison.Ordinal) && !(char.IsAsciiLetter(phrase[0]) && at > 0 && char.IsAsciiLetter(w[at - 1])))
                {
                    return (qualifier, at);
                }
            }
            return null;
        }
    }

    /// <summary>"market worth …", "市場規模將達 …": a market word before the figure, in the same clause, close by.</summary>
    private static bool MarketBefore(ReadOnlySpan<char> window)
    {
        foreach (var word in MarketWords)
        {
            var at = window.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && window.Length - at - word.Length <= 18 && window[at..].IndexOfAny(",，。;；") < 0
                && (char.IsAsciiLetter(word[0]) ? MarketLink().IsMatch(window[(at + word.Length)..]) : true))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^\s+(?:worth|of|valued at|size of|estimated at)\s*$")]
    private static partial Regex MarketLink();

    /// <summary>Up to <see cref="Window"/> characters before the figure, lower-cased into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Before(string text, int sentenceStart, int at, Span<char> buffer)
    {
        var from = Math.Max(sentenceStart, at - Window);
        var written = text.AsSpan(from, at - from).ToLowerInvariant(buffer);
        return buffer[..written];
    }

    private static decimal Scale(decimal value) =>
        value >= 1e12m ? 1e12m : value >= 1e9m ? 1e9m : value >= 1e6m ? 1e6m : value >= 1e3m ? 1e3m : 1m;
}
