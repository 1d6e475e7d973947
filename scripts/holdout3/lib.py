"""Building blocks for the holdout3 corpus generator (standard library only).

Everything here is deterministic given the random.Random instance passed in.
Messages are assembled by hand (not with email.generator) so that header order,
folding, boundaries and transfer encodings can follow what each real client emits.
"""
import base64
import datetime as dt
import hashlib
import uuid

UTC = dt.timezone.utc
CRLF = "\r\n"

# ---------------------------------------------------------------- time zones
# key: (windows name, standard offset minutes, dst rule, std abbr, dst abbr)
TZ = {
    "Europe/Berlin": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Paris": ("Romance Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Madrid": ("Romance Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Rome": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Amsterdam": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Warsaw": ("Central European Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Stockholm": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Zurich": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/London": ("GMT Standard Time", 0, "EU", "GMT", "BST"),
    "Europe/Istanbul": ("Turkey Standard Time", 180, None, "+03", None),
    "Europe/Moscow": ("Russian Standard Time", 180, None, "MSK", None),
    "America/New_York": ("Eastern Standard Time", -300, "US", "EST", "EDT"),
    "America/Chicago": ("Central Standard Time", -360, "US", "CST", "CDT"),
    "America/Los_Angeles": ("Pacific Standard Time", -480, "US", "PST", "PDT"),
    "America/Sao_Paulo": ("E. South America Standard Time", -180, None, "-03", None),
    "America/Mexico_City": ("Central Standard Time (Mexico)", -360, None, "CST", None),
    "Asia/Tokyo": ("Tokyo Standard Time", 540, None, "JST", None),
    "Asia/Shanghai": ("China Standard Time", 480, None, "CST", None),
    "Asia/Kolkata": ("India Standard Time", 330, None, "IST", None),
    "Asia/Jakarta": ("SE Asia Standard Time", 420, None, "WIB", None),
    "Asia/Riyadh": ("Arab Standard Time", 180, None, "+03", None),
    "Asia/Dubai": ("Arabian Standard Time", 240, None, "+04", None),
    "Asia/Singapore": ("Singapore Standard Time", 480, None, "+08", None),
}


def _last_sunday(y, m):
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def utc_offset(tz, when_utc):
    """Offset in minutes of zone tz at the UTC instant when_utc (naive or aware)."""
    if tz in (None, "UTC"):
        return 0
    _, std, rule, _, _ = TZ[tz]
    w = when_utc.replace(tzinfo=None)
    y = w.year
    if rule == "EU":
        a = dt.datetime.combine(_last_sunday(y, 3), dt.time(1))
        b = dt.datetime.combine(_last_sunday(y, 10), dt.time(1))
        return std + 60 if a <= w < b else std
    if rule == "US":
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2)) - dt.timedelta(minutes=std + 60)
        return std + 60 if a <= w < b else std
    return std


def local_to_utc(tz, local):
    if tz in (None, "UTC"):
        return local
    guess = local - dt.timedelta(minutes=utc_offset(tz, local))
    return local - dt.timedelta(minutes=utc_offset(tz, guess))


def utc_to_local(tz, u):
    return u + dt.timedelta(minutes=utc_offset(tz, u))


def fmt_off(minutes):
    s = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%02d" % (s, m // 60, m % 60)


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc5322_date(u, tz=None, style="std"):
    """u: naive UTC datetime. style: std | pad | google | paren."""
    off = utc_offset(tz, u) if tz else 0
    l = u + dt.timedelta(minutes=off)
    day = ("%02d" % l.day) if style in ("pad", "google") else str(l.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[l.weekday()], day, MONS[l.month - 1], l.year,
                                           l.hour, l.minute, l.second, fmt_off(off))
    if style == "paren" and tz:
        _, std, rule, sa, da = TZ[tz]
        s += " (%s)" % (da if off != std and da else sa)
    return s


def icsdt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def icsutc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def icsdate(d):
    return d.strftime("%Y%m%d")


# ----------------------------------------------------------------- iCalendar
def ical_escape(s, commas=True):
    s = s.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def fold(line, width=75, indent=" "):
    b = line.encode("utf-8")
    if len(b) <= width:
        return [line]
    out, cur, curlen, limit = [], "", 0, width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > limit:
            out.append(cur)
            cur, curlen, limit = "", 0, width - len(indent)
        cur += ch
        curlen += n
    out.append(cur)
    return [out[0]] + [indent + x for x in out[1:]]


