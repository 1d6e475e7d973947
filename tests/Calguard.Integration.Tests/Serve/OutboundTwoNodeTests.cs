using System.Text;
using System.Text.Json;
using Calguard.Integration.Tests.Serve.Infrastructure;

namespace Calguard.Integration.Tests.Serve;

/// <summary>
/// Two <c>calguard serve</c> processes sharing one PostgreSQL and one real Redis enforce one outbound limit together:
/// parallel clients spread over both nodes never get more than the limit through (issue 8, "counters that hold across nodes").
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class OutboundTwoNodeTests(PostgresServer postgres, RedisServer redis) : IDisposable
{
    private const int Limit = 20;
    private const int Requests = 64;
    private readonly string _directory = Directory.CreateTempSubdirectory("calguard-outbound-nodes-").FullName;

    [Fact]
    public async Task ParallelClientsOnTwoNodesNeverPassOneLimit()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = await postgres.CreateDatabaseAsync(),
            ["ConnectionStrings__Redis"] = redis.Configuration,
            ["Calguard__Outbound__Limits__InvitationsPerHour"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await redis.FlushAsync();
        var nodes = await Task.WhenAll(ServeProcess.StartAsync(_directory, environment), ServeProcess.StartAsync(_directory, environment));
        await using var a = nodes[0];
        await using var b = nodes[1];
        using var ca = a.Client();
        using var cb = b.Client();

        // Every request one invitation for the same account, half through each node, all at once.
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, Requests).Select(async i =>
        {
            var client = i % 2 == 0 ? ca : cb;
            await start.WaitAsync();
            using var response = await client.PostAsync("/v1/invitations/check", Body($"guest{i}@partner.example"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.GetProperty("decision").GetString();
        }).ToArray();
        start.Release(Requests);
        var decisions = await Task.WhenAll(tasks);

        Assert.Equal(Limit, decisions.Count(d => d == "allow"));
        Assert.Equal(Requests - Limit, decisions.Count(d => d == "deny"));
        // The refused ones consumed nothing: both nodes see exactly the limit used.
        foreach (var client in new[] { ca, cb })
        {
            using var response = await client.PostAsync("/v1/invitations/check", Body("late@partner.example"));
            var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("deny", result.GetProperty("decision").GetString());
            var hour = result.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "invitations-per-hour");
            Assert.Equal(Limit, hour.GetProperty("used").GetInt64());
        }
        // The counters live in Redis.
        await using var connection = redis.Connect();
        Assert.True(await connection.GetDatabase().KeyExistsAsync("{calguard:window:outbound:account:spray-account:invitations:hour}"));
    }

    private static StringContent Body(string attendee)
    {
        var start = DateTime.UtcNow.AddDays(3).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var calendar = $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:{Guid.NewGuid()}@example.net\r\n" +
                       $"DTSTAMP:{start}\r\nDTSTART:{start}\r\nSUMMARY:Project review\r\nDESCRIPTION:Status of the project and next steps.\r\n" +
                       $"ORGANIZER:mailto:spray@example.net\r\nATTENDEE:mailto:{attendee}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var body = JsonSerializer.Serialize(new
        {
            organizer = new { account = "spray-account", address = "spray@example.net", createdAt = "2020-01-01T00:00:00Z", strongAuth = true },
            client = new { ip = "192.0.2.50", userAgent = "tests" },
            attendees = new[] { new { address = attendee, @internal = false } },
            calendar,
            origin = "create",
        });
        return new StringContent(body, Encoding.UTF8, "application/json");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
