using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Calguard.CalDav.Protocol;

/// <summary>
/// Builds the Polly pipeline every request goes through: exponential backoff with jitter, <c>Retry-After</c>
/// honoured, and a per-attempt timeout.
/// </summary>
/// <remarks>
/// What may be repeated depends on <see cref="RequestKind"/>: a change whose outcome is unknown (transport error,
/// timeout, 500/502/504) is repeated only when it carries If-Match/If-None-Match, because a repeat of an
/// unconditional change could act twice. 429 and 503 mean "not processed" and are retried for every kind.
/// </remarks>
internal static class RetryPipelineFactory
{
    public static readonly ResiliencePropertyKey<RequestKind> KindKey = new("calguard.caldav.kind");

    /// <summary>Set on requests whose 5xx answer is meaningful to the caller (e.g. a stale sync token on Xandikos).</summary>
    public static readonly ResiliencePropertyKey<bool> NoRetryOnServerErrorKey = new("calguard.caldav.no-retry-5xx");

    public static ResiliencePipeline<HttpResponseMessage> Create(CalDavClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryDelay)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var kind = context.Properties.GetValue(KindKey, RequestKind.Read);
        if (outcome.Exception is { } ex)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            var transient = ex is HttpRequestException or TimeoutRejectedException;
            return transient && kind != RequestKind.UnconditionalChange;
        }

        var status = (int)outcome.Result!.StatusCode;
        if (status is 429 or 503)
        {
            return true;
        }

        if (status is 500 or 502 or 504)
        {
            return kind != RequestKind.UnconditionalChange
                && !context.Properties.GetValue(NoRetryOnServerErrorKey, false);
        }

        return false;
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        if (response?.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        var delay = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay > max ? max : delay;
    }

    internal static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
