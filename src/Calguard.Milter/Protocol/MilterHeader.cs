namespace Calguard.Milter.Protocol;

/// <summary>One message header exactly as the MTA sent it: the raw bytes, plus a decoded view.</summary>
/// <remarks>
/// Postfix sends the value without the space after the colon unless <see cref="MilterProtocolFlags.HeaderLeadingSpace"/>
/// was negotiated, and folded values with their line breaks. The raw bytes are kept so that a rebuilt message is
/// byte-for-byte what the MTA holds, whatever charset the header used.
/// </remarks>
public sealed class MilterHeader
{
    /// <summary>Creates a header from raw wire bytes.</summary>
    /// <param name="rawName">The name bytes, without NUL.</param>
    /// <param name="rawValue">The value bytes, without NUL.</param>
    public MilterHeader(ReadOnlyMemory<byte> rawName, ReadOnlyMemory<byte> rawValue)
    {
        RawName = rawName;
        RawValue = rawValue;
        Name = MilterText.Decode(rawName.Span);
        Value = MilterText.Decode(rawValue.Span);
    }

    /// <summary>Creates a header from strings, stored as UTF-8.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <exception cref="ArgumentException">A string contains NUL.</exception>
    public MilterHeader(string name, string value)
        : this(MilterText.Encode(name), MilterText.Encode(value))
    {
    }

    /// <summary>The header name, decoded (see <see cref="MilterText"/>).</summary>
    public string Name { get; }

    /// <summary>The header value, decoded (see <see cref="MilterText"/>).</summary>
    public string Value { get; }

    /// <summary>The name bytes as received.</summary>
    public ReadOnlyMemory<byte> RawName { get; }

    /// <summary>The value bytes as received.</summary>
    public ReadOnlyMemory<byte> RawValue { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Value}";
}
