namespace Calguard.Sanitising;

/// <summary>One message header as the sanitiser adds or removes it.</summary>
/// <param name="Name">The field name, e.g. <c>X-Calguard-Verdict</c>.</param>
/// <param name="Value">
/// The value without the leading space and without the final line break. A long value may be folded: a line break
/// (the message's own, CRLF for SMTP) followed by a tab or space, which milter ADDHEADER/INSHEADER accept as is.
/// </param>
public sealed record HeaderField(string Name, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Value}";
}
