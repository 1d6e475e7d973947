namespace Calguard.Host.Api.Feedback;

/// <summary>The answer of <c>GET /v1/feedback/outbox</c>.</summary>
/// <param name="Items">Newest first.</param>
public sealed record OutboxView(IReadOnlyList<OutboxItemView> Items);
