using System.Security.Cryptography;
using Calguard.Reading;
using Calguard.Sanitising;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.OpenSsl;

namespace Calguard.Core.Tests.Sanitising;

public sealed class ArcSealTests : IDisposable
{
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"calguard-arc-{Guid.NewGuid():N}.pem");
    private readonly RSA _rsa = RSA.Create(2048);

    public ArcSealTests() => File.WriteAllText(_keyPath, _rsa.ExportRSAPrivateKeyPem());

    public void Dispose()
    {
        File.Delete(_keyPath);
        _rsa.Dispose();
    }

    [Theory]
    [InlineData("imip/thunderbird/repeat-event.eml")]
    [InlineData("imip/thunderbird/teams-meeting-invite.eml")]
    [InlineData("imip/thunderbird/single-event.eml")]
    public void A_rewritten_message_carries_a_valid_arc_set(string file)
    {
        var original = Corpus.Bytes(file);
        var withAuth = System.Text.Encoding.ASCII.GetBytes("Authentication-Results: mx.example.org; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com\r\n")
            .Concat(original).ToArray();
        var invitation = MessageReader.Read(withAuth);
        var options = new ArcSealOptions { Domain = "example.org", Selector = "arc1", PrivateKeyPath = _keyPath, AuthServId = "mx.example.org" };

        var result = new Sanitiser(options).Sanitise(invitation, new Engine().Judge(invitation),
            SanitiserCorpusTests.DecisionFor(SanitiserCorpusTests.Flags.All));

        Assert.True(result.BodyChanged);
        Assert.True(result.ArcSealed, string.Join("; ", result.Notes));
        Assert.Equal(["ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results"], result.HeadersAdded.TakeLast(3).Select(h => h.Name));
        Assert.Contains("dkim=pass", result.HeadersAdded.Single(h => h.Name == "ARC-Authentication-Results").Value);
        var message = MimeMessage.Load(new MemoryStream(result.Message));
        var verified = new ArcVerifier(new Locator(_rsa)).Verify(message);
        Assert.Equal(ArcSignatureValidationResult.Pass, verified.Chain);

        // The seal covers the rewritten body: changing it breaks the chain.
        var tampered = result.Message.ToArray();
        var at = Array.LastIndexOf(tampered, (byte)'E');
        tampered[at] = (byte)'X';
        var broken = new ArcVerifier(new Locator(_rsa)).Verify(MimeMessage.Load(new MemoryStream(tampered)));
        Assert.NotEqual(ArcSignatureValidationResult.Pass, broken.Chain);
    }

    [Fact]
    public void Only_headers_changed_means_no_seal()
    {
        var invitation = MessageReader.Read(Corpus.Bytes("imip/thunderbird/repeat-event.eml"));
        var options = new ArcSealOptions { Domain = "example.org", Selector = "arc1", PrivateKeyPath = _keyPath, AuthServId = "mx.example.org" };
        var decision = new Decisions.Decision { Action = Decisions.DecisionAction.DeliverNoAutoAdd, Reasons = [] };
        var result = new Sanitiser(options).Sanitise(invitation, new Engine().Judge(invitation), decision);
        Assert.False(result.BodyChanged);
        Assert.False(result.ArcSealed);
    }

    private sealed class Locator(RSA rsa) : IDkimPublicKeyLocator
    {
        private readonly AsymmetricKeyParameter _key = (AsymmetricKeyParameter)new PemReader(new StringReader(rsa.ExportSubjectPublicKeyInfoPem())).ReadObject();

        public AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default)
        {
            Assert.Equal("example.org", domain);
            Assert.Equal("arc1", selector);
            return _key;
        }

        public Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }
}
