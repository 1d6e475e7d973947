using Calguard.Decisions;
using Calguard.Host.Hosting;
using Calguard.Milter;
using Calguard.Sanitising;
using Microsoft.Extensions.Options;

namespace Calguard.Host.Milter;

/// <summary>
/// The milter endpoint of <c>calguard serve</c>: a <see cref="MilterServer"/> whose handler scans through
/// <see cref="ScanService"/> (channel <c>milter</c>), started and stopped with the host. On shutdown, messages in
/// flight get the host's shutdown timeout to finish; after that the failure action answers them.
/// </summary>
public sealed class MilterListener(MilterSettings settings, ScanService scans, Sanitiser sanitiser, IKnownSenders knownSenders,
    TimeProvider clock, ILogger<MilterListener> logger, IOptions<HostOptions> hostOptions) : IHostedService, IAsyncDisposable
{
    private MilterServer? _server;

    /// <summary>The bound endpoints (after start), e.g. to learn an ephemeral port.</summary>
    public IReadOnlyList<System.Net.EndPoint> EndPoints => _server?.LocalEndPoints ?? [];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var handler = new CalguardMilterHandler(new RecordingScanner(scans), sanitiser, knownSenders, clock);
        _server = new MilterServer(handler, settings.ToServerOptions(line => logger.LogWarning("milter: {Line}", line)));
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("milter listening on {Endpoints}", string.Join(", ", _server.LocalEndPoints));
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(hostOptions.Value.ShutdownTimeout).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
