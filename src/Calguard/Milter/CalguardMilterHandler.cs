using Calguard.Decisions;
using Calguard.Milter;
using Calguard.Sanitising;

namespace Calguard.Host.Milter;

/// <summary>
/// Maps a milter message onto the pipeline. Inbound: scan → decide per recipient → the strictest decision for the
/// message → headers, a replaced body for sanitising, quarantine or a 5xx. Outbound (an authenticated submission,
/// <c>{auth_authen}</c> set): learn who the sender writes to (the known-sender relation), never judge the sender's
/// own mail as inbound spam.
/// </summary>
public sealed class CalguardMilterHandler : IMilterMessageHandler
{
    private readonly IMessageScanner _scanner;
    private readonly Sanitiser _sanitiser;
    private readonly IKnownSenders _knownSenders;
    private readonly TimeProvider _clock;

    /// <summary>Creates the handler.</summary>
    /// <param name="scanner">Judges (and in <c>serve</c> records) each message.</param>
    /// <param name="sanitiser">Rewrites invitations the decision changes.</param>
    /// <param name="knownSenders">Learns who authenticated senders write to.</param>
    /// <param name="clock">The clock (arrival times).</param>
    public CalguardMilterHandler(IMessageScanner scanner, Sanitiser sanitiser, IKnownSenders knownSenders, TimeProvider? clock = null)
    {
        _scanner = scanner;
        _sanitiser = sanitiser;
        _knownSenders = knownSenders;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Creates a handler that runs <paramref name="pipeline"/> and records nothing.</summary>
    public CalguardMilterHandler(Pipeline pipeline, Sanitiser sanitiser, IKnownSenders knownSenders, TimeProvider? clock = null)
        : this(new PipelineScanner(pipeline), sanitiser, knownSenders, clock)
    {
    }

    /// <summary>The SMTP reply for a rejected invitation.</summary>
    public static readonly (string Code, string Enhanced, string Text) RejectReply = ("550", "5.7.1", "Calendar spam rejected");

    /// <inheritdoc />
    public async ValueTask<MilterDecision> HandleAsync(MilterMessage message, CancellationToken cancellationToken)
    {
        var recipients = message.Recipients.Select(r => Normalise(r.Address)).Where(r => r.Length > 0).Distinct().ToArray();
        if (message.Oversize)
        {
            // Mail is never lost: too large to scan means accepted as is, and the header says why.
            return MilterDecision.Accept().AddHeader(CalguardHeaders.Error, $"not scanned: larger than the size limit ({message.ByteCount} bytes)");
        }
        var raw = message.ToRfc5322();
        var authenticated = message.GetMacro("auth_authen");
        if (!string.IsNullOrEmpty(authenticated))
        {
            return Outbound(message, authenticated, recipients);
        }
        cancellationToken.ThrowIfCancellationRequested();

        var context = new ScanContext
        {
            Source = message.QueueId,
            MailFrom = Normalise(message.Sender),
            Recipients = recipients,
            ClientIp = string.IsNullOrEmpty(message.Connection.Address) ? null : message.Connection.Address,
            Helo = message.Helo,
            ArrivalTime = _clock.GetUtcNow(),
        };
        var result = await _scanner.ScanAsync(raw, context, cancellationToken).ConfigureAwait(false);
        if (!result.Scan.Invitation.HasCalendar)
        {
            return MilterDecision.Accept();
        }
        var decision = DecisionCombiner.Combine(result.Decisions);
        return Apply(message, result, decision);
    }

    private MilterDecision Outbound(MilterMessage message, string user, IReadOnlyList<string> recipients)
    {
        var sender = Normalise(message.Sender);
        if (sender.Length == 0 && user.Contains('@'))
        {
            sender = user.ToLowerInvariant();
        }
        if (sender.Length > 0)
        {
            _knownSenders.AddCorrespondents(sender, recipients, _clock.GetUtcNow());
        }
        return MilterDecision.Accept();
    }

    private MilterDecision Apply(MilterMessage message, PipelineResult result, Decision decision)
    {
        if (decision.Action == DecisionAction.Reject)
        {
            return MilterDecision.Reject(RejectReply.Code, RejectReply.Enhanced, RejectReply.Text);
        }
        var sanitised = _sanitiser.Sanitise(result.Scan.Invitation, result.Scan.Verdict, decision);
        var milter = MilterDecision.Accept();

        // Remove headers the sender put in under our names, from the last occurrence back so indices stay valid.
        foreach (var group in message.Headers.Select((h, i) => (h.Name, i)).Where(h => CalguardHeaders.IsCalguardHeader(h.Name))
                     .GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            for (var n = group.Count(); n >= 1; n--)
            {
                milter = milter.DeleteHeader(group.Key, n);
            }
        }
        if (decision.RequiresRewrite && sanitised.BodyChanged)
        {
            milter = milter.ReplaceBody(sanitised.Body);
            if (sanitised.ContentHeadersChanged)
            {
                milter = SetHeader(milter, message, "Content-Type", sanitised.ContentType);
                milter = SetHeader(milter, message, "Content-Transfer-Encoding", sanitised.ContentTransferEncoding);
            }
        }
        foreach (var header in sanitised.HeadersAdded)
        {
            milter = milter.AddHeader(header.Name, header.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        if (decision.Action == DecisionAction.Quarantine)
        {
            milter = milter.Quarantine($"Calguard: {result.Scan.Verdict.Name} invitation (score {result.Scan.Verdict.Score:0.##})");
        }
        return milter;
    }

    private static MilterDecision SetHeader(MilterDecision milter, MilterMessage message, string name, string? value)
    {
        var count = message.Headers.Count(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        if (value is null)
        {
            for (var n = count; n >= 1; n--)
            {
                milter = milter.DeleteHeader(name, n);
            }
            return milter;
        }
        if (count == 0)
        {
            return milter.AddHeader(name, value);
        }
        for (var n = count; n >= 2; n--)
        {
            milter = milter.DeleteHeader(name, n);
        }
        return milter.ChangeHeader(name, 1, value);
    }

    private static string Normalise(string address) => address.Trim().Trim('<', '>').Trim().ToLowerInvariant();
}
