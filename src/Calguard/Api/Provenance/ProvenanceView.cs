using System.Globalization;
using Calguard.Provenance;

namespace Calguard.Host.Api.Provenance;

/// <summary>One provenance record as the API shows it (R26).</summary>
public sealed record ProvenanceView(
    long Id, string Recipient, string Channel, string? Uid, int? Sequence, string? Method, string? Summary, string? MessageId,
    string? EnvelopeSender, string? From, string? SourceIp, IReadOnlyList<string> DkimDomains, bool OrganizerAuthenticated, string? Organizer,
    string Verdict, double Score, string Action, IReadOnlyList<string> Symbols, DateTimeOffset ArrivalTime, DateTimeOffset RecordedAt,
    string Fingerprint, string SimHash, IReadOnlyList<string> LinkDomains)
{
    /// <summary>The view of a record.</summary>
    public static ProvenanceView Of(ProvenanceRecord r) => new(
        r.Id, r.Recipient, r.Channel, r.Uid, r.Sequence, r.Method, r.Summary, r.MessageId, r.EnvelopeSender, r.From, r.SourceIp, r.DkimDomains,
        r.OrganizerAuthenticated, r.Organizer, r.Verdict, r.Score, r.Action, r.Symbols, r.ArrivalTime, r.RecordedAt, r.Fingerprint,
        r.SimHash.ToString("x16", CultureInfo.InvariantCulture), r.LinkDomains);
}

/// <summary>The answer of <c>GET /v1/provenance</c>.</summary>
/// <param name="Records">Matching records, newest first.</param>
public sealed record ProvenanceList(IReadOnlyList<ProvenanceView> Records);
