using System.Globalization;
using System.Text.Json;
using Calguard.Host.Hosting;
using Calguard.Storage;
using Calguard.Storage.Keys;

namespace Calguard.Host.Cli;

/// <summary><c>calguard keys create|list|revoke|hash</c>: API keys in the store (only hashes are kept).</summary>
public static class KeysCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard keys create --scope SCOPES [--tenant DOMAIN]... [--name NAME] [--config FILE] [--data DIR]
               calguard keys list [--json] [--config FILE] [--data DIR]
               calguard keys revoke ID [--config FILE] [--data DIR]
               calguard keys hash KEY
          --scope   scan, report, admin; comma-separated (admin includes the others)
          --tenant  limit the key to this domain and its subdomains (repeatable; default: every domain)
          create prints the key once on stdout; only its SHA-256 is stored. hash prints the SHA-256 of a key,
          for Calguard:Api:Keys:N:Sha256 in a configuration file.
        exit codes: 0 done, 1 not found or the store failed, 2 usage error
        """;

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0)
        {
            throw new UsageException("keys needs a subcommand: create, list, revoke or hash");
        }
        var a = new Arguments(args.Skip(1).ToArray(), ["--json"], ["--scope", "--tenant", "--name", "--config", "--data"]);
        var sub = args[0];
        if (sub == "hash")
        {
            if (a.Positionals.Count != 1)
            {
                throw new UsageException("keys hash needs the key");
            }
            await stdout.WriteLineAsync(ApiKeySecret.Hash(a.Positionals[0].Trim()));
            return 0;
        }
        if (sub is not ("create" or "list" or "revoke"))
        {
            throw new UsageException($"unknown keys subcommand '{sub}'");
        }
        ApiScopes scopes = ApiScopes.None;
        IReadOnlyList<string> tenants = [];
        if (sub == "create")
        {
            try
            {
                scopes = ApiScopeNames.Parse(a.Value("--scope") ?? throw new UsageException("keys create needs --scope"));
                tenants = Storage.Keys.SqlApiKeyStore.NormaliseTenants(a.Values("--tenant"));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new UsageException(e.Message);
            }
        }
        if (sub == "revoke" && a.Positionals.Count != 1)
        {
            throw new UsageException("keys revoke needs the key id (see keys list)");
        }

        var host = CliStore.Settings(a);
        try
        {
            await using var store = await CalguardStore.OpenAsync(host.Storage);
            switch (sub)
            {
                case "create":
                    var (key, secret) = await store.Keys.CreateAsync(a.Value("--name") ?? string.Empty, scopes, tenants);
                    await stdout.WriteLineAsync(secret);
                    await stderr.WriteLineAsync($"calguard: created key {key.Id} ({key.Scopes.ToNames()}{(key.AllTenants ? string.Empty : "; tenants " + string.Join(",", key.Tenants))}); it is shown only now");
                    return 0;
                case "list":
                    var keys = await store.Keys.ListAsync();
                    foreach (var k in keys)
                    {
                        if (a.Flag("--json"))
                        {
                            await stdout.WriteLineAsync(JsonSerializer.Serialize(new
                            {
                                id = k.Id,
                                name = k.Name,
                                scopes = k.Scopes.Names(),
                                tenants = k.Tenants,
                                createdAt = k.CreatedAt,
                                revokedAt = k.RevokedAt,
                            }));
                        }
                        else
                        {
                            await stdout.WriteLineAsync(string.Join('\t', k.Id, k.Name, k.Scopes.ToNames(), k.AllTenants ? "*" : string.Join(",", k.Tenants),
                                k.CreatedAt.ToString("u", CultureInfo.InvariantCulture), k.RevokedAt is { } r ? "revoked " + r.ToString("u", CultureInfo.InvariantCulture) : "active"));
                        }
                    }
                    return 0;
                default:
                    if (await store.Keys.RevokeAsync(a.Positionals[0]))
                    {
                        await stderr.WriteLineAsync($"calguard: revoked key {a.Positionals[0]}");
                        return 0;
                    }
                    await stderr.WriteLineAsync($"calguard: no active key {a.Positionals[0]}");
                    return 1;
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"calguard: the store failed: {e.Message}");
            return 1;
        }
    }
}
