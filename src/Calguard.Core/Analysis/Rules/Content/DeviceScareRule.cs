using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The fake-antivirus scare as a lure: "your phone is infected, tap to remove the virus". The tech-support variant
/// ends in a phone number (CALLBACK_SCAM); this one ends in a link to an "antivirus" or a subscription page. No
/// calendar tells its reader that their own device is infected: an IT team's notice speaks of an incident or a
/// training, not of the reader's phone.
/// </summary>
public sealed class DeviceScareRule : Rule
{
    /// <summary>The reader's device is said to be infected or exposed.</summary>
    public static readonly Signal Scare = new("LURE_DEVICE_SCARE", Groups.Content, 2.5,
        "The text tells the reader that their own device is infected or exposed (\"virus detected on your PC\", \"your phone is infected\"): the fake-antivirus and tech-support scare.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Scare];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (DeviceScare.Find(context.Content, withMalwareNames: false) is { } phrase)
        {
            hits.Add(Scare, $"\"{phrase}\"");
        }
    }
}
