"""Hand-rolled MIME writer so that header order, boundaries, charsets and transfer
encodings are exactly what each emulated client would produce."""
import base64
import quopri
import re

# label used in headers -> python codec
CODEC = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii',
    'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15', 'windows-1252': 'cp1252',
    'iso-8859-2': 'iso8859_2', 'windows-1250': 'cp1250', 'iso-8859-7': 'iso8859_7',
    'windows-1253': 'cp1253', 'iso-8859-9': 'iso8859_9', 'windows-1254': 'cp1254',
    'koi8-r': 'koi8_r', 'koi8-u': 'koi8_u', 'windows-1251': 'cp1251', 'iso-8859-5': 'iso8859_5',
    'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6', 'windows-1255': 'cp1255',
    'iso-8859-8': 'iso8859_8', 'iso-8859-8-i': 'iso8859_8',
    'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5',
    'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'euc-jp': 'euc_jp',
    'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'euc_kr',
    'tis-620': 'tis_620', 'windows-874': 'cp874',
}


def codec(label):
    return CODEC.get(label.lower(), label)


def can_encode(text, label):
    try:
        text.encode(codec(label))
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(text, label):
    """Return label if text fits it, else utf-8 (what a client would fall back to)."""
    return label if can_encode(text, label) else 'utf-8'


# ---------------------------------------------------------------- header words
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


def encoded_words(text, label='utf-8', enc='B', maxlen=75):
    """Split text into RFC 2047 encoded words, never splitting a character."""
    cod = codec(label)
    lab = label.upper() if label.lower() in ('utf-8', 'iso-2022-jp') else label
    words, cur = [], ''

    def enc_chunk(s):
        b = s.encode(cod)
        if enc == 'B':
            return '=?%s?B?%s?=' % (lab, base64.b64encode(b).decode())
        return '=?%s?Q?%s?=' % (lab, _q_encode(b))

    for ch in text:
        trial = cur + ch
        if cur and len(enc_chunk(trial)) > maxlen:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc_chunk(cur))
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def htext(text, label='utf-8', enc='B', partial=False):
    """Unstructured header text. partial=True keeps ASCII words readable (Outlook/Thunderbird
    style encode only the non-ASCII run); otherwise the whole value is encoded."""
    if is_ascii(text):
        return text
    if partial:
        toks = text.split(' ')
        # find first and last non-ascii token, encode that span only
        idx = [i for i, t in enumerate(toks) if not is_ascii(t)]
        a, b = idx[0], idx[-1]
        head = ' '.join(toks[:a])
        tail = ' '.join(toks[b + 1:])
        mid = ' '.join(toks[a:b + 1])
        words = encoded_words(mid, label, enc)
        s = '\n '.join(words)
        return (head + ' ' if head else '') + s + (' ' + tail if tail else '')
    return '\n '.join(encoded_words(text, label, enc))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, label='utf-8', enc='B', force_quote=False, angle_only=False):
    if not name:
        return ('<%s>' % email) if angle_only else email
    if is_ascii(name):
        if force_quote or _SPECIALS.search(name):
            n = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        else:
            n = name
        return '%s <%s>' % (n, email)
    return '%s <%s>' % ('\n '.join(encoded_words(name, label, enc)), email)


def addr_list(items, sep=',\n '):
    return sep.join(items)


# ---------------------------------------------------------------- bodies
def qp(data):
    """Quoted-printable encode bytes, line by line (line ends kept as hard breaks)."""
    data = data.replace(b'\r\n', b'\n')
    lines = data.split(b'\n')
    out = [quopri.encodestring(ln, quotetabs=False) for ln in lines]
    # quopri adds no trailing newline for single line without one
    return b'\n'.join(o.rstrip(b'\n') for o in out)


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)).encode() + b'\n'


def encode_body(raw, cte):
    cte = cte.lower()
    if cte == 'base64':
        return b64(raw)
    if cte == 'quoted-printable':
        return qp(raw)
    return raw


def encode_text(text, label, cte):
    """Returns (charset_label_used, cte_used, encoded_bytes)."""
    lab = pick_charset(text, label)
    raw = text.encode(codec(lab), 'surrogateescape') if lab == 'utf-8' else text.encode(codec(lab))
    if cte in ('7bit',) and any(b > 127 for b in raw):
        cte = '8bit'
    return lab, cte, encode_body(raw, cte)


# ---------------------------------------------------------------- tree
class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, already transfer-encoded


class Multi:
    def __init__(self, headers, parts, boundary, preamble=None, epilogue=None):
        self.headers = headers
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue


def text_leaf(text, subtype='plain', label='utf-8', cte='quoted-printable', ct_extra='',
              extra=None, quote_charset=True, order='ct-first', disp=None):
    lab, cte, body = encode_text(text, label, cte)
    cs = ('"%s"' % lab) if quote_charset else lab
    if lab != label and label.upper() == label:
        cs = cs.upper()
    ct = 'text/%s; charset=%s%s' % (subtype, cs, ct_extra)
    h = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if order == 'cte-first':
        h.reverse()
    if disp:
        h.append(('Content-Disposition', disp))
    if extra:
        h += extra
    return Leaf(h, body)


def bytes_leaf(ctype, raw, cte='base64', disp=None, extra=None, order='ct-first'):
    h = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if order == 'cte-first':
        h.reverse()
    if disp:
        h.append(('Content-Disposition', disp))
    if extra:
        h += extra
    return Leaf(h, encode_body(raw, cte))


def fold_header(name, value):
    """Fold an unfolded header value at whitespace to ~78 columns.
    Values already containing newlines are taken as pre-folded."""
    if isinstance(value, bytes):
        return name.encode() + b': ' + value
    if '\n' in value:
        return (name + ': ' + value).encode('utf-8')
    line = name + ': ' + value
    if len(line) <= 78:
        return line.encode('utf-8')
    out, cur = [], ''
    for tok in re.split(r'(?<=[ ])', line):
        if cur and len(cur) + len(tok.rstrip()) > 76:
            out.append(cur.rstrip())
            cur = ' ' + tok
        else:
            cur += tok
    out.append(cur.rstrip())
    return '\n'.join(out).encode('utf-8')


def render_headers(headers):
    return b'\n'.join(fold_header(n, v) for n, v in headers) + b'\n'


def render(node, top=False):
    hb = render_headers(node.headers) if node.headers else b''
    if isinstance(node, Leaf):
        return hb + b'\n' + node.body
    out = hb + b'\n'
    if node.preamble:
        out += node.preamble.encode() + b'\n'
    bnd = node.boundary.encode()
    for p in node.parts:
        out += b'--' + bnd + b'\n' + render(p)
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'--' + bnd + b'--\n'
    if node.epilogue:
        out += node.epilogue.encode() + b'\n'
    return out


def crlf(data):
    return re.sub(rb'(?<!\r)\n', b'\r\n', data)
