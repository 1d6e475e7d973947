"""Shared helpers for the train12 corpus generator: time zones, iCalendar
lines, MIME encoding, random identifiers.  Python standard library only."""
import base64
import datetime as dt
import random
import string
import uuid

CRLF = "\r\n"

# ---------------------------------------------------------------------------
# time zones (own rule table, independent of the system tz database)
# key: (windows name, std offset min, dst offset min or None, rule, std abbr, dst abbr)
TZ = {
    "Europe/Berlin": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Amsterdam": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Rome": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Stockholm": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Vienna": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Zurich": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Paris": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Madrid": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Brussels": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Warsaw": ("Central European Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Prague": ("Central Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/London": ("GMT Standard Time", 0, 60, "eu", "GMT", "BST"),
    "Europe/Lisbon": ("GMT Standard Time", 0, 60, "eu", "WET", "WEST"),
    "Europe/Dublin": ("GMT Standard Time", 0, 60, "eu", "GMT", "IST"),
    "Europe/Athens": ("GTB Standard Time", 120, 180, "eu", "EET", "EEST"),
    "Europe/Kiev": ("FLE Standard Time", 120, 180, "eu", "EET", "EEST"),
    "Europe/Moscow": ("Russian Standard Time", 180, None, "", "MSK", ""),
    "Europe/Istanbul": ("Turkey Standard Time", 180, None, "", "+03", ""),
    "Asia/Jerusalem": ("Israel Standard Time", 120, 180, "il", "IST", "IDT"),
    "Asia/Riyadh": ("Arab Standard Time", 180, None, "", "+03", ""),
    "Asia/Dubai": ("Arabian Standard Time", 240, None, "", "+04", ""),
    "Africa/Cairo": ("Egypt Standard Time", 120, None, "", "EET", ""),
    "Asia/Kolkata": ("India Standard Time", 330, None, "", "IST", ""),
    "Asia/Bangkok": ("SE Asia Standard Time", 420, None, "", "+07", ""),
    "Asia/Shanghai": ("China Standard Time", 480, None, "", "CST", ""),
    "Asia/Hong_Kong": ("China Standard Time", 480, None, "", "HKT", ""),
    "Asia/Taipei": ("Taipei Standard Time", 480, None, "", "CST", ""),
    "Asia/Singapore": ("Singapore Standard Time", 480, None, "", "+08", ""),
    "Asia/Tokyo": ("Tokyo Standard Time", 540, None, "", "JST", ""),
    "Asia/Seoul": ("Korea Standard Time", 540, None, "", "KST", ""),
    "America/New_York": ("Eastern Standard Time", -300, -240, "us", "EST", "EDT"),
    "America/Chicago": ("Central Standard Time", -360, -300, "us", "CST", "CDT"),
    "America/Denver": ("Mountain Standard Time", -420, -360, "us", "MST", "MDT"),
    "America/Los_Angeles": ("Pacific Standard Time", -480, -420, "us", "PST", "PDT"),
    "America/Toronto": ("Eastern Standard Time", -300, -240, "us", "EST", "EDT"),
    "America/Sao_Paulo": ("E. South America Standard Time", -180, None, "", "-03", ""),
    "America/Mexico_City": ("Central Standard Time (Mexico)", -360, None, "", "CST", ""),
    "Australia/Sydney": ("AUS Eastern Standard Time", 600, 660, "au", "AEST", "AEDT"),
    "UTC": ("UTC", 0, None, "", "UTC", ""),
}


def _nth_weekday(year, month, weekday, n):
    """n>0: n-th weekday of month; n=-1: last one. weekday 0=Mon..6=Sun"""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nm = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nm - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def is_dst(zone, local):
    w, so, do, rule, *_ = TZ[zone]
    if do is None:
        return False
    y = local.year
    if rule == "eu":
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, -1), dt.time(1)) + dt.timedelta(minutes=so)
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1)) + dt.timedelta(minutes=do)
        return a <= local < b
    if rule == "us":
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, 2), dt.time(2))
        b = dt.datetime.combine(_nth_weekday(y, 11, 6, 1), dt.time(2))
        return a <= local < b
    if rule == "il":
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), dt.time(2))
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(2))
        return a <= local < b
    if rule == "au":
        a = dt.datetime.combine(_nth_weekday(y, 4, 6, 1), dt.time(3))
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, 1), dt.time(2))
        return local < a or local >= b
    return False


def utc_offset(zone, local):
    w, so, do, *_ = TZ[zone]
    return do if is_dst(zone, local) else so


def to_utc(zone, local):
    return local - dt.timedelta(minutes=utc_offset(zone, local))


def to_local(zone, utc):
    loc = utc + dt.timedelta(minutes=TZ[zone][1])
    if is_dst(zone, loc):
        loc = utc + dt.timedelta(minutes=TZ[zone][2])
    return loc


