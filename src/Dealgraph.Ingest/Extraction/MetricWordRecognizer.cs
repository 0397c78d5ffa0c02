using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>Words of party facts: valuation / 估值, burn / 燒錢, revenue / 營收, cash / 現金, commitments / 承諾.</summary>
public static class MetricWordRecognizer
{
    private static readonly CueTable<FactMetric> Table = new(
        ("valuation", FactMetric.Valuation), ("valued at", FactMetric.Valuation), ("valuing (it|the company|them) at", FactMetric.Valuation), ("估值", FactMetric.Valuation), ("身價", FactMetric.Valuation),
        ("burn(s|ed|ing)?", FactMetric.Burn), ("cash burn", FactMetric.Burn), ("燒錢", FactMetric.Burn), ("烧钱", FactMetric.Burn), ("燒掉", FactMetric.Burn), ("烧掉", FactMetric.Burn), ("虧損", FactMetric.Burn), ("亏损", FactMetric.Burn),
        ("revenues?", FactMetric.Revenue), ("annuali[sz]ed revenue", FactMetric.Revenue), ("sales", FactMetric.Revenue), ("營收", FactMetric.Revenue), ("营收", FactMetric.Revenue), ("營業額", FactMetric.Revenue), ("年收入", FactMetric.Revenue), ("收入", FactMetric.Revenue),
        ("cash (on hand|reserves|pile)", FactMetric.Cash), ("現金", FactMetric.Cash), ("现金", FactMetric.Cash),
        ("commitments", FactMetric.Commitments), ("承諾支出", FactMetric.Commitments), ("承诺支出", FactMetric.Commitments));

    /// <summary>Every metric word in [start, end).</summary>
    public static List<WordMatch<FactMetric>> Find(string text, int start, int end) => Table.Find(text, start, end);
}
