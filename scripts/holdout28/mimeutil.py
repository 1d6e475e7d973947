"""Low-level encoders: RFC 2047 words, QP, base64, iCalendar lines and folding, MIME parts."""
import base64
import html as htmllib
import re

CRLF = b'\r\n'

CODEC = {
    'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949', 'x-mac-roman': 'mac_roman',
}


def codec_for(label):
    return CODEC.get(label.lower(), label.lower())


def encode_text(text, label, errors='strict'):
    return text.encode(codec_for(label), errors)


def can_encode(text, label):
    try:
        text.encode(codec_for(label))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


# ---------------------------------------------------------------- RFC 2047

def _q_word(b):
    out = []
    for c in b:
        if c == 32:
            out.append('_')
        elif (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or chr(c) in '!*+-/':
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def _word(text, label, mode):
    b = encode_text(text, label, 'replace')
    if mode == 'B':
        return '=?%s?B?%s?=' % (label, base64.b64encode(b).decode())
    return '=?%s?Q?%s?=' % (label, _q_word(b))


def ew(text, label='UTF-8', mode='B', maxlen=75, sep='\r\n '):
    """Encode header text as one or more encoded-words (only if non-ASCII)."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if cur and len(_word(trial, label, mode)) > maxlen:
            words.append(_word(cur, label, mode))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_word(cur, label, mode))
    return sep.join(words)


def addr(name, email, label='UTF-8', mode='B', quote=True):
    if not name:
        return '<%s>' % email if quote == 'angle' else email
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, label, mode), email)


def fold_header(name, value, width=78, cont='\t'):
    """Fold a header at commas/spaces if it's long and not already folded."""
    line = '%s: %s' % (name, value)
    if '\r\n' in value or len(line) <= width:
        return line
    out, cur = [], ''
    tokens = re.split(r'(?<= )(?=\S)', line)
    for t in tokens:
        if cur and len(cur) + len(t) > width:
            out.append(cur.rstrip())
            cur = cont + t.lstrip()
        else:
            cur += t
    out.append(cur)
    return '\r\n'.join(out)


# ---------------------------------------------------------------- transfer encodings

def qp_encode(data):
    lines = data.replace(b'\r\n', b'\n').split(b'\n')
    out = []
    for line in lines:
        toks = []
        n = len(line)
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i != n - 1):
                toks.append(chr(c))
            else:
                toks.append('=%02X' % c)
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return '\r\n'.join(out).encode('ascii')


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode()
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width)).encode('ascii')


def crlf(data):
    return data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def body_bytes(text_or_bytes, label, cte, keep_lf=False):
    """Return encoded body bytes (CRLF line ends) for a leaf part."""
    if isinstance(text_or_bytes, str):
        data = encode_text(text_or_bytes.replace('\r\n', '\n'), label, 'replace')
    else:
        data = text_or_bytes
    if cte == 'base64':
        if not keep_lf:
            data = crlf(data)
        return b64_encode(data)
    if cte == 'quoted-printable':
        return qp_encode(data)
    return crlf(data)


# ---------------------------------------------------------------- MIME tree

class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers  # list of (name, value) or raw strings
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render_body(self):
        return self.render(with_head=False)

    def render(self, with_head=True):
        out = []
        for h in self.headers:
            if isinstance(h, str):
                out.append(h)
            else:
                out.append(fold_header(h[0], h[1]))
        hb = '\r\n'.join(out).encode('ascii') + CRLF + CRLF if with_head else b''
        if self.children is None:
            body = self.body
            if not body.endswith(CRLF):
                body += CRLF
            return hb + body
        chunks = [hb]
        if self.preamble:
            chunks.append(self.preamble.encode() + CRLF)
        for ch in self.children:
            chunks.append(b'--' + self.boundary.encode() + CRLF)
            chunks.append(ch.render())
            if not chunks[-1].endswith(CRLF):
                chunks.append(CRLF)
        chunks.append(b'--' + self.boundary.encode() + b'--' + CRLF)
        if self.epilogue:
            chunks.append(self.epilogue.encode() + CRLF)
        return b''.join(chunks)


def leaf(ctype, content, label='utf-8', cte='7bit', extra=None, order='ct-first', keep_lf=False):
    body = body_bytes(content, label, cte, keep_lf=keep_lf)
    hs = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if order == 'cte-first':
        hs = hs[::-1]
    if extra:
        hs += extra
    return Part(hs, body)


def multi(subtype, boundary, children, extra=None, preamble=None, ctq=True):
    b = '"%s"' % boundary if ctq else boundary
    hs = [('Content-Type', 'multipart/%s; boundary=%s' % (subtype, b))]
    if extra:
        hs += extra
    return Part(hs, children=children, boundary=boundary, preamble=preamble)


# ---------------------------------------------------------------- iCalendar

def ics_escape(s, commas=True):
    s = s.replace('\\', '\\\\').replace(';', '\\;')
    if commas:
        s = s.replace(',', '\\,')
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def pquote(v, always=False):
    if always or re.search(r'[:;,]', v):
        return '"%s"' % v.replace('"', "'")
    return v


def cl(name, value, params=(), esc=True, commas=True):
    """Build a content line."""
    p = ''.join(';%s=%s' % (k, v) for k, v in params)
    if esc:
        value = ics_escape(value, commas)
    return '%s%s:%s' % (name, p, value)


def fold_line(b, mode='octet', width=75):
    if mode == 'none' or len(b) <= width:
        return [b]
    cont = b'\t' if mode == 'tab' else b' '
    out = []
    first = True
    while b:
        lim = width if first else width - 1
        if mode == 'char':
            s = b.decode('utf-8', 'replace')
            lim_c = lim
            piece = s[:lim_c].encode('utf-8')
            if len(s) <= lim_c:
                piece = b
        elif mode == 'split' or mode == 'tab':
            piece = b[:lim]
        elif mode == 'wide':
            piece = b[:lim * 2 if first else lim * 2]
        else:
            cut = min(lim, len(b))
            while cut < len(b) and cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            piece = b[:cut]
        if len(piece) >= len(b):
            piece = b
        out.append(piece if first else cont + piece)
        b = b[len(piece):]
        first = False
    return out


def ics_bytes(lines, label='utf-8', fold='octet', eol=b'\r\n'):
    out = []
    for line in lines:
        b = encode_text(line, label, 'replace')
        out.extend(fold_line(b, fold))
    return eol.join(out) + eol


# ---------------------------------------------------------------- HTML helpers

URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def text_to_html(text, wrap='div', link=True):
    parts = []
    for line in text.split('\n'):
        e = htmllib.escape(line)
        if link:
            e = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), e)
        parts.append(e)
    if wrap == 'br':
        return '<br>\n'.join(parts)
    return '\n'.join('<%s>%s</%s>' % (wrap, p or '<br>', wrap) for p in parts)