def vtimezone(tz, style="olson"):
    """style: olson (Apple/Thunderbird/Sabre), google, windows (Exchange), zimbra."""
    win, std, rule, sa, da = TZ[tz]
    tzid = win if style == "windows" else tz
    L = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if style == "google":
        L.append("X-LIC-LOCATION:" + tz)
    if rule is None:
        name = sa if style != "google" else "GMT%+d" % (std // 60) if std % 60 == 0 else sa
        start = "16010101T000000" if style == "windows" else "19700101T000000"
        L += ["BEGIN:STANDARD", "DTSTART:" + start, "TZOFFSETFROM:" + fmt_off(std),
              "TZOFFSETTO:" + fmt_off(std)]
        if style != "windows":
            L.append("TZNAME:" + name)
        L.append("END:STANDARD")
        L.append("END:VTIMEZONE")
        return L
    dst = std + 60
    if rule == "EU":
        dm, dd, sm, sd = 3, "-1SU", 10, "-1SU"
        dh = "%02d0000" % ((1 + (dst - 60 if std else 0) // 60) if std else 1)
        dh = "020000" if std else "010000"
        sh = "030000" if std else "020000"
    else:
        dm, dd, sm, sd = 3, "2SU", 11, "1SU"
        dh, sh = "020000", "020000"
    if style == "windows":
        L += ["BEGIN:STANDARD", "DTSTART:16010101T" + sh, "TZOFFSETFROM:" + fmt_off(dst),
              "TZOFFSETTO:" + fmt_off(std), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (sd, sm),
              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T" + dh, "TZOFFSETFROM:" + fmt_off(std),
              "TZOFFSETTO:" + fmt_off(dst), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (dd, dm),
              "END:DAYLIGHT", "END:VTIMEZONE"]
        return L
    if style == "google":
        nd, ns = "GMT%+d" % (dst // 60), "GMT%+d" % (std // 60) if std else "GMT+0"
        if tz == "Europe/London":
            nd, ns = "BST", "GMT"
        if rule == "US":
            nd, ns = da, sa
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst), "TZNAME:" + nd,
              "DTSTART:1970%02d%s" % (dm, "29T" + dh if rule == "EU" else "08T" + dh),
              "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (dm, dd), "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst), "TZOFFSETTO:" + fmt_off(std), "TZNAME:" + ns,
              "DTSTART:1970%02d%s" % (sm, "25T" + sh if rule == "EU" else "01T" + sh),
              "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (sm, sd), "END:STANDARD", "END:VTIMEZONE"]
        return L
    if style == "zimbra":
        L += ["BEGIN:STANDARD", "DTSTART:16010101T" + sh, "TZOFFSETTO:" + fmt_off(std),
              "TZOFFSETFROM:" + fmt_off(dst), "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s" % (sm, sd),
              "TZNAME:" + sa, "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T" + dh,
              "TZOFFSETTO:" + fmt_off(dst), "TZOFFSETFROM:" + fmt_off(std),
              "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s" % (dm, dd), "TZNAME:" + da,
              "END:DAYLIGHT", "END:VTIMEZONE"]
        return L
    # olson (Apple / Thunderbird / sabre)
    y0 = "1981" if rule == "EU" else "2007"
    dday = "0329" if rule == "EU" else "0311"
    sday = "1025" if rule == "EU" else "1104"
    if style == "apple":
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (dm, dd),
              "DTSTART:%s%sT%s" % (y0, dday, dh), "TZNAME:" + da, "TZOFFSETTO:" + fmt_off(dst), "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst), "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (sm, sd),
              "DTSTART:%s%sT%s" % ("1996" if rule == "EU" else "2007", sday, sh), "TZNAME:" + sa,
              "TZOFFSETTO:" + fmt_off(std), "END:STANDARD", "END:VTIMEZONE"]
        return L
    L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst), "TZNAME:" + da,
          "DTSTART:1970%sT%s" % ("0329" if rule == "EU" else "0308", dh),
          "RRULE:FREQ=YEARLY;BYDAY=%s;BYMONTH=%d" % (dd, dm), "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst), "TZOFFSETTO:" + fmt_off(std), "TZNAME:" + sa,
          "DTSTART:1970%sT%s" % ("1025" if rule == "EU" else "1101", sh),
          "RRULE:FREQ=YEARLY;BYDAY=%s;BYMONTH=%d" % (sd, sm), "END:STANDARD", "END:VTIMEZONE"]
    return L


