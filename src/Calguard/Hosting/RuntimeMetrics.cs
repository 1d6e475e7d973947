using System.Diagnostics;
using Prometheus;

namespace Calguard.Host.Hosting;

/// <summary>
/// The process's own vital signs in the host's registry, read when <c>/metrics</c> is scraped: CPU, memory, garbage
/// collections and their pauses, the thread pool. A stalled server (a long GC pause, a starved thread pool) shows
/// here, where the request histograms only see the requests that were already inside.
/// </summary>
public static class RuntimeMetrics
{
    /// <summary>Adds the gauges to <paramref name="registry"/>, refreshed before each collection.</summary>
    public static void Register(CollectorRegistry registry)
    {
        var factory = Metrics.WithCustomRegistry(registry);
        var cpu = factory.CreateGauge("process_cpu_seconds_total", "User and system CPU time of the process, in seconds.");
        var workingSet = factory.CreateGauge("process_working_set_bytes", "Physical memory of the process, in bytes.");
        var heap = factory.CreateGauge("dotnet_gc_heap_bytes", "Bytes of the managed heap after the last collection.");
        var allocated = factory.CreateGauge("dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since start.");
        var collections = factory.CreateGauge("dotnet_gc_collections_total", "Garbage collections since start, by generation.", "generation");
        var pause = factory.CreateGauge("dotnet_gc_pause_seconds_total", "Time the runtime suspended every managed thread for garbage collection, in seconds.");
        var threads = factory.CreateGauge("dotnet_threadpool_threads", "Thread-pool threads.");
        var queued = factory.CreateGauge("dotnet_threadpool_queue_length", "Work items waiting for a thread-pool thread.");
        var completed = factory.CreateGauge("dotnet_threadpool_completed_items_total", "Work items the thread pool has completed since start.");
        var generations = new[] { "0", "1", "2" };
        registry.AddBeforeCollectCallback(() =>
        {
            using var process = Process.GetCurrentProcess();
            cpu.Set(process.TotalProcessorTime.TotalSeconds);
            workingSet.Set(process.WorkingSet64);
            heap.Set(GC.GetGCMemoryInfo().HeapSizeBytes);
            allocated.Set(GC.GetTotalAllocatedBytes());
            for (var generation = 0; generation < generations.Length; generation++)
            {
                collections.WithLabels(generations[generation]).Set(GC.CollectionCount(generation));
            }
            pause.Set(GC.GetTotalPauseDuration().TotalSeconds);
            threads.Set(ThreadPool.ThreadCount);
            queued.Set(ThreadPool.PendingWorkItemCount);
            completed.Set(ThreadPool.CompletedWorkItemCount);
        });
    }
}
