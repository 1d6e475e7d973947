namespace Calguard.Host.Outbound;

/// <summary>
/// Complaints about invitations that the service's own accounts sent: incoming ARF reports (RFC 5965) from other
/// operators, matched to the sending account. The outbound check reads them as reputation of the account.
/// </summary>
public interface IOutboundComplaints
{
    /// <summary>Complaints about <paramref name="account"/> (its mail address, lower-case) received within <paramref name="window"/>.</summary>
    ValueTask<int> CountAsync(string account, TimeSpan window, CancellationToken cancellationToken = default);
}