def render_ics(lines, width=75, eol="\r\n", nofold=False, trailing=True):
    out = []
    for ln in lines:
        out.extend([ln] if nofold else fold(ln, width))
    s = eol.join(out)
    return s + eol if trailing else s


# ------------------------------------------------------------ encodings/MIME
def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + (CRLF if s else "")


def qp(data, width=76, encode_eq_ics=False):
    """Quoted-printable encode bytes whose lines end in CRLF or LF; returns str with CRLF."""
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for li, line in enumerate(lines):
        enc = []
        for i, c in enumerate(line):
            ch = bytes([c])
            last = i == len(line) - 1
            if c == 61 or c > 126 or (c < 32 and c != 9) or (c in (32, 9) and last):
                enc.append("=%02X" % c)
            else:
                enc.append(ch.decode("ascii"))
        cur = ""
        res = []
        for tok in enc:
            if len(cur) + len(tok) > width - 1:
                res.append(cur + "=")
                cur = ""
            cur += tok
        res.append(cur)
        out.extend(res)
    s = CRLF.join(out)
    return s


def enc_body(text, charset="utf-8", cte="7bit", eol="\r\n"):
    """Return the encoded body as str (ASCII) or bytes (8bit)."""
    if isinstance(text, bytes):
        data = text
    else:
        t = text.replace("\r\n", "\n")
        if eol == "\r\n":
            t = t.replace("\n", "\r\n")
        data = t.encode(charset)
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return qp(data)
    return data  # 7bit / 8bit / binary: raw bytes


