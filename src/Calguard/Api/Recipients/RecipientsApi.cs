using System.Text.Json;
using Calguard.Contacts;
using Calguard.Decisions;
using Calguard.Host.Api.Auth;
using Calguard.Host.Api.Scan;
using Calguard.Host.Hosting;
using Calguard.Storage;
using Calguard.Storage.Policies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Recipients;

/// <summary>
/// <c>/v1/recipients/{address}/…</c>: a recipient's policy override, contacts (vCard or JSON) and correspondents
/// (addresses the recipient wrote to). Contacts and correspondents make an organizer a known sender (R40, R44).
/// </summary>
public static class RecipientsApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapRecipients(this RouteGroupBuilder v1)
    {
        var recipients = v1.MapGroup("/recipients/{address}").WithTags("Recipients");
        recipients.MapGet("/policy", GetPolicyAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("The recipient's policy override and the effective policy").Produces(200, contentType: "application/json").ProducesProblem(400);
        recipients.MapPut("/policy", PutPolicyAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Set the recipient's policy override (fields as in configuration: autoAdd, alarms, …)")
            .Accepts<JsonElement>("application/json").Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(415);
        recipients.MapDelete("/policy", DeletePolicyAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Remove the recipient's policy override").Produces(204).ProducesProblem(400);
        recipients.MapGet("/contacts", GetContactsAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("The recipient's contacts").Produces(200, contentType: "application/json");
        recipients.MapPut("/contacts", PutContactsAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Replace the recipient's contacts: text/vcard (one or more cards) or JSON {\"addresses\": [...]}")
            .Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        recipients.MapGet("/correspondents", GetCorrespondentsAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Addresses the recipient wrote to").Produces(200, contentType: "application/json");
        recipients.MapPost("/correspondents", PostCorrespondentsAsync).RequireScope(ScopePolicies.Scan)
            .WithSummary("Record addresses the recipient wrote to: JSON {\"addresses\": [...], \"at\": ISO-8601?}")
            .Accepts<JsonElement>("application/json").Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(415);
        return v1;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetPolicyAsync(HttpContext http, string address, CalguardStore store, Pipeline pipeline, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        var stored = await store.Policies.GetAsync(PolicyScope.Recipient, recipient!, cancellationToken).ConfigureAwait(false);
        return PolicyResponse.Render("recipient", recipient!, stored, pipeline.Policies.Resolve(recipient));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PutPolicyAsync(HttpContext http, string address, CalguardStore store, Pipeline pipeline, HostSettings host, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        var (policy, bodyProblem) = await PolicyResponse.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }
        await store.Policies.SetAsync(PolicyScope.Recipient, recipient!, policy, cancellationToken).ConfigureAwait(false);
        return PolicyResponse.Render("recipient", recipient!, policy, pipeline.Policies.Resolve(recipient));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeletePolicyAsync(HttpContext http, string address, CalguardStore store, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        await store.Policies.SetAsync(PolicyScope.Recipient, recipient!, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetContactsAsync(HttpContext http, string address, CalguardStore store, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        var contacts = await store.KnownSenders.ContactsAsync(recipient!, cancellationToken).ConfigureAwait(false);
        return List("contacts", recipient!, contacts);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCorrespondentsAsync(HttpContext http, string address, CalguardStore store, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        var list = await store.KnownSenders.CorrespondentsAsync(recipient!, cancellationToken).ConfigureAwait(false);
        return List("correspondents", recipient!, list);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PutContactsAsync(HttpContext http, string address, CalguardStore store, HostSettings host, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        IReadOnlyList<string> addresses;
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) &&
            (type.MediaType.Equals("text/vcard", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("text/x-vcard", StringComparison.OrdinalIgnoreCase)))
        {
            var (bytes, bodyProblem) = await MessageBody.ReadBytesAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (bodyProblem is not null)
            {
                return bodyProblem;
            }
            addresses = VCardReader.ReadAddresses(bytes);
            if (addresses.Count == 0 && !System.Text.Encoding.ASCII.GetString(bytes!, 0, Math.Min(bytes!.Length, 4096)).Contains("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase))
            {
                return Problems.BadRequest("the body holds no vCard (BEGIN:VCARD)", "invalid-vcard");
            }
        }
        else if (JsonBody.IsJson(http.Request))
        {
            var (list, listProblem) = await ReadAddressesAsync(http, host, cancellationToken).ConfigureAwait(false);
            if (listProblem is not null)
            {
                return listProblem;
            }
            addresses = list!.Addresses;
        }
        else
        {
            return Problems.UnsupportedMediaType($"send contacts as text/vcard or application/json, not '{http.Request.ContentType}'");
        }
        var stored = await store.KnownSenders.SetContactsAsync(recipient!, addresses, cancellationToken).ConfigureAwait(false);
        return JsonBody.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("recipient", recipient);
            w.WriteNumber("contacts", stored);
            w.WriteEndObject();
        });
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PostCorrespondentsAsync(HttpContext http, string address, CalguardStore store, HostSettings host, TimeProvider time, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        var (list, listProblem) = await ReadAddressesAsync(http, host, cancellationToken).ConfigureAwait(false);
        if (listProblem is not null)
        {
            return listProblem;
        }
        var added = await store.KnownSenders.AddCorrespondentsAsync(recipient!, list!.Addresses, list.At ?? time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return JsonBody.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("recipient", recipient);
            w.WriteNumber("correspondents", added);
            w.WriteEndObject();
        });
    }

    private sealed record AddressList(IReadOnlyList<string> Addresses, DateTimeOffset? At);

    /// <summary>Reads <c>{"addresses": [...], "at"?: "..."}</c> or a bare array; every address must be valid (else 400 naming them).</summary>
    private static async Task<(AddressList? List, ProblemHttpResult? Problem)> ReadAddressesAsync(HttpContext http, HostSettings host, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }
        using (document)
        {
            var root = document!.RootElement;
            JsonElement array;
            DateTimeOffset? at = null;
            if (root.ValueKind == JsonValueKind.Array)
            {
                array = root;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("addresses", out array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var p in root.EnumerateObject())
                {
                    if (p.Name is not ("addresses" or "at"))
                    {
                        return (null, Problems.BadRequest($"unknown field '{p.Name}' (addresses, at)", "invalid-addresses"));
                    }
                }
                if (root.TryGetProperty("at", out var atElement) && atElement.ValueKind != JsonValueKind.Null)
                {
                    if (atElement.ValueKind != JsonValueKind.String || !atElement.TryGetDateTimeOffset(out var parsed))
                    {
                        return (null, Problems.BadRequest("at must be an ISO 8601 date-time", "invalid-addresses"));
                    }
                    at = parsed;
                }
            }
            else
            {
                return (null, Problems.BadRequest("send {\"addresses\": [\"a@example.org\", …]}", "invalid-addresses"));
            }
            var addresses = new List<string>();
            var bad = new List<string>();
            foreach (var item in array.EnumerateArray())
            {
                var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ToString();
                if (Reading.CalendarAddress.Normalise(text) is { } a)
                {
                    addresses.Add(a);
                }
                else
                {
                    bad.Add(text ?? "null");
                }
            }
            if (bad.Count > 0)
            {
                return (null, Problems.BadRequest($"not mail addresses: {string.Join(", ", bad.Take(10))}", "invalid-addresses"));
            }
            return (new AddressList(addresses, at), null);
        }
    }

    private static ContentHttpResult List(string field, string recipient, IReadOnlyList<string> values) => JsonBody.Ok(w =>
    {
        w.WriteStartObject();
        w.WriteString("recipient", recipient);
        PolicyResponse.WriteArray(w, field, values);
        w.WriteEndObject();
    });
}
