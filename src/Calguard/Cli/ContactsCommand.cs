using Calguard.Contacts;
using Calguard.Host.Hosting;
using Calguard.Reading;
using Calguard.Storage;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard contacts import|list</c>: a recipient's contacts in the store that <c>calguard serve</c> and
/// <c>calguard scan --store</c> read. Contacts make an authenticated organizer a known sender (R40, R44).
/// </summary>
public static class ContactsCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard contacts import --recipient ADDR [--replace] [--config FILE] [--data DIR] FILE.vcf...
               calguard contacts list --recipient ADDR [--config FILE] [--data DIR]
          import    reads the e-mail addresses of every vCard (2.1, 3.0, 4.0) in the files (- reads stdin) and adds
                    them to the recipient's contacts; --replace makes them the whole list instead
          list      prints the recipient's contacts, one per line
          The store is the one calguard serve uses: SQLite under --data (default ./data), or PostgreSQL when the
          configuration has ConnectionStrings:Postgres.
        exit codes: 0 done, 1 a file held no vCard or the store failed, 2 usage error
        """;

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is not ("import" or "list"))
        {
            throw new UsageException(args.Count == 0 ? "contacts needs a subcommand: import or list" : $"unknown contacts subcommand '{args[0]}'");
        }
        var sub = args[0];
        var a = new Arguments(args.Skip(1).ToArray(), ["--replace"], ["--recipient", "--config", "--data"]);
        var recipient = CalendarAddress.Normalise(a.Value("--recipient") ?? throw new UsageException($"contacts {sub} needs --recipient"))
            ?? throw new UsageException($"'{a.Value("--recipient")}' is not an address");
        if (sub == "import" && a.Positionals.Count == 0)
        {
            throw new UsageException("contacts import needs at least one FILE.vcf");
        }

        var addresses = new List<string>();
        if (sub == "import")
        {
            foreach (var file in a.Positionals)
            {
                byte[] bytes;
                try
                {
                    bytes = file == "-" ? System.Text.Encoding.UTF8.GetBytes(await stdin.ReadToEndAsync()) : await File.ReadAllBytesAsync(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await stderr.WriteLineAsync($"calguard: {file}: {e.Message}");
                    return 1;
                }
                var found = VCardReader.ReadAddresses(bytes);
                if (found.Count == 0)
                {
                    // Nothing half-done: a file without a single address stops the import before anything is written.
                    await stderr.WriteLineAsync($"calguard: {file}: no vCard with an e-mail address; nothing was imported");
                    return 1;
                }
                addresses.AddRange(found);
            }
        }

        var host = CliStore.Settings(a);
        try
        {
            await using var store = await CalguardStore.OpenAsync(host.Storage);
            var existing = await store.KnownSenders.ContactsAsync(recipient);
            if (sub == "list")
            {
                foreach (var contact in existing)
                {
                    await stdout.WriteLineAsync(contact);
                }
                return 0;
            }
            IEnumerable<string> next = a.Flag("--replace") ? addresses : existing.Concat(addresses);
            var stored = await store.KnownSenders.SetContactsAsync(recipient, next);
            await stderr.WriteLineAsync($"calguard: {recipient} has {stored} contacts ({addresses.Distinct(StringComparer.OrdinalIgnoreCase).Count()} addresses read)");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"calguard: the store failed: {e.Message}");
            return 1;
        }
    }
}
