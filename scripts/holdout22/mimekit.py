"""Low-level helpers: MIME assembly, header encoding, iCalendar folding,
VTIMEZONE blocks and the receiving-MX trace headers.  Standard library only."""
import base64
import quopri
import hashlib
import datetime as dt
from email.header import Header
from zoneinfo import ZoneInfo

CRLF = "\r\n"
UTC = dt.timezone.utc

# MIME label -> Python codec (only where the label itself is unknown to Python)
CODEC_FOR_LABEL = {"windows-874": "cp874", "ks_c_5601-1987": "cp949", "x-mac-roman": "mac_roman"}


def codec_of(label):
    return CODEC_FOR_LABEL.get(label.lower(), label)


def encode_text(text, label):
    """Encode str in charset label; fall back to utf-8 if impossible."""
    try:
        return text.encode(codec_of(label)), label
    except (UnicodeEncodeError, LookupError):
        return text.encode("utf-8"), "UTF-8"


# ----------------------------------------------------------------- headers
def fold_header(name, value, width=78):
    """Fold an ASCII header at whitespace so that lines stay short."""
    line = f"{name}: {value}"
    if len(line) <= width or "\n" in value:
        return line
    out, cur = [], ""
    for i, tok in enumerate(line.split(" ")):
        if i == 1:
            cur += " " + tok
            continue
        if cur == "":
            cur = tok
        elif len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " + tok if not tok.startswith("\t") else tok
        else:
            cur += " " + tok
    out.append(cur)
    return (CRLF).join(out)


