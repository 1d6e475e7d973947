using Calguard.Host.Cli;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Cli;

/// <summary><c>calguard contacts</c> writes the store serve reads, and <c>calguard scan --store</c> honours it.</summary>
public sealed class ContactsCommandTests : IDisposable
{
    private const string Recipient = "marco.bernard@example.net";
    private const string Organizer = "elias.n.wcwv9@gmail.com";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "calguard-contacts-" + Guid.NewGuid().ToString("N"));

    private static string Sample => Repository.Sample("ham-google-meeting.eml");

    [Fact]
    public async Task ImportedContactsMakeTheAuthenticatedOrganizerKnownToScan()
    {
        Assert.Equal("sanitize", ScanAction());

        var vcf = Path.Combine(Directory.CreateDirectory(_dir).FullName, "friends.vcf");
        await File.WriteAllTextAsync(vcf, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elias\r\nEMAIL;TYPE=INTERNET:{Organizer.ToUpperInvariant()}\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nEMAIL:ann@example.org\r\nEND:VCARD\r\n");
        var stderr = new StringWriter();
        Assert.Equal(0, await ContactsCommand.RunAsync(["import", "--recipient", Recipient, "--data", _dir, vcf], TextReader.Null, new StringWriter(), stderr));
        Assert.Contains("has 2 contacts", stderr.ToString());

        var list = new StringWriter();
        Assert.Equal(0, await ContactsCommand.RunAsync(["list", "--recipient", Recipient, "--data", _dir], TextReader.Null, list, new StringWriter()));
        Assert.Equal(["ann@example.org", Organizer], list.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        Assert.Equal("accept", ScanAction("--data", _dir));
        Assert.Equal("sanitize", ScanAction()); // without --store only the configuration counts
    }

    [Fact]
    public async Task ImportAddsAndReplaceReplaces()
    {
        await Import("a@example.org");
        await Import("b@example.org");
        Assert.Equal(["a@example.org", "b@example.org"], await List());
        await Import("c@example.org", "--replace");
        Assert.Equal(["c@example.org"], await List());
    }

    [Fact]
    public async Task AFileWithoutVCardsWritesNothingAndFails()
    {
        await Import("a@example.org");
        var bad = Path.Combine(_dir, "bad.vcf");
        await File.WriteAllTextAsync(bad, "just text\n");
        var stderr = new StringWriter();
        Assert.Equal(1, await ContactsCommand.RunAsync(["import", "--recipient", Recipient, "--replace", "--data", _dir, bad], TextReader.Null, new StringWriter(), stderr));
        Assert.Contains("nothing was imported", stderr.ToString());
        Assert.Equal(["a@example.org"], await List());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--recipient", "not-an-address", "x.vcf")]
    [InlineData("import", "--recipient", Recipient)]
    [InlineData("list")]
    [InlineData("explode")]
    public async Task UsageErrors(params string[] args)
    {
        await Assert.ThrowsAsync<UsageException>(() => ContactsCommand.RunAsync([.. args, "--data", _dir], TextReader.Null, new StringWriter(), new StringWriter()));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private async Task Import(string address, string? flag = null)
    {
        Directory.CreateDirectory(_dir);
        var stdin = new StringReader($"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEMAIL:{address}\r\nEND:VCARD\r\n");
        string[] args = flag is null ? ["import", "--recipient", Recipient, "--data", _dir, "-"] : ["import", "--recipient", Recipient, flag, "--data", _dir, "-"];
        Assert.Equal(0, await ContactsCommand.RunAsync(args, stdin, new StringWriter(), new StringWriter()));
    }

    private async Task<string[]> List()
    {
        var list = new StringWriter();
        Assert.Equal(0, await ContactsCommand.RunAsync(["list", "--recipient", Recipient, "--data", _dir], TextReader.Null, list, new StringWriter()));
        return list.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string ScanAction(params string[] extra)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ScanCommand.Run(["--json", "--quiet", "--recipient", Recipient, "--authserv-id", "mx.example.net", .. extra, Sample], stdout, new StringWriter()));
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString().Trim());
        return json.RootElement.GetProperty("action").GetString()!;
    }
}
