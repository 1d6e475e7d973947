using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>A bounded, ordinary RRULE and DTSTART, as produced by real calendar clients.</summary>
internal sealed record SaneRule(string Rule, DateTime Start, bool StartIsDate, int Count)
{
    public override string ToString() => $"RRULE:{Rule} DTSTART:{VectorTime.Format(Start, StartIsDate)}";

    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>FREQ DAILY..YEARLY, INTERVAL 1..3, COUNT 1..50, and a few BY-parts that fit the FREQ.</summary>
    public static Gen<SaneRule> Generator { get; } =
        from freq in Gen.Elements("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
        from interval in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        from count in Gen.Choose(1, 50)
        from year in Gen.Choose(1995, 2030)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from hasTime in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from hour in Gen.Choose(0, 23)
        from quarter in Gen.Choose(0, 3)
        from byMonth in Maybe(1, ListOf(Gen.Choose(1, 12), 1, 3))
        from byMonthDay in Maybe(freq == "WEEKLY" ? 0 : 1, ListOf(Gen.OneOf(Gen.Choose(1, 31), Gen.Choose(-31, -1)), 1, 3))
        from byDay in Maybe(2, ListOf(DayEntry(freq is "MONTHLY" or "YEARLY"), 1, 3))
        from byYearDay in Maybe(freq == "YEARLY" ? 1 : 0, ListOf(Gen.OneOf(Gen.Choose(1, 366), Gen.Choose(-366, -1)), 1, 2))
        from byWeekNo in Maybe(freq == "YEARLY" ? 1 : 0, ListOf(Gen.OneOf(Gen.Choose(1, 53), Gen.Choose(-53, -1)), 1, 2))
        from byHour in Maybe(hasTime ? 1 : 0, ListOf(Gen.Choose(0, 23), 1, 2))
        from byMinute in Maybe(hasTime ? 1 : 0, ListOf(Gen.Elements(0, 15, 30, 45), 1, 2))
        from bySetPos in Maybe(1, ListOf(Gen.OneOf(Gen.Choose(1, 4), Gen.Choose(-4, -1)), 1, 2))
        from wkst in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>(Days)))
        let parts = new[]
        {
            $"FREQ={freq}",
            interval == 1 ? null : $"INTERVAL={interval}",
            $"COUNT={count}",
            Part("BYMONTH", byMonth),
            Part("BYWEEKNO", byWeekNo),
            Part("BYYEARDAY", byYearDay),
            Part("BYMONTHDAY", byMonthDay),
            Part("BYDAY", byDay),
            Part("BYHOUR", byHour),
            Part("BYMINUTE", byMinute),
            byDay is { Length: >= 2 } || byMonthDay is { Length: >= 2 } ? Part("BYSETPOS", bySetPos) : null,
            wkst is null ? null : $"WKST={wkst}",
        }
        select new SaneRule(
            string.Join(';', parts.Where(p => p is not null)),
            new DateTime(year, month, day, hasTime ? hour : 0, hasTime ? quarter * 15 : 0, 0),
            !hasTime,
            count);

    private static Gen<string> DayEntry(bool ordinals)
        => from d in Gen.Elements(Days)
           from ordinal in ordinals ? Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 4)), (1, Gen.Choose(-4, -1))) : Gen.Constant(0)
           select ordinal == 0 ? d : ordinal.ToString(CultureInfo.InvariantCulture) + d;

    private static Gen<T[]> ListOf<T>(Gen<T> item, int min, int max)
        => from n in Gen.Choose(min, max)
           from items in item.ArrayOf(n)
           select items.Distinct().ToArray();

    private static Gen<T[]?> Maybe<T>(int weight, Gen<T[]> gen)
        => weight == 0 ? Gen.Constant<T[]?>(null) : Gen.Frequency((3, Gen.Constant<T[]?>(null)), (weight, gen.Select(x => (T[]?)x)));

    private static string? Part<T>(string name, T[]? values)
        => values is null || values.Length == 0 ? null : $"{name}={string.Join(',', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))}";
}
