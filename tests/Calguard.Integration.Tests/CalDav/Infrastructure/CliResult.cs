using System.Text.Json;

namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>What one <c>calguard caldav</c> run printed and returned.</summary>
internal sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>The JSON lines of stdout (for --json runs).</summary>
    public List<JsonElement> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}
