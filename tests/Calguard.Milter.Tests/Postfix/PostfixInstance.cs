using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Calguard.Milter.Tests.Postfix;

/// <summary>
/// A private Postfix in a temp directory (integration-research §2): SMTP services on free loopback ports, each with
/// its own <c>smtpd_milters</c>, and a Maildir sink. Started with <c>postfix -c DIR start</c>, stopped by <see cref="Dispose"/>;
/// nothing outside the directory is changed.
/// </summary>
internal sealed class PostfixInstance : IDisposable
{
    public const string PostfixBinary = "/usr/sbin/postfix";

    private readonly string etc;
    private readonly Dictionary<string, int> services = [];
    private readonly IReadOnlyDictionary<string, string> serviceOptions;
    private readonly string? authAuthenDefault;

    /// <param name="milters">Service name → the <c>smtpd_milters</c> value for that SMTP service (empty: no milter).</param>
    /// <param name="serviceOptions">Service name → extra <c>-o name=value</c> options for that SMTP service.</param>
    /// <param name="authAuthenDefault">The <c>{auth_authen}</c> value Postfix sends when nobody authenticated (null: none).</param>
    public PostfixInstance(IReadOnlyDictionary<string, string> milters, IReadOnlyDictionary<string, string>? serviceOptions = null,
        string? authAuthenDefault = "nobody-authenticated")
    {
        this.serviceOptions = serviceOptions ?? new Dictionary<string, string>();
        this.authAuthenDefault = authAuthenDefault;
        Root = Directory.CreateTempSubdirectory("calguard-pfx-").FullName;
        etc = Path.Combine(Root, "etc");
        try
        {
            Configure(milters);
            Run(PostfixBinary, "-c", etc, "check");
            Run(PostfixBinary, "-c", etc, "start");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "mail", "inbox");

    public string MailLog => Path.Combine(Root, "maillog");

    /// <summary>The SMTP port of a service given to the constructor.</summary>
    public int Port(string service) => services[service];

    /// <summary>A loopback port reserved for this test run (see <see cref="Calguard.CalDav.Tests.Infrastructure.FreePort"/>).</summary>
    public static int FreePort() => Calguard.CalDav.Tests.Infrastructure.FreePort.Next();

    /// <summary>The queue listing (<c>postqueue -p</c>); held messages carry '!' after the queue id.</summary>
    public string QueueListing() => Run("/usr/sbin/postqueue", "-c", etc, "-p");

    /// <summary>Every delivered message, parsed.</summary>
    public List<(string File, MimeMessage Message)> Delivered()
    {
        var list = new List<(string, MimeMessage)>();
        foreach (string dir in new[] { "new", "cur" }.Select(d => Path.Combine(Inbox, d)).Where(Directory.Exists))
        {
            foreach (string file in Directory.GetFiles(dir))
            {
                list.Add((file, MimeMessage.Load(file)));
            }
        }

        return list;
    }

    /// <summary>Waits until at least <paramref name="count"/> delivered messages match, then returns the matches.</summary>
    public async Task<List<(string File, MimeMessage Message)>> WaitForDeliveryAsync(Func<MimeMessage, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = Delivered().Where(d => match(d.Message)).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
            {
                string log = File.Exists(MailLog) ? string.Join('\n', File.ReadLines(MailLog).TakeLast(30)) : "(no log)";
                throw new TimeoutException($"{found.Count} of {count} messages delivered. Last log lines:\n{log}");
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        string pidFile = Path.Combine(Root, "queue", "pid", "master.pid");
        if (File.Exists(pidFile))
        {
            try
            {
                Run(PostfixBinary, "-c", etc, "stop");
                WaitForExit(int.Parse(File.ReadAllText(pidFile).Trim()));
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException)
            {
                // Already stopped.
            }
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A late child may still write; the temp dir is harmless.
        }
    }

    public static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stdout}{stderr}");
        }

        return stdout;
    }

    private static void WaitForExit(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (Directory.Exists($"/proc/{pid}") && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(50);
        }
    }

    private void Configure(IReadOnlyDictionary<string, string> milters)
    {
        foreach (string dir in new[] { "etc", "queue", "data", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(Root, dir));
        }

        // Postfix daemons run as 'postfix' and deliver as 'nobody': they must traverse the (0700) temp dir.
        File.SetUnixFileMode(Root, (UnixFileMode)0b111_101_101);
        File.Copy("/etc/postfix/master.cf", Path.Combine(etc, "master.cf"));
        File.Copy("/etc/postfix/dynamicmaps.cf", Path.Combine(etc, "dynamicmaps.cf"));
        if (Directory.Exists("/etc/postfix/dynamicmaps.cf.d"))
        {
            Directory.CreateDirectory(Path.Combine(etc, "dynamicmaps.cf.d"));
            foreach (string file in Directory.GetFiles("/etc/postfix/dynamicmaps.cf.d"))
            {
                File.Copy(file, Path.Combine(etc, "dynamicmaps.cf.d", Path.GetFileName(file)));
            }
        }

        var main = new StringBuilder($$"""
            compatibility_level = 3.6
            queue_directory = {{Root}}/queue
            data_directory = {{Root}}/data
            myhostname = mx.example.test
            mydomain = example.test
            myorigin = example.test
            inet_interfaces = loopback-only
            inet_protocols = ipv4
            mydestination =
            mynetworks = 127.0.0.0/8
            alias_maps =
            alias_database =
            local_recipient_maps =
            virtual_mailbox_domains = example.test
            virtual_mailbox_base = {{Root}}/mail
            virtual_mailbox_maps = static:inbox/
            virtual_uid_maps = static:65534
            virtual_gid_maps = static:65534
            maillog_file = {{Root}}/maillog
            maillog_file_prefixes = /var, /dev/stdout, /tmp
            milter_default_action = tempfail
            smtpd_tls_security_level = none
            smtp_tls_security_level = none
            smtpd_client_connection_count_limit = 0
            smtpd_client_connection_rate_limit = 0
            smtpd_client_message_rate_limit = 0
            in_flow_delay = 0
            # Postfix's own MAIL list lacks {auth_authen} here and it has no SASL: the milter gets it (with this
            # default value) only because its OPTNEG macro list asks for it.
            milter_mail_macros = i {mail_addr}
            biff = no

            """);
        if (authAuthenDefault is not null)
        {
            main.AppendLine($"milter_macro_defaults = {{auth_authen}}={authAuthenDefault}");
        }
        foreach (var (service, milter) in milters)
        {
            main.AppendLine($"calguard_{service}_milters = {milter}");
        }

        File.WriteAllText(Path.Combine(etc, "main.cf"), main.ToString());
        Run("/usr/sbin/postconf", "-c", etc, "-F", "*/*/chroot = n");
        foreach (string service in milters.Keys)
        {
            int port = FreePort();
            services[service] = port;
            var extra = serviceOptions.TryGetValue(service, out var options) ? " -o " + options : string.Empty;
            Run("/usr/sbin/postconf", "-c", etc, "-M", $"127.0.0.1:{port}/inet=127.0.0.1:{port} inet n - n - - smtpd -o smtpd_milters=$calguard_{service}_milters{extra}");
        }

        // The default smtp/inet service would listen on port 25: remove it.
        Run("/usr/sbin/postconf", "-c", etc, "-MX", "smtp/inet");
        Run("/bin/chown", "nobody:nogroup", Path.Combine(Root, "mail"));
        Run("/bin/chown", "postfix", Path.Combine(Root, "data"));
    }
}
