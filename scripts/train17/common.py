"""Shared helpers for the train17 generator: dates, time zones, MIME/iCalendar encoding."""
import base64
import datetime as dt
import hashlib
import quopri
import random

R = random.Random(17017)          # the one deterministic RNG used everywhere

UTC = dt.timezone.utc


def seed(n):
    R.seed(n)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4(upper=False):
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


# ---------------------------------------------------------------- time zones
def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(year, month):
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


class TZ:
    def __init__(self, tzid, win, std, dst, rule, sabb, dabb):
        self.tzid, self.win, self.std, self.dst, self.rule = tzid, win, std, dst, rule
        self.sabb, self.dabb = sabb, dabb

    def _dst_range_utc(self, year):
        """DST interval in UTC for the given year (naive datetimes)."""
        s, d = dt.timedelta(minutes=self.std), dt.timedelta(minutes=self.dst)
        if self.rule == "EU":
            a = dt.datetime.combine(_last_sunday(year, 3), dt.time(1))
            b = dt.datetime.combine(_last_sunday(year, 10), dt.time(1))
        elif self.rule == "US":
            a = dt.datetime.combine(_nth_sunday(year, 3, 2), dt.time(2)) - s
            b = dt.datetime.combine(_nth_sunday(year, 11, 1), dt.time(2)) - d
        elif self.rule == "IL":
            a = dt.datetime.combine(_last_sunday(year, 3) - dt.timedelta(days=2), dt.time(2)) - s
            b = dt.datetime.combine(_last_sunday(year, 10), dt.time(2)) - d
        elif self.rule == "AU":   # southern hemisphere: DST outside [a, b)
            a = dt.datetime.combine(_nth_sunday(year, 4, 1), dt.time(3)) - d
            b = dt.datetime.combine(_nth_sunday(year, 10, 1), dt.time(2)) - s
        else:
            return None
        return a, b

    def offset_at_utc(self, u):
        u = u.replace(tzinfo=None)
        r = self._dst_range_utc(u.year)
        if r is None:
            return self.std
        a, b = r
        if self.rule == "AU":
            return self.std if a <= u < b else self.dst
        return self.dst if a <= u < b else self.std

    def to_utc(self, local):
        """local naive -> aware UTC"""
        off = self.std
        u = local - dt.timedelta(minutes=off)
        off = self.offset_at_utc(u)
        return (local - dt.timedelta(minutes=off)).replace(tzinfo=UTC)

    def to_local(self, u):
        return (u + dt.timedelta(minutes=self.offset_at_utc(u))).replace(tzinfo=None)

    def vtimezone(self, style="olson", year=2024):
        """Return list of iCalendar lines for a VTIMEZONE block."""
        name = self.win if style == "windows" else self.tzid
        L = ["BEGIN:VTIMEZONE", "TZID:" + name]
        if style == "olson-lic":
            L.append("X-LIC-LOCATION:" + self.tzid)

        def off(m):
            sg = "+" if m >= 0 else "-"
            m = abs(m)
            return "%s%02d%02d" % (sg, m // 60, m % 60)
        if self.rule is None:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000" if style == "windows" else "DTSTART:19700101T000000",
                  "TZOFFSETFROM:" + off(self.std), "TZOFFSETTO:" + off(self.std)]
            if style != "windows":
                L.append("TZNAME:" + self.sabb)
            L.append("END:STANDARD")
        else:
            rules = {
                "EU": (("3", "-1SU", "020000"), ("10", "-1SU", "030000")),
                "US": (("3", "2SU", "020000"), ("11", "1SU", "020000")),
                "IL": (("3", "-1FR", "020000"), ("10", "-1SU", "020000")),
                "AU": (("10", "1SU", "020000"), ("4", "1SU", "030000")),
            }[self.rule]
            dst_r, std_r = rules
            base = "1601" if style == "windows" else "1970"

            def first(rr):
                mon, byday, t = rr
                mon = int(mon)
                if byday.startswith("-1"):
                    wd = {"SU": 6, "FR": 4}[byday[2:]]
                    d = dt.date(int(base), mon + 1, 1) if mon < 12 else dt.date(int(base) + 1, 1, 1)
                    d -= dt.timedelta(days=1)
                    while d.weekday() != wd:
                        d -= dt.timedelta(days=1)
                else:
                    n = int(byday[0])
                    d = dt.date(int(base), mon, 1)
                    while d.weekday() != 6:
                        d += dt.timedelta(days=1)
                    d += dt.timedelta(weeks=n - 1)
                return d.strftime("%Y%m%d") + "T" + t
            for kind, rr, frm, to, ab in (("STANDARD", std_r, self.dst, self.std, self.sabb),
                                          ("DAYLIGHT", dst_r, self.std, self.dst, self.dabb)):
                L += ["BEGIN:" + kind, "DTSTART:" + first(rr),
                      "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % (rr[0], rr[1]) if style != "windows"
                      else "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (rr[1], rr[0]),
                      "TZOFFSETFROM:" + off(frm), "TZOFFSETTO:" + off(to)]
                if style != "windows":
                    L.append("TZNAME:" + ab)
                L.append("END:" + kind)
        L.append("END:VTIMEZONE")
        return L


