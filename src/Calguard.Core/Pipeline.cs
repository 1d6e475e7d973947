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

/// <summary>Supplies facts that live outside the message: stored reputation, the learned classifier, blocked UIDs.</summary>
public interface IExternalFactsSource
{
    /// <summary>Facts about the invitation as a whole, computed before the rules run.</summary>
    ExternalFacts For(Invitation invitation);

    /// <summary>A reason to hold this invitation for this recipient regardless of the verdict (a UID the recipient reported), or null.</summary>
    string? BlockReason(Invitation invitation, string recipient);
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
    public PipelineResult Process(ReadOnlyMemory<byte> data, ScanContext context)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var invitation = Reading.MessageReader.Read(data, Engine.Options.Reading, context);
        var facts = External?.For(invitation);
        var verdict = Engine.Judge(invitation, facts, context.Recipients);
        var scan = new ScanResult(invitation, verdict, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return new PipelineResult(scan, Decide(scan, context.Recipients));
    }

    /// <summary>Decides for each recipient of a scanned message.</summary>
    public IReadOnlyList<RecipientDecision> Decide(ScanResult scan, IReadOnlyList<string> recipients)
    {
        if (recipients.Count == 0)
        {
            return [DecideOne(scan, null)];
        }
        return recipients.Select(r => DecideOne(scan, r)).ToArray();
    }

    private RecipientDecision DecideOne(ScanResult scan, string? recipient)
    {
        var policy = Policies.Resolve(recipient);
        var relationship = Relationships.Resolve(scan.Invitation, recipient, policy);
        if (recipient is not null && External?.BlockReason(scan.Invitation, recipient) is { } reason)
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
