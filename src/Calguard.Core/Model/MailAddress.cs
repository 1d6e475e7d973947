namespace Calguard;

/// <summary>A mail address from a header, with its display name.</summary>
/// <param name="Address">The lower-cased address.</param>
/// <param name="DisplayName">The display name, if any.</param>
public sealed record MailAddress(string Address, string? DisplayName)
{
    /// <summary>The domain part.</summary>
    public string Domain => Reading.CalendarAddress.DomainOf(Address) ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";
}