TZS = {t.tzid: t for t in [
    TZ("Europe/Berlin", "W. Europe Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/Paris", "Romance Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/Madrid", "Romance Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/Rome", "W. Europe Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/Amsterdam", "W. Europe Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/Warsaw", "Central European Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/Prague", "Central Europe Standard Time", 60, 120, "EU", "CET", "CEST"),
    TZ("Europe/London", "GMT Standard Time", 0, 60, "EU", "GMT", "BST"),
    TZ("Europe/Lisbon", "GMT Standard Time", 0, 60, "EU", "WET", "WEST"),
    TZ("Europe/Athens", "GTB Standard Time", 120, 180, "EU", "EET", "EEST"),
    TZ("Europe/Istanbul", "Turkey Standard Time", 180, 180, None, "+03", "+03"),
    TZ("Europe/Moscow", "Russian Standard Time", 180, 180, None, "MSK", "MSK"),
    TZ("America/New_York", "Eastern Standard Time", -300, -240, "US", "EST", "EDT"),
    TZ("America/Chicago", "Central Standard Time", -360, -300, "US", "CST", "CDT"),
    TZ("America/Los_Angeles", "Pacific Standard Time", -480, -420, "US", "PST", "PDT"),
    TZ("America/Sao_Paulo", "E. South America Standard Time", -180, -180, None, "-03", "-03"),
    TZ("America/Mexico_City", "Central Standard Time (Mexico)", -360, -360, None, "CST", "CST"),
    TZ("Asia/Tokyo", "Tokyo Standard Time", 540, 540, None, "JST", "JST"),
    TZ("Asia/Seoul", "Korea Standard Time", 540, 540, None, "KST", "KST"),
    TZ("Asia/Shanghai", "China Standard Time", 480, 480, None, "CST", "CST"),
    TZ("Asia/Taipei", "Taipei Standard Time", 480, 480, None, "CST", "CST"),
    TZ("Asia/Hong_Kong", "China Standard Time", 480, 480, None, "HKT", "HKT"),
    TZ("Asia/Kolkata", "India Standard Time", 330, 330, None, "IST", "IST"),
    TZ("Asia/Bangkok", "SE Asia Standard Time", 420, 420, None, "+07", "+07"),
    TZ("Asia/Jerusalem", "Israel Standard Time", 120, 180, "IL", "IST", "IDT"),
    TZ("Asia/Dubai", "Arabian Standard Time", 240, 240, None, "+04", "+04"),
    TZ("Asia/Riyadh", "Arab Standard Time", 180, 180, None, "+03", "+03"),
    TZ("Africa/Cairo", "Egypt Standard Time", 120, 120, None, "EET", "EET"),
    TZ("Africa/Lagos", "W. Central Africa Standard Time", 60, 60, None, "WAT", "WAT"),
    TZ("Australia/Sydney", "AUS Eastern Standard Time", 600, 660, "AU", "AEST", "AEDT"),
    TZ("Asia/Singapore", "Singapore Standard Time", 480, 480, None, "+08", "+08"),
]}


def fmt_offset(minutes):
    sg = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%02d" % (sg, m // 60, m % 60)


def rfc2822_date(u, tz):
    """u aware UTC -> 'Tue, 12 Mar 2024 10:15:02 +0100' in tz local time."""
    off = tz.offset_at_utc(u) if isinstance(tz, TZ) else tz
    loc = u.replace(tzinfo=None) + dt.timedelta(minutes=off)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (days[loc.weekday()], loc.day, mons[loc.month - 1], loc.year,
                                               loc.hour, loc.minute, loc.second, fmt_offset(off))


def ical_utc(u):
    return u.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar text
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def ics_escape_sloppy(s):
    # hand-rolled tools often forget to escape commas/semicolons
    return s.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line, limit=75, mode="octet"):
    """Fold a content line. mode: octet (RFC, never split UTF-8), char (count characters),
    none (no folding), tab (continuation with TAB)."""
    if mode == "none":
        return [line]
    lead = "\t" if mode == "tab" else " "
    out = []
    if mode == "char" or mode == "tab":
        first = True
        while line:
            n = limit if first else limit - 1
            out.append(("" if first else lead) + line[:n])
            line = line[n:]
            first = False
        return out
    cur, size, first = "", 0, True
    for ch in line:
        b = len(ch.encode("utf-8"))
        cap = limit if first else limit - 1
        if size + b > cap:
            out.append(("" if first else lead) + cur)
            cur, size, first = "", 0, False
        cur += ch
        size += b
    out.append(("" if first else lead) + cur)
    return out


