namespace Calguard.Analysis.Text;

/// <summary>What the name of a mailbox (the local part of an address) says.</summary>
internal static class MailboxName
{
    /// <summary>The letter runs of a local part, lower case: "roberthale.ceo.office7" → roberthale, ceo, office.</summary>
    public static IEnumerable<string> Words(string localPart)
    {
        var lower = localPart.ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var letter = i < lower.Length && lower[i] is >= 'a' and <= 'z';
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return lower[start..i];
                start = -1;
            }
        }
    }

    /// <summary>
    /// What <paramref name="claim"/> finds in the From name and address, else in the first organizer's (CN, address)
    /// that yields something, with who said it ("From a@b" or "organizer a@b"); null when nobody does.
    /// </summary>
    public static (string Who, string Claim)? FirstClaim(RuleContext context, Func<string?, string?, string?> claim)
    {
        var from = context.Sender.From;
        if (claim(from?.DisplayName, from?.Address) is { } fromClaim)
        {
            return ($"From {from!.Address}", fromClaim);
        }
        foreach (var (_, ev) in context.Events)
        {
            if (claim(ev.Organizer?.CommonName, ev.Organizer?.Address) is { } organizerClaim)
            {
                return ($"organizer {ev.Organizer!.Address}", organizerClaim);
            }
        }
        return null;
    }

    /// <summary>The local part and domain of a free-mail address, or null for other addresses.</summary>
    public static (string Local, string Domain)? Freemail(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        if (at <= 0 || !KnownDomains.IsFreemail(address![(at + 1)..]))
        {
            return null;
        }
        return (address[..at], address[(at + 1)..]);
    }
}
