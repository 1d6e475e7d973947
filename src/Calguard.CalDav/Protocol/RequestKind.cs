namespace Calguard.CalDav.Protocol;

/// <summary>How safe a request is to repeat when its outcome is unknown; decides what the retry policy may do.</summary>
internal enum RequestKind
{
    /// <summary>GET, PROPFIND, REPORT, OPTIONS: repeatable.</summary>
    Read,

    /// <summary>A change guarded by If-Match / If-None-Match: a repeat after success fails its precondition instead of acting twice.</summary>
    ConditionalChange,

    /// <summary>A change without a precondition (MKCALENDAR): retried only on 429/503, which mean "not processed".</summary>
    UnconditionalChange,
}
