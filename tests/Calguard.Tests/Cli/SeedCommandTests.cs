using System.Text.Json;
using Calguard.Host.Cli;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Cli;

/// <summary>
/// <c>calguard train --seed-out</c> writes a seed model, and <c>scan</c>/<c>eval --seed FILE|none</c> judge with it or
/// without any: how a seed is measured on a corpus it was not trained on (docs/quality.md).
/// </summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "calguard-seed-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task ASeedTrainedOnTheSamplesJudgesWithItsOwnCountsAndNoneSilencesIt()
    {
        var spam = Directory.CreateDirectory(Path.Combine(_dir, "spam")).FullName;
        var ham = Directory.CreateDirectory(Path.Combine(_dir, "ham")).FullName;
        // Fifty copies of each kind: the classifier speaks from 50 of each, and the seed learns each distinct message once.
        for (var i = 0; i < 50; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(spam, $"{i}.eml"), $"X-Copy: {i}\r\n" + await File.ReadAllTextAsync(Repository.Sample("spam-prize.eml")));
            await File.WriteAllTextAsync(Path.Combine(ham, $"{i}.eml"), $"X-Copy: {i}\r\n" + await File.ReadAllTextAsync(Repository.Sample("ham-teams-meeting.eml")));
        }
        var seed = Path.Combine(_dir, "seed.tsv.gz");
        var stdout = new StringWriter();
        Assert.Equal(0, await TrainCommand.RunAsync(["--spam", spam, "--ham", ham, "--seed-out", seed], stdout, new StringWriter()));
        Assert.Contains("wrote a seed model of 50 spam and 50 ham", stdout.ToString());
        Assert.False(File.Exists(seed + ".tmp"));

        var withSeed = Symbols(Scan("--seed", seed, Repository.Sample("spam-prize.eml")));
        Assert.Contains("seed trained on 50 spam and 50 ham", withSeed["BAYES_SEED_SPAM"]);
        Assert.DoesNotContain("BAYES_SEED_SPAM", Symbols(Scan("--seed", "none", Repository.Sample("spam-prize.eml"))).Keys);
        Assert.Contains("BAYES_SEED_HAM", Symbols(Scan("--seed", seed, Repository.Sample("ham-teams-meeting.eml"))).Keys);
    }

    [Fact]
    public async Task SeedOutAndDataTogetherAreAUsageError()
    {
        var e = await Assert.ThrowsAsync<UsageException>(() => TrainCommand.RunAsync(["--ham", _dir, "--data", _dir, "--seed-out", Path.Combine(_dir, "s.gz")], new StringWriter(), new StringWriter()));
        Assert.Contains("not both", e.Message);
    }

    [Fact]
    public void AFileThatIsNotASeedIsAUsageErrorThatSaysSo()
    {
        var bogus = Path.Combine(_dir, "bogus.gz");
        File.WriteAllText(bogus, "not gzip");
        var e = Assert.Throws<UsageException>(() => ScanCommand.Run(["--seed", bogus, Repository.Sample("spam-prize.eml")], new StringWriter(), new StringWriter()));
        Assert.Contains("--seed", e.Message);
        Assert.Contains("not a Calguard seed model", e.Message);
    }

    private static string Scan(params string[] args)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ScanCommand.Run(["--json", "--quiet", .. args], stdout, new StringWriter()));
        return stdout.ToString().Trim();
    }

    private static Dictionary<string, string> Symbols(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("symbols").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("detail").GetString()!);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
