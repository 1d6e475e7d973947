using Calguard.Host.Feedback.Senders;
using Calguard.Host.Outbound;
using Calguard.Host.Reports;

namespace Calguard.Host.Feedback;

/// <summary>Registers feedback: the report listener, the outbox deliverer and its senders, and <see cref="IOutboundComplaints"/>.</summary>
public static class FeedbackServiceCollectionExtensions
{
    /// <summary>Adds feedback with <paramref name="options"/>.</summary>
    public static IServiceCollection AddCalguardFeedback(this IServiceCollection services, FeedbackOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<FeedbackSignal>();
        services.AddSingleton<FeedbackListener>();
        services.AddSingleton<IReportListener>(sp => sp.GetRequiredService<FeedbackListener>());
        services.AddSingleton<ComplaintMatcher>();
        services.AddSingleton<IOutboundComplaints, OutboundComplaints>();
        services.AddHttpClient(RspamdLearner.ClientName);
        services.AddSingleton<IFeedbackSender, SmtpArfSender>();
        services.AddSingleton<IFeedbackSender, RspamdLearner>();
        services.AddSingleton<IFeedbackSender, SpamAssassinSpool>();
        services.AddSingleton<IFeedbackSender, ImapMover>();
        services.AddSingleton<FeedbackDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedbackDeliveryService>());
        return services;
    }
}
