"""Hand-rolled MIME writer so that layout, encodings and header order are fully controlled."""
import base64

CRLF = '\r\n'


def norm(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def qp_encode(data, line_width=76):
    """Quoted-printable encode bytes; input lines separated by b'\\n'. Returns str with CRLF."""
    out_lines = []
    for raw in data.split(b'\n'):
        enc = []
        for i, byte in enumerate(raw):
            c = bytes([byte])
            if byte in (0x20, 0x09) and i == len(raw) - 1:
                enc.append('=%02X' % byte)
            elif byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                enc.append('=%02X' % byte)
            else:
                enc.append(c.decode('ascii'))
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > line_width - 1:
                out_lines.append(cur + '=')
                cur = ''
            cur += tok
        out_lines.append(cur)
    return CRLF.join(out_lines)


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) if s else ''


def encode_body(text, charset='utf-8', cte='quoted-printable', eol='\r\n'):
    """Return the encoded body (str, possibly containing 8-bit chars as latin-1 surrogate) as bytes."""
    text = norm(text)
    if cte == 'base64':
        return b64_encode(text.replace('\n', eol).encode(charset)).encode('ascii')
    if cte == 'quoted-printable':
        return qp_encode(text.encode(charset)).encode('ascii')
    # 7bit / 8bit
    return text.encode(charset).replace(b'\n', b'\r\n')


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def ew(text, charset='utf-8', mode='B', maxlen=75):
    """RFC 2047 encode `text` into a list of encoded words."""
    words = []
    cur = ''
    pre = '=?%s?%s?' % (charset, mode)
    def enc(s):
        b = s.encode(charset)
        if mode == 'B':
            return base64.b64encode(b).decode('ascii')
        r = ''
        for byte in b:
            ch = chr(byte)
            if byte == 0x20:
                r += '_'
            elif ch.isalnum() and byte < 128:
                r += ch
            elif ch in '!*+-/' and byte < 128:
                r += ch
            else:
                r += '=%02X' % byte
        return r
    for ch in text:
        trial = cur + ch
        if len(pre) + len(enc(trial)) + 2 > maxlen and cur:
            words.append(pre + enc(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(pre + enc(cur) + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hval(text, charset='utf-8', mode='B'):
    """Header value: raw if ASCII, otherwise encoded words (folded)."""
    if is_ascii(text):
        return text
    if not can_encode(text, charset):
        charset = 'utf-8'
    return (CRLF + ' ').join(ew(text, charset, mode))


def fold_ascii(name, value, width=78):
    """Fold a plain ASCII header at spaces."""
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    s = '%s: %s' % (name, value)
    if len(s) <= width:
        return s
    out = []
    cur = ''
    for tok in s.split(' '):
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = ' ' + tok
        else:
            cur = (cur + ' ' + tok) if cur else tok
    out.append(cur)
    return (CRLF).join(out)


def addr(name, email, charset='utf-8', mode='B', quote_always=False):
    if not name:
        return '<%s>' % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in name for c in ',.;:()[]<>@"\\'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (' '.join(ew(name, charset if can_encode(name, charset) else 'utf-8', mode)), email)


class Part:
    def __init__(self, ctype, body=b'', cte=None, headers=None, children=None, boundary=None,
                 preamble=None):
        self.ctype = ctype            # full Content-Type value (without boundary for multiparts)
        self.body = body              # bytes (already transfer-encoded)
        self.cte = cte
        self.headers = headers or []  # extra headers (name, value) placed after Content-Type
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def header_lines(self, ct_first=True):
        hs = []
        ct = self.ctype
        if self.children is not None:
            ct = '%s;%s\tboundary="%s"' % (ct, CRLF, self.boundary)
        ctl = 'Content-Type: ' + ct
        cte = ['Content-Transfer-Encoding: ' + self.cte] if self.cte else []
        extra = ['%s: %s' % (n, v) for n, v in self.headers]
        if ct_first:
            hs = [ctl] + cte + extra
        else:
            hs = extra + [ctl] + cte
        return hs

    def render_body(self):
        if self.children is None:
            return self.body
        out = b''
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\r\n'
        for ch in self.children:
            out += b'\r\n--' + self.boundary.encode() + b'\r\n' if out else b'--' + self.boundary.encode() + b'\r\n'
            out += (CRLF.join(ch.header_lines()) + CRLF + CRLF).encode('ascii')
            out += ch.render_body()
        out += b'\r\n--' + self.boundary.encode() + b'--\r\n'
        return out


def leaf(ctype, text, charset='utf-8', cte='quoted-printable', headers=None, eol='\r\n'):
    if charset and 'charset' not in ctype:
        ctype = '%s; charset="%s"' % (ctype, charset) if charset.lower() != 'us-ascii' or True else ctype
    return Part(ctype, encode_body(text, charset or 'utf-8', cte, eol), cte, headers)


def message(top_headers, root):
    """top_headers: list of ready-made header lines (may contain CRLF-folded values)."""
    lines = list(top_headers) + root.header_lines()
    data = (CRLF.join(lines) + CRLF + CRLF).encode('ascii')
    body = root.render_body()
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    return data + body
