using Calguard.Analysis.Text;

namespace Calguard.Analysis;

/// <summary>Text, links and phone numbers of the invitation, normalised once for every content rule.</summary>
public sealed class ContentFacts
{
    /// <summary>Normalised text of the prominent places: subject, display names, organizer CN, SUMMARY.</summary>
    public required NormalisedText Prominent { get; init; }

    /// <summary>Normalised text of the calendar objects (SUMMARY, DESCRIPTION, LOCATION, COMMENT, X-ALT-DESC).</summary>
    public required NormalisedText Calendar { get; init; }

    /// <summary>Normalised text of the mail bodies.</summary>
    public required NormalisedText Body { get; init; }

    /// <summary>Words of all three texts.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Words of the calendar text.</summary>
    public required IReadOnlyList<string> CalendarWords { get; init; }

    /// <summary>Words of the body text.</summary>
    public required IReadOnlyList<string> BodyWords { get; init; }

    /// <summary>Words of the prominent text.</summary>
    public required IReadOnlyList<string> ProminentWords { get; init; }

    /// <summary>Lure categories found anywhere.</summary>
    public required IReadOnlyDictionary<string, LexiconMatch> Lures { get; init; }

    /// <summary>Brands named in the prominent places.</summary>
    public required IReadOnlyList<Brand> ProminentBrands { get; init; }

    /// <summary>Brands named anywhere.</summary>
    public required IReadOnlyList<Brand> Brands { get; init; }

    /// <summary>Links from every field and body.</summary>
    public required IReadOnlyList<Link> Links { get; init; }

    /// <summary>Phone numbers in the calendar text and bodies.</summary>
    public required IReadOnlyList<PhoneNumber> Phones { get; init; }

    /// <summary>The calendar fields' text as written, before normalisation blanked its URLs and addresses; at most <see cref="AnalysisOptions.MaxTextChars"/> characters.</summary>
    public string CalendarSource { get; init; } = string.Empty;

    /// <summary>Raw text length of the calendar fields (before normalisation), for "payload only in the .ics".</summary>
    public int CalendarTextLength { get; init; }

    /// <summary>Raw text length of the bodies.</summary>
    public int BodyTextLength { get; init; }

    /// <summary>The weight of a lure category (0 when absent).</summary>
    public double Lure(string category) => Lures.TryGetValue(category, out var m) ? m.Weight : 0;

    /// <summary>The terms found for a lure category.</summary>
    public IReadOnlyList<string> LureTerms(string category) => Lures.TryGetValue(category, out var m) ? m.Terms : [];

    /// <summary>Invisible characters removed from all texts.</summary>
    public int InvisibleCharacters => Prominent.InvisibleCharacters + Calendar.InvisibleCharacters + Body.InvisibleCharacters;

    /// <summary>Invisible characters between letters of a word.</summary>
    public int InvisibleInsideWords => Prominent.InvisibleInsideWords + Calendar.InvisibleInsideWords + Body.InvisibleInsideWords;
}
