using System.Text;
using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Provenance;
using Calguard.Scoring;

namespace Calguard.Host.CalDav;

/// <summary>
/// Judges a stored calendar object with the one Calguard pipeline (the bare-iCalendar path of
/// <see cref="Pipeline.Process"/>) and maps its verdict for the CalDAV cleaner.
/// </summary>
/// <remarks>
/// A calendar object in a CalDAV account has no mail around it: no Authentication-Results, envelope, Subject,
/// From or message body. The transport and iMIP signals therefore cannot fire, and a score is built from the
/// calendar data alone (content, payload, audience, malformation); see <c>docs/caldav.md</c>. The object's own
/// DTSTAMP stands in for the arrival time, so a re-scan gives the same verdict. Thread-safe.
/// </remarks>
public sealed class EngineEventJudge : IEventJudge
{
    /// <summary>The reason name given when the engine failed on an object (the object is then judged clean).</summary>
    public const string InternalErrorReason = "CALGUARD_INTERNAL_ERROR";

    private readonly Pipeline _pipeline;
    private int _errors;

    /// <summary>Creates a judge over the pipeline a CLI command built (see <c>CliContext</c>).</summary>
    /// <param name="pipeline">The pipeline; the same one <c>calguard scan</c> runs.</param>
    public EngineEventJudge(Pipeline pipeline) => _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));

    /// <summary>How many objects the engine failed on. Such an object is judged clean, so nothing acts on it.</summary>
    public int Errors => Volatile.Read(ref _errors);

    /// <inheritdoc />
    public ValueTask<EventJudgement> JudgeAsync(CalendarObjectResource resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var bytes = Encoding.UTF8.GetBytes(resource.CalendarData);
            var result = _pipeline.Process(bytes, new ScanContext { Source = resource.Href });
            return ValueTask.FromResult(Map(result.Scan));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must cost one object its verdict, never the run, and must never make Calguard remove it.
            Interlocked.Increment(ref _errors);
            return ValueTask.FromResult(new EventJudgement(EventVerdict.Clean, 0,
                [new JudgementReason(InternalErrorReason, $"internal error: {e.GetType().Name}: {e.Message}")], null, null, null, null));
        }
    }

    /// <summary>Maps an engine result to the cleaner's judgement (verdict, score, hits, organizer, UID, summary, campaign).</summary>
    /// <param name="scan">The engine's result for one calendar object.</param>
    public static EventJudgement Map(Calguard.ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var verdict = scan.Verdict;
        var first = scan.Invitation.Events.Select(e => e.Event).FirstOrDefault();
        var reasons = verdict.Hits.Select(h => new JudgementReason(h.Name, h.Detail, h.Score)).ToArray();
        return new EventJudgement(
            ToEventVerdict(verdict.Kind),
            verdict.Score,
            reasons,
            first?.Organizer?.Address,
            CampaignFingerprint.Compute(scan.Invitation).Value,
            first?.Uid,
            first?.Summary);
    }

    private static EventVerdict ToEventVerdict(VerdictKind kind) => kind switch
    {
        VerdictKind.Spam => EventVerdict.Spam,
        VerdictKind.Suspicious => EventVerdict.Suspicious,
        _ => EventVerdict.Clean,
    };
}
