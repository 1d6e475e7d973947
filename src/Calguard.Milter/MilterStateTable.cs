using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>
/// The declarative table of which command is accepted in which state and where it leads (after SmtpServer's
/// SmtpStateTable). A command outside its row is a protocol error that closes the connection.
/// </summary>
/// <remarks>
/// The rows are lenient where real MTAs differ: HELO may repeat (after STARTTLS), DATA and headers may be missing
/// (older protocol versions, empty header blocks), ABORT may arrive twice (Postfix after end-of-message) and MAIL
/// during a message starts a new one, as libmilter does.
/// </remarks>
internal static class MilterStateTable
{
    private const MilterSessionState Any = MilterSessionState.Start | MilterSessionState.Negotiated | MilterSessionState.Connected;
    private const MilterSessionState AfterNegotiation = MilterSessionState.Negotiated | MilterSessionState.Connected;
    private const MilterSessionState Content = MilterSessionState.Recipient | MilterSessionState.Data | MilterSessionState.Headers;

    // Null target: the state does not change.
    private static readonly Dictionary<MilterCommandCode, (MilterSessionState From, MilterSessionState? To)> Rows = new()
    {
        [MilterCommandCode.OptionNegotiation] = (MilterSessionState.Start, MilterSessionState.Negotiated),
        [MilterCommandCode.Macro] = (AfterNegotiation, null),
        [MilterCommandCode.Connect] = (MilterSessionState.Negotiated, MilterSessionState.Idle),
        [MilterCommandCode.Helo] = (MilterSessionState.Idle, MilterSessionState.Idle),
        [MilterCommandCode.Mail] = (MilterSessionState.Connected, MilterSessionState.Mail),
        [MilterCommandCode.Recipient] = (MilterSessionState.Mail | MilterSessionState.Recipient, MilterSessionState.Recipient),
        [MilterCommandCode.Data] = (MilterSessionState.Recipient, MilterSessionState.Data),
        [MilterCommandCode.Header] = (Content, MilterSessionState.Headers),
        [MilterCommandCode.EndOfHeaders] = (Content, MilterSessionState.EndOfHeaders),
        [MilterCommandCode.Body] = (Content | MilterSessionState.EndOfHeaders | MilterSessionState.Body, MilterSessionState.Body),
        [MilterCommandCode.EndOfMessage] = (Content | MilterSessionState.EndOfHeaders | MilterSessionState.Body, MilterSessionState.Idle),
        [MilterCommandCode.Abort] = (MilterSessionState.Connected, MilterSessionState.Idle),
        [MilterCommandCode.Unknown] = (MilterSessionState.Connected, null),
        [MilterCommandCode.QuitNewConnection] = (AfterNegotiation, MilterSessionState.Negotiated),
        [MilterCommandCode.Quit] = (Any, MilterSessionState.Start),
    };

    /// <summary>Looks up the transition for a command.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="code">The command received.</param>
    /// <param name="next">The state after the command.</param>
    /// <returns><see langword="false"/> when the command is not valid in <paramref name="state"/>.</returns>
    public static bool TryTransition(MilterSessionState state, MilterCommandCode code, out MilterSessionState next)
    {
        next = state;
        if (!Rows.TryGetValue(code, out var row) || (row.From & state) == 0)
        {
            return false;
        }

        next = row.To ?? state;
        return true;
    }
}
