namespace Calguard.CalDav;

/// <summary>Base class of every error the CalDAV client raises on purpose.</summary>
/// <remarks>Callers that only want to stop with a clear message can catch this one type.</remarks>
public abstract class CalDavException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A sentence a person can act on.</param>
    /// <param name="requestUri">The URL of the request that failed, when there was one.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    protected CalDavException(string message, Uri? requestUri, Exception? innerException = null)
        : base(message, innerException)
    {
        RequestUri = requestUri;
    }

    /// <summary>The URL of the request that failed, when there was one.</summary>
    public Uri? RequestUri { get; }
}
