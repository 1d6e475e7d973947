"""Building blocks for the train3 corpus generator.

Everything here is deterministic: callers pass a random.Random instance that
was seeded from a fixed seed and the message key.  Time zone arithmetic uses
built-in rules (not the system tz database) so the output does not depend on
the installed tzdata.
"""

import base64
import datetime as dt
import quopri
import random
import zlib

SEED = 0x7A3C_2026
CRLF = "\r\n"
UTC = dt.timezone.utc


def rng_for(key):
    return random.Random((zlib.crc32(key.encode("utf-8")) << 8) ^ SEED)


# ---------------------------------------------------------------- time zones

# name: (rule, std offset minutes, std abbrev, dst abbrev)
TZ = {
    "Europe/Berlin": ("EU", 60, "CET", "CEST"),
    "Europe/Paris": ("EU", 60, "CET", "CEST"),
    "Europe/Amsterdam": ("EU", 60, "CET", "CEST"),
    "Europe/Brussels": ("EU", 60, "CET", "CEST"),
    "Europe/Rome": ("EU", 60, "CET", "CEST"),
    "Europe/Madrid": ("EU", 60, "CET", "CEST"),
    "Europe/Warsaw": ("EU", 60, "CET", "CEST"),
    "Europe/Stockholm": ("EU", 60, "CET", "CEST"),
    "Europe/Vienna": ("EU", 60, "CET", "CEST"),
    "Europe/Zurich": ("EU", 60, "CET", "CEST"),
    "Europe/London": ("EU", 0, "GMT", "BST"),
    "Europe/Dublin": ("EU", 0, "GMT", "IST"),
    "Europe/Lisbon": ("EU", 0, "WET", "WEST"),
    "America/New_York": ("US", -300, "EST", "EDT"),
    "America/Chicago": ("US", -360, "CST", "CDT"),
    "America/Denver": ("US", -420, "MST", "MDT"),
    "America/Los_Angeles": ("US", -480, "PST", "PDT"),
    "America/Toronto": ("US", -300, "EST", "EDT"),
    "America/Sao_Paulo": (None, -180, "-03", None),
    "America/Mexico_City": (None, -360, "CST", None),
    "Asia/Tokyo": (None, 540, "JST", None),
    "Asia/Shanghai": (None, 480, "CST", None),
    "Asia/Hong_Kong": (None, 480, "HKT", None),
    "Asia/Singapore": (None, 480, "+08", None),
    "Asia/Kolkata": (None, 330, "IST", None),
    "Asia/Jakarta": (None, 420, "WIB", None),
    "Asia/Dubai": (None, 240, "+04", None),
    "Asia/Riyadh": (None, 180, "+03", None),
    "Europe/Istanbul": (None, 180, "+03", None),
    "Europe/Moscow": (None, 180, "MSK", None),
    "Africa/Lagos": (None, 60, "WAT", None),
    "Africa/Cairo": (None, 120, "EET", None),
    "Australia/Sydney": ("AU", 600, "AEST", "AEDT"),
}

WINDOWS_TZ = {
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Rome": "W. Europe Standard Time",
    "Europe/Stockholm": "W. Europe Standard Time",
    "Europe/Vienna": "W. Europe Standard Time",
    "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Brussels": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/Warsaw": "Central European Standard Time",
    "Europe/London": "GMT Standard Time",
    "Europe/Dublin": "GMT Standard Time",
    "Europe/Lisbon": "GMT Standard Time",
    "America/New_York": "Eastern Standard Time",
    "America/Toronto": "Eastern Standard Time",
    "America/Chicago": "Central Standard Time",
    "America/Denver": "Mountain Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
    "America/Sao_Paulo": "E. South America Standard Time",
    "America/Mexico_City": "Central Standard Time (Mexico)",
    "Asia/Tokyo": "Tokyo Standard Time",
    "Asia/Shanghai": "China Standard Time",
    "Asia/Hong_Kong": "China Standard Time",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Kolkata": "India Standard Time",
    "Asia/Jakarta": "SE Asia Standard Time",
    "Asia/Dubai": "Arabian Standard Time",
    "Asia/Riyadh": "Arab Standard Time",
    "Europe/Istanbul": "Turkey Standard Time",
    "Europe/Moscow": "Russian Standard Time",
    "Africa/Lagos": "W. Central Africa Standard Time",
    "Africa/Cairo": "Egypt Standard Time",
    "Australia/Sydney": "AUS Eastern Standard Time",
}


