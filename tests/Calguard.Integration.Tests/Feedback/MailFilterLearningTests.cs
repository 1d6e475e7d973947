using System.Diagnostics;
using System.Text;
using Calguard.Integration.Tests.Feedback.Infrastructure;
using Calguard.Storage.Feedback;
using Calguard.Tests.Feedback;
using Calguard.Tests.Infrastructure;

namespace Calguard.Integration.Tests.Feedback;

/// <summary>
/// The mail side learns too (issue 5 item 7): a spam report hands the retained original to the mail filter's learning
/// interface, a not-spam report teaches the other way. rspamd's controller is checked twice — the request shape against a
/// loopback stand-in (with scripted failures for the retry paths), and end to end against a real rspamd when Debian's
/// package is installed — and the SpamAssassin spool is read by the real <c>sa-learn</c>.
/// </summary>
public sealed class MailFilterLearningTests
{
    private static Dictionary<string, string?> Settings(Action<Dictionary<string, string?>> learning)
    {
        var settings = FeedbackMessages.Settings();
        settings["Calguard:Provenance:KeepRawMessages"] = "true";
        settings["Calguard:Feedback:Delivery:InitialDelay"] = "0.2";
        settings["Calguard:Feedback:Delivery:MaxDelay"] = "0.4";
        settings["Calguard:Feedback:Delivery:PollInterval"] = "0.2";
        settings["Calguard:Feedback:Delivery:Timeout"] = "PT10S";
        learning(settings);
        return settings;
    }

    [Fact]
    public async Task RspamdControllerGetsTheOriginalAsLearnSpamThenLearnHamWithItsPassword()
    {
        // The first answer is a 503: the item is retried, not lost.
        await using var rspamd = RspamdStandIn.Start(503);
        await using var app = await TestApp.StartAsync(Settings(s =>
        {
            s["Calguard:Feedback:Learning:RspamdController"] = rspamd.Url.ToString();
            s["Calguard:Feedback:Learning:RspamdPassword"] = "controller-secret";
        }));
        // Learning does not need an authenticated sender: it goes to our own filter, not to the sender.
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1, authenticated: false);
        var sent = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Rspamd, i => i.Status == FeedbackStatus.Sent);
        Assert.Equal(2, sent.Attempts);
        Assert.DoesNotContain((await app.Store.FeedbackOutbox.ListAsync(reportId: 1)), i => i.Kind == FeedbackKinds.Arf);

        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 2, kind: "not-spam", authenticated: false);
        await Outbox.WaitAsync(app.Store.FeedbackOutbox, 2, FeedbackKinds.Rspamd, i => i.Status == FeedbackStatus.Sent);

        var requests = await rspamd.WaitForAsync(3);
        Assert.Equal(["/learnspam", "/learnspam", "/learnham"], requests.Select(r => r.Path));
        var original = FeedbackMessages.Invitation("ann@example.net", authenticated: false);
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("controller-secret", r.Password);
            Assert.Equal("message/rfc822", r.ContentType);
            // The original exactly as it arrived, not a re-serialisation.
            Assert.Equal(original, r.Body);
        });
    }

    [Fact]
    public async Task ARefusalOfTheControllerIsGivenUpAtOnceWithItsAnswer()
    {
        await using var rspamd = RspamdStandIn.Start(403);
        await using var app = await TestApp.StartAsync(Settings(s => s["Calguard:Feedback:Learning:RspamdController"] = rspamd.Url.ToString()));
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1);
        var failed = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Rspamd, i => i.Status == FeedbackStatus.Failed);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("403", failed.LastError, StringComparison.Ordinal);
        Assert.Null(rspamd.Requests.Single().Password);
    }

    [Fact]
    public async Task WithoutTheRetainedOriginalNothingIsQueuedForLearning()
    {
        await using var rspamd = RspamdStandIn.Start();
        var settings = Settings(s => s["Calguard:Feedback:Learning:RspamdController"] = rspamd.Url.ToString());
        settings["Calguard:Provenance:KeepRawMessages"] = "false";
        await using var app = await TestApp.StartAsync(settings);
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1);
        Assert.Empty(await app.Store.FeedbackOutbox.ListAsync(reportId: 1));
        Assert.Empty(rspamd.Requests);
    }

    [Fact]
    public async Task SpamAndHamGoToTheSpamAssassinSpoolWhole()
    {
        var spool = await SpoolAsync();
        try
        {
            var spamFile = Assert.Single(Directory.GetFiles(Path.Combine(spool, "spam")));
            Assert.Matches(@"calguard-\d{14}-\d+\.eml$", spamFile);
            Assert.Equal(FeedbackMessages.Invitation("ann@example.net"), await File.ReadAllBytesAsync(spamFile));
            Assert.Equal(FeedbackMessages.Invitation("bob@example.net"), await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(Path.Combine(spool, "ham")))));
            // Written under a temporary name and renamed: nothing half-written is left for the cron job.
            Assert.Empty(Directory.GetFiles(spool, ".*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(spool, recursive: true);
        }
    }

    [ToolFact("/usr/bin/sa-learn", "spamassassin")]
    public async Task SaLearnLearnsFromTheSpool()
    {
        var spool = await SpoolAsync();
        try
        {
            var db = Path.Combine(spool, "bayes");
            Assert.Contains("Learned tokens from 1 message(s)", await SaLearnAsync("--dbpath", db, "--spam", Path.Combine(spool, "spam")), StringComparison.Ordinal);
            Assert.Contains("Learned tokens from 1 message(s)", await SaLearnAsync("--dbpath", db, "--ham", Path.Combine(spool, "ham")), StringComparison.Ordinal);
            var magic = await SaLearnAsync("--dbpath", db, "--dump", "magic");
            Assert.Matches(@"\s1\s+0\s+non-token data: nspam", magic);
            Assert.Matches(@"\s1\s+0\s+non-token data: nham", magic);
        }
        finally
        {
            Directory.Delete(spool, recursive: true);
        }
    }

    /// <summary>A spool after a spam report (ann) and a not-spam report (bob) were delivered.</summary>
    private static async Task<string> SpoolAsync()
    {
        var spool = Calguard.CalDav.Tests.Infrastructure.TempDir.Create("sa-spool");
        await using var app = await TestApp.StartAsync(Settings(s => s["Calguard:Feedback:Learning:SpamAssassinSpool"] = spool));
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1);
        await FeedbackTestApp.ScanAndReportAsync(app, "bob@example.net", reportId: 2, kind: "not-spam");
        await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.SpamAssassin, i => i.Status == FeedbackStatus.Sent);
        await Outbox.WaitAsync(app.Store.FeedbackOutbox, 2, FeedbackKinds.SpamAssassin, i => i.Status == FeedbackStatus.Sent);
        return spool;
    }

    private static async Task<string> SaLearnAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("/usr/bin/sa-learn") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = new StringBuilder().Append(await output).Append(await error).ToString();
        Assert.True(process.ExitCode == 0, $"sa-learn {string.Join(' ', arguments)} exited {process.ExitCode}: {text}");
        return text;
    }
}

