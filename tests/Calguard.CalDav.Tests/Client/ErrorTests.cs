using System.Diagnostics;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Calguard.CalDav.Tests.Client;

/// <summary>Typed errors, retries and what is never retried.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task Wrong_password_gives_CalDavAuthenticationException_and_the_cleaner_stops()
    {
        await using var server = await TestCalDavServer.StartRadicaleAsync(password: "s3cret");
        using var wrong = new CalDavClient(CalDavHarness.Options(server.BaseUri, CalDavCredentials.Basic("alice", "wrong")));
        using var right = new CalDavClient(CalDavHarness.Options(server.BaseUri, CalDavCredentials.Basic("alice", "s3cret")));

        var ex = await Assert.ThrowsAsync<CalDavAuthenticationException>(() => wrong.DiscoverAsync());
        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("alice", ex.Message);
        Assert.DoesNotContain("wrong", ex.Message);
        var cleaner = new CalendarCleaner(wrong, new MarkerJudge());
        await Assert.ThrowsAsync<CalDavAuthenticationException>(async () =>
        {
            await foreach (var _ in cleaner.CleanAsync(new CleanOptions()))
            {
            }
        });

        Assert.Equal("/alice/", (await right.DiscoverAsync()).CalendarHomeHref);
    }

    [Fact]
    public async Task Server_down_gives_a_clear_CalDavServerException()
    {
        var port = FreePort.Next();
        using var client = new CalDavClient(CalDavHarness.Options(new Uri($"http://127.0.0.1:{port}/"), null));

        var ex = await Assert.ThrowsAsync<CalDavServerException>(() => client.DiscoverAsync());

        Assert.Null(ex.StatusCode);
        Assert.Contains("could not reach the server", ex.Message);
        Assert.Contains($"127.0.0.1:{port}", ex.Message);
    }

    [Fact]
    public async Task Server_dying_mid_clean_stops_the_run_with_a_server_error_after_reporting_what_was_done()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        var spam = await h.SeedAsync(CorpusEvents.Spam());
        var deletes = 0;
        h.Proxy.Intercept = (request, context) =>
        {
            if (request.Method == "DELETE" && ++deletes >= 2)
            {
                context.Response.StatusCode = 503;
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        };

        var steps = new List<CleanStep>();
        var ex = await Assert.ThrowsAsync<CalDavServerException>(async () =>
        {
            await foreach (var step in h.Cleaner.CleanAsync(new CleanOptions { Apply = true, UndoLogPath = h.UndoLogPath }))
            {
                steps.Add(step);
            }
        });

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(CleanStatus.Done, Assert.Single(steps).Status);

        // 1 + 2 retries of the second DELETE, all with If-Match: a conditional change may be repeated.
        Assert.Equal(4, h.Proxy.Where("DELETE").Count());
        Assert.Equal(2, UndoLog.Read(h.UndoLogPath).Count());
    }

    [Fact]
    public async Task Retry_after_503_is_honoured_and_the_read_succeeds()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        await h.SeedAsync(CorpusEvents.Spam());
        var refused = 0;
        h.Proxy.Intercept = (request, context) =>
        {
            if (request.Method == "REPORT" && refused++ == 0)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "1";
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        };

        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        await foreach (var _ in h.Client.QueryAsync(h.Server.CalendarHref))
        {
            count++;
        }

        Assert.Equal(3, count);
        Assert.Equal(2, h.Proxy.Where("REPORT").Count());
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retry-After: 1 was not honoured ({stopwatch.Elapsed}).");
    }

    [Fact]
    public async Task A_500_on_a_conditional_delete_is_retried()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        var spam = await h.SeedAsync(CorpusEvents.Spam());
        var href = spam["spam-rayban.ics"];
        var etag = (await h.Client.GetAsync(href))!.ETag!;
        var failed = 0;
        h.Proxy.Intercept = (request, context) =>
        {
            if (request.Method == "DELETE" && failed++ == 0)
            {
                context.Response.StatusCode = 500;
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        };

        Assert.True(await h.Client.DeleteAsync(href, etag));
        Assert.Equal(2, h.Proxy.Where("DELETE").Count());
        Assert.Null(await h.Client.GetAsync(href));
    }

    [Fact]
    public async Task An_unconditional_change_with_unknown_outcome_is_never_retried()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        h.Proxy.Intercept = (request, context) =>
        {
            if (request.Method == "MKCALENDAR")
            {
                // The connection drops after the request arrived: did the server create it or not?
                context.Abort();
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        };

        var ex = await Assert.ThrowsAsync<CalDavServerException>(() => h.Client.MakeCalendarAsync("/alice/new/", "New"));

        Assert.Null(ex.StatusCode);
        Assert.Single(h.Proxy.Where("MKCALENDAR"));
    }

    [Fact]
    public async Task Garbage_instead_of_a_multistatus_gives_CalDavProtocolException()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        h.Proxy.Intercept = async (request, context) =>
        {
            if (request.Method != "REPORT")
            {
                return false;
            }

            context.Response.StatusCode = 207;
            context.Response.ContentType = "application/xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/a</d:href><d:propstat>");
            return true;
        };

        var ex = await Assert.ThrowsAsync<CalDavProtocolException>(async () =>
        {
            await foreach (var _ in h.Client.QueryAsync(h.Server.CalendarHref))
            {
            }
        });
        Assert.Contains("multistatus", ex.Message);
    }

    [Fact]
    public async Task Delete_refuses_to_run_without_an_etag()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.DeleteAsync("/alice/calendar/x.ics", ""));
        Assert.Empty(h.Proxy.Where("DELETE"));
    }
}
