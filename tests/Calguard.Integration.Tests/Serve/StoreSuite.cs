using Calguard.Decisions;
using Calguard.Provenance;
using Calguard.Storage;
using Calguard.Storage.Database;
using Calguard.Storage.Keys;
using Calguard.Storage.Learning;
using Calguard.Storage.Migrations;
using Calguard.Storage.Policies;
using Calguard.Storage.Provenance;
using Calguard.Storage.Reports;
using Calguard.Storage.Statistics;

namespace Calguard.Integration.Tests.Serve;

/// <summary>One suite, run against SQLite and PostgreSQL: every store behaves the same on both backends.</summary>
public abstract partial class StoreSuite
{
    /// <summary>Options for a fresh, empty database.</summary>
    protected abstract Task<StorageOptions> FreshDatabaseAsync();

    private async Task<CalguardStore> OpenAsync() => await CalguardStore.OpenAsync(await FreshDatabaseAsync());

    [Fact]
    public async Task MigrationsAreVersionedAndRunOnce()
    {
        var options = await FreshDatabaseAsync();
        // Two nodes starting together: both succeed, the schema is migrated once.
        var stores = await Task.WhenAll(CalguardStore.OpenAsync(options), CalguardStore.OpenAsync(options));
        await using var a = stores[0];
        await using var b = stores[1];
        await using var connection = await a.Database.OpenConnectionAsync();
        Assert.Equal(Schema.All.Max(m => m.Version), await Migrator.CurrentVersionAsync(connection, null));
        await using (var count = connection.Command("SELECT COUNT(*) FROM schema_migrations"))
        {
            Assert.Equal(Schema.All.Count, Convert.ToInt32(await count.ExecuteScalarAsync()));
        }
        Assert.Empty(await Migrator.MigrateAsync(connection, a.Database.Dialect));
        // A database newer than this build is refused rather than used.
        await using (var future = connection.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)"))
        {
            await future.ExecuteNonQueryAsync();
        }
        await Assert.ThrowsAsync<InvalidOperationException>(() => Migrator.MigrateAsync(connection, a.Database.Dialect));
    }

    [Fact]
    public async Task PoliciesRoundTripPerScope()
    {
        await using var store = await OpenAsync();
        var policy = new PolicyOverride { AutoAdd = AutoAddPolicy.Nobody, MinimumAlarmInterval = TimeSpan.FromMinutes(5), BlockOrganizers = ["x.example"], QuarantineThreshold = 7.5 };
        await store.Policies.SetAsync(PolicyScope.Recipient, "Bob@Example.net", policy);
        store.SetDomainSync("example.net", new PolicyOverride { Alarms = AlarmPolicy.StripAll });
        Assert.Equal(policy with { BlockOrganizers = null }, store.Policies.GetRecipient("bob@example.net")! with { BlockOrganizers = null });
        Assert.Equal(["x.example"], store.Policies.GetRecipient("bob@example.net")!.BlockOrganizers);
        Assert.Equal(AlarmPolicy.StripAll, (await store.Policies.GetAsync(PolicyScope.Domain, "EXAMPLE.NET"))!.Alarms);
        Assert.Null(store.Policies.GetDomain("bob@example.net"));
        Assert.Null(store.Policies.GetRecipient("example.net"));
        var resolved = new PolicyResolver(RecipientPolicy.Default, store.Policies).Resolve("bob@example.net");
        Assert.Equal(AutoAddPolicy.Nobody, resolved.AutoAdd);
        Assert.Equal(AlarmPolicy.StripAll, resolved.Alarms);
        await store.Policies.SetAsync(PolicyScope.Recipient, "bob@example.net", null);
        Assert.Null(store.Policies.GetRecipient("bob@example.net"));
    }

