namespace Calguard.CalDav;

/// <summary>The server answered 412: the resource changed since we read it (or already exists for a create).</summary>
/// <remarks>
/// Nothing was changed on the server. The cleaner skips such an object and reports it, because acting on an
/// event the user or organizer just modified could remove something the judgement never saw.
/// </remarks>
public sealed class CalDavPreconditionFailedException : CalDavException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which resource and which precondition.</param>
    /// <param name="requestUri">The resource URL.</param>
    /// <param name="href">The resource href as used in the request.</param>
    public CalDavPreconditionFailedException(string message, Uri? requestUri, string href)
        : base(message, requestUri)
    {
        Href = href;
    }

    /// <summary>The href of the resource whose precondition failed.</summary>
    public string Href { get; }
}
