"""Low-level MIME helpers for the holdout24 generator (stdlib only).

Everything is built by hand so that the byte layout of each client can be
reproduced (header order, boundaries, transfer encodings, CRLF)."""
import base64
import binascii
import codecs

# MIME label -> Python codec name (labels are what goes on the wire)
CODEC = {
    'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp',
    'ks_c_5601-1987': 'euc_kr', 'tis-620': 'tis_620',
}


def codec_of(label):
    return CODEC.get(label.lower(), label.lower())


def encode_text(text, label):
    return text.encode(codec_of(label))


def can_encode(text, label):
    try:
        text.encode(codec_of(label))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


# ---------------------------------------------------------------- headers
def _ew(chunk, label, mode):
    raw = chunk.encode(codec_of(label))
    if mode == 'B':
        return '=?%s?B?%s?=' % (label, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if c.isalnum() and b < 128 or c in '!*+-/':
            out.append(c)
        elif c == ' ':
            out.append('_')
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (label, ''.join(out))


def encoded_words(text, label='UTF-8', mode='B', first_len=0):
    """Split text into RFC 2047 encoded words (each <= 75 chars)."""
    words, cur = [], ''
    for ch in text:
        trial = cur + ch
        if cur and len(_ew(trial, label, mode)) > 75 - (first_len if not words else 0):
            words.append(_ew(cur, label, mode))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew(cur, label, mode))
    return '\r\n '.join(words)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def htext(text, label='UTF-8', mode='B', raw8=False, hname=''):
    """Header text value; encoded words if needed (or raw UTF-8 if raw8)."""
    if is_ascii(text) or raw8:
        return text
    if not can_encode(text, label):
        label = 'UTF-8'
    return encoded_words(text, label, mode, first_len=len(hname) + 2)


def addr(name, email, label='UTF-8', mode='B', quote_always=False, raw8=False):
    if not name:
        return '<%s>' % email if quote_always else email
    if is_ascii(name) or raw8:
        if quote_always or any(c in name for c in ',.;:@()<>[]"\\'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (htext(name, label, mode), email)


def fold_header(name, value, width=78):
    """Fold an (ASCII or raw) header at whitespace. Existing CRLFs kept."""
    out_lines = []
    for seg_i, seg in enumerate(value.split('\r\n')):
        line = (name + ': ' + seg) if seg_i == 0 else seg
        while len(line) > width:
            cut = line.rfind(' ', 1, width)
            if cut <= 1 or line[:cut].strip() == '':
                cut = line.find(' ', width)
                if cut == -1:
                    break
            out_lines.append(line[:cut])
            line = ' ' + line[cut + 1:] if line[cut] == ' ' else line[cut:]
        out_lines.append(line)
    return '\r\n'.join(out_lines)


def headers_bytes(headers):
    """headers: list of (name, value) or raw strings (already formatted)."""
    out = []
    for h in headers:
        if isinstance(h, str):
            out.append(h)
        else:
            n, v = h
            if v is None:
                continue
            if n.startswith('!'):  # no folding
                out.append(n[1:] + ': ' + v)
            else:
                out.append(fold_header(n, v))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------- bodies
def qp(data):
    """quoted-printable, CRLF line ends; data is bytes with LF/CRLF lines."""
    data = data.replace(b'\r\n', b'\n')
    lines = data.split(b'\n')
    out = []
    for ln in lines:
        enc = binascii.b2a_qp(ln, quotetabs=False, istext=False, header=False)
        out.append(enc.replace(b'\n', b'\r\n'))
    return b'\r\n'.join(out)


def b64(data, linelen=76):
    s = base64.b64encode(data)
    return b'\r\n'.join(s[i:i + linelen] for i in range(0, len(s), linelen))


def encode_payload(data, cte, lf_inside=False):
    """data: bytes (any line ends). Returns encoded bytes with CRLF lines.
    lf_inside: for base64 keep bare LF line ends in the *decoded* content."""
    if cte == 'base64':
        if lf_inside:
            data = data.replace(b'\r\n', b'\n')
        else:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return b64(data)
    if cte == 'quoted-printable':
        return qp(data)
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


class Leaf:
    def __init__(self, ctype, body, cte='7bit', headers=None, disp=None, lf_inside=False, extra_after=None):
        self.ctype = ctype          # full Content-Type value
        self.body = body            # bytes (decoded content)
        self.cte = cte
        self.headers = headers or []  # extra headers before Content-Type
        self.disp = disp
        self.lf_inside = lf_inside
        self.extra_after = extra_after or []

    def header_list(self):
        h = list(self.headers)
        h.append(('Content-Type', self.ctype))
        if self.disp:
            h.append(('Content-Disposition', self.disp))
        if self.cte:
            h.append(('Content-Transfer-Encoding', self.cte))
        h.extend(self.extra_after)
        return h

    def body_bytes(self):
        b = encode_payload(self.body, self.cte or '7bit', self.lf_inside)
        if not b.endswith(b'\r\n'):
            b += b'\r\n'
        return b


class Multi:
    def __init__(self, subtype, parts, boundary, headers=None, preamble=None, ctype_extra='', quote_boundary=True):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.headers = headers or []
        self.preamble = preamble
        self.ctype_extra = ctype_extra
        self.quote_boundary = quote_boundary

    def header_list(self):
        b = '"%s"' % self.boundary if self.quote_boundary else self.boundary
        h = list(self.headers)
        h.append(('Content-Type', 'multipart/%s; boundary=%s%s' % (self.subtype, b, self.ctype_extra)))
        return h

    def body_bytes(self):
        out = b''
        if self.preamble:
            out += self.preamble.encode() + b'\r\n'
        for p in self.parts:
            out += b'\r\n--' + self.boundary.encode() + b'\r\n' if out else b'--' + self.boundary.encode() + b'\r\n'
            out += headers_bytes(p.header_list()) + b'\r\n' + p.body_bytes()
        out += b'\r\n--' + self.boundary.encode() + b'--\r\n'
        return out


class RFC822:
    """message/rfc822 part wrapping complete message bytes."""
    def __init__(self, msg_bytes, headers=None, disp=None):
        self.msg = msg_bytes
        self.headers = headers or []
        self.disp = disp

    def header_list(self):
        h = list(self.headers)
        h.append(('Content-Type', 'message/rfc822'))
        if self.disp:
            h.append(('Content-Disposition', self.disp))
        return h

    def body_bytes(self):
        m = self.msg
        if not m.endswith(b'\r\n'):
            m += b'\r\n'
        return m


def message_bytes(top_headers, part):
    """top_headers: list; part: Leaf/Multi; part headers appended."""
    return headers_bytes(list(top_headers) + part.header_list()) + b'\r\n' + part.body_bytes()
