using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Status words of deal reporting in English and Chinese (each Chinese word in Traditional and Simplified): non-binding /
/// 不具約束力, on ice / 擱置 / 涼了, in talks / 洽談, denies / 否認 / 胡說八道, walked back / 走回頭路, signed / 簽署,
/// completed / 完成, people familiar / 知情人士 (rumored) …
/// </summary>
public static class StatusWordRecognizer
{
    private static readonly CueTable<DealStatus> Table = new(
        ("non-?binding", DealStatus.NonBinding), ("letters? of intent", DealStatus.NonBinding), ("LOI", DealStatus.NonBinding),
        ("memorandum of understanding", DealStatus.NonBinding), ("MoU", DealStatus.NonBinding), ("不具約束力", DealStatus.NonBinding),
        ("不具约束力", DealStatus.NonBinding), ("無約束力", DealStatus.NonBinding), ("非約束性", DealStatus.NonBinding), ("意向書", DealStatus.NonBinding),
        ("意向书", DealStatus.NonBinding), ("合作備忘錄", DealStatus.NonBinding), ("備忘錄", DealStatus.NonBinding), ("合作备忘录", DealStatus.NonBinding), ("备忘录", DealStatus.NonBinding),
        ("无约束力", DealStatus.NonBinding), ("非约束性", DealStatus.NonBinding),
        ("on ice", DealStatus.OnIce), ("stalled", DealStatus.OnIce), ("on hold", DealStatus.OnIce), ("paused", DealStatus.OnIce),
        ("擱置", DealStatus.OnIce), ("搁置", DealStatus.OnIce), ("涼了", DealStatus.OnIce), ("凉了", DealStatus.OnIce), ("停擺", DealStatus.OnIce), ("停摆", DealStatus.OnIce), ("暫停", DealStatus.OnIce), ("暂停", DealStatus.OnIce),
        ("in talks", DealStatus.InTalks), ("in discussions", DealStatus.InTalks), ("negotiating", DealStatus.InTalks), ("in negotiations", DealStatus.InTalks),
        ("在談", DealStatus.InTalks), ("在谈", DealStatus.InTalks), ("洽談", DealStatus.InTalks), ("洽谈", DealStatus.InTalks), ("談判中", DealStatus.InTalks), ("谈判中", DealStatus.InTalks), ("磋商", DealStatus.InTalks),
        ("denie[sd]", DealStatus.Denied), ("deny", DealStatus.Denied), ("dismissed", DealStatus.Denied), ("nonsense", DealStatus.Denied),
        ("否認", DealStatus.Denied), ("否认", DealStatus.Denied), ("胡說八道", DealStatus.Denied), ("胡说八道", DealStatus.Denied), ("駁斥", DealStatus.Denied), ("驳斥", DealStatus.Denied),
        ("walked back", DealStatus.ScaledBack), ("walks back", DealStatus.ScaledBack), ("scaled back", DealStatus.ScaledBack), ("scaled down", DealStatus.ScaledBack),
        ("走回頭路", DealStatus.ScaledBack), ("走回头路", DealStatus.ScaledBack), ("縮減", DealStatus.ScaledBack), ("缩减", DealStatus.ScaledBack), ("縮水", DealStatus.ScaledBack), ("缩水", DealStatus.ScaledBack),
        ("signed", DealStatus.Signed), ("definitive agreement", DealStatus.Signed), ("簽署", DealStatus.Signed), ("签署", DealStatus.Signed), ("簽訂", DealStatus.Signed), ("签订", DealStatus.Signed), ("簽約", DealStatus.Signed), ("签约", DealStatus.Signed),
        ("completed", DealStatus.Completed), ("closed the deal", DealStatus.Completed), ("完成", DealStatus.Completed),
        ("cancell?ed", DealStatus.Cancelled), ("called off", DealStatus.Cancelled), ("scrapped", DealStatus.Cancelled), ("取消", DealStatus.Cancelled), ("告吹", DealStatus.Cancelled), ("喊停", DealStatus.Cancelled),
        ("replaced by", DealStatus.Superseded), ("superseded", DealStatus.Superseded), ("取代", DealStatus.Superseded),
        ("announced", DealStatus.Announced), ("announces", DealStatus.Announced), ("宣布", DealStatus.Announced), ("宣佈", DealStatus.Announced),
        ("reportedly", DealStatus.Rumored), ("people familiar", DealStatus.Rumored), ("people with knowledge", DealStatus.Rumored), ("according to sources", DealStatus.Rumored),
        ("sources (said|say|says)", DealStatus.Rumored), ("據說", DealStatus.Rumored), ("据说", DealStatus.Rumored), ("據報", DealStatus.Rumored), ("据报", DealStatus.Rumored),
        ("據悉", DealStatus.Rumored), ("据悉", DealStatus.Rumored), ("傳出", DealStatus.Rumored), ("传出", DealStatus.Rumored), ("消息人士", DealStatus.Rumored), ("知情人士", DealStatus.Rumored));

    // When a sentence holds several, the turn of events wins over the life-cycle word ("signed a non-binding LOI" is non-binding).
    private static readonly DealStatus[] Priority =
    [
        DealStatus.Cancelled, DealStatus.Denied, DealStatus.OnIce, DealStatus.ScaledBack, DealStatus.Superseded, DealStatus.NonBinding,
        DealStatus.Completed, DealStatus.Signed, DealStatus.InTalks, DealStatus.Announced, DealStatus.Rumored,
    ];

    /// <summary>Every status word in [start, end).</summary>
    public static List<WordMatch<DealStatus>> Find(string text, int start, int end) => Table.Find(text, start, end);

    /// <summary>Every status word in [start, end) as a meaning and a span, without building strings.</summary>
    internal static IReadOnlyList<(DealStatus Value, int Start, int End)> Spans(string text, int start, int end)
    {
        var found = Table.Scan(text, start, end);
        if (found.Count == 0)
        {
            return [];
        }
        var copy = found.ToArray();
        found.Clear();
        return copy;
    }

    /// <summary>The words without those of one meaning.</summary>
    internal static IReadOnlyList<(DealStatus Value, int Start, int End)> Without(IReadOnlyList<(DealStatus Value, int Start, int End)> words, DealStatus dropped)
    {
        var kept = new List<(DealStatus Value, int Start, int End)>(words.Count);
        foreach (var w in words)
        {
            if (w.Value != dropped)
            {
                kept.Add(w);
            }
        }
        return kept;
    }

    /// <summary>The one status these words state, or null.</summary>
    internal static DealStatus? Strongest(IReadOnlyList<(DealStatus Value, int Start, int End)> words)
    {
        foreach (var status in Priority)
        {
            foreach (var w in words)
            {
                if (w.Value == status)
                {
                    return status;
                }
            }
        }
        return null;
    }

    /// <summary>The one status a sentence with these words states, or null.</summary>
    public static DealStatus? Strongest(IReadOnlyList<WordMatch<DealStatus>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var status in Priority)
        {
            foreach (var w in words)
            {
                if (w.Value == status)
                {
                    return status;
                }
            }
        }
        return null;
    }
}
