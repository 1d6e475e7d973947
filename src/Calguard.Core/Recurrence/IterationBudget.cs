namespace Calguard.Recurrence;

/// <summary>Counts candidate dates examined and watches the thread's CPU time; shared by every iterator of one analysis.</summary>
/// <remarks>
/// The clock is read every 256 ticks, so a check costs a counter increment almost always. It is the thread's CPU
/// clock (<see cref="ThreadClock"/>), not the wall clock: under load the thread waits for a core, and a wall-clock
/// budget then stopped plain series early and changed verdicts with the machine's load.
/// </remarks>
internal sealed class IterationBudget
{
    private readonly long _maxIterations;
    private readonly long _deadline;
    private long _limit;
    private bool _timeUp;

    public IterationBudget(long maxIterations, TimeSpan budget)
    {
        _maxIterations = Math.Max(1, maxIterations);
        _limit = _maxIterations;
        long ticks = budget <= TimeSpan.Zero ? 0 : (long)Math.Min(budget.TotalSeconds * ThreadClock.Frequency, long.MaxValue / 4);
        _deadline = ThreadClock.Now() + ticks;
    }

    /// <summary>Candidates examined so far.</summary>
    public long Used { get; private set; }

    /// <summary>True once the iteration limit of the current slice or the CPU-time budget is spent.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>True once the CPU-time budget is spent (a slice cannot restore it).</summary>
    public bool TimeUp => _timeUp;

    public void Tick() => Add(1);

    public void Add(long work)
    {
        long before = Used;
        Used += work;
        if (Used >= _limit)
        {
            Exhausted = true;
        }

        if ((before >> 8) != (Used >> 8) && ThreadClock.Now() > _deadline)
        {
            _timeUp = true;
            Exhausted = true;
        }
    }

    /// <summary>Limits the next phase to at most <paramref name="iterations"/> more candidates.</summary>
    public void BeginSlice(long iterations)
    {
        _limit = Math.Min(_maxIterations, Used + Math.Max(1, iterations));
        Exhausted = _timeUp || Used >= _limit;
    }

    /// <summary>Gives the rest of the overall iteration limit to the next phase.</summary>
    public void EndSlice()
    {
        _limit = _maxIterations;
        Exhausted = _timeUp || Used >= _limit;
    }
}
