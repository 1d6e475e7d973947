using Calguard.Host.Configuration;
using Calguard.Host.Hosting;
using Calguard.Milter;

namespace Calguard.Host.Milter;

/// <summary>
/// The milter listener of <c>calguard serve</c> (section <c>Calguard:Milter</c>, or <c>--milter</c>). Off unless an
/// endpoint is given. Fails open by default: when Calguard cannot judge a message it accepts it unchanged with
/// <c>X-Calguard-Error</c>, so mail is never lost; <c>OnFailure: tempfail</c> makes the MTA retry instead.
/// </summary>
public sealed record MilterSettings
{
    /// <summary>Where to listen (<c>inet:127.0.0.1:8891</c>, <c>unix:/path</c>); empty for no milter.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>Messages larger than this are accepted unscanned with a header saying so. Default 10 MiB.</summary>
    public long MaxMessageSize { get; init; } = 10 * 1024 * 1024;

    /// <summary>The longest one message may take before it is accepted with <c>X-Calguard-Error: timeout</c>.</summary>
    public TimeSpan MessageBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An idle connection is closed after this long.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>What a failure (exception, budget, shutdown, store down) answers: accept (default) or tempfail.</summary>
    public bool TempfailOnFailure { get; init; }

    /// <summary>Reads the section; <paramref name="endpoints"/> from the command line win over <c>Endpoints</c>.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static MilterSettings From(IConfiguration configuration, IReadOnlyList<string>? endpoints = null)
    {
        var section = configuration.GetSection("Calguard:Milter");
        var defaults = new MilterSettings();
        var list = endpoints is { Count: > 0 } ? endpoints : Settings.Strings(section, "Endpoints");
        foreach (var endpoint in list)
        {
            if (!MilterEndpoint.TryParse(endpoint, out _))
            {
                throw new FormatException($"Calguard:Milter:Endpoints: '{endpoint}' is not inet:HOST:PORT, inet:PORT@HOST, inet6:… or unix:PATH");
            }
        }
        var onFailure = section["OnFailure"]?.Trim().ToLowerInvariant();
        if (onFailure is not (null or "accept" or "tempfail"))
        {
            throw new FormatException($"Calguard:Milter:OnFailure must be accept or tempfail, not '{section["OnFailure"]}'");
        }
        return new MilterSettings
        {
            Endpoints = [.. list],
            MaxMessageSize = HostSettings.Positive(section, "MaxMessageSize") ?? defaults.MaxMessageSize,
            MessageBudget = HostSettings.Interval(section, "MessageBudget") ?? defaults.MessageBudget,
            ReadTimeout = HostSettings.Interval(section, "ReadTimeout") ?? defaults.ReadTimeout,
            TempfailOnFailure = onFailure == "tempfail",
        };
    }

    /// <summary>The listener options these settings give.</summary>
    public MilterServerOptions ToServerOptions(Action<string>? log)
    {
        var options = new MilterServerOptions
        {
            MaxMessageSize = MaxMessageSize,
            MessageBudget = MessageBudget,
            ReadTimeout = ReadTimeout,
            Log = log,
        };
        foreach (var endpoint in Endpoints)
        {
            options.Endpoints.Add(endpoint);
        }
        if (TempfailOnFailure)
        {
            options.OnFailure = _ => MilterDecision.Tempfail();
        }
        return options;
    }
}
