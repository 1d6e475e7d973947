using Prometheus;

namespace Calguard.Host.Hosting;

/// <summary>
/// The process's own vital signs in the host's registry: prometheus-net's standard process and GC collector
/// (<see cref="DotNetStats"/>: CPU, memory, collections per generation, threads), plus what it lacks and a stalled server
/// shows first, read when <c>/metrics</c> is scraped: the time garbage collection suspended the process, the bytes
/// allocated, the thread pool's threads and queue. The request histograms only see requests that were already inside.
/// </summary>
public static class RuntimeMetrics
{
    /// <summary>Adds the collectors to <paramref name="registry"/>.</summary>
    public static void Register(CollectorRegistry registry)
    {
        DotNetStats.Register(registry);
        var factory = Metrics.WithCustomRegistry(registry);
        var pause = factory.CreateGauge("dotnet_gc_pause_seconds_total", "Time the runtime suspended every managed thread for garbage collection, in seconds.");
        var allocated = factory.CreateGauge("dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since start.");
        var threads = factory.CreateGauge("dotnet_threadpool_threads", "Thread-pool threads.");
        var queued = factory.CreateGauge("dotnet_threadpool_queue_length", "Work items waiting for a thread-pool thread.");
        var completed = factory.CreateGauge("dotnet_threadpool_completed_items_total", "Work items the thread pool has completed since start.");
        registry.AddBeforeCollectCallback(() =>
        {
            pause.Set(GC.GetTotalPauseDuration().TotalSeconds);
            allocated.Set(GC.GetTotalAllocatedBytes());
            threads.Set(ThreadPool.ThreadCount);
            queued.Set(ThreadPool.PendingWorkItemCount);
            completed.Set(ThreadPool.CompletedWorkItemCount);
        });
    }
}
