using Calguard.Integration.Tests.Serve.Infrastructure;
using Calguard.Storage.Counters;
using Calguard.Storage.Statistics;

namespace Calguard.Integration.Tests.Serve;

/// <summary>The Redis sliding-window counter (exact under concurrency, with expiry) and statistics, on a real Redis.</summary>
[Collection(ServersCollection.Name)]
public sealed class RedisTests(RedisServer redis)
{
    [Fact]
    public async Task ConcurrentAddsFromManyConnectionsNeverExceedTheLimit()
    {
        // Four multiplexers stand for four nodes; 2000 parallel attempts against a limit of 777.
        var nodes = Enumerable.Range(0, 4).Select(_ => redis.Connect()).ToArray();
        try
        {
            var counters = nodes.Select(n => new RedisSlidingWindowCounter(n)).ToArray();
            var key = "limit-" + Guid.NewGuid().ToString("N");
            var allowed = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
            {
                var r = await counters[i % 4].AddAsync(key, TimeSpan.FromMinutes(5), 1, 777, ct);
                Assert.InRange(r.Count, 1, 777);
                if (r.Allowed)
                {
                    Interlocked.Increment(ref allowed);
                }
            });
            Assert.Equal(777, allowed);
            Assert.Equal(777, await counters[0].CountAsync(key, TimeSpan.FromMinutes(5)));
            // Amounts larger than one are all-or-nothing.
            Assert.Equal(new WindowCount(false, 777), await counters[1].AddAsync(key, TimeSpan.FromMinutes(5), 1, 777));
        }
        finally
        {
            foreach (var n in nodes)
            {
                await n.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task WindowSlidesAndKeysExpire()
    {
        await using var connection = redis.Connect();
        var counter = new RedisSlidingWindowCounter(connection, "t:");
        var key = "slide-" + Guid.NewGuid().ToString("N");
        var window = TimeSpan.FromMilliseconds(800);
        Assert.Equal(new WindowCount(true, 3), await counter.AddAsync(key, window, 3, 5));
        Assert.Equal(new WindowCount(false, 3), await counter.AddAsync(key, window, 3, 5));
        Assert.Equal(new WindowCount(true, 5), await counter.AddAsync(key, window, 2, 5));
        var db = connection.GetDatabase();
        Assert.True(await db.KeyExistsAsync("{t:" + key + "}"));
        var ttl = await db.KeyTimeToLiveAsync("{t:" + key + "}:total");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMilliseconds(1), window);
        await Task.Delay(window + TimeSpan.FromMilliseconds(300));
        Assert.Equal(0, await counter.CountAsync(key, window));
        Assert.False(await db.KeyExistsAsync("{t:" + key + "}"));
        Assert.False(await db.KeyExistsAsync("{t:" + key + "}:total"));
        Assert.Equal(new WindowCount(true, 4), await counter.AddAsync(key, window, 4, 5));
    }

    [Fact]
    public async Task StatisticsIncrementAtomicallyAndExpire()
    {
        await using var connection = redis.Connect();
        var store = new RedisStatisticsStore(connection, TimeSpan.FromDays(2), "s-" + Guid.NewGuid().ToString("N") + ":");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => store.AddAsync(
        [
            new StatisticsIncrement(today, "example.net", new Dictionary<string, long> { ["mails"] = 1, ["calendar_spam"] = 2 }),
            new StatisticsIncrement(today, "", new Dictionary<string, long> { ["mails"] = 1 }),
        ])));
        var rows = await store.QueryAsync(today.AddDays(-1), today, null);
        Assert.Equal(2, rows.Count);
        Assert.Equal(200, rows.Single(r => r.Tenant == "example.net")["calendar_spam"]);
        var net = Assert.Single(await store.QueryAsync(today, today, ["example.net"]));
        Assert.Equal(100, net["mails"]);
    }
}