def tzabbr(zone, local):
    e = TZ[zone]
    return e[5] if is_dst(zone, local) else e[4]


def fmt_off(m, colon=False):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%s%02d" % (s, m // 60, ":" if colon else "", m % 60)


def _rule_parts(zone):
    w, so, do, rule, sa, da = TZ[zone]
    if rule == "eu":
        st = dt.time((60 + so) // 60 % 24)
        en = dt.time((60 + do) // 60 % 24)
        return (3, "-1SU", st, None), (10, "-1SU", en, None)
    if rule == "us":
        return (3, "2SU", dt.time(2), None), (11, "1SU", dt.time(2), None)
    if rule == "il":
        return (3, "FR", dt.time(2), "23,24,25,26,27,28,29"), (10, "-1SU", dt.time(2), None)
    if rule == "au":
        return (10, "1SU", dt.time(2), None), (4, "1SU", dt.time(3), None)
    return None


def _first_in_year(year, month, byday, monthday):
    if monthday:
        for d in range(23, 30):
            if dt.date(year, month, d).weekday() == 4:
                return dt.date(year, month, d)
    n = int(byday[:-2]) if len(byday) > 2 else 1
    return _nth_weekday(year, month, 6, n)


def vtimezone(zone, style):
    """Return VTIMEZONE lines for a zone in the flavour of a client."""
    w, so, do, rule, sa, da = TZ[zone]
    tzid = w if style == "olk" else zone
    L = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if style == "lic":
        L.append("X-LIC-LOCATION:" + zone)
    parts = _rule_parts(zone)
    if parts is None:
        if style == "olk":
            for comp in ("STANDARD", "DAYLIGHT"):
                L += ["BEGIN:" + comp, "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(so),
                      "TZOFFSETTO:" + fmt_off(so), "END:" + comp]
        elif style == "apple":
            L += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZNAME:" + sa,
                  "TZOFFSETFROM:" + fmt_off(so), "TZOFFSETTO:" + fmt_off(so), "END:STANDARD"]
        elif style == "zimbra":
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETTO:" + fmt_off(so),
                  "TZOFFSETFROM:" + fmt_off(so), "TZNAME:" + sa, "END:STANDARD"]
        else:
            L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(so), "TZOFFSETTO:" + fmt_off(so),
                  "TZNAME:" + sa, "DTSTART:19700101T000000", "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    (dm, dby, dtm, dmd), (sm, sby, stm, smd) = parts

    def rr(month, by, md, style):
        if style == "olk":
            if md:
                return "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=%d" % month
            return "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (by, month)
        if style == "zimbra":
            return "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s" % (month, by)
        if md:
            return "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s;BYMONTHDAY=%s" % (month, by, md)
        return "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (month, by)

    def comp(kind, month, by, tm, md, frm, to, name):
        if style == "olk":
            start = "16010101T%02d%02d00" % (tm.hour, tm.minute)
            return ["BEGIN:" + kind, "DTSTART:" + start, "TZOFFSETFROM:" + fmt_off(frm),
                    "TZOFFSETTO:" + fmt_off(to), rr(month, by, md, style), "END:" + kind]
        if style == "zimbra":
            start = "16010101T%02d%02d00" % (tm.hour, tm.minute)
            return ["BEGIN:" + kind, "DTSTART:" + start, "TZOFFSETTO:" + fmt_off(to),
                    "TZOFFSETFROM:" + fmt_off(frm), rr(month, by, md, style), "TZNAME:" + name,
                    "END:" + kind]
        if style == "apple":
            y = 2007 if rule == "us" else (1996 if kind == "STANDARD" else 1981)
            d = _first_in_year(y, month, by, md)
            return ["BEGIN:" + kind, "DTSTART:%s" % d.strftime("%Y%m%d") + "T%02d%02d00" % (tm.hour, tm.minute),
                    rr(month, by, md, style), "TZNAME:" + name, "TZOFFSETFROM:" + fmt_off(frm),
                    "TZOFFSETTO:" + fmt_off(to), "END:" + kind]
        d = _first_in_year(1970, month, by, md)
        return ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(frm), "TZOFFSETTO:" + fmt_off(to),
                "TZNAME:" + name, "DTSTART:%sT%02d%02d00" % (d.strftime("%Y%m%d"), tm.hour, tm.minute),
                rr(month, by, md, style), "END:" + kind]

    std = comp("STANDARD", sm, sby, stm, smd, do, so, sa)
    day = comp("DAYLIGHT", dm, dby, dtm, dmd, so, do, da)
    L += (std + day) if style in ("olk", "zimbra") else (day + std)
    L.append("END:VTIMEZONE")
    return L


# ---------------------------------------------------------------------------
# iCalendar text helpers

