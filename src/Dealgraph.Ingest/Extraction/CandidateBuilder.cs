using System.Buffers;
using System.Text.RegularExpressions;
using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Combines what the recognizers found in one sentence into candidates: an amount next to a metric word
/// is a fact of the nearest party; other amounts between two parties are deals in the direction the
/// <see cref="DirectionRule"/> decides; a sentence about "the deal" with status words but one or no party
/// refers to the last deal named (marked as from context).
/// </summary>
internal static partial class CandidateBuilder
{
    private static readonly CueTable<bool> DealWords = new(
        ("deals?", true), ("agreements?", true), ("pact", true), ("investments?", true), ("contracts?", true), ("partnership", true), ("transaction", true), ("megadeal", true),
        ("交易", true), ("協議", true), ("协议", true), ("合約", true), ("合约", true), ("投資", true), ("投资", true), ("協定", true), ("案子", true));

    public static void Build(string text, Sentence sentence, DocumentState state, PartyRecognizer parties, List<Candidate> output)
    {
        var (start, end) = (sentence.Span.Start, sentence.Span.End);
        var amounts = AmountRecognizer.Find(text, start, end, state);
        var mentioned = parties.Find(text, start, end);
        var named = Counterparties(text, start, mentioned);
        if (amounts.Count == 0 && mentioned.Count == 0 && state.LastPair is null)
        {
            return;
        }
        var statuses = StatusWordRecognizer.Spans(text, start, end);
        if (amounts.Count == 0 && named.Count < 2 && (statuses.Count == 0 || state.LastPair is null))
        {
            Remember(state, named, sentence);
            return;
        }
        // The quote, the date and the status words are built only for sentences that yield a candidate.
        string? quote = null;
        string? effective = null;
        var dated = false;
        List<string>? statusWords = null;
        var kind = KindWordRecognizer.MostSpecificIn(text, start, end);
        var metrics = amounts.Count > 0 ? MetricWordRecognizer.Find(text, start, end) : [];
        var status = StatusWordRecognizer.Strongest(statuses);
        var terms = Terms(text, amounts);
        var usable = new List<AmountMention>(amounts.Count);
        foreach (var a in amounts)
        {
            if (!a.IsMarketSize && !a.IsConversion && a.RateUnit is null)
            {
                usable.Add(a);
            }
        }
        var dealAmounts = new List<AmountMention>();
        var direction = DirectionRule.TwoOrMoreParties(named) ? DirectionRule.Decide(text, start, end, named, usable.Count > 0 ? usable[0].Span.Start : start) : null;
        // Names in the reverse order of a deal stated before, with no verb to say otherwise, are that deal; the last
        // one stated first, then any earlier one (a headline list of sources follows other pairs).
        if (direction is { Cue: null } && (SamePair(state.LastPair, direction.Payee.Id, direction.Payer.Id)
            || (state.Stated(direction.Payee.Id, direction.Payer.Id) && !state.Stated(direction.Payer.Id, direction.Payee.Id))))
        {
            direction = new Direction(direction.Payee, direction.Payer, null); // "OpenAI 與 Nvidia 的交易": the pair as stated before
        }
        var dealWord = DealWords.Any(text, start, end);
        var linked = direction is not null && DirectionRule.ObjectInCueClause(text, direction);
        if (status == DealStatus.Denied && !dealWord && !linked && (direction is null || !DirectionRule.PartiesInCueClause(text, direction)))
        {
            // "denies he is unhappy with OpenAI", "說他對 OpenAI 不滿是「胡說八道」": what is denied is a report about the
            // parties, not a deal; a denial counts only when the sentence names the deal or a verb joins the two parties
            // in one clause, in either order ("北風氫能否認已收到赫利俄斯能源支付的…": the payee before the payer's verb).
            statuses = StatusWordRecognizer.Without(statuses, DealStatus.Denied);
            status = StatusWordRecognizer.Strongest(statuses);
        }
        foreach (var amount in usable)
        {
            if (NearestMetric(text, metrics, amount, amounts, state.Chinese) is { } metric)
            {
                var party = FactParty(named, metric, direction) ?? (state.LastParty is { } lp && lp.Paragraph >= sentence.Paragraph - 1 ? lp.Party : null);
                if (party is not null)
                {
                    output.Add(new Candidate
                    {
                        Type = CandidateType.Fact,
                        Party = party,
                        Metric = metric.Value,
                        Amount = amount.Amount,
                        CurrencyStated = amount.CurrencyStated,
                        Effective = Effective(),
                        Quote = quote ??= text[start..end],
                        Span = sentence.Span,
                        Cue = metric.Word,
                        FromContext = !named.Contains(party),
                        Confidence = Score(0.55m, amount.CurrencyStated ? 0.2m : 0m, named.Contains(party) ? 0.15m : -0.1m),
                    });
                }
                continue;
            }
            dealAmounts.Add(amount);
        }
        var fromContext = false;
        if (direction is null && state.LastPair is { } pair && dealWord && OnlyThePair(named, pair))
        {
            direction = pair;
            fromContext = true;
        }
        var emitted = false;
        // Without an amount, two parties merely named in one sentence ("hosted suppliers (TSMC among them) … OpenAI")
        // are no deal. A status word speaks of one ("Amazon and OpenAI are in talks"; a denial only when it names the
        // deal, above); terms alone (a rate) need a deal word, a verb joining the parties in one clause, or a deal
        // the document stated.
        var stated = dealWord || linked || (direction is not null && state.Stated(direction.Payer.Id, direction.Payee.Id));
        if (direction is not null && (dealAmounts.Count > 0 || status is not null || (terms.Length > 0 && !fromContext && stated)))
        {
            emitted = true;
            var dealKind = DealKindChoice.Of(kind, direction, text, end);
            foreach (var amount in dealAmounts.Count > 0 ? dealAmounts.Cast<AmountMention?>() : [null])
            {
                var focus = amount is null || dealAmounts.Count < 2 || fromContext ? direction : DirectionRule.Decide(text, start, end, named, amount.Span.Start) ?? direction;
                output.Add(new Candidate
                {
                    Type = CandidateType.Deal,
                    Payer = focus.Payer,
                    Payee = focus.Payee,
                    Kind = amount is null || dealAmounts.Count < 2 ? dealKind : DealKindChoice.Around(text, end, focus, amount, dealAmounts) ?? dealKind,
                    Amount = amount?.Amount,
                    CurrencyStated = amount?.CurrencyStated ?? true,
                    Status = status,
                    StatusWords = statusWords ??= DistinctWords(text, statuses),
                    Terms = terms.Length == 0 ? null : terms,
                    Effective = Effective(),
                    Quote = quote ??= text[start..end],
                    Span = sentence.Span,
                    Cue = fromContext ? null : focus.Cue,
                    FromContext = fromContext,
                    Confidence = Score(amount is null ? 0.35m : 0.45m, focus.Cue is not null && !fromContext ? 0.25m : 0m, amount?.CurrencyStated == true ? 0.1m : 0m,
                        dealKind is not null ? 0.05m : 0m, fromContext ? -0.15m : 0.05m),
                });
            }
        }
        // Only a pair the sentence states a deal between becomes "the deal" of later sentences. Parties merely named
        // together ("competition from Google and Anthropic") get the order of mention, which says nothing of a deal;
        // without an amount, status or deal word, a verb counts only when the party after it stands in its clause
        // ("Nvidia will invest in OpenAI", not "if Google wins over its customers, Nvidia suffers").
        if (direction is not null && !fromContext
            && (emitted || dealWord || linked))
        {
            state.LastPair = direction;
        }
        Remember(state, named, sentence);

        string? Effective()
        {
            if (!dated)
            {
                effective = RelativeDateResolver.Resolve(text, start, end, state.Published);
                dated = true;
            }
            return effective;
        }
    }

