using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>Words that say what kind of deal a sentence is about: investment / 投資, purchase / 採購, compute contract / 算力, warrant / 認股權證, loan / 貸款, backstop / 兜底.</summary>
public static class KindWordRecognizer
{
    private static readonly CueTable<DealKind> Table = new(
        ("warrants?", DealKind.Warrant), ("認股權證", DealKind.Warrant), ("认股权证", DealKind.Warrant),
        ("backstop", DealKind.Backstop), ("buyer of last resort", DealKind.Backstop), ("guarantee[sd]?", DealKind.Backstop), ("兜底", DealKind.Backstop), ("擔保", DealKind.Backstop), ("担保", DealKind.Backstop), ("保底", DealKind.Backstop),
        ("loans?", DealKind.Loan), ("lend(s|ing)?", DealKind.Loan), ("lent", DealKind.Loan), ("debt", DealKind.Loan), ("credit facility", DealKind.Loan), ("貸款", DealKind.Loan), ("贷款", DealKind.Loan), ("借款", DealKind.Loan), ("借貸", DealKind.Loan), ("債務", DealKind.Loan),
        ("compute", DealKind.ComputeContract), ("cloud (contract|deal|services|capacity)", DealKind.ComputeContract), ("computing (power|capacity)", DealKind.ComputeContract), ("capacity", DealKind.ComputeContract),
        ("算力", DealKind.ComputeContract), ("運算力", DealKind.ComputeContract), ("运算力", DealKind.ComputeContract), ("雲端服務", DealKind.ComputeContract), ("云服务", DealKind.ComputeContract), ("雲端合約", DealKind.ComputeContract), ("運算合約", DealKind.ComputeContract),
        ("buy(s|ing)?", DealKind.PurchaseCommitment), ("bought", DealKind.PurchaseCommitment), ("purchases?", DealKind.PurchaseCommitment), ("purchased", DealKind.PurchaseCommitment), ("orders?", DealKind.PurchaseCommitment), ("ordered", DealKind.PurchaseCommitment), ("chips", DealKind.PurchaseCommitment), ("GPUs", DealKind.PurchaseCommitment),
        ("採購", DealKind.PurchaseCommitment), ("采购", DealKind.PurchaseCommitment), ("購買", DealKind.PurchaseCommitment), ("购买", DealKind.PurchaseCommitment), ("訂購", DealKind.PurchaseCommitment), ("晶片", DealKind.PurchaseCommitment), ("芯片", DealKind.PurchaseCommitment),
        ("invest(s|ed|ing|ment|ments)?", DealKind.EquityInvestment), ("stake", DealKind.EquityInvestment), ("equity", DealKind.EquityInvestment), ("funding round", DealKind.EquityInvestment), ("raised", DealKind.EquityInvestment), ("raises", DealKind.EquityInvestment),
        ("投資", DealKind.EquityInvestment), ("投资", DealKind.EquityInvestment), ("注資", DealKind.EquityInvestment), ("注资", DealKind.EquityInvestment), ("入股", DealKind.EquityInvestment), ("股權", DealKind.EquityInvestment), ("融資", DealKind.EquityInvestment), ("募資", DealKind.EquityInvestment), ("砸", DealKind.EquityInvestment), ("斥資", DealKind.EquityInvestment),
        ("partnership", DealKind.Partnership), ("joint venture", DealKind.Partnership), ("合資", DealKind.Partnership), ("合作", DealKind.Partnership));

    private static readonly DealKind[] Priority =
    [
        DealKind.Warrant, DealKind.Backstop, DealKind.Loan, DealKind.ComputeContract, DealKind.EquityInvestment, DealKind.PurchaseCommitment, DealKind.Partnership,
    ];

    /// <summary>Every kind word in [start, end).</summary>
    public static List<WordMatch<DealKind>> Find(string text, int start, int end) => Table.Find(text, start, end);

    /// <summary>The most specific kind named in [start, end), or null; builds no strings.</summary>
    internal static DealKind? MostSpecificIn(string text, int start, int end)
    {
        var found = Table.Scan(text, start, end);
        DealKind? best = null;
        var bestRank = Priority.Length;
        foreach (var (kind, _, _) in found)
        {
            var rank = Array.IndexOf(Priority, kind);
            if (rank >= 0 && rank < bestRank)
            {
                (best, bestRank) = (kind, rank);
            }
        }
        found.Clear();
        return best;
    }

    /// <summary>The most specific kind among the words, or null.</summary>
    public static DealKind? MostSpecific(IReadOnlyList<WordMatch<DealKind>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var kind in Priority)
        {
            foreach (var w in words)
            {
                if (w.Value == kind)
                {
                    return kind;
                }
            }
        }
        return null;
    }
}
