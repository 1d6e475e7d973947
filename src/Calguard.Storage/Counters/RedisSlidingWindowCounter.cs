using StackExchange.Redis;

namespace Calguard.Storage.Counters;

/// <summary>
/// A <see cref="ISlidingWindowCounter"/> shared by every node through Redis: a sorted set of events (score = time in
/// milliseconds, member = <c>id:amount</c>) plus a running total, both changed by one Lua script so that trim, check
/// and add happen atomically. Time is Redis's own clock, so nodes with skewed clocks still agree.
/// </summary>
/// <remarks>
/// Both keys share a hash tag (<c>{…}</c>), so the script also runs on Redis Cluster. They expire one window after the
/// last accepted event; an empty window deletes them at once.
/// </remarks>
public sealed class RedisSlidingWindowCounter(IConnectionMultiplexer redis, string prefix = "calguard:window:") : ISlidingWindowCounter
{
    private const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local window = tonumber(ARGV[1])
        local amount = tonumber(ARGV[2])
        local limit = tonumber(ARGV[3])
        local cutoff = now - window
        local total = tonumber(redis.call('GET', KEYS[2]) or '0')
        local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', cutoff)
        if #expired > 0 then
          for i = 1, #expired do
            local m = expired[i]
            total = total - tonumber(string.match(m, ':(%d+)$'))
          end
          redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', cutoff)
        end
        local allowed = 0
        if amount > 0 and (limit < 0 or total + amount <= limit) then
          redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. amount)
          total = total + amount
          allowed = 1
        end
        if total <= 0 then
          redis.call('DEL', KEYS[1], KEYS[2])
          total = 0
        elseif allowed == 1 then
          redis.call('SET', KEYS[2], total, 'PX', window)
          redis.call('PEXPIRE', KEYS[1], window)
        elseif #expired > 0 then
          redis.call('SET', KEYS[2], total, 'KEEPTTL')
        end
        return {allowed, total}
        """;

    /// <inheritdoc />
    public async ValueTask<WindowCount> AddAsync(string key, TimeSpan window, long amount = 1, long? limit = null, CancellationToken cancellationToken = default)
    {
        InProcessSlidingWindowCounter.Check(window, amount, limit);
        return await RunAsync(key, window, amount, limit ?? -1, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> CountAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        InProcessSlidingWindowCounter.Check(window, 1, null);
        return (await RunAsync(key, window, 0, -1, cancellationToken).ConfigureAwait(false)).Count;
    }

    private async Task<WindowCount> RunAsync(string key, TimeSpan window, long amount, long limit, CancellationToken cancellationToken)
    {
        var tag = "{" + prefix + key + "}";
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(Script,
            [tag, tag + ":total"],
            [(long)Math.Ceiling(window.TotalMilliseconds), amount, limit, Guid.NewGuid().ToString("N")]).WaitAsync(cancellationToken).ConfigureAwait(false))!;
        return new WindowCount((long)result[0] == 1, (long)result[1]);
    }
}
