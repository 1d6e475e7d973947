namespace Calguard.Milter.Protocol;

/// <summary>A custom SMTP reply sent with <c>SMFIR_REPLYCODE</c>, such as <c>550 5.7.1 Calendar spam rejected</c>.</summary>
/// <remarks>
/// The MTA refuses a reply whose class does not match the action, so the code is validated here: 5xx for reject,
/// 4xx for tempfail, and an enhanced code (RFC 3463) of the same class.
/// </remarks>
public sealed record MilterSmtpReply
{
    /// <summary>Creates and validates a reply.</summary>
    /// <param name="code">The three-digit SMTP code, 4xx or 5xx.</param>
    /// <param name="enhancedCode">The enhanced status code (e.g. <c>5.7.1</c>) whose class matches <paramref name="code"/>, or <see langword="null"/>.</param>
    /// <param name="text">One line of text; <c>%</c> is allowed (it is escaped on the wire).</param>
    /// <exception cref="ArgumentException">The code is not 4xx/5xx, the enhanced code does not match, or the text has CR, LF or NUL.</exception>
    public MilterSmtpReply(string code, string? enhancedCode, string text)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(text);
        if (code.Length != 3 || code[0] is not ('4' or '5') || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
        {
            throw new ArgumentException($"'{code}' is not a 4xx or 5xx SMTP code.", nameof(code));
        }

        if (!string.IsNullOrEmpty(enhancedCode) && !IsEnhancedCode(enhancedCode, code[0]))
        {
            throw new ArgumentException($"'{enhancedCode}' is not an enhanced status code of class {code[0]}.", nameof(enhancedCode));
        }

        if (text.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException("The reply text must be one line without NUL.", nameof(text));
        }

        Code = code;
        EnhancedCode = string.IsNullOrEmpty(enhancedCode) ? null : enhancedCode;
        Text = text;
    }

    /// <summary>The three-digit SMTP code.</summary>
    public string Code { get; }

    /// <summary>The enhanced status code, or <see langword="null"/>.</summary>
    public string? EnhancedCode { get; }

    /// <summary>The reply text as the SMTP client should see it.</summary>
    public string Text { get; }

    /// <summary>Whether this is a permanent (5xx) reply.</summary>
    public bool IsPermanent => Code[0] == '5';

    /// <inheritdoc/>
    public override string ToString() => EnhancedCode is null ? $"{Code} {Text}" : $"{Code} {EnhancedCode} {Text}";

    private static bool IsEnhancedCode(string value, char cls)
    {
        string[] parts = value.Split('.');
        return parts.Length == 3 && parts[0].Length == 1 && parts[0][0] == cls
            && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit));
    }
}