def esc(s):
    if s is None:
        return ""
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def esc_loose(s):
    """Sloppy escaping as done by many hand-written generators (commas kept)."""
    return s.replace("\r\n", "\\n").replace("\n", "\\n")


def pval(v):
    if any(c in v for c in ':;,'):
        return '"%s"' % v
    return v


def prop(name, value, params=()):
    s = name
    for k, v in params:
        s += ";%s=%s" % (k, pval(v))
    return s + ":" + value


def fold(line, mode="octet", width=75):
    if mode == "none" or len(line.encode("utf-8")) <= width:
        return [line]
    out = []
    if mode == "char":
        first = True
        while line:
            w = width if first else width - 1
            out.append(("" if first else " ") + line[:w])
            line = line[w:]
            first = False
        return out
    cur = ""
    cur_len = 0
    limit = width
    for ch in line:
        b = len(ch.encode("utf-8"))
        if cur_len + b > limit:
            out.append(cur)
            cur = " " + ch
            cur_len = 1 + b
        else:
            cur += ch
            cur_len += b
    out.append(cur)
    return out


def join_ics(lines, mode="octet", width=75, eol=CRLF):
    phys = []
    for l in lines:
        phys += fold(l, mode, width)
    return eol.join(phys) + eol


def icsdt(d, utc=False):
    return d.strftime("%Y%m%dT%H%M%S") + ("Z" if utc else "")


def icsdate(d):
    return d.strftime("%Y%m%d")


# ---------------------------------------------------------------------------
# MIME helpers

LEGACY_CS = {
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"],
    "pt": ["iso-8859-1", "windows-1252"],
    "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"],
    "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"],
    "ar": ["windows-1256", "iso-8859-6"],
    "he": ["windows-1255", "iso-8859-8-i"],
    "zh": ["gb2312", "gbk", "gb18030"],
    "zh-tw": ["big5"],
    "ja": ["iso-2022-jp", "shift_jis"],
    "ko": ["euc-kr", "ks_c_5601-1987"],
    "th": ["tis-620"],
    "tr": ["iso-8859-9", "windows-1254"],
    "en": ["us-ascii", "iso-8859-1", "windows-1252"],
    "hi": [],
}

CODEC = {"iso-8859-8-i": "iso-8859-8", "ks_c_5601-1987": "euc-kr", "tis-620": "cp874",
         "windows-874": "cp874", "us-ascii": "ascii"}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def enc_text(text, cs):
    """Encode text into charset cs, falling back to utf-8. Returns (bytes, cs)."""
    if can_encode(text, cs):
        return text.encode(codec(cs)), cs
    return text.encode("utf-8"), "utf-8"


def b64lines(data, width=76, eol=CRLF):
    s = base64.b64encode(data).decode("ascii")
    return eol.join(s[i:i + width] for i in range(0, len(s), width)) + eol


def qp_encode(data):
    """Quoted-printable for bytes whose logical line breaks are \\n or \\r\\n."""
    text_lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for ln in text_lines:
        enc = []
        for i, byte in enumerate(ln):
            c = chr(byte)
            if (33 <= byte <= 126 and c != "=") or (c in " \t" and i < len(ln) - 1):
                enc.append(c)
            else:
                enc.append("=%02X" % byte)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return CRLF.join(out)


def body_encode(text, cs, cte):
    """Return (encoded str/bytes for the MIME body, charset, cte)."""
    data, cs = enc_text(text.replace("\r\n", "\n").replace("\n", "\r\n"), cs)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    if cs.lower() == "iso-2022-jp" and cte == "quoted-printable":
        cte = "7bit"
    if cte == "base64":
        return b64lines(data).encode("ascii"), cs, cte
    if cte == "quoted-printable":
        return (qp_encode(data) + CRLF).encode("ascii"), cs, cte
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data, cs, cte


def hdr_word(s, cs="utf-8", mode="B"):
    """RFC 2047 encode s if not ASCII. Splits into several words when long."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if not can_encode(s, cs):
        cs = "utf-8"
    if cs.lower() == "iso-2022-jp":
        mode = "B"
    words = []
    chunk = ""
    for ch in s:
        trial = chunk + ch
        raw = trial.encode(codec(cs))
        n = (len(raw) + 2) // 3 * 4 if mode == "B" else len(raw) * 3
        if n > 45 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(codec(cs))
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode()))
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ("_" if b == 32 else "=%02X" % b) for b in raw)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return (CRLF + " ").join(out)


def addr(name, a, cs="utf-8", mode="B", quote=True):
    if not name:
        return a
    try:
        name.encode("ascii")
        if quote and any(c in name for c in ',.;:()<>@"[]') or quote == "always":
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr_word(name, cs, mode), a)


def fold_header(name, value, width=78):
    """Fold a structured header at '; ' / ', ' boundaries if too long."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or CRLF in value:
        return line
    out = []
    cur = name + ":"
    for tok in _split_keep(value):
        if len(cur) + len(tok) > width and cur.strip() not in (name + ":",):
            out.append(cur)
            cur = "\t" + tok.lstrip() if tok.startswith(" ") else "\t" + tok
        else:
            cur += tok
    out.append(cur)
    return CRLF.join(out)


