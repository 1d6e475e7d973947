"""Hand-rolled MIME writer so that every header and boundary looks like the client wrote it."""
import base64
import quopri

# MIME label -> python codec
CODEC = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'iso-8859-2': 'iso8859_2',
    'iso-8859-5': 'iso8859_5', 'iso-8859-6': 'iso8859_6', 'iso-8859-7': 'iso8859_7',
    'iso-8859-8': 'iso8859_8', 'iso-8859-8-i': 'iso8859_8', 'iso-8859-9': 'iso8859_9',
    'iso-8859-15': 'iso8859_15', 'windows-1250': 'cp1250', 'windows-1251': 'cp1251',
    'windows-1252': 'cp1252', 'windows-1253': 'cp1253', 'windows-1254': 'cp1254',
    'windows-1255': 'cp1255', 'windows-1256': 'cp1256', 'windows-1258': 'cp1258',
    'koi8-r': 'koi8_r', 'koi8-u': 'koi8_u', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
    'euc-jp': 'euc_jp', 'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5',
    'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'euc_kr', 'tis-620': 'tis_620', 'windows-874': 'cp874',
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def crlf(s):
    return s.replace('\r\n', '\n').replace('\r', '\n').replace('\n', '\r\n')


# ---------------------------------------------------------------- headers
def _chunks(text, cs, maxbytes):
    """Split text into chunks whose encoding stays below maxbytes (never splits a char)."""
    out, cur = [], ''
    for ch in text:
        if cur and len((cur + ch).encode(codec(cs))) > maxbytes:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def ew(text, cs='utf-8', enc='B', label=None):
    """RFC 2047 encoded words, returned as list of words."""
    label = label or cs
    words = []
    for c in _chunks(text, cs, 45 if enc == 'B' else 22):
        b = c.encode(codec(cs))
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (label, base64.b64encode(b).decode()))
        else:
            q = ''
            for byte in b:
                ch = chr(byte)
                if ch == ' ':
                    q += '_'
                elif 33 <= byte < 127 and ch not in '=?_"(),.:;<>@[]\\':
                    q += ch
                else:
                    q += '=%02X' % byte
            words.append('=?%s?Q?%s?=' % (label, q))
    return words


def htext(text, cs='utf-8', enc='B', label=None):
    """Header text: plain if ASCII, else encoded words joined by folding whitespace."""
    if all(ord(c) < 128 for c in text):
        return text
    if not can_encode(text, cs):
        cs, label = 'utf-8', 'UTF-8'
    return '\r\n '.join(ew(text, cs, enc, label))


def addr(name, address, cs='utf-8', enc='B', quote=True):
    if not name:
        return address if not quote else '<%s>' % address if False else address
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()<>[]"\\') or quote:
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return '%s <%s>' % (name, address)
    return '%s <%s>' % (htext(name, cs, enc), address)


def fold_header(name, value, width=78):
    """Fold a header at spaces if it is too long and not already folded."""
    line = '%s: %s' % (name, value)
    if '\r\n' in value or len(line) <= width:
        return line
    tokens = value.split(' ')
    out, cur = [], '%s: %s' % (name, tokens[0])
    for t in tokens[1:]:
        if len(cur) + 1 + len(t) > width:
            out.append(cur)
            cur = ' ' + t
        else:
            cur = cur + ' ' + t
    out.append(cur)
    return '\r\n'.join(out)


def addr_list(items, width=78):
    """Comma-separated address list value, folded."""
    lines, cur = [], ''
    for i, it in enumerate(items):
        piece = it + (',' if i < len(items) - 1 else '')
        if cur and len(cur) + len(piece) + 1 > width - 4:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + ' ' + piece) if cur else piece
    lines.append(cur)
    return '\r\n\t'.join(lines) if len(lines) > 1 else lines[0]


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, headers=None,
                 parts=None, boundary=None, preamble=None, raw=False, eol_quirk=False,
                 ct_style='quoted', b64width=76):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.headers = headers or []
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble
        self.raw = raw              # body already bytes, encode as-is
        self.eol_quirk = eol_quirk  # bare LF inside base64 payload
        self.ct_style = ct_style    # quoted | bare
        self.b64width = b64width

    def _ct(self):
        ps = []
        if self.charset:
            ps.append(('charset', self.charset))
        ps += list(self.params)
        if self.parts:
            ps.append(('boundary', self.boundary))
        s = self.ctype
        for k, v in ps:
            plain = not any(c in v for c in '()<>@,;:\\"/[]?= ')
            if plain and (self.ct_style == 'bare' or k in ('format', 'delsp', 'method', 'reply-type')):
                s += '; %s=%s' % (k, v)
            else:
                s += '; %s="%s"' % (k, v)
        return s

    def header_lines(self):
        L = [fold_header('Content-Type', self._ct())]
        if self.cte and not self.parts:
            L.append('Content-Transfer-Encoding: ' + self.cte)
        for k, v in self.headers:
            L.append(fold_header(k, v))
        return L

    def encoded_body(self):
        if self.parts:
            out = b''
            if self.preamble:
                out += crlf(self.preamble).encode() + b'\r\n'
            for p in self.parts:
                out += b'--' + self.boundary.encode() + b'\r\n' + p.render() + b'\r\n'
            out += b'--' + self.boundary.encode() + b'--\r\n'
            return out
        if self.raw:
            data = self.body
        else:
            txt = self.body if self.eol_quirk else crlf(self.body)
            if self.eol_quirk:
                txt = txt.replace('\r\n', '\n')
            data = txt.encode(codec(self.charset or 'utf-8'))
        cte = (self.cte or '7bit').lower()
        if cte == 'base64':
            enc = base64.b64encode(data).decode()
            w = self.b64width
            lines = [enc[i:i + w] for i in range(0, len(enc), w)]
            return ('\r\n'.join(lines) + '\r\n').encode()
        if cte == 'quoted-printable':
            unix = data.replace(b'\r\n', b'\n')
            q = quopri.encodestring(unix)
            q = q.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
            if not q.endswith(b'\r\n'):
                q += b'\r\n'
            return q
        if not data.endswith(b'\r\n'):
            data += b'\r\n'
        return data

    def render(self):
        return ('\r\n'.join(self.header_lines()) + '\r\n\r\n').encode() + self.encoded_body()


def message(headers, part):
    """headers: list of (name, value) in order; value may contain CRLF folds already."""
    lines = []
    for k, v in headers:
        if k is None:
            lines.append(v)
        else:
            lines.append(fold_header(k, v))
    head = '\r\n'.join(lines)
    body = part.render()
    return head.encode('ascii') + b'\r\n' + body
