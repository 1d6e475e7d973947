using Calguard.Recurrence;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>Builds a <see cref="RecurrenceInput"/> from a test component, resolving TZIDs into DTSTART's frame.</summary>
internal sealed record IcsRecurrence(RecurrenceInput Input, ZoneFrame Frame, IReadOnlyList<RecurrenceProblem> ParseProblems, IReadOnlyList<IcsProperty> Properties)
{
    public static IcsRecurrence? From(IReadOnlyList<IcsProperty> properties)
    {
        var dtstart = properties.FirstOrDefault(p => p.Name == "DTSTART");
        if (dtstart is null)
        {
            return null;
        }

        var start = VectorTime.Parse(dtstart.Value, out bool isDate, out bool isUtc);
        var frame = ZoneFrame.Of(dtstart.Param("TZID"), isUtc);
        var problems = new List<RecurrenceProblem>();
        var rules = new List<RecurrenceRule>();
        var exRules = new List<RecurrenceRule>();
        var rdates = new List<DateTime>();
        var exdates = new List<DateTime>();
        var exdays = new List<DateOnly>();
        var duration = TimeSpan.Zero;
        foreach (var p in properties)
        {
            switch (p.Name)
            {
                case "RRULE":
                    if (RecurrenceRule.Parse(p.Value, problems) is { } rule)
                    {
                        rules.Add(rule);
                    }

                    break;
                case "EXRULE":
                    if (RecurrenceRule.Parse(p.Value, problems) is { } exRule)
                    {
                        exRules.Add(exRule);
                    }

                    break;
                case "RDATE":
                    foreach (var item in p.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var value = VectorTime.Parse(item.Split('/')[0], out _, out bool utc);
                        rdates.Add(frame.Convert(value, utc, p.Param("TZID")));
                    }

                    break;
                case "EXDATE":
                    foreach (var item in p.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        var value = VectorTime.Parse(item, out bool date, out bool utc);
                        if (date && !isDate)
                        {
                            exdays.Add(DateOnly.FromDateTime(value));
                        }
                        else
                        {
                            exdates.Add(frame.Convert(value, utc, p.Param("TZID")));
                        }
                    }

                    break;
                case "DURATION":
                    duration = VectorTime.ParseDuration(p.Value);
                    break;
                case "DTEND":
                case "DUE":
                    var end = VectorTime.Parse(p.Value, out _, out bool endUtc);
                    duration = frame.Convert(end, endUtc, p.Param("TZID")) - start;
                    break;
            }
        }

        var input = new RecurrenceInput(start)
        {
            StartIsDate = isDate,
            Rules = rules,
            ExRules = exRules,
            RDates = rdates,
            ExDates = exdates,
            ExDateDays = exdays,
            Duration = duration,
            UtcToLocal = frame.IsFloating || frame.IsUtc ? null : frame.UtcToLocal,
        };
        return new IcsRecurrence(input, frame, problems, properties);
    }
}
