using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// A negation right before a comparative flips it: "no more than", "not exceeding", "won't exceed",
/// "不超過", "不會高於" cap a figure (up to); "not less than", "不少於", "不得低於" floor it (at least).
/// "會不會超過" (will it or won't it exceed) is a question, not a negation.
/// </summary>
internal static class Negation
{
    // "not to exceed", "will not be more than", "has not been above": a word or two between the negation and the comparative.
    private static readonly string[] EnglishFillers = ["to", "be", "been"];

    private static readonly string[] EnglishNegations = ["not", "no", "never", "cannot"];

    // "不會超過", "不得低於", "不應高於": a modal between 不 and the comparative.
    private static readonly string[] ChineseModals = ["應該", "应该", "可能", "會", "会", "能", "得", "可", "應", "应", "該", "该", "致"];

    private static readonly string[] ChineseNegations = ["沒有", "没有", "不", "未", "沒", "没"];

    /// <summary>
    /// Where a negation that ends right before <paramref name="phraseAt"/> starts in the lower-case
    /// <paramref name="window"/>, or null. A Latin negation at the very start of the window counts only when the window
    /// starts at the sentence start (else it may be the tail of a longer word: "casino").
    /// </summary>
    public static int? Before(ReadOnlySpan<char> window, int phraseAt, bool windowAtSentenceStart)
    {
        var head = window[..phraseAt];
        if (phraseAt < window.Length && char.IsAsciiLetter(window[phraseAt]))
        {
            return English(head, windowAtSentenceStart);
        }
        return Chinese(head, phraseAt < window.Length ? window[phraseAt] : '\0');
    }

    /// <summary>The flipped comparative; other qualifiers are not comparatives and stay as they are.</summary>
    public static AmountQualifier Flip(AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.MoreThan => AmountQualifier.UpTo,
        AmountQualifier.LessThan => AmountQualifier.AtLeast,
        _ => qualifier,
    };

    private static int? English(ReadOnlySpan<char> head, bool windowAtSentenceStart)
    {
        var h = head.TrimEnd();
        if (h.Length == head.Length)
        {
            return null; // a Latin negation stands as a word of its own
        }
        foreach (var filler in EnglishFillers)
        {
            if (EndsWithWord(h, filler, windowAtSentenceStart))
            {
                var shorter = h[..^filler.Length].TrimEnd();
                if (shorter.Length < h.Length - filler.Length && NegationAtEnd(shorter, windowAtSentenceStart) is { } at)
                {
                    return at;
                }
            }
        }
        return NegationAtEnd(h, windowAtSentenceStart);
    }

    private static int? NegationAtEnd(ReadOnlySpan<char> h, bool windowAtSentenceStart)
    {
        foreach (var negation in EnglishNegations)
        {
            if (EndsWithWord(h, negation, windowAtSentenceStart))
            {
                return h.Length - negation.Length;
            }
        }
        // "won't", "doesn't", "isn’t": the contraction ends a word.
        if ((h.EndsWith("n't", StringComparison.Ordinal) || h.EndsWith("n’t", StringComparison.Ordinal)) && h.Length > 3 && char.IsAsciiLetter(h[^4]))
        {
            var at = h.Length - 3;
            while (at > 0 && char.IsAsciiLetter(h[at - 1]))
            {
                at--;
            }
            return at > 0 || windowAtSentenceStart ? at : null;
        }
        return null;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> h, string word, bool windowAtSentenceStart)
    {
        if (!h.EndsWith(word, StringComparison.Ordinal))
        {
            return false;
        }
        var at = h.Length - word.Length;
        return at == 0 ? windowAtSentenceStart : !char.IsAsciiLetter(h[at - 1]);
    }

    private static int? Chinese(ReadOnlySpan<char> head, char phraseStart)
    {
        var h = head.TrimEnd();
        var next = phraseStart;
        foreach (var modal in ChineseModals)
        {
            if (h.EndsWith(modal, StringComparison.Ordinal) && NegationAtEnd(h[..^modal.Length], modal[0]) is { } at)
            {
                return at;
            }
        }
        return NegationAtEnd(h, next);

        static int? NegationAtEnd(ReadOnlySpan<char> h, char next)
        {
            foreach (var negation in ChineseNegations)
            {
                if (h.EndsWith(negation, StringComparison.Ordinal))
                {
                    var at = h.Length - negation.Length;
                    // "會不會超過", "超不超過": the word before 不 repeated after it asks a question.
                    return at > 0 && h[at - 1] == next ? null : at;
                }
            }
            return null;
        }
    }
}
