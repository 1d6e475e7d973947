using System.Diagnostics;

namespace Calguard.Host.Cli;

/// <summary>A progress line for CalDAV runs on stderr, only when stderr is a terminal and the run takes a while.</summary>
public sealed class CalDavProgress
{
    private readonly TextWriter? _writer;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;
    private bool _shown;

    private CalDavProgress(TextWriter? writer) => _writer = writer;

    /// <summary>Creates a reporter that is silent unless stderr is the console's and a terminal.</summary>
    /// <param name="stderr">The command's error writer.</param>
    /// <param name="quiet">True for <c>--quiet</c>.</param>
    public static CalDavProgress Create(TextWriter stderr, bool quiet) =>
        new(quiet || Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error) ? null : stderr);

    /// <summary>Reports progress at most four times a second, after the first second.</summary>
    /// <param name="count">Objects judged so far.</param>
    /// <param name="where">The calendar being read.</param>
    public void Tick(int count, string where)
    {
        var elapsed = _watch.Elapsed;
        if (_writer is null || elapsed < TimeSpan.FromSeconds(1) || elapsed - _last < TimeSpan.FromMilliseconds(250))
        {
            return;
        }

        _last = elapsed;
        _shown = true;
        var text = $"judged {count} objects ({count / elapsed.TotalSeconds:0}/s), reading {where}";
        _writer.Write("\r" + (text.Length > 78 ? text[..78] : text.PadRight(78)));
    }

    /// <summary>Clears the progress line so that normal output follows on a clean line.</summary>
    public void Done()
    {
        if (_writer is not null && _shown)
        {
            _writer.Write("\r" + new string(' ', 78) + "\r");
            _shown = false;
        }
    }
}
