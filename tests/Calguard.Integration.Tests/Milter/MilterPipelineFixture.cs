using Calguard.Decisions;
using Calguard.Host.Milter;
using Calguard.Milter;
using Calguard.Milter.Tests.Postfix;
using Calguard.Reading;
using Calguard.Sanitising;

namespace Calguard.Integration.Tests.Milter;

/// <summary>A real Postfix on loopback with Calguard's milter handler (the real pipeline) in front of a Maildir.</summary>
public sealed class MilterPipelineFixture : IAsyncLifetime
{
    public const string Strict = "strict@example.test";

    public InMemoryKnownSenders KnownSenders { get; } = new();

    internal PostfixInstance Postfix { get; private set; } = null!;

    public MilterServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(PostfixInstance.PostfixBinary) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var store = new InMemoryPolicyStore();
        store.SetRecipient(Strict, new PolicyOverride { RejectThreshold = 8 });
        var engine = new Engine(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });
        var pipeline = new Pipeline(engine, new PolicyResolver(RecipientPolicy.Default, store), new RelationshipResolver(KnownSenders));
        var handler = new CalguardMilterHandler(pipeline, new Sanitiser(), KnownSenders);
        var options = new MilterServerOptions();
        var port = PostfixInstance.FreePort();
        options.Endpoints.Add($"inet:127.0.0.1:{port}");
        Server = new MilterServer(handler, options);
        await Server.StartAsync();
        var milter = $"{{ inet:127.0.0.1:{port}, default_action=accept, connect_timeout=5s, command_timeout=10s, content_timeout=30s }}";
        Postfix = new PostfixInstance(
            new Dictionary<string, string> { ["inbound"] = milter, ["submission"] = milter },
            new Dictionary<string, string> { ["submission"] = "milter_macro_defaults={auth_authen}=alice@example.test" },
            authAuthenDefault: null);
    }

    public async Task DisposeAsync()
    {
        Postfix?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

[CollectionDefinition("milter-pipeline")]
public sealed class MilterPipelineCollection : ICollectionFixture<MilterPipelineFixture>;
