using Calguard.Provenance;

namespace Calguard.Host.Feedback.Arf;

/// <summary>
/// Whether an invitation may be reported to its sender's operator, and to whom. Only mail whose organizer was
/// authenticated and that carried a passing DKIM signature is reported, to the DKIM domain's operator: a report about
/// a forged sender would land on the forged party (backscatter; RFC 6650 §5, practice document §4.6).
/// </summary>
/// <param name="ReportedDomain">The authenticated DKIM domain the report is about, or null when not eligible.</param>
/// <param name="Reason">Why it is not eligible, or null when it is.</param>
public sealed record ArfEligibility(string? ReportedDomain, string? Reason)
{
    /// <summary>The provenance channels that carried a mail (the API and CLI record <c>api</c>/<c>mail</c>, the milter <c>milter</c>).</summary>
    public static IReadOnlyList<string> MailChannels { get; } = ["api", "milter", "mail", "cli"];

    /// <summary>True when a report may be sent.</summary>
    public bool Eligible => ReportedDomain is not null;

    /// <summary>Checks one provenance record.</summary>
    public static ArfEligibility Check(ProvenanceRecord record)
    {
        if (!MailChannels.Contains(record.Channel))
        {
            return new(null, $"the invitation arrived by '{record.Channel}', not by mail: there is no sending mail operator");
        }
        if (!record.OrganizerAuthenticated)
        {
            return new(null, "the organizer was not authenticated: a report could reach a forged sender (RFC 6650)");
        }
        if (record.DkimDomains.Count == 0)
        {
            return new(null, "no DKIM signature passed: there is no authenticated domain to report to (RFC 6650)");
        }
        // The DKIM domain aligned with the organizer, From or envelope sender names the responsible operator best.
        string? Org(string? address) => Reading.CalendarAddress.DomainOf(address) is { } d ? DomainNames.Organizational(d) : null;
        var identities = new[] { Org(record.Organizer), Org(record.From), Org(record.EnvelopeSender) };
        var aligned = record.DkimDomains.FirstOrDefault(d => identities.Contains(DomainNames.Organizational(d), StringComparer.OrdinalIgnoreCase));
        return new((aligned ?? record.DkimDomains[0]).ToLowerInvariant(), null);
    }
}
