using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Calguard.CalDav.Cleaning;

namespace Calguard.Host.Cli;

/// <summary>
/// How <c>calguard caldav</c> prints judged objects, clean steps and restore results: an aligned table for people,
/// or one JSON object per line (<c>--json</c>) whose names follow <c>calguard scan --json</c> (<c>verdict</c>,
/// <c>score</c>, <c>symbols</c>).
/// </summary>
public static class CalDavOutput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The header of the findings table.</summary>
    public static string FindingHeader => $"{"VERDICT",-10} {"SCORE",6}  {"CALENDAR",-16} {"ORGANIZER",-30} SUMMARY";

    /// <summary>The header of the steps table.</summary>
    public static string StepHeader => $"{"ACTION",-18} {"STATUS",-15} {"VERDICT",-10} {"SCORE",6}  SUMMARY";

    /// <summary>The lower-case verdict name used in output.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string Name(EventVerdict verdict) => verdict switch
    {
        EventVerdict.Spam => "spam",
        EventVerdict.Suspicious => "suspicious",
        _ => "clean",
    };

    /// <summary>The output name of a clean action.</summary>
    /// <param name="action">The action.</param>
    public static string Name(CleanAction action) => action switch
    {
        CleanAction.Delete => "delete",
        CleanAction.ReportAuditFailure => "audit-failure",
        CleanAction.Quarantine => "quarantine",
        CleanAction.StripAlarms => "strip-alarms",
        CleanAction.DeleteInboxCopy => "delete-inbox-copy",
        CleanAction.DeleteCollection => "delete-collection",
        CleanAction.CreateQuarantineCalendar => "create-calendar",
        _ => action.ToString().ToLowerInvariant(),
    };

    /// <summary>The output name of a clean status.</summary>
    /// <param name="status">The status.</param>
    public static string Name(CleanStatus status) => status switch
    {
        CleanStatus.Planned => "planned",
        CleanStatus.Done => "done",
        CleanStatus.SkippedChanged => "skipped-changed",
        CleanStatus.SkippedGone => "skipped-gone",
        CleanStatus.NothingToDo => "nothing-to-do",
        CleanStatus.Failed => "failed",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>The output name of a restore status.</summary>
    /// <param name="status">The status.</param>
    public static string Name(RestoreStatus status) => status switch
    {
        RestoreStatus.Restored => "restored",
        RestoreStatus.AlreadyPresent => "already-present",
        RestoreStatus.Conflict => "conflict",
        RestoreStatus.Failed => "failed",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Writes one judged object as a table row (two or three lines) or a JSON line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="json">True for a JSON line.</param>
    /// <param name="calendar">The calendar href (or the feed URL).</param>
    /// <param name="calendarName">A short calendar name for the table.</param>
    /// <param name="href">The object href.</param>
    /// <param name="etag">The ETag it was judged at.</param>
    /// <param name="judgement">The judgement.</param>
    /// <param name="cached">True when the judgement came from the state file.</param>
    public static void WriteFinding(TextWriter writer, bool json, string calendar, string calendarName, string href, string? etag, EventJudgement judgement, bool? cached)
    {
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(new FindingLine(
                calendar, href, etag, judgement.Uid, judgement.Summary, judgement.Organizer, Name(judgement.Verdict), judgement.Score,
                judgement.CampaignFingerprint, Symbols(judgement), cached), Json));
            return;
        }

        writer.WriteLine($"{Name(judgement.Verdict),-10} {judgement.Score.ToString("0.0", CultureInfo.InvariantCulture),6}  {Cut(calendarName, 16),-16} {Cut(judgement.Organizer ?? "-", 30),-30} {Cut(OneLine(judgement.Summary) ?? "(no summary)", 60)}");
        WriteReasons(writer, judgement);
        writer.WriteLine($"{string.Empty,19}campaign {judgement.CampaignFingerprint ?? "-"}  {href}{(cached == true ? "  (unchanged since last run)" : string.Empty)}");
    }

    /// <summary>Writes one clean step as a table row or a JSON line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="json">True for a JSON line.</param>
    /// <param name="step">The step.</param>
    public static void WriteStep(TextWriter writer, bool json, CleanStep step)
    {
        var j = step.Judgement;
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(new StepLine(
                Name(step.Action), Name(step.Status), step.CalendarHref, step.Href, step.ETag, step.TargetHref, j?.Uid, j?.Summary, j?.Organizer,
                j is null ? null : Name(j.Verdict), j?.Score, j?.CampaignFingerprint, j is null ? null : Symbols(j), step.Detail), Json));
            return;
        }

        var verdict = j is null ? "-" : Name(j.Verdict);
        var score = j is null ? "-" : j.Score.ToString("0.0", CultureInfo.InvariantCulture);
        writer.WriteLine($"{Name(step.Action),-18} {Name(step.Status),-15} {verdict,-10} {score,6}  {Cut(OneLine(j?.Summary) ?? step.Href, 60)}");
        writer.WriteLine($"{string.Empty,19}{step.Href}{(step.TargetHref is { } t ? " -> " + t : string.Empty)}{(j?.Organizer is { } o ? "  organizer " + o : string.Empty)}");
        if (j is not null && step.Action is not (CleanAction.DeleteInboxCopy or CleanAction.CreateQuarantineCalendar))
        {
            WriteReasons(writer, j);
        }

        if (step.Detail is { Length: > 0 } detail)
        {
            writer.WriteLine($"{string.Empty,19}{detail}");
        }
    }

    /// <summary>Writes one restore result (or planned restore) as a table row or a JSON line.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="json">True for a JSON line.</param>
    /// <param name="status">The status name (restored, already-present, conflict, failed, or a planned state).</param>
    /// <param name="entry">The undo-log entry.</param>
    /// <param name="detail">Why, for a conflict or failure.</param>
    public static void WriteRestore(TextWriter writer, bool json, string status, UndoEntry entry, string? detail)
    {
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(new RestoreLine(status, entry.Action, entry.Calendar, entry.Href, entry.Uid, entry.QuarantineHref, detail), Json));
            return;
        }

        writer.WriteLine($"{status,-18} {entry.Action,-25} {entry.Href}{(entry.Uid is { } uid ? "  UID " + uid : string.Empty)}");
        if (detail is { Length: > 0 })
        {
            writer.WriteLine($"{string.Empty,19}{detail}");
        }
    }

    private static void WriteReasons(TextWriter writer, EventJudgement judgement)
    {
        var top = string.Join(' ', judgement.Reasons.Take(6).Select(r => $"{r.Name}({r.Score.ToString("0.##", CultureInfo.InvariantCulture)})"));
        if (top.Length > 0)
        {
            writer.WriteLine($"{string.Empty,19}{top}");
        }
    }

    private static SymbolLine[] Symbols(EventJudgement judgement) =>
        judgement.Reasons.Select(r => new SymbolLine(r.Name, r.Score, r.Detail)).ToArray();

    private static string? OneLine(string? text) => text?.ReplaceLineEndings(" ").Trim();

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private sealed record SymbolLine(string Name, double Score, string Detail);

    private sealed record FindingLine(
        string Calendar, string Href, string? Etag, string? Uid, string? Summary, string? Organizer, string Verdict, double Score,
        string? Campaign, SymbolLine[] Symbols, bool? Cached);

    private sealed record StepLine(
        string Action, string Status, string Calendar, string Href, string? Etag, string? Target, string? Uid, string? Summary, string? Organizer,
        string? Verdict, double? Score, string? Campaign, SymbolLine[]? Symbols, string? Detail);

    private sealed record RestoreLine(string Status, string Action, string Calendar, string Href, string? Uid, string? QuarantineHref, string? Detail);
}
