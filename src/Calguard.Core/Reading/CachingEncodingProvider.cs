using System.Collections.Concurrent;
using System.Text;

namespace Calguard.Reading;

/// <summary>
/// The code-pages provider (windows-1252, iso-8859-x, koi8-r, …) with its answers kept, misses included.
/// </summary>
/// <remarks>
/// <see cref="Encoding.GetEncoding(int)"/> asks the registered providers before its built-in encodings, so with
/// <see cref="CodePagesEncodingProvider"/> registered every look-up of UTF-8 — MimeKit makes one for every address it
/// parses — went through the provider's upgradeable lock (one holder at a time) and, being a miss, through a second
/// global lock while it read the code-page table again. Under concurrent scans that lock was contended. This wrapper
/// answers what the provider answered, the same instances, from a lock-free map: the encodings used are identical.
/// </remarks>
internal sealed class CachingEncodingProvider : EncodingProvider
{
    // Charset names come from mail: keep a bounded number of them, look the rest up as before.
    private const int MaxNames = 512;

    private readonly EncodingProvider _inner;
    private readonly ConcurrentDictionary<int, Encoding?> _byCodePage = new();
    private readonly ConcurrentDictionary<string, Encoding?> _byName = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public CachingEncodingProvider(EncodingProvider inner) => _inner = inner;

    /// <summary>The code-pages provider, cached; register this instead of <see cref="CodePagesEncodingProvider.Instance"/>.</summary>
    public static CachingEncodingProvider CodePages { get; } = new(CodePagesEncodingProvider.Instance);

    /// <inheritdoc />
    public override Encoding? GetEncoding(int codepage)
    {
        if (_byCodePage.TryGetValue(codepage, out var known))
        {
            return known;
        }
        var encoding = _inner.GetEncoding(codepage);
        if (codepage is >= 0 and <= 65535)
        {
            _byCodePage.TryAdd(codepage, encoding);
        }
        return encoding;
    }

    /// <inheritdoc />
    public override Encoding? GetEncoding(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }
        var encoding = _inner.GetEncoding(name);
        if (_byName.Count < MaxNames)
        {
            _byName.TryAdd(name, encoding);
        }
        return encoding;
    }

    /// <inheritdoc />
    public override IEnumerable<EncodingInfo> GetEncodings() => _inner.GetEncodings();
}
