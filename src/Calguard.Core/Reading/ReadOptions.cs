namespace Calguard.Reading;

/// <summary>Bounds and trust settings for reading a message.</summary>
public sealed record ReadOptions
{
    /// <summary>Defaults with no trusted authserv-id.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>Limits for each calendar part.</summary>
    public ReaderLimits Calendar { get; init; } = ReaderLimits.Default;

    /// <summary>The receiving hosts whose Authentication-Results are trusted (RFC 8601 §5). Others are ignored.</summary>
    public IReadOnlyCollection<string> TrustedAuthservIds { get; init; } = [];

    /// <summary>
    /// Bytes of a message that may hold a calendar that are parsed. Default 8 MiB: MimeKit's parse of a message of
    /// short lines runs at about 200 MB/s here, so this bounds one message's parse to about 40 ms (docs/performance.md);
    /// what lies beyond is reported as <see cref="AnomalyKind.LimitExceeded"/>. Mail without calendar content is not
    /// bounded by it: only its header block is parsed.
    /// </summary>
    public int MaxMessageBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Maximum MIME nesting depth handed to MimeKit. Default 32.</summary>
    public int MaxMimeDepth { get; init; } = 32;

    /// <summary>Maximum nesting of <c>message/rfc822</c> parts that are followed. Default 4.</summary>
    public int MaxNestedMessages { get; init; } = 4;

    /// <summary>Maximum MIME leaf parts examined. Default 500.</summary>
    public int MaxParts { get; init; } = 500;

    /// <summary>Maximum calendar parts read. Default 20.</summary>
    public int MaxCalendarParts { get; init; } = 20;

    /// <summary>
    /// Bytes kept of each header field, cut after its last whole address, word or parameter. Default 64 KiB (some 2,500
    /// addresses): MimeKit's cost grows faster than linearly with an address list, a References line or a parameter
    /// list (100,000 addresses in one To line cost it 0.8 GB and 0.3 s).
    /// </summary>
    public int MaxHeaderFieldBytes { get; init; } = 64 * 1024;

    /// <summary>Header fields read; later ones are dropped, except the MIME fields the body needs. Default 1,000.</summary>
    public int MaxHeaderFields { get; init; } = 1000;

    /// <summary>Characters kept of each text body. Default 256 Ki.</summary>
    public int MaxBodyChars { get; init; } = 256 * 1024;

    /// <summary>Bytes of a TNEF attachment that are searched for calendar data. Default 8 MiB.</summary>
    public int MaxTnefBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Header names (lower-case) whose first value is kept in <see cref="MessageFacts.Headers"/>.</summary>
    public IReadOnlyCollection<string> CapturedHeaders { get; init; } = ["x-spam-flag", "x-spam-status", "x-spam-action", "x-spam", "x-spam-level"];
}
