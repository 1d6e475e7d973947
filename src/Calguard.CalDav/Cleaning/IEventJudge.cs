namespace Calguard.CalDav.Cleaning;

/// <summary>
/// Judges one calendar object. The CLI plugs in the Calguard.Core pipeline here; this assembly never references
/// Core, so the CalDAV client can be built and tested on its own.
/// </summary>
public interface IEventJudge
{
    /// <summary>Judges one object. Should not throw on malformed data: bad input is itself evidence.</summary>
    /// <param name="resource">The object as read from the server or feed.</param>
    /// <param name="cancellationToken">Cancels the judgement.</param>
    ValueTask<EventJudgement> JudgeAsync(CalendarObjectResource resource, CancellationToken cancellationToken);
}
