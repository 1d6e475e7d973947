using System.Text;
using MimeKit;
using MimeKit.Cryptography;

namespace Calguard.Sanitising;

/// <summary>Adds one ARC set (ARC-Authentication-Results, ARC-Message-Signature, ARC-Seal) with MimeKit's <see cref="ArcSigner"/>.</summary>
internal sealed class ArcSealer
{
    private readonly Signer _signer;
    private readonly ArcSealOptions _options;

    /// <exception cref="IOException">The key file cannot be read.</exception>
    /// <exception cref="FormatException">The key file holds no private key.</exception>
    public ArcSealer(ArcSealOptions options)
    {
        _options = options;
        _signer = new Signer(options.PrivateKeyPath, options.Domain, options.Selector, options.AuthServId)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        };
    }

    /// <summary>Seals <paramref name="message"/>; returns the three new headers, or an empty list when MimeKit declines
    /// (the previous ARC set already failed, RFC 8617 §5.1.2).</summary>
    public IReadOnlyList<HeaderField> Seal(byte[] message)
    {
        var parsed = MimeMessage.Load(new MemoryStream(message, writable: false), persistent: true);
        var before = parsed.Headers.Count;
        var signed = _options.SignedHeaders.Concat(CalguardHeaderNames)
            .Where(h => parsed.Headers.Contains(h)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        _signer.Sign(format, parsed, signed);
        // ArcSigner inserts its headers at the top (ARC-Seal, ARC-Message-Signature, ARC-Authentication-Results); we
        // write them as the last headers instead, in that order: neither signature depends on header positions.
        var added = new List<HeaderField>(3);
        for (var i = 0; i < parsed.Headers.Count - before; i++)
        {
            var header = parsed.Headers[i];
            added.Add(new HeaderField(header.Field, Encoding.ASCII.GetString(header.RawValue).Trim(' ', '\t', '\r', '\n')));
        }
        return added;
    }

    private static readonly string[] CalguardHeaderNames =
    [
        CalguardHeaders.Verdict, CalguardHeaders.Score, CalguardHeaders.Symbols, CalguardHeaders.Action, CalguardHeaders.Autoadd,
        CalguardHeaders.DefaultAlarms,
    ];

    private sealed class Signer(string keyPath, string domain, string selector, string authServId)
        : ArcSigner(keyPath, domain, selector, DkimSignatureAlgorithm.RsaSha256)
    {
        // ARC-Authentication-Results repeats what our own, trusted receiving host found (the topmost header with our
        // authserv-id); a copy lower down may have been forged by the sender (RFC 8601 §5).
        protected override AuthenticationResults GenerateArcAuthenticationResults(FormatOptions options, MimeMessage message, CancellationToken cancellationToken)
        {
            var results = new AuthenticationResults(authServId);
            foreach (var header in message.Headers)
            {
                if (header.Id != HeaderId.AuthenticationResults ||
                    !AuthenticationResults.TryParse(header.RawValue, out var found) ||
                    !string.Equals(found.AuthenticationServiceIdentifier, authServId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                foreach (var result in found.Results)
                {
                    results.Results.Add(result);
                }
                break;
            }
            return results;
        }

        protected override Task<AuthenticationResults> GenerateArcAuthenticationResultsAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(GenerateArcAuthenticationResults(options, message, cancellationToken));
    }
}
