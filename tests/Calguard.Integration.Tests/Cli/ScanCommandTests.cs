using System.Text.Json;
using Calguard.Host.Cli;

namespace Calguard.Integration.Tests.Cli;

public class ScanCommandTests
{
    private static string Root
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "Calguard.slnx")))
            {
                dir = Path.GetDirectoryName(dir);
            }
            return dir!;
        }
    }

    private static string Shared => Path.Combine(Environment.GetEnvironmentVariable("CALGUARD_SHARED") ?? Path.Combine(Root, "..", "shared"), "corpus");

    private static (int Exit, List<JsonElement> Lines, string Errors) Scan(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = ScanCommand.Run(args, stdout, stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, lines, stderr.ToString());
    }

    [Fact]
    public void ScansTheWholeSharedCorpusOneLinePerMessageAndExitsZero()
    {
        var (exit, lines, _) = Scan("--json", "--authserv-id", "mx.example.net", Shared);
        Assert.Equal(0, exit);
        var files = Directory.EnumerateFiles(Shared, "*", SearchOption.AllDirectories).ToList();
        // Every file gives at least one line; an mbox gives one per message.
        Assert.True(lines.Count >= files.Count, $"{lines.Count} lines for {files.Count} files");
        var sources = lines.Select(l => l.GetProperty("source").GetString()!).ToList();
        foreach (var f in files)
        {
            Assert.Contains(sources, s => s == f || s.StartsWith(f + "#", StringComparison.Ordinal));
        }
        foreach (var l in lines)
        {
            Assert.Contains(l.GetProperty("verdict").GetString(), new[] { "clean", "suspicious", "spam" });
            Assert.Contains(l.GetProperty("action").GetString(), new[] { "accept", "deliver-no-autoadd", "sanitize", "quarantine", "reject" });
            var symbols = l.GetProperty("symbols").EnumerateArray().Sum(s => s.GetProperty("score").GetDouble());
            // A tolerance, not rounding to one decimal: -0.15 and -0.1499999 (a sum of doubles) round apart.
            Assert.InRange(Math.Abs(l.GetProperty("score").GetDouble() - symbols), 0, 0.01);
            Assert.Equal(JsonValueKind.Array, l.GetProperty("invitations").ValueKind);
        }
    }

    [Fact]
    public void AnUnreadablePathGivesExitOneAndTheRestIsStillReported()
    {
        var good = Path.Combine(Shared, "imip", "thunderbird", "single-event.eml");
        var (exit, lines, errors) = Scan("--json", "/nonexistent/path.eml", good);
        Assert.Equal(1, exit);
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].TryGetProperty("error", out _));
        Assert.Contains("no such file", errors);
        Assert.Equal(good, lines[1].GetProperty("source").GetString());
    }

    [Fact]
    public void UsageErrorsThrowForExitTwo()
    {
        Assert.Throws<UsageException>(() => Scan("--json"));
        Assert.Throws<UsageException>(() => Scan("--bogus", "x"));
        Assert.Throws<UsageException>(() => Scan("--recipient"));
    }

    [Fact]
    public void SplitsAnMboxAndWalksAMaildir()
    {
        var mbox = Path.Combine(Shared, "imip", "libical", "Net-ICal-Libical", "mail-examples.mbox");
        var (exit, lines, _) = Scan("--json", mbox);
        Assert.Equal(0, exit);
        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.StartsWith(mbox + "#", l.GetProperty("source").GetString()));

        var maildir = Directory.CreateTempSubdirectory("calguard-maildir").FullName;
        try
        {
            foreach (var d in new[] { "cur", "new", "tmp" })
            {
                Directory.CreateDirectory(Path.Combine(maildir, d));
            }
            File.Copy(Path.Combine(Shared, "imip", "thunderbird", "single-event.eml"), Path.Combine(maildir, "new", "1.host:2,"));
            File.Copy(Path.Combine(Shared, "spam", "phishing_pot", "sample-6118.eml"), Path.Combine(maildir, "cur", "2.host:2,S"));
            var (exit2, lines2, _) = Scan("--json", maildir);
            Assert.Equal(0, exit2);
            Assert.Equal(2, lines2.Count);
            Assert.Contains(lines2, l => l.GetProperty("verdict").GetString() == "spam");
        }
        finally
        {
            Directory.Delete(maildir, true);
        }
    }

    [Fact]
    public void RecipientPolicyDrivesTheAction()
    {
        var config = Path.GetTempFileName();
        try
        {
            File.WriteAllText(config, """{ "Calguard": { "Policy": { "Recipients": { "alice@example.org": { "AutoAdd": "nobody" } } } } }""");
            var file = Path.Combine(Shared, "imip", "thunderbird", "single-event.eml");
            var (_, lines, _) = Scan("--json", "--config", config, "--recipient", "alice@example.org", file);
            var decision = lines.Single().GetProperty("decision");
            Assert.Equal("alice@example.org", decision.GetProperty("recipient").GetString());
            Assert.Contains(decision.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("adds nothing automatically"));
        }
        finally
        {
            File.Delete(config);
        }
    }
}
