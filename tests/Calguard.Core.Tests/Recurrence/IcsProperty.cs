namespace Calguard.Core.Tests.Recurrence;

/// <summary>A content line: NAME;PARAM=VALUE:value (RFC 5545 §3.1), enough for the test vectors.</summary>
internal sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string? Param(string name) => Parameters.TryGetValue(name, out var v) ? v : null;
}
