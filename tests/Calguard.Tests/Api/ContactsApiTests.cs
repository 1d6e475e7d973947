using System.Net;
using System.Text;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary>Contacts (vCard or JSON) and correspondents feed the known senders the decision uses (R40, R44).</summary>
public sealed class ContactsApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task VCardContactsMakeTheOrganizerAContact()
    {
        var client = _app.Client();
        var before = await Scan(client);
        Assert.Equal("unknown", before);
        var vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elias Nguyen\r\nitem1.EMAIL;TYPE=INTERNET:Elias.N.WCWV9@gmail.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Other\r\nEMAIL:other@example.org\r\nEND:VCARD\r\n";
        var put = await Problem.OkJsonAsync(await client.PutAsync("/v1/recipients/marco.bernard@example.net/contacts", new StringContent(vcard, Encoding.UTF8, "text/vcard")));
        Assert.Equal(2, put.GetProperty("contacts").GetInt32());
        Assert.Equal("contact", await Scan(client));
        var list = await Problem.OkJsonAsync(await client.GetAsync("/v1/recipients/marco.bernard@example.net/contacts"));
        Assert.Equal(["elias.n.wcwv9@gmail.com", "other@example.org"], list.GetProperty("contacts").EnumerateArray().Select(e => e.GetString()));

        // A replacement replaces: the organizer is gone again.
        await Problem.OkJsonAsync(await client.PutAsync("/v1/recipients/marco.bernard@example.net/contacts", TestApp.Json("""{"addresses":["someone@example.org"]}""")));
        Assert.Equal("unknown", await Scan(client));
    }

    [Fact]
    public async Task CorrespondentsMakeTheOrganizerACorrespondent()
    {
        var client = _app.Client();
        var added = await Problem.OkJsonAsync(await client.PostAsync("/v1/recipients/marco.bernard@example.net/correspondents",
            TestApp.Json("""{"addresses":["mailto:elias.n.wcwv9@gmail.com","x@example.org"],"at":"2026-01-02T03:04:05Z"}""")));
        Assert.Equal(2, added.GetProperty("correspondents").GetInt32());
        Assert.Equal("correspondent", await Scan(client));
        var list = await Problem.OkJsonAsync(await client.GetAsync("/v1/recipients/marco.bernard@example.net/correspondents"));
        Assert.Equal(2, list.GetProperty("correspondents").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"addresses":["fine@example.org","not an address"]}""", "invalid-addresses")]
    [InlineData("""{"addresses":"x@example.org"}""", "invalid-addresses")]
    [InlineData("""{"addresses":[],"extra":1}""", "invalid-addresses")]
    [InlineData("""{"addresses":[],"at":"yesterday"}""", "invalid-addresses")]
    public async Task InvalidCorrespondentsAre400AndStoreNothing(string body, string code)
    {
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/recipients/marco.bernard@example.net/correspondents", TestApp.Json(body)), HttpStatusCode.BadRequest, code);
        var list = await Problem.OkJsonAsync(await _app.Client().GetAsync("/v1/recipients/marco.bernard@example.net/correspondents"));
        Assert.Equal(0, list.GetProperty("correspondents").GetArrayLength());
    }

    [Fact]
    public async Task ContactsNeedVCardOrJson()
    {
        await Problem.AssertAsync(await _app.Client().PutAsync("/v1/recipients/bob@example.net/contacts", new StringContent("x", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
        await Problem.AssertAsync(await _app.Client().PutAsync("/v1/recipients/bob@example.net/contacts", new StringContent("hello", Encoding.UTF8, "text/vcard")), HttpStatusCode.BadRequest, "invalid-vcard");
    }

    private static async Task<string?> Scan(HttpClient client)
    {
        var json = await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?recipient=marco.bernard@example.net", TestApp.Message(Repository.SampleBytes("ham-google-meeting.eml"))));
        return json.GetProperty("decision").GetProperty("relationship").GetString();
    }
}
