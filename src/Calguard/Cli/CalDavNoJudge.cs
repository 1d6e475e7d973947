using Calguard.CalDav;
using Calguard.CalDav.Cleaning;

namespace Calguard.Host.Cli;

/// <summary>The judge for cleaner calls that judge nothing (restore, delete-calendar).</summary>
internal sealed class CalDavNoJudge : IEventJudge
{
    public static readonly CalDavNoJudge Instance = new();

    public ValueTask<EventJudgement> JudgeAsync(CalendarObjectResource resource, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("this command judges nothing");
}
