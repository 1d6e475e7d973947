using System.Text;
using System.Xml;

namespace Calguard.CalDav.Protocol;

/// <summary>
/// Reads a <c>DAV:multistatus</c> straight off the response stream, one <c>DAV:response</c> at a time, so that a
/// calendar of tens of thousands of objects costs memory for one object only.
/// </summary>
/// <remarks>
/// Tolerant of element order (Radicale puts <c>status</c> after <c>prop</c>, Xandikos before) and of the place of
/// the top-level <c>sync-token</c>. Text is read in chunks and cut at a limit. Note that XML normalises CRLF to LF
/// inside text, so calendar-data read here is not byte-exact; use GET where bytes matter.
/// </remarks>
internal sealed class MultistatusReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        CloseInput = false,
    };

    private readonly XmlReader _xml;
    private readonly int _maxTextChars;
    private readonly Uri? _requestUri;
    private readonly char[] _chunk = new char[8192];
    private bool _started;
    private bool _finished;

    public MultistatusReader(Stream stream, int maxTextChars, Uri? requestUri)
    {
        _xml = XmlReader.Create(stream, Settings);
        _maxTextChars = maxTextChars;
        _requestUri = requestUri;
    }

    /// <summary>The top-level <c>DAV:sync-token</c>, once it has been read.</summary>
    public string? SyncToken { get; private set; }

    /// <summary>Returns the next response, or <see langword="null"/> at the end of the document.</summary>
    /// <exception cref="CalDavProtocolException">The body is not a well-formed multistatus.</exception>
    public async ValueTask<DavResponse?> ReadNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadNextCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (XmlException ex)
        {
            throw new CalDavProtocolException($"The server's multistatus answer is not well-formed XML ({ex.Message}).", _requestUri, ex);
        }
    }

    private async ValueTask<DavResponse?> ReadNextCoreAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return null;
        }

        if (!_started)
        {
            _started = true;
            if (await _xml.MoveToContentAsync().ConfigureAwait(false) != XmlNodeType.Element
                || _xml.LocalName != "multistatus" || _xml.NamespaceURI != DavNames.Dav)
            {
                throw new CalDavProtocolException($"Expected a DAV:multistatus answer but found <{_xml.Name}>.", _requestUri);
            }

            if (_xml.IsEmptyElement)
            {
                _finished = true;
                return null;
            }

            await _xml.ReadAsync().ConfigureAwait(false);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_xml.EOF || (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == 0))
            {
                _finished = true;
                return null;
            }

            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == 1)
            {
                if (Is(DavNames.Dav, "response"))
                {
                    var response = await ReadResponseAsync().ConfigureAwait(false);
                    if (response is not null)
                    {
                        return response;
                    }

                    continue;
                }

                if (Is(DavNames.Dav, "sync-token"))
                {
                    SyncToken = (await ReadTextAsync(64 * 1024).ConfigureAwait(false)).Text.Trim();
                    continue;
                }

                await _xml.SkipAsync().ConfigureAwait(false);
                continue;
            }

            if (!await _xml.ReadAsync().ConfigureAwait(false))
            {
                throw new CalDavProtocolException("The multistatus answer ended before </multistatus>.", _requestUri);
            }
        }
    }

    private bool Is(string ns, string local) => _xml.LocalName == local && _xml.NamespaceURI == ns;

    private async ValueTask<DavResponse?> ReadResponseAsync()
    {
        if (_xml.IsEmptyElement)
        {
            await _xml.ReadAsync().ConfigureAwait(false);
            return null;
        }

        var depth = _xml.Depth;
        string? href = null;
        int? status = null;
        var properties = new List<(string Name, DavProperty Value)>();
        await _xml.ReadAsync().ConfigureAwait(false);
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.EOF)
            {
                throw new CalDavProtocolException("The multistatus answer ended inside a <response>.", _requestUri);
            }

            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1)
            {
                if (Is(DavNames.Dav, "href"))
                {
                    var text = (await ReadTextAsync(64 * 1024).ConfigureAwait(false)).Text.Trim();
                    href ??= text;
                    continue;
                }

                if (Is(DavNames.Dav, "status"))
                {
                    status = ParseStatus((await ReadTextAsync(1024).ConfigureAwait(false)).Text);
                    continue;
                }

                if (Is(DavNames.Dav, "propstat"))
                {
                    await ReadPropstatAsync(properties).ConfigureAwait(false);
                    continue;
                }

                await _xml.SkipAsync().ConfigureAwait(false);
                continue;
            }

            await _xml.ReadAsync().ConfigureAwait(false);
        }

        await _xml.ReadAsync().ConfigureAwait(false);
        if (string.IsNullOrEmpty(href))
        {
            throw new CalDavProtocolException("A <response> in the multistatus answer has no <href>.", _requestUri);
        }

        var response = new DavResponse { Href = href, Status = status };
        foreach (var (name, value) in properties)
        {
            response.Properties[name] = value;
        }

        return response;
    }

    private async ValueTask ReadPropstatAsync(List<(string, DavProperty)> into)
    {
        if (_xml.IsEmptyElement)
        {
            await _xml.ReadAsync().ConfigureAwait(false);
            return;
        }

        var depth = _xml.Depth;
        int? status = null;
        var found = new List<(string, DavProperty)>();
        await _xml.ReadAsync().ConfigureAwait(false);
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.EOF)
            {
                throw new CalDavProtocolException("The multistatus answer ended inside a <propstat>.", _requestUri);
            }

            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1)
            {
                if (Is(DavNames.Dav, "status"))
                {
                    status = ParseStatus((await ReadTextAsync(1024).ConfigureAwait(false)).Text);
                    continue;
                }

                if (Is(DavNames.Dav, "prop") && !_xml.IsEmptyElement)
                {
                    var propDepth = _xml.Depth;
                    await _xml.ReadAsync().ConfigureAwait(false);
                    while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == propDepth))
                    {
                        if (_xml.EOF)
                        {
                            throw new CalDavProtocolException("The multistatus answer ended inside a <prop>.", _requestUri);
                        }

                        if (_xml.NodeType == XmlNodeType.Element)
                        {
                            var name = DavNames.Name(_xml.NamespaceURI, _xml.LocalName);
                            found.Add((name, await ReadPropertyAsync().ConfigureAwait(false)));
                            continue;
                        }

                        await _xml.ReadAsync().ConfigureAwait(false);
                    }

                    await _xml.ReadAsync().ConfigureAwait(false);
                    continue;
                }

                await _xml.SkipAsync().ConfigureAwait(false);
                continue;
            }

            await _xml.ReadAsync().ConfigureAwait(false);
        }

        await _xml.ReadAsync().ConfigureAwait(false);

        // Only properties the server actually has (2xx) count; 404 propstats just list what is missing.
        if (status is >= 200 and < 300)
        {
            into.AddRange(found);
        }
    }

    private async ValueTask<DavProperty> ReadPropertyAsync()
    {
        if (_xml.IsEmptyElement)
        {
            await _xml.ReadAsync().ConfigureAwait(false);
            return new DavProperty(string.Empty, [], [], [], false);
        }

        var depth = _xml.Depth;
        var text = new StringBuilder();
        var truncated = false;
        List<string>? hrefs = null;
        List<string>? children = null;
        List<string>? components = null;
        await _xml.ReadAsync().ConfigureAwait(false);
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.EOF)
            {
                throw new CalDavProtocolException("The multistatus answer ended inside a property.", _requestUri);
            }

            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (_xml.Depth == depth + 1)
                    {
                        (children ??= []).Add(DavNames.Name(_xml.NamespaceURI, _xml.LocalName));
                        if (Is(DavNames.CalDav, "comp") && _xml.GetAttribute("name") is { } comp)
                        {
                            (components ??= []).Add(comp);
                        }
                    }

                    if (Is(DavNames.Dav, "href"))
                    {
                        (hrefs ??= []).Add((await ReadTextAsync(64 * 1024).ConfigureAwait(false)).Text.Trim());
                        continue;
                    }

                    await _xml.ReadAsync().ConfigureAwait(false);
                    continue;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (_xml.Depth == depth + 1)
                    {
                        truncated |= await AppendValueAsync(text, _maxTextChars).ConfigureAwait(false);
                        continue;
                    }

                    break;
            }

            await _xml.ReadAsync().ConfigureAwait(false);
        }

        await _xml.ReadAsync().ConfigureAwait(false);
        return new DavProperty(text.ToString(), hrefs ?? [], children ?? [], components ?? [], truncated);
    }

    /// <summary>Reads the text of the current element and moves past its end.</summary>
    private async ValueTask<(string Text, bool Truncated)> ReadTextAsync(int limit)
    {
        if (_xml.IsEmptyElement)
        {
            await _xml.ReadAsync().ConfigureAwait(false);
            return (string.Empty, false);
        }

        var depth = _xml.Depth;
        var text = new StringBuilder();
        var truncated = false;
        await _xml.ReadAsync().ConfigureAwait(false);
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.EOF)
            {
                throw new CalDavProtocolException("The multistatus answer ended inside an element.", _requestUri);
            }

            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                truncated |= await AppendValueAsync(text, limit).ConfigureAwait(false);
                continue;
            }

            await _xml.ReadAsync().ConfigureAwait(false);
        }

        await _xml.ReadAsync().ConfigureAwait(false);
        return (text.ToString(), truncated);
    }

    /// <summary>Appends the current text node in chunks, dropping what exceeds <paramref name="limit"/>; moves to the next node.</summary>
    private async ValueTask<bool> AppendValueAsync(StringBuilder text, int limit)
    {
        var truncated = false;
        if (_xml.CanReadValueChunk)
        {
            int read;
            while ((read = await _xml.ReadValueChunkAsync(_chunk, 0, _chunk.Length).ConfigureAwait(false)) > 0)
            {
                var room = limit - text.Length;
                if (room >= read)
                {
                    text.Append(_chunk, 0, read);
                }
                else
                {
                    if (room > 0)
                    {
                        text.Append(_chunk, 0, room);
                    }

                    truncated = true;
                }
            }
        }
        else
        {
            var value = await _xml.GetValueAsync().ConfigureAwait(false);
            var room = limit - text.Length;
            text.Append(value, 0, Math.Min(room, value.Length));
            truncated = value.Length > room;
        }

        await _xml.ReadAsync().ConfigureAwait(false);
        return truncated;
    }

    /// <summary>Parses "HTTP/1.1 404 Not Found" into 404.</summary>
    internal static int? ParseStatus(string statusLine)
    {
        var parts = statusLine.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && int.TryParse(parts[1], out var code) ? code : null;
    }
}
