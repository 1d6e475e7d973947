using System.Buffers;
using System.Text;
using Calguard.Analysis.Text;
using Calguard.Reading;

namespace Calguard.Analysis;

/// <summary>Facts that only the host can know (stores, counters, the recipient's calendar), put in before rules run.</summary>
public sealed record ExternalFacts
{
    /// <summary>No external facts.</summary>
    public static ExternalFacts None { get; } = new();

    /// <summary>UIDs already in the recipient's calendar, when the host knows them; null when unknown.</summary>
    public IReadOnlySet<string>? KnownUids { get; init; }

    /// <summary>Extra hits computed by the host (reputation, learned classifier, blocked UIDs, confirmed campaigns).</summary>
    public IReadOnlyList<(Signal Signal, string Detail, double Factor)> Hits { get; init; } = [];

    /// <summary>
    /// Recipients (lower-case) for whom this invitation is held whatever the verdict, with the reason: a UID the
    /// recipient reported as spam (silent block, R24), a campaign an operator confirmed.
    /// </summary>
    public IReadOnlyDictionary<string, string> Blocked { get; init; } = new Dictionary<string, string>();

    /// <summary>The reason <paramref name="recipient"/> is blocked from this invitation, or null.</summary>
    public string? BlockReason(string recipient) => Blocked.TryGetValue(recipient.ToLowerInvariant(), out var reason) ? reason : null;

    /// <summary>Combines two sets of facts: hits and blocks add up, known UIDs unite.</summary>
    public ExternalFacts Merge(ExternalFacts other)
    {
        if (ReferenceEquals(this, None))
        {
            return other;
        }
        if (ReferenceEquals(other, None))
        {
            return this;
        }
        var blocked = new Dictionary<string, string>(Blocked, StringComparer.Ordinal);
        foreach (var (recipient, reason) in other.Blocked)
        {
            blocked.TryAdd(recipient, reason);
        }
        return new ExternalFacts
        {
            KnownUids = KnownUids is null ? other.KnownUids : other.KnownUids is null ? KnownUids : KnownUids.Union(other.KnownUids).ToHashSet(StringComparer.Ordinal),
            Hits = [.. Hits, .. other.Hits],
            Blocked = blocked,
        };
    }
}

/// <summary>Everything a rule may read, derived once per invitation. Rules never look anywhere else.</summary>
public sealed class RuleContext
{
    private RuleContext(Invitation invitation) => Invitation = invitation;

    /// <summary>The invitation.</summary>
    public Invitation Invitation { get; }

    /// <summary>The arrival time in UTC; every time rule measures against it.</summary>
    public DateTime ArrivalUtc { get; private init; }

    /// <summary>The recipients: the envelope when known, else To and Cc.</summary>
    public IReadOnlyList<string> Recipients { get; private init; } = [];

    /// <summary>True when <see cref="Recipients"/> came from the envelope (or the caller), not from headers.</summary>
    public bool RecipientsFromEnvelope { get; private init; }

    /// <summary>
    /// The organisational domains of the configured local domains, then of <see cref="Recipients"/>, each once. A
    /// free-mail mailbox has no organisation: nothing to imitate (SENDER_COUSIN_DOMAIN) or to link into (URL_UNRELATED).
    /// Local domains come first, so that a bound on the list cannot push them out behind a crafted To line.
    /// </summary>
    public IReadOnlyList<string> RecipientOrganisations => _recipientOrganisations ??=
        Options.LocalDomains.Concat(Recipients.Select(Reading.CalendarAddress.DomainOf).OfType<string>())
            .Where(d => d.Length > 0 && !Text.KnownDomains.IsFreemail(d)).Select(DomainNames.Organizational).Distinct().ToList();

    private List<string>? _recipientOrganisations;

    /// <summary>Trusted authentication results.</summary>
    public AuthenticationFacts Auth => Invitation.Transport.Authentication;

    /// <summary>Sender facts.</summary>
    public SenderFacts Sender { get; private init; } = new();

    /// <summary>Content facts.</summary>
    public ContentFacts Content { get; private init; } = null!;

    /// <summary>Facts from the host.</summary>
    public ExternalFacts External { get; private init; } = ExternalFacts.None;

