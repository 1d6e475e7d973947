using System.Globalization;
using System.Text;

namespace Calguard.Host.Cli;

/// <summary>Default places of the CalDAV commands' local files, under <c>./data</c> like the rest of Calguard's state.</summary>
public static class CalDavPaths
{
    /// <summary>The default state file: <c>./data/caldav-state.json</c>.</summary>
    public static string DefaultStateFile => Path.Combine("data", "caldav-state.json");

    /// <summary>
    /// A new undo log name: <c>./data/caldav-undo/20261122T221000Z-dav.example.org-alice.jsonl</c>, unique per run.
    /// </summary>
    /// <param name="server">The server URL.</param>
    /// <param name="user">The user, if any.</param>
    /// <param name="now">The time of the run.</param>
    public static string NewUndoLog(Uri server, string? user, DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var name = $"{stamp}-{Safe(server.Authority)}-{Safe(user ?? "anonymous")}";
        var path = Path.Combine("data", "caldav-undo", name + ".jsonl");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine("data", "caldav-undo", $"{name}-{n}.jsonl");
        }

        return path;
    }

    private static string Safe(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_');
        }

        return sb.ToString();
    }
}
