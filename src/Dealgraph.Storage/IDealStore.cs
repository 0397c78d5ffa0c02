using Dealgraph.Core.Model;

namespace Dealgraph.Storage;

/// <summary>
/// Where a ledger lives. Every implementation (SQLite now, PostgreSQL next) passes the same
/// test suite: imports are single transactions, re-importing an unchanged dataset writes
/// nothing, and a changed entity replaces what the store held for it.
/// </summary>
public interface IDealStore : IDisposable
{
    /// <summary>The schema version the store is at after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>Merges a dataset into the store in one transaction: new entities are added, changed ones replaced, others left alone.</summary>
    ImportSummary Import(Dataset dataset);

    /// <summary>Everything the store holds.</summary>
    Dataset Load();

    /// <summary>Counts of what the store holds, cheaply.</summary>
    StoreCounts Count();

    /// <summary>
    /// A number that changes whenever an import writes (it is bumped in the import's own
    /// transaction, by whichever process imports). One indexed read: cheap enough to ask per request.
    /// </summary>
    long ChangeStamp();
}