    /// <summary>Rates ("$10 billion per gigawatt"), joined; empty when there are none.</summary>
    private static string Terms(string text, List<AmountMention> amounts)
    {
        var terms = "";
        foreach (var a in amounts)
        {
            if (a.RateUnit is { } unit)
            {
                var term = text[a.Span.Start..a.Span.End] + (text.AsSpan(a.Span.End).StartsWith(unit) ? "" : " " + unit);
                terms = terms.Length == 0 ? term : terms + "; " + term;
            }
        }
        return terms;
    }

    private static List<string> DistinctWords(string text, IReadOnlyList<(DealStatus Value, int Start, int End)> statuses)
    {
        var words = new List<string>(statuses.Count);
        foreach (var (_, s, e) in statuses)
        {
            var word = text[s..e];
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }
        return words;
    }

    private static bool SamePair(Direction? remembered, string payer, string payee) =>
        remembered is not null && string.Equals(remembered.Payer.Id, payer, StringComparison.Ordinal) && string.Equals(remembered.Payee.Id, payee, StringComparison.Ordinal);

    /// <summary>No party named, or only the two of the last deal: "the deal" refers to it.</summary>
    private static bool OnlyThePair(List<PartyMention> named, Direction pair)
    {
        foreach (var n in named)
        {
            if (n.Id != pair.Payer.Id && n.Id != pair.Payee.Id)
            {
                return false;
            }
        }
        return true;
    }

