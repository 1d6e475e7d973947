"""Low-level helpers for the holdout19 generator: time zones, iCalendar
folding/escaping, RFC 2047 headers, MIME bodies.  Standard library only."""
import base64
import binascii
import calendar
import codecs
import datetime as dt
import string

UTC = dt.timezone.utc
CRLF = "\r\n"


class SafeDict(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(t, slots):
    if not t:
        return t
    return t.format_map(SafeDict(slots))


# ---------------------------------------------------------------- time zones
# olson: (windows name, std offset min, dst offset min or None, rule, std abbr, dst abbr)
TZ = {
    "Europe/London": ("GMT Standard Time", 0, 60, "eu", "GMT", "BST"),
    "Europe/Lisbon": ("GMT Standard Time", 0, 60, "eu", "WET", "WEST"),
    "Europe/Berlin": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Amsterdam": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Rome": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Zurich": ("W. Europe Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Paris": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Madrid": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Brussels": ("Romance Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Warsaw": ("Central European Standard Time", 60, 120, "eu", "CET", "CEST"),
    "Europe/Athens": ("GTB Standard Time", 120, 180, "eu", "EET", "EEST"),
    "Europe/Moscow": ("Russian Standard Time", 180, None, None, "MSK", None),
    "Europe/Istanbul": ("Turkey Standard Time", 180, None, None, "+03", None),
    "Asia/Jerusalem": ("Israel Standard Time", 120, 180, "il", "IST", "IDT"),
    "Asia/Riyadh": ("Arab Standard Time", 180, None, None, "+03", None),
    "Asia/Dubai": ("Arabian Standard Time", 240, None, None, "+04", None),
    "Asia/Kolkata": ("India Standard Time", 330, None, None, "IST", None),
    "Asia/Bangkok": ("SE Asia Standard Time", 420, None, None, "+07", None),
    "Asia/Shanghai": ("China Standard Time", 480, None, None, "CST", None),
    "Asia/Taipei": ("Taipei Standard Time", 480, None, None, "CST", None),
    "Asia/Tokyo": ("Tokyo Standard Time", 540, None, None, "JST", None),
    "Asia/Seoul": ("Korea Standard Time", 540, None, None, "KST", None),
    "America/New_York": ("Eastern Standard Time", -300, -240, "us", "EST", "EDT"),
    "America/Chicago": ("Central Standard Time", -360, -300, "us", "CST", "CDT"),
    "America/Denver": ("Mountain Standard Time", -420, -360, "us", "MST", "MDT"),
    "America/Los_Angeles": ("Pacific Standard Time", -480, -420, "us", "PST", "PDT"),
    "America/Sao_Paulo": ("E. South America Standard Time", -180, None, None, "-03", None),
    "America/Mexico_City": ("Central Standard Time (Mexico)", -360, None, None, "CST", None),
}


def _last_sun(y, m):
    d = dt.date(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sun(y, m, n):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def is_dst(tzid, local):
    rule = TZ[tzid][3]
    y = local.year
    if rule == "eu":
        a = dt.datetime.combine(_last_sun(y, 3), dt.time(2))
        b = dt.datetime.combine(_last_sun(y, 10), dt.time(3))
    elif rule == "us":
        a = dt.datetime.combine(_nth_sun(y, 3, 2), dt.time(2))
        b = dt.datetime.combine(_nth_sun(y, 11, 1), dt.time(2))
    elif rule == "il":
        a = dt.datetime.combine(_last_sun(y, 3) - dt.timedelta(days=2), dt.time(2))
        b = dt.datetime.combine(_last_sun(y, 10), dt.time(2))
    else:
        return False
    return a <= local < b


def offset_min(tzid, local):
    w, std, dst, rule, sa, da = TZ[tzid]
    return dst if (dst is not None and is_dst(tzid, local)) else std


def tzinfo_for(tzid, local):
    return dt.timezone(dt.timedelta(minutes=offset_min(tzid, local)))


def local_to_utc(tzid, local):
    return (local - dt.timedelta(minutes=offset_min(tzid, local))).replace(tzinfo=UTC)


def utc_to_local(tzid, u):
    naive = u.replace(tzinfo=None)
    guess = naive + dt.timedelta(minutes=TZ[tzid][1])
    return naive + dt.timedelta(minutes=offset_min(tzid, guess))


def abbr(tzid, local):
    w, std, dst, rule, sa, da = TZ[tzid]
    return da if (dst is not None and is_dst(tzid, local)) else sa


def fmt_off(mins):
    s = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (s, mins // 60, mins % 60)


def f_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def f_loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def f_date(d):
    return d.strftime("%Y%m%d")


def rfc2822(d):
    """d aware datetime -> 'Tue, 12 Mar 2024 10:15:02 +0100'"""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = int(d.utcoffset().total_seconds() // 60)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                               d.hour, d.minute, d.second, fmt_off(off))


def rfc2822_pad(d):
    s = rfc2822(d)
    # some MTAs use two-digit day
    parts = s.split(" ")
    parts[1] = "%02d" % int(parts[1])
    return " ".join(parts)


def vtimezone(tzid, style):
    """Return list of lines of a VTIMEZONE block in a client's style."""
    w, std, dst, rule, sa, da = TZ[tzid]
    L = ["BEGIN:VTIMEZONE"]
    if style == "ms":
        L.append("TZID:" + w)
        if dst is None:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(std), "END:STANDARD", "BEGIN:DAYLIGHT",
                  "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(std), "END:DAYLIGHT"]
        else:
            if rule == "us":
                srr, drr, sdt, ddt = "BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3", "16010101T020000", "16010101T020000"
            elif rule == "il":
                srr, drr, sdt, ddt = "BYDAY=-1SU;BYMONTH=10", "BYDAY=-1FR;BYMONTH=3", "16010101T020000", "16010101T020000"
            else:
                srr, drr, sdt, ddt = "BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3", "16010101T030000", "16010101T020000"
            if w == "GMT Standard Time":
                sdt = "16010101T020000"; ddt = "16010101T010000"
            L += ["BEGIN:STANDARD", "DTSTART:" + sdt, "TZOFFSETFROM:" + fmt_off(dst),
                  "TZOFFSETTO:" + fmt_off(std), "RRULE:FREQ=YEARLY;INTERVAL=1;" + srr, "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:" + ddt, "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(dst), "RRULE:FREQ=YEARLY;INTERVAL=1;" + drr, "END:DAYLIGHT"]
    elif style == "zimbra":
        L.append("TZID:" + tzid)
        if dst is None:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETTO:" + fmt_off(std),
                  "TZOFFSETFROM:" + fmt_off(std), "TZNAME:" + sa, "END:STANDARD"]
        else:
            m1, m2 = ("11", "3") if rule == "us" else ("10", "3")
            b1, b2 = ("1SU", "2SU") if rule == "us" else ("-1SU", "-1SU")
            L += ["BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETTO:" + fmt_off(std),
                  "TZOFFSETFROM:" + fmt_off(dst),
                  "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s" % (m1, b1),
                  "TZNAME:" + sa, "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                  "TZOFFSETTO:" + fmt_off(dst), "TZOFFSETFROM:" + fmt_off(std),
                  "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s" % (m2, b2),
                  "TZNAME:" + da, "END:DAYLIGHT"]
    else:  # olson styles: google, apple, moz, sabre, sogo
        L.append("TZID:" + tzid)
        if style in ("google", "moz"):
            L.append("X-LIC-LOCATION:" + tzid)
        if dst is None:
            L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std),
                  "TZNAME:" + sa, "DTSTART:19700101T000000", "END:STANDARD"]
        else:
            if rule == "us":
                s_rr, d_rr = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
                s_dt, d_dt = "19701101T020000", "19700308T020000"
            elif rule == "il":
                s_rr, d_rr = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR"
                s_dt, d_dt = "19701025T020000", "19700327T020000"
            else:
                s_rr, d_rr = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
                s_dt, d_dt = "19701025T030000", "19700329T020000"
                if std == 0:
                    s_dt, d_dt = "19701025T020000", "19700329T010000"
            if style == "apple":
                L += ["BEGIN:DAYLIGHT", "DTSTART:" + d_dt.replace("1970", "1981", 1), "RRULE:" + d_rr,
                      "TZNAME:" + da, "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst),
                      "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:" + s_dt.replace("1970", "1996", 1),
                      "RRULE:" + s_rr, "TZNAME:" + sa, "TZOFFSETFROM:" + fmt_off(dst),
                      "TZOFFSETTO:" + fmt_off(std), "END:STANDARD"]
            else:
                L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst),
                      "TZNAME:" + da, "DTSTART:" + d_dt, "RRULE:" + d_rr, "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst), "TZOFFSETTO:" + fmt_off(std),
                      "TZNAME:" + sa, "DTSTART:" + s_dt, "RRULE:" + s_rr, "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L


# ---------------------------------------------------------------- iCalendar text
def esc(text, commas=True):
    if text is None:
        return ""
    t = text.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        t = t.replace(",", "\\,")
    return t.replace("\r\n", "\n").replace("\n", "\\n")


def fold(line, width=75, sep="\r\n "):
    b = line.encode("utf-8")
    if len(b) <= width:
        return line
    out, cur, n, lim = [], "", 0, width
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > lim:
            out.append(cur)
            cur, n, lim = "", 0, width - len(sep) + 2
        cur += ch
        n += l
    out.append(cur)
    return sep.join(out)


def join_ics(lines, width=75, sep="\r\n ", eol="\r\n"):
    out = []
    for ln in lines:
        if width:
            f = fold(ln, width, sep)
            if eol != "\r\n":
                f = f.replace("\r\n", eol)
            out.append(f)
        else:
            out.append(ln)
    return eol.join(out) + eol


# ---------------------------------------------------------------- charsets / headers
_ALIASES = {"ks_c_5601-1987": "cp949", "x-sjis": "shift_jis", "windows-874": "cp874"}


def codec(cs):
    return _ALIASES.get(cs.lower(), cs)


def can_enc(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif x < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(text, cs="UTF-8", mode="B"):
    """RFC 2047 encoded words, split on character boundaries."""
    cd = codec(cs)
    pre = "=?%s?%s?" % (cs, mode)

    def enc(s):
        raw = s.encode(cd)
        return base64.b64encode(raw).decode() if mode == "B" else _q(raw)

    words, cur = [], ""
    for ch in text:
        t = cur + ch
        if cur and len(pre) + len(enc(t)) + 2 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = t
    if cur:
        words.append(cur)
    return " ".join(pre + enc(w) + "?=" for w in words)


def hv(text, cs="UTF-8", mode="B"):
    if not needs_enc(text):
        return text
    if not can_enc(text, cs):
        cs = "UTF-8"
    return ew(text, cs, mode)


def addr(name, email, cs="UTF-8", mode="B", quote="auto"):
    if not name:
        return email if quote != "angle" else "<%s>" % email
    if needs_enc(name):
        return "%s <%s>" % (hv(name, cs, mode), email)
    if quote == "always" or any(c in name for c in ',.;:@()"<>[]\'') and quote != "never":
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def fold_header(name, value, width=78, cont=" "):
    line = name + ": " + value
    if "\r\n" in value or len(line) <= width:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = cont + w if cont != " " else " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------- MIME
def enc_body(text, cs, cte, keep_eol=False):
    cd = codec(cs)
    if keep_eol:
        raw = text.encode(cd)
    else:
        raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cd)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n").encode()
    if cte == "quoted-printable":
        lines = raw.split(b"\r\n")
        if lines and lines[-1] == b"":
            lines = lines[:-1]
        enc = [binascii.b2a_qp(l, quotetabs=False, istext=False).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
               for l in lines]
        return b"\r\n".join(enc) + b"\r\n"
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return raw


class Part:
    def __init__(self, ctype, body=None, cte=None, headers=None, parts=None, boundary=None,
                 preamble=None, order=("ct", "cte", "h"), epilogue=None):
        self.ctype, self.body, self.cte = ctype, body, cte
        self.headers = headers or []
        self.parts, self.boundary, self.preamble = parts, boundary, preamble
        self.order, self.epilogue = order, epilogue

    def header_lines(self):
        H = []
        for o in self.order:
            if o == "ct":
                H.append("Content-Type: " + self.ctype)
            elif o == "cte" and self.cte:
                H.append("Content-Transfer-Encoding: " + self.cte)
            elif o == "h":
                H.extend(self.headers)
        return H

    def render_body(self):
        if self.parts is None:
            return self.body
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\r\n"
        for p in self.parts:
            out += b"\r\n--" + self.boundary.encode() + b"\r\n" if out else b"--" + self.boundary.encode() + b"\r\n"
            out += p.render()
        out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
        if self.epilogue:
            out += self.epilogue.encode() + b"\r\n"
        return out

    def render(self):
        hdr = "".join(h + "\r\n" for h in self.header_lines()).encode()
        body = self.render_body()
        if body.endswith(b"\r\n") and self.parts is None:
            body = body[:-2]
        return hdr + b"\r\n" + body


def text_part(text, cs, cte, ct='text/plain; charset="{cs}"', headers=None, keep_eol=False, order=("ct", "cte", "h")):
    if not can_enc(text, cs):
        cs = "UTF-8" if cs.isupper() else "utf-8"
        if cte in ("7bit",):
            cte = "base64"
    if cte == "7bit" and any(ord(c) > 127 for c in text) and codec(cs) != "iso2022_jp":
        cte = "quoted-printable"
    if cte == "8bit" and codec(cs) == "iso2022_jp":
        cte = "7bit"
    return Part(ct.format(cs=cs), enc_body(text, cs, cte, keep_eol), cte, headers, order=order)
