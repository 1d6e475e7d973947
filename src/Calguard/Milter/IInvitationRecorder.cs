namespace Calguard.Host.Milter;

/// <summary>Where the milter reports what it saw: statistics for every message, provenance for invitations.</summary>
public interface IInvitationRecorder
{
    /// <summary>Records a message that carried no calendar data (counted for the operator's ratios).</summary>
    void RecordPlainMessage(IReadOnlyDictionary<string, string> upstreamHeaders, IReadOnlyList<string> recipients);

    /// <summary>Records a scanned invitation: provenance per recipient and statistics.</summary>
    void RecordInvitation(PipelineResult result, string channel, ReadOnlyMemory<byte> raw);
}

/// <summary>Records nothing (the CLI, and tests that do not look at stores).</summary>
public sealed class NullInvitationRecorder : IInvitationRecorder
{
    /// <summary>The shared instance.</summary>
    public static NullInvitationRecorder Instance { get; } = new();

    /// <inheritdoc />
    public void RecordPlainMessage(IReadOnlyDictionary<string, string> upstreamHeaders, IReadOnlyList<string> recipients)
    {
    }

    /// <inheritdoc />
    public void RecordInvitation(PipelineResult result, string channel, ReadOnlyMemory<byte> raw)
    {
    }
}
