# -*- coding: utf-8 -*-
"""Low-level helpers: ids, RFC 2047 words, header folding, transfer encodings, MIME assembly."""
import base64
import datetime as dt
import email.utils
import uuid

from .l10n import pycodec

CRLF = "\r\n"
HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64URL = ALNUM + "-_"


def rhex(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def rHEX(r, n):
    return rhex(r, n).upper()


def ralnum(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rlower(r, n):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def rdigits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def rb64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def rfcdate(d):
    """aware datetime -> RFC 5322 date"""
    return email.utils.format_datetime(d)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ---------------------------------------------------------------- RFC 2047
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qenc(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def _ew(text, cs, enc):
    b = text.encode(pycodec(cs))
    body = base64.b64encode(b).decode() if enc == "B" else _qenc(b)
    return "=?%s?%s?%s?=" % (cs, enc, body)


def encoded_words(text, cs="UTF-8", enc="B", limit=75):
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if cur and len(_ew(cand, cs, enc)) > limit:
            words.append(_ew(cur, cs, enc))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_ew(cur, cs, enc))
    return words


def can_encode(text, cs):
    try:
        text.encode(pycodec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def hdr_text(text, cs="UTF-8", enc="B"):
    """unstructured header value; encoded only when needed"""
    if is_ascii(text):
        return text
    if not can_encode(text, cs):
        cs = "UTF-8"
    return " ".join(encoded_words(text, cs, enc))


SPECIALS = set('()<>@,;:\\".[]')


def addr(name, email_, cs="UTF-8", enc="B", quote=False):
    if not name:
        return email_ if not quote else "<%s>" % email_
    if not is_ascii(name):
        if not can_encode(name, cs):
            cs = "UTF-8"
        return "%s <%s>" % (" ".join(encoded_words(name, cs, enc)), email_)
    if quote or any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email_)
    return "%s <%s>" % (name, email_)


def fold(name, value, width=78, cont=" "):
    """Fold a header at whitespace (value must be ASCII)."""
    first = name + ": "
    tokens = value.split(" ")
    lines, cur = [], first + tokens[0]
    for t in tokens[1:]:
        if len(cur) + 1 + len(t) > width and cur.strip():
            lines.append(cur)
            cur = cont + t if cont != " " else " " + t
        else:
            cur += " " + t
    lines.append(cur)
    return CRLF.join(lines)


def fold_list(name, items, width=78, cont=" "):
    """address list folding after commas"""
    lines, cur = [], name + ": "
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) + 1 > width and cur.strip() and not cur.endswith(": "):
            lines.append(cur.rstrip())
            cur = cont + piece
        else:
            cur += ("" if cur.endswith(": ") or cur == cont else " ") + piece
    lines.append(cur)
    return CRLF.join(lines)


# ---------------------------------------------------------------- bodies
def qp(data, width=76):
    out_lines = []
    for line in data.split(b"\r\n"):
        enc = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i != len(line) - 1):
                enc.append(chr(c))
            else:
                enc.append("=%02X" % c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
    return CRLF.join(out_lines).encode("ascii")


def b64(data, width=76, eol=CRLF):
    s = base64.b64encode(data).decode()
    return eol.join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii")


def norm_eol(text, eol=CRLF):
    t = text.replace("\r\n", "\n").replace("\r", "\n")
    return t.replace("\n", eol)


def encode_body(text, cs, cte, eol=CRLF, raw=None):
    """text -> encoded bytes (always ends with CRLF in the transfer form)."""
    if raw is None:
        text = norm_eol(text, eol)
        data = text.encode(pycodec(cs), errors="strict")
    else:
        data = raw
    if cte in ("7bit", "8bit", "binary"):
        if eol != CRLF:
            raise ValueError("bare LF only in encoded parts")
        out = data
    elif cte == "quoted-printable":
        if eol != CRLF:
            raise ValueError("bare LF only in base64")
        out = qp(data)
    elif cte == "base64":
        out = b64(data)
    else:
        raise ValueError(cte)
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers  # list of already-formatted header lines (str, may contain CRLF folds)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = bytearray()
        for h in self.headers:
            out += h.encode("ascii") + b"\r\n"
        out += b"\r\n"
        if self.parts is None:
            out += self.body
            return bytes(out)
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\r\n"
            out += p.render()
        out += b"--" + self.boundary.encode() + b"--\r\n"
        if self.epilogue is not None:
            out += self.epilogue.encode("ascii")
        return bytes(out)


def text_part(text, ctype, cs, cte, extra_params="", extra_headers=(), order="ct-first", eol=CRLF,
              cs_quote=True):
    csv = ('"%s"' % cs) if cs_quote else cs
    ct = "Content-Type: %s; charset=%s%s" % (ctype, csv, extra_params)
    cteh = "Content-Transfer-Encoding: " + cte
    hs = [ct, cteh] if order == "ct-first" else [cteh, ct]
    hs += list(extra_headers)
    return Part(hs, encode_body(text, cs, cte, eol=eol))


def ascii_or(text, cte_if_8bit):
    return "7bit" if is_ascii(text) else cte_if_8bit


def strip_html(h):
    import re
    h = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as _h
    h = _h.unescape(h)
    return "\n".join(l.strip() for l in h.splitlines()).strip()


def hesc(s):
    import html as _h
    return _h.escape(s, quote=True)


def html_text(s):
    """plain text -> html with <br>, links"""
    import re
    out = []
    import html as _h
    for line in s.split("\n"):
        e = _h.escape(line, quote=False)
        e = re.sub(r"(https?://[^\s<&]+)", r'<a href="\1">\1</a>', e)
        out.append(e)
    return "<br>\n".join(out)


def thread_index(r, style="exchange"):
    import base64 as _b
    head = bytes([0x01, 0xDA if style == "exchange" else 0xD9]) + bytes(r.getrandbits(8) for _ in range(20))
    return _b.b64encode(head).decode()
