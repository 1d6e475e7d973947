namespace Calguard.Integration.Tests.Serve.Infrastructure;

/// <summary>One PostgreSQL and one Redis for every test that needs them (tests in one collection run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<RedisServer>
{
    public const string Name = "postgres and redis";
}
