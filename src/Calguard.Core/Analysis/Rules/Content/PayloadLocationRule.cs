namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The lure travels only in the calendar object while the mail says nothing (practice document §5.2:
/// ".ics content that no longer matches the mail body"): mail filters read the body, calendars the object.
/// </summary>
public sealed class PayloadLocationRule : Rule
{
    /// <summary>Payload only in the calendar.</summary>
    public static readonly Signal OnlyInCalendar = new("PAYLOAD_ONLY_IN_ICS", Groups.Content, 1.6,
        "The mail body is empty or unrelated while the calendar object carries the message: a filter reading the body sees nothing.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [OnlyInCalendar];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        if (!context.Invitation.IsMessage || content.CalendarTextLength < 40 || context.Invitation.Calendars.All(c => c.Method is "REPLY" or "CANCEL"))
        {
            return;
        }
        if (content.BodyTextLength < 15)
        {
            hits.Add(OnlyInCalendar, $"empty mail body, {content.CalendarTextLength} characters of calendar text");
            return;
        }
        // Unrelated: the calendar's distinctive words hardly appear in the body.
        var calendarWords = new HashSet<string>(content.CalendarWords.Count, StringComparer.Ordinal);
        foreach (var w in content.CalendarWords)
        {
            if (w.Length >= 5 && !AllDigits(w))
            {
                calendarWords.Add(w);
            }
        }
        var distinct = calendarWords.Count;
        if (distinct < 8)
        {
            return;
        }
        // Walk the body once, taking each calendar word out as it is met, instead of building a set of the body too.
        var shared = 0;
        foreach (var w in content.BodyWords)
        {
            if (calendarWords.Remove(w))
            {
                shared++;
            }
        }
        if (shared < distinct * 0.1)
        {
            hits.Add(OnlyInCalendar, $"the body shares {shared} of {distinct} distinctive calendar words", 0.7);
        }
    }

    // What w.All(char.IsDigit) said, without an enumerator and a delegate per word.
    private static bool AllDigits(string w)
    {
        foreach (var c in w)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
