using System.Text;
using Calguard.Analysis;
using Calguard.Learning;
using Calguard.Reading;

namespace Calguard.Core.Tests.Learning;

/// <summary>What the classifier reads of an invitation's words.</summary>
public sealed class ClassifierFeaturesTests
{
    private static IReadOnlyList<string> Features(string summary, string body = "See you there.") =>
        ClassifierFeatures.Extract(Read(summary, body));

    private static Invitation Read(string summary, string body = "See you there.")
    {
        var mail = $"""
            From: Organizer <org@example.org>
            To: someone@example.net
            Subject: invitation
            Date: Mon, 02 Nov 2026 10:00:00 +0000
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            {body}
            --b
            Content-Type: text/calendar; charset=utf-8; method=REQUEST

            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            METHOD:REQUEST
            BEGIN:VEVENT
            UID:features-1@example.org
            DTSTAMP:20261102T100000Z
            DTSTART:20261110T100000Z
            SUMMARY:{summary}
            ORGANIZER:mailto:org@example.org
            END:VEVENT
            END:VCALENDAR
            --b--
            """.ReplaceLineEndings("\r\n");
        return MessageReader.Read(Encoding.UTF8.GetBytes(mail));
    }

    [Fact]
    public void UnspacedScriptsAreReadAsOverlappingCharacterPairs()
    {
        // 限定セール ("limited sale") is one run of characters: as a whole it would never recur in another message.
        var features = Features("限定セール本日まで");
        Assert.Contains("w:限定", features);
        Assert.Contains("w:セー", features);
        Assert.Contains("w:まで", features);
        Assert.DoesNotContain(features, f => f.StartsWith("w:限定セール", StringComparison.Ordinal));

        var body = Features("Meeting", body: "会议室见");
        Assert.Contains("b:会议", body);
        Assert.Contains("b:议室", body);
    }

    [Fact]
    public void SpacedWordsStayWholeAndFunctionWordsAndNumbersAreDropped()
    {
        var features = Features("Quarterly planning for the 2027 budget");
        Assert.Contains("w:quarterly", features);
        Assert.Contains("w:planning", features);
        Assert.Contains("w:budget", features);
        Assert.DoesNotContain("w:the", features);
        Assert.DoesNotContain("w:for", features);
        Assert.DoesNotContain(features, f => f.Contains("2027", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongWordTheModelDoesNotKnowFallsBackToItsStem()
    {
        var invitation = Read("Bitte verifizieren Sie das Konto");
        // Training reads with no model: every long word brings its stem, so the model learns the stems.
        Assert.Contains("s:verif", ClassifierFeatures.Extract(invitation));
        Assert.DoesNotContain("s:konto", ClassifierFeatures.Extract(invitation)); // five letters: too short to stem

        var knowsTheNoun = new BayesModel();
        knowsTheNoun.Add("w:verifizierung", 40, 1);
        knowsTheNoun.Add("s:verif", 60, 2);
        knowsTheNoun.Freeze();
        var context = RuleContext.Create(invitation);
        var features = ClassifierFeatures.Extract(context, knowsTheNoun);
        Assert.Contains("w:verifizieren", features);
        Assert.Contains("s:verif", features);

        // A word the model knows speaks for itself: its stem would count the same evidence twice.
        var knowsTheVerb = new BayesModel();
        knowsTheVerb.Add("w:verifizieren", 40, 1);
        knowsTheVerb.Freeze();
        Assert.DoesNotContain("s:verif", ClassifierFeatures.Extract(RuleContext.Create(invitation), knowsTheVerb));
    }
}
