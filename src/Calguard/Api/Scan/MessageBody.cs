using System.Buffers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Calguard.Host.Api.Scan;

/// <summary>Reads a message body: checks its media type, enforces the size limit while reading, refuses an empty one.</summary>
public static class MessageBody
{
    /// <summary>The media types a message body may have.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } = ["message/rfc822", "text/calendar", "application/ics", "application/octet-stream"];

    /// <summary>The body, or the problem to answer with (400, 413, 415).</summary>
    public static async Task<(byte[]? Body, string MediaType, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType ||
            !MediaTypes.Contains(mediaType.ToLowerInvariant()))
        {
            return (null, string.Empty, Problems.UnsupportedMediaType(
                $"send the message as Content-Type message/rfc822 (a mail) or text/calendar (an .ics file), not '{request.ContentType}'"));
        }
        var read = await ReadBytesAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return (null, string.Empty, read.Problem);
        }
        return (read.Body, mediaType.ToLowerInvariant(), null);
    }

    /// <summary>The raw body within the limit, or the problem (400 empty, 413 too large).</summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } announced && announced > limit)
        {
            return (null, Problems.TooLarge(limit));
        }
        if (request.ContentLength is { } length and > 0)
        {
            return await ReadExactAsync(request, (int)length, limit, cancellationToken).ConfigureAwait(false);
        }
        using var buffer = new MemoryStream(16 * 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int got;
            while ((got = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + got > limit)
                {
                    return (null, Problems.TooLarge(limit));
                }
                buffer.Write(chunk, 0, got);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        if (buffer.Length == 0)
        {
            return (null, Problems.BadRequest("the body is empty: send the message", "empty-body"));
        }
        return (buffer.ToArray(), null);
    }

    // Only ever read into to see whether anything follows; its content is never looked at.
    private static readonly byte[] Probe = new byte[1];

    // Content-Length is known (and within the limit): read straight into an array of that size, no copies.
    private static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadExactAsync(HttpRequest request, int length, long limit, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        try
        {
            var filled = 0;
            while (filled < length)
            {
                var got = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (got == 0)
                {
                    // Kestrel reports a body shorter than announced as a bad request before this; another server may not.
                    return (null, Problems.BadRequest("the body ended before its Content-Length", "truncated-body"));
                }
                filled += got;
            }
            // A body longer than announced is a protocol error Kestrel catches; make sure nothing follows here.
            if (await request.Body.ReadAsync(Probe, cancellationToken).ConfigureAwait(false) > 0)
            {
                return (null, Problems.TooLarge(limit));
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }
        return (body, null);
    }
}
