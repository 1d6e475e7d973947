using Calguard.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Calguard.Host.Hosting;

/// <summary>Readiness: the database (and Redis, when configured) answer.</summary>
public sealed class StoreHealthCheck(CalguardStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = await store.CheckAsync(cancellationToken).ConfigureAwait(false);
        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{store.Database.Backend.ToString().ToLowerInvariant()}{(store.Redis is null ? string.Empty : " and redis")} answer")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems));
    }
}
