using System.Globalization;
using System.Text;
using Calguard.Analysis;
using Calguard.Decisions;
using Calguard.Scoring;

namespace Calguard.Sanitising;

/// <summary>
/// The names and formats of the <c>X-Calguard-*</c> headers, in one place: the sanitiser, the milter, the HTTP API and
/// the downstream Sieve snippets in <c>docs/integration/</c> all rely on exactly these spellings.
/// </summary>
/// <remarks>
/// Every existing <c>X-Calguard-*</c> header is removed before ours are added, so a sender cannot pre-set a verdict
/// (see <see cref="IsCalguardHeader"/>). Header values are ASCII only.
/// </remarks>
public static class CalguardHeaders
{
    /// <summary>The common prefix, <c>X-Calguard-</c>.</summary>
    public const string Prefix = "X-Calguard-";

    /// <summary><c>X-Calguard-Verdict: clean|suspicious|spam</c>.</summary>
    public const string Verdict = "X-Calguard-Verdict";

    /// <summary><c>X-Calguard-Score: 7.5</c> (invariant culture, at most two decimals).</summary>
    public const string Score = "X-Calguard-Score";

    /// <summary><c>X-Calguard-Symbols: NAME(score), NAME(score)</c>, largest |score| first, folded.</summary>
    public const string Symbols = "X-Calguard-Symbols";

    /// <summary><c>X-Calguard-Action: accept|deliver-no-autoadd|sanitize|quarantine|reject</c>.</summary>
    public const string Action = "X-Calguard-Action";

    /// <summary><c>X-Calguard-Autoadd: yes|no</c>: whether the calendar server may add the event by itself (R16, R22).</summary>
    public const string Autoadd = "X-Calguard-Autoadd";

    /// <summary><c>X-Calguard-Default-Alarms: off</c>: the server must not add the user's default alarms either (R23, R35).</summary>
    public const string DefaultAlarms = "X-Calguard-Default-Alarms";

    /// <summary><c>X-Calguard-Error: timeout|exception|…</c>, added by the milter when it fails open.</summary>
    public const string Error = "X-Calguard-Error";

    /// <summary>The value of <see cref="Autoadd"/> that allows auto-add.</summary>
    public const string Yes = "yes";

    /// <summary>The value of <see cref="Autoadd"/> that forbids auto-add.</summary>
    public const string No = "no";

    /// <summary>The value of <see cref="DefaultAlarms"/>.</summary>
    public const string Off = "off";

    /// <summary>Fold <see cref="Symbols"/> so that no physical header line is longer than this (RFC 5322 §2.1.1 recommends 78).</summary>
    public const int FoldWidth = 78;

    /// <summary>True when <paramref name="name"/> starts with <see cref="Prefix"/>, ignoring case.</summary>
    public static bool IsCalguardHeader(string name) => name.Trim().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Formats a score: invariant culture, at most two decimals (<c>7.5</c>, <c>-1</c>, <c>0</c>).</summary>
    public static string FormatScore(double score) => Math.Round(score, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The autoadd value for a decision.</summary>
    public static string FormatAutoadd(bool autoAdd) => autoAdd ? Yes : No;

    /// <summary>
    /// Formats hits as <c>NAME(score), NAME(score)</c>, largest |score| first (rspamd's milter_headers order), folded
    /// with <paramref name="newLine"/> plus a tab before any line would pass <see cref="FoldWidth"/>.
    /// </summary>
    /// <param name="hits">The verdict's hits.</param>
    /// <param name="newLine">The line break used for folding: the message's own, CRLF on the wire.</param>
    /// <returns>The header value, or the empty string when there are no hits.</returns>
    public static string FormatSymbols(IEnumerable<Hit> hits, string newLine = "\r\n")
    {
        var sb = new StringBuilder();
        var lineLength = Symbols.Length + 2; // "X-Calguard-Symbols: "
        var first = true;
        foreach (var hit in hits.OrderByDescending(h => Math.Abs(h.Score)))
        {
            var item = $"{Sanitize(hit.Name)}({FormatScore(hit.Score)})";
            if (first)
            {
                sb.Append(item);
                lineLength += item.Length;
                first = false;
                continue;
            }
            sb.Append(',');
            lineLength++;
            if (lineLength + 1 + item.Length > FoldWidth)
            {
                sb.Append(newLine).Append('\t');
                lineLength = 1;
            }
            else
            {
                sb.Append(' ');
                lineLength++;
            }
            sb.Append(item);
            lineLength += item.Length;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The headers Calguard adds for a verdict and decision, in the order they are written: Verdict, Score, Symbols (when
    /// there are hits), Action, Autoadd, and Default-Alarms when <see cref="Decision.SuppressDefaultAlarms"/> is set.
    /// </summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="decision">The decision for the recipient.</param>
    /// <param name="newLine">The line break used to fold long values.</param>
    public static IReadOnlyList<HeaderField> For(Verdict verdict, Decision decision, string newLine = "\r\n")
    {
        var headers = new List<HeaderField>(6)
        {
            new(Verdict, verdict.Name),
            new(Score, FormatScore(verdict.Score)),
        };
        var symbols = FormatSymbols(verdict.Hits, newLine);
        if (symbols.Length > 0)
        {
            headers.Add(new HeaderField(Symbols, symbols));
        }
        headers.Add(new HeaderField(Action, decision.Action.ToName()));
        headers.Add(new HeaderField(Autoadd, FormatAutoadd(decision.AutoAdd)));
        if (decision.SuppressDefaultAlarms)
        {
            headers.Add(new HeaderField(DefaultAlarms, Off));
        }
        return headers;
    }

    // Rule names are ours, but a configured name must never break the header syntax.
    private static string Sanitize(string name)
    {
        foreach (var c in name)
        {
            if (c is <= ' ' or > '~' or ',' or '(' or ')')
            {
                var sb = new StringBuilder(name.Length);
                foreach (var d in name)
                {
                    sb.Append(d is <= ' ' or > '~' or ',' or '(' or ')' ? '_' : d);
                }
                return sb.ToString();
            }
        }
        return name;
    }
}
