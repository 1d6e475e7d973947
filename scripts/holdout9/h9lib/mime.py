"""Raw MIME construction with full control over header order, charsets and
transfer encodings (the email package's generator normalises too much)."""
import base64

CRLF = '\r\n'

# charset label used in headers -> python codec
CODEC = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'iso-8859-2': 'iso8859-2',
    'iso-8859-5': 'iso8859-5', 'iso-8859-6': 'iso8859-6', 'iso-8859-7': 'iso8859-7',
    'iso-8859-8': 'iso8859-8', 'iso-8859-8-i': 'iso8859-8', 'iso-8859-9': 'iso8859-9',
    'iso-8859-15': 'iso8859-15', 'windows-1250': 'cp1250', 'windows-1251': 'cp1251',
    'windows-1252': 'cp1252', 'windows-1253': 'cp1253', 'windows-1254': 'cp1254',
    'windows-1255': 'cp1255', 'windows-1256': 'cp1256', 'windows-874': 'cp874', 'tis-620': 'tis-620',
    'koi8-r': 'koi8-r', 'koi8-u': 'koi8-u', 'iso-2022-jp': 'iso-2022-jp', 'shift_jis': 'shift_jis',
    'euc-jp': 'euc-jp', 'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5',
    'euc-kr': 'euc-kr', 'ks_c_5601-1987': 'euc-kr',
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def best_charset(text, prefs):
    for cs in prefs:
        if can_encode(text, cs):
            return cs
    return 'utf-8'


def crlf(text):
    return text.replace('\r\n', '\n').replace('\r', '\n').replace('\n', '\r\n')


# ------------------------------------------------------------ header words
def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def ew(text, cs='utf-8', enc='B', maxlen=75, upper=False):
    """RFC 2047 encoded words, split so that each word stays <= maxlen and no
    multibyte character is cut."""
    if not can_encode(text, cs):
        cs = 'UTF-8' if cs.isupper() else 'utf-8'
    label = cs.upper() if upper else cs
    words = []
    chunk = ''

    def enc_chunk(c):
        b = c.encode(codec(cs))
        if enc == 'B':
            return '=?%s?B?%s?=' % (label, base64.b64encode(b).decode())
        out = ''
        for byte in b:
            ch = chr(byte)
            if ch == ' ':
                out += '_'
            elif 33 <= byte <= 126 and ch not in '=?_"(),:;<>@[\\]':
                out += ch
            else:
                out += '=%02X' % byte
        return '=?%s?Q?%s?=' % (label, out)

    if codec(cs) == 'iso-2022-jp':
        # each encoded word must be self-contained: encode per chunk (escape sequences restart)
        pass
    for ch in text:
        trial = chunk + ch
        if len(enc_chunk(trial)) > maxlen and chunk:
            words.append(enc_chunk(chunk))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(enc_chunk(chunk))
    return words


def hval(text, cs='utf-8', enc='B', upper=False):
    """Header value: ASCII stays as is; otherwise encoded words (folded)."""
    if _is_ascii(text):
        return text
    return (CRLF + ' ').join(ew(text, cs, enc, upper=upper))


def hval_mixed(text, cs='utf-8', enc='B'):
    """Encode only the non-ASCII tail of a value (like 'Re: <non-ascii>') the way
    many clients do: leading ASCII words stay plain."""
    if _is_ascii(text):
        return text
    words = text.split(' ')
    plain = []
    while words and _is_ascii(words[0]):
        plain.append(words.pop(0))
    rest = ' '.join(words)
    encoded = (CRLF + ' ').join(ew(rest, cs, enc))
    return (' '.join(plain) + ' ' + encoded) if plain else encoded


def addr(name, email, cs='utf-8', enc='B', quote=True):
    if not name:
        return email
    if _is_ascii(name):
        if quote and any(c in name for c in ',.;:()<>@[]"\''):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        if quote == 'always':
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (hval(name, cs, enc), email)


