namespace Dealgraph.Core.Tests.Ledger;

/// <summary>
/// The round-trip definition of issue 6, written as directly as possible and independently of
/// the production code: a checker for one sequence and a brute-force enumerator over all
/// sequences. Only used on small ledgers.
/// </summary>
public static class RoundTripDefinition
{
    /// <summary>Why a sequence is not a round trip, or null when it is one.</summary>
    public static string? Violation(IReadOnlyList<LedgerRow> t, int maxHops, TimeSpan window, decimal tolerance)
    {
        var k = t.Count;
        if (k < 2 || k > maxHops)
        {
            return $"has {k} hops";
        }

        for (var i = 0; i + 1 < k; i++)
        {
            if (t[i].Payee != t[i + 1].Payer)
            {
                return $"hop {i + 1} pays {t[i].Payee} but hop {i + 2} is paid by {t[i + 1].Payer}";
            }

            if (t[i].Ticks >= t[i + 1].Ticks)
            {
                return $"hop {i + 2} is not strictly later";
            }
        }

        if (t[k - 1].Payee != t[0].Payer)
        {
            return "does not return to the first payer";
        }

        if (t.Select(x => x.Payer).Distinct().Count() != k)
        {
            return "repeats a party";
        }

        if (t.Any(x => x.Currency != t[0].Currency))
        {
            return "mixes currencies";
        }

        if (t[k - 1].Ticks - t[0].Ticks > window.Ticks)
        {
            return "exceeds the window";
        }

        if (t.Any(x => Math.Abs(x.Amount - t[0].Amount) > tolerance * t[0].Amount))
        {
            return "an amount is outside the tolerance";
        }

        return null;
    }

    /// <summary>Every round trip, as id sequences, by trying every chain of payments.</summary>
    public static HashSet<string> BruteForce(IReadOnlyList<LedgerRow> rows, int maxHops, TimeSpan window, decimal tolerance)
    {
        var found = new HashSet<string>();
        var chain = new List<LedgerRow>();

        void Grow()
        {
            if (chain.Count >= 2 && Violation(chain, maxHops, window, tolerance) is null)
            {
                found.Add(Key(chain.Select(r => r.Id)));
            }

            if (chain.Count == maxHops)
            {
                return;
            }

            foreach (var next in rows)
            {
                if (next.Payer == chain[^1].Payee)
                {
                    chain.Add(next);
                    Grow();
                    chain.RemoveAt(chain.Count - 1);
                }
            }
        }

        foreach (var first in rows)
        {
            chain.Add(first);
            Grow();
            chain.Clear();
        }

        return found;
    }

    /// <summary>A canonical text key of an id sequence.</summary>
    public static string Key(IEnumerable<string> ids) => string.Join(' ', ids);
}
