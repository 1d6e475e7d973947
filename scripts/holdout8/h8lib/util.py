"""Low-level helpers: encodings, folding, MIME assembly, dates, ids.

Everything is built as text with CRLF line ends and encoded to bytes at the
very end, so that legacy charsets and 8bit parts can be mixed freely.
"""
import base64
import binascii
import datetime as dt
import random
import string
import uuid
from zoneinfo import ZoneInfo

CRLF = "\r\n"
UTC = dt.timezone.utc

R = random.Random(8080808)


def seed(n):
    R.seed(n)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def hexid(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ruuid(upper=False):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64rand(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


# ---------------------------------------------------------------- dates
def tz(name):
    return ZoneInfo(name)


def rfc2822(d):
    """Date header style: Tue, 12 Mar 2024 10:15:02 +0100"""
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, mons[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def rfc2822_pad(d):
    s = rfc2822(d)
    # some MTAs write 2-digit day always
    parts = s.split(" ")
    if len(parts[1]) == 1:
        parts[1] = "0" + parts[1]
    return " ".join(parts)


def icsutc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def icslocal(d):
    return d.strftime("%Y%m%dT%H%M%S")


def icsdate(d):
    return d.strftime("%Y%m%d")


def rand_arrival(start=dt.datetime(2016, 1, 4, tzinfo=UTC), end=dt.datetime(2026, 11, 28, tzinfo=UTC)):
    span = int((end - start).total_seconds())
    d = start + dt.timedelta(seconds=R.randrange(span))
    # working-hour bias
    if chance(0.7):
        d = d.replace(hour=R.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17]))
    return d


# ---------------------------------------------------------------- iCalendar text
def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def ics_escape_loose(s):
    """What sloppy generators do: only newlines escaped."""
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def fold(line, limit=75, sep="\r\n ", bytewise_sloppy=False):
    """Fold a content line at `limit` octets without splitting UTF-8 sequences
    (unless bytewise_sloppy, which splits mid-character like some broken tools)."""
    b = line.encode("utf-8")
    if len(b) <= limit:
        return line
    if bytewise_sloppy:
        chunks = [b[:limit]]
        rest = b[limit:]
        while rest:
            chunks.append(rest[:limit - 1])
            rest = rest[limit - 1:]
        return sep.join(c.decode("utf-8", "surrogateescape") for c in chunks)
    out = []
    cur = ""
    curlen = 0
    first = True
    for ch in line:
        cl = len(ch.encode("utf-8"))
        lim = limit if first else limit - 1
        if curlen + cl > lim:
            out.append(cur)
            cur = ""
            curlen = 0
            first = False
        cur += ch
        curlen += cl
    out.append(cur)
    return sep.join(out)


# ---------------------------------------------------------------- header encoding
def needs_encoding(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def _py_codec(charset):
    return {"gb2312": "gb2312", "big5": "big5", "iso-2022-jp": "iso2022_jp",
            "ks_c_5601-1987": "euc_kr", "tis-620": "tis_620"}.get(charset.lower(), charset.lower())


def encode_word(s, charset="utf-8", enc="B", maxlen=75):
    """Return list of RFC 2047 encoded words for s."""
    codec = _py_codec(charset)
    words = []
    prefix = "=?%s?%s?" % (charset, enc)
    chunk = ""
    for ch in s:
        trial = chunk + ch
        raw = trial.encode(codec)
        if enc == "B":
            ln = len(base64.b64encode(raw))
        else:
            ln = len(_q(raw))
        if len(prefix) + ln + 2 > maxlen and chunk:
            words.append(_mk(chunk, codec, prefix, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_mk(chunk, codec, prefix, enc))
    return words


def _q(raw):
    out = []
    for c in raw:
        if c == 0x20:
            out.append("_")
        elif chr(c) in (string.ascii_letters + string.digits + "!*+-/"):
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def _mk(chunk, codec, prefix, enc):
    raw = chunk.encode(codec)
    if enc == "B":
        body = base64.b64encode(raw).decode()
    else:
        body = _q(raw)
    return prefix + body + "?="


def hdr_text(s, charset="utf-8", enc="B"):
    """Encode an unstructured header value if needed."""
    if not needs_encoding(s):
        return s
    try:
        s.encode(_py_codec(charset))
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    return (CRLF + " ").join(encode_word(s, charset, enc))


def hdr_addr(name, addr, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return "<%s>" % addr if quote_always else addr
    if needs_encoding(name):
        return "%s <%s>" % (hdr_text(name, charset, enc), addr)
    if quote_always or any(c in name for c in ',.;:@()<>[]"'):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)


def fold_header(name, value, limit=78):
    """Fold a header at whitespace; keeps existing CRLF folds."""
    if CRLF in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= limit:
        return line
    words = line.split(" ")
    out = []
    cur = words[0] + " " + words[1] if len(words) > 1 else words[0]
    for w in words[2:]:
        if len(cur) + 1 + len(w) > limit and cur.strip():
            out.append(cur)
            cur = "\t" + w if name.lower() in ("received", "authentication-results") else " " + w
        else:
            cur += " " + w
    out.append(cur)
    return CRLF.join(out)


# ---------------------------------------------------------------- bodies / MIME
def encode_body(text, charset="utf-8", cte="quoted-printable", lf_only=False):
    """Return (cte, encoded text) with CRLF line ends in the transport form.
    lf_only: content uses bare LF (only meaningful inside base64)."""
    codec = _py_codec(charset)
    if lf_only:
        norm = text.replace("\r\n", "\n")
    else:
        norm = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = norm.encode(codec, errors="surrogateescape")
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return cte, CRLF.join(b[i:i + 76] for i in range(0, len(b), 76))
    if cte == "quoted-printable":
        lines = norm.split("\r\n") if not lf_only else norm.split("\n")
        enc = []
        for ln in lines:
            q = binascii.b2a_qp(ln.encode(codec, errors="surrogateescape"), istext=False, header=False).decode("ascii")
            q = q.replace("\n", CRLF)
            enc.append(q)
        return cte, CRLF.join(enc)
    # 7bit / 8bit: keep raw; return as latin-1 decoded string so that the byte
    # values survive the final .encode('latin-1')
    return cte, raw.decode("latin-1")


class Part:
    def __init__(self, headers, body="", children=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers  # list of (name, value)
        self.body = body        # str; bytes-preserving (latin-1 trick for 8bit)
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        lines = [fold_header(n, v) for n, v in self.headers]
        out = CRLF.join(lines) + CRLF + CRLF
        if self.children is None:
            out += self.body
            if not out.endswith(CRLF):
                out += CRLF
            return out
        if self.preamble:
            out += self.preamble + CRLF
        for ch in self.children:
            out += "--" + self.boundary + CRLF
            out += ch.render()
            if R.random() < 0.5:
                out += CRLF
        out += "--" + self.boundary + "--" + CRLF
        if self.epilogue:
            out += self.epilogue + CRLF
        return out


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, lf_only=False, ctype_params=None):
    cte, body = encode_body(text, charset, cte, lf_only=lf_only)
    ct = ctype
    if charset:
        ct += '; charset="%s"' % charset if R.random() < 0.5 else "; charset=%s" % charset
    if ctype_params:
        ct += ctype_params
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, body)


def to_bytes(s):
    """Final encoding: str holds unicode for header text (ASCII after RFC 2047)
    and latin-1-smuggled bytes for 8bit bodies."""
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 256:
            out.append(o)
        elif 0xDC80 <= o <= 0xDCFF:  # surrogateescape from sloppy folding
            out.append(o - 0xDC00)
        else:
            out += ch.encode("utf-8")
    return bytes(out)


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def text_to_html(s):
    return "<br>\r\n".join(html_escape(x) for x in s.split("\n"))
