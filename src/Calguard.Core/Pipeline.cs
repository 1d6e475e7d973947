using Calguard.Analysis;
using Calguard.Decisions;

namespace Calguard;

/// <summary>The decision for one recipient.</summary>
/// <param name="Recipient">The recipient, or null for the global default policy.</param>
/// <param name="Policy">The policy that applied.</param>
/// <param name="Decision">The decision.</param>
public sealed record RecipientDecision(string? Recipient, RecipientPolicy Policy, Decision Decision);

/// <summary>What the pipeline made of one message: the scan and a decision per recipient.</summary>
/// <param name="Scan">Read, analysed, scored.</param>
/// <param name="Decisions">One per recipient (one with a null recipient when none was given).</param>
public sealed record PipelineResult(ScanResult Scan, IReadOnlyList<RecipientDecision> Decisions);

/// <summary>
/// Supplies facts that live outside the message: stored reputation, the learned classifier, blocked UIDs, confirmed
/// campaigns, DNS block lists. Several sources are combined with <see cref="ExternalFactsSources"/>.
/// </summary>
public interface IExternalFactsSource
{
    /// <summary>
    /// Facts about the invitation for these recipients, computed before the rules run. A source that does I/O keeps to
    /// its own time budget and reports a budget it ran out of as a hit, never by throwing.
    /// </summary>
    ValueTask<ExternalFacts> ForAsync(Invitation invitation, IReadOnlyList<string> recipients, CancellationToken cancellationToken);
}

/// <summary>
/// read → analyse → score → decide, the one pipeline every surface calls (CLI, HTTP API, milter, CalDAV cleaner,
/// outbound check). Thread-safe when its stores are.
/// </summary>
public sealed class Pipeline
{
    /// <summary>Creates a pipeline.</summary>
    public Pipeline(Engine engine, PolicyResolver policies, RelationshipResolver relationships, IExternalFactsSource? external = null)
    {
        Engine = engine;
        Policies = policies;
        Relationships = relationships;
        External = external;
    }

    /// <summary>The engine.</summary>
    public Engine Engine { get; }

    /// <summary>Policy resolution.</summary>
    public PolicyResolver Policies { get; }

    /// <summary>Relationship resolution.</summary>
    public RelationshipResolver Relationships { get; }

    /// <summary>External facts, if any.</summary>
    public IExternalFactsSource? External { get; }

    /// <summary>Processes one message for the given recipients (the envelope), or for the global default policy when there are none.</summary>
    public async ValueTask<PipelineResult> ProcessAsync(ReadOnlyMemory<byte> data, ScanContext context, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var invitation = Reading.MessageReader.Read(data, Engine.Options.Reading, context);
        var facts = External is null || !invitation.HasCalendar
            ? ExternalFacts.None
            : await External.ForAsync(invitation, context.Recipients, cancellationToken).ConfigureAwait(false);
        var verdict = Engine.Judge(invitation, facts, context.Recipients);
        var scan = new ScanResult(invitation, verdict, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return new PipelineResult(scan, Decide(scan, context.Recipients, facts));
    }

    /// <summary>
    /// <see cref="ProcessAsync"/> for callers that have no asynchronous context (the CLI, the CalDAV cleaner); blocks
    /// while external sources do their I/O.
    /// </summary>
    public PipelineResult Process(ReadOnlyMemory<byte> data, ScanContext context)
    {
        var pending = ProcessAsync(data, context);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Decides for each recipient of a scanned message.</summary>
    public IReadOnlyList<RecipientDecision> Decide(ScanResult scan, IReadOnlyList<string> recipients, ExternalFacts? facts = null)
    {
        if (recipients.Count == 0)
        {
            return [DecideOne(scan, null, facts)];
        }
        return recipients.Select(r => DecideOne(scan, r, facts)).ToArray();
    }

    private RecipientDecision DecideOne(ScanResult scan, string? recipient, ExternalFacts? facts)
    {
        var policy = Policies.Resolve(recipient);
        var relationship = Relationships.Resolve(scan.Invitation, recipient, policy);
        if (recipient is not null && facts?.BlockReason(recipient) is { } reason)
        {
            return new RecipientDecision(recipient, policy, new Decision
            {
                Action = DecisionAction.Quarantine,
                Reasons = [$"quarantined: {reason}"],
                SuppressDefaultAlarms = true,
                Relationship = relationship,
            });
        }
        var decision = Decider.Decide(scan.Invitation, scan.Verdict, policy, relationship, Engine.Options.Scoring);
        return new RecipientDecision(recipient, policy, decision);
    }
}
