namespace Calguard.Storage.Reports;

/// <summary>Everything one report changes, written in one transaction: the report, the blocks, the campaign and the training.</summary>
public sealed record ReportWrite
{
    /// <summary>The report (its <see cref="StoredReport.Id"/> is ignored; a repeat keeps the first row).</summary>
    public required StoredReport Report { get; init; }

    /// <summary>Blocks to add (spam) for the report's recipient: (kind, value).</summary>
    public IReadOnlyList<(string Kind, string Value)> AddBlocks { get; init; } = [];

    /// <summary>Blocks to remove (not-spam) for the report's recipient: (kind, value).</summary>
    public IReadOnlyList<(string Kind, string Value)> RemoveBlocks { get; init; } = [];

    /// <summary>A campaign to create when it does not exist yet.</summary>
    public Campaign? NewCampaign { get; init; }

    /// <summary>What to teach the classifier, or null.</summary>
    public Learning.TrainingItem? Training { get; init; }
}

/// <summary>What a stored report came to.</summary>
/// <param name="Report">The stored report (for a repeat: the first one, with its id and time).</param>
/// <param name="Repeated">True when the same (recipient, subject, kind) had been reported before.</param>
/// <param name="Training">What the classifier did.</param>
public sealed record ReportWriteResult(StoredReport Report, bool Repeated, Learning.TrainOutcome Training);
