using System.Text.Json;
using Calguard.Host.Reports;
using Calguard.Storage.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Reports;

/// <summary>Reads the body of <c>POST /v1/reports</c>: <c>{recipient, uid | messageId, kind, source?}</c>, every field checked.</summary>
public static class ReportBody
{
    private static readonly string[] Fields = ["recipient", "uid", "messageId", "kind", "source"];

    /// <summary>The validated report, or the 400 naming what is wrong.</summary>
    public static (ReportRequest? Request, ProblemHttpResult? Problem) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Bad("send {\"recipient\": …, \"uid\" or \"messageId\": …, \"kind\": \"spam\"|\"not-spam\"}", "invalid-report");
        }
        foreach (var p in root.EnumerateObject())
        {
            if (!Fields.Contains(p.Name, StringComparer.Ordinal))
            {
                return Bad($"unknown field '{p.Name}' ({string.Join(", ", Fields)})", "invalid-report");
            }
            if (p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return Bad($"{p.Name} must be a string", "invalid-report");
            }
        }
        var (recipient, recipientProblem) = Tenancy.Recipient(Text(root, "recipient"));
        if (recipientProblem is not null)
        {
            return (null, recipientProblem);
        }
        var uid = Text(root, "uid")?.Trim();
        var messageId = Text(root, "messageId")?.Trim().Trim('<', '>').Trim();
        uid = string.IsNullOrEmpty(uid) ? null : uid;
        messageId = string.IsNullOrEmpty(messageId) ? null : messageId;
        if (uid is null && messageId is null)
        {
            return Bad("give the reported invitation's uid or messageId", "missing-invitation");
        }
        if (uid?.Length > 1000 || messageId?.Length > 1000)
        {
            return Bad("uid and messageId are at most 1000 characters", "invalid-report");
        }
        var kind = Text(root, "kind");
        if (kind is not (ReportKinds.Spam or ReportKinds.NotSpam))
        {
            return Bad($"kind must be \"spam\" or \"not-spam\", not '{kind ?? "(missing)"}'", "invalid-kind");
        }
        var source = Text(root, "source") ?? ReportKinds.User;
        if (source is not (ReportKinds.User or ReportKinds.Admin))
        {
            return Bad($"source must be \"user\" or \"admin\", not '{source}'", "invalid-source");
        }
        return (new ReportRequest(recipient!, uid, messageId, kind == ReportKinds.Spam, source), null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (ReportRequest?, ProblemHttpResult?) Bad(string detail, string code) => (null, Problems.BadRequest(detail, code));
}