    private static void Remember(DocumentState state, IReadOnlyList<PartyMention> named, Sentence sentence)
    {
        if (named.Count > 0)
        {
            state.LastParty = (named[^1], sentence.Paragraph);
        }
    }

    private static WordMatch<FactMetric>? NearestMetric(string text, List<WordMatch<FactMetric>> metrics, AmountMention amount, List<AmountMention> others, bool chinese)
    {
        WordMatch<FactMetric>? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in metrics)
        {
            // Before the figure ("valued at $300 billion", "估值…8300 億美元") or right after it ("$300 billion valuation", "的估值").
            var distance = m.Span.End <= amount.Span.Start ? amount.Span.Start - m.Span.End
                : m.Span.Start >= amount.Span.End && m.Span.Start - amount.Span.End <= 3 && Adjacent(text, amount.Span.End, m.Span.Start) ? m.Span.Start - amount.Span.End
                : int.MaxValue;
            var limit = chinese ? 24 : 40;
            if (m.Span.End <= amount.Span.Start && others.Any(o => o.Span.Start >= m.Span.End && o.Span.End <= amount.Span.Start))
            {
                continue; // another figure stands between: the word belongs to that one
            }
            if (distance <= limit && distance < bestDistance)
            {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Only spaces or 的/之 between a figure and the word after it: "$300 billion valuation", "8300 億美元的估值".</summary>
    private static bool Adjacent(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('的' or '之'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"its Nvidia stake", "their OpenAI commitments": the party names an asset, not someone paying or paid.</summary>
    private static List<PartyMention> Counterparties(string text, int start, IReadOnlyList<PartyMention> named)
    {
        var result = new List<PartyMention>(named.Count);
        foreach (var n in named)
        {
            if (!Possessed(text, start, n.Span.Start))
            {
                result.Add(n);
            }
        }
        return result;
    }

    private static bool Possessed(string text, int start, int at)
    {
        var from = Math.Max(start, at - 24);
        var window = text.AsSpan(from, at - from);
        // its, his, their, her: no s or r, no possessive (most windows, and every Chinese one).
        return window.IndexOfAny(PossessiveLastLetters) >= 0 && PossessiveBefore().IsMatch(window);
    }

    private static readonly SearchValues<char> PossessiveLastLetters = SearchValues.Create("sSrR\u017f"); // ſ: what case-insensitive matching may take for s

    [GeneratedRegex(@"\b(?:its|their|his|her)\s+(?:[a-z]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveBefore();

    private static PartyMention? FactParty(IReadOnlyList<PartyMention> named, WordMatch<FactMetric> metric, Direction? direction)
    {
        if (metric.Value == FactMetric.Valuation && direction is not null)
        {
            return direction.Payee; // the company raising money is the one valued
        }
        return named.LastOrDefault(n => n.Span.End <= metric.Span.Start) ?? named.FirstOrDefault();
    }

    private static decimal Score(params ReadOnlySpan<decimal> parts)
    {
        var sum = 0m;
        foreach (var part in parts)
        {
            sum += part;
        }
        return Math.Clamp(Math.Round(sum, 2), 0.05m, 0.95m);
    }
}
