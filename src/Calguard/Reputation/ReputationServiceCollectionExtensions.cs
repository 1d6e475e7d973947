using Calguard.Host.Hosting;
using Calguard.Host.Reports;
using Calguard.Host.Reputation.Dns;
using Calguard.Storage;
using Calguard.Storage.Reputation;

namespace Calguard.Host.Reputation;

/// <summary>Registers reputation (<c>Calguard:Reputation</c>) and the DNS lists (<c>Calguard:Dns</c>) with the host.</summary>
public static class ReputationServiceCollectionExtensions
{
    /// <summary>
    /// Adds, when enabled, the reputation store, its read cache and recorder, its <see cref="IExternalFactsSource"/>
    /// (the REP_* signals), its <see cref="IScanObserver"/> (verdicts) and its <see cref="IReportListener"/> (reports);
    /// and, when DNS lists are enabled and configured, their <see cref="IExternalFactsSource"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="store">The opened store.</param>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static IServiceCollection AddCalguardReputation(this IServiceCollection services, IConfiguration configuration, CalguardStore store)
    {
        var reputation = ReputationSettings.From(configuration);
        var dns = DnsListSettings.From(configuration);
        services.AddSingleton(reputation);
        services.AddSingleton(dns);
        if (reputation.Enabled)
        {
            services.AddSingleton(new SqlReputationStore(store.Database));
            services.AddSingleton<ReputationCache>();
            services.AddSingleton<ReputationRecorder>();
            services.AddHostedService(sp => sp.GetRequiredService<ReputationRecorder>());
            services.AddSingleton<IExternalFactsSource, ReputationFactsSource>();
            services.AddSingleton<IScanObserver, ReputationScanObserver>();
            services.AddSingleton<IReportListener, ReputationReportListener>();
        }
        if (dns.Active)
        {
            services.AddSingleton<DnsListResolver>();
            services.AddSingleton<IExternalFactsSource, DnsListFactsSource>();
        }
        return services;
    }
}