    [Fact]
    public async Task KnownSendersContactsReplaceCorrespondentsAccumulate()
    {
        await using var store = await OpenAsync();
        var known = store.KnownSenders;
        Assert.Equal(2, await known.SetContactsAsync("bob@example.net", ["A@x.example", "mailto:b@x.example", "a@x.example", "junk"]));
        Assert.Equal(RelationshipKind.Contact, known.Lookup("BOB@example.net", "a@X.example"));
        await known.AddCorrespondentsAsync("bob@example.net", ["c@x.example", "a@x.example"], DateTimeOffset.UtcNow);
        Assert.Equal(RelationshipKind.Correspondent, known.Lookup("bob@example.net", "c@x.example"));
        Assert.Equal(RelationshipKind.Contact, known.Lookup("bob@example.net", "a@x.example")); // contact wins
        known.SetContacts("bob@example.net", ["d@x.example"]);
        Assert.Equal(RelationshipKind.Correspondent, known.Lookup("bob@example.net", "a@x.example"));
        Assert.Equal(RelationshipKind.Unknown, known.Lookup("bob@example.net", "b@x.example"));
        Assert.Equal(RelationshipKind.Unknown, known.Lookup("eve@example.net", "d@x.example"));
        Assert.Equal(["d@x.example"], await known.ContactsAsync("bob@example.net"));
        Assert.Equal(["a@x.example", "c@x.example"], await known.CorrespondentsAsync("bob@example.net"));
    }

    [Fact]
    public async Task KeysAreStoredHashedAndRevocable()
    {
        await using var store = await OpenAsync();
        var (key, secret) = await store.Keys.CreateAsync("mx", ApiScopes.Scan, ["Example.net"]);
        var found = await store.Keys.FindByHashAsync(ApiKeySecret.Hash(secret));
        Assert.NotNull(found);
        Assert.Equal((key.Id, key.Name, key.Scopes, key.CreatedAt, key.RevokedAt), (found.Id, found.Name, found.Scopes, found.CreatedAt, found.RevokedAt));
        Assert.Equal(["example.net"], found.Tenants);
        Assert.True(found.MayTouch("mail.example.net"));
        Assert.False(found.MayTouch("example.org"));
        Assert.Single(await store.Keys.ListAsync());
        Assert.True(await store.Keys.RevokeAsync(key.Id));
        Assert.Null(await store.Keys.FindByHashAsync(ApiKeySecret.Hash(secret)));
        Assert.NotNull((await store.Keys.ListAsync())[0].RevokedAt);
    }

    [Fact]
    public async Task ProvenanceIsFoundByEachIndexAndPurged()
    {
        await using var store = await OpenAsync();
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        const ulong Sim = 0xF0F0_1234_5678_9ABCUL;
        var ids = await store.Provenance.AddAsync(
        [
            Record("bob@example.net", "uid-1", "m1@x", "cf1-aaaa", Sim, now) with { RawMessage = [1, 2, 3], DkimDomains = ["x.example", "y.example"] },
            Record("ann@mail.example.net", "uid-1", "m1@x", "cf1-aaaa", Sim ^ 0b111, now),            // distance 3
            Record("eve@example.org", "uid-2", "m2@x", "cf1-bbbb", Sim ^ 0b1111, now),                 // distance 4
            Record("old@example.net", "uid-3", "m3@x", "cf1-cccc", 42, now - TimeSpan.FromDays(100)),
        ]);
        Assert.Equal(4, ids.Distinct().Count());

        var byUid = await store.Provenance.FindAsync(new ProvenanceQuery { Recipient = "BOB@example.net", Uid = "uid-1" });
        var bob = Assert.Single(byUid);
        Assert.Equal(ids[0], bob.Id);
        Assert.Equal(["x.example", "y.example"], bob.DkimDomains);
        Assert.Equal(Sim, bob.SimHash);
        Assert.Equal(now, bob.RecordedAt);
        Assert.Null(bob.RawMessage);
        Assert.Equal([1, 2, 3], (await store.Provenance.GetAsync(ids[0], includeRaw: true))!.RawMessage);

        Assert.Equal(2, (await store.Provenance.FindAsync(new ProvenanceQuery { MessageId = "<m1@x>" })).Count);
        Assert.Equal(2, (await store.Provenance.FindAsync(new ProvenanceQuery { Fingerprint = "cf1-aaaa", Tenants = ["example.net"] })).Count);
        Assert.Empty(await store.Provenance.FindAsync(new ProvenanceQuery { Fingerprint = "cf1-aaaa", Tenants = ["example.org"] }));
        Assert.Empty(await store.Provenance.FindAsync(new ProvenanceQuery { Fingerprint = "cf1-aaaa", Tenants = ["ample.net"] }));

        var similar = await store.Provenance.FindSimilarAsync(Sim, 3);
        Assert.Equal([ids[1], ids[0]], similar.Select(r => r.Id).Order().Reverse().ToArray());
        Assert.Single(await store.Provenance.FindSimilarAsync(Sim, 3, new ProvenanceQuery { Tenants = ["mail.example.net"] }));

        Assert.Equal(1, await store.Provenance.PurgeAsync(now - TimeSpan.FromDays(90)));
        Assert.Empty(await store.Provenance.FindAsync(new ProvenanceQuery { Uid = "uid-3" }));
    }