def fold_ascii(value, width=76, indent=' '):
    """Fold a long ASCII header value at spaces."""
    if len(value) <= width or '\r\n' in value:
        return value
    out, cur = [], ''
    for w in value.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return (CRLF + indent).join(out)


# ------------------------------------------------------------ body encodings
def qp(data, maxline=76):
    """Quoted-printable encode bytes whose line ends are CRLF."""
    out_lines = []
    for raw in data.split(b'\r\n'):
        enc = []
        for i, byte in enumerate(raw):
            c = chr(byte)
            if byte in (9, 32):
                if i == len(raw) - 1:
                    enc.append('=%02X' % byte)
                else:
                    enc.append(c)
            elif 33 <= byte <= 126 and c != '=':
                enc.append(c)
            else:
                enc.append('=%02X' % byte)
        line = ''
        for tok in enc:
            if len(line) + len(tok) > maxline - 1:
                out_lines.append(line + '=')
                line = ''
            line += tok
        out_lines.append(line)
    return CRLF.join(out_lines)


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers      # list of (name, value) with value already encoded/folded
        self.body = body            # bytes (already transfer-encoded) for leaves
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = b''
        for k, v in self.headers:
            out += ('%s: %s\r\n' % (k, v)).encode('utf-8') if k else (v + '\r\n').encode('utf-8')
        out += b'\r\n'
        if self.parts:
            if self.preamble:
                out += crlf(self.preamble).encode()
            for p in self.parts:
                out += ('--%s\r\n' % self.boundary).encode()
                out += p.render()
                if not out.endswith(b'\r\n'):
                    out += b'\r\n'
            out += ('--%s--\r\n' % self.boundary).encode()
            if self.epilogue:
                out += crlf(self.epilogue).encode()
        else:
            out += self.body
            if not out.endswith(b'\r\n'):
                out += b'\r\n'
        return out


def encode_body(text, cs, cte, keep_lf=False):
    """Return transfer-encoded body bytes for text (str) or data (bytes)."""
    if isinstance(text, bytes):
        data = text
    else:
        t = text if keep_lf else crlf(text)
        data = t.encode(codec(cs))
    if cte == 'base64':
        return b64(data).encode() + b'\r\n'
    if cte == 'quoted-printable':
        return qp(data).encode() + b'\r\n'
    return data


def leaf(ctype, text, cs='utf-8', cte='7bit', params=(), disposition=None, extra=(), header_order=None,
         keep_lf=False, cte_case=None, ct_style=None):
    """Create a leaf part.

    ctype: 'text/plain' etc.  params: list of (k, v) content-type params after charset.
    disposition: full value string or None.
    ct_style: callable(ctype, cs, params) -> header value, to mimic client formatting.
    """
    if ct_style:
        ct = ct_style(ctype, cs, params)
    else:
        ps = []
        if cs:
            ps.append('charset="%s"' % cs)
        for k, v in params:
            ps.append('%s=%s' % (k, v))
        ct = '; '.join([ctype] + ps)
    hdrs = [('Content-Type', ct)]
    cte_name = cte if not cte_case else cte_case
    if cte:
        hdrs.append(('Content-Transfer-Encoding', cte_name))
    if disposition:
        hdrs.append(('Content-Disposition', disposition))
    hdrs += list(extra)
    if header_order:
        hdrs.sort(key=lambda h: header_order.index(h[0]) if h[0] in header_order else 99)
    return Part(hdrs, encode_body(text, cs or 'utf-8', cte, keep_lf=keep_lf))


def multipart(sub, boundary, parts, extra=(), preamble=None, quoted=True, params=()):
    ct = 'multipart/%s; boundary=%s' % (sub, ('"%s"' % boundary) if quoted else boundary)
    for k, v in params:
        ct += '; %s=%s' % (k, v)
    return Part([('Content-Type', ct)] + list(extra), parts=parts, boundary=boundary, preamble=preamble)


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
