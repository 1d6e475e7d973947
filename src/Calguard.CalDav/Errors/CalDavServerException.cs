namespace Calguard.CalDav;

/// <summary>
/// The server could not be reached, timed out, or answered with an error status other than 401/412.
/// </summary>
public sealed class CalDavServerException : CalDavException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, against which URL.</param>
    /// <param name="requestUri">The URL of the failed request.</param>
    /// <param name="statusCode">The HTTP status, or <see langword="null"/> when no answer came (connection refused, timeout).</param>
    /// <param name="innerException">The transport error, if any.</param>
    public CalDavServerException(string message, Uri? requestUri, int? statusCode, Exception? innerException = null)
        : base(message, requestUri, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status, or <see langword="null"/> when the server gave no answer.</summary>
    public int? StatusCode { get; }
}
