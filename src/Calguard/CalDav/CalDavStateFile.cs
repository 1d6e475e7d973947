using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calguard.Host.CalDav;

/// <summary>
/// The state file of <c>calguard caldav scan</c> (default <c>./data/caldav-state.json</c>): per account and calendar
/// the sync token of the last complete run and the findings judged up to it, so a re-run fetches and judges only
/// what changed (RFC 6578) and still reports everything.
/// </summary>
/// <remarks>
/// Written atomically (a temporary file renamed over the old one) with mode 0600, since summaries and organizers
/// of a person's calendar are private. A file that cannot be parsed is treated as empty: the next run is a full one.
/// </remarks>
public sealed class CalDavStateFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private CalDavStateFile(string path, Dictionary<string, AccountState> accounts)
    {
        Path = path;
        Accounts = accounts;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Accounts by key (see <see cref="AccountKey"/>).</summary>
    public Dictionary<string, AccountState> Accounts { get; }

    /// <summary>The key of an account: the server URL and the user (or <c>-</c> without credentials).</summary>
    /// <param name="server">The server URL as given.</param>
    /// <param name="user">The user name, or <see langword="null"/>.</param>
    public static string AccountKey(Uri server, string? user) => server.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/ " + (user ?? "-");

    /// <summary>Reads the file, or starts empty when it does not exist or cannot be parsed.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file exists but may not be read.</exception>
    public static CalDavStateFile Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return new CalDavStateFile(full, new Dictionary<string, AccountState>(StringComparer.Ordinal));
        }

        try
        {
            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(full), Json);
            var accounts = document?.Version == Document.CurrentVersion && document.Accounts is { } a
                ? new Dictionary<string, AccountState>(a, StringComparer.Ordinal)
                : new Dictionary<string, AccountState>(StringComparer.Ordinal);
            return new CalDavStateFile(full, accounts);
        }
        catch (JsonException)
        {
            return new CalDavStateFile(full, new Dictionary<string, AccountState>(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The state of one account for a judge; when the stored judge differs (another engine build or configuration),
    /// the account starts over so that nothing is reported from stale verdicts.
    /// </summary>
    /// <param name="key">The account key.</param>
    /// <param name="judge">The current judge fingerprint.</param>
    public AccountState For(string key, string judge)
    {
        if (!Accounts.TryGetValue(key, out var account) || account.Judge != judge)
        {
            Accounts[key] = account = new AccountState { Judge = judge };
        }

        return account;
    }

    /// <summary>Writes the file atomically with mode 0600.</summary>
    /// <exception cref="IOException">The file or its folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written.</exception>
    public void Save()
    {
        PrivateFiles.EnsureDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        using (var stream = PrivateFiles.Create(temporary))
        {
            JsonSerializer.Serialize(stream, new Document { Version = Document.CurrentVersion, Accounts = Accounts }, Json);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    private sealed class Document
    {
        public const int CurrentVersion = 1;

        public int Version { get; set; }

        public Dictionary<string, AccountState>? Accounts { get; set; }
    }
}
