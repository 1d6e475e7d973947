using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calguard.Host.Feedback;

/// <summary>The kind-specific parameters of an outbox item, stored as its JSON detail.</summary>
public sealed record FeedbackDetail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary><see cref="LearnDirection.Spam"/> or <see cref="LearnDirection.Ham"/> (learning, IMAP).</summary>
    public string? Direction { get; init; }

    /// <summary>The original's Message-ID, without angle brackets (IMAP).</summary>
    public string? MessageId { get; init; }

    /// <summary>The reported domain (ARF).</summary>
    public string? ReportedDomain { get; init; }

    /// <summary>abuse or fraud (ARF).</summary>
    public string? FeedbackType { get; init; }

    /// <summary>The SMTP envelope sender (ARF).</summary>
    public string? EnvelopeFrom { get; init; }

    /// <summary>The provenance record it was built from.</summary>
    public long? ProvenanceId { get; init; }

    /// <summary>The JSON form.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the JSON form.</summary>
    public static FeedbackDetail Parse(string json) => JsonSerializer.Deserialize<FeedbackDetail>(json, Json) ?? new FeedbackDetail();
}
