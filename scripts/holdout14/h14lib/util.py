"""Shared helpers: randomness, time zones, iCalendar text, MIME assembly, headers.

Everything here is deterministic given the Random instance passed in.
"""
import base64
import datetime as dt
import hashlib
import quopri
import random
import re

# ---------------------------------------------------------------- randomness

MASTER_SEED = "holdout14-2024-calendar"


def rng_for(*parts):
    h = hashlib.sha256(("|".join([MASTER_SEED] + [str(p) for p in parts])).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rb64(rng, n):
    return rstr(rng, n, B64CH)


def uuid4(rng, upper=False):
    h = rstr(rng, 32, HEXL)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- time zones

# key: (windows name, std offset minutes, dst offset minutes or None, rule, std abbr, dst abbr)
TZ = {
    "UTC": ("UTC", 0, None, None, "UTC", None),
    "Europe/London": ("GMT Standard Time", 0, 60, "eu", "GMT", "BST"),
    "Europe/Lisbon": ("GMT Standard Time", 0, 60, "eu", "WET", "WEST"),
    "Europe/Dublin": ("GMT Standard Time", 0, 60, "eu", "GMT", "IST"),
    "Europe/Berlin": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Vienna": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Zurich": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Rome": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Amsterdam": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Stockholm": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Paris": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Brussels": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Madrid": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Warsaw": ("Central European Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Prague": ("Central Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Athens": ("GTB Standard Time", 120, 180, "eu", "EET", "EEST"),
    "Europe/Kiev": ("FLE Standard Time", 120, 180, "eu", "EET", "EEST"),
    "Europe/Istanbul": ("Turkey Standard Time", 180, None, None, "+03", None),
    "Europe/Moscow": ("Russian Standard Time", 180, None, None, "MSK", None),
    "Asia/Dubai": ("Arabian Standard Time", 240, None, None, "+04", None),
    "Asia/Riyadh": ("Arab Standard Time", 180, None, None, "+03", None),
    "Africa/Cairo": ("Egypt Standard Time", 120, None, None, "EET", None),
    "Africa/Lagos": ("W. Central Africa Standard Time", 60, None, None, "WAT", None),
    "Africa/Johannesburg": ("South Africa Standard Time", 120, None, None, "SAST", None),
    "Asia/Jerusalem": ("Israel Standard Time", 120, 180, "il", "IST", "IDT"),
    "Asia/Kolkata": ("India Standard Time", 330, None, None, "IST", None),
    "Asia/Bangkok": ("SE Asia Standard Time", 420, None, None, "+07", None),
    "Asia/Jakarta": ("SE Asia Standard Time", 420, None, None, "WIB", None),
    "Asia/Shanghai": ("China Standard Time", 480, None, None, "CST", None),
    "Asia/Hong_Kong": ("China Standard Time", 480, None, None, "HKT", None),
    "Asia/Taipei": ("Taipei Standard Time", 480, None, None, "CST", None),
    "Asia/Singapore": ("Singapore Standard Time", 480, None, None, "+08", None),
    "Asia/Tokyo": ("Tokyo Standard Time", 540, None, None, "JST", None),
    "Asia/Seoul": ("Korea Standard Time", 540, None, None, "KST", None),
    "Australia/Sydney": ("AUS Eastern Standard Time", 600, 660, "au", "AEST", "AEDT"),
    "America/New_York": ("Eastern Standard Time", -300, -240, "us", "EST", "EDT"),
    "America/Toronto": ("Eastern Standard Time", -300, -240, "us", "EST", "EDT"),
    "America/Chicago": ("Central Standard Time", -360, -300, "us", "CST", "CDT"),
    "America/Denver": ("Mountain Standard Time", -420, -360, "us", "MST", "MDT"),
    "America/Los_Angeles": ("Pacific Standard Time", -480, -420, "us", "PST", "PDT"),
    "America/Sao_Paulo": ("E. South America Standard Time", -180, None, None, "-03", None),
    "America/Mexico_City": ("Central Standard Time (Mexico)", -360, None, None, "CST", None),
    "America/Bogota": ("SA Pacific Standard Time", -300, None, None, "-05", None),
    "America/Argentina/Buenos_Aires": ("Argentina Standard Time", -180, None, None, "-03", None),
}

LONG_TZ_NAME = {
    "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Paris": "Central European Time - Paris",
    "Europe/London": "United Kingdom Time",
    "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "Asia/Tokyo": "Japan Standard Time",
    "UTC": "Coordinated Universal Time",
}


def _nth_weekday(year, month, weekday, n):
    """n>=1: nth weekday of month; n=-1: last. weekday 0=Mon..6=Sun"""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _in_dst(key, local):
    win, std, dst, rule, a1, a2 = TZ[key]
    if not isinstance(local, dt.datetime):
        local = dt.datetime.combine(local, dt.time(12))
    if rule is None:
        return False
    y = local.year
    if rule == "eu":
        # 01:00 UTC on last Sunday of March / October
        s = dt.datetime.combine(_nth_weekday(y, 3, 6, -1), dt.time(1)) + dt.timedelta(minutes=std)
        e = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1)) + dt.timedelta(minutes=dst)
        return s <= local < e
    if rule == "us":
        s = dt.datetime.combine(_nth_weekday(y, 3, 6, 2), dt.time(2))
        e = dt.datetime.combine(_nth_weekday(y, 11, 6, 1), dt.time(2))
        return s <= local < e
    if rule == "il":
        s = dt.datetime.combine(_nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), dt.time(2))
        e = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(2))
        return s <= local < e
    if rule == "au":
        e = dt.datetime.combine(_nth_weekday(y, 4, 6, 1), dt.time(3))
        s = dt.datetime.combine(_nth_weekday(y, 10, 6, 1), dt.time(2))
        return local < e or local >= s
    return False


