namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A cryptocurrency wallet address written out in the text (bc1q…, 1…/3…, 0x…, T…): the payment destination that
/// sextortion, fake-investment and fake-charity invitations need, and that no meeting needs.
/// </summary>
/// <remarks>
/// The address is recognised by its shape, not its checksum: a shape this specific (a fixed prefix, 26 to 90 letters
/// and digits, mixed case for the base58 forms) does not occur in the words of legitimate invitations, and links,
/// e-mail addresses and encoded tokens are excluded by the characters around it.
/// </remarks>
public sealed class CryptoAddressRule : Rule
{
    /// <summary>A wallet address in the text.</summary>
    public static readonly Signal Address = new("CRYPTO_WALLET_ADDRESS", Groups.Content, 4.0,
        "The text gives a cryptocurrency wallet address (Bitcoin, Ethereum, Tron): where a sextortion or fake-investment invitation wants the money sent.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Address];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var invitation = context.Invitation;
        var texts = invitation.Events.Take(20).SelectMany(e => new[] { e.Event.Summary, e.Event.Description, e.Event.Location }).Append(invitation.Bodies.Text);
        foreach (var text in texts)
        {
            if (text is not null && Find(text) is { } found)
            {
                hits.Add(Address, $"{found.Kind} address {Shorten(found.Token)}");
                return;
            }
        }
    }

    /// <summary>The first wallet-shaped word in <paramref name="text"/>, with the kind of address its shape names.</summary>
    internal static (string Kind, string Token)? Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }
            if (i - start < 26 || !Delimited(text, start, i))
            {
                continue;
            }
            var token = text.AsSpan(start, i - start);
            if (KindOf(token) is { } kind)
            {
                return (kind, token.ToString());
            }
        }
        return null;
    }

    private static string? KindOf(ReadOnlySpan<char> token)
    {
        if ((token.StartsWith("bc1") || token.StartsWith("BC1")) && token.Length <= 90 && Uniform(token[3..]) && token[3..].IndexOfAnyInRange('0', '9') >= 0)
        {
            return "Bitcoin";
        }
        if (token.StartsWith("0x") && token.Length == 42 && !token[2..].ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            return "Ethereum";
        }
        if (token[0] is '1' or '3' && token.Length <= 35 && MixedBase58(token[1..]))
        {
            return "Bitcoin";
        }
        if (token[0] == 'T' && token.Length == 34 && MixedBase58(token[1..]))
        {
            return "Tron";
        }
        return null;
    }

    // Bech32 is written in one case.
    private static bool Uniform(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('A', 'Z') < 0 || s.IndexOfAnyInRange('a', 'z') < 0;

    // Base58 addresses mix upper case, lower case and digits; identifiers and codes rarely do all three at this length.
    private static bool MixedBase58(ReadOnlySpan<char> s) =>
        s.IndexOfAnyInRange('A', 'Z') >= 0 && s.IndexOfAnyInRange('a', 'z') >= 0 && s.IndexOfAnyInRange('0', '9') >= 0;

    // Not part of a link, an e-mail address, a file name or an encoded blob.
    private static bool Delimited(string text, int start, int end)
    {
        if (start > 0 && text[start - 1] is '/' or '=' or '.' or '-' or '_' or '@' or '+' or '%' or '?' or '&' or '#' or '\\')
        {
            return false;
        }
        if (end < text.Length && text[end] is '/' or '=' or '-' or '_' or '@' or '+' or '%' or '\\')
        {
            return false;
        }
        return end + 1 >= text.Length || text[end] != '.' || !char.IsAsciiLetterOrDigit(text[end + 1]);
    }

    private static string Shorten(string token) => token.Length > 12 ? token[..8] + "…" + token[^4..] : token;
}
