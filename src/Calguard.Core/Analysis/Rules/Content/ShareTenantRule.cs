namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A document shared from another organisation's file-sharing tenant: the sender works at one company, the link
/// opens a SharePoint/OneDrive (or ShareFile, Egnyte) space named after a different one. Phishing from compromised
/// mailboxes hosts its pages on whatever tenant it took over (or a trial tenant with a random name) and sends from
/// other compromised accounts; a colleague or partner shares from their own company's tenant, or from the
/// recipient's.
/// </summary>
/// <remarks>
/// The hijacked account publishes where it can share with anyone: its own OneDrive (the tenant's <c>-my</c> host).
/// A SharePoint team site is shared with the organisations its owner works with, and is often named after a
/// project, a subsidiary or a former company name rather than the sender's domain, so an unrelated team site is
/// weaker evidence.
/// </remarks>
public sealed class ShareTenantRule : Rule
{
    /// <summary>A file-sharing tenant unrelated to the sender and the recipient.</summary>
    public static readonly Signal UnrelatedTenant = new("SHARE_TENANT_UNRELATED", Groups.Content, 5.0,
        "A link opens another organisation's file-sharing space (a SharePoint/OneDrive, ShareFile or Egnyte tenant named after neither the sender's nor the recipient's organisation).");

    /// <summary>A SharePoint team site of a tenant unrelated to the sender and the recipient.</summary>
    public static readonly Signal UnrelatedSite = new("SHARE_SITE_UNRELATED", Groups.Content, 1.5,
        "A link opens a SharePoint team site of another organisation (named after neither the sender's nor the recipient's organisation).");

    // Multi-tenant file services whose first host label is the customer's chosen name.
    private static readonly string[] TenantSuffixes = [".sharepoint.com", ".sharefile.com", ".egnyte.com"];

    // Suffixes SharePoint adds to the tenant name for personal, admin and legacy sites.
    private static readonly string[] TenantDecorations = ["-my", "-admin", "-files", "-public"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [UnrelatedTenant, UnrelatedSite];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        List<string>? parties = null;
        string? site = null;
        foreach (var link in context.Content.Links)
        {
            if (Tenant(link.AsciiHost) is not { } tenant)
            {
                continue;
            }
            parties ??= Parties(context);
            if (parties.Count == 0 || parties.Any(p => Related(tenant, p)))
            {
                continue;
            }
            if (!IsTeamSite(link.AsciiHost))
            {
                hits.Add(UnrelatedTenant, $"{link.AsciiHost} is the space of \"{tenant}\", sender {parties[0]}");
                return;
            }
            site ??= $"{link.AsciiHost} is the site of \"{tenant}\", sender {parties[0]}";
        }
        // Only when no link opens an unrelated personal space: the weaker sign adds nothing to the stronger.
        if (site is not null)
        {
            hits.Add(UnrelatedSite, site);
        }
    }

    // A SharePoint host without the personal (-my) or other decorations: tenant.sharepoint.com/sites/….
    private static bool IsTeamSite(string host)
    {
        if (!host.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var label = host[..^".sharepoint.com".Length];
        label = label[(label.LastIndexOf('.') + 1)..];
        return !TenantDecorations.Any(d => label.EndsWith(d, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The tenant name of a multi-tenant file-sharing host, without SharePoint's decorations.</summary>
    internal static string? Tenant(string host)
    {
        foreach (var suffix in TenantSuffixes)
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host.Length > suffix.Length)
            {
                var rest = host[..^suffix.Length];
                var label = rest[(rest.LastIndexOf('.') + 1)..].ToLowerInvariant();
                foreach (var decoration in TenantDecorations)
                {
                    if (label.EndsWith(decoration, StringComparison.Ordinal) && label.Length > decoration.Length)
                    {
                        label = label[..^decoration.Length];
                        break;
                    }
                }
                return label is "www" or "" ? null : label;
            }
        }
        return null;
    }

    // The sender's own domains (From, organizer, authenticated) and the recipients' domains.
    private static List<string> Parties(RuleContext context)
    {
        var parties = BrandRule.OwnDomains(context);
        foreach (var recipient in context.Recipients)
        {
            if (Reading.CalendarAddress.DomainOf(recipient) is { } domain && !parties.Contains(domain))
            {
                parties.Add(domain);
            }
        }
        return parties;
    }

    /// <summary>
    /// True when a tenant name can be the organisation of <paramref name="domain"/>: one name contains the other,
    /// or the tenant carries a word of the domain's name ("nfeng" for northfield-eng, "contosogroup" for contoso).
    /// </summary>
    internal static bool Related(string tenant, string domain)
    {
        var label = DomainNames.Organizational(domain).Split('.')[0];
        var flatTenant = tenant.Replace("-", string.Empty, StringComparison.Ordinal);
        var flatLabel = label.Replace("-", string.Empty, StringComparison.Ordinal);
        if (flatTenant.Contains(flatLabel, StringComparison.Ordinal) || flatLabel.Contains(flatTenant, StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var word in label.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && flatTenant.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
