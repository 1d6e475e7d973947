namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A sender domain that puts a look-alike character inside a word: a capital I among lower-case letters
/// ("grupo-arandeIa.com.mx", "paypaI-resolution.com"), a 1 or a 0 between letters ("examp1e", "lanternw0rks"), or a 0
/// opening a word ("zm-0rzel.pl"). Domain names are case-blind, so the capital only changes what the reader sees, and
/// nobody names a company with a digit posing as a letter: a registered look-alike needs it to pass for the supplier,
/// the colleague or the brand it copies.
/// </summary>
public sealed class HomoglyphDomainRule : Rule
{
    /// <summary>A look-alike character in the From or organizer domain.</summary>
    public static readonly Signal Homoglyph = new("SENDER_DOMAIN_HOMOGLYPH", Groups.Transport, 3.5,
        "The From or organizer domain puts a look-alike character inside a word (a capital I or a 1 for an l, a 0 for an o): a look-alike of another name.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Homoglyph];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (Reading.CalendarAddress.DomainAsWritten(context.Invitation.Message.FromAsWritten) is { } from && LookalikeWord(from) is { } word)
        {
            hits.Add(Homoglyph, $"From domain {from} writes \"{word}\"");
            return;
        }
        foreach (var (_, ev) in context.Events)
        {
            if (ev.Organizer is { } organizer && Reading.CalendarAddress.DomainAsWritten(organizer.RawValue) is { } domain && LookalikeWord(domain) is { } w)
            {
                hits.Add(Homoglyph, $"organizer domain {domain} writes \"{w}\"");
                return;
            }
        }
    }

    /// <summary>The word of <paramref name="domain"/> (as written) that carries a look-alike character, or null.</summary>
    internal static string? LookalikeWord(string domain)
    {
        foreach (var label in domain.Split('.'))
        {
            if (CapitalIPosesAsL(label))
            {
                return label;
            }
            foreach (var word in label.Split('-'))
            {
                if (DigitPosesAsLetter(word))
                {
                    return word;
                }
            }
        }
        return null;
    }

    // Only capitals that are I, one of them after a lower-case letter: a domain typed in capitals (EXAMPLE.COM),
    // capitalised (Example.com) or in camel case (MyCompanyInc.com) has other capitals, or none after a lower-case letter.
    private static bool CapitalIPosesAsL(string label)
    {
        var afterLower = false;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (char.IsAsciiLetterUpper(c) && c != 'I')
            {
                return false;
            }
            afterLower |= c == 'I' && i > 0 && char.IsAsciiLetterLower(label[i - 1]);
        }
        return afterLower;
    }

    // The one digit of a word, a 0 or 1 between two letters ("examp1e", "w0rks") or a 0 opening a word of letters
    // ("0ffice"). A leading 1 is left alone (1password, 1und1), and so is a digit that ends a word (radio1, formula1); a
    // word with several digits is a machine's name (4m1n0g.onmicrosoft.com), not a look-alike.
    private static bool DigitPosesAsLetter(string word)
    {
        if (word.AsSpan().IndexOfAnyInRange('0', '9') is var first && (first < 0 || word.AsSpan(first + 1).IndexOfAnyInRange('0', '9') >= 0))
        {
            return false;
        }
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] is not ('0' or '1'))
            {
                continue;
            }
            var before = i > 0 && char.IsAsciiLetter(word[i - 1]);
            var after = i + 1 < word.Length && char.IsAsciiLetter(word[i + 1]);
            if (before && after)
            {
                return true;
            }
            if (i == 0 && word[i] == '0' && word.Length >= 4 && !word.AsSpan(1).ContainsAnyExcept(AsciiLetters))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
