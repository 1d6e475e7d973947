using System.Text;
using System.Text.Json;

namespace Calguard.CalDav.Cleaning;

/// <summary>
/// Appends <see cref="UndoEntry"/> lines to a local file, each flushed to disk before the change it describes is sent,
/// and reads them back for <see cref="CalendarCleaner.RestoreAsync"/>.
/// </summary>
/// <remarks>
/// Append-only and line-based, so a crash mid-run loses at most the line being written and never an earlier one.
/// The file holds full event texts: keep it as private as the calendar itself.
/// </remarks>
public sealed class UndoLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly FileStream _stream;
    private readonly object _gate = new();

    /// <summary>Opens (or creates) the log for appending.</summary>
    /// <param name="path">The log file.</param>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public UndoLog(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.None);
    }

    /// <summary>The full path of the log file.</summary>
    public string Path { get; }

    /// <summary>Writes one entry and flushes it through to the disk.</summary>
    /// <param name="entry">The entry.</param>
    public void Append(UndoEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
        lock (_gate)
        {
            _stream.Write(line);

            // flushToDisk: the line must survive a crash that happens right after the request is sent.
            _stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Reads every entry of a log, in order. Lines that cannot be parsed (a torn last line) are skipped.</summary>
    /// <param name="path">The log file.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IEnumerable<UndoEntry> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            UndoEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize<UndoEntry>(line, Json);
            }
            catch (JsonException)
            {
                continue;
            }

            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _stream.Dispose();
}
