using Calguard.Analysis;
using Calguard.Decisions;
using Calguard.Host.Configuration;
using Calguard.Learning;

namespace Calguard.Host.Cli;

/// <summary>The pipeline a CLI command runs, built from --config, --authserv-id and the environment.</summary>
public sealed class CliContext
{
    private CliContext(Settings settings, Pipeline pipeline)
    {
        Settings = settings;
        Pipeline = pipeline;
    }

    /// <summary>The loaded settings.</summary>
    public Settings Settings { get; }

    /// <summary>The pipeline.</summary>
    public Pipeline Pipeline { get; }

    /// <summary>Builds the context; --authserv-id values add to the configured trusted ids.</summary>
    public static CliContext Create(Arguments a, IKnownSenders? known = null, IPolicyStore? policies = null)
    {
        Settings settings;
        try
        {
            settings = Settings.Load(a.Value("--config"));
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new UsageException(e.Message);
        }
        var extra = a.Values("--authserv-id");
        var options = settings.Engine;
        if (extra.Count > 0)
        {
            options = options with
            {
                Reading = options.Reading with
                {
                    TrustedAuthservIds = [.. options.Reading.TrustedAuthservIds, .. extra],
                },
            };
        }
        var store = policies ?? settings.CreatePolicyStore();
        var pipeline = new Pipeline(new Engine(options, Seed(a.Value("--seed"))), new PolicyResolver(settings.Policy, store),
            new RelationshipResolver(known ?? new InMemoryKnownSenders(), options.Analysis.LocalDomains));
        return new CliContext(settings, pipeline);
    }

    // --seed FILE judges with another seed model (to measure one trained without the corpus being scored), --seed none without any.
    private static RuleSet? Seed(string? path)
    {
        if (path is null)
        {
            return null;
        }
        if (path == "none")
        {
            return RuleSet.Default.WithSeed(null);
        }
        try
        {
            using var file = File.OpenRead(path);
            return RuleSet.Default.WithSeed(SeedModel.Read(file).Freeze());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"--seed {path}: {e.Message}");
        }
    }
}
