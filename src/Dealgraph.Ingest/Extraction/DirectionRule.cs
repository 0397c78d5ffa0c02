using System.Buffers;
using System.Text.RegularExpressions;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Decides the direction of money between the parties of a sentence from verbs and particles:
/// <c>X invests in Y</c>, <c>X's investment in Y</c>, <c>Y buys from X</c>, <c>Y raises from X</c>, <c>X backed by Y</c>,
/// <c>X 投資 Y</c>, <c>Y 向 X 採購</c>, <c>Y 於 X 上花費</c>, <c>Y 獲得 X 投資</c>, <c>Y 被 X 收購</c>. The subject is the nearest party
/// before the cue (skipping one that follows "with"/"與"), the object the nearest one after it.
/// </summary>
public static partial class DirectionRule
{
    // Particles first: in "Y 向 X 採購" the particle, not the verb, shows who is the subject.
    [GeneratedRegex(@"(?<p>向|從|从|对|對|於|于)\s*[^，。,;；]{1,24}?(?<v>投資|投资|注資|注资|採購|采购|購買|购买|訂購|订购|買|买|租用|支付|下單|下单|花費|花费)|(?<r>向|從|从)\s*[^，。,;；]{1,24}?(?<v2>融資|融资|借款|借|募資|募资|募得|籌得|筹得|獲得|获得|取得|拿到|收到|募集)|(?<s>向|為|为)\s*[^，。,;；]{1,24}?(?<v3>出售|銷售|销售|供應|供应|提供)|(?<b>被)\s*[^，。,;；]{1,16}?(?<v4>投資|投资|收購|收购|注資|注资)")]
    private static partial Regex Particles();

