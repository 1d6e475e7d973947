namespace Calguard.Host.Feedback;

/// <summary>Wakes the delivery service when a listener enqueued something, so feedback goes out at once instead of at the next poll.</summary>
public sealed class FeedbackSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Wakes the waiting deliverer (no-op when it is already awake).</summary>
    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every item enqueued meanwhile.
        }
    }

    /// <summary>Waits until notified or <paramref name="timeout"/> passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
