using Calguard.Host.Outbound;
using Calguard.Storage;

namespace Calguard.Host.Feedback;

/// <summary>
/// <see cref="IOutboundComplaints"/> over the stored incoming ARF reports (<c>POST /v1/feedback/arf</c>). Reports of
/// type <c>not-spam</c> (RFC 6430) are not complaints and are not counted.
/// </summary>
public sealed class OutboundComplaints(CalguardStore store, TimeProvider time) : IOutboundComplaints
{
    /// <inheritdoc />
    public async ValueTask<int> CountAsync(string account, TimeSpan window, CancellationToken cancellationToken = default) =>
        await store.Complaints.CountAsync(account, time.GetUtcNow() - window, cancellationToken).ConfigureAwait(false);
}
