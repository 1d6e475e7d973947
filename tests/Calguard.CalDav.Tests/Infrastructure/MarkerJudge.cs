using System.Collections.Concurrent;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Ics;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>
/// A stand-in judge: spam when the SUMMARY carries <see cref="SpamMarker"/>, suspicious with
/// <see cref="SuspiciousMarker"/>. The real engine (Calguard.Core) is plugged in by the CLI.
/// </summary>
internal sealed class MarkerJudge : IEventJudge
{
    public const string SpamMarker = "CALGUARD-TEST-SPAM";
    public const string SuspiciousMarker = "CALGUARD-TEST-SUSPICIOUS";

    public ConcurrentQueue<string> Judged { get; } = new();

    /// <summary>Runs while judging (to simulate a concurrent edit at that moment).</summary>
    public Func<CalendarObjectResource, Task>? OnJudge { get; set; }

    public async ValueTask<EventJudgement> JudgeAsync(CalendarObjectResource resource, CancellationToken cancellationToken)
    {
        Judged.Enqueue(resource.Href);
        if (OnJudge is { } hook)
        {
            await hook(resource);
        }

        var info = CalendarObjectInfo.Read(resource.CalendarData);
        var summary = info.Summary ?? string.Empty;
        var verdict = summary.Contains(SpamMarker, StringComparison.Ordinal) ? EventVerdict.Spam
            : summary.Contains(SuspiciousMarker, StringComparison.Ordinal) ? EventVerdict.Suspicious
            : EventVerdict.Clean;
        JudgementReason[] reasons = verdict == EventVerdict.Clean ? [] : [new JudgementReason("TEST_MARKER", "The summary carries the test marker.", 10)];
        var fingerprint = info.Organizer is { } o && o.EndsWith("@spam.example", StringComparison.Ordinal) ? "campaign:" + o : null;
        return new EventJudgement(verdict, verdict == EventVerdict.Clean ? 0 : 10, reasons, info.Organizer, fingerprint, info.Uid, info.Summary);
    }
}