def _split_keep(v):
    toks = []
    cur = " "
    for i, ch in enumerate(v):
        cur += ch
        if ch in ";," and i + 1 < len(v) and v[i + 1] == " ":
            toks.append(cur)
            cur = ""
    toks.append(cur)
    return toks


class Part:
    def __init__(self, ctype, params=None, headers=None, body=b"", children=None, boundary=None,
                 preamble=None):
        self.ctype = ctype
        self.params = params or []
        self.headers = headers or []
        self.body = body
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble

    def ct_header(self):
        v = self.ctype
        for k, val in self.params:
            if val is None:
                continue
            if k == "_raw":
                v += "; " + val
            elif k.startswith("!"):
                v += "; %s=%s" % (k[1:], val)
            else:
                v += '; %s="%s"' % (k, val)
        return v


def leaf(ctype, text, cs, cte, extra_params=(), headers=(), cs_param=True, quote_cs=True,
         ct_fold=True):
    body, cs2, cte2 = body_encode(text, cs, cte)
    params = []
    if cs_param:
        params.append(("charset" if quote_cs else "!charset", cs2 if cs2 != "ascii" else "us-ascii"))
    params += list(extra_params)
    p = Part(ctype, params, [("Content-Transfer-Encoding", cte2)] + list(headers), body)
    return p


def leaf_bytes(ctype, data, params=(), headers=(), cte="base64", eol=CRLF):
    if cte == "base64":
        body = b64lines(data, eol=eol).encode("ascii")
        if eol != CRLF:
            body = body.replace(b"\n", b"\r\n") if False else body
    else:
        body = data
    return Part(ctype, list(params), [("Content-Transfer-Encoding", cte)] + list(headers), body)


def serialize(headers, part, top=True):
    """headers: list of (name, value) or raw 'Name: value' strings for the top level."""
    out = []
    for h in headers:
        if isinstance(h, str):
            out.append(h)
        else:
            out.append(fold_header(h[0], h[1]) if CRLF not in h[1] else "%s: %s" % h)
    b = "".encode()
    head = CRLF.join(out)
    if part.children:
        one = part.ct_header() + '; boundary="%s"' % part.boundary
        fb = getattr(part, "fold_boundary", None)
        if fb is None:
            fb = len(one) > 64
        ct = part.ct_header() + ';' + CRLF + '\tboundary="%s"' % part.boundary if fb else one
        head += (CRLF if head else "") + "Content-Type: " + ct
        for k, v in part.headers:
            head += CRLF + "%s: %s" % (k, v)
        body = b""
        if part.preamble:
            body += part.preamble.encode() + b"\r\n"
        for c in part.children:
            body += ("\r\n--%s\r\n" % part.boundary).encode() if body else ("--%s\r\n" % part.boundary).encode()
            body += serialize([], c, top=False)
        body += ("\r\n--%s--\r\n" % part.boundary).encode()
        return (head + CRLF + CRLF).encode("ascii") + body
    ct = part.ct_header()
    head += (CRLF if head else "") + fold_header("Content-Type", ct)
    for k, v in part.headers:
        head += CRLF + ("%s: %s" % (k, v) if CRLF in v else fold_header(k, v))
    body = part.body
    if body.endswith(b"\r\n") and not top:
        body = body[:-2]
    return (head + CRLF + CRLF).encode("ascii") + body


# ---------------------------------------------------------------------------
# random identifiers

class R(random.Random):
    def hex(self, n):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return self.hex(n).upper()

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return "".join(self.choice(chars) for _ in range(n))

    def lower(self, n):
        return self.alnum(n, string.ascii_lowercase + string.digits)

    def uuid(self):
        return str(uuid.UUID(int=self.getrandbits(128), version=4))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode()

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def ip4(self, net=None):
        net = net or self.choice(["192.0.2", "198.51.100", "203.0.113"])
        return "%s.%d" % (net, self.randint(2, 254))

    def ip6(self):
        return "2001:db8:%x:%x::%x" % (self.randint(1, 0xffff), self.randint(1, 0xffff),
                                        self.randint(1, 0xfff))

    def pick(self, seq, k):
        return self.sample(list(seq), k)


def rfc2822(d, off_min=0):
    """d is naive UTC; render in a local offset."""
    loc = d + dt.timedelta(minutes=off_min)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[loc.weekday()], loc.day, mons[loc.month - 1],
                                               loc.year, loc.hour, loc.minute, loc.second,
                                               fmt_off(off_min))