    /// <summary>Analysis settings.</summary>
    public AnalysisOptions Options { get; private init; } = AnalysisOptions.Default;

    /// <summary>The events that ask the recipient to act: those of REQUEST, ADD, CANCEL or PUBLISH objects, or without METHOD.</summary>
    public IEnumerable<(CalendarObject Calendar, CalendarEvent Event)> Events => Invitation.Events;

    /// <summary>Derives the facts.</summary>
    public static RuleContext Create(Invitation invitation, AnalysisOptions? options = null, ExternalFacts? external = null, IReadOnlyList<string>? recipients = null)
    {
        options ??= AnalysisOptions.Default;
        var fromEnvelope = recipients is { Count: > 0 } || invitation.Transport.Recipients.Count > 0;
        var rcpts = recipients is { Count: > 0 } ? recipients
            : invitation.Transport.Recipients.Count > 0 ? invitation.Transport.Recipients
            : invitation.Message.To.Concat(invitation.Message.Cc).Select(a => a.Address).ToArray();
        return new RuleContext(invitation)
        {
            ArrivalUtc = invitation.Transport.ArrivalTime.UtcDateTime,
            Recipients = CleanRecipients(rcpts),
            RecipientsFromEnvelope = fromEnvelope,
            Sender = SenderFacts.For(invitation),
            Content = BuildContent(invitation, options),
            External = external ?? ExternalFacts.None,
            Options = options,
        };
    }

