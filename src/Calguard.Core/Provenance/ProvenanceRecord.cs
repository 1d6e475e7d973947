namespace Calguard.Provenance;

/// <summary>
/// Where one invitation came from, per recipient (R26): enough to answer "where did this event come from?"
/// weeks later and to turn a user's report into an ARF report to the sender's operator (R25, R27).
/// </summary>
public sealed record ProvenanceRecord
{
    /// <summary>Store id (0 until stored).</summary>
    public long Id { get; init; }

    /// <summary>The recipient, lower-cased.</summary>
    public required string Recipient { get; init; }

    /// <summary>The tenant: the recipient's domain.</summary>
    public string Tenant => Reading.CalendarAddress.DomainOf(Recipient) ?? string.Empty;

    /// <summary>How it arrived: mail (API or CLI), milter, caldav, outbound.</summary>
    public required string Channel { get; init; }

    /// <summary>UID of the (first) event.</summary>
    public string? Uid { get; init; }

    /// <summary>SEQUENCE of the (first) event.</summary>
    public int? Sequence { get; init; }

    /// <summary>METHOD.</summary>
    public string? Method { get; init; }

    /// <summary>SUMMARY of the (first) event.</summary>
    public string? Summary { get; init; }

    /// <summary>Message-ID.</summary>
    public string? MessageId { get; init; }

    /// <summary>Envelope sender.</summary>
    public string? EnvelopeSender { get; init; }

    /// <summary>From address.</summary>
    public string? From { get; init; }

    /// <summary>Connecting client's IP address.</summary>
    public string? SourceIp { get; init; }

    /// <summary>DKIM domains that passed (trusted Authentication-Results).</summary>
    public IReadOnlyList<string> DkimDomains { get; init; } = [];

    /// <summary>True when the organizer was authenticated (R46); ARF reports go only to authenticated senders.</summary>
    public bool OrganizerAuthenticated { get; init; }

    /// <summary>ORGANIZER address.</summary>
    public string? Organizer { get; init; }

    /// <summary>clean, suspicious or spam.</summary>
    public required string Verdict { get; init; }

    /// <summary>Score.</summary>
    public double Score { get; init; }

    /// <summary>The decision's action.</summary>
    public required string Action { get; init; }

    /// <summary>Names of the signals that fired.</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>When the message arrived (the message's own arrival time).</summary>
    public DateTimeOffset ArrivalTime { get; init; }

    /// <summary>When Calguard recorded it.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The campaign fingerprint.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The campaign SimHash (stored as a signed 64-bit integer where the database needs one).</summary>
    public ulong SimHash { get; init; }

    /// <summary>Organisational domains the invitation links to.</summary>
    public IReadOnlyList<string> LinkDomains { get; init; } = [];

    /// <summary>The links in the invitation's events (see <see cref="EventLinks"/>), for an ARF report's <c>Reported-URI</c> fields.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>The raw message, when retention of raw messages is configured.</summary>
    public byte[]? RawMessage { get; init; }

    /// <summary>Builds the records of a pipeline result, one per recipient decision.</summary>
    public static IReadOnlyList<ProvenanceRecord> Create(PipelineResult result, string channel, DateTimeOffset now, bool keepRaw, ReadOnlyMemory<byte> raw = default)
    {
        var invitation = result.Scan.Invitation;
        var first = invitation.Events.FirstOrDefault();
        var fingerprint = CampaignFingerprint.Compute(invitation);
        var auth = invitation.Transport.Authentication;
        var links = EventLinks.Collect(invitation);
        var records = new List<ProvenanceRecord>();
        foreach (var d in result.Decisions)
        {
            if (d.Recipient is null)
            {
                continue;
            }
            records.Add(new ProvenanceRecord
            {
                Recipient = d.Recipient.ToLowerInvariant(),
                Channel = channel,
                Uid = first.Event?.Uid,
                Sequence = first.Event?.Sequence,
                Method = first.Calendar?.Method,
                Summary = first.Event?.Summary is { Length: > 200 } s ? s[..200] : first.Event?.Summary,
                MessageId = invitation.Message.MessageId,
                EnvelopeSender = invitation.Transport.MailFrom,
                From = invitation.Message.From?.Address,
                SourceIp = invitation.Transport.ClientIp,
                DkimDomains = auth.DkimPassDomains.Distinct().ToArray(),
                OrganizerAuthenticated = d.Decision.Relationship.Authenticated,
                Organizer = first.Event?.Organizer?.Address,
                Verdict = result.Scan.Verdict.Name,
                Score = result.Scan.Verdict.Score,
                Action = Decisions.DecisionActionNames.ToName(d.Decision.Action),
                Symbols = result.Scan.Verdict.Hits.Select(h => h.Name).ToArray(),
                ArrivalTime = invitation.Transport.ArrivalTime,
                RecordedAt = now,
                Fingerprint = fingerprint.Value,
                SimHash = fingerprint.SimHash,
                LinkDomains = fingerprint.LinkDomains,
                Links = links,
                RawMessage = keepRaw && !raw.IsEmpty ? raw.ToArray() : null,
            });
        }
        return records;
    }
}
