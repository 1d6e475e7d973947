namespace Calguard.CalDav;

/// <summary>The server refused the credentials (401, or 403 while logging in).</summary>
public sealed class CalDavAuthenticationException : CalDavException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and what to check.</param>
    /// <param name="requestUri">The URL that answered 401 or 403.</param>
    /// <param name="statusCode">401 or 403.</param>
    public CalDavAuthenticationException(string message, Uri? requestUri, int statusCode)
        : base(message, requestUri)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status the server answered: 401 or 403.</summary>
    public int StatusCode { get; }
}