    // Trimmed, lower-cased, without empties and repeats, in first-seen order.
    private static string[] CleanRecipients(IReadOnlyList<string> recipients)
    {
        if (recipients.Count == 0)
        {
            return [];
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clean = new List<string>(recipients.Count);
        foreach (var r in recipients)
        {
            var address = r.Trim().Trim('<', '>').ToLowerInvariant();
            if (address.Length > 0 && seen.Add(address))
            {
                clean.Add(address);
            }
        }
        return clean.ToArray();
    }

    private static ContentFacts BuildContent(Invitation invitation, AnalysisOptions options)
    {
        var prominent = new StringBuilder();
        var calendar = new StringBuilder();
        var links = new List<Link>();
        var message = invitation.Message;
        Append(prominent, message.Subject);
        Append(prominent, message.From?.DisplayName);
        Append(prominent, message.Sender?.DisplayName);

        foreach (var (_, ev) in invitation.Events.Take(options.MaxEventsForContent))
        {
            Append(prominent, ev.Organizer?.CommonName);
            Append(prominent, ev.Summary);
            Append(calendar, ev.Summary);
            Append(calendar, ev.Location);
            AppendText(calendar, ev.Description, "DESCRIPTION", links);
            foreach (var c in ev.Comments)
            {
                Append(calendar, c);
            }
            // The text an alarm pops up with is part of what the user sees; boilerplate such as "Reminder" adds nothing.
            foreach (var alarm in ev.Alarms.Take(20))
            {
                foreach (var text in new[] { alarm.Description, alarm.Summary })
                {
                    if (text is { Length: > 12 } && !string.Equals(text, ev.Summary, StringComparison.Ordinal))
                    {
                        AppendText(calendar, text, "VALARM", links);
                    }
                }
            }
            if (ev.HtmlDescription is { } html)
            {
                var (text, htmlLinks, _) = HtmlText.Extract(html, options.MaxTextChars);
                Append(calendar, text);
                foreach (var l in htmlLinks)
                {
                    if (Link.Parse(l.Href, "X-ALT-DESC", l.Text) is { } link)
                    {
                        links.Add(link);
                    }
                }
            }
            LinkExtractor.Extract(ev.Summary, "SUMMARY", links);
            LinkExtractor.Extract(ev.Location, "LOCATION", links);
            if (ev.Url is { } url && Link.Parse(url, "URL") is { } u)
            {
                links.Add(u);
            }
            foreach (var a in ev.Attachments)
            {
                if (a.Uri is { } uri && Link.Parse(uri, "ATTACH") is { } al)
                {
                    links.Add(al);
                }
                Append(calendar, a.FileName);
            }
            foreach (var conf in ev.Conferences)
            {
                if (Link.Parse(conf, "CONFERENCE") is { } cl)
                {
                    links.Add(cl);
                }
            }
        }

        var bodies = invitation.Bodies;
        // The rules read at most MaxTextChars of each text; cutting here spares the address scrub and the phone search
        // the rest of a padded text as well.
        var bodyText = Bounded(bodies.Text, options.MaxTextChars);
        LinkExtractor.Extract(bodies.PlainText, "BODY", links);
        foreach (var l in bodies.Links.Take(500))
        {
            if (Link.Parse(l.Href, "HTML", l.Text) is { } link)
            {
                links.Add(link);
            }
        }

        // Addresses and URLs are judged by the link and sender rules; as words they would name brands falsely ("…@gmail.com").
        var calendarText = calendar.Length > options.MaxTextChars ? calendar.ToString(0, options.MaxTextChars) : calendar.ToString();
        var p = TextNormaliser.Normalise(TextScrubber.RemoveAddresses(prominent.ToString()), options.MaxTextChars);
        var c2 = TextNormaliser.Normalise(TextScrubber.RemoveAddresses(calendarText), options.MaxTextChars);
        var b = TextNormaliser.Normalise(TextScrubber.RemoveAddresses(bodyText), options.MaxTextChars);
        var pw = TextNormaliser.Words(p.Text);
        var cw = TextNormaliser.Words(c2.Text);
        var bw = TextNormaliser.Words(b.Text);
        var all = new List<string>(pw.Count + cw.Count + bw.Count + 2);
        all.AddRange(pw);
        all.Add("\u0001");
        all.AddRange(cw);
        all.Add("\u0001");
        all.AddRange(bw);
        // The three texts joined for the phrase look-ups, in a pooled buffer rather than a string per scan.
        var joinedLength = p.Text.Length + c2.Text.Length + b.Text.Length + 2;
        var joinedBuffer = ArrayPool<char>.Shared.Rent(joinedLength);
        var joined = joinedBuffer.AsSpan(0, joinedLength);
        p.Text.CopyTo(joined);
        joined[p.Text.Length] = '\n';
        c2.Text.CopyTo(joined[(p.Text.Length + 1)..]);
        joined[p.Text.Length + 1 + c2.Text.Length] = '\n';
        b.Text.CopyTo(joined[(p.Text.Length + c2.Text.Length + 2)..]);
        var lures = LureVocabulary.Lexicon.Match(all, joined);
        ChangeDenial.Discount(LureVocabulary.Lexicon, lures, joined);
        var brands = Brands.Find(all, joined);
        ArrayPool<char>.Shared.Return(joinedBuffer);
        var phones = PhoneFinder.Find(calendarText);
        if (phones.Count < 20)
        {
            phones.AddRange(PhoneFinder.Find(bodyText, 20));
        }

        return new ContentFacts
        {
            Prominent = p,
            Calendar = c2,
            Body = b,
            Words = all,
            CalendarWords = cw,
            BodyWords = bw,
            ProminentWords = pw,
            Lures = lures,
            ProminentBrands = Brands.Find(pw, p.Text),
            Brands = brands,
            Links = links,
            Phones = phones,
            CalendarTextLength = calendar.Length,
            CalendarSource = calendarText,
            BodyTextLength = bodies.Text.Trim().Length,
        };
    }

    private static void AppendText(StringBuilder sb, string? text, string where, List<Link> links)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        // Google writes HTML into DESCRIPTION; read its anchors like X-ALT-DESC.
        if (HtmlText.LooksLikeHtml(text))
        {
            var (visible, htmlLinks, _) = HtmlText.Extract(text);
            Append(sb, visible);
            foreach (var l in htmlLinks)
            {
                if (Link.Parse(l.Href, where, l.Text) is { } link)
                {
                    links.Add(link);
                }
            }
            LinkExtractor.Extract(visible, where, links);
            return;
        }
        Append(sb, text);
        LinkExtractor.Extract(text, where, links);
    }

    private static string Bounded(string text, int max) => text.Length > max ? text[..max] : text;

    private static void Append(StringBuilder sb, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        if (sb.Length > 0)
        {
            sb.Append('\n');
        }
        sb.Append(text);
    }
}
