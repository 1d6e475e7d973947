"""Minimal MIME tree serialiser producing CRLF text (8-bit bytes carried as latin-1 chars)."""
from .enc import transfer, b64_body, fold_header


class Part:
    def __init__(self, ctype, body=None, cte=None, headers=None, children=None, boundary=None, preamble=None,
                 epilogue=None):
        self.ctype = ctype
        self.body = body
        self.cte = cte
        self.headers = headers or []
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def header_lines(self, ct_first=True):
        L = []
        ct = self.ctype
        if self.children is not None:
            ct = '%s;\r\n\tboundary="%s"' % (ct, self.boundary) if len(ct) > 40 else '%s; boundary="%s"' % (ct, self.boundary)
        ctl = 'Content-Type: ' + ct
        ctel = ('Content-Transfer-Encoding: ' + self.cte) if self.cte else None
        if ct_first:
            L.append(ctl)
            if ctel:
                L.append(ctel)
            L += self.headers
        else:
            L += self.headers
            L.append(ctl)
            if ctel:
                L.append(ctel)
        return L

    def render_body(self):
        if self.children is None:
            return self.body
        out = []
        if self.preamble:
            out.append(self.preamble + '\r\n')
        for ch in self.children:
            out.append('--' + self.boundary + '\r\n')
            out.append('\r\n'.join(ch.header_lines(getattr(ch, 'ct_first', True))) + '\r\n\r\n')
            b = ch.render_body()
            if not b.endswith('\r\n'):
                b += '\r\n'
            out.append(b)
        out.append('--' + self.boundary + '--\r\n')
        if self.epilogue:
            out.append(self.epilogue)
        return ''.join(out)


def text_part(subtype, text, charset, cte, params='', headers=None, quote_cs=True):
    body, cte2 = transfer(text, charset, cte)
    cs = ('"%s"' % charset) if quote_cs else charset
    ct = 'text/%s; charset=%s%s' % (subtype, cs, params)
    return Part(ct, body, cte2, headers)


def raw_part(ctype, data, cte='base64', headers=None, eol='\r\n'):
    """data: bytes."""
    if cte == 'base64':
        body = b64_body(data, eol=eol) if eol == '\r\n' else b64_body(data)
    else:
        body = data.decode('latin-1')
    return Part(ctype, body, cte, headers)


def message_text(top_headers, root, ct_at_end=True):
    """top_headers: list of header lines (already folded). root: Part."""
    L = list(top_headers)
    L += root.header_lines()
    return '\r\n'.join(L) + '\r\n\r\n' + root.render_body()
