namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Names without their legal form: articles write "Atlas Capital" for "Atlas Capital LLC", "Meta Platforms" for
/// "Meta Platforms, Inc.", "北風氫能" for "北風氫能股份有限公司". A shortened name is offered only when it is still
/// a name: two words or more, a single coined word (an inner capital, digit or dot: "CoreWeave", "GridCo",
/// "Amazon.com"), or two or more Chinese characters. A single plain word ("Atlas" of "Atlas Corp.", "Oracle") may be
/// an ordinary word or another company, so it is not offered.
/// </summary>
internal static class LegalFormSuffix
{
    // Longest first, so "Co., Ltd." strips as a whole before "Ltd." alone would leave "Co.,".
    private static readonly string[] Latin =
    [
        "Incorporated", "Corporation", "Holdings", "Holding", "Limited", "L.L.C.", "GmbH", "Corp.", "Corp", "Inc.", "Inc",
        "Ltd.", "Ltd", "LLC", "PLC", "S.A.", "N.V.", "B.V.", "Co.", "Co", "AG", "SE", "SA", "NV", "BV",
    ];

    private static readonly string[] Chinese = ["股份有限公司", "有限责任公司", "有限責任公司", "有限公司"];

    /// <summary>
    /// Every shorter name <paramref name="name"/> gives by stripping legal forms from its end, one at a time
    /// ("Alibaba Group Holding Limited" → "Alibaba Group Holding" → "Alibaba Group"), that is still a name.
    /// </summary>
    public static List<string> ShortNames(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new List<string>();
        var current = name.Trim();
        while (Strip(current) is { } shorter)
        {
            if (!StillAName(shorter))
            {
                break;
            }
            result.Add(shorter);
            current = shorter;
        }
        return result;
    }

    private static string? Strip(string name)
    {
        foreach (var suffix in Chinese)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length].TrimEnd();
            }
        }
        foreach (var suffix in Latin)
        {
            var at = name.Length - suffix.Length;
            // A word of its own after a space or comma, matched with its case ("SE", not "se" of "House").
            if (at > 0 && name.EndsWith(suffix, StringComparison.Ordinal) && name[at - 1] is ' ' or ',')
            {
                return name[..at].TrimEnd(' ', ',');
            }
        }
        return null;
    }

    private static bool StillAName(string name)
    {
        if (name.Length < 2)
        {
            return false;
        }
        if (name.Any(c => c >= 0x3400))
        {
            return name.Count(c => c >= 0x3400) >= 2;
        }
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;
        }
        // One word: only a coined one is unambiguous.
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) || char.IsDigit(name[i]) || (name[i] == '.' && i + 1 < name.Length))
            {
                return true;
            }
        }
        return false;
    }
}
