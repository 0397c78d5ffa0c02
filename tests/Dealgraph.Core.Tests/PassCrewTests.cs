namespace Dealgraph.Core.Tests;

/// <summary>The crew runs every block exactly once, however the threads meet it.</summary>
public sealed class PassCrewTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1, 7)]
    [InlineData(3, 64)]
    public void Every_block_runs_exactly_once(int workers, int blocks)
    {
        var crew = new PassCrew(workers, TimeSpan.FromMilliseconds(1));
        for (var pass = 0; pass < 50; pass++)
        {
            var runs = new int[blocks];
            crew.Run(blocks, b => Interlocked.Increment(ref runs[b]));
            Assert.All(runs, r => Assert.Equal(1, r));
        }
    }

    [Fact]
    public void A_failing_block_fails_the_pass_after_the_others_finish()
    {
        var crew = new PassCrew(1, TimeSpan.FromMilliseconds(1));
        var finished = 0;

        var error = Assert.Throws<InvalidOperationException>(() => crew.Run(8, b =>
        {
            if (b == 3)
            {
                throw new InvalidOperationException("block 3");
            }
            Interlocked.Increment(ref finished);
        }));

        Assert.Equal("block 3", error.Message);
        Assert.Equal(7, finished);
        var again = 0;
        crew.Run(4, _ => Interlocked.Increment(ref again));
        Assert.Equal(4, again);
    }

    [Fact]
    public void Passes_started_together_or_from_inside_a_block_all_complete()
    {
        var crew = new PassCrew(1, TimeSpan.FromMilliseconds(1));
        var inner = new int[4 * 16];

        Parallel.For(0, 4, caller => crew.Run(4, outer =>
            crew.Run(4, b => Interlocked.Increment(ref inner[(caller * 4 + outer) * 4 % inner.Length + b]))));

        Assert.Equal(4 * 4 * 4, inner.Sum());
    }

    [Fact]
    public void A_sleeping_worker_wakes_for_the_next_pass()
    {
        var crew = new PassCrew(1, TimeSpan.Zero);
        crew.Run(2, _ => { });
        Thread.Sleep(50);
        var threads = new HashSet<int>();

        // Each block waits for a block on another thread, so the pass needs the worker awake.
        crew.Run(2, _ =>
        {
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }
            SpinWait.SpinUntil(() =>
            {
                lock (threads)
                {
                    return threads.Count == 2;
                }
            }, TimeSpan.FromSeconds(30));
        });

        Assert.Equal(2, threads.Count);
    }
}