def utcoffset(key, local):
    win, std, dst, rule, a1, a2 = TZ[key]
    return dst if _in_dst(key, local) else std


def tzabbr(key, local):
    win, std, dst, rule, a1, a2 = TZ[key]
    return a2 if _in_dst(key, local) else a1


def to_utc(local, key):
    return local - dt.timedelta(minutes=utcoffset(key, local))


def from_utc(utc, key):
    # approximate: use offset computed on the naive utc instant shifted by std offset
    win, std, dst, rule, a1, a2 = TZ[key]
    guess = utc + dt.timedelta(minutes=std)
    return utc + dt.timedelta(minutes=utcoffset(key, guess))


def aware(local, key):
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=utcoffset(key, local))))


def off_str(mins, colon=False):
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    if colon:
        return "%s%02d:%02d" % (sign, mins // 60, mins % 60)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def ical_dt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ical_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def ical_date(d):
    return d.strftime("%Y%m%d")


_RULE_PARTS = {
    # (daylight byrule, standard byrule, daylight local hour, standard local hour)
    "eu": ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    "us": ("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    "il": ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR",
           "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    "au": ("FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
}


def _trans_hours(key):
    win, std, dst, rule, a1, a2 = TZ[key]
    if rule == "eu":
        return (1 + std // 60, 1 + dst // 60)
    if rule == "au":
        return (2, 3)
    return (2, 2)


def vtimezone(key, style="olson"):
    """Return list of unfolded content lines for a VTIMEZONE in a given client style.

    styles: olson (Apple/Google/Lightning-ish), lightning, windows (Exchange/Outlook),
            zimbra, apple, minimal
    """
    win, std, dst, rule, a1, a2 = TZ[key]
    L = ["BEGIN:VTIMEZONE"]
    if style == "windows":
        L.append("TZID:%s" % win)
        if rule is None:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:%s" % off_str(std),
                  "TZOFFSETTO:%s" % off_str(std), "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:%s" % off_str(std),
                  "TZOFFSETTO:%s" % off_str(std), "END:DAYLIGHT"]
        else:
            dh, sh = _trans_hours(key)
            drule, srule = _RULE_PARTS[rule]
            srule = srule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;")
            drule = drule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;")
            # Exchange writes BYDAY before BYMONTH
            def swap(r):
                m = re.match(r"(FREQ=YEARLY;INTERVAL=1;)(BYMONTH=\d+);(BYDAY=[^;]+)$", r)
                return m.group(1) + m.group(3) + ";" + m.group(2) if m else r
            L += ["BEGIN:STANDARD", "DTSTART:16010101T%02d0000" % sh,
                  "TZOFFSETFROM:%s" % off_str(dst), "TZOFFSETTO:%s" % off_str(std),
                  "RRULE:%s" % swap(srule), "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T%02d0000" % dh,
                  "TZOFFSETFROM:%s" % off_str(std), "TZOFFSETTO:%s" % off_str(dst),
                  "RRULE:%s" % swap(drule), "END:DAYLIGHT"]
        L.append("END:VTIMEZONE")
        return L
    if style == "zimbra":
        L.append('TZID:%s' % key)
        if rule is None:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETTO:%s" % off_str(std),
                  "TZOFFSETFROM:%s" % off_str(std), "TZNAME:%s" % a1, "END:STANDARD"]
        else:
            dh, sh = _trans_hours(key)
            drule, srule = _RULE_PARTS[rule]
            srule = srule.replace("FREQ=YEARLY;", "FREQ=YEARLY;WKST=MO;INTERVAL=1;")
            drule = drule.replace("FREQ=YEARLY;", "FREQ=YEARLY;WKST=MO;INTERVAL=1;")
            L += ["BEGIN:STANDARD", "DTSTART:16010101T%02d0000" % sh,
                  "TZOFFSETTO:%s" % off_str(std), "TZOFFSETFROM:%s" % off_str(dst),
                  "RRULE:%s" % srule, "TZNAME:%s" % a1, "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T%02d0000" % dh,
                  "TZOFFSETTO:%s" % off_str(dst), "TZOFFSETFROM:%s" % off_str(std),
                  "RRULE:%s" % drule, "TZNAME:%s" % a2, "END:DAYLIGHT"]
        L.append("END:VTIMEZONE")
        return L
    # olson-like styles
    L.append("TZID:%s" % key)
    if style in ("olson", "lightning"):
        L.append("X-LIC-LOCATION:%s" % key)
    if rule is None:
        L += ["BEGIN:STANDARD", "TZOFFSETFROM:%s" % off_str(std), "TZOFFSETTO:%s" % off_str(std),
              "TZNAME:%s" % a1, "DTSTART:19700101T000000", "END:STANDARD"]
    else:
        dh, sh = _trans_hours(key)
        drule, srule = _RULE_PARTS[rule]
        if style == "apple":
            L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:%s" % off_str(std), "RRULE:%s" % drule,
                  "DTSTART:19810329T%02d0000" % dh, "TZNAME:%s" % a2,
                  "TZOFFSETTO:%s" % off_str(dst), "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZOFFSETFROM:%s" % off_str(dst), "RRULE:%s" % srule,
                  "DTSTART:19961027T%02d0000" % sh, "TZNAME:%s" % a1,
                  "TZOFFSETTO:%s" % off_str(std), "END:STANDARD"]
        else:
            L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:%s" % off_str(std), "TZOFFSETTO:%s" % off_str(dst),
                  "TZNAME:%s" % a2, "DTSTART:19700329T%02d0000" % dh, "RRULE:%s" % drule,
                  "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZOFFSETFROM:%s" % off_str(dst), "TZOFFSETTO:%s" % off_str(std),
                  "TZNAME:%s" % a1, "DTSTART:19701025T%02d0000" % sh, "RRULE:%s" % srule,
                  "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L


