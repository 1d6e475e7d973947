using System.Text.Json;
using Calguard.Host.Api.Scan;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api;

/// <summary>Reads and writes JSON bodies where the exact form matters (policies use <see cref="Storage.Policies.PolicyJson"/>).</summary>
public static class JsonBody
{
    /// <summary>True when the request says application/json (or +json).</summary>
    public static bool IsJson(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var t) &&
        (t.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || t.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a JSON body, or returns the problem (400 malformed, 413, 415).</summary>
    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (!IsJson(request))
        {
            return (null, Problems.UnsupportedMediaType($"send Content-Type application/json, not '{request.ContentType}'"));
        }
        var (bytes, problem) = await MessageBody.ReadBytesAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }
        try
        {
            return (JsonDocument.Parse(bytes), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest($"the body is not JSON: {e.Message}", "invalid-json"));
        }
    }

    /// <summary>Writes JSON with a writer into a 200 response.</summary>
    public static ContentHttpResult Ok(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return TypedResults.Content(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), "application/json; charset=utf-8");
    }
}
