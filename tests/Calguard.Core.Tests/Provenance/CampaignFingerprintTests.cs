using Calguard.Provenance;
using Calguard.Reading;

namespace Calguard.Core.Tests.Provenance;

/// <summary>The campaign fingerprint survives what changes from copy to copy, and tells different campaigns apart.</summary>
public sealed class CampaignFingerprintTests
{
    private static CampaignFingerprint Of(byte[] message) => CampaignFingerprint.Compute(MessageReader.Read(message));

    [Fact]
    public void TenCopiesWithOtherNamesDatesAndZeroWidthCharactersShareOneFingerprint()
    {
        var prints = Enumerable.Range(0, 10).Select(i => Of(CampaignCopies.Message(i))).ToArray();
        Assert.Single(prints.Select(p => p.Value).Distinct());
        Assert.All(prints, p => Assert.Equal(0, CampaignFingerprint.Distance(p.SimHash, prints[0].SimHash)));
        Assert.Equal(["win-prize.example"], prints[0].LinkDomains);
    }

    [Fact]
    public void AnotherCampaignGetsAnotherFingerprintFarAway()
    {
        var prize = Of(CampaignCopies.Message(0));
        var meeting = Of(File.ReadAllBytes(TestCorpus.Repo("samples/ham-teams-meeting.eml")));
        Assert.NotEqual(prize.Value, meeting.Value);
        Assert.True(CampaignFingerprint.Distance(prize.SimHash, meeting.SimHash) > 3);
    }

    [Fact]
    public void MonthAndWeekdayNamesAreNoise()
    {
        var a = CampaignFingerprint.Compute(MessageReader.Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Sale ends Monday 3 March\r\nDESCRIPTION:Visit us on Tuesday\\, all shoes half price\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"u8.ToArray()));
        var b = CampaignFingerprint.Compute(MessageReader.Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Sale ends Friday 14 November\r\nDESCRIPTION:Visit us on Sunday\\, all shoes half price\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"u8.ToArray()));
        var c = CampaignFingerprint.Compute(MessageReader.Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Sale ends Friday 14 November\r\nDESCRIPTION:Visit us on Sunday\\, all bags half price\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"u8.ToArray()));
        Assert.Equal(a.Value, b.Value);
        Assert.NotEqual(a.Value, c.Value);
    }
}

/// <summary>Property: whatever the name, the day and where the invisible characters fall, a copy keeps the campaign's fingerprint.</summary>
public sealed class CampaignFingerprintProperties
{
    private static readonly string Reference = CampaignFingerprint.Compute(MessageReader.Read(CampaignCopies.Message(0))).Value;

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool AnyCopyHasTheCampaignFingerprint(int nameSeed, ushort days, int noiseSeed)
    {
        var random = new Random(nameSeed);
        string Name() => char.ToUpperInvariant((char)('a' + random.Next(26))) + new string(Enumerable.Range(0, 2 + random.Next(8)).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var (first, last) = (Name(), Name());
        var message = CampaignCopies.Message(1, first, last, $"{first}.{last}@example.org".ToLowerInvariant(), $"u{noiseSeed}@x.example",
            new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(days % 4000), noiseSeed);
        return CampaignFingerprint.Compute(MessageReader.Read(message)).Value == Reference;
    }
}
