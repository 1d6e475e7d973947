using Calguard.Host.Api;
using Calguard.Host.Api.Auth;
using Calguard.Host.Configuration;
using Calguard.Host.Feedback;
using Calguard.Host.Milter;
using Calguard.Host.Outbound;
using Calguard.Host.Reputation;
using Calguard.Sanitising;
using Calguard.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Prometheus;

namespace Calguard.Host.Hosting;

/// <summary>
/// Builds the <c>calguard serve</c> application in two steps, so that callers can add to it in between:
/// <see cref="CreateBuilderAsync"/> (configuration, stores opened and migrated, services), then <see cref="Build"/>
/// (middleware and endpoints). Tests put <c>UseTestServer()</c> in between. With milter endpoints configured, the
/// milter listener runs in the same host.
/// </summary>
public static class CalguardHost
{
    /// <summary>Reads the configuration, opens and migrates the stores, and registers every service.</summary>
    /// <exception cref="FormatException">A configuration value has the wrong form.</exception>
    /// <exception cref="FileNotFoundException">The configuration file does not exist.</exception>
    /// <exception cref="System.Data.Common.DbException">The database cannot be opened or migrated.</exception>
    /// <exception cref="StackExchange.Redis.RedisConnectionException">Redis is configured but cannot be reached.</exception>
    public static async Task<WebApplicationBuilder> CreateBuilderAsync(ServeArguments arguments, CancellationToken cancellationToken = default)
    {
        // The framework's default appsettings*.json sources are cleared below, but with reloadOnChange they would already
        // have started a recursive file watcher on the content root: the working directory, which holds ./data, the
        // default SQLite directory, so every WAL write of the group commit woke the watcher's thread (about 4% of the
        // server's CPU under load, plus the kernel's inotify work in each write). No configuration is reloaded anyway.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        // Our sources only: defaults, --config, environment, overrides (so tests are not steered by the machine's variables).
        builder.Configuration.Sources.Clear();
        HostConfiguration.Apply(builder.Configuration, arguments);

        var settings = Settings.From(builder.Configuration);
        var host = HostSettings.From(builder.Configuration, arguments.Urls, arguments.DataDirectory);

        builder.WebHost.UseUrls(host.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = host.MaxBodyBytes;
        });
        if (host.JsonLogs)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        var store = await CalguardStore.OpenAsync(host.Storage, host.Redis, host.StatisticsRetention, cancellationToken).ConfigureAwait(false);
        try
        {
            // Configured overrides win over what the store held (Settings.Seed), as for the CLI.
            settings.Seed(store.Policies);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        builder.Services.AddCalguard(settings, host, store);
        builder.Services.AddOutboundCheck(builder.Configuration, store);
        builder.Services.AddCalguardFeedback(FeedbackOptions.From(builder.Configuration));
        builder.Services.AddCalguardReputation(builder.Configuration, store);
        var milter = MilterSettings.From(builder.Configuration, arguments.MilterEndpoints);
        builder.Services.AddSingleton(milter);
        if (milter.Endpoints.Count > 0)
        {
            builder.Services.AddSingleton<MilterListener>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<MilterListener>());
        }
        if (ArcOptions(builder.Configuration) is { } arc)
        {
            builder.Services.AddSingleton(_ => new Sanitiser(arc));
        }
        builder.Services.AddApiKeyAuthorization();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Calguard API";
            document.Info.Description = "Calendar anti-spam: scan, sanitize, policies, contacts, statistics, provenance, outbound invitation checks. Every endpoint but /healthz and /readyz needs 'Authorization: Bearer KEY'.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Builds the application: problem details for every error, authentication, health, metrics, OpenAPI and <c>/v1</c>.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var metrics = app.Services.GetRequiredService<CalguardMetrics>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // One HTTP middleware, the duration histogram (its _count is the request count): the in-progress gauge and the
        // request counter each cost a middleware with its own label look-ups on every request, and the API's own
        // counters and histograms (calguard_*) say what was scanned.
        app.UseHttpMetrics(o =>
        {
            o.SetMetricFactory(Metrics.WithCustomRegistry(metrics.Registry));
            o.InProgress.Enabled = false;
            o.RequestCount.Enabled = false;
        });
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapMetrics("/metrics", metrics.Registry).RequireScope(ScopePolicies.AllTenantsReport);
        app.MapOpenApi().RequireScope(ScopePolicies.AnyKey);
        app.MapCalguardApi();
        return app;
    }

    private static ArcSealOptions? ArcOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("Calguard:Arc");
        if (!section.Exists() || string.IsNullOrWhiteSpace(section["PrivateKeyPath"]))
        {
            return null;
        }
        string Required(string key) => section[key] is { Length: > 0 } v ? v : throw new FormatException($"Calguard:Arc:{key} is required with Calguard:Arc:PrivateKeyPath");
        return new ArcSealOptions { Domain = Required("Domain"), Selector = Required("Selector"), PrivateKeyPath = Required("PrivateKeyPath"), AuthServId = Required("AuthServId") };
    }
}
