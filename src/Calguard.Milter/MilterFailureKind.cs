namespace Calguard.Milter;

/// <summary>Why the handler's decision could not be used.</summary>
public enum MilterFailureKind
{
    /// <summary>The handler threw (or returned no decision).</summary>
    Exception,

    /// <summary>The handler ran past <see cref="MilterServerOptions.MessageBudget"/>.</summary>
    Timeout,

    /// <summary>The server's stop deadline passed while the handler was running.</summary>
    Shutdown,
}
