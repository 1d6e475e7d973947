using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Calguard.Host.Api;

/// <summary>
/// RFC 7807 problem details for every error, each with a specific status and a stable <c>code</c> extension that
/// scripts can test (<c>body-too-large</c>, <c>invalid-recipient</c>, …).
/// </summary>
public static class Problems
{
    /// <summary>A problem result.</summary>
    public static ProblemHttpResult Create(int status, string detail, string code, string? title = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title ?? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>400 Bad Request.</summary>
    public static ProblemHttpResult BadRequest(string detail, string code) => Create(StatusCodes.Status400BadRequest, detail, code);

    /// <summary>403 Forbidden: a tenant the key may not touch.</summary>
    public static ProblemHttpResult OtherTenant(string domain) =>
        Create(StatusCodes.Status403Forbidden, $"this key may not read or change data of '{domain}'", "tenant-forbidden");

    /// <summary>404 Not Found.</summary>
    public static ProblemHttpResult NotFound(string detail, string code = "not-found") => Create(StatusCodes.Status404NotFound, detail, code);

    /// <summary>413 Content Too Large.</summary>
    public static ProblemHttpResult TooLarge(long limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, $"the body is larger than the limit of {limit} bytes (Calguard:Server:MaxBodyBytes)", "body-too-large");

    /// <summary>415 Unsupported Media Type.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string detail) => Create(StatusCodes.Status415UnsupportedMediaType, detail, "unsupported-media-type");

    /// <summary>Writes a problem outside an endpoint (authentication, middleware).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string code)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        await service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false);
    }
}