def ics_join(lines, fold_mode="octet", eol="\r\n", limit=75):
    res = []
    for ln in lines:
        res.extend(fold(ln, limit, fold_mode))
    return eol.join(res) + eol


# ---------------------------------------------------------------- MIME helpers
CODEC = {"windows-874": "cp874", "tis-620": "tis-620", "x-mac-roman": "mac-roman"}


def codec_of(cs):
    return CODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec_of(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def qp_encode(data):
    """quoted-printable encode bytes that may contain CRLF; returns str with CRLF."""
    lines = data.split(b"\r\n")
    out = []
    for ln in lines:
        enc = quopri.encodestring(ln, quotetabs=False).decode("ascii")
        enc = enc.replace("\n", "\r\n")
        if enc.endswith("\r\n"):
            enc = enc[:-2]
        out.append(enc)
    return "\r\n".join(out)


def b64_encode(data, width=76, eol="\r\n"):
    s = base64.b64encode(data).decode()
    return eol.join(s[i:i + width] for i in range(0, len(s), width))


def encode_body(text, charset, cte, crlf=True):
    """text str -> (bytes body, charset, cte)."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(codec_of(charset))
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable" if charset.lower() != "iso-2022-jp" else "7bit"
    if cte == "base64":
        body = b64_encode(data)
        return body.encode(), cte
    if cte == "quoted-printable":
        return qp_encode(data).encode(), cte
    return data, cte


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (possibly several, joined by CRLF SPACE)."""
    if all(ord(c) < 127 for c in text):
        return text
    if not can_encode(text, charset):
        charset = "utf-8"
    codec = codec_of(charset)
    words, chunk = [], ""
    maxlen = 75 - len("=?%s?B??=" % charset)

    def enc_chunk(c):
        raw = c.encode(codec)
        if enc == "B":
            return base64.b64encode(raw).decode()
        out = ""
        for b in raw:
            ch = chr(b)
            if ch == " ":
                out += "_"
            elif ch.isalnum() and b < 128:
                out += ch
            else:
                out += "=%02X" % b
        return out
    for ch in text:
        if len(enc_chunk(chunk + ch)) > maxlen and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    return "\r\n ".join("=?%s?%s?%s?=" % (charset, enc, enc_chunk(w)) for w in words)


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return "<%s>" % email if chance(0.3) else email
    if all(ord(c) < 127 for c in name):
        if quote or any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def boundary(style="generic"):
    if style == "google":
        return "000000000000" + hexs(12)
    if style == "outlook":
        return "_000_" + alnum(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "apple":
        return "Apple-Mail=_" + uuid4(True)
    if style == "thunderbird":
        return "------------" + alnum(24)
    if style == "zimbra":
        return "=_" + uuid4()
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (R.randrange(10**6, 10**7), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13))
    if style == "java":
        return "----=_Part_%d_%d.%d" % (R.randrange(1000, 99999), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13))
    if style == "php":
        return "b1_" + alnum(40)
    if style == "symfony":
        return alnum(8)
    if style == "python":
        return "===============%s==" % digits(19)
    if style == "nodemailer":
        return "--_NmP-" + hexs(16) + "-Part_1"
    return "=_" + hexs(24)


def fake_dkim(d, s, heads, t, extra="", algo="rsa-sha256"):
    bh = base64.b64encode(hashlib.sha256((d + s + str(t) + extra).encode()).digest()).decode()
    sig = b64(256 if algo == "rsa-sha256" else 64)
    h = ":".join(heads)
    lines = ["DKIM-Signature: v=1; a=%s; c=relaxed/relaxed; d=%s;" % (algo, d),
             "\ts=%s; t=%d;" % (s, t), "\th=" + h[:66]]
    rest = h[66:]
    while rest:
        lines.append("\t " + rest[:70])
        rest = rest[70:]
    lines[-1] += ";"
    lines.append("\tbh=%s;" % bh)
    bval = "b=" + sig
    lines.append("\t" + bval[:70])
    bval = bval[70:]
    while bval:
        lines.append("\t " + bval[:70])
        bval = bval[70:]
    return "\r\n".join(lines)


def slug(s):
    out = "".join(c.lower() if c.isalnum() and ord(c) < 128 else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")
