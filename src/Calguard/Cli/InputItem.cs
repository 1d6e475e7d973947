namespace Calguard.Host.Cli;

/// <summary>One message to scan: its name and a way to load its bytes.</summary>
/// <param name="Source">File path, or "path#n" for the n-th message of an mbox.</param>
/// <param name="Load">Loads the bytes; may throw IOException, which the caller reports.</param>
public sealed record InputItem(string Source, Func<byte[]> Load);
