namespace Calguard.CalDav;

/// <summary>The result of discovery: who we are on the server and where the calendars live.</summary>
/// <param name="ServerUri">The URL discovery ended on (after redirects); hrefs resolve against it.</param>
/// <param name="PrincipalHref">The <c>current-user-principal</c> (RFC 5397).</param>
/// <param name="CalendarHomeHref">The <c>calendar-home-set</c> (RFC 4791 §6.2.1); the first when there are several.</param>
/// <param name="ScheduleInboxHref">The scheduling Inbox (RFC 6638 §2.2), when the server has one.</param>
/// <param name="CalendarUserAddresses">The <c>calendar-user-address-set</c>, e.g. <c>mailto:alice@example.org</c>.</param>
public sealed record CalDavAccount(
    Uri ServerUri,
    string PrincipalHref,
    string CalendarHomeHref,
    string? ScheduleInboxHref,
    IReadOnlyList<string> CalendarUserAddresses);
