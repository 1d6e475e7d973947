using System.Collections.Immutable;
using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>What to tell the MTA about one message: ordered modifications, then one final action.</summary>
/// <remarks>
/// Immutable: the helpers return a new decision, so <c>MilterDecision.Accept().AddHeader("X-A", "1")</c> reads in
/// wire order. Arguments are validated here, so a bad decision fails in the handler (and takes the failure path)
/// rather than on the wire.
/// </remarks>
public sealed class MilterDecision
{
    private static readonly MilterDecision AcceptInstance = new(MilterFinalAction.Accept, null, []);
    private static readonly MilterDecision ContinueInstance = new(MilterFinalAction.Continue, null, []);
    private static readonly MilterDecision DiscardInstance = new(MilterFinalAction.Discard, null, []);

    private MilterDecision(MilterFinalAction action, MilterSmtpReply? reply, ImmutableArray<MilterModification> modifications)
    {
        Action = action;
        Reply = reply;
        Modifications = modifications;
    }

    /// <summary>The final action.</summary>
    public MilterFinalAction Action { get; }

    /// <summary>The custom SMTP reply for <see cref="MilterFinalAction.Reject"/> or <see cref="MilterFinalAction.Tempfail"/>;
    /// <see langword="null"/> lets the MTA use its default text.</summary>
    public MilterSmtpReply? Reply { get; }

    /// <summary>The modifications in the order they are sent.</summary>
    public ImmutableArray<MilterModification> Modifications { get; }

    /// <summary>Deliver the message.</summary>
    /// <returns>A decision without modifications.</returns>
    public static MilterDecision Accept() => AcceptInstance;

    /// <summary>Let the MTA continue (delivers at end-of-message).</summary>
    /// <returns>A decision without modifications.</returns>
    public static MilterDecision Continue() => ContinueInstance;

    /// <summary>Accept and silently drop the message.</summary>
    /// <returns>A decision without modifications.</returns>
    public static MilterDecision Discard() => DiscardInstance;

    /// <summary>Reject with the MTA's default 5xx reply.</summary>
    /// <returns>A reject decision.</returns>
    public static MilterDecision Reject() => new(MilterFinalAction.Reject, null, []);

    /// <summary>Reject with a custom reply.</summary>
    /// <param name="smtpCode">A 5xx code.</param>
    /// <param name="enhancedCode">A 5.x.x enhanced code, or <see langword="null"/>.</param>
    /// <param name="text">One line of text.</param>
    /// <returns>A reject decision.</returns>
    /// <exception cref="ArgumentException">The code is not 5xx or the text is not one line.</exception>
    public static MilterDecision Reject(string smtpCode, string? enhancedCode, string text)
    {
        var reply = new MilterSmtpReply(smtpCode, enhancedCode, text);
        if (!reply.IsPermanent)
        {
            throw new ArgumentException("A reject needs a 5xx code.", nameof(smtpCode));
        }

        return new(MilterFinalAction.Reject, reply, []);
    }

    /// <summary>Tempfail with the MTA's default 4xx reply.</summary>
    /// <returns>A tempfail decision.</returns>
    public static MilterDecision Tempfail() => new(MilterFinalAction.Tempfail, null, []);

    /// <summary>Tempfail with a custom reply.</summary>
    /// <param name="smtpCode">A 4xx code.</param>
    /// <param name="enhancedCode">A 4.x.x enhanced code, or <see langword="null"/>.</param>
    /// <param name="text">One line of text.</param>
    /// <returns>A tempfail decision.</returns>
    /// <exception cref="ArgumentException">The code is not 4xx or the text is not one line.</exception>
    public static MilterDecision Tempfail(string smtpCode, string? enhancedCode, string text)
    {
        var reply = new MilterSmtpReply(smtpCode, enhancedCode, text);
        if (reply.IsPermanent)
        {
            throw new ArgumentException("A tempfail needs a 4xx code.", nameof(smtpCode));
        }

        return new(MilterFinalAction.Tempfail, reply, []);
    }

