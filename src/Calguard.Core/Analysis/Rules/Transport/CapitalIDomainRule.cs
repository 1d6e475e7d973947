namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A sender domain written with a capital I among lower-case letters ("grupo-arandeIa.com.mx", "paypaI-resolution.com").
/// Domain names are case-blind, so the capital changes nothing for the mail system and only what the reader sees: in
/// most fonts an l. A registered look-alike needs it to pass for the supplier or the brand it copies.
/// </summary>
public sealed class CapitalIDomainRule : Rule
{
    /// <summary>A capital I posing as an l in the From or organizer domain.</summary>
    public static readonly Signal CapitalI = new("SENDER_DOMAIN_CAPITAL_I", Groups.Transport, 3.5,
        "The From or organizer domain is written with a capital I among lower-case letters, which reads as an l: a look-alike of another name.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [CapitalI];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (DomainPart(context.Invitation.Message.FromAsWritten) is { } from && PosesAsL(from))
        {
            hits.Add(CapitalI, $"From domain {from}");
            return;
        }
        foreach (var (_, ev) in context.Events)
        {
            if (ev.Organizer is { } organizer && DomainPart(organizer.RawValue) is { } domain && PosesAsL(domain))
            {
                hits.Add(CapitalI, $"organizer domain {domain}");
                return;
            }
        }
    }

    private static string? DomainPart(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at < 0 || at == address!.Length - 1 ? null : address[(at + 1)..];
    }

    /// <summary>
    /// True when a label's only capitals are I and one of them follows a lower-case letter. A domain typed in capitals
    /// (EXAMPLE.COM), capitalised (Example.com) or in camel case (MyCompanyInc.com) has other capitals, or none after a
    /// lower-case letter.
    /// </summary>
    internal static bool PosesAsL(string domain)
    {
        foreach (var label in domain.Split('.'))
        {
            var onlyI = true;
            var afterLower = false;
            for (var i = 0; i < label.Length; i++)
            {
                var c = label[i];
                if (char.IsAsciiLetterUpper(c) && c != 'I')
                {
                    onlyI = false;
                    break;
                }
                if (c == 'I' && i > 0 && char.IsAsciiLetterLower(label[i - 1]))
                {
                    afterLower = true;
                }
            }
            if (onlyI && afterLower)
            {
                return true;
            }
        }
        return false;
    }
}
