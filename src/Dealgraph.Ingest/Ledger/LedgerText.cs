using System.Globalization;
using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Ledger;

/// <summary>How ledger values are written: ISO 8601 UTC timestamps and amounts without trailing zeros.</summary>
public static class LedgerText
{
    /// <summary>e.g. <c>2025-03-04T12:34:56Z</c>, with a fraction only when there is one.</summary>
    public static string Timestamp(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>e.g. <c>1234.5</c> for 1234.5000.</summary>
    public static string Amount(decimal amount) =>
        Figure.Trimmed(amount).ToString(CultureInfo.InvariantCulture);
}
