namespace Calguard.Host.Cli;

/// <summary>A progress line on stderr, only when stderr is a terminal and the run takes a while.</summary>
public sealed class Progress
{
    private readonly TextWriter? _writer;
    private TimeSpan _last;

    private Progress(TextWriter? writer) => _writer = writer;

    /// <summary>Creates a progress reporter that is silent unless stderr is a terminal.</summary>
    public static Progress Create(TextWriter stderr, bool quiet) =>
        new(quiet || Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error) ? null : stderr);

    /// <summary>Reports progress at most a few times a second, after the first two seconds.</summary>
    public void Tick(int count, TimeSpan elapsed)
    {
        if (_writer is null || elapsed < TimeSpan.FromSeconds(2) || elapsed - _last < TimeSpan.FromMilliseconds(250))
        {
            return;
        }
        _last = elapsed;
        _writer.Write($"\rscanned {count} messages, {count / elapsed.TotalSeconds:0} per second   ");
    }

    /// <summary>Ends the progress line.</summary>
    public void Done(int count, TimeSpan elapsed)
    {
        if (_writer is not null && elapsed >= TimeSpan.FromSeconds(2))
        {
            _writer.WriteLine($"\rscanned {count} messages in {elapsed.TotalSeconds:0.0} s                    ");
        }
    }
}