# ---------------------------------------------------------------- iCalendar text

def esc(text, commas=True, semis=True):
    if text is None:
        return ""
    t = text.replace("\\", "\\\\")
    if semis:
        t = t.replace(";", "\\;")
    if commas:
        t = t.replace(",", "\\,")
    t = t.replace("\r\n", "\n").replace("\n", "\\n")
    return t


def esc_sloppy(text):
    """Hand-rolled tools: no comma escaping, newlines escaped."""
    return (text or "").replace("\r\n", "\n").replace("\n", "\\n")


def pval(v):
    if v is None:
        return ""
    if any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


def prop(name, value, params=()):
    s = name
    for k, v in params:
        s += ";%s=%s" % (k, v)
    return s + ":" + value


def fold(line, width=75, cont=" ", mode="octets"):
    """Fold one logical line.  mode: octets (RFC, no split inside UTF-8 char),
    chars (count characters, e.g. lazy tools), bytes (split anywhere, may cut UTF-8),
    none (no folding)."""
    if mode == "none":
        return [line]
    if mode == "chars":
        out, cur = [], line
        first = True
        while len(cur) > (width if first else width - len(cont)):
            n = width if first else width - len(cont)
            out.append(("" if first else cont) + cur[:n])
            cur = cur[n:]
            first = False
        out.append(("" if first else cont) + cur)
        return out
    b = line.encode("utf-8")
    if mode == "bytes":
        out, first = [], True
        while True:
            n = width if first else width - len(cont)
            if len(b) <= n:
                out.append((b"" if first else cont.encode()) + b)
                break
            out.append((b"" if first else cont.encode()) + b[:n])
            b = b[n:]
            first = False
        return out  # list of bytes!
    out, first = [], True
    while True:
        n = width if first else width - len(cont.encode())
        if len(b) <= n:
            out.append(("" if first else cont) + b.decode("utf-8"))
            break
        cut = n
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(("" if first else cont) + b[:cut].decode("utf-8"))
        b = b[cut:]
        first = False
    return out