    [Fact]
    public async Task SimilarProvenanceIsFoundWhereverTheBitsDiffer()
    {
        // The SimHash index is probed at the ranges of the top 16 bits within the distance: differences in the top
        // bits (the sign bit of the stored value among them), spread over the hash, or at a range's edge must all match.
        await using var store = await OpenAsync();
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        const ulong Sim = 0x7FFF_FFFF_0000_0001UL;
        ulong[] near =
        [
            Sim,
            Sim ^ (0b111UL << 61),                  // distance 3, all in the top bits, across the sign bit
            Sim ^ (1UL << 63) ^ (1UL << 30) ^ 1,    // distance 3, one bit in each of three bands
            Sim ^ (1UL << 47),                      // distance 1, just below the top 16 bits
            Sim ^ (1UL << 48),                      // distance 1, another top range (0x7FFE)
        ];
        ulong[] far = [Sim ^ (0b1111UL << 60), Sim ^ 0b1111, ~Sim, Sim ^ (0b11UL << 62) ^ (0b11UL << 20)];
        var records = near.Concat(far).Select((h, i) => Record($"r{i}@example.net", $"uid-{i}", $"m{i}@x", $"cf1-{i}", h, now + TimeSpan.FromSeconds(i))).ToList();
        // More matches than one statement reads: 600 copies of the hash, older than the others.
        records.AddRange(Enumerable.Range(0, 600).Select(i => Record("bulk@example.net", $"bulk-{i}", $"b{i}@x", "cf1-bulk", Sim ^ (1UL << (i % 64)), now - TimeSpan.FromMinutes(1))));
        var ids = await store.Provenance.AddAsync(records);

        var similar = await store.Provenance.FindSimilarAsync(Sim, 3, new ProvenanceQuery { Limit = 10_000 });
        Assert.Equal(near.Length + 600, similar.Count);
        Assert.Equal(ids.Take(near.Length).Reverse().ToArray(), similar.Take(near.Length).Select(r => r.Id).ToArray());
        Assert.All(similar, r => Assert.True(CampaignFingerprint.Distance(r.SimHash, Sim) <= 3));

        Assert.Equal([ids[near.Length - 1]], (await store.Provenance.FindSimilarAsync(Sim, 3, new ProvenanceQuery { Limit = 1 })).Select(r => r.Id));
        Assert.Equal([ids[0]], (await store.Provenance.FindSimilarAsync(Sim, 0)).Select(r => r.Id));
        Assert.Equal(3 + 600, (await store.Provenance.FindSimilarAsync(Sim, 1, new ProvenanceQuery { Limit = 10_000 })).Count);
        Assert.Equal(near.Length, (await store.Provenance.FindSimilarAsync(Sim, 3, new ProvenanceQuery { Since = now, Limit = 10_000 })).Count);
    }

