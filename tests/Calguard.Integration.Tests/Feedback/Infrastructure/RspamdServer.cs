using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.Integration.Tests.Feedback.Infrastructure;

/// <summary>
/// A real rspamd (Debian package <c>rspamd</c>, 3.4) from a temp dir: only the controller worker, on a free loopback
/// port, with a write password and no trusted IP (so the password is needed even from loopback), and the Bayes
/// classifier in the given Redis. DNS points at a closed loopback port so nothing leaves the machine. Startup compiles
/// the TLD list, which takes half a minute on a busy machine.
/// </summary>
internal static class RspamdServer
{
    public const string Binary = "/usr/bin/rspamd";

    public const string Password = "controller-secret";

    public static async Task<(ServerProcess Process, Uri Controller)> StartAsync(string redis)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("rspamd is not installed (apt-get install rspamd; scripts/test.sh does)");
        }
        var directory = TempDir.Create("rspamd");
        Directory.CreateDirectory(Path.Combine(directory, "db"));
        var port = FreePort.Next();
        var config = Path.Combine(directory, "rspamd.conf");
        await File.WriteAllTextAsync(config, $$"""
            options {
              pidfile = "{{directory}}/rspamd.pid";
              dbdir = "{{directory}}/db";
              tempdir = "{{directory}}";
              dns { nameserver = ["127.0.0.1:1"]; timeout = 0.2s; retransmits = 0; }
            }
            logging { type = "console"; level = "info"; }
            worker "controller" {
              bind_socket = "127.0.0.1:{{port}}";
              count = 1;
              password = "{{Password}}";
              enable_password = "{{Password}}";
              secure_ip = "192.0.2.1";
              static_dir = "/usr/share/rspamd/www";
            }
            classifier "bayes" {
              tokenizer { name = "osb"; }
              backend = "redis";
              servers = "{{redis}}";
              new_schema = true;
              min_tokens = 11;
              min_learns = 0;
              statfile { symbol = "BAYES_HAM"; spam = false; }
              statfile { symbol = "BAYES_SPAM"; spam = true; }
            }

            """);
        await Serve.Infrastructure.ExternalProcess.RunAsync("chown", ["-R", "_rspamd:_rspamd", directory]);
        var process = await ServerProcess.StartAsync(Binary, ["-f", "-c", config, "-u", "_rspamd", "-g", "_rspamd"], directory, port, TimeSpan.FromMinutes(3));
        return (process, new Uri($"http://127.0.0.1:{port}"));
    }
}