    /// <summary>Adds a header after the existing ones.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value; folding (CRLF or LF followed by space or tab) is allowed.</param>
    /// <returns>A new decision with the modification appended.</returns>
    /// <exception cref="ArgumentException">The name or value is not a valid header.</exception>
    public MilterDecision AddHeader(string name, string value) =>
        With(new MilterModification.AddHeader(CheckName(name), CheckValue(value)));

    /// <summary>Inserts a header at a 0-based position among all headers.</summary>
    /// <param name="index">The position; 0 inserts first.</param>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <returns>A new decision with the modification appended.</returns>
    /// <exception cref="ArgumentException">The name or value is not a valid header.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public MilterDecision InsertHeader(int index, string name, string value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return With(new MilterModification.InsertHeader(index, CheckName(name), CheckValue(value)));
    }

    /// <summary>Changes the <paramref name="index"/>-th (1-based) header named <paramref name="name"/>; an empty value deletes it.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="index">The 1-based occurrence.</param>
    /// <param name="value">The new value, or empty to delete.</param>
    /// <returns>A new decision with the modification appended.</returns>
    /// <exception cref="ArgumentException">The name or value is not a valid header.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is below 1.</exception>
    public MilterDecision ChangeHeader(string name, int index, string value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        return With(new MilterModification.ChangeHeader(CheckName(name), index, CheckValue(value)));
    }

    /// <summary>Deletes the <paramref name="index"/>-th (1-based) header named <paramref name="name"/>.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="index">The 1-based occurrence.</param>
    /// <returns>A new decision with the modification appended.</returns>
    /// <exception cref="ArgumentException">The name is not a valid header name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is below 1.</exception>
    public MilterDecision DeleteHeader(string name, int index) => ChangeHeader(name, index, string.Empty);

    /// <summary>Replaces the body.</summary>
    /// <param name="body">The new body with CRLF line ends.</param>
    /// <returns>A new decision with the modification appended.</returns>
    public MilterDecision ReplaceBody(ReadOnlyMemory<byte> body) => With(new MilterModification.ReplaceBody(body));

    /// <summary>Quarantines the message.</summary>
    /// <param name="reason">Why, for the MTA's log; one line.</param>
    /// <returns>A new decision with the modification appended.</returns>
    /// <exception cref="ArgumentException">The reason is empty or contains CR, LF or NUL.</exception>
    public MilterDecision Quarantine(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (reason.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException("The quarantine reason must be one line without NUL.", nameof(reason));
        }

        return With(new MilterModification.Quarantine(reason));
    }

    /// <summary>Appends any modification.</summary>
    /// <param name="modification">The modification.</param>
    /// <returns>A new decision with the modification appended.</returns>
    public MilterDecision With(MilterModification modification)
    {
        ArgumentNullException.ThrowIfNull(modification);
        return new(Action, Reply, Modifications.Add(modification));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Action}{(Reply is null ? string.Empty : " " + Reply)} with {Modifications.Length} modification(s)";

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (char c in name)
        {
            // RFC 5322 field-name: printable US-ASCII except colon.
            if (c is <= ' ' or > '~' or ':')
            {
                throw new ArgumentException($"'{name}' is not a valid header name.", nameof(name));
            }
        }

        return name;
    }

    private static string CheckValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\0')
            {
                throw new ArgumentException("A header value cannot contain NUL.", nameof(value));
            }

            // A line break is only allowed as folding; otherwise it would inject a header of its own.
            if (c is '\r' or '\n')
            {
                int next = c == '\r' && i + 1 < value.Length && value[i + 1] == '\n' ? i + 2 : i + 1;
                if (next >= value.Length || value[next] is not (' ' or '\t'))
                {
                    throw new ArgumentException("A line break in a header value must be followed by space or tab.", nameof(value));
                }

                i = next - 1;
            }
        }

        return value;
    }
}
