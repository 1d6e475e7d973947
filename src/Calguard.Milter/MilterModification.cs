namespace Calguard.Milter;

/// <summary>One change to a message, sent at end-of-message before the final action, in the order given.</summary>
public abstract record MilterModification
{
    private MilterModification()
    {
    }

    /// <summary>Appends a header (<c>SMFIR_ADDHEADER</c>).</summary>
    /// <param name="Name">The header name.</param>
    /// <param name="Value">The header value.</param>
    public sealed record AddHeader(string Name, string Value) : MilterModification;

    /// <summary>Inserts a header at a position (<c>SMFIR_INSHEADER</c>).</summary>
    /// <param name="Index">The 0-based position among all headers; 0 inserts before the first.</param>
    /// <param name="Name">The header name.</param>
    /// <param name="Value">The header value.</param>
    public sealed record InsertHeader(int Index, string Name, string Value) : MilterModification;

    /// <summary>Changes or deletes an existing header (<c>SMFIR_CHGHEADER</c>).</summary>
    /// <param name="Name">The header name.</param>
    /// <param name="Index">The 1-based occurrence among headers of this name.</param>
    /// <param name="Value">The new value; empty deletes the header.</param>
    public sealed record ChangeHeader(string Name, int Index, string Value) : MilterModification;

    /// <summary>Replaces the whole body (<c>SMFIR_REPLBODY</c>, split into chunks of at most 65535 bytes).</summary>
    /// <param name="Body">The new body with CRLF line ends. After a MIME change also fix <c>Content-Type</c>
    /// with <see cref="ChangeHeader"/>: the MTA keeps the old headers.</param>
    public sealed record ReplaceBody(ReadOnlyMemory<byte> Body) : MilterModification;

    /// <summary>Quarantines the message (<c>SMFIR_QUARANTINE</c>; Postfix puts it in the hold queue).</summary>
    /// <param name="Reason">Why, for the MTA's log.</param>
    public sealed record Quarantine(string Reason) : MilterModification;
}
