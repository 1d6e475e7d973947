"""Small MIME helpers: everything is assembled by hand so that the layout of each
client can be reproduced byte for byte (CRLF everywhere)."""
import base64, quopri, random

_r = random.Random(7)


def g_random():
    return _r.random()

CRLF = "\r\n"

# MIME label -> Python codec
CODEC = {
    "windows-874": "cp874", "tis-620": "tis-620", "iso-8859-8-i": "iso8859_8",
    "ks_c_5601-1987": "euc_kr", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
}


def codec_of(cs):
    return CODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec_of(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def enc(text, cs):
    return text.encode(codec_of(cs))


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, cs="utf-8", mode="B", maxlen=75):
    """RFC 2047 encoded words, each <= maxlen chars, never splitting a character."""
    out, cur = [], ""
    prefix = "=?%s?%s?" % (cs.upper() if cs.lower() in ("utf-8", "iso-2022-jp") else cs, mode)

    def word(s):
        raw = enc(s, cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(
                "_" if b == 32 else (chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else "=%02X" % b)
                for b in raw)
        return prefix + body + "?="
    for ch in text:
        if cur and len(word(cur + ch)) > maxlen:
            out.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(word(cur))
    return out


def hdr(name, value, cs="utf-8", mode="B"):
    """Format a header; non-ASCII values become encoded words. Folds long lines."""
    if is_ascii(value):
        return fold_header(name + ": " + value)
    words = encoded_words(value, cs, mode)
    return name + ": " + (CRLF + " ").join(words)


def addr(display, email, cs="utf-8", mode="B", quote=True):
    if not display:
        return "<%s>" % email if not quote else email
    if is_ascii(display):
        if any(c in display for c in ',.;:@()[]"') or quote:
            d = '"%s"' % display.replace('"', '')
        else:
            d = display
        return "%s <%s>" % (d, email)
    return " ".join(encoded_words(display, cs, mode)) + " <%s>" % email


def fold_header(line, width=78):
    if len(line) <= width:
        return line
    parts, cur = [], ""
    for tok in line.split(" "):
        if cur and len(cur) + 1 + len(tok) > width:
            parts.append(cur)
            cur = tok
        else:
            cur = cur + " " + tok if cur else tok
    parts.append(cur)
    return (CRLF + " ").join(parts)


def b64(data, linelen=76):
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + linelen] for i in range(0, len(s), linelen))


def qp(data):
    d = data.replace(b"\r\n", b"\n")
    out = quopri.encodestring(d).decode("ascii")
    return out.replace("\n", CRLF)


def body_encode(text, cs, cte, raw=None):
    """Return (charset_label, cte, encoded string). text is str (CRLF line ends).
    raw: pre-encoded bytes (used for the deliberately sloppy LF calendars)."""
    if raw is None:
        if not can_encode(text, cs):
            cs = "utf-8"
        data = enc(text, cs)
    else:
        data = raw
    if cs.lower() == "iso-2022-jp":
        cte = "7bit" if cte in ("7bit", "8bit", "quoted-printable") else cte
    if cte in ("7bit", "8bit"):
        if all(b < 128 for b in data):
            cte = "7bit"
        elif cte == "7bit":
            cte = "8bit"
        if b"\n" in data.replace(b"\r\n", b""):
            cte = "base64"
        elif max(len(l) for l in data.split(b"\r\n")) > 900:
            cte = "base64" if cs.lower() == "iso-2022-jp" or g_random() < 0.5 else "quoted-printable"
    if cte == "base64":
        return cs, cte, b64(data)
    if cte == "quoted-printable":
        return cs, cte, qp(data)
    # 7bit / 8bit: decode back for assembly, keep bytes by latin-1 trick
    return cs, cte, data.decode("latin-1")


class Part:
    """A leaf or multipart node. Rendering returns a latin-1 str that maps 1:1 to bytes."""

    def __init__(self, ctype, params=None, body=None, cte=None, headers=None, children=None,
                 boundary=None, disposition=None, preamble=None):
        self.ctype, self.params = ctype, params or []
        self.body, self.cte = body, cte
        self.headers = headers or []
        self.children = children
        self.boundary = boundary
        self.disposition = disposition
        self.preamble = preamble

    def header_lines(self, order="ct-first"):
        ps = "".join('; %s=%s' % (k, v) for k, v in self.params)
        lines = []
        ct = "Content-Type: " + self.ctype + ps
        if self.children is not None:
            ct += '; boundary="%s"' % self.boundary if not any(k == 'boundary' for k, _ in self.params) else ""
        ct = fold_params(ct)
        lines.append(ct)
        if self.disposition:
            lines.append(fold_params("Content-Disposition: " + self.disposition))
        if self.cte and self.children is None:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        lines.extend(self.headers)
        if order == "cte-first" and self.cte and self.children is None:
            lines = [l for l in lines if not l.startswith("Content-Transfer-Encoding")]
            lines.insert(0, "Content-Transfer-Encoding: " + self.cte)
        return lines

    def render_body(self):
        if self.children is None:
            b = self.body
            return b if b.endswith(CRLF) else b + CRLF
        out = []
        if self.preamble:
            out.append(self.preamble + CRLF)
        for ch in self.children:
            out.append("--" + self.boundary + CRLF)
            out.append(CRLF.join(ch.header_lines()) + CRLF + CRLF)
            out.append(ch.render_body())
        out.append("--" + self.boundary + "--" + CRLF)
        return "".join(out)


def fold_params(line, width=78):
    if len(line) <= width:
        return line
    segs = line.split("; ")
    out, cur = [], segs[0]
    for s in segs[1:]:
        if len(cur) + 2 + len(s) > width:
            out.append(cur + ";")
            cur = "\t" + s
        else:
            cur += "; " + s
    out.append(cur)
    return CRLF.join(out)


def text_part(ctype, text, cs, cte, extra_params=None, disposition=None, headers=None, raw=None):
    cs2, cte2, body = body_encode(text, cs, cte, raw=raw)
    params = [("charset", '"%s"' % cs2 if ctype != "text/calendar" or True else cs2)]
    if extra_params:
        params += extra_params
    return Part(ctype, params, body, cte2, headers=headers, disposition=disposition)


def bin_part(ctype, data, params=None, disposition=None, headers=None):
    return Part(ctype, params or [], b64(data), "base64", headers=headers, disposition=disposition)
