using Calguard.Host.Cli;
using Calguard.Storage;
using Calguard.Storage.Database;
using Calguard.Storage.Keys;

namespace Calguard.Tests.Cli;

/// <summary><c>calguard keys</c>: the key is printed once, only its hash is stored, list and revoke by id.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "calguard-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CreateListRevoke()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await KeysCommand.RunAsync(["create", "--scope", "scan,report", "--tenant", "Example.NET", "--name", "mx", "--data", _dir], stdout, stderr));
        var secret = stdout.ToString().Trim();
        Assert.StartsWith("cg_", secret);

        await using (var store = await CalguardStore.OpenAsync(StorageOptions.ForSqliteFile(Path.Combine(_dir, "calguard.db"))))
        {
            var key = await store.Keys.FindByHashAsync(ApiKeySecret.Hash(secret));
            Assert.NotNull(key);
            Assert.Equal(ApiScopes.Scan | ApiScopes.Report, key.Scopes);
            Assert.Equal(["example.net"], key.Tenants);
            Assert.Equal("mx", key.Name);
        }

        var list = new StringWriter();
        Assert.Equal(0, await KeysCommand.RunAsync(["list", "--data", _dir], list, stderr));
        var id = secret.Split('_')[1];
        Assert.Contains(id + "\tmx\tscan,report\texample.net", list.ToString());
        Assert.DoesNotContain(secret, list.ToString());

        Assert.Equal(0, await KeysCommand.RunAsync(["revoke", id, "--data", _dir], new StringWriter(), stderr));
        Assert.Equal(1, await KeysCommand.RunAsync(["revoke", id, "--data", _dir], new StringWriter(), stderr));
        var after = new StringWriter();
        await KeysCommand.RunAsync(["list", "--data", _dir], after, stderr);
        Assert.Contains("revoked", after.ToString());
    }

    [Theory]
    [InlineData("create")]
    [InlineData("create", "--scope", "root")]
    [InlineData("create", "--scope", "scan", "--tenant", "not a domain")]
    [InlineData("revoke")]
    [InlineData("explode")]
    public async Task UsageErrors(params string[] args)
    {
        await Assert.ThrowsAsync<UsageException>(() => KeysCommand.RunAsync([.. args, "--data", _dir], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task HashPrintsTheStoredForm()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await KeysCommand.RunAsync(["hash", "abc"], stdout, new StringWriter()));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stdout.ToString().Trim());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
