namespace Calguard.Reading;

/// <summary>Normalises CAL-ADDRESS values (<c>mailto:</c> URIs) to plain lower-case mail addresses.</summary>
public static class CalendarAddress
{
    /// <summary>Returns the address without <c>mailto:</c>, lower-cased, or null when it is not a plausible mail address.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var s = value.AsSpan().Trim();
        if (s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            s = s[7..];
        }
        s = s.Trim().Trim("<>\"'").Trim();
        var at = s.LastIndexOf('@');
        if (at <= 0 || at == s.Length - 1 || s.IndexOfAny(" \t,;<>") >= 0 || s[..at].Contains('@'))
        {
            return null;
        }
        return s.ToString().ToLowerInvariant();
    }

    /// <summary>The domain part of a normalised address, or null.</summary>
    public static string? DomainOf(string? address) => DomainAsWritten(address)?.ToLowerInvariant();

    /// <summary>
    /// The domain part as the address writes it, case kept (a capital I posing as an l is evidence), without a trailing
    /// dot; null when there is none.
    /// </summary>
    public static string? DomainAsWritten(string? address)
    {
        if (address is null)
        {
            return null;
        }
        var at = address.LastIndexOf('@');
        return at < 0 || at == address.Length - 1 ? null : address[(at + 1)..].TrimEnd('.');
    }
}
