namespace Calguard.Host.Cli;

/// <summary>Exit codes of <c>calguard caldav</c>; scripts rely on them (docs/caldav.md).</summary>
public static class CalDavExitCodes
{
    /// <summary>Everything was done (or, for a dry run, planned).</summary>
    public const int Ok = 0;

    /// <summary>
    /// The run went to its end, but something was left alone: an object changed on the server between the
    /// judgement and the change (412 or a new ETag), the server refused one object, an object could not be judged,
    /// or a restore met a newer version. The rest was done; the output says which.
    /// </summary>
    public const int Incomplete = 1;

    /// <summary>Usage error, or a local problem found before anything was sent (unreadable password file, unknown calendar).</summary>
    public const int Usage = 2;

    /// <summary>The server refused the credentials (HTTP 401/403). Nothing was changed.</summary>
    public const int AuthenticationFailed = 3;

    /// <summary>The server could not be reached, failed (5xx after retries) or answered unreadably; the run stopped.</summary>
    public const int ServerFailed = 4;

    /// <summary>Interrupted (Ctrl+C) between two changes; the undo log holds every change that was made.</summary>
    public const int Interrupted = 130;
}
