"""Rendering engine for the holdout2 corpus (stdlib only, deterministic).

A message is described by a small dict (a "spec", see specs_spam.py and
specs_ham.py) and rendered here into an RFC 5322 message in the layout of a
real sending client: Google Calendar, Exchange Online / Teams, Outlook
desktop, Thunderbird, iCloud, Zoom, booking SaaS, mass mailers and spam kits.
All randomness comes from a per-message random.Random seeded with the
message path, so adding or removing one message never changes another.
"""

import base64
import datetime as dt
import hashlib
import html
import quopri
import random
import re
import uuid
from email.utils import parseaddr, formataddr

UTC = dt.timezone.utc

# ---------------------------------------------------------------------------
# time zones (own small DST rules so the output never depends on tzdata)
# name: (std offset minutes, rule, std abbr, dst abbr, windows name)
TZ = {
    "Europe/Berlin": (60, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Rome": (60, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Stockholm": (60, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Warsaw": (60, "eu", "CET", "CEST", "Central European Standard Time"),
    "Europe/Prague": (60, "eu", "CET", "CEST", "Central Europe Standard Time"),
    "Europe/London": (0, "eu", "GMT", "BST", "GMT Standard Time"),
    "Europe/Lisbon": (0, "eu", "WET", "WEST", "GMT Standard Time"),
    "Europe/Helsinki": (120, "eu", "EET", "EEST", "FLE Standard Time"),
    "Europe/Istanbul": (180, "none", "+03", "+03", "Turkey Standard Time"),
    "Europe/Moscow": (180, "none", "MSK", "MSK", "Russian Standard Time"),
    "America/New_York": (-300, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, "us", "CST", "CDT", "Central Standard Time"),
    "America/Los_Angeles": (-480, "us", "PST", "PDT", "Pacific Standard Time"),
    "America/Sao_Paulo": (-180, "none", "-03", "-03", "E. South America Standard Time"),
    "America/Mexico_City": (-360, "none", "CST", "CST", "Central Standard Time (Mexico)"),
    "Asia/Tokyo": (540, "none", "JST", "JST", "Tokyo Standard Time"),
    "Asia/Shanghai": (480, "none", "CST", "CST", "China Standard Time"),
    "Asia/Singapore": (480, "none", "SGT", "SGT", "Singapore Standard Time"),
    "Asia/Kolkata": (330, "none", "IST", "IST", "India Standard Time"),
    "Africa/Lagos": (60, "none", "WAT", "WAT", "W. Central Africa Standard Time"),
    "Asia/Dubai": (240, "none", "+04", "+04", "Arabian Standard Time"),
    "Australia/Sydney": (600, "au", "AEST", "AEDT", "AUS Eastern Standard Time"),
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(year, month):
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def tz_offset(tzname, when_utc):
    std, rule, *_ = TZ[tzname]
    y = when_utc.year
    if rule == "eu":
        a = dt.datetime.combine(_last_sunday(y, 3), dt.time(1), UTC)
        b = dt.datetime.combine(_last_sunday(y, 10), dt.time(1), UTC)
        return std + 60 if a <= when_utc < b else std
    if rule == "us":
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2), UTC) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2), UTC) - dt.timedelta(minutes=std + 60)
        return std + 60 if a <= when_utc < b else std
    if rule == "au":
        a = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3), UTC) - dt.timedelta(minutes=std + 60)
        b = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2), UTC) - dt.timedelta(minutes=std)
        return std if a <= when_utc < b else std + 60
    return std


def tz_abbr(tzname, when_utc):
    std, rule, sa, da, _ = TZ[tzname]
    return da if tz_offset(tzname, when_utc) != std else sa


def to_local(tzname, when_utc):
    return (when_utc + dt.timedelta(minutes=tz_offset(tzname, when_utc))).replace(tzinfo=None)


def from_local(tzname, naive):
    guess = naive.replace(tzinfo=UTC) - dt.timedelta(minutes=TZ[tzname][0])
    off = tz_offset(tzname, guess)
    return naive.replace(tzinfo=UTC) - dt.timedelta(minutes=off)


def offstr(minutes, colon=False):
    s = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return f"{s}{m // 60:02d}{':' if colon else ''}{m % 60:02d}"


def rfc2822(when_utc, tzname, paren=False):
    off = tz_offset(tzname, when_utc)
    loc = when_utc + dt.timedelta(minutes=off)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s = f"{days[loc.weekday()]}, {loc.day} {mons[loc.month - 1]} {loc.year} {loc:%H:%M:%S} {offstr(off)}"
    if paren:
        s += f" ({tz_abbr(tzname, when_utc)})"
    return s


