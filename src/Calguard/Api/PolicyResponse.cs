using System.Text.Json;
using Calguard.Decisions;
using Calguard.Storage.Policies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api;

/// <summary>The body of policy GET and PUT answers: <c>{"recipient"|"domain", "override", "effective"}</c>.</summary>
public static class PolicyResponse
{
    /// <summary>Renders the stored override (or null) and the policy that results from all levels.</summary>
    public static ContentHttpResult Render(string nameField, string name, PolicyOverride? stored, RecipientPolicy effective) => JsonBody.Ok(w =>
    {
        w.WriteStartObject();
        w.WriteString(nameField, name);
        w.WritePropertyName("override");
        if (stored is null)
        {
            w.WriteNullValue();
        }
        else
        {
            PolicyJson.Write(w, stored);
        }
        w.WritePropertyName("effective");
        PolicyJson.Write(w, effective);
        w.WriteEndObject();
    });

    /// <summary>Reads a policy override body, or returns the 400/413/415.</summary>
    public static async Task<(PolicyOverride? Policy, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }
        using (document)
        {
            try
            {
                return (PolicyJson.Read(document!.RootElement), null);
            }
            catch (FormatException e)
            {
                return (null, Problems.BadRequest(e.Message, "invalid-policy"));
            }
        }
    }

    /// <summary>Writes a JSON string array property.</summary>
    public static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
