using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>
/// One milter connection: negotiates options, collects each message and answers end-of-message with the
/// handler's decision (or the failure decision).
/// </summary>
/// <remarks>
/// Commands are accepted by <see cref="MilterStateTable"/>; a frame or command that breaks the protocol ends this
/// connection only. Every read has <see cref="MilterServerOptions.ReadTimeout"/>. The session can run on any
/// <see cref="IDuplexPipe"/>, so a host may also drive it from a Kestrel connection.
/// </remarks>
public sealed class MilterSession
{
    private readonly IDuplexPipe transport;
    private readonly IMilterMessageHandler handler;
    private readonly MilterServerOptions options;
    private readonly string name;
    private readonly MilterMessageBuilder builder;
    private MilterNegotiation? negotiation;
    private MilterSessionState state = MilterSessionState.Start;

    /// <summary>Creates a session over a connected transport.</summary>
    /// <param name="transport">The connection to the MTA.</param>
    /// <param name="handler">Decides each message.</param>
    /// <param name="options">Limits, timeouts and the failure policy.</param>
    /// <param name="name">A label for log lines (e.g. the peer address).</param>
    public MilterSession(IDuplexPipe transport, IMilterMessageHandler handler, MilterServerOptions options, string? name = null)
    {
        this.transport = transport ?? throw new ArgumentNullException(nameof(transport));
        this.handler = handler ?? throw new ArgumentNullException(nameof(handler));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.name = name ?? "milter";
        builder = new MilterMessageBuilder(options.MaxMessageSize);
    }

    /// <summary>Whether a message transaction (MAIL up to end-of-message) is in progress.</summary>
    private bool InMessage => (state & MilterSessionState.InMessage) != 0;

