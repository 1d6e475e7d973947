namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// Finds the random tokens bulk senders append to subjects and display names so that no two copies hash alike
/// ("…laatste kans op prijzen! 2422822", "Jouw Douglas Cadeaucoach .WUUNM").
/// </summary>
public sealed class RandomTokenRule : Rule
{
    /// <summary>A random token in the subject or display name.</summary>
    public static readonly Signal RandomToken = new("SUBJECT_RANDOM_TOKEN", Groups.Transport, 2.0,
        "The subject or sender name ends in a random token (digits or capitals) that only serves to make each copy unique.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [RandomToken];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var message = context.Invitation.Message;
        foreach (var (text, where) in new[] { (message.Subject, "subject"), (message.From?.DisplayName, "sender name") })
        {
            if (text is not null && TrailingToken(text) is { } token)
            {
                hits.Add(RandomToken, $"{where} ends in \"{token}\"");
                return;
            }
        }
    }

    internal static string? TrailingToken(string text)
    {
        var trimmed = text.TrimEnd();
        var end = trimmed.Length;
        var start = end;
        while (start > 0 && char.IsAsciiLetterOrDigit(trimmed[start - 1]))
        {
            start--;
        }
        if (start == end || start == 0)
        {
            return null;
        }
        var token = trimmed[start..end];
        var before = trimmed[start - 1];
        // Only a token set apart by odd punctuation or a run of spaces/tabs, never a normal last word.
        var gap = start;
        while (gap > 0 && char.IsWhiteSpace(trimmed[gap - 1]))
        {
            gap--;
        }
        var wideGap = start - gap >= 2 || trimmed[start - 1] == '\t';
        var oddMark = before is '.' or '|' or '_' || (gap > 0 && trimmed[gap - 1] is '!' or '.' or '?' or ')' && start - gap >= 1 && wideGap);
        if (!wideGap && !oddMark)
        {
            return null;
        }
        var digits = token.Count(char.IsAsciiDigit);
        var upper = token.Count(char.IsAsciiLetterUpper);
        var lower = token.Count(char.IsAsciiLetterLower);
        if (token.Length >= 6 && digits == token.Length)
        {
            return token;
        }
        if (token.Length >= 5 && lower == 0 && upper >= 3 && (digits > 0 || !HasVowelPattern(token)))
        {
            return token;
        }
        if (token.Length >= 5 && lower == 0 && upper == token.Length && before == '.')
        {
            return token;
        }
        return null;
    }

    private static bool HasVowelPattern(string token)
    {
        var vowels = token.Count(c => "AEIOUY".Contains(c));
        return vowels >= token.Length / 3 && vowels > 0;
    }
}
