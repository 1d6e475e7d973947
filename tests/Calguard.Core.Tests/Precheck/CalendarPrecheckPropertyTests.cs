using Calguard.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Core.Tests.Precheck;

/// <summary>The precheck's guarantee: whenever the full reader finds a calendar, the precheck says "may contain".</summary>
public class CalendarPrecheckPropertyTests
{
    [Property(MaxTest = 3000, QuietOnSuccess = true)]
    public Property Never_misses_a_calendar_that_the_reader_finds() =>
        Prop.ForAll(Arb.From(CarrierRecipe.Generator), recipe =>
        {
            var bytes = recipe.Build();
            var found = MessageReader.Read(bytes).HasCalendar;
            return (!found || CalendarPrecheck.MayContainCalendar(bytes))
                .Label($"reader found a calendar the precheck missed: {recipe}")
                .Classify(found, "reader found a calendar");
        });

    [Fact]
    public void The_generator_mostly_builds_messages_with_calendars()
    {
        // A property over messages without calendars would prove nothing: check the generator's reach.
        var recipes = CarrierRecipe.Generator.Sample(1000, 20);
        var found = recipes.Count(r => MessageReader.Read(r.Build()).HasCalendar);
        Assert.True(found > 500, $"only {found} of {recipes.Length} generated messages carry a calendar");
        foreach (var carrier in Enum.GetValues<Carrier>().Where(c => c != Carrier.None))
        {
            Assert.Contains(recipes, r => r.Carrier == carrier && MessageReader.Read(r.Build()).HasCalendar);
        }
        foreach (var transfer in new[] { Transfer.Base64, Transfer.Base64WithJunk, Transfer.QuotedPrintableAllEscaped, Transfer.QuotedPrintableSoftBreaks, Transfer.UuEncode })
        {
            Assert.Contains(recipes, r => r.Carrier == Carrier.Sniffed && r.Transfer == transfer && MessageReader.Read(r.Build()).HasCalendar);
        }
    }

    [Theory]
    [MemberData(nameof(EveryNameStyle))]
    public void Every_name_encoding_that_the_reader_decodes_is_seen(NameStyle style, string fileName, NamePlace place)
    {
        var recipe = new CarrierRecipe(Carrier.NamedAttachment, "application/octet-stream", style, fileName, place, Transfer.Base64, 0, false,
            "BEGIN:VCALENDAR", Wrap.MixedWithAttachments, HeaderStyle.Canonical, false, 7);
        var bytes = recipe.Build();
        if (MessageReader.Read(bytes).HasCalendar)
        {
            Assert.True(CalendarPrecheck.MayContainCalendar(bytes), recipe.ToString());
        }
    }

    public static TheoryData<NameStyle, string, NamePlace> EveryNameStyle()
    {
        var data = new TheoryData<NameStyle, string, NamePlace>();
        foreach (var style in Enum.GetValues<NameStyle>())
        {
            foreach (var name in CarrierRecipe.FileNames)
            {
                foreach (var place in Enum.GetValues<NamePlace>())
                {
                    data.Add(style, name, place);
                }
            }
        }
        return data;
    }
}
