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
            foreach (var part in new[] { first.Summary, first.Description, first.Location })
            {
                if (part is not null)
                {
                    text.Append(part).Append('\n');
                }
            }
            var found = new List<Link>();
            LinkExtractor.Extract(first.Description, "DESCRIPTION", found);
            LinkExtractor.Extract(first.Location, "LOCATION", found);
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
            text.Append(message.Subject);
        }

        var normalised = TextNormaliser.Normalise(TextScrubber.RemoveAddresses(text.ToString())).Text;
        var words = TextNormaliser.Words(normalised);
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 3 || w.Any(char.IsDigit) || personal.Contains(w))
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
