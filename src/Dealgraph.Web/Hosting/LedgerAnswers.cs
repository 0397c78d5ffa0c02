using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// Answers read queries as JSON bytes, exactly as the CLI prints them (<see cref="ViewJson"/>).
/// Answers are kept per question until the ledger changes: the same question asked again is
/// answered from memory, which is what lets the API keep pace with static files.
/// </summary>
public sealed class LedgerAnswers(LedgerSource source, TimeSpan analysisLimit)
{
    /// <summary>Answers with no time limit of their own on the analyses (tests; the server passes its limit).</summary>
    public LedgerAnswers(LedgerSource source)
        : this(source, Timeout.InfiniteTimeSpan)
    {
    }

    private const int MaxKept = 4096;
    private static readonly TimeSpan LateTimerGrace = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, byte[]> _kept = new(StringComparer.Ordinal);
    private int _version = -1;

    /// <summary>The ledger behind the answers.</summary>
    public LedgerSource Source { get; } = source;

    /// <summary>The JSON answer to <paramref name="question"/> as of <paramref name="asOfText"/> (today when absent).</summary>
    public IResult Json<T>(string question, string? asOfText, Func<Ledger, T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asOf = LedgerQueries.ParseAsOf(asOfText, QueryFields.Http.AsOf);
        return Bytes(Answer(question, asOf, query));
    }

    /// <summary>
    /// As <see cref="Json{T}"/>, for answers that may take long (the analyses): computed off the
    /// request thread and awaited until <paramref name="cancel"/> fires (the request timeout, or the
    /// client leaving). The computation is not interrupted: it finishes in the background and is
    /// kept, so asking again is answered from memory.
    /// </summary>
    public async Task<IResult> JsonAsync<T>(string question, string? asOfText, Func<Ledger, T> query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asOf = LedgerQueries.ParseAsOf(asOfText, QueryFields.Http.AsOf);
        var (dataset, key) = Kept(question, asOf);
        if (_kept.TryGetValue(key, out var body))
        {
            return Bytes(body);
        }
        // Started even when the time is already up, so that asking again finds the answer.
        var started = Stopwatch.GetTimestamp();
        body = await Task.Run(() => Compute(dataset, key, asOf, query), CancellationToken.None).WaitAsync(cancel).ConfigureAwait(false);
        if (analysisLimit != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(started) > analysisLimit)
        {
            // The time was up before the answer came; only the timeout's timer lags (a busy thread pool runs
            // its callback late). Wait for it, so the caller gets the 504 it would have got on time.
            await Task.Delay(LateTimerGrace, cancel).ConfigureAwait(false);
        }
        return Bytes(body);
    }

    private byte[] Answer<T>(string question, DateOnly asOf, Func<Ledger, T> query)
    {
        var (dataset, key) = Kept(question, asOf);
        return _kept.TryGetValue(key, out var body) ? body : Compute(dataset, key, asOf, query);
    }

    /// <summary>The current dataset (answers kept under an older one are dropped) and the key of the question.</summary>
    private (Core.Model.Dataset Dataset, string Key) Kept(string question, DateOnly asOf)
    {
        var (dataset, version) = Source.Current();
        if (version != _version || _kept.Count > MaxKept)
        {
            _kept.Clear();
            _version = version;
        }
        // The version is part of the key: an answer finished late (in the background) for an older dataset is never served.
        return (dataset, $"{version}\u001f{asOf:yyyy-MM-dd}\u001f{question}");
    }

    private byte[] Compute<T>(Core.Model.Dataset dataset, string key, DateOnly asOf, Func<Ledger, T> query)
    {
        // Same bytes as `dealgraph … --format json`, newline included.
        var body = Encoding.UTF8.GetBytes(ViewJson.Serialize(query(Ledger.Of(dataset, asOf))) + "\n");
        _kept[key] = body;
        return body;
    }

    private static IResult Bytes(byte[] body) => Results.Bytes(body, "application/json; charset=utf-8");
}
