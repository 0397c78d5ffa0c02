using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Dealgraph.Core;

/// <summary>
/// Threads kept awake for passes of a few milliseconds, as OpenMP runtimes keep theirs (Intel's
/// spin 200 ms after a parallel region by default, KMP_BLOCKTIME): a sleeping pool thread took
/// 0.7–2 ms to start on the bench machine, longer than the clearing engine's pass, so
/// <see cref="Parallel.For(int, int, Action{int})"/> ran its parts on the calling thread. Each
/// worker spins for <see cref="IdleSpin"/> after its last pass, then sleeps: long enough to catch
/// passes that follow each other closely (scenario after scenario), short enough not to hold a
/// core long after them — on the bench machine two busy threads each lost about 30% of their time
/// (its two virtual cores are not always both scheduled), so a spinning worker is not free for the
/// caller. The caller takes part, claiming blocks like the workers, so a late worker costs nothing
/// but its share; results must not depend on which thread ran which block. One pass at a time: a
/// pass started while another runs (another request, or from inside a block) runs on its caller
/// alone.
/// </summary>
internal sealed class PassCrew
{
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _starting = new();
    private Thread[]? _threads;
    private Pass? _pass;
    private int _busy;
    private int _sleeping;

    public PassCrew(int workers, TimeSpan idleSpin)
    {
        Workers = Math.Max(0, workers);
        IdleSpin = idleSpin;
    }

    /// <summary>The crew for the clearing engine's passes: one worker per further core, up to seven, spinning 2 ms.</summary>
    public static PassCrew Shared { get; } = new(Math.Min(Environment.ProcessorCount, 8) - 1, TimeSpan.FromMilliseconds(2));

    /// <summary>Threads besides the caller.</summary>
    public int Workers { get; }

    /// <summary>How long a worker stays awake after a pass.</summary>
    public TimeSpan IdleSpin { get; }

    /// <summary>Runs <paramref name="body"/>(b) for every block b in [0, <paramref name="blocks"/>), returning when all are done.</summary>
    public void Run(int blocks, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (blocks <= 1 || Workers == 0 || Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            for (var b = 0; b < blocks; b++)
            {
                body(b);
            }
            return;
        }
        try
        {
            EnsureStarted();
            var pass = new Pass(blocks, body);
            // A full fence on both sides (here and where Serve goes to sleep): either the worker sees the pass or we see it asleep.
            Interlocked.Exchange(ref _pass, pass);
            var sleeping = Volatile.Read(ref _sleeping);
            if (sleeping > 0)
            {
                _wake.Release(sleeping);
            }
            pass.Work();
            pass.WaitUntilDone();
        }
        finally
        {
            Volatile.Write(ref _pass, null);
            Volatile.Write(ref _busy, 0);
        }
    }

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _threads) is not null)
        {
            return;
        }
        lock (_starting)
        {
            if (_threads is not null)
            {
                return;
            }
            var threads = new Thread[Workers];
            for (var w = 0; w < Workers; w++)
            {
                threads[w] = new Thread(Serve) { IsBackground = true, Name = $"dealgraph pass crew {w + 1}" };
                threads[w].Start();
            }
            Volatile.Write(ref _threads, threads);
        }
    }

    private void Serve()
    {
        Pass? last = null;
        var idle = Stopwatch.StartNew();
        while (true)
        {
            var pass = Volatile.Read(ref _pass);
            if (pass is not null && pass != last)
            {
                last = pass;
                pass.Work();
                idle.Restart();
            }
            else if (idle.Elapsed < IdleSpin)
            {
                // Pause instructions, not yields: a yield is a system call, and a worker that had
                // just yielded missed two passes in three on the bench machine.
                Thread.SpinWait(32);
            }
            else
            {
                Interlocked.Increment(ref _sleeping);
                pass = Volatile.Read(ref _pass);
                if (pass is null || pass == last)
                {
                    _wake.Wait();
                }
                Interlocked.Decrement(ref _sleeping);
                idle.Restart();
            }
        }
    }

    /// <summary>One pass: its blocks are claimed one at a time by whoever is free.</summary>
    private sealed class Pass(int blocks, Action<int> body)
    {
        private int _claimed;
        private int _finished;
        private Exception? _error;

        public void Work()
        {
            int block;
            while ((block = Interlocked.Increment(ref _claimed) - 1) < blocks)
            {
                try
                {
                    body(block);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _error, e, null);
                }
                finally
                {
                    Interlocked.Increment(ref _finished);
                }
            }
        }

        public void WaitUntilDone()
        {
            var spinner = default(SpinWait);
            while (Volatile.Read(ref _finished) < blocks)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }
            if (_error is not null)
            {
                ExceptionDispatchInfo.Throw(_error);
            }
        }
    }
}