def join_ics(lines, width=75, cont=" ", mode="octets", eol="\r\n", final_eol=True):
    """lines: unfolded content lines.  Returns bytes (UTF-8)."""
    chunks = []
    for ln in lines:
        f = fold(ln, width, cont, mode)
        for piece in f:
            chunks.append(piece if isinstance(piece, bytes) else piece.encode("utf-8"))
    data = eol.encode().join(chunks)
    if final_eol:
        data += eol.encode()
    return data


# ---------------------------------------------------------------- MIME helpers

def b64_body(data, linelen=76, eol="\r\n"):
    s = base64.b64encode(data).decode("ascii")
    return eol.join(s[i:i + linelen] for i in range(0, len(s), linelen)) + eol


def qp_body(data):
    """quoted-printable with CRLF line ends; data bytes with any line ends."""
    text = data.replace(b"\r\n", b"\n")
    enc = quopri.encodestring(text, quotetabs=False)
    enc = enc.replace(b"\n", b"\r\n")
    if not enc.endswith(b"\r\n"):
        enc += b"\r\n"
    return enc.decode("ascii")


def crlf_bytes(data):
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = data.replace(b"\n", b"\r\n")
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def encode_text(text, charset):
    cs = charset.lower()
    codec = {"gb2312": "gb2312", "big5": "big5", "iso-2022-jp": "iso2022_jp", "ks_c_5601-1987": "euc_kr",
             "tis-620": "tis_620", "windows-874": "cp874", "x-mac-roman": "mac_roman"}.get(cs, cs)
    return text.encode(codec)


class Part:
    """A leaf MIME part."""

    def __init__(self, ctype, data, cte="7bit", headers=None, order=None):
        self.ctype = ctype          # full Content-Type value (params included)
        self.data = data            # bytes (already in charset), raw
        self.cte = cte
        self.headers = headers or []  # extra (name, value)
        self.order = order or "ct-first"  # or "cte-first"

    def body(self):
        if self.cte == "base64":
            body = self.data if isinstance(self.data, str) else b64_body(self.data)
            return body.encode("ascii") if isinstance(body, str) else body
        if self.cte == "quoted-printable":
            return qp_body(self.data).encode("ascii")
        return crlf_bytes(self.data)

    def render(self):
        hs = []
        ct = ("Content-Type", self.ctype)
        te = ("Content-Transfer-Encoding", self.cte) if self.cte else None
        if self.order == "cte-first" and te:
            hs.append(te)
            hs.append(ct)
        else:
            hs.append(ct)
            if te:
                hs.append(te)
        hs += self.headers
        if self.order == "extra-first":
            hs = self.headers + [ct] + ([te] if te else [])
        head = "".join("%s: %s\r\n" % (k, v) for k, v in hs)
        if self.cte == "base64":
            body = self.data if isinstance(self.data, str) else b64_body(self.data)
            body = body.encode("ascii") if isinstance(body, str) else body
        elif self.cte == "quoted-printable":
            body = qp_body(self.data).encode("ascii")
        else:
            body = crlf_bytes(self.data)
        return head.encode("ascii") + b"\r\n" + body


