using System.Net;
using System.Net.Http.Headers;
using Calguard.Storage.Feedback;

namespace Calguard.Host.Feedback.Senders;

/// <summary>
/// Teaches rspamd through its controller: the original message as the body of <c>POST /learnspam</c> or
/// <c>/learnham</c>, with the controller password in the <c>Password</c> header. rspamd answers 208 for a message it
/// already learned, which counts as done; a 4xx other than 408 and 429 is permanent.
/// </summary>
public sealed class RspamdLearner(FeedbackOptions options, IHttpClientFactory clients) : IFeedbackSender
{
    /// <summary>The named HttpClient it uses.</summary>
    public const string ClientName = "calguard-rspamd";

    /// <inheritdoc />
    public string Kind => FeedbackKinds.Rspamd;

    /// <inheritdoc />
    public async Task SendAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        if (item.Payload is null)
        {
            throw new FeedbackSendException("the item has no message to learn", permanent: true);
        }
        var direction = FeedbackDetail.Parse(item.Detail).Direction == LearnDirection.Ham ? "learnham" : "learnspam";
        var url = new Uri(new Uri(item.Target.TrimEnd('/') + "/"), direction);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(item.Payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        if (options.Learning.RspamdPassword is { } password)
        {
            request.Headers.TryAddWithoutValidation("Password", password);
        }
        var client = clients.CreateClient(ClientName);
        client.Timeout = options.Delivery.Timeout;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new FeedbackSendException($"{url}: {e.Message}", permanent: false, e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var permanent = status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
            throw new FeedbackSendException($"{url} answered {status}: {(body.Length > 300 ? body[..300] : body)}", permanent);
        }
    }
}
