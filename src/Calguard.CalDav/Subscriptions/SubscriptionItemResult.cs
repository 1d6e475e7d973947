using Calguard.CalDav.Cleaning;

namespace Calguard.CalDav.Subscriptions;

/// <summary>One judged item of a subscribed feed (one UID with its overrides).</summary>
/// <param name="FeedUri">The URL that was fetched (provenance, R26/R30).</param>
/// <param name="FetchedAt">When the feed was fetched (UTC).</param>
/// <param name="Uid">The UID, or empty for a component without one.</param>
/// <param name="ComponentCount">How many components share the UID (master plus overrides).</param>
/// <param name="Resource">The item as a standalone VCALENDAR, as handed to the judge.</param>
/// <param name="Judgement">The verdict.</param>
public sealed record SubscriptionItemResult(
    Uri FeedUri,
    DateTimeOffset FetchedAt,
    string Uid,
    int ComponentCount,
    CalendarObjectResource Resource,
    EventJudgement Judgement);