def enc_words(text, charset="utf-8", q=None, maxlen=76):
    """RFC 2047 encode if needed (B encoding, or Q when q=True), labelled with the MIME charset name."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    codec = codec_of(charset)
    try:
        text.encode(codec)
    except (UnicodeEncodeError, LookupError):
        charset, codec = "utf-8", "utf-8"
    if q is None:
        q = charset.lower() in ("iso-8859-1", "iso-8859-2", "iso-8859-15", "iso-8859-9", "windows-1252", "windows-1250",
                                "windows-1254", "us-ascii")
    limit = 45 if not q else 20
    chunks, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(codec)) > limit:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for ch in chunks:
        raw = ch.encode(codec)
        if q and codec_of(charset).replace("_", "-").lower() != "iso2022-jp":
            enc = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                          ("_" if x == 32 else "=%02X" % x) for x in raw)
            words.append(f"=?{charset}?Q?{enc}?=")
        else:
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
    return (CRLF + " ").join(words)


def addr(name, email, charset="utf-8", quote_always=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote_always or any(c in name for c in ',.;:()<>@[]"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{enc_words(name, charset)} <{email}>"


def hdr(lines, name, value):
    lines.append((name, value))


def render_headers(pairs):
    out = []
    for n, v in pairs:
        if v is None:
            continue
        if "\r\n" in v:
            out.append(f"{n}: {v}")
        else:
            out.append(fold_header(n, v))
    return CRLF.join(out) + CRLF


# ----------------------------------------------------------------- bodies
def b64body(data, bare_lf=False, width=76):
    s = base64.b64encode(data).decode()
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" if bare_lf else CRLF).join(lines) + ("\n" if bare_lf else CRLF)


def qpbody(data):
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    enc = []
    for ln in lines:
        e = quopri.encodestring(ln).replace(b"\r\n", b"\n").rstrip(b"\n")
        enc.extend(e.split(b"\n"))
    return (CRLF.join(x.decode("ascii") for x in enc)).encode("ascii") + CRLF.encode()


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


class Part:
    """A leaf MIME part.  `text` is str, encoded with `charset` and `cte`."""

    def __init__(self, ctype, text=None, data=None, charset="UTF-8", cte="7bit", params=None,
                 extra=None, bare_lf=False, ct_order=None, charset_quoted=True):
        self.ctype, self.text, self.data = ctype, text, data
        self.charset, self.cte, self.params = charset, cte, params or []
        self.extra, self.bare_lf = extra or [], bare_lf
        self.charset_quoted = charset_quoted

    def to_bytes(self):
        if self.text is not None:
            raw, cs = encode_text(crlf(self.text), self.charset)
            self.charset = cs
        else:
            raw, cs = self.data, None
        cte = self.cte
        if cte == "7bit":
            try:
                raw.decode("ascii")
            except UnicodeDecodeError:
                cte = "8bit"
        ct = self.ctype
        if cs:
            ct += f'; charset="{cs}"' if self.charset_quoted else f"; charset={cs}"
        for p in self.params:
            ct += "; " + p
        hs = [("Content-Type", ct)] + [x for x in self.extra if x[0].lower() != "content-transfer-encoding"]
        hs.insert(1 if not self.extra else 1, ("Content-Transfer-Encoding", cte))
        if cte == "base64":
            body = b64body(raw, self.bare_lf).encode()
        elif cte == "quoted-printable":
            body = qpbody(raw)
        else:
            body = raw if raw.endswith(b"\r\n") else raw + b"\r\n"
        return render_headers(hs).encode() + b"\r\n" + body


class Multi:
    def __init__(self, subtype, boundary, parts, params=None, preamble=None, extra=None):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts
        self.params, self.preamble, self.extra = params or [], preamble, extra or []

    def content_type(self):
        ct = f'multipart/{self.subtype}; boundary="{self.boundary}"'
        for p in self.params:
            ct += "; " + p
        return ct

    def body_bytes(self):
        out = b""
        if self.preamble:
            out += crlf(self.preamble).encode() + b"\r\n"
        for p in self.parts:
            out += f"--{self.boundary}\r\n".encode() + p.to_bytes()
        out += f"--{self.boundary}--\r\n".encode()
        return out

    def to_bytes(self):
        hs = [("Content-Type", self.content_type())] + self.extra
        return render_headers(hs).encode() + b"\r\n" + self.body_bytes()


def top_content(entity):
    """Return (header pairs, body bytes) for the top-level entity."""
    if isinstance(entity, Multi):
        return [("Content-Type", entity.content_type())] + entity.extra, entity.body_bytes()
    b = entity.to_bytes()
    head, _, body = b.partition(b"\r\n\r\n")
    pairs = []
    for ln in head.decode().split("\r\n"):
        if ln[:1] in (" ", "\t") and pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + "\r\n" + ln)
        else:
            n, _, v = ln.partition(": ")
            pairs.append((n, v))
    return pairs, body


# ----------------------------------------------------------------- iCalendar
def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def esc_soft(text):
    """Some clients do not escape commas (common in hand-rolled generators)."""
    return text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")


def fold_line(line, mode="octet"):
    """mode: octet (RFC), char (counts characters, may exceed 75 octets),
    none (no folding), tab (continuation with TAB), sloppy (splits inside UTF-8)"""
    if mode == "none":
        return [line]
    lead = "\t" if mode == "tab" else " "
    if mode == "char":
        out, first = [], True
        while line:
            n = 75 if first else 74
            out.append(("" if first else lead) + line[:n])
            line = line[n:]
            first = False
        return out
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        n = 75 if first else 74
        if len(b) <= n:
            chunk, b = b, b""
        else:
            cut = n
            if mode != "sloppy":
                while cut > 0 and (b[cut] & 0xC0) == 0x80:
                    cut -= 1
            chunk, b = b[:cut], b[cut:]
        out.append((b"" if first else lead.encode()) + chunk)
        first = False
    return [x.decode("utf-8", "surrogateescape") for x in out]


def ical_text(lines, mode="octet", eol="\r\n"):
    phys = []
    for ln in lines:
        phys.extend(fold_line(ln, mode))
    s = eol.join(phys) + eol
    return s


def ical_bytes(lines, mode="octet", eol="\r\n", charset="utf-8"):
    s = ical_text(lines, mode, eol)
    return s.encode(charset, "surrogateescape") if charset.lower().replace("-", "") == "utf8" else \
        s.encode(codec_of(charset), "replace")


def fmt_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fmt_local(t):
    return t.strftime("%Y%m%dT%H%M%S")


def to_utc(naive, tzid):
    return naive.replace(tzinfo=ZoneInfo(tzid)).astimezone(UTC)


def offset_str(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def tz_offset(tzid, when_utc):
    return when_utc.astimezone(ZoneInfo(tzid)).utcoffset()


def rfc2822_date(t_utc, tzid):
    lt = t_utc.astimezone(ZoneInfo(tzid))
    return lt.strftime("%a, %d %b %Y %H:%M:%S ") + offset_str(lt.utcoffset())


# zone -> (std name, dst name, std offset, dst offset, rule)
ZONES = {
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Rome": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Amsterdam": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Warsaw": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Vienna": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Zurich": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/Stockholm": ("CET", "CEST", "+0100", "+0200", "EU"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100", "EU0"),
    "Europe/Lisbon": ("WET", "WEST", "+0000", "+0100", "EU0"),
    "Europe/Athens": ("EET", "EEST", "+0200", "+0300", "EU2"),
    "Europe/Moscow": ("MSK", None, "+0300", None, None),
    "Europe/Istanbul": ("+03", None, "+0300", None, None),
    "America/New_York": ("EST", "EDT", "-0500", "-0400", "US"),
    "America/Chicago": ("CST", "CDT", "-0600", "-0500", "US"),
    "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700", "US"),
    "America/Sao_Paulo": ("-03", None, "-0300", None, None),
    "America/Mexico_City": ("CST", None, "-0600", None, None),
    "Asia/Tokyo": ("JST", None, "+0900", None, None),
    "Asia/Seoul": ("KST", None, "+0900", None, None),
    "Asia/Shanghai": ("CST", None, "+0800", None, None),
    "Asia/Taipei": ("CST", None, "+0800", None, None),
    "Asia/Hong_Kong": ("HKT", None, "+0800", None, None),
    "Asia/Singapore": ("+08", None, "+0800", None, None),
    "Asia/Kolkata": ("IST", None, "+0530", None, None),
    "Asia/Bangkok": ("+07", None, "+0700", None, None),
    "Asia/Dubai": ("+04", None, "+0400", None, None),
    "Asia/Riyadh": ("+03", None, "+0300", None, None),
    "Asia/Jerusalem": ("IST", "IDT", "+0200", "+0300", "IL"),
    "Africa/Lagos": ("WAT", None, "+0100", None, None),
    "UTC": ("UTC", None, "+0000", None, None),
}

WINDOWS_TZ = {
    "Europe/Berlin": "W. Europe Standard Time", "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Rome": "W. Europe Standard Time", "Europe/Vienna": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time", "Europe/Stockholm": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time", "Europe/Madrid": "Romance Standard Time",
    "Europe/Warsaw": "Central European Standard Time", "Europe/London": "GMT Standard Time",
    "Europe/Lisbon": "GMT Standard Time", "Europe/Athens": "GTB Standard Time",
    "Europe/Moscow": "Russian Standard Time", "Europe/Istanbul": "Turkey Standard Time",
    "America/New_York": "Eastern Standard Time", "America/Chicago": "Central Standard Time",
    "America/Los_Angeles": "Pacific Standard Time", "America/Sao_Paulo": "E. South America Standard Time",
    "America/Mexico_City": "Central Standard Time (Mexico)",
    "Asia/Tokyo": "Tokyo Standard Time", "Asia/Seoul": "Korea Standard Time",
    "Asia/Shanghai": "China Standard Time", "Asia/Taipei": "Taipei Standard Time",
    "Asia/Hong_Kong": "China Standard Time", "Asia/Singapore": "Singapore Standard Time",
    "Asia/Kolkata": "India Standard Time", "Asia/Bangkok": "SE Asia Standard Time",
    "Asia/Dubai": "Arabian Standard Time", "Asia/Riyadh": "Arab Standard Time",
    "Asia/Jerusalem": "Israel Standard Time", "Africa/Lagos": "W. Central Africa Standard Time",
    "UTC": "UTC",
}

RULES = {  # rule -> (dst start month, byday, local time; dst end month, byday, local time)
    "EU": ((3, "-1SU", "020000"), (10, "-1SU", "030000")),
    "EU0": ((3, "-1SU", "010000"), (10, "-1SU", "020000")),
    "EU2": ((3, "-1SU", "030000"), (10, "-1SU", "040000")),
    "US": ((3, "2SU", "020000"), (11, "1SU", "020000")),
    "IL": ((3, "-1SU", "020000"), (10, "-1SU", "020000")),
}


def _first_date(year, month, byday):
    import calendar
    n = int(byday[:-2])
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if calendar.weekday(year, month, d) == 6]
    return days[n - 1] if n > 0 else days[n]


def vtimezone_olson(tzid, style="google"):
    std, dstn, so, do, rule = ZONES[tzid]
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style in ("google", "mozilla", "nextcloud", "zoom"):
        L.append(f"X-LIC-LOCATION:{tzid}")
    if rule:
        (m1, d1, t1), (m2, d2, t2) = RULES[rule]
        base = 1970 if style != "apple" else (1981 if rule != "US" else 2007)
        if rule == "IL":
            dl = ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dstn}",
                  "DTSTART:19700327T020000",
                  "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR", "END:DAYLIGHT"]
        else:
            dl = ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dstn}",
                  f"DTSTART:{base}{m1:02d}{_first_date(base, m1, d1):02d}T{t1}",
                  f"RRULE:FREQ=YEARLY;BYMONTH={m1};BYDAY={d1}", "END:DAYLIGHT"]
        st = ["BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
              f"DTSTART:{base}{m2:02d}{_first_date(base, m2, d2):02d}T{t2}",
              f"RRULE:FREQ=YEARLY;BYMONTH={m2};BYDAY={d2}", "END:STANDARD"]
        if style == "apple":  # Apple puts the props in a different order
            dl = [dl[0], dl[1], dl[4], dl[5], dl[3], dl[2], dl[6]]
            st = [st[0], st[1], st[4], st[5], st[3], st[2], st[6]]
        L += dl + st
    else:
        L += ["BEGIN:STANDARD", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
              "DTSTART:19700101T000000", "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L


def vtimezone_windows(tzid, zimbra=False):
    std, dstn, so, do, rule = ZONES[tzid]
    name = WINDOWS_TZ.get(tzid, "UTC")
    if zimbra:
        name = tzid
    L = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if rule:
        (m1, d1, t1), (m2, d2, t2) = RULES[rule]
        L += ["BEGIN:STANDARD", f"DTSTART:16010101T{t2}", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
              f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={d2};BYMONTH={m2}", "END:STANDARD",
              "BEGIN:DAYLIGHT", f"DTSTART:16010101T{t1}", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
              f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={d1};BYMONTH={m1}", "END:DAYLIGHT"]
    else:
        L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{so}",
              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{so}",
              f"TZOFFSETTO:{so}", "END:DAYLIGHT"]
    L.append("END:VTIMEZONE")
    return L


# ----------------------------------------------------------------- misc ids
def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = hexid(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def b64rand(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def stable_hash(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]
