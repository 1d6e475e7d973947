using Calguard.Storage;
using Calguard.Storage.Outbound;

namespace Calguard.Host.Outbound;

/// <summary>Registers the outbound check: <see cref="OutboundCheckService"/> (for the API and the milter), its store and its purge job.</summary>
public static class OutboundServiceCollectionExtensions
{
    /// <summary>Adds the outbound check with the settings under <c>Calguard:Outbound</c>.</summary>
    /// <exception cref="FormatException">A setting has the wrong form.</exception>
    public static IServiceCollection AddOutboundCheck(this IServiceCollection services, IConfiguration configuration, CalguardStore store)
    {
        services.AddSingleton(OutboundOptions.From(configuration));
        services.AddSingleton(new SqlOutboundStore(store.Database));
        // An IOutboundComplaints registered by another part (ARF feedback) is picked up; none is fine.
        services.AddSingleton<OutboundCheckService>();
        services.AddHostedService<OutboundPurgeService>();
        return services;
    }
}
