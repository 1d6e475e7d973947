namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// Normalises a reference instance list for a DTSTART that does not match its own rule.
/// </summary>
/// <remarks>
/// RFC 5545 §3.8.5.3: DTSTART is always the first instance and COUNT includes it. Reference libraries differ:
/// libical and Ical.Net hide such a DTSTART (and give COUNT rule instances); kcalendarcore sometimes shows it
/// without counting it. The normalised list shows DTSTART and keeps only COUNT rule instances, RDATEs untouched.
/// </remarks>
internal static class UnsynchronisedStart
{
    public static void Normalise(List<DateTime> expected, DateTime start, int? count, IReadOnlyCollection<DateTime> rdates)
    {
        if (expected.Count == 0 || expected[0] != start)
        {
            expected.Insert(0, start);
        }

        if (count is not int limit)
        {
            return;
        }

        var rdateSet = rdates.ToHashSet();
        int ruleInstances = 0;
        expected.RemoveAll(d =>
        {
            if (d != start && rdateSet.Contains(d))
            {
                return false;
            }

            ruleInstances++;
            return ruleInstances > limit;
        });
    }
}
