using Calguard.Host.Hosting;
using Calguard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Calguard.Tests.Hosting;

/// <summary>The start-up warm-up runs before the listeners and leaves no trace in statistics or provenance.</summary>
public sealed class EngineWarmupTests
{
    [Fact]
    public async Task Warm_up_runs_before_the_listeners_and_records_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var hosted = app.Services.GetServices<IHostedService>().ToList();
        var warmup = Assert.Single(hosted.OfType<EngineWarmup>());
        Assert.Equal(80, warmup.Scanned);

        var stats = await Problem.OkJsonAsync(await app.Client().GetAsync("/v1/stats"));
        Assert.Equal(0, stats.GetProperty("totals").GetProperty("mails").GetInt64());
        // The built-in invitations' own Message-ID was never recorded.
        await Problem.AssertAsync(await app.Client().GetAsync("/v1/provenance?messageId=%3Cwarmup-1@partner.example%3E"), System.Net.HttpStatusCode.NotFound);
    }
}
