"""MIME helpers for the holdout29 generator (stdlib only).

Everything is assembled by hand so that header order, boundaries, folding
and transfer encodings can imitate individual mail clients.
"""
import base64
import binascii

CRLF = "\r\n"

_CODEC = {
    "windows-874": "cp874", "tis-620": "tis_620", "ks_c_5601-1987": "euc_kr",
    "us-ascii": "ascii", "iso-8859-8-i": "iso8859_8", "x-sjis": "shift_jis",
    "gbk": "gbk", "gb2312": "gb2312", "big5": "big5", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr",
    "shift_jis": "shift_jis", "euc-jp": "euc_jp",
}


def codec(cs):
    c = cs.lower()
    return _CODEC.get(c, c)


def encodable(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def to_crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- bodies
def b64_lines(data, width=76, eol=CRLF):
    s = base64.b64encode(data).decode("ascii")
    return eol.join(s[i:i + width] for i in range(0, len(s), width)) + eol


def qp_lines(data):
    """Quoted-printable with CRLF hard breaks and '=' soft breaks."""
    out = []
    for line in data.split(b"\r\n"):
        enc = binascii.b2a_qp(line, quotetabs=False, istext=True, header=False)
        out.append(enc.decode("ascii").replace("\r\n", "\n").replace("\n", CRLF))
    return CRLF.join(out)


def encode_body(text, charset, cte, lf_only=False):
    """Return (body_bytes, charset_used, cte_used)."""
    if isinstance(text, bytes):
        raw = text
        used = charset
    else:
        text = to_crlf(text)
        used = charset
        if not encodable(text, charset):
            used = "utf-8" if charset.lower() not in ("utf-8",) else charset
        raw = text.encode(codec(used), errors="replace")
    if lf_only:
        raw = raw.replace(b"\r\n", b"\n")
    ascii_only = all(b < 128 for b in raw)
    if cte == "7bit" and not ascii_only:
        cte = "8bit"
    if cte == "base64":
        body = b64_lines(raw).encode("ascii")
    elif cte == "quoted-printable":
        body = qp_lines(raw).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        body = raw if (raw.endswith(b"\r\n") or raw.endswith(b"\n")) else raw + b"\r\n"
        if not lf_only and b"\r\n" not in body:
            body = body.replace(b"\n", b"\r\n")
    return body, used, cte


# ---------------------------------------------------------------- headers
def _ew(chunk, cs, mode):
    data = chunk.encode(codec(cs))
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(data).decode("ascii"))
    q = []
    for b in data:
        c = chr(b)
        if b < 128 and (c.isalnum() or c in "!*+-/"):
            q.append(c)
        elif b == 32:
            q.append("_")
        else:
            q.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(q))


def encoded_words(text, cs="UTF-8", mode="B", maxlen=75):
    if not encodable(text, cs):
        cs = "UTF-8"
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(_ew(trial, cs, mode)) > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return [_ew(w, cs, mode) for w in words]


def hdr_text(text, cs="UTF-8", mode="B"):
    """Unstructured header value, RFC 2047 encoded if needed, folded."""
    if is_ascii(text):
        return text
    return (CRLF + " ").join(encoded_words(text, cs, mode))


def addr(name, email, cs="UTF-8", mode="B", quote="auto"):
    if not name:
        return email if quote != "angle" else "<%s>" % email
    if is_ascii(name):
        if quote == "always" or any(c in name for c in ',.;:@()<>[]"\\') or quote == "auto" and "'" in name:
            n = '"%s"' % name.replace('"', '\\"')
        elif quote == "always":
            n = '"%s"' % name
        else:
            n = name
        return "%s <%s>" % (n, email)
    return "%s <%s>" % (hdr_text(name, cs, mode), email)


def fold_header(name, value, width=78):
    """Fold a plain ascii header at whitespace; keep pre-folded values."""
    if CRLF in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    parts = value.split(" ")
    out, cur = [], name + ":"
    for p in parts:
        if len(cur) + 1 + len(p) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + p
        else:
            cur = cur + " " + p
    out.append(cur)
    return CRLF.join(out)


# ---------------------------------------------------------------- tree
class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None,
                 preamble=None, epilogue=None):
        self.headers = list(headers)   # list of (name, value)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def set(self, name, value):
        for i, (n, v) in enumerate(self.headers):
            if n.lower() == name.lower():
                self.headers[i] = (n, value)
                return
        self.headers.append((name, value))

    def get(self, name):
        for n, v in self.headers:
            if n.lower() == name.lower():
                return v
        return None

    def remove(self, name):
        self.headers = [(n, v) for n, v in self.headers if n.lower() != name.lower()]

    def render_headers(self):
        return "".join(fold_header(n, v) + CRLF for n, v in self.headers).encode("ascii")

    def render_body(self):
        if self.parts is None:
            return self.body
        b = self.boundary.encode("ascii")
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n"
        for p in self.parts:
            out += b"--" + b + b"\r\n" + p.render()
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
            out += b"\r\n" if not out.endswith(b"\r\n\r\n") else b""
        out += b"--" + b + b"--\r\n"
        if self.epilogue:
            out += self.epilogue.encode("ascii") + b"\r\n"
        return out

    def render(self):
        return self.render_headers() + b"\r\n" + self.render_body()


def leaf(ctype_tmpl, text, charset="utf-8", cte="7bit", extra=(), order=("Content-Type", "Content-Transfer-Encoding"),
         lf_only=False, cs_case=None):
    """Build a leaf part.  ctype_tmpl may contain {cs} for the charset."""
    body, used, cte_used = encode_body(text, charset, cte, lf_only=lf_only)
    if cs_case == "upper":
        shown = used.upper()
    elif cs_case == "lower":
        shown = used.lower()
    else:
        shown = used if used != "utf-8" or charset == "utf-8" else ("UTF-8" if charset.isupper() else used)
    hdrs = []
    for h in order:
        if h == "Content-Type":
            hdrs.append(("Content-Type", ctype_tmpl.replace("{cs}", shown)))
        elif h == "Content-Transfer-Encoding":
            if cte_used:
                hdrs.append(("Content-Transfer-Encoding", cte_used))
        else:
            for n, v in extra:
                if n == h:
                    hdrs.append((n, v))
    names = set(order)
    for n, v in extra:
        if n not in names:
            hdrs.append((n, v))
    return Part(hdrs, body)


def multipart(ctype, boundary, parts, extra=(), first=True):
    hdrs = [("Content-Type", '%s; boundary="%s"' % (ctype, boundary))]
    hdrs = hdrs + list(extra) if first else list(extra) + hdrs
    return Part(hdrs, parts=parts, boundary=boundary)


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
