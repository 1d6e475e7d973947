using System.Net;
using System.Text;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary><c>POST /v1/sanitize</c>: the rewritten message with the decision in headers.</summary>
public sealed class SanitizeApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ReturnsTheMessageWithCalguardHeaders()
    {
        var original = Repository.SampleBytes("spam-prize.eml");
        var response = await _app.Client().PostAsync("/v1/sanitize?recipient=haruto.wolf@example.net", TestApp.Message(original));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message/rfc822", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("quarantine", response.Headers.GetValues("Calguard-Action").Single());
        Assert.Equal("spam", response.Headers.GetValues("Calguard-Verdict").Single());
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("X-Calguard-Verdict: spam", text);
        Assert.Contains("Message-ID: <calendar-7e968e77-bb7e-403f-9eb2-68a93244f7e1@google.com>", text);
    }

    [Fact]
    public async Task MoreThanOneRecipientIs400()
    {
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/sanitize?recipient=a@example.net&recipient=b@example.net", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))),
            HttpStatusCode.BadRequest, "too-many-recipients");
    }

    [Fact]
    public async Task WrongMediaTypeIs415()
    {
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/sanitize", new StringContent("x", Encoding.UTF8, "text/html")), HttpStatusCode.UnsupportedMediaType);
    }
}