class Multi:
    def __init__(self, subtype, boundary, parts, params="", headers=None, preamble=None, quote=True):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.params = params
        self.headers = headers or []
        self.preamble = preamble
        self.quote = quote

    @property
    def ctype(self):
        b = '"%s"' % self.boundary if self.quote else self.boundary
        return "multipart/%s; boundary=%s%s" % (self.subtype, b, self.params)

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\r\n"
        for p in self.parts:
            out += b"\r\n--" + self.boundary.encode() + b"\r\n" if out else b"--" + self.boundary.encode() + b"\r\n"
            out += p.render()
        out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
        return out

    def render(self):
        hs = [("Content-Type", self.ctype)] + self.headers
        head = "".join("%s: %s\r\n" % (k, v) for k, v in hs)
        return head.encode("ascii") + b"\r\n" + self.body()


class Embedded:
    """message/rfc822 part wrapping already rendered message bytes."""

    def __init__(self, raw, headers=None):
        self.raw = raw
        self.headers = headers or []
        self.ctype = "message/rfc822"

    def render(self):
        hs = [("Content-Type", "message/rfc822")] + self.headers
        head = "".join("%s: %s\r\n" % (k, v) for k, v in hs)
        return head.encode("ascii") + b"\r\n" + self.raw


# ---------------------------------------------------------------- header encoding

def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def enc_words(text, charset="utf-8", mode="B", maxlen=60):
    """Encode text as a sequence of RFC 2047 encoded words (space separated)."""
    cs_label = charset.upper() if charset.lower() != "utf-8" else ("UTF-8" if mode == "B" else "utf-8")
    if charset.lower() in ("utf-8",):
        cs_label = "UTF-8"
    words = []
    cur = ""
    for ch in text:
        trial = cur + ch
        raw = encode_text(trial, charset)
        est = len(base64.b64encode(raw)) if mode == "B" else len(_qenc(raw))
        if est > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = encode_text(w, charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs_label, base64.b64encode(raw).decode()))
        else:
            out.append("=?%s?Q?%s?=" % (cs_label, _qenc(raw)))
    return out


def _qenc(raw):
    s = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            s += "_"
        elif c.isalnum() and b < 128:
            s += c
        elif c in "!*+-/" and b < 128:
            s += c
        else:
            s += "=%02X" % b
    return s


def fold_header(name, value, width=76):
    """Fold a header at spaces; keeps tokens intact."""
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    tokens = value.split(" ")
    out = []
    cur = name + ":"
    for t in tokens:
        if len(cur) + 1 + len(t) > width and cur.strip() and not cur.endswith(":"):
            out.append(cur)
            cur = " " + t
        else:
            cur += " " + t
    out.append(cur)
    return "\r\n".join(out)


def hdr_text(text, charset="utf-8", mode="B"):
    """Unstructured header text; encodes if needed."""
    if not needs_enc(text):
        return text
    return " ".join(enc_words(text, charset, mode))


def addr(name, email, charset="utf-8", mode="B", quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if needs_enc(name):
        return "%s <%s>" % (" ".join(enc_words(name, charset, mode)), email)
    if quote_always or re.search(r'[(),.:;<>@\[\]"\\]', name):
        return '"%s" <%s>' % (name.replace('"', ""), email)
    return "%s <%s>" % (name, email)


def rfc5322_date(d_aware):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = int(d_aware.utcoffset().total_seconds() // 60)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[d_aware.weekday()], d_aware.day, months[d_aware.month - 1],
                                                d_aware.year, d_aware.hour, d_aware.minute, d_aware.second,
                                                off_str(off))


def rfc5322_date_padded(d_aware):
    s = rfc5322_date(d_aware)
    parts = s.split(" ")
    parts[1] = "%02d" % int(parts[1])
    return " ".join(parts)


def strip_html(h):
    h = re.sub(r"(?is)<(style|script|head|title).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</p>|</div>|</tr>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return re.sub(r"\n{3,}", "\n\n", h).strip()


def html_escape(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_text(s):
    """plain text -> html with <br> and links"""
    e = html_escape(s)
    e = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
    return e.replace("\n", "<br>\n")
