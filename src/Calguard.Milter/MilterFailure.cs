namespace Calguard.Milter;

/// <summary>A handler failure, passed to <see cref="MilterServerOptions.OnFailure"/> to choose the fallback decision.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">The message the handler was working on.</param>
/// <param name="Exception">The handler's exception for <see cref="MilterFailureKind.Exception"/>; otherwise <see langword="null"/>.</param>
public sealed record MilterFailure(MilterFailureKind Kind, MilterMessage Message, Exception? Exception)
{
    /// <summary>The short lower-case token used in the error header: <c>exception</c>, <c>timeout</c> or <c>shutdown</c>.</summary>
    public string Token => Kind switch
    {
        MilterFailureKind.Timeout => "timeout",
        MilterFailureKind.Shutdown => "shutdown",
        _ => "exception",
    };
}
