namespace Calguard;

/// <summary>One DKIM result from a trusted Authentication-Results header.</summary>
/// <param name="Result">pass, fail, none, neutral, policy, temperror, permerror.</param>
/// <param name="Domain">header.d.</param>
/// <param name="Identity">header.i.</param>
public sealed record DkimResult(string Result, string? Domain, string? Identity);

/// <summary>SPF, DMARC and DKIM outcomes, read only from Authentication-Results of trusted authserv-ids (RFC 8601 §5).</summary>
public sealed class AuthenticationFacts
{
    /// <summary>No trusted results at all.</summary>
    public static AuthenticationFacts None { get; } = new();

    /// <summary>True when at least one Authentication-Results header came from a trusted authserv-id.</summary>
    public bool HasTrustedResults { get; init; }

    /// <summary>The authserv-id the results came from.</summary>
    public string? AuthservId { get; init; }

    /// <summary>DKIM results.</summary>
    public IReadOnlyList<DkimResult> Dkim { get; init; } = [];

    /// <summary>SPF result (pass, fail, softfail, neutral, none, temperror, permerror), or null when not reported.</summary>
    public string? Spf { get; init; }

    /// <summary>The domain of smtp.mailfrom (or smtp.helo when the mail-from was empty).</summary>
    public string? SpfDomain { get; init; }

    /// <summary>DMARC result, or null when not reported.</summary>
    public string? Dmarc { get; init; }

    /// <summary>header.from of the DMARC result.</summary>
    public string? DmarcDomain { get; init; }

    /// <summary>ARC result, when reported.</summary>
    public string? Arc { get; init; }

    /// <summary>Authentication-Results headers naming a trusted authserv-id that sat below the first hop from outside the receiving organisation: put there by the sender.</summary>
    public int ShadowedHeaders { get; init; }

    /// <summary>DKIM domains with a pass result.</summary>
    public IEnumerable<string> DkimPassDomains => Dkim.Where(d => d.Result == "pass" && d.Domain is not null).Select(d => d.Domain!);

    /// <summary>True when DMARC passed.</summary>
    public bool DmarcPass => Dmarc == "pass";

    /// <summary>
    /// True when mail from <paramref name="domain"/> is authenticated: DMARC passed for it, or a passing DKIM
    /// signature or SPF result is aligned with it (relaxed alignment, RFC 7489 §3.1). This is the R46 test.
    /// </summary>
    public bool Authenticates(string? domain)
    {
        if (domain is null)
        {
            return false;
        }
        if (DmarcPass && DomainNames.Aligned(DmarcDomain, domain))
        {
            return true;
        }
        foreach (var d in DkimPassDomains)
        {
            if (DomainNames.Aligned(d, domain))
            {
                return true;
            }
        }
        return Spf == "pass" && DomainNames.Aligned(SpfDomain, domain);
    }
}
