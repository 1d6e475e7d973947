using Calguard.Decisions;
using Calguard.Storage;
using Calguard.Storage.Caching;
using Calguard.Storage.Database;
using Calguard.Storage.Keys;
using Calguard.Storage.Policies;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Storage;

/// <summary>
/// The per-scan read caches (<see cref="StorageOptions.CacheLifetime"/>): two stores on one SQLite file stand for two
/// nodes. A change through a node counts there at once; through the other node, within the lifetime and not before.
/// </summary>
public sealed class StoreCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);
    private readonly string _directory = Directory.CreateTempSubdirectory("calguard-cache-").FullName;
    private readonly ManualTime _time = new(DateTimeOffset.Parse("2026-11-23T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private CalguardStore _a = null!;
    private CalguardStore _b = null!;

    public async Task InitializeAsync()
    {
        var options = StorageOptions.ForSqliteFile(Path.Combine(_directory, "calguard.db")) with { CacheLifetime = Lifetime, Time = _time };
        _a = await CalguardStore.OpenAsync(options);
        _b = await CalguardStore.OpenAsync(options);
    }

    [Fact]
    public async Task KeyRevokedElsewhereStopsWithinTheLifetime()
    {
        var (key, secret) = await _a.Keys.CreateAsync("ops", ApiScopes.Scan, ["example.net"]);
        var hash = ApiKeySecret.Hash(secret);
        Assert.Equal(key.Id, (await _a.Keys.FindByHashAsync(hash))?.Id);

        Assert.True(await _b.Keys.RevokeAsync(key.Id));
        Assert.Null(await _b.Keys.FindByHashAsync(hash));
        Assert.NotNull(await _a.Keys.FindByHashAsync(hash));
        _time.Advance(Lifetime);
        Assert.Null(await _a.Keys.FindByHashAsync(hash));
    }

    [Fact]
    public async Task KeyRevokedHereStopsAtOnceAndNewKeysWorkAtOnce()
    {
        var (key, secret) = await _a.Keys.CreateAsync("ops", ApiScopes.Scan, []);
        var hash = ApiKeySecret.Hash(secret);
        Assert.NotNull(await _a.Keys.FindByHashAsync(hash));
        Assert.True(await _a.Keys.RevokeAsync(key.Id));
        Assert.Null(await _a.Keys.FindByHashAsync(hash));

        // Unknown hashes are not remembered: a key made on another node works here at once.
        var (_, later) = await _b.Keys.CreateAsync("later", ApiScopes.Scan, []);
        Assert.Null(await _a.Keys.FindByHashAsync(ApiKeySecret.Hash(later + "x")));
        Assert.NotNull(await _a.Keys.FindByHashAsync(ApiKeySecret.Hash(later)));
    }

    [Fact]
    public async Task KeyKeepsItsTenants()
    {
        var (_, secret) = await _a.Keys.CreateAsync("tenant", ApiScopes.Scan, ["example.net"]);
        var hash = ApiKeySecret.Hash(secret);
        await _a.Keys.FindByHashAsync(hash);
        var cached = await _a.Keys.FindByHashAsync(hash);
        Assert.Equal(["example.net"], cached!.Tenants);
        Assert.False(cached.MayTouch("example.org"));
    }

    [Fact]
    public async Task PolicySetElsewhereAppliesWithinTheLifetime()
    {
        Assert.Null(_a.Policies.GetRecipient("haruto.wolf@example.net"));
        var policy = new PolicyOverride { BlockOrganizers = ["gmail.com"] };
        await _b.Policies.SetAsync(PolicyScope.Recipient, "haruto.wolf@example.net", policy);

        Assert.NotNull(_b.Policies.GetRecipient("haruto.wolf@example.net"));
        Assert.Null(_a.Policies.GetRecipient("haruto.wolf@example.net"));
        _time.Advance(Lifetime);
        Assert.Equal(["gmail.com"], _a.Policies.GetRecipient("haruto.wolf@example.net")!.BlockOrganizers);
        Assert.Null(_a.Policies.GetDomain("example.net"));
    }

    [Fact]
    public async Task PolicySetHereAppliesAtOnce()
    {
        Assert.Null(_a.Policies.GetDomain("example.net"));
        await _a.Policies.SetAsync(PolicyScope.Domain, "example.net", new PolicyOverride { BlockOrganizers = ["gmail.com"] });
        Assert.NotNull(_a.Policies.GetDomain("example.net"));
    }

    [Fact]
    public async Task ContactsSetElsewhereCountWithinTheLifetime()
    {
        Assert.Equal(RelationshipKind.Unknown, _a.KnownSenders.Lookup("haruto.wolf@example.net", "boss@example.org"));
        await _b.KnownSenders.SetContactsAsync("haruto.wolf@example.net", ["boss@example.org"]);
        Assert.Equal(RelationshipKind.Unknown, _a.KnownSenders.Lookup("haruto.wolf@example.net", "boss@example.org"));
        _time.Advance(Lifetime);
        Assert.Equal(RelationshipKind.Contact, _a.KnownSenders.Lookup("haruto.wolf@example.net", "boss@example.org"));

        await _a.KnownSenders.AddCorrespondentsAsync("mia@example.net", ["friend@example.org"], _time.GetUtcNow());
        Assert.Equal(RelationshipKind.Correspondent, _a.KnownSenders.Lookup("mia@example.net", "friend@example.org"));
    }

    [Fact]
    public async Task ZeroLifetimeReadsEveryTime()
    {
        var options = StorageOptions.ForSqliteFile(Path.Combine(_directory, "calguard.db")) with { CacheLifetime = TimeSpan.Zero, Time = _time };
        await using var c = await CalguardStore.OpenAsync(options);
        Assert.Null(c.Policies.GetRecipient("haruto.wolf@example.net"));
        await _b.Policies.SetAsync(PolicyScope.Recipient, "haruto.wolf@example.net", new PolicyOverride { BlockOrganizers = ["gmail.com"] });
        Assert.NotNull(c.Policies.GetRecipient("haruto.wolf@example.net"));
    }

    [Fact]
    public void AnAnswerFromBeforeAWriteIsNotKept()
    {
        var cache = new EmptinessCache(Lifetime, _time);
        // The write lands while the question is being asked: the "empty" answer must not be kept.
        Assert.False(cache.MayHaveRows(() =>
        {
            cache.Invalidate();
            return false;
        }));
        Assert.True(cache.MayHaveRows(() => true));
        Assert.True(cache.MayHaveRows(() => throw new InvalidOperationException("the answer is remembered")));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