def _nth_sunday(year, month, n):
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(6 - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - 6) % 7)


def offset_at(zone, utc_naive):
    """UTC offset in minutes for `zone` at the UTC instant `utc_naive`."""
    rule, std, _, _ = TZ[zone]
    if rule is None:
        return std
    y = utc_naive.year
    if rule == "EU":
        a = dt.datetime.combine(_nth_sunday(y, 3, -1), dt.time(1))
        b = dt.datetime.combine(_nth_sunday(y, 10, -1), dt.time(1))
        return std + 60 if a <= utc_naive < b else std
    if rule == "US":
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2)) - dt.timedelta(minutes=std + 60)
        return std + 60 if a <= utc_naive < b else std
    if rule == "AU":  # southern hemisphere
        end = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3)) - dt.timedelta(minutes=std + 60)
        start = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return std if end <= utc_naive < start else std + 60
    raise ValueError(rule)


def is_dst(zone, utc_naive):
    return offset_at(zone, utc_naive) != TZ[zone][1]


def to_local(zone, utc_dt):
    u = utc_dt.replace(tzinfo=None)
    return u + dt.timedelta(minutes=offset_at(zone, u))


def to_utc(zone, local_naive):
    std = TZ[zone][1]
    guess = local_naive - dt.timedelta(minutes=std)
    off = offset_at(zone, guess)
    u = local_naive - dt.timedelta(minutes=off)
    off2 = offset_at(zone, u)
    return local_naive - dt.timedelta(minutes=off2)


def tzabbr(zone, utc_naive):
    _, _, s, d = TZ[zone]
    return d if is_dst(zone, utc_naive) else s


def fmt_off(minutes, colon=False):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}{':' if colon else ''}{m % 60:02d}"


def rfc5322_date(utc_dt, zone=None, comment=False, rng=None):
    u = utc_dt.replace(tzinfo=None)
    off = offset_at(zone, u) if zone else 0
    loc = u + dt.timedelta(minutes=off)
    s = loc.strftime("%a, ") + f"{loc.day}" + loc.strftime(" %b %Y %H:%M:%S ") + fmt_off(off)
    if comment:
        s += f" ({tzabbr(zone, u) if zone else 'UTC'})"
    return s


def ics_dt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ics_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def vtimezone(zone, style="olson"):
    """Return VTIMEZONE lines for a zone in one of several client styles."""
    rule, std, sab, dab = TZ[zone]
    tzid = WINDOWS_TZ[zone] if style == "windows" else zone
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style in ("olson", "google"):
        out.append(f"X-LIC-LOCATION:{zone}")
    dstoff = std + 60
    if style == "windows":
        if rule is None:
            out += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{fmt_off(std)}",
                    f"TZOFFSETTO:{fmt_off(std)}", "END:STANDARD"]
        else:
            srule, drule, st, dtt = {
                "EU": ("BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3", "16010101T030000", "16010101T020000"),
                "US": ("BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3", "16010101T020000", "16010101T020000"),
                "AU": ("BYDAY=1SU;BYMONTH=4", "BYDAY=1SU;BYMONTH=10", "16010101T030000", "16010101T020000"),
            }[rule]
            if zone in ("Europe/London", "Europe/Dublin", "Europe/Lisbon"):
                st, dtt = "16010101T020000", "16010101T010000"
            out += ["BEGIN:STANDARD", f"DTSTART:{st}", f"TZOFFSETFROM:{fmt_off(dstoff)}",
                    f"TZOFFSETTO:{fmt_off(std)}", f"RRULE:FREQ=YEARLY;INTERVAL=1;{srule}", "END:STANDARD",
                    "BEGIN:DAYLIGHT", f"DTSTART:{dtt}", f"TZOFFSETFROM:{fmt_off(std)}",
                    f"TZOFFSETTO:{fmt_off(dstoff)}", f"RRULE:FREQ=YEARLY;INTERVAL=1;{drule}", "END:DAYLIGHT"]
        out.append("END:VTIMEZONE")
        return out

    def nm(abbr, off):
        if style == "google":
            h = off // 60
            return f"GMT{'+' if off >= 0 else '-'}{abs(h)}" + (f":{abs(off) % 60:02d}" if off % 60 else "")
        return abbr

    if rule is None:
        out += ["BEGIN:STANDARD", f"TZOFFSETFROM:{fmt_off(std)}", f"TZOFFSETTO:{fmt_off(std)}",
                f"TZNAME:{nm(sab, std)}", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
        return out
    if rule == "EU":
        d_start, d_rr = ("19700329T020000" if std else "19700329T010000"), "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
        s_start, s_rr = ("19701025T030000" if std else "19701025T020000"), "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        if style == "apple":
            d_start, s_start = d_start.replace("1970", "1981"), s_start.replace("1970", "1996")
    elif rule == "US":
        d_start, d_rr = "19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
        s_start, s_rr = "19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
        if style == "apple":
            d_start, s_start = "20070311T020000", "20071104T020000"
    else:
        d_start, d_rr = "19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"
        s_start, s_rr = "19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"
    if style == "apple":
        out += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{fmt_off(std)}", d_rr, f"DTSTART:{d_start}",
                f"TZNAME:{dab}", f"TZOFFSETTO:{fmt_off(dstoff)}", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{fmt_off(dstoff)}", s_rr, f"DTSTART:{s_start}",
                f"TZNAME:{sab}", f"TZOFFSETTO:{fmt_off(std)}", "END:STANDARD"]
    else:
        out += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{fmt_off(std)}", f"TZOFFSETTO:{fmt_off(dstoff)}",
                f"TZNAME:{nm(dab, dstoff)}", f"DTSTART:{d_start}", d_rr, "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{fmt_off(dstoff)}", f"TZOFFSETTO:{fmt_off(std)}",
                f"TZNAME:{nm(sab, std)}", f"DTSTART:{s_start}", s_rr, "END:STANDARD"]
    out.append("END:VTIMEZONE")
    return out


