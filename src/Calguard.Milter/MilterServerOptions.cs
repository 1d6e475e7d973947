using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>Settings of the milter listener and of every session it runs.</summary>
/// <remarks>Defaults are safe: the failure path accepts mail unchanged and marks it with <see cref="FailureHeaderName"/>.</remarks>
public sealed class MilterServerOptions
{
    /// <summary>Creates options with the defaults.</summary>
    public MilterServerOptions()
    {
        OnFailure = DefaultOnFailure;
    }

    /// <summary>
    /// The macros requested per stage in the OPTNEG reply. A requested list replaces the MTA's own list for that
    /// stage (Postfix: <c>milter_*_macros</c>), so each list names everything wanted at that stage.
    /// </summary>
    /// <remarks>
    /// These ask for <c>{auth_authen}</c> at MAIL and <c>i</c> (the queue id) at DATA, EOH and EOM whatever the
    /// MTA's configuration. Set to <see langword="null"/> to take the MTA's defaults.
    /// </remarks>
    public static IReadOnlyDictionary<MilterMacroStage, string> DefaultMacros { get; } = new Dictionary<MilterMacroStage, string>
    {
        [MilterMacroStage.Connect] = "j _ v {daemon_name} {daemon_addr} {daemon_port} {client_addr} {client_name} {client_port} {client_ptr} {client_connections}",
        [MilterMacroStage.Helo] = "{tls_version} {cipher} {cipher_bits} {cert_subject} {cert_issuer}",
        [MilterMacroStage.Mail] = "i {auth_type} {auth_authen} {auth_author} {mail_addr} {mail_host} {mail_mailer}",
        [MilterMacroStage.Recipient] = "i {rcpt_addr} {rcpt_host} {rcpt_mailer}",
        [MilterMacroStage.Data] = "i",
        [MilterMacroStage.EndOfHeaders] = "i",
        [MilterMacroStage.EndOfMessage] = "i {auth_authen} {auth_type}",
    };

    /// <summary>Where to listen: <c>inet:HOST:PORT</c>, <c>inet:PORT@HOST</c>, <c>inet6:…</c> or <c>unix:PATH</c>.</summary>
    public IList<string> Endpoints { get; } = new List<string>();

    /// <summary>File mode of unix-domain sockets; 0660 lets the MTA's group connect.</summary>
    public UnixFileMode UnixSocketMode { get; set; } =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;

    /// <summary>The largest frame accepted; a larger announced length closes the connection before its bytes are read.</summary>
    public int MaxFrameSize { get; set; } = MilterCommandReader.DefaultMaxFrameSize;

    /// <summary>The most message bytes (headers and body) buffered per message; beyond it the message is marked
    /// <see cref="MilterMessage.Oversize"/> and further body chunks are answered with SKIP when the MTA allows.</summary>
    public long MaxMessageSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long to wait for the MTA's next frame. The MTA is idle while its SMTP client is (Postfix
    /// <c>smtpd_timeout</c> is 300 s), so this must be longer.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The time budget of one <see cref="IMilterMessageHandler.HandleAsync"/> call. Keep it well below the
    /// MTA's content timeout (Postfix <c>milter_content_timeout</c>, 300 s).</summary>
    public TimeSpan MessageBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often to send PROGRESS while a handler runs, so the MTA does not time the milter out.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The header the default <see cref="OnFailure"/> adds, with the failure token as value
    /// (e.g. <c>X-Calguard-Error: timeout</c>); <see langword="null"/> adds none.</summary>
    public string? FailureHeaderName { get; set; } = "X-Calguard-Error";

    /// <summary>The decision sent when the handler throws or overruns its budget. It must not lose mail; it should not
    /// throw (if it does, the default decision is used).</summary>
    public Func<MilterFailure, MilterDecision> OnFailure { get; set; }

    /// <summary>The macro lists to request; see <see cref="DefaultMacros"/>.</summary>
    public IReadOnlyDictionary<MilterMacroStage, string>? RequestedMacros { get; set; } = DefaultMacros;

    /// <summary>Receives one line per notable event (connection errors, failures). <see langword="null"/> logs nothing.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>The built-in failure decision: accept unchanged, plus <see cref="FailureHeaderName"/> when set.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The decision.</returns>
    public MilterDecision DefaultOnFailure(MilterFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return FailureHeaderName is null
            ? MilterDecision.Accept()
            : MilterDecision.Accept().AddHeader(FailureHeaderName, failure.Token);
    }
}
