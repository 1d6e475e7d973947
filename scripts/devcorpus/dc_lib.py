"""Core helpers for the Calguard development corpus generator.

Python 3.11 standard library only.  Everything here is deterministic given the
random.Random instance that is passed in.  Nothing reads the wall clock.

Sections: random helpers, time zones, iCalendar writing, MIME writing,
headers, transport (Received chain, Authentication-Results, DKIM).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import re
import uuid

CRLF = "\r\n"
AUTHSERV = "mx.example.net"


# --------------------------------------------------------------------------- random
class Rng(random.Random):
    """random.Random with a few helpers used everywhere."""

    def hexs(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(alphabet) for _ in range(n))

    def letters(self, n, upper=False):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "abcdefghijklmnopqrstuvwxyz"
        return "".join(self.choice(a) for _ in range(n))

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def b64s(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "".join(self.choice(a) for _ in range(n))

    def urlsafe(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.choice(a) for _ in range(n))

    def uuid4(self):
        return str(uuid.UUID(int=self.getrandbits(128), version=4))

    def ip(self):
        """An IPv4 address from the documentation ranges (RFC 5737)."""
        net = self.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{self.randint(2, 254)}"

    def ip6(self):
        return "2001:db8:%x:%x::%x" % (self.randint(1, 0xffff), self.randint(1, 0xffff), self.randint(1, 0xfff))

    def maybe(self, p):
        return self.random() < p


def rng_for(name, seed):
    h = int(hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()[:16], 16)
    return Rng(h)


# --------------------------------------------------------------------------- time
UTC = dt.timezone.utc


def rand_arrival(r, start=(2016, 1, 1), end=(2026, 5, 31)):
    a = dt.datetime(*start)
    b = dt.datetime(*end)
    secs = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=r.randint(0, secs))


def arrival_between(r, a, b):
    a = dt.datetime(*a) if isinstance(a, tuple) else a
    b = dt.datetime(*b) if isinstance(b, tuple) else b
    return a + dt.timedelta(seconds=r.randint(0, int((b - a).total_seconds())))


def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


# name: (std offset min, dst offset min or None, rule, std abbr, dst abbr, windows id, english label, gmt label)
TZ = {
    "Europe/Berlin": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Berlin"),
    "Europe/Amsterdam": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Amsterdam"),
    "Europe/Paris": (60, 120, "EU", "CET", "CEST", "Romance Standard Time", "Central European Time - Paris"),
    "Europe/Madrid": (60, 120, "EU", "CET", "CEST", "Romance Standard Time", "Central European Time - Madrid"),
    "Europe/Rome": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Rome"),
    "Europe/Vienna": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Vienna"),
    "Europe/Zurich": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Zurich"),
    "Europe/Warsaw": (60, 120, "EU", "CET", "CEST", "Central European Standard Time", "Central European Time - Warsaw"),
    "Europe/Brussels": (60, 120, "EU", "CET", "CEST", "Romance Standard Time", "Central European Time - Brussels"),
    "Europe/Stockholm": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Stockholm"),
    "Europe/London": (0, 60, "EU", "GMT", "BST", "GMT Standard Time", "United Kingdom Time"),
    "Europe/Dublin": (0, 60, "EU", "GMT", "IST", "GMT Standard Time", "Irish Time"),
    "Europe/Lisbon": (0, 60, "EU", "WET", "WEST", "GMT Standard Time", "Western European Time - Lisbon"),
    "Europe/Helsinki": (120, 180, "EU", "EET", "EEST", "FLE Standard Time", "Eastern European Time - Helsinki"),
    "Europe/Athens": (120, 180, "EU", "EET", "EEST", "GTB Standard Time", "Eastern European Time - Athens"),
    "Europe/Moscow": (180, None, "", "MSK", "", "Russian Standard Time", "Moscow Standard Time"),
    "Europe/Istanbul": (180, None, "", "+03", "", "Turkey Standard Time", "Turkey Time"),
    "America/New_York": (-300, -240, "US", "EST", "EDT", "Eastern Standard Time", "Eastern Time - New York"),
    "America/Chicago": (-360, -300, "US", "CST", "CDT", "Central Standard Time", "Central Time - Chicago"),
    "America/Denver": (-420, -360, "US", "MST", "MDT", "Mountain Standard Time", "Mountain Time - Denver"),
    "America/Los_Angeles": (-480, -420, "US", "PST", "PDT", "Pacific Standard Time", "Pacific Time - Los Angeles"),
    "America/Toronto": (-300, -240, "US", "EST", "EDT", "Eastern Standard Time", "Eastern Time - Toronto"),
    "America/Sao_Paulo": (-180, None, "", "-03", "", "E. South America Standard Time", "Brasilia Standard Time"),
    "America/Mexico_City": (-360, None, "", "CST", "", "Central Standard Time (Mexico)", "Central Time - Mexico City"),
    "America/Bogota": (-300, None, "", "-05", "", "SA Pacific Standard Time", "Colombia Standard Time"),
    "Asia/Tokyo": (540, None, "", "JST", "", "Tokyo Standard Time", "Japan Standard Time"),
    "Asia/Shanghai": (480, None, "", "CST", "", "China Standard Time", "China Standard Time"),
    "Asia/Hong_Kong": (480, None, "", "HKT", "", "China Standard Time", "Hong Kong Standard Time"),
    "Asia/Singapore": (480, None, "", "+08", "", "Singapore Standard Time", "Singapore Standard Time"),
    "Asia/Kolkata": (330, None, "", "IST", "", "India Standard Time", "India Standard Time"),
    "Asia/Dubai": (240, None, "", "+04", "", "Arabian Standard Time", "Gulf Standard Time"),
    "Asia/Riyadh": (180, None, "", "+03", "", "Arab Standard Time", "Arabian Standard Time"),
    "Asia/Manila": (480, None, "", "PST", "", "Singapore Standard Time", "Philippine Standard Time"),
    "Africa/Lagos": (60, None, "", "WAT", "", "W. Central Africa Standard Time", "West Africa Standard Time"),
    "Africa/Johannesburg": (120, None, "", "SAST", "", "South Africa Standard Time", "South Africa Standard Time"),
    "Australia/Sydney": (600, 660, "AU", "AEST", "AEDT", "AUS Eastern Standard Time", "Eastern Australia Time - Sydney"),
    "UTC": (0, None, "", "UTC", "", "UTC", "Coordinated Universal Time"),
}

WIN_LONG = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "FLE Standard Time": "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
}


def tz_offset(tz, utc):
    """UTC offset in minutes of zone tz at the UTC instant utc (naive UTC)."""
    std, dst, rule = TZ[tz][0], TZ[tz][1], TZ[tz][2]
    if dst is None:
        return std
    y = utc.year
    if rule == "EU":
        a = dt.datetime.combine(_last_sunday(y, 3), dt.time(1))
        b = dt.datetime.combine(_last_sunday(y, 10), dt.time(1))
        return dst if a <= utc < b else std
    if rule == "US":
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2)) - dt.timedelta(minutes=dst)
        return dst if a <= utc < b else std
    if rule == "AU":
        a = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3)) - dt.timedelta(minutes=dst)
        b = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return std if a <= utc < b else dst
    return std


def to_local(tz, utc):
    return utc + dt.timedelta(minutes=tz_offset(tz, utc))


def to_utc(tz, local):
    guess = local - dt.timedelta(minutes=TZ[tz][0])
    off = tz_offset(tz, guess)
    return local - dt.timedelta(minutes=off)


def tz_abbr(tz, utc):
    std, dst = TZ[tz][0], TZ[tz][1]
    return TZ[tz][4] if dst is not None and tz_offset(tz, utc) == dst else TZ[tz][3]


def rfc2822_date(utc, tz=None, offset_min=None, paren=False):
    if offset_min is None:
        offset_min = tz_offset(tz, utc) if tz else 0
    loc = utc + dt.timedelta(minutes=offset_min)
    sign = "+" if offset_min >= 0 else "-"
    o = abs(offset_min)
    s = loc.strftime("%a, %d %b %Y %H:%M:%S") + f" {sign}{o // 60:02d}{o % 60:02d}"
    if paren and tz:
        s += f" ({tz_abbr(tz, utc)})"
    return s


def rfc2822_date_nopad(utc, tz=None, offset_min=None):
    s = rfc2822_date(utc, tz, offset_min)
    return re.sub(r", 0(\d) ", r", \1 ", s)


def slot(arr_utc, tz, days, hour, minute=0):
    """A local wall-clock slot `days` after the arrival day in zone tz -> (local, utc)."""
    loc_arr = to_local(tz, arr_utc)
    d = loc_arr.date() + dt.timedelta(days=days)
    local = dt.datetime.combine(d, dt.time(hour, minute))
    return local, to_utc(tz, local)


def next_weekday(arr_utc, tz, weekday, hour, minute=0, min_days=1):
    loc_arr = to_local(tz, arr_utc)
    d = loc_arr.date() + dt.timedelta(days=min_days)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    local = dt.datetime.combine(d, dt.time(hour, minute))
    return local, to_utc(tz, local)


def fmt_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def fmt_loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def fmt_date(d):
    return d.strftime("%Y%m%d")


# --------------------------------------------------------------------------- iCalendar
def esc(s, commas=True):
    s = s.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\\n").replace("\n", "\\n")


def qparam(v):
    if any(c in v for c in ':;,') or v != v.strip():
        return '"' + v.replace('"', "'") + '"'
    return v


def prop(name, value, params=None, escape=False):
    if escape:
        value = esc(value)
    if params:
        ps = "".join(f";{k}={v}" for k, v in params)
        return f"{name}{ps}:{value}"
    return f"{name}:{value}"


def fold(line, limit=75, cont=" "):
    b = line.encode("utf-8")
    if len(b) <= limit:
        return [line]
    out = []
    cur = ""
    cur_len = 0
    first = True
    for ch in line:
        cl = len(ch.encode("utf-8"))
        lim = limit if first else limit - len(cont)
        if cur_len + cl > lim:
            out.append(cur if first else cont + cur)
            first = False
            cur, cur_len = "", 0
        cur += ch
        cur_len += cl
    out.append(cur if first else cont + cur)
    return out


def ics_text(lines, do_fold=True, eol=CRLF, limit=75, cont=" "):
    out = []
    for ln in lines:
        if do_fold:
            out.extend(fold(ln, limit, cont))
        else:
            out.append(ln)
    return eol.join(out) + eol


def vtimezone(tz, style="olson", year=None):
    """VTIMEZONE block. style: olson (Google/Apple/TB), windows (Exchange), winlong (Exchange on-prem),
    minimal (no DST rules, spam kits)."""
    std, dst, rule, sa, da, win = TZ[tz][:6]

    def off(m):
        s = "+" if m >= 0 else "-"
        m = abs(m)
        return f"{s}{m // 60:02d}{m % 60:02d}"

    if style in ("windows", "winlong"):
        tzid = win if style == "windows" else WIN_LONG.get(win, win)
        tzid_line = "TZID:" + esc(tzid)
        lines = ["BEGIN:VTIMEZONE", tzid_line]
        if dst is None:
            lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off(std)}",
                      f"TZOFFSETTO:{off(std)}", "END:STANDARD"]
        else:
            if rule == "EU":
                sm, sd, dm, dd = 10, "-1SU", 3, "-1SU"
                st_t, dl_t = "030000", "020000"
                if std == 0:
                    st_t, dl_t = "020000", "010000"
                if std == 120:
                    st_t, dl_t = "040000", "030000"
            elif rule == "US":
                sm, sd, dm, dd = 11, "1SU", 3, "2SU"
                st_t, dl_t = "020000", "020000"
            else:
                sm, sd, dm, dd = 4, "1SU", 10, "1SU"
                st_t, dl_t = "030000", "020000"
            lines += ["BEGIN:STANDARD", f"DTSTART:16010101T{st_t}", f"TZOFFSETFROM:{off(dst)}",
                      f"TZOFFSETTO:{off(std)}", f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sd};BYMONTH={sm}",
                      "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dl_t}", f"TZOFFSETFROM:{off(std)}",
                      f"TZOFFSETTO:{off(dst)}", f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dd};BYMONTH={dm}",
                      "END:DAYLIGHT"]
        lines.append("END:VTIMEZONE")
        return lines
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tz}"]
    if style in ("olson", "apple"):
        lines.append(f"X-LIC-LOCATION:{tz}")
    if dst is None or style == "minimal":
        name = sa if not sa.startswith(("+", "-")) else "GMT" + sa.lstrip("0").replace("+0", "+")
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(std)}", f"TZNAME:{name}",
                  "DTSTART:19700101T000000", "END:STANDARD"]
    else:
        if rule == "EU":
            dl = ("19700329T020000" if std != 0 else "19700329T010000", "3", "-1SU")
            st = ("19701025T030000" if std != 0 else "19701025T020000", "10", "-1SU")
        elif rule == "US":
            dl = ("19700308T020000", "3", "2SU")
            st = ("19701101T020000", "11", "1SU")
        else:
            dl = ("19701004T020000", "10", "1SU")
            st = ("19700405T030000", "4", "1SU")
        if style == "apple":
            lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off(std)}", f"RRULE:FREQ=YEARLY;BYMONTH={dl[1]};BYDAY={dl[2]}",
                      f"DTSTART:{dl[0]}", f"TZNAME:{da}", f"TZOFFSETTO:{off(dst)}", "END:DAYLIGHT",
                      "BEGIN:STANDARD", f"TZOFFSETFROM:{off(dst)}", f"RRULE:FREQ=YEARLY;BYMONTH={st[1]};BYDAY={st[2]}",
                      f"DTSTART:{st[0]}", f"TZNAME:{sa}", f"TZOFFSETTO:{off(std)}", "END:STANDARD"]
        else:
            lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}", f"TZNAME:{da}",
                      f"DTSTART:{dl[0]}", f"RRULE:FREQ=YEARLY;BYMONTH={dl[1]};BYDAY={dl[2]}", "END:DAYLIGHT",
                      "BEGIN:STANDARD", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}", f"TZNAME:{sa}",
                      f"DTSTART:{st[0]}", f"RRULE:FREQ=YEARLY;BYMONTH={st[1]};BYDAY={st[2]}", "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return lines


# --------------------------------------------------------------------------- MIME
def qp_encode(data: bytes, maxlen=76, binary=False) -> str:
    """Quoted-printable (RFC 2045) with CRLF line ends."""
    out_lines = []
    text = data.replace(b"\r\n", b"\n")
    lines = [text] if binary else text.split(b"\n")
    for raw in lines:
        enc = []
        for i, byte in enumerate(raw):
            c = bytes([byte])
            if byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                enc.append("=%02X" % byte)
            elif byte in (9, 32) and i == len(raw) - 1:
                enc.append("=%02X" % byte)
            else:
                enc.append(c.decode("ascii"))
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > maxlen - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
    return CRLF.join(out_lines)


def b64_encode(data: bytes, linelen=76) -> str:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + linelen] for i in range(0, len(s), linelen)) if s else ""


def to_bytes(text, charset="utf-8", eol=CRLF):
    if isinstance(text, bytes):
        return text
    t = text.replace("\r\n", "\n")
    if eol != "\n":
        t = t.replace("\n", eol)
    return t.encode(charset, errors="xmlcharrefreplace" if charset.lower() not in ("utf-8", "utf8") else "strict")


def encode_body(data: bytes, cte: str, b64len=76) -> str:
    c = (cte or "7bit").lower()
    if c == "base64":
        return b64_encode(data, b64len)
    if c == "quoted-printable":
        return qp_encode(data)
    s = data.decode("utf-8", errors="surrogateescape") if c in ("8bit", "binary") else data.decode("ascii", errors="replace")
    return s.replace("\r\n", "\n").replace("\n", CRLF).rstrip(CRLF)


class Part:
    """A MIME entity. headers: list of (name, value) in order; value may contain CRLF+WSP folding."""

    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers
        self.body = body or ""
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = [f"{n}: {v}" for n, v in self.headers]
        out.append("")
        if self.children is None:
            out.append(self.body)
        else:
            if self.preamble is not None:
                out.append(self.preamble)
                out.append("")
            for ch in self.children:
                out.append("--" + self.boundary)
                out.append(ch.render())
            out.append("--" + self.boundary + "--")
            if self.epilogue is not None:
                out.append(self.epilogue)
            else:
                out.append("")
        return CRLF.join(out)


def leaf(ctype, content, cte="7bit", charset="utf-8", extra=None, b64len=76, cte_label=None, order="ct-first",
         eol=CRLF):
    """ctype is the full Content-Type value. content: str or bytes."""
    data = content if isinstance(content, bytes) else to_bytes(content, charset, eol)
    hdrs = []
    ct = ("Content-Type", ctype)
    te = ("Content-Transfer-Encoding", cte_label or cte) if cte else None
    if order == "ct-first":
        hdrs.append(ct)
        if te:
            hdrs.append(te)
    else:
        if te:
            hdrs.append(te)
        hdrs.append(ct)
    for h in extra or []:
        hdrs.append(h)
    return Part(hdrs, encode_body(data, cte, b64len) if cte else data.decode(charset))


def multipart(subtype, children, boundary, extra=None, preamble=None, ct_extra="", epilogue=None, quote=True):
    children = [c for c in children if c is not None]
    b = f'"{boundary}"' if quote else boundary
    hdrs = [("Content-Type", f"multipart/{subtype}; boundary={b}{ct_extra}")]
    hdrs += extra or []
    return Part(hdrs, children=children, boundary=boundary, preamble=preamble, epilogue=epilogue)


# boundary styles of real senders
def boundary(r, style, t=None):
    if style == "google":
        return "0000000000" + r.hexs(16)
    if style == "exchange":
        return None  # built from message id
    if style == "apple":
        return "Apple-Mail=_" + r.uuid4().upper()
    if style == "javamail":
        ms = int(t.replace(tzinfo=UTC).timestamp() * 1000) if t else r.randint(1400000000000, 1780000000000)
        return f"----=_Part_{r.randint(10000, 99999999)}_{r.randint(100000000, 2147483647)}.{ms}"
    if style == "outlook_ex":
        return f"----=_NextPart_000_{r.hexs(4, True)}_{r.hexs(8, True)}.{r.hexs(8, True)}"
    if style == "thunderbird":
        return "------------" + r.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if style == "php":
        return "b1_" + r.alnum(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "phpmd5":
        return "==Multipart_Boundary_x" + r.hexs(32) + "x"
    if style == "swift":
        return "_=_swift_" + r.hexs(10) + "_" + r.hexs(32) + "_=_"
    if style == "python":
        return "===============" + r.digits(19) + "=="
    if style == "ruby":
        return "--==_mimepart_" + r.hexs(13) + "_" + r.hexs(5) + r.hexs(12) + "_" + r.hexs(3)
    if style == "sendgrid":
        return r.hexs(64)
    if style == "mailgun":
        return r.hexs(60)
    if style == "nodemailer":
        return "--_NmP-" + r.hexs(16) + "-Part_1"
    if style == "random":
        return r.alnum(r.randint(20, 50), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if style == "horde":
        return "=_" + r.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if style == "sabre":
        return "=_" + r.hexs(32)
    if style == "zimbra":
        return "=_" + r.uuid4()
    if style == "mimekit":
        return "=-" + r.b64s(22).replace("/", "_").replace("+", "-") + "=="
    return "b_" + r.hexs(24)


# --------------------------------------------------------------------------- headers
def fold_header(name, value, limit=78):
    """Fold an unstructured/structured header at whitespace.  Leaves values that already contain CRLF alone."""
    if "\r\n" in value:
        return value
    line = f"{name}: {value}"
    if len(line) <= limit:
        return value
    words = value.split(" ")
    out = []
    cur = ""
    first = True
    for w in words:
        cand = (cur + " " + w) if cur else w
        maxl = limit - len(name) - 2 if first else limit - 1
        if len(cand) > maxl and cur:
            out.append(cur)
            first = False
            cur = w
        else:
            cur = cand
    out.append(cur)
    return ("\r\n ").join(out)


def ew(s, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded-words, split at character boundaries, joined by CRLF SP."""
    if enc == "raw":
        return s
    words = []
    pre = f"=?{charset}?{enc}?"
    cur = ""

    def encode(t):
        b = t.encode(charset, errors="replace")
        if enc.upper() == "B":
            return base64.b64encode(b).decode()
        out = ""
        for byte in b:
            ch = chr(byte)
            if byte == 32:
                out += "_"
            elif ch.isalnum() and byte < 128:
                out += ch
            elif ch in "!*+-/" and byte < 128:
                out += ch
            else:
                out += "=%02X" % byte
        return out

    for ch in s:
        cand = cur + ch
        if len(pre) + len(encode(cand)) + 2 > maxlen and cur:
            words.append(pre + encode(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(pre + encode(cur) + "?=")
    return "\r\n ".join(words)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hval(s, charset="utf-8", enc="B"):
    """Header text: plain if ASCII, otherwise encoded words (or raw 8-bit when enc == 'raw')."""
    if is_ascii(s) or enc == "raw":
        return s
    try:
        s.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset, enc = "utf-8", "B"
    return ew(s, charset, enc)


def addr(name, email, charset="utf-8", enc="B", quote="auto"):
    if not name:
        return email if quote != "angle" else f"<{email}>"
    if not is_ascii(name) and enc != "raw":
        return f"{ew(name, charset, enc)} <{email}>"
    if quote is True or (quote == "auto" and re.search(r'[(),.:;<>@\[\]"\\]', name)):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def message(headers, body_part, mime_version=True, mv_pos="end"):
    """Assemble a message.  headers: list of (name, value) or raw strings (already 'Name: value')."""
    lines = []
    for h in headers:
        if isinstance(h, str):
            lines.append(h)
        else:
            n, v = h
            lines.append(f"{n}: {fold_header(n, v)}")
    if mime_version and mv_pos == "end":
        lines.append("MIME-Version: 1.0")
    for n, v in body_part.headers:
        lines.append(f"{n}: {v}")
    lines.append("")
    if body_part.children is None:
        lines.append(body_part.body)
    else:
        if body_part.preamble is not None:
            lines.append(body_part.preamble)
            lines.append("")
        for ch in body_part.children:
            lines.append("--" + body_part.boundary)
            lines.append(ch.render())
        lines.append("--" + body_part.boundary + "--")
        lines.append(body_part.epilogue or "")
    text = CRLF.join(lines)
    if not text.endswith(CRLF):
        text += CRLF
    return text.encode("utf-8", errors="surrogateescape")


# --------------------------------------------------------------------------- transport
def dkim_sig(r, d, s, t, h, style="relaxed", i=None, bits=2048, extra="", x=None):
    blen = 344 if bits == 2048 else 172
    b = r.b64s(blen - 2) + "=="
    bh = r.b64s(43) + "="
    tags = f"v=1; a=rsa-sha256; c={'relaxed/relaxed' if style == 'relaxed' else 'relaxed/simple'}; d={d}; s={s};"
    lines = [tags]
    tl = f" t={t};" + (f" x={x};" if x else "") + (f" i={i};" if i else "") + extra
    lines.append(tl.strip())
    lines.append(f"h={h};")
    lines.append(f"bh={bh};")
    bl = [b[k:k + 70] for k in range(0, len(b), 70)]
    lines.append("b=" + bl[0])
    lines += bl[1:]
    return ("DKIM-Signature", "\r\n\t".join(lines))


def ts(d):
    return int(d.replace(tzinfo=UTC).timestamp())


def postfix_qid(r):
    return r.alnum(r.choice([10, 11, 12]), "0123456789ABCDEF") if r.random() < 0.5 else r.alnum(11, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def ar_headers(r, spf, dkims, dmarc, arc=None, style=None, peer_ip=None, helo=None, extra=None, authserv=AUTHSERV):
    """Authentication-Results as added by the receiving host (authserv-id mx.example.net).

    spf: (result, mailfrom_domain or address) ; dkims: list of (result, d, selector) ; dmarc: (result, from_domain, policy)
    Returns a list of ("Authentication-Results", value) and optional Received-SPF, top to bottom.
    """
    style = style or r.choice(["opendkim", "rspamd", "rspamd", "exim", "cyrus"])
    out = []
    sres, sdom = spf
    mf = sdom if "@" in sdom else sdom
    mfd = sdom.split("@")[-1]
    dmres, dmdom, pol = dmarc if dmarc else (None, None, None)
    if style == "opendkim":
        if dmres:
            out.append(("Authentication-Results", f"{authserv}; dmarc={dmres} (p={pol or 'none'} dis=none) header.from={dmdom}"))
        for res, d, sel in dkims:
            if res == "pass":
                out.append(("Authentication-Results", f"{authserv};\r\n\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={sel} header.b={r.b64s(8)}"))
            else:
                out.append(("Authentication-Results", f"{authserv};\r\n\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={sel} header.b={r.b64s(8)}; dkim-atps=neutral"))
        if not dkims:
            out.append(("Authentication-Results", f"{authserv}; dkim=none; dkim-atps=neutral"))
        out.append(("Authentication-Results", f"{authserv}; spf={sres} smtp.mailfrom={mf}"))
        txt = {"pass": "Pass", "fail": "Fail", "softfail": "Softfail", "neutral": "Neutral", "none": "None", "temperror": "Temperror"}[sres]
        out.append(("Received-SPF", f"{txt} (mailfrom) identity=mailfrom; client-ip={peer_ip}; helo={helo}; envelope-from={mf}; receiver=<UNKNOWN>"))
    elif style == "rspamd":
        parts = [authserv]
        for res, d, sel in dkims:
            parts.append(f"dkim={res} header.d={d} header.s={sel} header.b={r.b64s(8)}")
        if not dkims:
            parts.append("dkim=none")
        why = {"pass": f"({authserv}: domain of {mf} designates {peer_ip} as permitted sender)",
               "fail": f"({authserv}: domain of {mf} does not designate {peer_ip} as permitted sender)",
               "softfail": f"({authserv}: domain of transitioning {mf} does not designate {peer_ip} as permitted sender)",
               "neutral": f"({authserv}: {peer_ip} is neither permitted nor denied by domain of {mf})",
               "none": f"({authserv}: domain of {mf} has no SPF policy when checking {peer_ip})",
               "temperror": "(DNS timeout)"}[sres]
        parts.append(f"spf={sres} {why} smtp.mailfrom={mf}")
        if dmres:
            polword = {"none": "none", "quarantine": "quarantine", "reject": "reject"}.get(pol or "none", "none")
            parts.append(f"dmarc={dmres} reason=\"{'SPF or DKIM' if dmres == 'pass' else 'No valid SPF, No valid DKIM'}\" header.from={dmdom} (policy={polword})" if r.random() < 0.3 else f"dmarc={dmres} (policy={polword}) header.from={dmdom}")
        if arc:
            parts.append(f"arc={arc}")
        out.append(("Authentication-Results", ";\r\n\t".join(parts)))
    elif style == "exim":
        parts = [authserv, f"iprev=pass (smtp.remote-ip={peer_ip}) policy.iprev={peer_ip}" if r.random() < 0.4 else None,
                 f"spf={sres} smtp.mailfrom={mf}" + (f" smtp.helo={helo}" if r.random() < 0.5 else "")]
        parts = [p for p in parts if p]
        for res, d, sel in dkims:
            parts.append(f"dkim={res} header.d={d} header.s={sel} header.a=rsa-sha256")
        if not dkims:
            parts.append("dkim=none (message not signed)")
        if dmres:
            parts.append(f"dmarc={dmres} header.from={dmdom}")
        if arc:
            parts.append(f"arc={arc}")
        out.append(("Authentication-Results", ";\r\n\t".join(parts)))
    else:  # cyrus / fastmail-like
        parts = [f"{authserv};\r\n    dkim=" + (";\r\n    dkim=".join(
            f"{res} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={r.b64s(8)} header.a=rsa-sha256 header.s={sel} x-bits=2048" for res, d, sel in dkims) if dkims else "none (no signatures found)")]
        if dmres:
            parts.append(f"dmarc={dmres} policy.published-domain-policy={pol or 'none'} policy.applied-disposition=none policy.evaluated-disposition={'none' if dmres == 'pass' else (pol or 'none')} (p={pol or 'none'},d=none,d.eval=none) policy.policy-from=p header.from={dmdom}")
        parts.append(f"iprev=pass smtp.remote-ip={peer_ip} ({helo})")
        parts.append(f"spf={sres} smtp.mailfrom={mf} smtp.helo={helo}")
        if arc:
            parts.append(f"arc={arc}")
        parts.append("x-aligned-from=" + ("pass" if dmres == "pass" else "fail"))
        out.append(("Authentication-Results", ";\r\n    ".join(parts)))
    if extra:
        out.extend(extra)
    return out


def received_mx(r, helo, peer_host, peer_ip, when, rcpt, tls=True):
    qid = postfix_qid(r)
    proto = "ESMTPS" if tls else "ESMTP"
    tlsinfo = "\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)" if tls and when.year >= 2020 else (
        "\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)" if tls else "")
    peer = f"{peer_host} ({helo if helo != peer_host else peer_host} [{peer_ip}])" if peer_host else f"{helo} (unknown [{peer_ip}])"
    return ("Received", f"from {peer}{tlsinfo}\r\n\tby {AUTHSERV} (Postfix) with {proto} id {qid}\r\n\tfor <{rcpt}>; {rfc2822_date(when, 'Europe/Berlin', paren=True)}")


def received_lmtp(r, when, rcpt, env_from):
    return ("Received", f"from {AUTHSERV}\r\n\tby imap.example.net with LMTP\r\n\tid {r.b64s(22).replace('/', 'X').replace('+', 'Y')}\r\n\t(envelope-from <{env_from}>)\r\n\tfor <{rcpt}>; {rfc2822_date(when, 'Europe/Berlin')}")


def trace(r, *, arrival, rcpt, env_from, peer_host, peer_ip, helo=None, spf, dkims, dmarc, arc=None, ar_style=None,
          lmtp=None, tls=True, x_spam=False):
    """The receiving side: Return-Path, Delivered-To, Received (LMTP), Authentication-Results, Received (mx)."""
    helo = helo or peer_host
    hdrs = []
    hdrs.append(("Return-Path", f"<{env_from}>"))
    if lmtp is None:
        lmtp = r.random() < 0.6
    if lmtp:
        hdrs.append(("Delivered-To", rcpt))
        hdrs.append(received_lmtp(r, arrival + dt.timedelta(seconds=r.randint(0, 2)), rcpt, env_from))
    ar = ar_headers(r, spf, dkims, dmarc, arc, ar_style, peer_ip, helo)
    # Received-SPF from policyd sits below A-R, above the mx Received line
    for h in ar:
        hdrs.append(h)
    if x_spam:
        hdrs.append(("X-Spam-Status", "No, score=%.1f required=5.0" % (r.random() * 4 - 1.5)))
    hdrs.append(received_mx(r, helo, peer_host, peer_ip, arrival, rcpt, tls))
    return hdrs


def dedupe_dkims(d):
    seen = set()
    out = []
    for x in d:
        if x[1] not in seen:
            out.append(x)
            seen.add(x[1])
    return out
