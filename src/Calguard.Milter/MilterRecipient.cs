namespace Calguard.Milter;

/// <summary>One envelope recipient.</summary>
/// <param name="Address">The address without angle brackets.</param>
/// <param name="Arguments">The ESMTP arguments after the address (e.g. <c>NOTIFY=NEVER</c>).</param>
/// <param name="Macros">The macros the MTA sent with this RCPT (<c>{rcpt_addr}</c>, <c>{rcpt_host}</c>, <c>{rcpt_mailer}</c>, …).</param>
public sealed record MilterRecipient(string Address, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Macros);