/// <summary>
/// The learning requests against a real rspamd 3.4 controller with its Bayes classifier in a private Redis: a spam
/// report is learned as spam (the controller needs and accepts the password), a repeat is rspamd's 208 "already
/// learned", which counts as done, and a later not-spam report of the same message moves it from spam to ham.
/// </summary>
[Collection(Serve.Infrastructure.ServersCollection.Name)]
public sealed class RealRspamdLearningTests(Serve.Infrastructure.RedisServer redis)
{
    [ToolFact(RspamdServer.Binary, "rspamd")]
    public async Task RspamdLearnsSpamAndHamFromReports()
    {
        await redis.FlushAsync();
        var (process, controller) = await RspamdServer.StartAsync(redis.Configuration);
        await using var _ = process;
        var settings = FeedbackMessages.Settings();
        settings["Calguard:Provenance:KeepRawMessages"] = "true";
        settings["Calguard:Feedback:Delivery:InitialDelay"] = "0.5";
        settings["Calguard:Feedback:Delivery:MaxDelay"] = "1";
        settings["Calguard:Feedback:Delivery:PollInterval"] = "0.2";
        settings["Calguard:Feedback:Delivery:Timeout"] = "PT30S";
        settings["Calguard:Feedback:Learning:RspamdController"] = controller.ToString();
        settings["Calguard:Feedback:Learning:RspamdPassword"] = RspamdServer.Password;
        await using var app = await TestApp.StartAsync(settings);

        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1);
        var spam = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Rspamd, i => i.Status != FeedbackStatus.Pending, TimeSpan.FromSeconds(90));
        Assert.True(spam.Status == FeedbackStatus.Sent, $"{spam.Status}: {spam.LastError}; rspamd: {process.Log}");
        // The same message again: rspamd answers 208 (already learned), which is done, not a failure.
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 2);
        Assert.Equal(FeedbackStatus.Sent, (await Outbox.WaitAsync(app.Store.FeedbackOutbox, 2, FeedbackKinds.Rspamd, i => i.Status != FeedbackStatus.Pending)).Status);
        Assert.Equal((1, 0), await LearnsAsync());

        // Reported as not spam after all: rspamd moves the message from spam to ham.
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 3, kind: "not-spam");
        var ham = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 3, FeedbackKinds.Rspamd, i => i.Status != FeedbackStatus.Pending);
        Assert.True(ham.Status == FeedbackStatus.Sent, $"{ham.Status}: {ham.LastError}");
        Assert.Equal((0, 1), await LearnsAsync());
    }

    /// <summary>rspamd's own count of what its classifier learned, in Redis.</summary>
    private async Task<(int Spam, int Ham)> LearnsAsync()
    {
        using var connection = redis.Connect();
        var counts = (await connection.GetDatabase().HashGetAllAsync("RS")).ToDictionary(e => e.Name.ToString(), e => (int)e.Value);
        return (counts.GetValueOrDefault("learns_spam"), counts.GetValueOrDefault("learns_ham"));
    }
}
