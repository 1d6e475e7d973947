"""Tiny MIME tree builder with full control over header text and boundaries."""
from .util import encode_text, b64_body


class Part:
    def __init__(self, ctype, body=b'', cte=None, hdrs=None, children=None, boundary=None, preamble=None,
                 order='ct-first'):
        self.ctype = ctype          # full Content-Type value (without the header name)
        self.body = body            # bytes (already transfer-encoded), for leaves
        self.cte = cte
        self.hdrs = hdrs or []      # extra header lines (e.g. Content-Disposition)
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.order = order

    def header_lines(self):
        ct = 'Content-Type: ' + self.ctype
        cte = ['Content-Transfer-Encoding: ' + self.cte] if self.cte else []
        if self.order == 'cte-first':
            return cte + [ct] + self.hdrs
        if self.order == 'hdrs-first':
            return self.hdrs + [ct] + cte
        return [ct] + cte + self.hdrs

    def body_bytes(self):
        if self.children is None:
            return self.body
        out = b''
        if self.preamble:
            out += self.preamble.encode() + b'\r\n\r\n'
        for c in self.children:
            out += b'--' + self.boundary.encode() + b'\r\n' + c.serialize() + b'\r\n'
        out += b'--' + self.boundary.encode() + b'--\r\n'
        return out

    def serialize(self):
        body = self.body_bytes()
        if body.endswith(b'\r\n') and self.children is None:
            body = body[:-2]
        return ('\r\n'.join(self.header_lines()) + '\r\n\r\n').encode() + body


def text(content, sub='plain', charset='UTF-8', cte='quoted-printable', ctfmt='text/{sub}; charset="{cs}"',
         hdrs=None, order='ct-first', extra=''):
    body, cs, cte2 = encode_text(content, charset, cte)
    return Part(ctfmt.format(sub=sub, cs=cs) + extra, body, cte2, hdrs, order=order)


def raw(ctype, data, cte='base64', hdrs=None, order='ct-first', eol='\r\n'):
    if cte == 'base64':
        body = b64_body(data, eol='\r\n').encode('ascii')
    else:
        body = data
    return Part(ctype, body, cte, hdrs, order=order)
