using Calguard.Integration.Tests.Serve.Infrastructure;
using Calguard.Storage;
using Calguard.Storage.Database;
using Calguard.Storage.Feedback;

namespace Calguard.Integration.Tests.Feedback;

/// <summary>The feedback outbox and complaints, the same on SQLite and PostgreSQL: idempotent enqueue, rate slots, claims, retries, give-up, purge.</summary>
public abstract class FeedbackStoreSuite
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 3, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<StorageOptions> FreshDatabaseAsync();

    private static FeedbackItem Item(long report, DateTimeOffset at, string kind = FeedbackKinds.Arf) => new()
    {
        ReportId = report,
        Kind = kind,
        DedupeKey = $"{report}:{kind}",
        Recipient = "ann@example.net",
        Target = "abuse@shop.example",
        Payload = [1, 2, 3],
        Detail = "{\"feedbackType\":\"abuse\"}",
        CreatedAt = at,
    };

    [Fact]
    public async Task EnqueueIsIdempotentAndTheRateSlotHoldsForItsWindow()
    {
        await using var store = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var outbox = store.FeedbackOutbox;
        var limit = new FeedbackRateLimit("arf|cf1-x|shop.example", TimeSpan.FromHours(1));

        var first = await outbox.EnqueueAsync(Item(1, T0), limit);
        Assert.Equal(FeedbackEnqueueOutcome.Queued, first.Outcome);
        Assert.Equal(new FeedbackEnqueueResult(FeedbackEnqueueOutcome.Duplicate, first.Id), await outbox.EnqueueAsync(Item(1, T0.AddMinutes(1)), limit));

        var second = await outbox.EnqueueAsync(Item(2, T0.AddMinutes(30)), limit);
        Assert.Equal(FeedbackEnqueueOutcome.Suppressed, second.Outcome);
        Assert.Contains($"item {first.Id}", second.Reason);
        // Concurrent enqueues of one campaign: exactly one takes the slot.
        var racing = await Task.WhenAll(Enumerable.Range(10, 8).Select(i => outbox.EnqueueAsync(Item(i, T0.AddHours(2)), limit)));
        Assert.Single(racing, r => r.Outcome == FeedbackEnqueueOutcome.Queued);
        // Once the window has passed the campaign may be reported again.
        Assert.Equal(FeedbackEnqueueOutcome.Queued, (await outbox.EnqueueAsync(Item(3, T0.AddHours(4)), limit)).Outcome);

        var stored = (await outbox.ListAsync(reportId: 2)).Single();
        Assert.Equal(FeedbackStatus.Suppressed, stored.Status);
        Assert.Equal(new byte[] { 1, 2, 3 }, stored.Payload);
        Assert.Equal("example.net", stored.Tenant);
        Assert.Empty(await outbox.ListAsync(tenants: ["example.com"]));
    }

    [Fact]
    public async Task ClaimLeasesRetryDelaysAndFinishedItemsLeave()
    {
        await using var store = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var outbox = store.FeedbackOutbox;
        var a = (await outbox.EnqueueAsync(Item(1, T0))).Id;
        var b = (await outbox.EnqueueAsync(Item(2, T0))).Id;
        Assert.Equal(T0, await outbox.NextDueAsync());

        var claimed = await outbox.ClaimDueAsync(T0, T0.AddMinutes(5), 10);
        Assert.Equal([a, b], claimed.Select(i => i.Id).Order());
        Assert.All(claimed, i => Assert.Equal(1, i.Attempts));
        // Leased: another node finds nothing due until the lease ends.
        Assert.Empty(await outbox.ClaimDueAsync(T0.AddMinutes(1), T0.AddMinutes(6), 10));

        await outbox.CompleteAsync(a, T0.AddSeconds(1));
        await outbox.RetryAsync(b, T0.AddMinutes(2), "attempt 1: connection refused");
        Assert.Empty(await outbox.ClaimDueAsync(T0.AddMinutes(1), T0.AddMinutes(6), 10));
        var again = Assert.Single(await outbox.ClaimDueAsync(T0.AddMinutes(2), T0.AddMinutes(7), 10));
        Assert.Equal((b, 2, "attempt 1: connection refused"), (again.Id, again.Attempts, again.LastError));
        await outbox.FailAsync(b, T0.AddMinutes(3), "gave up");

        var items = await outbox.ListAsync();
        Assert.Equal(FeedbackStatus.Sent, items.Single(i => i.Id == a).Status);
        Assert.Equal(("failed", "gave up"), (items.Single(i => i.Id == b).Status, items.Single(i => i.Id == b).LastError));
        Assert.Null(await outbox.NextDueAsync());
        Assert.Equal(2, await outbox.PurgeAsync(T0.AddDays(1), T0.AddDays(1)));
        Assert.Empty(await outbox.ListAsync());
    }

    [Fact]
    public async Task ComplaintsAreStoredOncePerReportAndCountedPerAccount()
    {
        await using var store = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        FeedbackComplaint Complaint(string id, string type, DateTimeOffset at) => new()
        {
            Account = "Sales@Example.org",
            FeedbackType = type,
            ReceivedAt = at,
            ReportMessageId = id,
            MatchedBy = "original-mail-from",
        };
        var (first, duplicate) = await store.Complaints.AddAsync(Complaint("r1@isp", "abuse", T0));
        Assert.False(duplicate);
        Assert.Equal((first, true), await store.Complaints.AddAsync(Complaint("r1@isp", "abuse", T0)));
        await store.Complaints.AddAsync(Complaint("r2@isp", "fraud", T0.AddDays(-3)));
        await store.Complaints.AddAsync(Complaint("r3@isp", "not-spam", T0));
        await store.Complaints.AddAsync(Complaint(null!, "abuse", T0) with { ReportMessageId = null });
        await store.Complaints.AddAsync(Complaint(null!, "abuse", T0) with { ReportMessageId = null });

        Assert.Equal(3, await store.Complaints.CountAsync("sales@example.org", T0.AddDays(-1)));
        Assert.Equal(4, await store.Complaints.CountAsync("sales@example.org", T0.AddDays(-7)));
        Assert.Equal(1, await store.Complaints.PurgeAsync(T0.AddDays(-1)));
    }
}

/// <summary>The feedback store suite on SQLite.</summary>
public sealed class SqliteFeedbackStoreTests : FeedbackStoreSuite, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("calguard-feedback-store-").FullName;

    protected override Task<StorageOptions> FreshDatabaseAsync() =>
        Task.FromResult(StorageOptions.ForSqliteFile(Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>The feedback store suite on a real PostgreSQL started by the test.</summary>
[Collection(ServersCollection.Name)]
public sealed class PostgresFeedbackStoreTests(PostgresServer postgres) : FeedbackStoreSuite
{
    protected override async Task<StorageOptions> FreshDatabaseAsync() =>
        new() { Backend = StorageBackend.Postgres, ConnectionString = await postgres.CreateDatabaseAsync() };
}
