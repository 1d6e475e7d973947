using System.Text.Json;

namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>What one <c>calguard caldav</c> run printed and returned.</summary>
internal sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>The JSON lines of stdout (for --json runs).</summary>
    public List<JsonElement> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    /// <summary>The server's own log and the requests the proxy saw, for a failure message.</summary>
    public string Context { get; init; } = "";

    public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}\n{Context}";
}
