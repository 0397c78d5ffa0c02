using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>What the extractor remembers while reading one document: its language, date, last currency, last deal and parties.</summary>
internal sealed class DocumentState(bool chinese, bool traditional, DateOnly? published)
{
    public bool Chinese { get; } = chinese;

    public bool Traditional { get; } = traditional;

    public DateOnly? Published { get; } = published;

    /// <summary>The currency of the last figure that stated one; bare "1000 億" figures take it.</summary>
    public Currency? LastCurrency { get; set; }

    /// <summary>The last payer → payee pair a sentence stated; "the deal" later refers to it.</summary>
    public Direction? LastPair { get; set; }

    /// <summary>The last party named, with its paragraph; "they" in a fact sentence refers to it.</summary>
    public (PartyMention Party, int Paragraph)? LastParty { get; set; }
}
