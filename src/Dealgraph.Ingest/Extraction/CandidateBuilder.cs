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
        var statuses = StatusWordRecognizer.Find(text, start, end);
        if (amounts.Count == 0 && named.Count < 2 && (statuses.Count == 0 || state.LastPair is null))
        {
            Remember(state, named, sentence);
            return;
        }
        var quote = text[start..end];
        var effective = new Lazy<string?>(() => RelativeDateResolver.Resolve(text, start, end, state.Published), LazyThreadSafetyMode.None);
        var kinds = KindWordRecognizer.Find(text, start, end);
        var metrics = amounts.Count > 0 ? MetricWordRecognizer.Find(text, start, end) : [];
        var status = StatusWordRecognizer.Strongest(statuses);
        var statusWords = statuses.Select(s => s.Word).Distinct(StringComparer.Ordinal).ToList();
        var terms = string.Join("; ", amounts.Where(a => a.RateUnit is not null).Select(a => text[a.Span.Start..a.Span.End] + (text.AsSpan(a.Span.End).StartsWith(a.RateUnit!) ? "" : " " + a.RateUnit)));
        var usable = amounts.Where(a => !a.IsMarketSize && !a.IsConversion && a.RateUnit is null).ToList();
        var dealAmounts = new List<AmountMention>();
        var direction = named.Select(n => n.Id).Distinct().Count() >= 2 ? DirectionRule.Decide(text, start, end, named, usable.Count > 0 ? usable[0].Span.Start : start) : null;
        if (direction is { Cue: null } && state.LastPair is { } known && known.Payer.Id == direction.Payee.Id && known.Payee.Id == direction.Payer.Id)
        {
            direction = new Direction(direction.Payee, direction.Payer, null); // "OpenAI 與 Nvidia 的交易": the pair as stated before
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
                        Effective = effective.Value,
                        Quote = quote,
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
        if (direction is null && state.LastPair is { } pair && DealWords.Find(text, start, end).Count > 0
            && (named.Count == 0 || named.All(n => n.Id == pair.Payer.Id || n.Id == pair.Payee.Id)))
        {
            direction = pair;
            fromContext = true;
        }
        if (direction is not null && (dealAmounts.Count > 0 || status is not null || (terms.Length > 0 && !fromContext)))
        {
            var kind = Kind(kinds, direction.Cue);
            foreach (var amount in dealAmounts.Count > 0 ? dealAmounts.Cast<AmountMention?>() : [null])
            {
                var focus = amount is null || dealAmounts.Count < 2 || fromContext ? direction : DirectionRule.Decide(text, start, end, named, amount.Span.Start) ?? direction;
                output.Add(new Candidate
                {
                    Type = CandidateType.Deal,
                    Payer = focus.Payer,
                    Payee = focus.Payee,
                    Kind = kind,
                    Amount = amount?.Amount,
                    CurrencyStated = amount?.CurrencyStated ?? true,
                    Status = status,
                    StatusWords = statusWords,
                    Terms = terms.Length == 0 ? null : terms,
                    Effective = effective.Value,
                    Quote = quote,
                    Span = sentence.Span,
                    Cue = fromContext ? null : focus.Cue,
                    FromContext = fromContext,
                    Confidence = Score(amount is null ? 0.35m : 0.45m, focus.Cue is not null && !fromContext ? 0.25m : 0m, amount?.CurrencyStated == true ? 0.1m : 0m,
                        kind is not null ? 0.05m : 0m, fromContext ? -0.15m : 0.05m),
                });
            }
        }
        if (direction is not null && !fromContext)
        {
            state.LastPair = direction;
        }
        Remember(state, named, sentence);
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
    private static List<PartyMention> Counterparties(string text, int start, IReadOnlyList<PartyMention> named) =>
        [.. named.Where(n => !Possessed(text, start, n.Span.Start))];

    private static bool Possessed(string text, int start, int at)
    {
        var from = Math.Max(start, at - 24);
        return PossessiveBefore().IsMatch(text.AsSpan(from, at - from));
    }

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

    private static DealKind? Kind(List<WordMatch<DealKind>> kinds, string? cue)
    {
        var specific = KindWordRecognizer.MostSpecific(kinds);
        if (specific is DealKind.Warrant or DealKind.Backstop or DealKind.Loan or DealKind.ComputeContract)
        {
            return specific;
        }
        if (cue is not null && KindWordRecognizer.MostSpecific(KindWordRecognizer.Find(cue, 0, cue.Length)) is { } fromCue)
        {
            return fromCue;
        }
        return specific;
    }

    private static decimal Score(params decimal[] parts) => Math.Clamp(Math.Round(parts.Sum(), 2), 0.05m, 0.95m);
}
