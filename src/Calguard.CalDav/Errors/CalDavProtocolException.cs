namespace Calguard.CalDav;

/// <summary>The server's answer could not be understood (malformed XML, missing elements, oversized data).</summary>
public sealed class CalDavProtocolException : CalDavException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong with the answer.</param>
    /// <param name="requestUri">The URL whose answer was unreadable.</param>
    /// <param name="innerException">The parser error, if any.</param>
    public CalDavProtocolException(string message, Uri? requestUri, Exception? innerException = null)
        : base(message, requestUri, innerException)
    {
    }
}
