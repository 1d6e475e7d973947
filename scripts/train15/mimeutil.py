# -*- coding: utf-8 -*-
"""Hand-rolled MIME writing so that each client's byte layout can be imitated.  CC0 1.0."""
import base64
import binascii
import html

from common import CODEC, can_encode

CRLF = '\r\n'


def _ew(chunk, charset, enc):
    raw = chunk.encode(CODEC[charset])
    if enc == 'B':
        return '=?%s?B?%s?=' % (charset_label(charset), base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (charset_label(charset), ''.join(out))


def charset_label(cs):
    return {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'gb2312': 'GB2312', 'big5': 'Big5',
            'euc-kr': 'EUC-KR', 'koi8-r': 'KOI8-R', 'shift_jis': 'Shift_JIS', 'gbk': 'GBK',
            'tis-620': 'TIS-620'}.get(cs, cs)


def enc_words(text, charset='utf-8', enc=None, upper_label=None):
    """Encode text as a list of RFC 2047 encoded words (each <= 75 chars)."""
    if not can_encode(text, charset):
        charset = 'utf-8'
    if enc is None:
        latin = charset in ('iso-8859-1', 'iso-8859-15', 'windows-1252', 'iso-8859-2', 'windows-1250',
                            'iso-8859-9', 'windows-1254')
        if charset == 'utf-8':
            nonascii = sum(1 for c in text if ord(c) > 127)
            latin = nonascii < len(text) * 0.25
        enc = 'Q' if latin else 'B'
    words = []
    cur = ''
    for ch in text:
        trial = cur + ch
        if len(_ew(trial, charset, enc)) > 75 and cur:
            words.append(_ew(cur, charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew(cur, charset, enc))
    if upper_label is False:
        words = [w.replace('=?UTF-8?', '=?utf-8?') for w in words]
    return words


def hdr_text(name, text, charset='utf-8', enc=None, lower=False, fold=True):
    """Unstructured header; encoded if needed; folded."""
    if all(ord(c) < 128 for c in text):
        return fold_plain('%s: %s' % (name, text)) if fold else '%s: %s' % (name, text)
    words = enc_words(text, charset, enc, upper_label=(False if lower else None))
    return '%s: %s' % (name, (CRLF + ' ').join(words))


def fold_plain(line, width=78):
    if len(line) <= width:
        return line
    out = []
    cur = ''
    for tok in line.split(' '):
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = tok
        else:
            cur = cur + ' ' + tok if cur else tok
    out.append(cur)
    return (CRLF + ' ').join(out)


def addr(name, email, charset='utf-8', quote_always=False, enc=None):
    if not name:
        return '<%s>' % email if quote_always else email
    if all(ord(c) < 128 for c in name):
        if quote_always or any(c in name for c in ',.;:@()<>[]"\'&'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (' '.join(enc_words(name, charset, enc)), email)


def addr_list(pairs, charset='utf-8', quote_always=False):
    return (',' + CRLF + '\t').join(addr(n, e, charset, quote_always) for n, e in pairs) if len(pairs) > 1 \
        else addr(pairs[0][0], pairs[0][1], charset, quote_always)


def crlf(text):
    return text.replace('\r\n', '\n').replace('\r', '\n').replace('\n', '\r\n')


def encode_body(text, charset, cte, lf_only=False):
    """Return (ascii string body with CRLF, actual charset, actual cte)."""
    if not can_encode(text, charset):
        charset = 'utf-8'
    raw = text.replace('\r\n', '\n').encode(CODEC[charset])
    if charset == 'iso-2022-jp':
        cte = '7bit'
    is_ascii = all(b < 128 for b in raw) and b'\x1b' not in raw or charset == 'iso-2022-jp'
    if cte == '7bit' and not is_ascii:
        cte = '8bit'
    if cte in ('7bit', '8bit'):
        if not lf_only:
            raw = raw.replace(b'\n', b'\r\n')
        body = raw.decode(CODEC[charset] if cte == '8bit' else 'ascii')
        return body, charset, cte, raw
    if cte == 'base64':
        if not lf_only:
            raw = raw.replace(b'\n', b'\r\n')
        b = base64.encodebytes(raw).decode().replace('\n', '\r\n')
        return b, charset, cte, None
    if cte == 'quoted-printable':
        lines = raw.split(b'\n')
        enc = []
        for ln in lines:
            q = binascii.b2a_qp(ln, quotetabs=False, istext=False, header=False).decode()
            enc.append(q.replace('\n', '\r\n'))
        return '\r\n'.join(enc), charset, cte, None
    raise ValueError(cte)


class Part:
    """A leaf or multipart; serialised to bytes."""

    def __init__(self, ctype, headers=None, body=None, raw=None, parts=None, boundary=None, preamble=None,
                 epilogue=None):
        self.ctype = ctype
        self.headers = headers or []
        self.body = body          # str (ascii or already-encoded text)
        self.raw = raw            # bytes for 8bit
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def to_bytes(self, charset_hint=None):
        out = []
        for h in self.headers:
            out.append(h.encode('utf-8') + b'\r\n')
        out.append(b'\r\n')
        out.append(self.body_bytes())
        return b''.join(out)

    def body_bytes(self):
        if self.parts:
            chunks = []
            if self.preamble is not None:
                chunks.append(self.preamble.encode() + b'\r\n')
            for p in self.parts:
                chunks.append(b'\r\n--' + self.boundary.encode() + b'\r\n' if chunks else
                              b'--' + self.boundary.encode() + b'\r\n')
                chunks.append(p.to_bytes())
            chunks.append(b'\r\n--' + self.boundary.encode() + b'--\r\n')
            if self.epilogue:
                chunks.append(self.epilogue.encode() + b'\r\n')
            return b''.join(chunks)
        if self.raw is not None:
            data = self.raw
        else:
            data = self.body.encode('ascii')
        if not data.endswith(b'\r\n'):
            data += b'\r\n'
        return data


def leaf(ctype_hdr, text, charset, cte, extra_headers=None, cte_first=False, lf_only=False, label_case=None):
    body, cs, cte2, raw = encode_body(text, charset, cte, lf_only=lf_only)
    label = charset_label(cs) if label_case is None else (cs.upper() if label_case == 'upper' else cs.lower())
    ct = ctype_hdr.replace('{cs}', label)
    hdrs = []
    if cte_first:
        hdrs.append('Content-Transfer-Encoding: ' + cte2)
        hdrs.append('Content-Type: ' + ct)
    else:
        hdrs.append('Content-Type: ' + ct)
        hdrs.append('Content-Transfer-Encoding: ' + cte2)
    hdrs += extra_headers or []
    return Part(ct, hdrs, body=body if raw is None else None, raw=raw)


def multipart(subtype, boundary, parts, extra_headers=None, preamble=None, quote=True, ct_extra=''):
    b = '"%s"' % boundary if quote else boundary
    hdrs = ['Content-Type: multipart/%s;%s boundary=%s%s' % (subtype, CRLF + '\t' if len(boundary) > 30 else '',
                                                             b, ct_extra)]
    hdrs += extra_headers or []
    return Part('multipart/' + subtype, hdrs, parts=parts, boundary=boundary, preamble=preamble)


def text_to_html(text, style='plain'):
    esc = html.escape(text)
    import re
    esc = re.sub(r'(https?://[^\s<>&]+(?:&amp;[^\s<>&]+)*)', r'<a href="\1">\1</a>', esc)
    return esc.replace('\n', '<br>\n')
