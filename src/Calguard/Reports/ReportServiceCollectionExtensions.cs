using Calguard.Host.Configuration;
using Calguard.Host.Hosting;
using Calguard.Host.Learning;
using Calguard.Storage;

namespace Calguard.Host.Reports;

/// <summary>Registers reports, silent blocks, campaigns and the learned classifier on the host.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReportService"/>, the two external facts sources (silent blocks and confirmed campaigns; the
    /// classifier), the observer that keeps each campaign copy's features, and their purge. Other parts add their
    /// <see cref="IReportListener"/>s.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, Settings settings, CalguardStore store)
    {
        var classifier = ClassifierSettings.From(settings.Configuration);
        services.AddSingleton(classifier);
        services.AddSingleton(store.Reports);
        services.AddSingleton(store.Classifier);
        services.AddSingleton<IExternalFactsSource>(new ReportFactsSource(store.Reports));
        services.AddSingleton<IExternalFactsSource>(new ClassifierFactsSource(store.Classifier, classifier, settings.Engine.Analysis));
        services.AddSingleton<IScanObserver, FeatureRecorder>();
        services.AddSingleton<ReportService>();
        services.AddHostedService<FeaturePurgeService>();
        return services;
    }
}
