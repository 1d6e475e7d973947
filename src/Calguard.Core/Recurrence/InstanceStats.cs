namespace Calguard.Recurrence;

/// <summary>Running figures over the instances seen, in order.</summary>
internal sealed class InstanceStats(long reference, long windowEnd, int maxInstances)
{
    private long? _previous;

    public int Counted { get; private set; }

    public long? First { get; private set; }

    public long? Last { get; private set; }

    public long? Next { get; private set; }

    public long? MinGap { get; private set; }

    public int WindowCount { get; private set; }

    public bool WindowCapped { get; private set; }

    public bool PassedWindow { get; private set; }

    public bool WindowIsLowerBound { get; private set; }

    public bool WindowCutShort { get; private set; }

    private int _windowFromPhaseA;

    /// <summary>Phase A: every instance from the start.</summary>
    public void ObserveCounted(long t)
    {
        Counted++;
        First ??= t;
        Last = t;
        Gap(t);
        if (t >= reference)
        {
            Next ??= t;
        }

        if (t > windowEnd)
        {
            PassedWindow = true;
        }
        else if (t >= reference && !WindowCapped)
        {
            WindowCount++;
            if (WindowCount >= maxInstances)
            {
                WindowCapped = true;
                WindowIsLowerBound = true;
            }
        }
    }

    /// <summary>The first instances of an unbounded series.</summary>
    public void ObservePrefix(long t)
    {
        First ??= t;
        Gap(t);
    }

    public void BeginWindow()
    {
        _windowFromPhaseA = WindowCount;
        WindowCount = 0;
        WindowCapped = false;
        Next = null;
        _previous = null;
    }

    /// <summary>Phase B: instances from the reference on; false once the horizon is done.</summary>
    public bool ObserveWindow(long t)
    {
        Gap(t);
        Next ??= t;
        if (t > windowEnd)
        {
            return false;
        }

        WindowCount++;
        if (WindowCount >= maxInstances)
        {
            WindowCapped = true;
            WindowIsLowerBound = true;
            return false;
        }

        return true;
    }

    public void EndWindow(bool cutShort)
    {
        WindowCutShort = cutShort;
        if (cutShort)
        {
            WindowIsLowerBound = true;
            WindowCount = Math.Max(WindowCount, _windowFromPhaseA);
        }
    }

    private void Gap(long t)
    {
        if (_previous is long p && t > p)
        {
            long gap = t - p;
            if (MinGap is null || gap < MinGap)
            {
                MinGap = gap;
            }
        }

        _previous = t;
    }
}
