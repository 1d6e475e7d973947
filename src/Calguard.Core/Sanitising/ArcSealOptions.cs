namespace Calguard.Sanitising;

/// <summary>
/// Settings for re-sealing a rewritten message with ARC (RFC 8617). Rewriting a calendar part breaks the sender's
/// DKIM signature; an ARC set from the operator's domain lets the next hop see what the message looked like on arrival.
/// </summary>
public sealed record ArcSealOptions
{
    /// <summary>The signing domain (<c>d=</c>), e.g. <c>mx.example.org</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>The selector (<c>s=</c>); the public key is published at <c>selector._domainkey.domain</c>.</summary>
    public required string Selector { get; init; }

    /// <summary>Path of the PEM private key (RSA, PKCS#1 or PKCS#8).</summary>
    public required string PrivateKeyPath { get; init; }

    /// <summary>The authserv-id written in ARC-Authentication-Results; the trusted Authentication-Results with this id are copied into it.</summary>
    public required string AuthServId { get; init; }

    /// <summary>The headers ARC-Message-Signature covers (those present are signed; the X-Calguard set is always added).</summary>
    public IReadOnlyList<string> SignedHeaders { get; init; } =
        ["From", "To", "Cc", "Subject", "Date", "Message-ID", "Reply-To", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"];
}