# ---------------------------------------------------------------- iCalendar text

def ical_escape(s, commas=True):
    s = s.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def fold(line, width=75, cont=" "):
    """Fold a content line at `width` octets without splitting UTF-8 sequences."""
    b = line.encode("utf-8")
    if len(b) <= width or width <= 0:
        return [line]
    out, cur, curlen, first = [], "", 0, True
    limit = width
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > limit:
            out.append(cur)
            cur, curlen = cont, len(cont)
            limit = width
        cur += ch
        curlen += n
    out.append(cur)
    return out


def serialize_ics(lines, eol="\r\n", width=75, cont=" "):
    out = []
    for ln in lines:
        out.extend(fold(ln, width, cont))
    return eol.join(out) + eol


# ---------------------------------------------------------------- identifiers

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64C = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid(rng, upper=False):
    s = f"{rhex(rng, 8)}-{rhex(rng, 4)}-4{rhex(rng, 3)}-{rng.choice('89ab')}{rhex(rng, 3)}-{rhex(rng, 12)}"
    return s.upper() if upper else s


def exchange_uid(rng):
    return ("040000008200E00074C5B7101A82E00800000000" + rhex(rng, 16, True) + "000000000000000010000000"
            + rhex(rng, 32, True))


def google_uid(rng):
    return rstr(rng, 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"


def b64blob(rng, n):
    return "".join(rng.choice(B64C) for _ in range(n))


def boundary(rng, style):
    if style == "google":
        return "000000000000" + rhex(rng, 14)
    if style == "outlook":
        return "_000_" + rstr(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "javamail":
        return f"----=_Part_{rng.randint(10000, 99999999)}_{rng.randint(100000000, 2147483647)}.{rng.randint(10 ** 12, 10 ** 13 - 1)}"
    if style == "apple":
        return "Apple-Mail=_" + ruuid(rng, True)
    if style == "mozilla":
        return "------------" + rstr(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz")
    if style == "php":
        return "b1_" + rhex(rng, 32)
    if style == "python":
        return "===============" + str(rng.randint(10 ** 18, 10 ** 19 - 1)) + "=="
    if style == "zimbra":
        return "=_" + ruuid(rng)
    if style == "dash":
        return "--" + rhex(rng, 28)
    return "=_" + rstr(rng, 30)


# ---------------------------------------------------------------- encodings

def b64_lines(data, width=76, eol="\r\n"):
    s = base64.b64encode(data).decode("ascii")
    return eol.join(s[i:i + width] for i in range(0, len(s), width)) + eol


def qp(data):
    """Quoted-printable with CRLF line ends; `data` are bytes with LF or CRLF."""
    data = data.replace(b"\r\n", b"\n")
    enc = quopri.encodestring(data, quotetabs=False)
    return enc.replace(b"\n", b"\r\n")


def encode_word(text, charset="utf-8", enc="B", maxlen=60):
    """RFC 2047 encoded words, split into several words when long."""
    if all(ord(c) < 128 for c in text) and charset.lower() in ("utf-8", "us-ascii") and enc != "force":
        return text
    pyenc = {"gb2312": "gb2312", "gbk": "gbk", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
             "koi8-r": "koi8_r", "windows-1252": "cp1252", "iso-8859-1": "latin-1",
             "iso-8859-2": "iso8859_2", "windows-1251": "cp1251", "windows-1256": "cp1256",
             "iso-8859-9": "iso8859_9", "windows-1250": "cp1250"}.get(charset.lower(), charset)
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        raw = trial.encode(pyenc)
        size = len(base64.b64encode(raw)) if enc.upper().startswith("B") else len(_qenc(raw))
        if size > maxlen and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(pyenc)
        if enc.upper().startswith("B") or enc == "force":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            out.append(f"=?{charset}?Q?{_qenc(raw)}?=")
    return (CRLF + " ").join(out)


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
            s += f"={b:02X}"
    return s


def fold_header(name, value, width=78):
    """Simple folding at spaces for long unstructured ASCII headers."""
    if "\r\n" in value:
        return value
    line = f"{name}: {value}"
    if len(line) <= width:
        return value
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() not in ("", name + ":"):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    joined = CRLF.join(lines)
    return joined[len(name) + 2:]


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if quote and any(c in name for c in ',.;:()@"<>[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{encode_word(name, charset, enc)} <{email}>"


# ---------------------------------------------------------------- MIME

PYCS = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "iso-8859-2": "iso8859_2",
        "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "gb2312": "gb2312", "gbk": "gbk",
        "koi8-r": "koi8_r", "windows-1251": "cp1251", "us-ascii": "ascii", "windows-1256": "cp1256",
        "iso-8859-9": "iso8859_9", "windows-1250": "cp1250", "iso-8859-15": "iso8859_15", "big5": "big5", "euc-kr": "euc_kr"}


class Part:
    def __init__(self, headers, body=None, parts=None, bnd=None, preamble=None, epilogue=None):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes
        self.parts = parts
        self.bnd = bnd
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = b""
        for n, v in self.headers:
            out += f"{n}: {v}\r\n".encode("utf-8")
        out += b"\r\n"
        if self.parts is None:
            out += self.body or b""
            return out
        if self.preamble:
            out += self.preamble.encode() + b"\r\n"
        for p in self.parts:
            out += f"--{self.bnd}\r\n".encode() + p.render()
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
        out += f"--{self.bnd}--\r\n".encode()
        if self.epilogue is not None:
            out += self.epilogue.encode()
        return out


def encode_text(text, charset="utf-8", cte="quoted-printable", eol="\r\n", width=76):
    raw = text.replace("\r\n", "\n").encode(PYCS.get(charset.lower(), charset))
    cte_l = cte.lower()
    if cte_l == "base64":
        data = raw.replace(b"\n", eol.encode())
        return b64_lines(data, width).encode()
    if cte_l == "quoted-printable":
        return qp(raw)
    body = raw.replace(b"\n", b"\r\n")
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct="", extra_headers=(),
              order="ct-first", cte_case=None):
    ct = f"text/{subtype}; charset={charset if order != 'quoted' else chr(34) + charset + chr(34)}{extra_ct}"
    cte_h = cte_case or cte
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte_h)]
    if order == "cte-first":
        hs.reverse()
    hs += list(extra_headers)
    return Part(hs, encode_text(text, charset, cte))