    // The first alternative alone, anchored: it tells a paying particle phrase ("向 X 採購") from a receiving one ("向 X 融資").
    [GeneratedRegex(@"^(?:向|從|从|对|對|於|于)\s*[^，。,;；]{1,24}?(?:投資|投资|注資|注资|採購|采购|購買|购买|訂購|订购|買|买|租用|支付|下單|下单|花費|花费)")]
    private static partial Regex PayingParticle();

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",，;；—–");

    private static readonly SearchValues<char> ParticleChars = SearchValues.Create("向從从对對於于為为被");

    // A null flow marks a word that contains a cue but means something else ("搞砸" botch, not "砸" splash out;
    // "獲利" profit; "供應鏈" supply chain; "投入使用" put into service): the longer match covers the cue, so it is not read as one.
    private static readonly CueTable<MoneyFlow?> Verbs = new(
        ("(backed|funded|financed|bankrolled|bought|acquired|purchased|led|invested in) by", MoneyFlow.Reverse),
        ("investments? (in|into)", MoneyFlow.Forward), ("stake in", MoneyFlow.Forward),
        ("invest(s|ed|ing)?", MoneyFlow.Forward), ("pour(s|ed|ing)?", MoneyFlow.Forward), ("inject(s|ed|ing)?", MoneyFlow.Forward), ("put(s|ting)?", MoneyFlow.Forward),
        ("back(s|ed|ing)?", MoneyFlow.Forward), ("fund(s|ed|ing)?", MoneyFlow.Forward), ("lend(s|ing)?", MoneyFlow.Forward), ("lent", MoneyFlow.Forward),
        ("pay(s|ing)?", MoneyFlow.Forward), ("paid", MoneyFlow.Forward), ("buy(s|ing)?", MoneyFlow.Forward), ("bought", MoneyFlow.Forward),
        ("purchas(e|es|ed|ing)", MoneyFlow.Forward), ("order(s|ed)?", MoneyFlow.Forward), ("spend(s|ing)?", MoneyFlow.Forward), ("spent", MoneyFlow.Forward),
        ("commit(s|ted)? to", MoneyFlow.Forward), ("acquir(e|es|ed|ing)", MoneyFlow.Forward), ("rent(s|ed)?", MoneyFlow.Forward), ("lease(s|d)? from", MoneyFlow.Forward),
        ("raise(s|d)?", MoneyFlow.Reverse), ("raising", MoneyFlow.Reverse), ("receive(s|d)?", MoneyFlow.Reverse), ("secure(s|d)?", MoneyFlow.Reverse),
        ("gets?", MoneyFlow.Reverse), ("got", MoneyFlow.Reverse), ("land(s|ed)?", MoneyFlow.Reverse), ("wins?", MoneyFlow.Reverse), ("won", MoneyFlow.Reverse),
        ("sell(s|ing)?", MoneyFlow.Reverse), ("sold", MoneyFlow.Reverse), ("suppl(y|ies|ied)", MoneyFlow.Reverse), ("provid(e|es|ed|ing)", MoneyFlow.Reverse),
        ("deliver(s|ed)?", MoneyFlow.Reverse),
        ("搞砸", null), ("砸鍋", null), ("砸锅", null), ("獲利", null), ("获利", null), ("投入使用", null), ("投入運營", null), ("投入运营", null), ("投入生產", null), ("投入生产", null), ("供應鏈", null), ("供应链", null),
        ("投資", MoneyFlow.Forward), ("投资", MoneyFlow.Forward), ("注資", MoneyFlow.Forward), ("注资", MoneyFlow.Forward), ("入股", MoneyFlow.Forward), ("投入", MoneyFlow.Forward),
        ("砸", MoneyFlow.Forward), ("斥資", MoneyFlow.Forward), ("斥资", MoneyFlow.Forward), ("領投", MoneyFlow.Forward), ("领投", MoneyFlow.Forward),
        ("採購", MoneyFlow.Forward), ("采购", MoneyFlow.Forward), ("購買", MoneyFlow.Forward), ("购买", MoneyFlow.Forward), ("訂購", MoneyFlow.Forward), ("买", MoneyFlow.Forward), ("買", MoneyFlow.Forward),
        ("收購", MoneyFlow.Forward), ("收购", MoneyFlow.Forward), ("支付", MoneyFlow.Forward), ("花費", MoneyFlow.Forward), ("花费", MoneyFlow.Forward), ("租用", MoneyFlow.Forward), ("借給", MoneyFlow.Forward), ("借给", MoneyFlow.Forward), ("貸款給", MoneyFlow.Forward),
        ("獲得", MoneyFlow.Reverse), ("获得", MoneyFlow.Reverse), ("獲", MoneyFlow.Reverse), ("获", MoneyFlow.Reverse), ("得到", MoneyFlow.Reverse), ("取得", MoneyFlow.Reverse),
        ("拿到", MoneyFlow.Reverse), ("收到", MoneyFlow.Reverse), ("接受", MoneyFlow.Reverse), ("募得", MoneyFlow.Reverse), ("籌得", MoneyFlow.Reverse),
        ("出售", MoneyFlow.Reverse), ("賣給", MoneyFlow.Reverse), ("卖给", MoneyFlow.Reverse), ("供應", MoneyFlow.Reverse), ("供应", MoneyFlow.Reverse), ("提供", MoneyFlow.Reverse));

    /// <summary>
    /// The direction between the parties of the sentence [start, end), choosing the cue nearest to <paramref name="focus"/>
    /// (the amount); null when fewer than two distinct parties are named.
    /// </summary>
    public static Direction? Decide(string text, int start, int end, IReadOnlyList<PartyMention> parties, int focus)
    {
        ArgumentNullException.ThrowIfNull(parties);
        if (!TwoOrMoreParties(parties))
        {
            return null;
        }
        // Every cue, nearest to the amount first; a verb inside a particle phrase ("向 X 採購") is read with its particle.
        var cues = new List<Cue>();
        List<TextSpan>? phrases = null;
        if (text.AsSpan(start, end - start).IndexOfAny(ParticleChars) >= 0)
        {
            foreach (var m in Particles().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                var pivot = start + m.Index;
                // The regex takes the first alternative that matches at the leftmost position: the paying one if it can.
                var flow = PayingParticle().IsMatch(text.AsSpan(pivot, end - pivot)) ? MoneyFlow.Forward : MoneyFlow.Reverse;
                (phrases ??= []).Add(new TextSpan(pivot, pivot + m.Length));
                cues.Add(new Cue(pivot, pivot + 1, Math.Min(Math.Abs(pivot - focus), Math.Abs(pivot + m.Length - focus)), flow, new TextSpan(pivot, pivot + m.Length)));
            }
        }
        foreach (var (value, s, e) in Verbs.Scan(text, start, end))
        {
            if (value is { } flow && !Inside(phrases, s, e))
            {
                cues.Add(new Cue(s, e, Math.Abs(s - focus), flow, new TextSpan(s, e)));
            }
        }
        // The cue nearest the amount decides. One with a subject but no party after it ("…, and Nvidia will
        // put in up to $10 billion"; "Nvidia is obligated to purchase its capacity") keeps its subject and takes
        // the other side from the parallel clause a farther cue resolves, else from the other party named.
        PartyMention? subjectOnly = null;
        Cue subjectCue = default;
        foreach (var k in ByDistance(cues))
        {
            var cue = cues[k];
            var (d, subject) = Resolve(text, start, parties, cue);
            if (d is not null)
            {
                if (subjectOnly is null)
                {
                    return Gapped(text, parties, cue, d, focus) ?? d;
                }
                // The parallel clause's other side; when that is our subject too ("X invests in Y as Y commits
                // to …"), the deal goes the other way between the same two.
                var (near, far) = cue.Flow == MoneyFlow.Forward ? (d.Payee, d.Payer) : (d.Payer, d.Payee);
                return Between(text, subjectOnly, subjectCue, near) ?? Between(text, subjectOnly, subjectCue, far) ?? d;
            }
            // Only a subject in the cue's own clause: not "X will invest in Y — 'our largest investment' —".
            if (subject is not null && subjectOnly is null && !ClauseBreakBetween(text, subject.Span.End, cue.Start))
            {
                (subjectOnly, subjectCue) = (subject, cue);
            }
        }
        if (subjectOnly is not null)
        {
            var other = parties.LastOrDefault(p => p.Id != subjectOnly.Id && p.Span.End <= subjectOnly.Span.Start)
                ?? parties.First(p => p.Id != subjectOnly.Id);
            return Between(text, subjectOnly, subjectCue, other);
        }
        var first = parties[0];
        var second = parties.First(p => p.Id != first.Id);
        return new Direction(first, second, null);
    }

    /// <summary>At least two distinct party ids.</summary>
    internal static bool TwoOrMoreParties(IReadOnlyList<PartyMention> parties)
    {
        for (var i = 1; i < parties.Count; i++)
        {
            if (!string.Equals(parties[i].Id, parties[0].Id, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Inside(List<TextSpan>? phrases, int start, int end)
    {
        foreach (var p in phrases ?? [])
        {
            if (start >= p.Start && end <= p.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Indices of the cues by distance, ties in the order found (a stable sort of a handful of items).</summary>
    private static int[] ByDistance(List<Cue> cues)
    {
        var order = new int[cues.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var j = i;
            while (j > 0 && cues[order[j - 1]].Distance > cues[i].Distance)
            {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    /// <summary>
    /// "X invests up to $5 billion in Y and Z up to $10 billion": a party after the object, joined by "and"
    /// (與/和/及) and followed by the amount with no cue between, pays in the gapped clause; null otherwise.
    /// </summary>
    private static Direction? Gapped(string text, IReadOnlyList<PartyMention> parties, Cue cue, Direction d, int focus)
    {
        if (cue.Flow != MoneyFlow.Forward || focus <= cue.End)
        {
            return null;
        }
        var obj = d.Payee;
        for (var i = parties.Count - 1; i >= 0; i--)
        {
            var p = parties[i];
            if (p.Span.End > focus || p.Span.Start <= obj.Span.End)
            {
                continue;
            }
            if (p.Id == d.Payer.Id || p.Id == obj.Id || !JoinedByAnd(text, obj.Span.End, p.Span.Start) || Verbs.Any(text, p.Span.End, focus))
            {
                return null;
            }
            return new Direction(p, obj, d.Cue, d.CueAt);
        }
        return null;
    }

    /// <summary>Only "and" (and its Chinese equals), commas and spaces between two mentions.</summary>
    private static bool JoinedByAnd(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim(" ,，、");
        return between is "and" or "與" or "与" or "和" or "及";
    }

    /// <summary>The direction a cue gives between its subject and another party; null when they are one party.</summary>
    private static Direction? Between(string text, PartyMention subject, Cue cue, PartyMention other)
    {
        if (other.Id == subject.Id)
        {
            return null;
        }
        var word = text[cue.Words.Start..cue.Words.End];
        var at = new TextSpan(cue.Start, cue.End);
        return cue.Flow == MoneyFlow.Forward ? new Direction(subject, other, word, at) : new Direction(other, subject, word, at);
    }

    /// <summary>The direction a cue gives, or, when no party follows it, only its subject (null when none precedes it).</summary>
    private static (Direction? Direction, PartyMention? Subject) Resolve(string text, int sentenceStart, IReadOnlyList<PartyMention> parties, Cue cue)
    {
        var (cueStart, cueEnd) = (cue.Start, cue.End);
        var before = 0;
        foreach (var p in parties)
        {
            before += p.Span.End <= cueStart ? 1 : 0;
        }
        PartyMention? subject = null;
        for (var i = parties.Count - 1; i >= 0; i--)
        {
            if (parties[i].Span.End > cueStart)
            {
                continue;
            }
            before--; // now the number of parties before the cue that come earlier than this one
            subject = parties[i];
            // "signed a deal with X to buy": X is not the buyer; prefer an earlier party when there is one.
            if (before > 0 && FollowsWith(text, sentenceStart, parties[i].Span.Start))
            {
                continue;
            }
            break;
        }
        if (subject is null)
        {
            return (null, null);
        }
        PartyMention? obj = null;
        foreach (var p in parties)
        {
            if (p.Span.Start >= cueEnd && p.Id != subject.Id)
            {
                obj = p;
                break;
            }
        }
        return (obj is null ? null : Between(text, subject, cue, obj), subject);
    }

    /// <summary>A direction cue: where it stands (a particle phrase counts from its particle), how far from the amount, which way money flows, and its words.</summary>
    private readonly record struct Cue(int Start, int End, int Distance, MoneyFlow Flow, TextSpan Words);

    /// <summary>
    /// True when no comma, semicolon or dash (other than the thousands comma of "1,000") stands between the cue and
    /// the party after it: "Nvidia, the chipmaker, will invest in OpenAI", but not "Google and Anthropic win over its
    /// customers, Nvidia's reputation suffers". False without a cue.
    /// </summary>
    internal static bool ObjectInCueClause(string text, Direction direction)
    {
        if (direction.CueAt is not { } cue)
        {
            return false;
        }
        var obj = direction.Payer.Span.Start >= cue.End ? direction.Payer : direction.Payee;
        return obj.Span.Start >= cue.End && !ClauseBreakBetween(text, cue.End, obj.Span.Start);
    }

    /// <summary>Both parties and the cue in one clause, in any order ("北風氫能否認已收到赫利俄斯能源支付的"); false without a cue.</summary>
    internal static bool PartiesInCueClause(string text, Direction direction)
    {
        if (direction.CueAt is not { } cue)
        {
            return false;
        }
        var from = Math.Min(cue.Start, Math.Min(direction.Payer.Span.Start, direction.Payee.Span.Start));
        var to = Math.Max(cue.End, Math.Max(direction.Payer.Span.End, direction.Payee.Span.End));
        return !ClauseBreakBetween(text, from, to);
    }

    private static bool ClauseBreakBetween(string text, int from, int to) => ClauseEnd(text, from, to) < to;

    /// <summary>Where the clause that runs on at <paramref name="from"/> ends before <paramref name="to"/> (a comma, semicolon or dash; not a thousands comma), else <paramref name="to"/>.</summary>
    internal static int ClauseEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (ClauseBreaks.Contains(text[i]) && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
            {
                return i;
            }
        }
        return to;
    }

    private static bool FollowsWith(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - 6);
        Span<char> buffer = stackalloc char[6];
        var window = buffer[..text.AsSpan(from, at - from).TrimEnd().ToLowerInvariant(buffer)];
        // ", and Nvidia will put in …" starts a clause of its own: Nvidia is its subject.
        var clauseAnd = window.EndsWith(", and", StringComparison.Ordinal) || window.EndsWith("; and", StringComparison.Ordinal);
        return window.EndsWith(" with", StringComparison.Ordinal) || (window.EndsWith(" and", StringComparison.Ordinal) && !clauseAnd)
            || (window.Length > 0 && window[^1] is '與' or '与' or '和' or '跟' or '同');
    }
}
