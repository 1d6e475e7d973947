using System.Globalization;
using Calguard.Analysis;
using Calguard.Analysis.Rules.Learned;
using Calguard.Analysis.Text;
using Calguard.Reading;
using Calguard.Reputation;

namespace Calguard.Host.Reputation.Dns;

/// <summary>
/// Asks the configured DNS lists about an invitation — the connecting IP (when public) and the linked organisational
/// domains — all at once, and waits at most <see cref="DnsListSettings.Budget"/>. Listings become DNSBL_LISTED and
/// URIBL_LISTED with zone and code in the detail; lists that did not answer in time, failed or refused become one
/// zero-score DNS_TIMEOUT hit that names them. Never throws for DNS trouble.
/// </summary>
public sealed class DnsListFactsSource(DnsListResolver resolver, DnsListSettings settings) : IExternalFactsSource
{
    /// <inheritdoc />
    public async ValueTask<ExternalFacts> ForAsync(Invitation invitation, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        var queries = new List<(DnsListZone Zone, string Subject, string Name)>();
        if (IpAddresses.ParsePublic(invitation.Transport.ClientIp) is { } ip)
        {
            foreach (var zone in settings.Zones.Where(z => z.Target == DnsListTarget.Ip))
            {
                queries.Add((zone, ip.ToString(), DnsListNames.ForIp(ip, zone.Name)));
            }
        }
        var domainZones = settings.Zones.Where(z => z.Target == DnsListTarget.Domain).ToArray();
        if (domainZones.Length > 0)
        {
            foreach (var domain in LinkedDomains(invitation, settings.MaxDomains))
            {
                foreach (var zone in domainZones)
                {
                    if (DnsListNames.ForDomain(domain, zone.Name) is { } name)
                    {
                        queries.Add((zone, domain, name));
                    }
                }
            }
        }
        if (queries.Count == 0)
        {
            return ExternalFacts.None;
        }

        var pending = new Dictionary<string, Task<DnsListAnswer>>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            if (!pending.ContainsKey(q.Name))
            {
                pending[q.Name] = resolver.LookupAsync(q.Name);
            }
        }
        var all = Task.WhenAll(pending.Values);
        if (!all.IsCompleted)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(all, Task.Delay(settings.Budget, budget.Token)).ConfigureAwait(false);
            await budget.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var listedIp = new List<string>();
        var listedDomain = new List<string>();
        double ipScore = 0, domainScore = 0;
        var unanswered = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (zone, subject, name) in queries)
        {
            var task = pending[name];
            if (!task.IsCompletedSuccessfully)
            {
                unanswered.TryAdd(zone.Name, $"no answer within {settings.Budget.TotalMilliseconds:0} ms");
                continue;
            }
            var answer = task.Result;
            if (!answer.Answered)
            {
                unanswered.TryAdd(zone.Name, answer.Error!);
                continue;
            }
            if (answer.Addresses.FirstOrDefault(DnsListZone.IsRefusal) is { } refusal)
            {
                unanswered.TryAdd(zone.Name, $"refused ({refusal})");
                continue;
            }
            var codes = answer.Addresses.Where(zone.Counts).Select(a => a.ToString()).ToArray();
            if (codes.Length == 0)
            {
                continue;
            }
            var line = $"{subject} listed in {zone.Name} ({string.Join(", ", codes)})";
            if (zone.Target == DnsListTarget.Ip)
            {
                listedIp.Add(line);
                ipScore += zone.Score;
            }
            else
            {
                listedDomain.Add(line);
                domainScore += zone.Score;
            }
        }

        var hits = new List<(Signal, string, double)>();
        if (listedIp.Count > 0)
        {
            hits.Add((DnsListSignals.IpListed, string.Join("; ", listedIp), Factor(ipScore, DnsListSignals.IpListed)));
        }
        if (listedDomain.Count > 0)
        {
            hits.Add((DnsListSignals.DomainListed, string.Join("; ", listedDomain), Factor(domainScore, DnsListSignals.DomainListed)));
        }
        if (unanswered.Count > 0)
        {
            hits.Add((DnsListSignals.Timeout, string.Join("; ", unanswered.Select(u => $"{u.Key}: {u.Value}")), 1.0));
        }
        return hits.Count == 0 ? ExternalFacts.None : new ExternalFacts { Hits = hits };
    }

    /// <summary>
    /// The organisational domains an invitation links to, from every place a link can hide (event text, URL, ATTACH,
    /// CONFERENCE, the HTML description, the mail body), first seen first, IP literals left out, at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<string> LinkedDomains(Invitation invitation, int max)
    {
        var links = new List<Link>();
        foreach (var (_, ev) in invitation.Events.Take(20))
        {
            LinkExtractor.Extract(ev.Description, "DESCRIPTION", links);
            LinkExtractor.Extract(ev.Location, "LOCATION", links);
            LinkExtractor.Extract(ev.Summary, "SUMMARY", links);
            foreach (var raw in ev.Attachments.Select(a => a.Uri).Append(ev.Url).Concat(ev.Conferences))
            {
                if (raw is not null && Link.Parse(raw, "URL") is { } link)
                {
                    links.Add(link);
                }
            }
            if (ev.HtmlDescription is { } html)
            {
                foreach (var l in HtmlText.Extract(html).Links)
                {
                    if (Link.Parse(l.Href, "X-ALT-DESC") is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
        }
        LinkExtractor.Extract(invitation.Bodies.PlainText, "BODY", links);
        foreach (var l in invitation.Bodies.Links.Take(500))
        {
            if (Link.Parse(l.Href, "HTML") is { } link)
            {
                links.Add(link);
            }
        }
        return links.Where(l => l.Host.Length > 0 && !l.IsIpLiteral).Select(l => l.Domain).Where(d => d.Contains('.', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Take(max).ToArray();
    }

    private static double Factor(double score, Signal signal) =>
        signal.Score == 0 ? 0 : Math.Round(score / signal.Score, 4, MidpointRounding.AwayFromZero);
}