def vtimezone(tzname, style="iana"):
    std, rule, sa, da, win = TZ[tzname]
    name = win if style == "windows" else tzname
    out = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if style == "iana":
        out.append(f"X-LIC-LOCATION:{tzname}")
    rules = {
        "eu": (("3", "-1SU"), ("10", "-1SU")),
        "us": (("3", "2SU"), ("11", "1SU")),
        "au": (("10", "1SU"), ("4", "1SU")),
    }
    if rule == "none":
        out += ["BEGIN:STANDARD", f"TZOFFSETFROM:{offstr(std)}", f"TZOFFSETTO:{offstr(std)}",
                f"TZNAME:{sa}", "DTSTART:16010101T000000" if style == "windows" else "DTSTART:19700101T000000",
                "END:STANDARD"]
    else:
        (dm, dd), (sm, sd) = rules[rule]
        base = "1601" if style == "windows" else "1970"
        out += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{offstr(std)}", f"TZOFFSETTO:{offstr(std + 60)}"]
        if style != "windows":
            out.append(f"TZNAME:{da}")
        dd_day = {"eu": ("29", "25"), "us": ("08", "01"), "au": ("04", "05")}[rule]
        out += [f"DTSTART:{base}{int(dm):02d}{dd_day[0] if base == '1970' else '01'}T020000",
                f"RRULE:FREQ=YEARLY;BYMONTH={dm};BYDAY={dd}" if style != "windows"
                else f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dd};BYMONTH={dm}", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{offstr(std + 60)}", f"TZOFFSETTO:{offstr(std)}"]
        if style != "windows":
            out.append(f"TZNAME:{sa}")
        out += [f"DTSTART:{base}{int(sm):02d}{dd_day[1] if base == '1970' else '01'}T030000",
                f"RRULE:FREQ=YEARLY;BYMONTH={sm};BYDAY={sd}" if style != "windows"
                else f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sd};BYMONTH={sm}", "END:STANDARD"]
    out.append("END:VTIMEZONE")
    return out


# ---------------------------------------------------------------------------
# iCalendar text helpers

def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line, limit=75):
    data = line.encode("utf-8")
    if len(data) <= limit:
        return [line]
    out, cur, first = [], "", True
    for ch in line:
        size = len((cur + ch).encode("utf-8"))
        if size > (limit if first else limit - 1) and not cur.endswith("\\"):
            out.append(cur if first else " " + cur)
            cur, first = ch, False
        else:
            cur += ch
    out.append(cur if first else " " + cur)
    return out


def ics_join(lines):
    res = []
    for ln in lines:
        if ln.startswith("\x00RAW"):      # pre-folded raw text, kept as is
            res.append(ln[4:])
        else:
            res.extend(fold(ln))
    return "\n".join(res) + "\n"


def fmt_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fmt_local(naive):
    return naive.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------------------
# MIME helpers

def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def crlf_bytes(text, charset="utf-8"):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, "replace")


def qp(text, charset="utf-8"):
    raw = text.replace("\r\n", "\n").encode(charset, "replace")
    enc = quopri.encodestring(raw).decode("ascii")
    return enc if enc.endswith("\n") else enc + "\n"


def encword(text, charset="utf-8", mode="B"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    raw = text.encode(charset, "replace")
    if mode == "B":
        chunks, cur = [], b""
        for ch in text:
            c = ch.encode(charset, "replace")
            if len(cur) + len(c) > 45:
                chunks.append(cur)
                cur = b""
            cur += c
        chunks.append(cur)
        return "\n ".join(f"=?{charset.upper()}?B?{base64.b64encode(c).decode()}?=" for c in chunks)
    q = ""
    for b in raw:
        ch = chr(b)
        if b == 32:
            q += "_"
        elif ch.isalnum() and b < 128:
            q += ch
        else:
            q += f"={b:02X}"
    parts = [q[i:i + 60] for i in range(0, len(q), 60)]
    # do not split an =XX escape
    fixed, carry = [], ""
    for p in parts:
        p = carry + p
        carry = ""
        m = re.search(r"=[0-9A-F]?$", p)
        if m:
            carry, p = p[m.start():], p[:m.start()]
        fixed.append(p)
    if carry:
        fixed[-1] += carry
    return "\n ".join(f"=?{charset}?Q?{p}?=" for p in fixed if p)


def addr(display, email_addr, enc=True):
    if not display:
        return email_addr
    try:
        display.encode("ascii")
        return formataddr((display, email_addr))
    except UnicodeEncodeError:
        return f"{encword(display) if enc else display} <{email_addr}>"


def fold_header(name, value):
    if "\n" in value:
        return f"{name}: {value}"
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def text_to_html(text, style="font-family:Arial,sans-serif;font-size:14px"):
    parts = []
    for para in text.split("\n\n"):
        p = html.escape(para).replace("\n", "<br>\n")
        p = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', p)
        parts.append(f"<p>{p}</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n' + "\n".join(parts) + "\n</div></body></html>\n")


class Rand:
    """Deterministic helpers bound to one message."""

    def __init__(self, key):
        self.r = random.Random(hashlib.sha256(key.encode()).hexdigest())

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def b64s(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def ip(self, v6=False):
        if v6:
            return f"2001:db8:{self.r.randrange(1, 0xffff):x}:{self.r.randrange(1, 0xffff):x}::{self.r.randrange(1, 0xfff):x}"
        net = self.r.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{self.r.randrange(2, 254)}"

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def random(self):
        return self.r.random()

    def boundary(self, style="google"):
        if style == "google":
            return "0000000000" + self.hex(16)
        if style == "exchange":
            return "_000_" + self.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
        if style == "thunderbird":
            return "------------" + self.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if style == "apple":
            return f"----=_Part_{self.randint(10**7, 10**8)}_{self.randint(10**8, 10**9)}.{self.randint(10**12, 10**13)}"
        if style == "php":
            return "b1_" + self.alnum(43)
        return "=_" + self.hex(32)
