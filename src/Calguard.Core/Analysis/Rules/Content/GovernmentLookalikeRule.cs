using Calguard.Analysis.Rules.Transport;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A sender or a link named like a government body but registered outside every government suffix: the tax refund,
/// the unpaid toll or fine, the customs fee sent in a government's name.
/// </summary>
public sealed class GovernmentLookalikeRule : Rule
{
    /// <summary>The sender's domain spells a government body.</summary>
    public static readonly Signal Sender = new("SENDER_GOVERNMENT_LOOKALIKE", Groups.Content, 3.0,
        "The From, Reply-To or organizer domain spells a government body (\"gov\", \"gouv\", HMRC, IRS …) but is not a government domain.");

    /// <summary>A link's host spells a government body.</summary>
    public static readonly Signal Url = new("URL_GOVERNMENT_LOOKALIKE", Groups.Content, 3.0,
        "A link goes to a host that spells a government body (\"gov\", \"gouv\", HMRC, IRS …) but is not a government domain.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Sender, Url];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var domain in CousinDomainRule.SenderDomains(context).Take(20))
        {
            if (GovernmentNames.Imitated(domain) is { } word)
            {
                hits.Add(Sender, $"{domain} spells \"{word}\"");
                break;
            }
        }
        foreach (var link in context.Content.Links.Take(200))
        {
            if (link.AsciiHost.Length > 0 && GovernmentNames.Imitated(link.AsciiHost) is { } word)
            {
                hits.Add(Url, $"{link.AsciiHost} in {link.Where} spells \"{word}\"");
                break;
            }
        }
    }
}
