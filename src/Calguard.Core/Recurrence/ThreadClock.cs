using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Calguard.Recurrence;

/// <summary>
/// The CPU time the current thread has used, where the platform tells it (Linux: <c>CLOCK_THREAD_CPUTIME_ID</c>),
/// else the wall clock. A budget measured in it is not spent while the thread waits for a core, so a loaded machine
/// does not cut an analysis short and change a verdict (docs/decisions/0002).
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;
    private static readonly bool Available = Probe();

    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    public static long Frequency => Available ? 1_000_000_000 : Stopwatch.Frequency;

    /// <summary>Now, in <see cref="Frequency"/> ticks: thread CPU nanoseconds, or the Stopwatch.</summary>
    public static long Now() => Available && ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? (t.Seconds * 1_000_000_000) + t.Nanoseconds : Stopwatch.GetTimestamp();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: the source-generated stub needs unsafe code, which this library does not allow.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
