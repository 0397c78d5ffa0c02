using System.Collections.Concurrent;
using System.Text;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// Answers read queries as JSON bytes, exactly as the CLI prints them (<see cref="ViewJson"/>).
/// Answers are kept per question until the ledger changes: the same question asked again is
/// answered from memory, which is what lets the API keep pace with static files.
/// </summary>
public sealed class LedgerAnswers(LedgerSource source)
{
    private const int MaxKept = 4096;
    private readonly ConcurrentDictionary<string, byte[]> _kept = new(StringComparer.Ordinal);
    private int _version = -1;

    /// <summary>The ledger behind the answers.</summary>
    public LedgerSource Source { get; } = source;

    /// <summary>The JSON answer to <paramref name="question"/> as of <paramref name="asOfText"/> (today when absent).</summary>
    public IResult Json<T>(string question, string? asOfText, Func<Ledger, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asOf = LedgerQueries.ParseAsOf(asOfText, QueryFields.Http.AsOf);
        var dataset = Source.Dataset();
        if (Source.Version != _version || _kept.Count > MaxKept)
        {
            _kept.Clear();
            _version = Source.Version;
        }
        var key = $"{asOf:yyyy-MM-dd}\u001f{question}";
        if (!_kept.TryGetValue(key, out var body))
        {
            // Same bytes as `dealgraph … --format json`, newline included.
            body = Encoding.UTF8.GetBytes(ViewJson.Serialize(query(Ledger.Of(dataset, asOf))) + "\n");
            _kept[key] = body;
        }
        return Results.Bytes(body, "application/json; charset=utf-8");
    }
}
