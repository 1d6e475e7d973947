namespace Calguard.Host.Feedback;

/// <summary>An attempt to deliver an outbox item failed; <see cref="Permanent"/> ones are given up at once, others retried.</summary>
public sealed class FeedbackSendException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when trying again cannot help (rejected recipient, not found, refused credentials).</summary>
    public bool Permanent { get; } = permanent;
}
