using Calguard.Storage.Caching;
using DnsClient;
using DnsClient.Protocol;

namespace Calguard.Host.Reputation.Dns;

/// <summary>
/// Asks DNS lists with DnsClient and caches the answers: for their TTL (clamped to the configured bounds), "not
/// listed" for the SOA's negative TTL (RFC 2308), failures not at all. Concurrent lookups of one name share one query.
/// </summary>
public sealed class DnsListResolver
{
    private readonly DnsListSettings _settings;
    private readonly ExpiringCache<string, Task<DnsListAnswer>> _cache;
    private readonly Lazy<LookupClient> _client;
    private long _queries;

    /// <summary>Creates the resolver (the DNS client is made at the first query).</summary>
    /// <param name="settings">Servers, timeouts and cache bounds.</param>
    /// <param name="time">The clock that expires cached answers.</param>
    public DnsListResolver(DnsListSettings settings, TimeProvider time)
    {
        _settings = settings;
        _cache = new ExpiringCache<string, Task<DnsListAnswer>>(settings.CacheSize, time);
        _client = new Lazy<LookupClient>(() =>
        {
            var options = settings.Servers.Count > 0 ? new LookupClientOptions([.. settings.Servers]) : new LookupClientOptions();
            // Our own cache (bounded, TTL-clamped); one try per query, the budget decides how long a message waits.
            options.UseCache = false;
            options.Timeout = settings.QueryTimeout;
            options.Retries = 0;
            options.ThrowDnsErrors = false;
            options.ContinueOnDnsError = false;
            options.UseTcpFallback = true;
            return new LookupClient(options);
        });
    }

    /// <summary>Queries sent so far (cache misses), for tests and metrics.</summary>
    public long Queries => Interlocked.Read(ref _queries);

    /// <summary>The cached answer for <paramref name="name"/>, or a new query. Never throws: a failure is an answer with an error.</summary>
    public Task<DnsListAnswer> LookupAsync(string name)
    {
        if (_cache.TryGet(name, out var cached))
        {
            return cached;
        }
        var pending = ResolveAsync(name);
        if (!pending.IsCompleted)
        {
            // Held while in flight, so concurrent messages of one campaign share the query; replaced by the real TTL after.
            _cache.Set(name, pending, _settings.QueryTimeout + TimeSpan.FromSeconds(1));
        }
        return pending;
    }

    private async Task<DnsListAnswer> ResolveAsync(string name)
    {
        var (answer, ttl) = await QueryAsync(name).ConfigureAwait(false);
        if (answer.Answered)
        {
            _cache.Set(name, Task.FromResult(answer), ttl);
        }
        else
        {
            _cache.Remove(name);
        }
        return answer;
    }

    private async Task<(DnsListAnswer Answer, TimeSpan Ttl)> QueryAsync(string name)
    {
        Interlocked.Increment(ref _queries);
        try
        {
            var response = await _client.Value.QueryAsync(name, QueryType.A, QueryClass.IN, CancellationToken.None).ConfigureAwait(false);
            if (response.HasError)
            {
                return response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain
                    ? (DnsListAnswer.NotListed, NegativeTtl(response))
                    : (new DnsListAnswer([], response.ErrorMessage), TimeSpan.Zero);
            }
            var records = response.Answers.ARecords().ToList();
            if (records.Count == 0)
            {
                return (DnsListAnswer.NotListed, NegativeTtl(response));
            }
            var ttl = Clamp(TimeSpan.FromSeconds(records.Min(r => Math.Max(0, r.TimeToLive))));
            return (new DnsListAnswer(records.Select(r => r.Address).ToArray()), ttl);
        }
        catch (DnsResponseException e)
        {
            return (new DnsListAnswer([], e.Code == DnsResponseCode.ConnectionTimeout ? "timeout" : e.Message), TimeSpan.Zero);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Sockets, a missing resolv.conf, a malformed reply: whatever it is, the message goes on without this list.
            return (new DnsListAnswer([], e.Message), TimeSpan.Zero);
        }
    }

    private TimeSpan NegativeTtl(IDnsQueryResponse response)
    {
        // RFC 2308 §5: the negative TTL is the smaller of the SOA record's TTL and its MINIMUM field.
        var soa = response.Authorities.SoaRecords().FirstOrDefault();
        return soa is null ? _settings.NegativeCacheTtl : Clamp(TimeSpan.FromSeconds(Math.Min((long)Math.Max(0, soa.TimeToLive), soa.Minimum)));
    }

    private TimeSpan Clamp(TimeSpan ttl) =>
        ttl < _settings.MinCacheTtl ? _settings.MinCacheTtl : ttl > _settings.MaxCacheTtl ? _settings.MaxCacheTtl : ttl;
}
