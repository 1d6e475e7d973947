using Calguard.Host.Hosting;
using Calguard.Storage.Database;
using Microsoft.Extensions.Configuration;

namespace Calguard.Tests.Hosting;

/// <summary>Safe defaults and how the keys read.</summary>
public sealed class HostSettingsTests
{
    private static HostSettings Read(Dictionary<string, string?> values, string? urls = null) =>
        HostSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), urls);

    [Fact]
    public void DefaultsAreLoopbackSqliteUnderDataAndNoRawMessages()
    {
        var s = Read([]);
        Assert.Equal("http://127.0.0.1:8025", s.Urls);
        Assert.Equal(StorageBackend.Sqlite, s.Storage.Backend);
        Assert.Contains(Path.Combine(Path.GetFullPath("data"), "calguard.db"), s.Storage.ConnectionString);
        Assert.False(s.Storage.SynchronousCommit);
        Assert.Equal(TimeSpan.FromMilliseconds(250), s.Storage.CheckpointInterval);
        Assert.True(s.ProvenanceEnabled);
        Assert.False(s.KeepRawMessages);
        Assert.Equal(TimeSpan.FromDays(90), s.ProvenanceRetention);
        Assert.Null(s.Redis);
        Assert.Null(s.AdminKey);
    }

    [Fact]
    public void ConnectionStringsAndOverrides()
    {
        var s = Read(new()
        {
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=5999;Username=u;Database=d",
            ["ConnectionStrings:Redis"] = "127.0.0.1:6999",
            ["Calguard:Server:Urls"] = "http://0.0.0.0:9000",
            ["Calguard:Provenance:Retention"] = "P30D",
            ["Calguard:Statistics:Retention"] = "10.00:00:00",
            ["Calguard:Storage:CheckpointInterval"] = "0.5",
            ["Calguard:Storage:SynchronousCommit"] = "true",
            ["CALGUARD_ADMIN_KEY"] = " k ",
        }, urls: "http://127.0.0.1:1234");
        Assert.Equal(StorageBackend.Postgres, s.Storage.Backend);
        Assert.Equal("127.0.0.1:6999", s.Redis);
        Assert.Equal("http://127.0.0.1:1234", s.Urls);
        Assert.Equal(TimeSpan.FromDays(30), s.ProvenanceRetention);
        Assert.Equal(TimeSpan.FromDays(10), s.StatisticsRetention);
        Assert.Equal(TimeSpan.FromMilliseconds(500), s.Storage.CheckpointInterval);
        Assert.True(s.Storage.SynchronousCommit);
        Assert.Equal("k", s.AdminKey);
    }

    [Fact]
    public void TheSampleConfigurationLoadsWithTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Infrastructure.Repository.Root, "calguard.sample.json")).Build();
        var s = HostSettings.From(configuration);
        var defaults = Read([]);
        Assert.Equal(defaults.Urls, s.Urls);
        Assert.Equal(defaults.MaxBodyBytes, s.MaxBodyBytes);
        Assert.Equal(defaults.ProvenanceRetention, s.ProvenanceRetention);
        Assert.Equal(defaults.StatisticsRetention, s.StatisticsRetention);
        Assert.Equal(defaults.UpstreamSpam, s.UpstreamSpam);
        Assert.Equal(StorageBackend.Sqlite, s.Storage.Backend);
        Assert.Null(s.Redis);
        Assert.Single(s.ConfiguredKeys);
        Calguard.Host.Configuration.Settings.From(configuration);
        // Every section of the sample states the defaults: read from it or from nothing, the settings are the same.
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal(Json(Calguard.Host.Configuration.Settings.From(empty)), Json(Calguard.Host.Configuration.Settings.From(configuration)));
        Assert.Equal(Json(Calguard.Host.Reputation.ReputationSettings.From(empty)), Json(Calguard.Host.Reputation.ReputationSettings.From(configuration)));
        Assert.Equal(Json(Calguard.Host.Reputation.Dns.DnsListSettings.From(empty)), Json(Calguard.Host.Reputation.Dns.DnsListSettings.From(configuration)));
        Assert.Equal(Json(Calguard.Host.Learning.ClassifierSettings.From(empty)), Json(Calguard.Host.Learning.ClassifierSettings.From(configuration)));
        var feedback = Calguard.Host.Feedback.FeedbackOptions.From(configuration);
        Assert.False(feedback.Arf.Enabled);
        Assert.Equal(new Calguard.Host.Feedback.FeedbackOptions().Delivery.MaxAge, feedback.Delivery.MaxAge);
    }

    [Theory]
    [InlineData("Calguard:Server:MaxBodyBytes", "-5")]
    [InlineData("Calguard:Provenance:Retention", "soon")]
    [InlineData("Calguard:Provenance:KeepRawMessages", "maybe")]
    [InlineData("Calguard:Api:Keys:0:Sha256", "abc")]
    [InlineData("Calguard:UpstreamSpamHeaders:0", ": yes")]
    public void BadValuesNameTheKey(string key, string value)
    {
        var e = Assert.Throws<FormatException>(() => Read(new() { [key] = value }));
        Assert.Contains(key.Split(':')[1], e.Message);
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value, value.GetType());

    [Fact]
    public void TheHeaderLimitsReadFromTheLimitsSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Calguard:Limits:MaxHeaderFieldBytes"] = "4096",
            ["Calguard:Limits:MaxHeaderFields"] = "200",
        }).Build();
        var reading = Calguard.Host.Configuration.Settings.From(configuration).Engine.Reading;
        Assert.Equal(4096, reading.MaxHeaderFieldBytes);
        Assert.Equal(200, reading.MaxHeaderFields);
        var defaults = Calguard.Host.Configuration.Settings.From(new ConfigurationBuilder().Build()).Engine.Reading;
        Assert.Equal(64 * 1024, defaults.MaxHeaderFieldBytes);
        Assert.Equal(1000, defaults.MaxHeaderFields);
    }
}
