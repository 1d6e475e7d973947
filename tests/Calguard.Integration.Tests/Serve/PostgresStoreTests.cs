using Calguard.Integration.Tests.Serve.Infrastructure;
using Calguard.Storage.Database;

namespace Calguard.Integration.Tests.Serve;

/// <summary>The store suite on a real PostgreSQL started by the test.</summary>
[Collection(ServersCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer postgres) : StoreSuite
{
    protected override async Task<StorageOptions> FreshDatabaseAsync() =>
        new() { Backend = StorageBackend.Postgres, ConnectionString = await postgres.CreateDatabaseAsync() };
}
