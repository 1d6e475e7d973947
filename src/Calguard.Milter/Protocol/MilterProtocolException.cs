namespace Calguard.Milter.Protocol;

/// <summary>
/// A fatal protocol error: the peer sent a frame that cannot be decoded or a command that is not valid in the
/// current state. The connection it came from must be closed; other connections are not affected.
/// </summary>
public sealed class MilterProtocolException : Exception
{
    /// <summary>Creates the exception with a reason that is safe to log.</summary>
    /// <param name="message">Why the frame or command was refused.</param>
    public MilterProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and the error that caused it.</summary>
    /// <param name="message">Why the frame or command was refused.</param>
    /// <param name="innerException">The underlying error.</param>
    public MilterProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
