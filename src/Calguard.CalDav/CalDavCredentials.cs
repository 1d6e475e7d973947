using System.Net.Http.Headers;
using System.Text;

namespace Calguard.CalDav;

/// <summary>How the client authenticates: HTTP Basic or a bearer token.</summary>
public abstract class CalDavCredentials
{
    private protected CalDavCredentials()
    {
    }

    /// <summary>HTTP Basic authentication (RFC 7617), user name and password encoded as UTF-8.</summary>
    /// <param name="userName">The account name.</param>
    /// <param name="password">The password or app password.</param>
    public static CalDavCredentials Basic(string userName, string password) => new BasicCredentials(userName, password);

    /// <summary>A bearer token (RFC 6750), e.g. an OAuth access token.</summary>
    /// <param name="token">The token, without the "Bearer " prefix.</param>
    public static CalDavCredentials Bearer(string token) => new BearerCredentials(token);

    internal abstract AuthenticationHeaderValue ToHeader();

    private sealed class BasicCredentials(string userName, string password) : CalDavCredentials
    {
        internal override AuthenticationHeaderValue ToHeader() =>
            new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password)));

        public override string ToString() => $"Basic {userName}:***";
    }

    private sealed class BearerCredentials(string token) : CalDavCredentials
    {
        internal override AuthenticationHeaderValue ToHeader() => new("Bearer", token);

        public override string ToString() => "Bearer ***";
    }
}
