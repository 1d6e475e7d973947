# -*- coding: utf-8 -*-
"""Minimal hand-rolled MIME writer (full control over layout).  CC0 1.0."""
import base64
import codecs
import quopri

CODEC = {'tis-620': 'tis-620', 'windows-874': 'cp874', 'ks_c_5601-1987': 'euc_kr'}


def codec_of(cs):
    return CODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec_of(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def b64lines(raw, width=76):
    s = base64.b64encode(raw).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def encode_body(text, charset, cte, crlf_in_b64=True):
    """returns body as str (ASCII or latin-1-mapped bytes string) -> we return bytes"""
    text = text.replace('\r\n', '\n')
    raw = text.encode(codec_of(charset))
    if cte in ('7bit', '8bit', 'binary'):
        if not raw.endswith(b'\n'):
            raw += b'\n'
        return raw
    if cte == 'quoted-printable':
        q = quopri.encodestring(raw, quotetabs=False)
        if not q.endswith(b'\n'):
            q += b'\n'
        return q
    if cte == 'base64':
        if crlf_in_b64:
            raw = raw.replace(b'\n', b'\r\n')
        return b64lines(raw).encode('ascii')
    raise ValueError(cte)


def enc_words(text, charset='UTF-8', enc='B', maxlen=75):
    """RFC 2047 encoded words, split on character boundaries."""
    codec = codec_of(charset)
    words = []
    chunk = ''

    def render(c):
        raw = c.encode(codec)
        if enc == 'B':
            payload = base64.b64encode(raw).decode('ascii')
        else:
            payload = ''
            for b in raw:
                ch = chr(b)
                if b == 32:
                    payload += '_'
                elif (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) or ch in '!*+-/':
                    payload += ch
                else:
                    payload += '=%02X' % b
        return '=?%s?%s?%s?=' % (charset, enc, payload)

    for ch in text:
        trial = chunk + ch
        if len(render(trial)) > maxlen and chunk:
            words.append(render(chunk))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(render(chunk))
    return words


def hdr(text, charset='UTF-8', enc=None):
    if is_ascii(text):
        return text
    if not can_encode(text, charset):
        charset = 'UTF-8'
    if enc is None:
        enc = 'Q' if charset.lower().startswith(('iso-8859', 'windows-125')) else 'B'
    return '\n '.join(enc_words(text, charset, enc))


def addr(person, charset='UTF-8', enc=None, quote_ascii=False):
    if not person.name:
        return person.email if not quote_ascii else '<%s>' % person.email
    if is_ascii(person.name):
        n = person.name
        if quote_ascii or any(c in n for c in ',.;:()@<>[]"'):
            n = '"%s"' % n.replace('"', '')
        return '%s <%s>' % (n, person.email)
    return '%s <%s>' % (hdr(person.name, charset, enc), person.email)


def addr_list(people, charset='UTF-8', enc=None, quote_ascii=False):
    return ',\n '.join(addr(p, charset, enc, quote_ascii) for p in people) if len(people) > 1 else \
        (addr(people[0], charset, enc, quote_ascii) if people else 'undisclosed-recipients:;')


def fold_header(name, value, width=78):
    """fold at spaces when a single physical line is too long (values may contain '\n ')."""
    out = []
    first = True
    for phys in value.split('\n'):
        line = (name + ': ' + phys) if first else phys
        first = False
        while len(line) > width:
            cut = line.rfind(' ', 20, width)
            if cut <= 0:
                cut = line.find(' ', width)
                if cut <= 0:
                    break
            out.append(line[:cut])
            line = ' ' + line[cut + 1:] if not line[cut + 1:].startswith((' ', '\t')) else line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) – value may include '\n '
        self.body = body        # bytes with '\n'

    def to_bytes(self):
        h = ''.join(fold_header(n, v) + '\n' for n, v in self.headers)
        return h.encode('ascii') + b'\n' + self.body


class Multi:
    def __init__(self, subtype, boundary, parts, params='', preamble=None, epilogue=None):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.params = params
        self.preamble = preamble
        self.epilogue = epilogue
        self.extra_headers = []

    def ctype(self):
        return 'multipart/%s; boundary="%s"%s' % (self.subtype, self.boundary, self.params)

    def body_bytes(self):
        out = b''
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\n'
        for p in self.parts:
            out += b'--' + self.boundary.encode('ascii') + b'\n'
            if isinstance(p, Multi):
                hs = [('Content-Type', p.ctype())] + p.extra_headers
                out += ''.join(fold_header(n, v) + '\n' for n, v in hs).encode('ascii') + b'\n'
                out += p.body_bytes()
            else:
                out += p.to_bytes()
            if not out.endswith(b'\n'):
                out += b'\n'
            out += b'\n'
        out = out[:-1]  # the CRLF before a delimiter belongs to the delimiter
        out += b'\n--' + self.boundary.encode('ascii') + b'--\n'
        if self.epilogue:
            out += self.epilogue.encode('ascii') + b'\n'
        return out


def text_leaf(text, ctype, charset, cte, extra=None, ct_params='', crlf_in_b64=True):
    bare = charset.strip('"')
    if not can_encode(text, bare):
        charset = charset.replace(bare, 'utf-8')
        bare = 'utf-8'
        if cte == '7bit':
            cte = '8bit'
    if cte in ('7bit',) and not is_ascii(text) and bare.lower() != 'iso-2022-jp':
        cte = '8bit'
    body = encode_body(text, bare, cte, crlf_in_b64)
    cs = '' if charset is None else '; charset=%s' % charset
    hs = [('Content-Type', '%s%s%s' % (ctype, cs, ct_params)), ('Content-Transfer-Encoding', cte)]
    if extra:
        hs += extra
    return Leaf(hs, body)


def bin_leaf(raw, ctype, extra=None):
    return Leaf([('Content-Type', ctype), ('Content-Transfer-Encoding', 'base64')] + (extra or []),
                b64lines(raw).encode('ascii'))
