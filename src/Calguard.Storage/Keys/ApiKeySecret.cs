using System.Security.Cryptography;
using System.Text;

namespace Calguard.Storage.Keys;

/// <summary>Makes key texts and hashes them.</summary>
/// <remarks>Keys carry 256 random bits, so a plain SHA-256 is enough to make a stolen table useless (a slow password
/// hash protects low-entropy secrets, which these are not) and keeps each request's check cheap.</remarks>
public static class ApiKeySecret
{
    /// <summary>A new key text <c>cg_ID_SECRET</c> and its id.</summary>
    public static (string Id, string Key) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, $"cg_{id}_{secret}");
    }

    /// <summary>The stored form of a key: lower-case hex SHA-256 of its UTF-8 text.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool HashEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
