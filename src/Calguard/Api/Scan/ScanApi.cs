using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Calguard.Host.Api.Auth;
using Calguard.Host.Hosting;
using Calguard.Reporting;
using Calguard.Sanitising;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Scan;

/// <summary><c>POST /v1/scan</c> and <c>POST /v1/sanitize</c>: the pipeline over HTTP.</summary>
public static class ScanApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapScan(this RouteGroupBuilder v1)
    {
        v1.MapPost("/scan", ScanAsync).RequireScope(ScopePolicies.Scan).WithTags("Scan")
            .WithName("Scan").WithSummary("Judge a message or .ics file and decide for each recipient")
            .WithDescription("Body: message/rfc822 or text/calendar. Returns the object `calguard scan --json` prints (for the first recipient) plus `decisions`, one per recipient. Records provenance per recipient and counts statistics.")
            .Produces<ScanReport>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        v1.MapPost("/sanitize", SanitizeAsync).RequireScope(ScopePolicies.Scan).WithTags("Scan")
            .WithName("Sanitize").WithSummary("Return the message with the recipient's decision applied")
            .WithDescription("Only the calendar parts are rewritten (alarms stripped, recurrence capped, TRANSP:TRANSPARENT, or demoted), and X-Calguard-* headers are added. The decision is also in the Calguard-Action, Calguard-Verdict and Calguard-Score response headers. Records nothing.")
            .Produces(StatusCodes.Status200OK, contentType: "message/rfc822")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return v1;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScanAsync(HttpContext http, ScanService scans, HostSettings host, CancellationToken cancellationToken)
    {
        var (context, problem) = Envelope.Read(http);
        if (problem is not null)
        {
            return problem;
        }
        var (body, _, bodyProblem) = await MessageBody.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }
        var outcome = await scans.ScanAsync(body, context!, "api", cancellationToken).ConfigureAwait(false);
        return TypedResults.Bytes(RenderUtf8(outcome.Result), JsonContentType);
    }

    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The scan response: the <c>scan --json</c> object for the first recipient, plus <c>decisions</c> for all.</summary>
    public static string Render(PipelineResult result) => Encoding.UTF8.GetString(RenderUtf8(result));

    /// <summary>The scan response as UTF-8 JSON, written straight from the report objects (no JSON DOM in between).</summary>
    public static byte[] RenderUtf8(PipelineResult result)
    {
        var first = result.Decisions[0];
        var report = ScanReportBuilder.Build(result.Scan, first.Decision, first.Recipient);
        // One buffer and writer per thread, reset for each response (the rendering is synchronous): only the output
        // array is allocated per request.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        try
        {
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, report, ReportJson.Default.ScanReport);
            writer.Flush();
            // The report is a non-empty object: drop its closing brace and append "decisions" as its last member.
            var written = buffer.WrittenCount;
            writer.Reset(buffer);
            writer.WriteStartArray();
            for (var i = 0; i < result.Decisions.Count; i++)
            {
                var d = result.Decisions[i];
                var decision = i == 0 ? report.Decision! : ScanReportBuilder.Build(result.Scan, d.Decision, d.Recipient).Decision!;
                JsonSerializer.Serialize(writer, decision, ReportJson.Default.DecisionReport);
            }
            writer.WriteEndArray();
            writer.Flush();
            var span = buffer.WrittenSpan;
            var decisions = span[written..];
            var output = new byte[written - 1 + DecisionsMember.Length + decisions.Length + 1];
            span[..(written - 1)].CopyTo(output);
            DecisionsMember.CopyTo(output.AsSpan(written - 1));
            decisions.CopyTo(output.AsSpan(written - 1 + DecisionsMember.Length));
            output[^1] = (byte)'}';
            return output;
        }
        finally
        {
            writer.Reset(Stream.Null);
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
            }
        }
    }

    // A report larger than this (many recipients) gets a buffer that is not kept.
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static ReadOnlySpan<byte> DecisionsMember => ",\"decisions\":"u8;

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SanitizeAsync(HttpContext http, Pipeline pipeline, Sanitiser sanitiser, HostSettings host, CancellationToken cancellationToken)
    {
        var (context, problem) = Envelope.Read(http);
        if (problem is not null)
        {
            return problem;
        }
        if (context!.Recipients.Count > 1)
        {
            return Problems.BadRequest("sanitize applies one recipient's decision: give at most one recipient", "too-many-recipients");
        }
        var (body, mediaType, bodyProblem) = await MessageBody.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }
        var result = await pipeline.ProcessAsync(body, context, cancellationToken).ConfigureAwait(false);
        var decision = result.Decisions[0];
        var sanitised = sanitiser.Sanitise(result.Scan.Invitation, result.Scan.Verdict, decision.Decision);
        http.Response.Headers["Calguard-Action"] = Decisions.DecisionActionNames.ToName(decision.Decision.Action);
        http.Response.Headers["Calguard-Verdict"] = result.Scan.Verdict.Name;
        http.Response.Headers["Calguard-Score"] = result.Scan.Verdict.Score.ToString("0.##", CultureInfo.InvariantCulture);
        var contentType = result.Scan.Invitation.IsMessage ? "message/rfc822" : "text/calendar; charset=utf-8";
        return TypedResults.File(sanitised.Message, contentType);
    }
}