    /// <summary>Runs the session until the MTA quits or closes, a protocol error, a read timeout, or a stop.</summary>
    /// <param name="stopping">Graceful stop: the message in progress is finished, then the session ends.</param>
    /// <param name="abort">Hard stop: the session ends now; a running handler gets the failure decision
    /// (<see cref="MilterFailureKind.Shutdown"/>) sent first.</param>
    /// <returns>A task that completes when the session has ended; it does not fault on network or protocol errors.</returns>
    public async Task RunAsync(CancellationToken stopping = default, CancellationToken abort = default)
    {
        using var stopOrAbort = CancellationTokenSource.CreateLinkedTokenSource(stopping, abort);
        try
        {
            while (!(stopOrAbort.IsCancellationRequested && !InMessage))
            {
                MilterCommand? command = await ReadCommandAsync(InMessage ? abort : stopOrAbort.Token).ConfigureAwait(false);
                if (command is null || !await ProcessAsync(command, abort).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (MilterProtocolException ex)
        {
            Log($"protocol error, closing: {ex.Message}");
        }
        catch (TimeoutException ex)
        {
            Log(ex.Message);
        }
        catch (OperationCanceledException)
        {
            // Stopped or aborted while waiting: nothing to report.
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            Log($"connection lost: {ex.Message}");
        }
        catch (Exception ex)
        {
            // Never let one connection take the server down.
            Log($"internal error, closing: {ex}");
        }
        finally
        {
            await transport.Input.CompleteAsync().ConfigureAwait(false);
            await transport.Output.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<MilterCommand?> ReadCommandAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ReadTimeout);
        PipeReader reader = transport.Input;
        while (true)
        {
            ReadResult result;
            try
            {
                result = await reader.ReadAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"no frame from the MTA within {options.ReadTimeout}, closing");
            }

            ReadOnlySequence<byte> buffer = result.Buffer;
            if (MilterCommandReader.TryRead(ref buffer, options.MaxFrameSize, out MilterCommand? command))
            {
                reader.AdvanceTo(buffer.Start);
                return command;
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                if (!buffer.IsEmpty && result.IsCompleted)
                {
                    throw new MilterProtocolException($"connection closed inside a frame ({buffer.Length} bytes left)");
                }

                return null;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Applies one command; returns <see langword="false"/> when the connection should close.</summary>
    private async ValueTask<bool> ProcessAsync(MilterCommand command, CancellationToken abort)
    {
        if (!MilterStateTable.TryTransition(state, command.Code, out MilterSessionState next))
        {
            throw new MilterProtocolException($"command '{(char)command.Code}' is not valid in state {state}");
        }

        PipeWriter output = transport.Output;
        switch (command)
        {
            case OptionNegotiationCommand offer:
                negotiation = MilterNegotiation.Negotiate(offer, options.RequestedMacros);
                negotiation.Write(output);
                break;
            case MacroCommand macro:
                builder.SetMacros(macro.Stage, macro.Macros);
                break;
            case ConnectCommand connect:
                builder.Connect(connect);
                Reply(command.Code);
                break;
            case HeloCommand helo:
                builder.Helo(helo.Helo);
                Reply(command.Code);
                break;
            case MailCommand mail:
                builder.StartMessage(mail);
                Reply(command.Code);
                break;
            case RecipientCommand recipient:
                builder.AddRecipient(recipient);
                Reply(command.Code);
                break;
            case HeaderCommand header:
                builder.AddHeader(header.Header);
                Reply(command.Code);
                break;
            case BodyCommand body:
                builder.AppendBody(body.Chunk.Span);
                Reply(command.Code, builder.Oversize && Negotiated.Protocol.HasFlag(MilterProtocolFlags.Skip)
                    ? MilterResponseCode.Skip
                    : MilterResponseCode.Continue);
                break;
            case EndOfMessageCommand end:
                builder.AppendBody(end.FinalChunk.Span);
                MilterMessage message = builder.Build();
                MilterDecision decision = await DecideAsync(message, abort).ConfigureAwait(false);
                WriteDecision(decision);
                builder.ResetMessage();
                break;
            case AbortCommand:
                builder.ResetMessage();
                break;
            case QuitCommand:
                return false;
            case QuitNewConnectionCommand:
                builder.ResetConnection();
                break;
            default: // DATA, EOH, UNKNOWN: nothing to keep.
                Reply(command.Code);
                break;
        }

        state = next;
        if (output.UnflushedBytes > 0)
        {
            // Not cancellable: after an abort the failure decision must still go out. A peer that stops
            // reading is cut off by the server closing the socket.
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return true;
    }

    private MilterNegotiation Negotiated =>
        negotiation ?? throw new MilterProtocolException("command before option negotiation");

    private void Reply(MilterCommandCode code, MilterResponseCode response = MilterResponseCode.Continue)
    {
        if (Negotiated.ExpectsReply(code))
        {
            MilterResponseWriter.WriteSimple(transport.Output, response);
        }
    }

    /// <summary>Runs the handler within the budget, sending PROGRESS while it works, and never throws.</summary>
    private async ValueTask<MilterDecision> DecideAsync(MilterMessage message, CancellationToken abort)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(abort);
        budget.CancelAfter(options.MessageBudget);
        long started = Stopwatch.GetTimestamp();
        Task<MilterDecision> task;
        try
        {
            ValueTask<MilterDecision> pending = handler.HandleAsync(message, budget.Token);
            if (pending.IsCompletedSuccessfully)
            {
                return pending.Result ?? Fail(MilterFailureKind.Exception, message, new InvalidOperationException("The handler returned no decision."));
            }

            task = pending.AsTask();
        }
        catch (Exception ex)
        {
            return Fail(MilterFailureKind.Exception, message, ex);
        }

        while (!task.IsCompleted)
        {
            TimeSpan left = options.MessageBudget - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero || abort.IsCancellationRequested)
            {
                break;
            }

            // The last wait runs out the budget; only a full interval earns a PROGRESS, so a sub-millisecond
            // remainder (which Task.Delay rounds to zero) cannot turn into a burst of them.
            bool full = left > options.ProgressInterval;
            TimeSpan wait = full ? options.ProgressInterval : left + TimeSpan.FromMilliseconds(1);
            await Task.WhenAny(task, Task.Delay(wait, abort)).ConfigureAwait(false);
            if (full && !task.IsCompleted && !abort.IsCancellationRequested && Stopwatch.GetElapsedTime(started) < options.MessageBudget)
            {
                // Keep-alive: the MTA restarts its content timeout on each PROGRESS.
                MilterResponseWriter.WriteSimple(transport.Output, MilterResponseCode.Progress);
                await transport.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        if (!task.IsCompleted)
        {
            budget.Cancel();
            ObserveLater(task);
            return Fail(abort.IsCancellationRequested ? MilterFailureKind.Shutdown : MilterFailureKind.Timeout, message, null);
        }

        try
        {
            MilterDecision? decision = await task.ConfigureAwait(false);
            return decision ?? Fail(MilterFailureKind.Exception, message, new InvalidOperationException("The handler returned no decision."));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return Fail(abort.IsCancellationRequested ? MilterFailureKind.Shutdown : MilterFailureKind.Timeout, message, null);
        }
        catch (Exception ex)
        {
            return Fail(MilterFailureKind.Exception, message, ex);
        }
    }

    private MilterDecision Fail(MilterFailureKind kind, MilterMessage message, Exception? exception)
    {
        var failure = new MilterFailure(kind, message, exception);
        Log($"handler {failure.Token} on queue id {message.QueueId ?? "?"}: {exception?.Message ?? "budget exceeded"}; sending the failure decision");
        try
        {
            return options.OnFailure(failure) ?? options.DefaultOnFailure(failure);
        }
        catch (Exception ex)
        {
            Log($"OnFailure threw ({ex.Message}); using the default failure decision");
            return options.DefaultOnFailure(failure);
        }
    }

    private static void ObserveLater(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private void WriteDecision(MilterDecision decision)
    {
        PipeWriter output = transport.Output;
        MilterActions allowed = Negotiated.Actions;
        foreach (MilterModification modification in decision.Modifications)
        {
            switch (modification)
            {
                case MilterModification.AddHeader add when allowed.HasFlag(MilterActions.AddHeaders):
                    MilterResponseWriter.WriteAddHeader(output, add.Name, add.Value);
                    break;
                case MilterModification.InsertHeader insert when allowed.HasFlag(MilterActions.AddHeaders):
                    MilterResponseWriter.WriteInsertHeader(output, (uint)insert.Index, insert.Name, insert.Value);
                    break;
                case MilterModification.ChangeHeader change when allowed.HasFlag(MilterActions.ChangeHeaders):
                    MilterResponseWriter.WriteChangeHeader(output, (uint)change.Index, change.Name, change.Value);
                    break;
                case MilterModification.ReplaceBody replace when allowed.HasFlag(MilterActions.ChangeBody):
                    MilterResponseWriter.WriteReplaceBody(output, replace.Body.Span);
                    break;
                case MilterModification.Quarantine quarantine when allowed.HasFlag(MilterActions.Quarantine):
                    MilterResponseWriter.WriteQuarantine(output, quarantine.Reason);
                    break;
                default:
                    // Sending an action the MTA did not allow would make it drop the milter for the whole session.
                    Log($"dropped {modification.GetType().Name}: the MTA did not allow it in OPTNEG");
                    break;
            }
        }

        switch (decision.Action)
        {
            case MilterFinalAction.Reject or MilterFinalAction.Tempfail when decision.Reply is not null:
                MilterResponseWriter.WriteReplyCode(output, decision.Reply);
                break;
            default:
                MilterResponseWriter.WriteSimple(output, decision.Action switch
                {
                    MilterFinalAction.Accept => MilterResponseCode.Accept,
                    MilterFinalAction.Discard => MilterResponseCode.Discard,
                    MilterFinalAction.Reject => MilterResponseCode.Reject,
                    MilterFinalAction.Tempfail => MilterResponseCode.Tempfail,
                    _ => MilterResponseCode.Continue,
                });
                break;
        }
    }

    private void Log(string text) => options.Log?.Invoke($"{name}: {text}");
}