    [Fact]
    public async Task StatisticsAccumulatePerDayAndTenant()
    {
        await using var store = await OpenAsync();
        var day = new DateOnly(2026, 3, 1);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => store.Statistics.AddAsync(
        [
            new StatisticsIncrement(day, "example.net", new Dictionary<string, long> { ["mails"] = 1, ["calendar_mails"] = 2 }),
            new StatisticsIncrement(day.AddDays(1), "mail.example.net", new Dictionary<string, long> { ["mails"] = 3 }),
            new StatisticsIncrement(day, "example.org", new Dictionary<string, long> { ["mails"] = 5 }),
        ])));
        var all = await store.Statistics.QueryAsync(day, day.AddDays(1), null);
        Assert.Equal(3, all.Count);
        Assert.Equal(100, all.Single(r => r.Tenant == "example.net")["calendar_mails"]);
        var net = await store.Statistics.QueryAsync(day, day.AddDays(1), ["example.net"]);
        Assert.Equal([50L, 150L], net.Select(r => r["mails"]).ToArray());
        Assert.Single(await store.Statistics.QueryAsync(day.AddDays(1), day.AddDays(1), ["example.net"]));
        Assert.True(await store.Statistics.PurgeAsync(day.AddDays(1)) > 0);
        Assert.Empty(await store.Statistics.QueryAsync(day, day, null));
    }

    [Fact]
    public async Task GroupCommitIsolatesAFailingWrite()
    {
        await using var store = await OpenAsync();
        var (key, _) = await store.Keys.CreateAsync("first", ApiScopes.Scan, []);
        // Many writes in flight at once: they share transactions; the one that violates a constraint fails alone.
        var good = Enumerable.Range(0, 100).Select(i => store.Policies.SetAsync(PolicyScope.Recipient, $"u{i}@example.net", new PolicyOverride { MaxInstances = i })).ToList();
        var bad = store.Database.Writer.WriteAsync((c, t) =>
        {
            using var insert = c.Command("INSERT INTO api_keys (id, name, hash, scopes, tenants, created_at) VALUES (@i, 'dup', 'h', 'scan', '', 0)", t).With("@i", key.Id);
            insert.ExecuteNonQuery();
        });
        await Task.WhenAll(good);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => bad);
        Assert.Equal(99, store.Policies.GetRecipient("u99@example.net")!.MaxInstances);
        Assert.Single(await store.Keys.ListAsync());
    }

    [Fact]
    public async Task ReportsBlocksCampaignsAndTheClassifierBehaveTheSame()
    {
        await using var store = await OpenAsync();
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        const ulong Sim = 0x0123_4567_89AB_CDEFUL;
        var campaign = new Campaign("cf1-1111", Sim, ["l.example"], now, null, null);
        StoredReport Report(string recipient, string uid, string kind) =>
            new(0, recipient, "uid:" + uid, uid, "m@x", kind, ReportKinds.User, campaign.Id, null, "org@x.example", now);
        var training = new TrainingItem("cf:cf1-1111", true, ["w:prize", "link:l.example"]);

        var first = await store.Reports.SaveAsync(new ReportWrite
        {
            Report = Report("bob@example.net", "u1", ReportKinds.Spam),
            AddBlocks = [(ReportKinds.UidBlock, "u1"), (ReportKinds.OrganizerBlock, "org@x.example")],
            NewCampaign = campaign,
            Training = training,
        });
        Assert.False(first.Repeated);
        Assert.Equal(TrainOutcome.Learned, first.Training);
        // Idempotent: the same (recipient, uid, kind) keeps its id and learns nothing twice.
        var again = await store.Reports.SaveAsync(new ReportWrite { Report = Report("bob@example.net", "u1", ReportKinds.Spam), AddBlocks = [(ReportKinds.UidBlock, "u1")], NewCampaign = campaign, Training = training });
        Assert.True(again.Repeated);
        Assert.Equal(first.Report.Id, again.Report.Id);
        Assert.Equal(TrainOutcome.Unchanged, again.Training);
        var eve = await store.Reports.SaveAsync(new ReportWrite { Report = Report("eve@example.org", "u9", ReportKinds.Spam) with { CampaignId = null }, AddBlocks = [(ReportKinds.UidBlock, "u9")] });

        var blocks = await store.Reports.BlocksForAsync(["bob@example.net", "eve@example.org"], ["u1", "u2"], ["org@x.example"]);
        Assert.Equal([(ReportKinds.OrganizerBlock, "org@x.example"), (ReportKinds.UidBlock, "u1")], blocks.Select(b => (b.Kind, b.Value)).Order().ToArray());
        Assert.All(blocks, b => Assert.Equal("bob@example.net", b.Recipient));
        Assert.Equal(2, (await store.Reports.BlocksOfAsync("bob@example.net")).Count);

        Assert.Equal(first.Report, await store.Reports.GetAsync(first.Report.Id));
        Assert.Equal(2, (await store.Reports.ListAsync(new ReportQuery())).Count);
        Assert.Equal([eve.Report.Id], (await store.Reports.ListAsync(new ReportQuery { Tenants = ["example.org"] })).Select(r => r.Id));
        Assert.Equal([first.Report.Id], (await store.Reports.ListAsync(new ReportQuery { CampaignId = campaign.Id })).Select(r => r.Id));
        Assert.Equal([eve.Report.Id], (await store.Reports.ListAsync(new ReportQuery { Limit = 1 })).Select(r => r.Id));
        Assert.Equal([first.Report.Id], (await store.Reports.ListAsync(new ReportQuery { Before = eve.Report.Id })).Select(r => r.Id));
        Assert.Equal((1L, 0L), await store.Reports.CountAsync(campaign.Id, null));

        // Campaigns: found by id and by a SimHash within 3 bits; confirmation is what the scan asks for.
        Assert.Equal(campaign.Id, (await store.Reports.FindCampaignAsync("cf1-other", Sim ^ 0b1011))?.Id);
        Assert.Null(await store.Reports.FindCampaignAsync("cf1-other", Sim ^ 0b11011));
        Assert.Null(await store.Reports.FindCampaignAsync(campaign.Id, Sim, confirmedOnly: true));
        var confirmed = await store.Reports.ConfirmAsync(campaign.Id, true, "key1", now);
        Assert.Equal(("key1", now), (confirmed!.ConfirmedBy, confirmed.ConfirmedAt));
        Assert.Equal(campaign.Id, (await store.Reports.FindCampaignAsync("cf1-other", Sim ^ 0b111, confirmedOnly: true))?.Id);
        Assert.Equal(["l.example"], (await store.Reports.GetCampaignAsync(campaign.Id))!.LinkDomains);
        Assert.False((await store.Reports.ConfirmAsync(campaign.Id, false, "key1", now))!.Confirmed);
        Assert.Null(await store.Reports.ConfirmAsync("cf1-none", true, "key1", now));

        // Not spam: the block goes and the item is learned the other way, in the same transaction.
        var undo = await store.Reports.SaveAsync(new ReportWrite
        {
            Report = Report("bob@example.net", "u1", ReportKinds.NotSpam),
            RemoveBlocks = [(ReportKinds.UidBlock, "u1"), (ReportKinds.OrganizerBlock, "org@x.example")],
            Training = training with { Spam = false },
        });
        Assert.Equal(TrainOutcome.Relearned, undo.Training);
        Assert.Empty(await store.Reports.BlocksOfAsync("bob@example.net"));
        Assert.Equal(new ClassifierTotals(0, 1), await store.Classifier.TotalsAsync());
        Assert.Equal((0L, 1L), (await store.Classifier.CountsAsync(["w:prize", "w:unknown"]))["w:prize"]);
        Assert.False((await store.Classifier.CountsAsync(["w:unknown"])).ContainsKey("w:unknown"));

        // calguard train: many items at once, each learned once.
        var outcomes = await store.Classifier.TrainAsync([new TrainingItem("sha256:a", true, ["w:prize"]), new TrainingItem("sha256:b", false, ["w:agenda"]), new TrainingItem("sha256:a", true, ["w:prize"])]);
        Assert.Equal([TrainOutcome.Learned, TrainOutcome.Learned, TrainOutcome.Unchanged], outcomes);
        Assert.Equal(new ClassifierTotals(1, 2), await store.Classifier.TotalsAsync());
        Assert.Equal((1L, 1L), (await store.Classifier.CountsAsync(["w:prize"]))["w:prize"]);

        // Kept features of a campaign copy, purged by age.
        await store.Reports.AddFeaturesAsync("cf1-1111", ["w:prize", "w:claim"], now - TimeSpan.FromDays(40));
        Assert.Equal(["w:claim", "w:prize"], (await store.Reports.FeaturesAsync("cf1-1111"))!.Order(StringComparer.Ordinal));
        Assert.Equal(1, await store.Reports.PurgeFeaturesAsync(now - TimeSpan.FromDays(30)));
        Assert.Null(await store.Reports.FeaturesAsync("cf1-1111"));
    }

    private static ProvenanceRecord Record(string recipient, string uid, string messageId, string fingerprint, ulong sim, DateTimeOffset at) => new()
    {
        Recipient = recipient,
        Channel = "api",
        Uid = uid,
        Sequence = 2,
        MessageId = messageId,
        Verdict = "spam",
        Action = "quarantine",
        Score = 12.5,
        Symbols = ["A", "B"],
        ArrivalTime = at,
        RecordedAt = at,
        Fingerprint = fingerprint,
        SimHash = sim,
        LinkDomains = ["l.example"],
    };
}

internal static class StoreTestExtensions
{
    public static void SetDomainSync(this CalguardStore store, string domain, PolicyOverride policy) => store.Policies.SetDomain(domain, policy);
}
