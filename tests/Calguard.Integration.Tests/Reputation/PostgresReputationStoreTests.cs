using Calguard.Integration.Tests.Serve.Infrastructure;
using Calguard.Storage.Database;

namespace Calguard.Integration.Tests.Reputation;

/// <summary>The reputation store suite on the private PostgreSQL the serve tests start.</summary>
[Collection(ServersCollection.Name)]
public sealed class PostgresReputationStoreTests(PostgresServer postgres) : ReputationStoreSuite
{
    protected override async Task<StorageOptions> FreshDatabaseAsync() =>
        new() { Backend = StorageBackend.Postgres, ConnectionString = await postgres.CreateDatabaseAsync() };
}
