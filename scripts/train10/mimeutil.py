# -*- coding: utf-8 -*-
"""Small MIME / iCalendar serialisation helpers for gen.py (stdlib only)."""
import base64
import binascii

CRLF = '\r\n'


# ---------------------------------------------------------------- headers
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and c < 128 or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def enc_words(text, cs_label='UTF-8', codec='utf-8', mode='B', first_len=0):
    """RFC 2047 encode text if needed; folded with CRLF SP between words."""
    if is_ascii(text):
        return text
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        cs_label, codec = 'UTF-8', 'utf-8'
    words = []
    chunk = ''
    limit = 75 - len(cs_label) - 7
    for ch in text:
        cand = chunk + ch
        raw = cand.encode(codec)
        enc = base64.b64encode(raw).decode() if mode == 'B' else _q_encode(raw)
        if len(enc) > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(codec)
        enc = base64.b64encode(raw).decode() if mode == 'B' else _q_encode(raw)
        out.append('=?%s?%s?%s?=' % (cs_label, mode, enc))
    return (CRLF + ' ').join(out)


def fmt_addr(name, addr, cs_label='UTF-8', codec='utf-8', mode='B', quote=True):
    if not name:
        return '<%s>' % addr if not quote else addr
    if is_ascii(name):
        if quote or any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    return '%s <%s>' % (enc_words(name, cs_label, codec, mode), addr)


def fold_header(name, value, width=78):
    """Fold a long ascii header value at spaces (keeps existing folds)."""
    if '\r\n' in value or len(name) + 2 + len(value) <= width:
        return value
    parts = value.split(' ')
    lines = []
    cur = ''
    curlen = len(name) + 2
    for p in parts:
        add = (' ' if cur else '') + p
        if cur and curlen + len(add) > width:
            lines.append(cur)
            cur = p
            curlen = 1 + len(p)
        else:
            cur += add
            curlen += len(add)
    lines.append(cur)
    return (CRLF + '\t').join(lines)


# ---------------------------------------------------------------- bodies
class Leaf(object):
    def __init__(self, ctype, text, cte='7bit', codec='utf-8', extra=None, crlf=True, raw=None):
        self.ctype = ctype
        self.text = text
        self.cte = cte
        self.codec = codec
        self.extra = extra or []
        self.crlf = crlf
        self.raw = raw


class Multi(object):
    def __init__(self, subtype, boundary, children, extra=None, preamble=None, ctype_extra=''):
        self.subtype = subtype
        self.boundary = boundary
        self.children = children
        self.extra = extra or []
        self.preamble = preamble
        self.ctype_extra = ctype_extra


def _b64(data):
    s = base64.b64encode(data).decode('ascii')
    lines = [s[i:i + 76] for i in range(0, len(s), 76)] or ['']
    return (CRLF.join(lines) + CRLF).encode('ascii')


def _qp(data_lf):
    enc = binascii.b2a_qp(data_lf, quotetabs=False, istext=True, header=False)
    enc = enc.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    if not enc.endswith(b'\r\n'):
        enc += b'\r\n'
    return enc


def leaf_body(leaf):
    if leaf.raw is not None:
        data = leaf.raw
    else:
        t = leaf.text.replace('\r\n', '\n')
        if leaf.cte == 'quoted-printable':
            return _qp(t.encode(leaf.codec))
        if leaf.crlf:
            t = t.replace('\n', '\r\n')
        data = t.encode(leaf.codec)
    if leaf.cte == 'base64':
        return _b64(data)
    if leaf.cte == 'quoted-printable':
        return _qp(data.replace(b'\r\n', b'\n'))
    if not data.endswith(b'\r\n'):
        data += b'\r\n'
    return data


def node_headers(node):
    if isinstance(node, Multi):
        h = [('Content-Type', 'multipart/%s;%s boundary="%s"' % (node.subtype, node.ctype_extra, node.boundary))]
        return h + node.extra
    cte = node.cte
    if cte in ('7bit',) and node.raw is None and not is_ascii(node.text):
        cte = '8bit'
        node.cte = '8bit'
    h = [('Content-Type', node.ctype)]
    if cte is not None:
        h.append(('Content-Transfer-Encoding', cte))
    return h + node.extra


def node_body(node):
    if isinstance(node, Leaf):
        return leaf_body(node)
    out = b''
    if node.preamble:
        out += (node.preamble + CRLF).encode('ascii')
    for ch in node.children:
        out += ('--' + node.boundary + CRLF).encode('ascii')
        for k, v in node_headers(ch):
            out += ('%s: %s' % (k, v) + CRLF).encode('ascii')
        out += CRLF.encode('ascii')
        out += node_body(ch)
    out += ('--' + node.boundary + '--' + CRLF).encode('ascii')
    return out


def serialize(headers, root):
    """headers: list of (name, value) (value ascii, may contain CRLF folds)."""
    out = b''
    allh = list(headers) + node_headers(root)
    for k, v in allh:
        out += ('%s: %s' % (k, fold_header(k, v)) + CRLF).encode('ascii')
    out += CRLF.encode('ascii')
    out += node_body(root)
    return out


# ---------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\n').replace('\n', '\\n')


def pq(v, always=False):
    if always or any(c in v for c in ',:;'):
        return '"%s"' % v.replace('"', "'")
    return v


def fold_line(line, style='std'):
    if style == 'none':
        return [line]
    if style == 'sloppy':
        # character-based folding at 70 chars with a TAB continuation
        out = []
        while len(line) > 70:
            out.append(line[:70])
            line = '\t' + line[70:]
        out.append(line)
        return out
    limit = 75 if style == 'std' else 73
    out = []
    cur = ''
    curb = 0
    first = True
    for ch in line:
        b = len(ch.encode('utf-8'))
        lim = limit if first else limit - 1
        if curb + b > lim:
            out.append(cur if first else ' ' + cur)
            first = False
            cur = ch
            curb = b
        else:
            cur += ch
            curb += b
    out.append(cur if first else ' ' + cur)
    return out


def ics_join(lines, style='std', eol='\r\n'):
    out = []
    for ln in lines:
        out.extend(fold_line(ln, style))
    return eol.join(out) + eol
