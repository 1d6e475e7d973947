using Calguard.Recurrence;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>The recurrence budget's clock counts the thread's CPU time, so waiting for a core does not spend it.</summary>
public sealed class ThreadClockTests
{
    [Fact]
    public void SleepingDoesNotSpendTheBudgetButWorkingDoes()
    {
        // Calguard runs and is tested on Linux (Debian); elsewhere the budget falls back to the wall clock.
        Assert.True(OperatingSystem.IsLinux(), "this test and CLOCK_THREAD_CPUTIME_ID need Linux");
        Assert.Equal(1_000_000_000, ThreadClock.Frequency);

        var before = ThreadClock.Now();
        Thread.Sleep(200);
        var slept = ThreadClock.Now() - before;
        Assert.True(slept < 50_000_000, $"200 ms of sleep used {slept / 1e6:F1} ms of the thread's CPU time");

        before = ThreadClock.Now();
        var until = Environment.TickCount64 + 100;
        var spin = 0L;
        while (Environment.TickCount64 < until)
        {
            spin++;
        }
        Assert.True(ThreadClock.Now() - before > 0, $"a busy loop of {spin} turns used no CPU time");
    }
}
