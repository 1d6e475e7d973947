using System.Net;
using Calguard.Host.Cli;
using Calguard.Tests.Infrastructure;
using static Calguard.Tests.Reports.ReportsApiTests;

namespace Calguard.Tests.Reports;

/// <summary>
/// The learned classifier: <c>calguard train</c> fills the store serve reads, scans then carry BAYES_SPAM or
/// BAYES_HAM with the probability, it stays silent below its minimum, and reports train it (not-spam the other way).
/// </summary>
public sealed class ClassifierTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "calguard-train-" + Guid.NewGuid().ToString("N"));

    private static string Dev(string path) => Path.Combine(Repository.Root, "corpus", "dev", path);

    [Fact]
    public async Task TrainFillsTheStoreThatServeReadsAndScansCarryTheSignal()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await TrainCommand.RunAsync(["--spam", Dev("spam/prize-lottery"), "--spam", Dev("spam/crypto"), "--ham", Dev("ham/meeting-google"), "--ham", Dev("ham/meeting-outlook-teams"), "--data", _data], stdout, stderr));
        Assert.Contains("learned 39 spam and 42 ham", stdout.ToString());
        Assert.Contains("(not yet)", stdout.ToString()); // below the default minimum of 50

        // Training again changes nothing: every file is learned once, by its hash.
        var again = new StringWriter();
        Assert.Equal(0, await TrainCommand.RunAsync(["--spam", Dev("spam/prize-lottery"), "--data", _data], again, stderr));
        Assert.Contains("learned 0 spam and 0 ham (0 moved to the other kind, 21 already learned", again.ToString());

        var spam = await File.ReadAllBytesAsync(Directory.EnumerateFiles(Dev("spam/prize-lottery")).Order(StringComparer.Ordinal).First());
        var ham = await File.ReadAllBytesAsync(Directory.EnumerateFiles(Dev("ham/meeting-google")).Order(StringComparer.Ordinal).First());

        // With the default minimum (50 of each) it is silent.
        await using (var silent = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Storage:DataDirectory"] = _data }))
        {
            var scan = await ScanAsync(silent.Client(), spam, "bob@example.net");
            // The operator's classifier is silent; the seed shipped inside the engine (BAYES_SEED_*) is another signal.
            Assert.DoesNotContain(Symbols(scan), s => s is "BAYES_SPAM" or "BAYES_HAM");
        }

        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Storage:DataDirectory"] = _data, ["Calguard:Classifier:MinimumMessages"] = "20" });
        var spamScan = await ScanAsync(app.Client(), spam, "bob@example.net");
        var bayes = spamScan.GetProperty("symbols").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "BAYES_SPAM");
        Assert.True(bayes.GetProperty("score").GetDouble() > 0);
        Assert.Contains("spam probability 0.9", bayes.GetProperty("detail").GetString());
        Assert.Contains("trained on 39 spam and 42 ham", bayes.GetProperty("detail").GetString());
        var hamScan = await ScanAsync(app.Client(), ham, "bob@example.net");
        Assert.Contains("BAYES_HAM", Symbols(hamScan));
        Assert.DoesNotContain("BAYES_SPAM", Symbols(hamScan));

        // Off means off.
        await app.DisposeAsync();
        await using var off = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Storage:DataDirectory"] = _data, ["Calguard:Classifier:MinimumMessages"] = "20", ["Calguard:Classifier:Enabled"] = "false" });
        Assert.DoesNotContain(Symbols(await ScanAsync(off.Client(), spam, "bob@example.net")), s => s is "BAYES_SPAM" or "BAYES_HAM");
    }

    [Fact]
    public async Task ReportsTrainTheClassifierAndNotSpamMovesTheCopyOver()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        await ScanAsync(client, Invite("learn-1@partner.example", summary: "Claim your bonus now"), "bob@example.net");

        var (_, spam) = await ReportAsync(client, """{"recipient":"bob@example.net","uid":"learn-1@partner.example","kind":"spam"}""");
        Assert.Equal("learned", spam.GetProperty("trained").GetString());
        Assert.Equal((1L, 0L), ((await app.Store.Classifier.TotalsAsync()).Spam, (await app.Store.Classifier.TotalsAsync()).Ham));
        var counts = await app.Store.Classifier.CountsAsync(["w:bonus"]);
        Assert.Equal((1L, 0L), counts["w:bonus"]);

        var (_, repeat) = await ReportAsync(client, """{"recipient":"bob@example.net","uid":"learn-1@partner.example","kind":"spam"}""");
        Assert.Equal("unchanged", repeat.GetProperty("trained").GetString());

        var (_, ham) = await ReportAsync(client, """{"recipient":"bob@example.net","uid":"learn-1@partner.example","kind":"not-spam"}""");
        Assert.Equal("relearned", ham.GetProperty("trained").GetString());
        var totals = await app.Store.Classifier.TotalsAsync();
        Assert.Equal((0L, 1L), (totals.Spam, totals.Ham));
        Assert.Equal((0L, 1L), (await app.Store.Classifier.CountsAsync(["w:bonus"]))["w:bonus"]);
    }

    [Fact]
    public async Task ReportsDoNotTrainWhenLearningFromReportsIsOff()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Classifier:LearnFromReports"] = "false" });
        await ScanAsync(app.Client(), Invite("learn-2@partner.example"), "bob@example.net");
        var (response, report) = await ReportAsync(app.Client(), """{"recipient":"bob@example.net","uid":"learn-2@partner.example","kind":"spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("none", report.GetProperty("trained").GetString());
        Assert.Equal(0, (await app.Store.Classifier.TotalsAsync()).Spam);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