def multipart(subtype, parts, bnd, quoted=True, extra_headers=(), tab_fold=True, preamble=None):
    sep = ";\r\n\t" if tab_fold else "; "
    b = f'"{bnd}"' if quoted else bnd
    return Part([("Content-Type", f"multipart/{subtype}{sep}boundary={b}")] + list(extra_headers), parts=parts,
                bnd=bnd, preamble=preamble)


# ---------------------------------------------------------------- trace / auth

def doc_ip4(rng):
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 254)}"


def doc_ip6(rng):
    return f"2001:db8:{rng.randint(1, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"


def priv_ip(rng):
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def postfix_qid(rng, year):
    if year >= 2019 and rng.random() < 0.6:
        return "4" + rstr(rng, 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    return rhex(rng, 10, True)


def auth_results(rng, a, arrival):
    """a: dict with dkim (list of (result, domain, selector)), spf (result, mailfrom, ip),
    dmarc (result, policy, from_domain), optional arc."""
    parts = []
    dk = a.get("dkim") or []
    if not dk:
        parts.append("dkim=none (message not signed)" if rng.random() < 0.7 else "dkim=none")
    for res, dom, sel in dk:
        bits = "2048-bit key" if rng.random() < 0.7 else "1024-bit key"
        note = {"pass": f"({bits}; unprotected)" if rng.random() < 0.5 else f"({bits})",
                "fail": '(signature verification failed)' if rng.random() < .5 else '(body hash did not verify)',
                "neutral": "(no key for signature)", "permerror": "(bad signature)",
                "temperror": "(DNS timeout)"}.get(res, "")
        hb = b64blob(rng, 8)
        s = f"dkim={res} {note} header.d={dom} header.i=@{dom}"
        if arrival.year >= 2019:
            s += " header.a=rsa-sha256"
        s += f" header.s={sel} header.b={hb}"
        parts.append(s.replace("  ", " "))
    sres, mailfrom, ip = a["spf"]
    mdom = mailfrom.split("@")[-1] if mailfrom else "unknown"
    if sres == "pass":
        parts.append(f"spf=pass (mx.example.net: domain of {mailfrom} designates {ip} as permitted sender) "
                     f"smtp.mailfrom={mailfrom}")
    elif sres == "softfail":
        parts.append(f"spf=softfail (mx.example.net: domain of transitioning {mailfrom} does not designate "
                     f"{ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif sres == "fail":
        parts.append(f"spf=fail (mx.example.net: domain of {mailfrom} does not designate {ip} as permitted "
                     f"sender) smtp.mailfrom={mailfrom}")
    elif sres == "none":
        parts.append(f"spf=none (mx.example.net: {mdom} does not designate permitted sender hosts) "
                     f"smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={sres} (mx.example.net: {ip} is neither permitted nor denied by domain of "
                     f"{mailfrom}) smtp.mailfrom={mailfrom}")
    dres, pol, fdom = a["dmarc"]
    if dres == "none" and pol is None:
        parts.append(f"dmarc=none header.from={fdom}")
    else:
        dispo = "none" if dres == "pass" or pol in ("none", "NONE") else pol.lower()
        if dres == "fail" and a.get("dmarc_dis"):
            dispo = a["dmarc_dis"]
        parts.append(f"dmarc={dres} (p={pol} dis={dispo}) header.from={fdom}")
    if a.get("arc"):
        parts.append(a["arc"])
    return "mx.example.net;\r\n\t" + ";\r\n\t".join(parts)


def mx_received(rng, helo, ip, rcpt, arrival, tls=True):
    qid = postfix_qid(rng, arrival.year)
    ipstr = f"IPv6:{ip}" if ":" in ip else ip
    s = f"from {helo} ({helo} [{ipstr}])\r\n\tby mx.example.net (Postfix) with "
    if tls:
        if arrival.year >= 2021:
            cipher = rng.choice(["TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                                 "TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)"])
        elif arrival.year >= 2018:
            cipher = rng.choice(["TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)",
                                 "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                                 "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)"])
        else:
            cipher = rng.choice(["TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)",
                                 "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)"])
        s = f"from {helo} ({helo} [{ipstr}])\r\n\t(using {cipher})\r\n\t(No client certificate requested)\r\n\tby mx.example.net (Postfix) with ESMTPS"
    else:
        s += "ESMTP"
    s += f" id {qid}\r\n\tfor <{rcpt}>; {rfc5322_date(arrival)} (UTC)"
    return s


def dkim_sig(rng, domain, selector, headers_signed, t, algo="rsa-sha256", style="std"):
    bh = b64blob(rng, 43) + "="
    b = b64blob(rng, 342 if rng.random() < 0.7 else 171) + "=="
    if style == "google":
        hs = headers_signed
        bl = [b[i:i + 70] for i in range(0, len(b), 70)]
        return (f"v=1; a={algo}; c=relaxed/relaxed;\r\n        d={domain}; s={selector}; t={t}; x={t + 604800};"
                f"\r\n        h={hs};\r\n        bh={bh};\r\n        b=" + "\r\n         ".join(bl))
    bl = [b[i:i + 64] for i in range(0, len(b), 64)]
    return (f"v=1; a={algo}; c=relaxed/relaxed; d={domain};\r\n\ts={selector}; t={t};\r\n\th={headers_signed};"
            f"\r\n\tbh={bh};\r\n\tb=" + "\r\n\t ".join(bl))


def epoch(d):
    return int(d.replace(tzinfo=UTC).timestamp()) if d.tzinfo is None else int(d.timestamp())