def encoded_word(text, charset="utf-8", enc="B", maxlen=75, first_room=None):
    """RFC 2047 encode text; returns list of encoded words (each <= maxlen)."""
    words = []
    prefix = "=?%s?%s?" % (charset, enc)
    room = maxlen - len(prefix) - 2
    chunk = ""

    def encode(c):
        raw = c.encode(charset)
        if enc.upper() == "B":
            return base64.b64encode(raw).decode()
        out = ""
        for b in raw:
            if b == 32:
                out += "_"
            elif 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b in b"!*+-/":
                out += chr(b)
            else:
                out += "=%02X" % b
        return out

    for ch in text:
        if len(encode(chunk + ch)) > room and chunk:
            words.append(prefix + encode(chunk) + "?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(prefix + encode(chunk) + "?=")
    return words


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def hdr_text(s, charset="utf-8", enc="B", maxlen=75):
    """Encode an unstructured header value if needed; returns folded string (CRLF SP between words)."""
    if not needs_encoding(s):
        return s
    return (CRLF + " ").join(encoded_word(s, charset, enc, maxlen))


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return email
    if needs_encoding(name):
        return "%s <%s>" % (" ".join(encoded_word(name, charset, enc)), email)
    if quote and any(c in name for c in ",.;:()@\"'") or (quote == "always"):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def fold_header(name, value, width=78, cont=" "):
    """Fold an already-encoded header value at whitespace."""
    if CRLF in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    parts = line.split(" ")
    out, cur = [], parts[0]
    for p in parts[1:]:
        if len(cur) + 1 + len(p) > width and cur.strip():
            out.append(cur)
            cur = cont.rstrip(" ") + (" " if cont == " " else "") + p if cont != " " else " " + p
        else:
            cur += " " + p
    out.append(cur)
    return CRLF.join(out)


class Part:
    """A MIME part. Leaf: body (str|bytes) encoded with cte; multipart: parts."""

    def __init__(self, ctype, params=None, body=None, parts=None, cte=None, charset=None,
                 disp=None, extra=None, order=("ct", "cte", "cd"), boundary=None,
                 preamble=None, eol="\r\n", ct_fold=False, quote_params=True):
        self.ctype, self.params, self.body, self.parts = ctype, list(params or []), body, parts
        self.cte, self.charset, self.disp, self.extra = cte, charset, disp, list(extra or [])
        self.order, self.boundary, self.preamble, self.eol = order, boundary, preamble, eol
        self.ct_fold, self.quote_params = ct_fold, quote_params

    def ct_value(self):
        ps = list(self.params)
        if self.charset is not None and self.parts is None and "charset" not in [k for k, _ in ps]:
            ps.insert(0, ("charset", self.charset))
        if self.parts is not None:
            ps.append(("boundary", self.boundary))
        q = self.quote_params
        if q is True:
            q = {"boundary", "name", "charset"}
        elif q is False or q == "none":
            q = set()
        vals = []
        for k, v in ps:
            if v is None:
                continue
            special = any(c in v for c in ' ;()<>@,:"/[]?=')
            if q == "all" or k in q or special:
                vals.append('%s="%s"' % (k, v))
            else:
                vals.append("%s=%s" % (k, v))
        if not vals:
            return self.ctype
        if self.ct_fold:
            return self.ctype + ";" + CRLF + "\t" + (";" + CRLF + "\t").join(vals)
        return self.ctype + "".join("; " + x for x in vals)

    def headers(self):
        h = {"ct": "Content-Type: " + self.ct_value()}
        if self.cte:
            h["cte"] = "Content-Transfer-Encoding: " + self.cte
        if self.disp:
            h["cd"] = "Content-Disposition: " + self.disp
        out = []
        for k in self.order:
            if k in h:
                out.append(h[k])
        for k, v in self.extra:
            out.append("%s: %s" % (k, v))
        return out

    def body_bytes(self):
        if self.parts is not None:
            chunks = []
            if self.preamble is not None:
                chunks.append(self.preamble.encode() + b"\r\n")
            for p in self.parts:
                chunks.append(("--%s\r\n" % self.boundary).encode())
                chunks.append(p.render())
                chunks.append(b"\r\n")
            chunks.append(("--%s--\r\n" % self.boundary).encode())
            return b"".join(chunks)
        enc = enc_body(self.body, self.charset or "utf-8", self.cte or "7bit", self.eol) \
            if not isinstance(self.body, bytes) or self.cte in ("base64", "quoted-printable") else self.body
        if isinstance(enc, str):
            enc = enc.encode("ascii")
        if not enc.endswith(b"\n"):
            enc += b"\r\n"
        return enc

    def render(self):
        return ("\r\n".join(self.headers()) + "\r\n\r\n").encode("ascii") + self.body_bytes()


def build_message(headers, root, mime_at=None, mime_version="MIME-Version: 1.0"):
    """headers: list of header lines (str, may contain CRLF folding). root: Part.
    The root's content headers are inserted at index mime_at (default end)."""
    content = root.headers()
    if mime_version:
        content = [mime_version] + content
    hs = list(headers)
    if mime_at is None:
        mime_at = len(hs)
    hs[mime_at:mime_at] = content
    head = "\r\n".join(hs) + "\r\n\r\n"
    for h in hs:
        for c in h:
            if ord(c) > 127:
                raise ValueError("non-ascii header: %r" % h)
    return head.encode("ascii") + root.body_bytes()


# --------------------------------------------------------------- identifiers
def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def uuid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64rand(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def google_boundary(rng):
    return "000000000000" + hexs(rng, 16)


def outlook_msgid(rng, region="EUR"):
    pre = rng.choice({"EUR": ["AM0PR", "DB9PR", "VI1PR", "PA4PR", "AS8PR", "GV1PR", "DU0PR"],
                      "NAM": ["BN6PR", "SN6PR", "CH2PR", "MW4PR", "DM6PR", "PH0PR", "BY5PR"],
                      "APC": ["SG2PR", "TYZPR", "PSAPR", "KL1PR"]}[region])
    host = "%s%02dMB%04d" % (pre, rng.randint(1, 10), rng.randint(1000, 9999))
    lid = "%s%s" % (host, "".join(rng.choice("0123456789ABCDEF") for _ in range(28)))
    dom = {"EUR": "eurprd%02d" % rng.randint(1, 10), "NAM": "namprd%02d" % rng.randint(1, 22),
           "APC": "apcprd%02d" % rng.randint(1, 6)}[region]
    return host, "<%s@%s.%s.prod.outlook.com>" % (lid, host, dom), dom


def dkim_sig(rng, d, s, t, headers="from:to:subject:date:message-id", a="rsa-sha256", style="google", sign_len=256):
    bh = b64rand(rng, 32)
    b = b64rand(rng, sign_len)
    if style == "google":
        lines = ["DKIM-Signature: v=1; a=%s; c=relaxed/relaxed;" % a,
                 "        d=%s; s=%s; t=%d; x=%d; darn=example.net;" % (d, s, t, t + 604800),
                 "        h=%s;" % headers,
                 "        bh=%s;" % bh]
        chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
        lines.append("        b=" + chunks[0])
        lines += ["         " + c for c in chunks[1:]]
        return CRLF.join(lines)
    if style == "ms":
        return ("DKIM-Signature: v=1; a=%s; c=relaxed/relaxed; d=%s;" % (a, d) + CRLF +
                " s=%s;" % s + CRLF + " h=%s;" % headers + CRLF +
                " bh=%s;" % bh + CRLF + " b=" + CRLF.join(
                    [b[i:i + 76] for i in range(0, len(b), 76)]).replace(CRLF, CRLF + " "))
    # generic opendkim style
    out = "DKIM-Signature: v=1; a=%s; c=relaxed/relaxed; d=%s;" % (a, d) + CRLF + "\ts=%s; t=%d;" % (s, t) + CRLF
    out += "\tbh=%s;" % bh + CRLF + "\th=%s;" % headers + CRLF
    chunks = [b[i:i + 72] for i in range(0, len(b), 72)]
    out += "\tb=" + (CRLF + "\t ").join(chunks)
    return out


def epoch(u):
    return int(u.replace(tzinfo=UTC).timestamp())


# ------------------------------------------------------------------ receiving
def auth_results(dkim=None, spf=None, dmarc=None, extra=None):
    """Each of dkim/spf/dmarc: tuple (result, detail-string) or None for 'none'."""
    parts = []
    if dkim is None:
        parts.append("dkim=none (message not signed)")
    else:
        parts.append("dkim=%s %s" % dkim if dkim[1] else "dkim=%s" % dkim[0])
    if spf is None:
        parts.append("spf=none")
    else:
        parts.append("spf=%s %s" % spf if spf[1] else "spf=%s" % spf[0])
    if dmarc is None:
        parts.append("dmarc=none")
    else:
        parts.append("dmarc=%s %s" % dmarc if dmarc[1] else "dmarc=%s" % dmarc[0])
    if extra:
        parts += extra
    v = "Authentication-Results: mx.example.net;"
    return v + CRLF + "".join("\t%s%s" % (p, (";" + CRLF) if i < len(parts) - 1 else "") for i, p in enumerate(parts))


def mx_received(rng, arrival, helo, rdns, ip, rcpt, tls=True, ipv6=False):
    qid = alnum(rng, 12, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ")
    ipstr = ("IPv6:" + ip) if ipv6 else ip
    if arrival.year < 2019:
        tl = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
    else:
        tl = "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF + \
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
    lines = ["Received: from %s (%s [%s])" % (helo, rdns, ipstr)]
    if tls:
        lines.append("\t" + tl)
        lines.append("\t(No client certificate requested)")
    lines.append("\tby mx.example.net (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", qid))
    lines.append("\tfor <%s>; %s" % (rcpt, rfc5322_date(arrival, None).replace("+0000", "+0000 (UTC)")))
    return CRLF.join(lines)


def trace(rng, arrival, rcpt, return_path, helo, rdns, ip, dkim, spf, dmarc, tls=True, ipv6=False, ar_extra=None):
    return ["Return-Path: <%s>" % return_path if return_path else "Return-Path: <>",
            "Delivered-To: %s" % rcpt,
            auth_results(dkim, spf, dmarc, ar_extra),
            mx_received(rng, arrival, helo, rdns, ip, rcpt, tls, ipv6)]


def fold_ws(s, width=76):
    """Fold a header line at spaces (returns string with CRLF + tab continuation)."""
    if len(s) <= width:
        return s
    words = s.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return CRLF.join(out)


def doc_ip(rng, v6=False):
    if v6:
        return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 254))


def priv_ip(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))])


def stable_hash(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def subj_hdr(s, charset="utf-8", enc="B", name="Subject"):
    if needs_encoding(s):
        return "%s: %s" % (name, hdr_text(s, charset, enc))
    return fold_ws("%s: %s" % (name, s))
