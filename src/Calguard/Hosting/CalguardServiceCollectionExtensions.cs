using Calguard.Decisions;
using Calguard.Host.Api.Auth;
using Calguard.Host.Configuration;
using Calguard.Host.Reports;
using Calguard.Sanitising;
using Calguard.Storage;
using Calguard.Storage.Counters;
using Calguard.Storage.Keys;
using Calguard.Storage.Provenance;
using Calguard.Storage.Statistics;
using Microsoft.Extensions.Options;

namespace Calguard.Host.Hosting;

/// <summary>
/// Registers what <c>calguard serve</c> shares between its surfaces. Other listeners in the same process (the milter, a
/// dashboard) add their <see cref="IHostedService"/> after this and take from DI: <see cref="ScanService"/> (pipeline and
/// record stage), <see cref="Pipeline"/>, <see cref="CalguardStore"/> and its parts (<see cref="IProvenanceStore"/>,
/// <see cref="IStatisticsStore"/>, <see cref="ISlidingWindowCounter"/>, <see cref="IPolicyStore"/>,
/// <see cref="IKnownSenders"/>), <see cref="Settings"/>, <see cref="HostSettings"/> and <see cref="CalguardMetrics"/>.
/// </summary>
public static class CalguardServiceCollectionExtensions
{
    /// <summary>Adds the pipeline, the stores, the record stage, metrics, health checks, the purge job and API authentication.</summary>
    /// <param name="services">The services.</param>
    /// <param name="settings">Engine and policy settings.</param>
    /// <param name="host">Host settings.</param>
    /// <param name="store">The opened store; the container disposes it at shutdown, after the hosted services stopped.</param>
    public static IServiceCollection AddCalguard(this IServiceCollection services, Settings settings, HostSettings host, CalguardStore store)
    {
        services.AddSingleton(settings);
        services.AddSingleton(Options.Create(host));
        services.AddSingleton(host);
        services.AddSingleton(_ => store);
        services.AddSingleton<IPolicyStore>(store.Policies);
        services.AddSingleton<IKnownSenders>(store.KnownSenders);
        services.AddSingleton(store.Keys);
        services.AddSingleton(store.Provenance);
        services.AddSingleton(store.Statistics);
        services.AddSingleton(store.Counters);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Pipeline(
            new Engine(settings.Engine),
            new PolicyResolver(settings.Policy, store.Policies),
            new RelationshipResolver(store.KnownSenders, settings.Engine.Analysis.LocalDomains),
            // Every registered source (reputation, learned classifier, silent blocks, DNS lists) is asked; none is fine.
            sp.GetServices<IExternalFactsSource>().ToArray() is { Length: > 0 } sources ? new ExternalFactsSources(sources) : null));
        services.AddSingleton(_ => new Sanitiser());
        services.AddSingleton<CalguardMetrics>();
        services.AddSingleton<ScanService>();
        services.AddSingleton<ApiKeyResolver>();
        // Before the listeners (the milter's and Kestrel's start after the services registered here).
        services.AddHostedService<EngineWarmup>();
        services.AddHostedService<PurgeService>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("stores", tags: ["ready"]);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = host.ShutdownTimeout);
        services.AddReports(settings, store);
        return services;
    }
}
