using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Client;

public sealed class TlsTests
{
    [Fact]
    public async Task A_self_signed_certificate_is_refused_unless_insecure_is_set()
    {
        await using var server = await TestCalDavServer.StartXandikosAsync();
        using var certificate = SelfSigned();
        await using var proxy = await RecordingProxy.StartAsync(server.BaseUri, certificate);
        Assert.Equal("https", proxy.BaseUri.Scheme);

        using var strict = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, null) with { MaxRetries = 0 });
        using var insecure = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, null) with { Insecure = true });

        var ex = await Assert.ThrowsAsync<CalDavServerException>(() => strict.DiscoverAsync());
        Assert.Contains("SSL", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(proxy.Requests);
        Assert.Equal(server.HomeHref, (await insecure.DiscoverAsync()).CalendarHomeHref);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
