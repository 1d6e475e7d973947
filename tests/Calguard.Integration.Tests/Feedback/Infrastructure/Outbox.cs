using System.Diagnostics;
using Calguard.Storage.Feedback;

namespace Calguard.Integration.Tests.Feedback.Infrastructure;

/// <summary>Waits on the feedback outbox.</summary>
internal static class Outbox
{
    public static async Task<FeedbackItem> WaitAsync(IFeedbackOutbox outbox, long reportId, string kind, Func<FeedbackItem, bool> until, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var item = (await outbox.ListAsync(reportId: reportId)).FirstOrDefault(i => i.Kind == kind);
            if (item is not null && until(item))
            {
                return item;
            }
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"report {reportId} {kind}: {(item is null ? "no item" : $"{item.Status}, {item.Attempts} attempts, {item.LastError}")}");
            }
            await Task.Delay(50);
        }
    }
}
