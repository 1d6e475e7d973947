"""Message-building kit for the held-out corpus (stdlib only, deterministic).

Everything random goes through the Random instance handed in by generate.py, so the
corpus is byte-identical on every run. Time zones use a small built-in rule table
(EU / US / southern-hemisphere DST, fixed offsets) so the output never depends on the
tzdata version of the machine.
"""
from __future__ import annotations

import base64
import datetime as dt
import quopri
import re

UTC = dt.timezone.utc

# ---------------------------------------------------------------------------
# time zones
# zone: (rule, std offset minutes, std abbrev, dst abbrev, windows name)
ZONES = {
    "Europe/Berlin": ("EU", 60, "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": ("EU", 60, "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Zurich": ("EU", 60, "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Rome": ("EU", 60, "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Stockholm": ("EU", 60, "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Vienna": ("EU", 60, "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": ("EU", 60, "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": ("EU", 60, "CET", "CEST", "Romance Standard Time"),
    "Europe/Brussels": ("EU", 60, "CET", "CEST", "Romance Standard Time"),
    "Europe/Warsaw": ("EU", 60, "CET", "CEST", "Central European Standard Time"),
    "Europe/Prague": ("EU", 60, "CET", "CEST", "Central Europe Standard Time"),
    "Europe/London": ("EU", 0, "GMT", "BST", "GMT Standard Time"),
    "Europe/Lisbon": ("EU", 0, "WET", "WEST", "GMT Standard Time"),
    "Europe/Dublin": ("EU", 0, "GMT", "IST", "GMT Standard Time"),
    "Europe/Helsinki": ("EU", 120, "EET", "EEST", "FLE Standard Time"),
    "Europe/Athens": ("EU", 120, "EET", "EEST", "GTB Standard Time"),
    "Europe/Istanbul": (None, 180, "+03", "+03", "Turkey Standard Time"),
    "Europe/Moscow": (None, 180, "MSK", "MSK", "Russian Standard Time"),
    "America/New_York": ("US", -300, "EST", "EDT", "Eastern Standard Time"),
    "America/Toronto": ("US", -300, "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": ("US", -360, "CST", "CDT", "Central Standard Time"),
    "America/Denver": ("US", -420, "MST", "MDT", "Mountain Standard Time"),
    "America/Los_Angeles": ("US", -480, "PST", "PDT", "Pacific Standard Time"),
    "America/Sao_Paulo": (None, -180, "-03", "-03", "E. South America Standard Time"),
    "America/Mexico_City": (None, -360, "CST", "CST", "Central Standard Time (Mexico)"),
    "Asia/Tokyo": (None, 540, "JST", "JST", "Tokyo Standard Time"),
    "Asia/Seoul": (None, 540, "KST", "KST", "Korea Standard Time"),
    "Asia/Shanghai": (None, 480, "CST", "CST", "China Standard Time"),
    "Asia/Singapore": (None, 480, "+08", "+08", "Singapore Standard Time"),
    "Asia/Kolkata": (None, 330, "IST", "IST", "India Standard Time"),
    "Asia/Dubai": (None, 240, "+04", "+04", "Arabian Standard Time"),
    "Africa/Lagos": (None, 60, "WAT", "WAT", "W. Central Africa Standard Time"),
    "Australia/Sydney": ("AU", 600, "AEST", "AEDT", "AUS Eastern Standard Time"),
    "UTC": (None, 0, "UTC", "UTC", "UTC"),
}


def _nth_sunday(year, month, n):
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(6 - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    # last Sunday
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - 6) % 7)


def offset_min(zone, utc):
    """UTC offset in minutes of zone at the aware/naive-UTC instant utc."""
    rule, std, *_ = ZONES[zone]
    if utc.tzinfo is not None:
        utc = utc.astimezone(UTC).replace(tzinfo=None)
    y = utc.year
    if rule == "EU":
        a = dt.datetime.combine(_nth_sunday(y, 3, -1), dt.time(1))
        b = dt.datetime.combine(_nth_sunday(y, 10, -1), dt.time(1))
        return std + 60 if a <= utc < b else std
    if rule == "US":
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2)) - dt.timedelta(minutes=std + 60)
        return std + 60 if a <= utc < b else std
    if rule == "AU":
        a = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3)) - dt.timedelta(minutes=std + 60)
        b = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return std if a <= utc < b else std + 60
    return std


def to_local(zone, utc):
    return (utc.astimezone(UTC).replace(tzinfo=None) + dt.timedelta(minutes=offset_min(zone, utc)))


def from_local(zone, local):
    """Naive local time -> aware UTC (uses the offset valid at that moment)."""
    guess = local - dt.timedelta(minutes=ZONES[zone][1])
    off = offset_min(zone, guess)
    return (local - dt.timedelta(minutes=off)).replace(tzinfo=UTC)


def tz_abbrev(zone, utc):
    rule, std, sa, da, _ = ZONES[zone]
    return da if offset_min(zone, utc) != std else sa


def fmt_off(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{s}{m // 60:02d}{m % 60:02d}"


def rfc2822_date(utc, zone="UTC", suffix=False):
    loc = to_local(zone, utc)
    off = offset_min(zone, utc)
    s = loc.strftime("%a, %d %b %Y %H:%M:%S ") + fmt_off(off)
    if suffix:
        s += f" ({tz_abbrev(zone, utc)})"
    return s


def ical_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(t):
    return t.strftime("%Y%m%dT%H%M%S")


def vtimezone(zone, style="olson"):
    """A VTIMEZONE for zone. style: olson (Google/Apple/Mozilla), windows (Exchange)."""
    rule, std, sa, da, win = ZONES[zone]
    tzid = win if style == "windows" else zone
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "google":
        L.append(f"X-LIC-LOCATION:{zone}")
    dst = std + 60

    def block(kind, start, frm, to, name, rr):
        b = [f"BEGIN:{kind}"]
        if style == "windows":
            b += [f"DTSTART:{start}", f"TZOFFSETFROM:{fmt_off(frm)}", f"TZOFFSETTO:{fmt_off(to)}"]
            if rr:
                b.append(rr)
        else:
            b += [f"TZOFFSETFROM:{fmt_off(frm)}", f"TZOFFSETTO:{fmt_off(to)}"]
            b.append(f"TZNAME:{name if style != 'google' else 'GMT' + (fmt_off(to)[0] + str(int(fmt_off(to)[1:3])) if to else '')}")
            b.append(f"DTSTART:{start}")
            if rr:
                b.append(rr)
        b.append(f"END:{kind}")
        return b

    if rule is None:
        L += block("STANDARD", "16010101T000000" if style == "windows" else "19700101T000000", std, std, sa, None)
    elif rule == "EU":
        hs = {0: ("010000", "020000"), 60: ("020000", "030000"), 120: ("030000", "040000")}[std]
        if style == "windows":
            L += block("STANDARD", "16010101T" + hs[1], dst, std, sa, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10")
            L += block("DAYLIGHT", "16010101T" + hs[0], std, dst, da, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3")
        else:
            L += block("DAYLIGHT", "19700329T" + hs[0], std, dst, da, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
            L += block("STANDARD", "19701025T" + hs[1], dst, std, sa, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    elif rule == "US":
        if style == "windows":
            L += block("STANDARD", "16010101T020000", dst, std, sa, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11")
            L += block("DAYLIGHT", "16010101T020000", std, dst, da, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3")
        else:
            L += block("DAYLIGHT", "20070311T020000", std, dst, da, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
            L += block("STANDARD", "20071104T020000", dst, std, sa, "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
    elif rule == "AU":
        if style == "windows":
            L += block("STANDARD", "16010101T030000", dst, std, sa, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4")
            L += block("DAYLIGHT", "16010101T020000", std, dst, da, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10")
        else:
            L += block("STANDARD", "20080406T030000", dst, std, sa, "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU")
            L += block("DAYLIGHT", "20081005T020000", std, dst, da, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU")
    L.append("END:VTIMEZONE")
    return L


# ---------------------------------------------------------------------------
# iCalendar text helpers

def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line, limit=75):
    """Fold one content line at `limit` octets without splitting UTF-8 sequences."""
    b = line.encode("utf-8")
    if len(b) <= limit:
        return [line]
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        lim = limit if first else limit - 1
        if len(cur) + len(cb) > lim:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def ics_join(lines, eol="\r\n", dofold=True):
    res = []
    for l in lines:
        res.extend(fold(l) if dofold else [l])
    return eol.join(res) + eol


# ---------------------------------------------------------------------------
# MIME helpers

def b64_lines(data: bytes, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(text: str, charset="utf-8"):
    data = text.replace("\r\n", "\n").encode(charset, "replace")
    out = quopri.encodestring(data).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def _needs_enc(s):
    return any(ord(c) > 126 or (ord(c) < 32 and c not in "\t") for c in s)


def enc_words(s, mode="B", charset="UTF-8"):
    """RFC 2047 encode s (as several encoded words when long)."""
    if not _needs_enc(s):
        return s
    chunks, cur = [], ""
    maxb = 45 if mode == "B" else 24
    for ch in s:
        if len((cur + ch).encode("utf-8")) > maxb:
            chunks.append(cur)
            cur = ""
        cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        if mode == "B":
            words.append(f"=?{charset}?B?{base64.b64encode(c.encode('utf-8')).decode()}?=")
        else:
            q = ""
            for byte in c.encode("utf-8"):
                ch = chr(byte)
                if ch == " ":
                    q += "_"
                elif ch.isalnum() and byte < 128:
                    q += ch
                else:
                    q += "=%02X" % byte
            words.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(words)


def addr(name, email, mode="B"):
    if not name:
        return email
    if _needs_enc(name):
        return f"{enc_words(name, mode)} <{email}>"
    if re.search(r'[,.;:@()<>\[\]"]', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def fold_header(name, value):
    """Fold an unstructured ASCII header at spaces near 78 columns."""
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


class Part:
    """A MIME leaf or multipart, rendered with LF newlines (CRLF applied at the end)."""

    def __init__(self, ctype, body=None, cte=None, headers=None, parts=None, boundary=None, preamble=None):
        self.ctype, self.body, self.cte = ctype, body, cte
        self.headers = headers or []
        self.parts, self.boundary, self.preamble = parts, boundary, preamble

    def render(self, top_headers=None):
        h = list(top_headers or [])
        if self.parts is not None:
            h.append(f'Content-Type: {self.ctype};\n\tboundary="{self.boundary}"')
        else:
            h.append(f"Content-Type: {self.ctype}")
        if self.cte:
            h.append(f"Content-Transfer-Encoding: {self.cte}")
        h += self.headers
        out = "\n".join(h) + "\n\n"
        if self.parts is not None:
            if self.preamble:
                out += self.preamble + "\n\n"
            for p in self.parts:
                out += f"--{self.boundary}\n" + p.render()
                if not out.endswith("\n"):
                    out += "\n"
            out += f"--{self.boundary}--\n"
        else:
            out += self.body if self.body.endswith("\n") else self.body + "\n"
        return out


def leaf(ctype, text, cte="7bit", charset=None, headers=None, raw=False):
    """Build a leaf part; text (str or bytes) is encoded according to cte."""
    if cte == "base64":
        data = text if isinstance(text, bytes) else text.encode(charset or "utf-8", "replace")
        body = b64_lines(data)
    elif cte == "quoted-printable":
        body = qp(text, charset or "utf-8")
    else:
        body = text.replace("\r\n", "\n")
    return Part(ctype, body, cte, headers)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def text_to_html(text, font="Arial,Helvetica,sans-serif", wrap=True):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        pieces = URL_RE.split(p)
        e = ""
        for i, piece in enumerate(pieces):
            if i % 2:
                u = piece.replace("&", "&amp;")
                e += f'<a href="{u}">{u}</a>'
            else:
                e += html_escape(piece)
        out.append("<p>" + e.replace("\n", "<br>\n") + "</p>")
    body = "\n".join(out)
    if not wrap:
        return body
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body style="font-family:{font};font-size:14px">\n{body}\n</body>\n</html>\n')


def finish(text):
    """LF -> CRLF for the whole message; returns bytes."""
    t = text.replace("\r\n", "\n").replace("\r", "\n")
    return t.replace("\n", "\r\n").encode("utf-8")
