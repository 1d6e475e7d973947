using System.Diagnostics;

namespace Calguard.Benchmarks;

/// <summary>One measurement: wall time, process CPU time and allocation per operation.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Operations">Operations run in the timed loop.</param>
/// <param name="Wall">Wall-clock time of the timed loop.</param>
/// <param name="Cpu">CPU time of the measuring thread (Linux schedstat, nanoseconds), else of the process.</param>
/// <param name="AllocatedBytes">Bytes allocated by the measuring thread.</param>
/// <param name="Bytes">Input bytes processed per operation (for MB/s), or 0.</param>
public sealed record Measurement(string Name, long Operations, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, double Bytes)
{
    /// <summary>Operations per second of wall time.</summary>
    public double PerSecondWall => Operations / Wall.TotalSeconds;

    /// <summary>Operations per second of CPU time: what one core does when it is not shared.</summary>
    public double PerSecondCpu => Operations / Math.Max(Cpu.TotalSeconds, 1e-9);

    /// <summary>Microseconds per operation (wall).</summary>
    public double MicrosWall => Wall.TotalMicroseconds / Operations;

    /// <summary>Microseconds per operation (CPU).</summary>
    public double MicrosCpu => Cpu.TotalMicroseconds / Operations;

    /// <summary>Allocated bytes per operation.</summary>
    public double AllocatedPerOp => (double)AllocatedBytes / Operations;

    /// <summary>MB/s (10^6 bytes) of CPU time, when <see cref="Bytes"/> is known.</summary>
    public double MegabytesPerSecondCpu => Bytes * Operations / Math.Max(Cpu.TotalSeconds, 1e-9) / 1e6;

    /// <summary>MB/s of wall time.</summary>
    public double MegabytesPerSecondWall => Bytes * Operations / Wall.TotalSeconds / 1e6;
}

/// <summary>A small Stopwatch harness for the one-run side-by-side tables (BenchmarkDotNet gives the detailed figures).</summary>
/// <remarks>
/// This machine is shared (other builds and tests run beside a benchmark), so every figure is given both per
/// wall second and per CPU second of this process; the CPU figure is what one unshared core does.
/// </remarks>
public static class Measure
{
    /// <summary>Warms <paramref name="operation"/> up, then runs it in batches until <paramref name="seconds"/> pass.</summary>
    public static Measurement Run(string name, Action operation, double seconds = 2, double bytesPerOp = 0, int minOperations = 3)
    {
        var warm = Stopwatch.StartNew();
        var warmOps = 0;
        while (warm.Elapsed.TotalSeconds < Math.Min(1.0, seconds / 2) || warmOps < 2)
        {
            operation();
            warmOps++;
        }
        var batch = Math.Max(1, (int)(warmOps / warm.Elapsed.TotalSeconds / 20));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu0 = ThreadCpu();
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        long ops = 0;
        while (watch.Elapsed.TotalSeconds < seconds || ops < minOperations)
        {
            for (var i = 0; i < batch; i++)
            {
                operation();
            }
            ops += batch;
        }
        watch.Stop();
        var alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
        return new Measurement(name, ops, watch.Elapsed, ThreadCpu() - cpu0, alloc, bytesPerOp);
    }

    /// <summary>Runs <paramref name="operation"/> once and measures it (for worst cases).</summary>
    public static Measurement Once(string name, Action operation, double bytes = 0)
    {
        GC.Collect();
        var cpu0 = ThreadCpu();
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        operation();
        watch.Stop();
        var alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
        return new Measurement(name, 1, watch.Elapsed, ThreadCpu() - cpu0, alloc, bytes);
    }

    /// <summary>CPU time of the calling thread: <c>/proc/thread-self/schedstat</c> (ns), else the process's.</summary>
    public static TimeSpan ThreadCpu()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            return TimeSpan.FromTicks(long.Parse(text.AsSpan(0, text.IndexOf(' ')), System.Globalization.CultureInfo.InvariantCulture) / 100);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return Process.GetCurrentProcess().TotalProcessorTime;
        }
    }

    /// <summary>Prints the machine facts that belong next to every figure.</summary>
    public static void PrintMachine(TextWriter output)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        output.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; .NET {Environment.Version}; {Environment.ProcessorCount} cores; " +
                         $"Vector256 {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}; loadavg {load}");
    }
}
