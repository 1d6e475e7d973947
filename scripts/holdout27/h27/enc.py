"""Encoding helpers: charsets, transfer encodings, RFC 2047 words, iCalendar folding."""
import base64
import codecs
import quopri

# MIME label -> python codec (labels Python does not know map to a compatible codec)
CODEC_FOR_LABEL = {
    'windows-874': 'cp874',
    'iso-8859-8-i': 'iso-8859-8',
    'ks_c_5601-1987': 'euc_kr',
}


def codec(label):
    label = label.lower()
    if label in CODEC_FOR_LABEL:
        return CODEC_FOR_LABEL[label]
    codecs.lookup(label)
    return label


def can_encode(text, label):
    try:
        text.encode(codec(label))
        return True
    except UnicodeEncodeError:
        return False


def encode_text(text, label):
    return text.encode(codec(label))


def crlf(text):
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.replace('\n', '\r\n')


def b64_body(data, linelen=76, eol='\r\n'):
    s = base64.b64encode(data).decode('ascii')
    lines = [s[i:i + linelen] for i in range(0, len(s), linelen)]
    return eol.join(lines) + eol


def qp_body(data):
    """Quoted-printable for a byte string whose logical line ends are CRLF."""
    lines = data.replace(b'\r\n', b'\n').split(b'\n')
    out = []
    for ln in lines:
        enc = quopri.encodestring(ln + b'\n', quotetabs=False)
        enc = enc.replace(b'\n', b'\r\n')
        # quopri ends with the newline we added
        out.append(enc.decode('ascii').rstrip('\r\n'))
    s = '\r\n'.join(out)
    # trailing whitespace must be encoded
    return s + ('\r\n' if not s.endswith('\r\n') else '')


def transfer(text, label, cte):
    """Return (body_string, cte) for a text part."""
    data = encode_text(crlf(text), label)
    if cte == 'base64':
        return b64_body(data), 'base64'
    if cte == 'quoted-printable':
        return qp_body(data), 'quoted-printable'
    if cte == '7bit':
        try:
            s = data.decode('ascii')
        except UnicodeDecodeError:
            return qp_body(data), 'quoted-printable'
        return s if s.endswith('\r\n') else s + '\r\n', '7bit'
    # 8bit: keep raw bytes; we decode with surrogateescape-free latin-1 trick
    s = data.decode('latin-1')
    return s if s.endswith('\r\n') else s + '\r\n', '8bit'


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def ew(text, label='utf-8', mode='B', maxlen=75):
    """RFC 2047 encoded-word(s) for a header value; returns list of words."""
    if is_ascii(text):
        return [text]
    c = codec(label)
    words = []
    chunk = ''
    prefix = '=?%s?%s?' % (label, mode)

    def enc(s):
        raw = s.encode(c)
        if mode == 'B':
            return base64.b64encode(raw).decode('ascii')
        out = []
        for b in raw:
            ch = chr(b)
            if b == 0x20:
                out.append('_')
            elif (0x30 <= b <= 0x39) or (0x41 <= b <= 0x5a) or (0x61 <= b <= 0x7a) or ch in '!*+-/':
                out.append(ch)
            else:
                out.append('=%02X' % b)
        return ''.join(out)

    for chx in text:
        trial = chunk + chx
        if len(prefix) + len(enc(trial)) + 2 > maxlen and chunk:
            words.append(prefix + enc(chunk) + '?=')
            chunk = chx
        else:
            chunk = trial
    if chunk:
        words.append(prefix + enc(chunk) + '?=')
    return words


def hdr_text(text, label='utf-8', mode='B'):
    """Encoded header text, folded with CRLF+space between words."""
    words = ew(text, label, mode)
    return '\r\n '.join(words)


def fold_header(name, value, width=78):
    """Fold an unstructured ASCII header at spaces."""
    line = name + ': ' + value
    if len(line) <= width or '\r\n' in value:
        return line
    out = []
    cur = name + ':'
    for tok in value.split(' '):
        if len(cur) + 1 + len(tok) > width and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = ' ' + tok
        else:
            cur = cur + ' ' + tok
    out.append(cur)
    return '\r\n'.join(out)


def addr(name, email, label='utf-8', mode='B', quote=True):
    if not name:
        return email if not quote else '<%s>' % email if False else email
    if is_ascii(name):
        if any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (('"%s"' % name) if quote else name, email)
    return '%s <%s>' % (' '.join(ew(name, label, mode)), email)


# ---------------------------------------------------------------- iCalendar

def ics_escape(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\r\n', '\n').replace('\n', '\\n'))


def fold_ics_line(line, enc='utf-8', width=75, cont=' '):
    """Fold one content line at `width` octets of the target encoding without
    splitting characters."""
    c = codec(enc)
    try:
        total = len(line.encode(c))
    except UnicodeEncodeError:
        total = len(line.encode('utf-8'))
        c = 'utf-8'
    if total <= width:
        return [line]
    out = []
    cur = ''
    curlen = 0
    limit = width
    for ch in line:
        n = len(ch.encode(c)) if not ch.isascii() else 1
        if c.startswith('iso2022'):
            n = 2 if not ch.isascii() else 1
        if curlen + n > limit:
            out.append(cur)
            cur = cont + ch
            curlen = len(cont) + n
            limit = width
        else:
            cur += ch
            curlen += n
    if cur:
        out.append(cur)
    return out
