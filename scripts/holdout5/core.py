# SPDX-License-Identifier: CC0-1.0
# holdout5 corpus generator: low-level helpers (iCalendar lines, MIME assembly,
# RFC 2047 headers, transfer encodings, dates).  Python 3.11 stdlib only.
import base64
import datetime as dt
import hashlib
import uuid
import zoneinfo

CRLF = "\r\n"
UTC = dt.timezone.utc


# ---------------------------------------------------------------- random ids
def hexid(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64id(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


# ---------------------------------------------------------------- dates
TZ_ALIASES = {"Europe/Kiev": "Europe/Kyiv", "Europe/Kyiv": "Europe/Kiev"}


def tzinfo(name):
    try:
        return zoneinfo.ZoneInfo(name)
    except zoneinfo.ZoneInfoNotFoundError:
        return zoneinfo.ZoneInfo(TZ_ALIASES[name])


def rfc2822(d, zone_comment=False):
    """d is aware. 'Tue, 12 Mar 2024 09:14:03 +0100'"""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    if zone_comment:
        name = d.tzname()
        if name and not name[0] in "+-":
            s += " (%s)" % name
    return s


def ical_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ical_date(d):
    return d.strftime("%Y%m%d")


# ---------------------------------------------------------------- iCalendar
def ical_escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line, limit=75):
    """Fold one content line at `limit` octets, never inside a UTF-8 sequence."""
    b = line.encode("utf-8")
    if len(b) <= limit:
        return [line]
    out = []
    first = True
    while b:
        lim = limit if first else limit - 1
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    res = [out[0].decode("utf-8")]
    res += [" " + x.decode("utf-8") for x in out[1:]]
    return res


def ical_text(lines, nofold=False, eol="\r\n"):
    out = []
    for ln in lines:
        if nofold:
            out.append(ln)
        else:
            out.extend(fold(ln))
    return eol.join(out) + eol


# ---------------------------------------------------------------- RFC 2047
def _split_for_charset(text, charset, maxbytes):
    """Split text into chunks that encode to <= maxbytes, preferring to cut after a space."""
    chunks, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(trial.encode(charset)) > maxbytes and cur:
            sp = cur.rfind(" ")
            if sp > len(cur) // 3:
                chunks.append(cur[:sp + 1])
                cur = cur[sp + 1:] + ch
            else:
                chunks.append(cur)
                cur = ch
        else:
            cur = trial
    if cur:
        chunks.append(cur)
    return chunks


def qp_word(data):
    out = []
    for byte in data:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in "!*+-/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encode_words(text, charset="utf-8", mode="B"):
    """Return a list of encoded-words for text (each <= 75 chars)."""
    label = charset
    words = []
    if mode.upper() == "B":
        maxraw = (75 - len(label) - 7) // 4 * 3
        if charset.lower() == "iso-2022-jp":
            maxraw -= 8
        for chunk in _split_for_charset(text, charset, maxraw):
            words.append("=?%s?B?%s?=" % (label, base64.b64encode(chunk.encode(charset)).decode()))
    else:
        maxlen = 75 - len(label) - 7
        cur = ""
        for ch in text:
            enc = qp_word(ch.encode(charset))
            if len(cur) + len(enc) > maxlen and cur:
                words.append("=?%s?Q?%s?=" % (label, cur))
                cur = enc
            else:
                cur += enc
        if cur:
            words.append("=?%s?Q?%s?=" % (label, cur))
    return words


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


MULTIBYTE = ("iso-2022-jp", "shift_jis", "euc-jp", "gb2312", "gbk", "gb18030", "euc-kr", "ks_c_5601-1987", "big5")


def hdr_text(text, charset="utf-8", mode="B", raw8=False):
    """Encoded header value for unstructured text (Subject)."""
    if is_ascii(text) or raw8:
        return text
    try:
        text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    if charset.lower() in MULTIBYTE:
        mode = "B"
    return (CRLF + " ").join(encode_words(text, charset, mode))


def hdr_addr(name, addr, charset="utf-8", mode="B", raw8=False, quote=None):
    if not name:
        return addr if rngless_plain(addr) else "<%s>" % addr
    if is_ascii(name) or raw8:
        needs = any(c in name for c in ',.;:@()<>[]"\\') if quote is None else quote
        n = '"%s"' % name.replace('"', '\\"') if needs else name
        return "%s <%s>" % (n, addr)
    try:
        name.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    if charset.lower() in MULTIBYTE:
        mode = "B"
    return "%s <%s>" % (" ".join(encode_words(name, charset, mode)), addr)


def rngless_plain(addr):
    return True


def fold_header(name, value, width=78):
    """Fold an (already encoded) header at whitespace. Keeps existing CRLF folds."""
    if CRLF in value:
        return "%s: %s%s" % (name, value, CRLF)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line + CRLF
    out, cur = [], ""
    tokens = line.split(" ")
    if len(tokens) > 1 and name.lower() not in ("thread-topic",):
        tokens = [tokens[0] + " " + tokens[1]] + tokens[2:]
    for i, tok in enumerate(tokens):
        if not cur:
            cur = tok
        elif len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return CRLF.join(out) + CRLF


# ---------------------------------------------------------------- bodies
def qp_encode(data, eol=CRLF):
    """Quoted-printable for bytes whose lines are separated by CRLF (or LF)."""
    text_lines = data.split(b"\r\n") if b"\r\n" in data else data.split(b"\n")
    out_lines = []
    for ln in text_lines:
        enc = []
        for i, byte in enumerate(ln):
            c = chr(byte)
            if byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                enc.append("=%02X" % byte)
            elif (c == " " or c == "\t") and i == len(ln) - 1:
                enc.append("=%02X" % byte)
            else:
                enc.append(c)
        cur = ""
        parts = []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                parts.append(cur + "=")
                cur = tok
            else:
                cur += tok
        parts.append(cur)
        out_lines.extend(parts)
    return eol.join(out_lines).encode("ascii")


def b64_encode(data, width=76, eol=CRLF):
    s = base64.b64encode(data).decode("ascii")
    return eol.join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte, keep_lf=False):
    """text (str) -> (bytes, charset, cte). Newlines become CRLF unless keep_lf."""
    if not keep_lf:
        text = crlf(text)
    try:
        data = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
        data = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    if cte == "base64":
        body = b64_encode(data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        body = data
        if keep_lf:
            body = body.replace(b"\n", b"\r\n")
    return body, charset, cte


# ---------------------------------------------------------------- MIME tree
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes (already encoded, CRLF)


class Multi:
    def __init__(self, subtype, parts, boundary, extra=None, preamble=None, ct_params="", epilogue=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.extra = extra or []  # headers after Content-Type
        self.preamble = preamble
        self.ct_params = ct_params
        self.epilogue = epilogue
        self.ct_fold = True

    @property
    def headers(self):
        if self.ct_fold:
            ct = 'multipart/%s;%s\tboundary="%s"%s' % (self.subtype, CRLF, self.boundary, self.ct_params)
        else:
            ct = 'multipart/%s; boundary="%s"%s' % (self.subtype, self.boundary, self.ct_params)
        return [("Content-Type", ct)] + self.extra


def render_headers(headers):
    out = []
    for name, value in headers:
        if value is None:
            continue
        out.append(fold_header(name, value))
    return "".join(out).encode("utf-8")


def render_body(node):
    if isinstance(node, Part):
        return node.body
    chunks = []
    if node.preamble:
        chunks.append(node.preamble.encode() + b"\r\n")
    for p in node.parts:
        chunks.append(b"--" + node.boundary.encode() + b"\r\n")
        chunks.append(render_headers(p.headers))
        chunks.append(b"\r\n")
        body = render_body(p)
        chunks.append(body)
        if not body.endswith(b"\r\n"):
            chunks.append(b"\r\n")
    chunks.append(b"--" + node.boundary.encode() + b"--\r\n")
    if node.epilogue:
        chunks.append(node.epilogue.encode())
    return b"".join(chunks)


def render_node(node):
    return render_headers(node.headers) + b"\r\n" + render_body(node)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct="", extra=None,
              quote_cs=True, keep_lf=False, cte_label=True):
    if subtype == "html":
        try:
            text.encode(charset)
            final = charset
        except (UnicodeEncodeError, LookupError):
            final = "utf-8"
        if final.lower() != "utf-8":
            text = text.replace('charset=utf-8"', 'charset=%s"' % final).replace('<meta charset="utf-8">', '<meta charset="%s">' % final)
    body, cs, cte2 = encode_body(text, charset, cte, keep_lf=keep_lf)
    csv = '"%s"' % cs if quote_cs else cs
    h = [("Content-Type", "text/%s; charset=%s%s" % (subtype, csv, extra_ct))]
    if cte_label:
        h.append(("Content-Transfer-Encoding", cte2))
    h += extra or []
    return Part(h, body)


def md5hex(s):
    return hashlib.md5(s.encode()).hexdigest()
