namespace Calguard.Milter;

/// <summary>What the milter calls once per message, at end-of-message: the seam where the pipeline plugs in.</summary>
public interface IMilterMessageHandler
{
    /// <summary>Decides what to do with one message.</summary>
    /// <param name="message">The whole message with its envelope and connection facts. Its body buffer belongs to
    /// this call: do not keep it after the returned task completes.</param>
    /// <param name="cancellationToken">Cancelled when the per-message time budget runs out or the server stops.</param>
    /// <returns>The modifications and final action to send to the MTA.</returns>
    /// <remarks>
    /// An exception or a budget overrun never loses mail: the server sends
    /// <see cref="MilterServerOptions.OnFailure"/>'s decision instead (by default: accept unchanged, add an error header).
    /// </remarks>
    ValueTask<MilterDecision> HandleAsync(MilterMessage message, CancellationToken cancellationToken);
}
