using System.Security.Cryptography;
using System.Text;
using Calguard.Analysis.Text;

namespace Calguard.Provenance;

/// <summary>
/// What one campaign's copies have in common once the per-copy noise is removed: the wording (without names,
/// numbers, dates, invisible characters and look-alike letters) and the link domains. Used to find every other
/// recipient of a reported campaign ("report once, clean everywhere").
/// </summary>
/// <param name="Value">The exact fingerprint, <c>cf1-</c> and 16 hex digits; equal for copies that differ only in noise.</param>
/// <param name="SimHash">A 64-bit SimHash of the same words, for near matches (Hamming distance ≤ 3 finds copies with a few changed words).</param>
/// <param name="LinkDomains">The organisational domains the copies link to.</param>
public sealed record CampaignFingerprint(string Value, ulong SimHash, IReadOnlyList<string> LinkDomains)
{
    private static readonly string[] Greetings =
    [
        "hello", "hi", "hey", "dear", "hallo", "liebe", "lieber", "beste", "bonjour", "cher", "chere", "hola", "estimado", "estimada", "ciao", "caro", "cara",
        "gentile", "ola", "prezado", "prezada", "witaj", "czesc", "drogi", "droga", "privet", "zdravstvuyte", "merhaba", "sayin", "tebrikler", "hoi", "goedendag",
        "good", "morning", "afternoon", "evening", "congratulations", "gefeliciteerd", "felicitations", "felicidades", "congratulazioni", "parabens",
    ];

    // Dates are per-copy noise in words too ("Monday 3 March"): month and weekday names and their abbreviations, in
    // the languages of the campaigns we see, as the normaliser writes them (lower case; accents both kept and dropped).
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "januar", "februar", "märz", "marz", "maerz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "janvier", "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato", "domenica",
        "janeiro", "fevereiro", "março", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "segunda", "terça", "terca", "quarta", "quinta", "sexta", "feira",
        "januari", "februari", "maart", "augustus", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    };

    /// <summary>Computes the fingerprint of an invitation's first event (and the message subject when there is no event).</summary>
    public static CampaignFingerprint Compute(Invitation invitation)
    {
        var personal = new HashSet<string>(StringComparer.Ordinal);
        void Personal(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }
            foreach (var w in TextNormaliser.Words(TextNormaliser.Normalise(text.Replace('.', ' ').Replace('_', ' ')).Text))
            {
                personal.Add(w);
            }
        }
        var message = invitation.Message;
        Personal(message.From?.DisplayName);
        Personal(message.From?.Address.Split('@')[0]);
        foreach (var a in message.To.Concat(message.Cc))
        {
            Personal(a.DisplayName);
            Personal(a.Address.Split('@')[0]);
        }
        foreach (var r in invitation.Transport.Recipients)
        {
            Personal(r.Split('@')[0]);
        }

        var text = new StringBuilder();
        var links = new SortedSet<string>(StringComparer.Ordinal);
        var first = invitation.Events.Select(e => e.Event).FirstOrDefault();
        if (first is not null)
        {
            Personal(first.Organizer?.CommonName);
            Personal(first.Organizer?.Address?.Split('@')[0]);
            foreach (var a in first.Attendees.Take(200))
            {
                Personal(a.CommonName);
                Personal(a.Address?.Split('@')[0]);
            }
            // Invisible characters go first: one inside "https:\u200B//" would hide a link (and its tracking token)
            // from the address scrubber and the link extractor, and make that copy's words differ.
            var description = Visible(first.Description);
            var location = Visible(first.Location);
            foreach (var part in new[] { Visible(first.Summary), description, location })
            {
                if (part is not null)
                {
                    text.Append(part).Append('\n');
                }
            }
            var found = new List<Link>();
            LinkExtractor.Extract(description, "DESCRIPTION", found);
            LinkExtractor.Extract(location, "LOCATION", found);
            if (first.Url is { } url && Link.Parse(url, "URL") is { } u)
            {
                found.Add(u);
            }
            foreach (var l in found)
            {
                if (l.Host.Length > 0)
                {
                    links.Add(l.Domain);
                }
            }
        }
        else
        {
            text.Append(Visible(message.Subject));
        }

        var normalised = TextNormaliser.Normalise(TextScrubber.RemoveAddresses(text.ToString())).Text;
        var words = TextNormaliser.Words(normalised);
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 3 || w.Any(char.IsDigit) || personal.Contains(w) || CalendarWords.Contains(w))
            {
                continue;
            }
            // The word after a greeting is the recipient's name more often than not.
            if (i > 0 && Greetings.Contains(words[i - 1], StringComparer.Ordinal) && !Greetings.Contains(w, StringComparer.Ordinal))
            {
                continue;
            }
            kept.Add(w);
        }

        var canonical = string.Join(' ', kept) + " | " + string.Join(' ', links);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        var value = "cf1-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
        return new CampaignFingerprint(value, ComputeSimHash(kept.Concat(links.Select(l => "link:" + l))), links.ToArray());
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Visible(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!TextNormaliser.IsInvisible(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    sb.Append(text, i, 2);
                }
                i++;
            }
            else if (!TextNormaliser.IsInvisible(text[i]))
            {
                sb.Append(text[i]);
            }
        }
        return sb.Length == text.Length ? text : sb.ToString();
    }

    /// <summary>Number of differing bits between two SimHashes.</summary>
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>The four 16-bit bands of a SimHash; two hashes within distance 3 share at least one band (pigeonhole), so a store can index them.</summary>
    public static IReadOnlyList<ushort> Bands(ulong simHash) =>
        [(ushort)(simHash & 0xFFFF), (ushort)((simHash >> 16) & 0xFFFF), (ushort)((simHash >> 32) & 0xFFFF), (ushort)(simHash >> 48)];

    private static ulong ComputeSimHash(IEnumerable<string> features)
    {
        Span<int> weights = stackalloc int[64];
        var any = false;
        foreach (var feature in features)
        {
            any = true;
            var h = Fnv1a64(feature);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        if (!any)
        {
            return 0;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }
        return result;
    }

    private static ulong Fnv1a64(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
