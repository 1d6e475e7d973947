using Calguard.Storage.Counters;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Storage;

/// <summary>The in-process sliding window: exact under concurrency, sliding, and bounded.</summary>
public sealed class InProcessSlidingWindowCounterTests
{
    [Fact]
    public async Task ConcurrentCallersNeverExceedTheLimit()
    {
        var counter = new InProcessSlidingWindowCounter();
        var allowed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
        {
            if ((await counter.AddAsync("k", TimeSpan.FromMinutes(1), 1, 500, ct)).Allowed)
            {
                Interlocked.Increment(ref allowed);
            }
        });
        Assert.Equal(500, allowed);
        Assert.Equal(500, await counter.CountAsync("k", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task EventsLeaveTheWindowAndKeysExpire()
    {
        var time = new ManualTime(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var counter = new InProcessSlidingWindowCounter(time);
        var window = TimeSpan.FromSeconds(10);
        Assert.Equal(new WindowCount(true, 3), await counter.AddAsync("a", window, 3, 5));
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(new WindowCount(false, 3), await counter.AddAsync("a", window, 3, 5));
        Assert.Equal(new WindowCount(true, 5), await counter.AddAsync("a", window, 2, 5));
        time.Advance(TimeSpan.FromSeconds(4)); // the first 3 are 10 s old now: out
        Assert.Equal(2, await counter.CountAsync("a", window));
        time.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(0, await counter.CountAsync("a", window));
        counter.Sweep();
        Assert.Equal(0, counter.KeyCount);
    }

    [Fact]
    public async Task BadArgumentsThrow()
    {
        var counter = new InProcessSlidingWindowCounter();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await counter.AddAsync("a", TimeSpan.Zero));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await counter.AddAsync("a", TimeSpan.FromSeconds(1), 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await counter.AddAsync("a", TimeSpan.FromSeconds(1), 1, -1));
    }
}
