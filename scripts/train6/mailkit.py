"""Low-level helpers for the train6 generator: iCalendar writing, MIME
serialisation, trace headers.  Standard library only, deterministic."""
import base64, quopri, datetime as dt, unicodedata, string, hashlib

CRLF = "\r\n"

# ---------------------------------------------------------------- randomness
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rb64(rng, n):
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ruuid(rng, upper=False):
    h = rhex(rng, 32, upper)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab" if not upper else "89AB") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


# ---------------------------------------------------------------- time zones
# key: (windows name, std offset minutes, dst rule, std abbrev, dst abbrev)
TZ = {
    "Europe/Berlin": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Rome": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Amsterdam": ("W. Europe Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Paris": ("Romance Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Madrid": ("Romance Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/Warsaw": ("Central European Standard Time", 60, "EU", "CET", "CEST"),
    "Europe/London": ("GMT Standard Time", 0, "EU", "GMT", "BST"),
    "America/New_York": ("Eastern Standard Time", -300, "US", "EST", "EDT"),
    "America/Chicago": ("Central Standard Time", -360, "US", "CST", "CDT"),
    "America/Los_Angeles": ("Pacific Standard Time", -480, "US", "PST", "PDT"),
    "America/Sao_Paulo": ("E. South America Standard Time", -180, None, "-03", None),
    "Europe/Moscow": ("Russian Standard Time", 180, None, "MSK", None),
    "Europe/Istanbul": ("Turkey Standard Time", 180, None, "+03", None),
    "Asia/Tokyo": ("Tokyo Standard Time", 540, None, "JST", None),
    "Asia/Shanghai": ("China Standard Time", 480, None, "CST", None),
    "Asia/Seoul": ("Korea Standard Time", 540, None, "KST", None),
    "Asia/Ho_Chi_Minh": ("SE Asia Standard Time", 420, None, "+07", None),
    "Asia/Jakarta": ("SE Asia Standard Time", 420, None, "WIB", None),
    "Asia/Riyadh": ("Arab Standard Time", 180, None, "+03", None),
    "Asia/Dubai": ("Arabian Standard Time", 240, None, "+04", None),
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(tzid, local):
    win, std, rule, _, _ = TZ[tzid]
    d = local.date()
    if rule == "EU":
        if _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10):
            return std + 60
    elif rule == "US":
        if _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1):
            return std + 60
    return std


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=utc_offset(tzid, local))


def to_local(tzid, utc):
    guess = utc + dt.timedelta(minutes=TZ[tzid][1])
    return utc + dt.timedelta(minutes=utc_offset(tzid, guess))


def _off(m):
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def vtimezone(tzid, style="olson"):
    """style: olson | olson-lic | windows"""
    win, std, rule, sabbr, dabbr = TZ[tzid]
    name = win if style == "windows" else tzid
    out = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if style == "olson-lic":
        out.append(f"X-LIC-LOCATION:{tzid}")
    if rule is None:
        if style == "windows":
            out += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off(std)}",
                    f"TZOFFSETTO:{_off(std)}", "END:STANDARD"]
        else:
            out += ["BEGIN:STANDARD", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(std)}",
                    f"TZNAME:{sabbr}", "DTSTART:19700101T000000", "END:STANDARD"]
        out.append("END:VTIMEZONE")
        return out
    if rule == "EU":
        dstart, dby, sstart, sby = "0329T020000", "3;BYDAY=-1SU", "1025T030000", "10;BYDAY=-1SU"
        wd, ws = "BYDAY=-1SU;BYMONTH=3", "BYDAY=-1SU;BYMONTH=10"
    else:
        dstart, dby, sstart, sby = "0308T020000", "3;BYDAY=2SU", "1101T020000", "11;BYDAY=1SU"
        wd, ws = "BYDAY=2SU;BYMONTH=3", "BYDAY=1SU;BYMONTH=11"
    if rule == "EU" and std == 0:
        dstart, sstart = "0329T010000", "1025T020000"
    if style == "windows":
        st_time = sstart[-6:]
        dl_time = dstart[-6:]
        out += ["BEGIN:STANDARD", f"DTSTART:16010101T{st_time}", f"TZOFFSETFROM:{_off(std + 60)}",
                f"TZOFFSETTO:{_off(std)}", f"RRULE:FREQ=YEARLY;INTERVAL=1;{ws}", "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dl_time}", f"TZOFFSETFROM:{_off(std)}",
                f"TZOFFSETTO:{_off(std + 60)}", f"RRULE:FREQ=YEARLY;INTERVAL=1;{wd}", "END:DAYLIGHT"]
    else:
        out += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(std + 60)}",
                f"TZNAME:{dabbr}", f"DTSTART:1970{dstart}", f"RRULE:FREQ=YEARLY;BYMONTH={dby}",
                "END:DAYLIGHT", "BEGIN:STANDARD", f"TZOFFSETFROM:{_off(std + 60)}",
                f"TZOFFSETTO:{_off(std)}", f"TZNAME:{sabbr}", f"DTSTART:1970{sstart}",
                f"RRULE:FREQ=YEARLY;BYMONTH={sby}", "END:STANDARD"]
    out.append("END:VTIMEZONE")
    return out


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line, limit=75):
    b = line.encode("utf-8")
    if len(b) <= limit:
        return [line]
    out, cur, curlen, first = [], "", 0, True
    for ch in line:
        cl = len(ch.encode("utf-8"))
        lim = limit if first else limit - 1
        if curlen + cl > lim:
            out.append(cur if first else " " + cur)
            first = False
            cur, curlen = "", 0
        cur += ch
        curlen += cl
    out.append(cur if first else " " + cur)
    return out


def fmt_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def fmt_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ics_text(lines, nofold=False, eol="\r\n"):
    out = []
    for ln in lines:
        out.extend([ln] if nofold else fold(ln))
    return eol.join(out) + eol


def qcn(name):
    if any(c in name for c in ',;:"') or not name.isascii():
        return '"' + name.replace('"', "'") + '"'
    return name


# ---------------------------------------------------------------- MIME
def enc_words(s, charset="utf-8", mode="B"):
    """RFC 2047 encode a header value if it is not plain ASCII."""
    if s.isascii():
        return s
    try:
        s.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    words, cur = [], ""
    maxraw = 42 if mode == "B" else 22
    for ch in s:
        if len((cur + ch).encode(charset)) > maxraw and cur:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    cs = charset.upper() if charset.lower() in ("utf-8", "iso-8859-1", "iso-2022-jp", "gb2312", "koi8-r") else charset
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = ""
            for byte in raw:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                    q += c
                else:
                    q += f"={byte:02X}"
            out.append(f"=?{cs}?Q?{q}?=")
    return "\r\n ".join(out)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return f"<{email}>" if False else email
    if name.isascii():
        if any(c in name for c in ',.;:()@"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc_words(name, charset, mode)} <{email}>"


def encode_payload(data, cte):
    """data: bytes with canonical line ends already applied."""
    if cte in ("7bit", "8bit", "binary"):
        if not data.endswith(b"\n"):
            data += b"\r\n"
        return data
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        norm = data.replace(b"\r\n", b"\n")
        q = quopri.encodestring(norm)
        if not q.endswith(b"\n"):
            q += b"\n"
        return q.replace(b"\n", b"\r\n")
    raise ValueError(cte)


class Leaf:
    def __init__(self, headers, data):
        self.headers, self.data = headers, data


class Multi:
    def __init__(self, subtype, parts, boundary, headers=(), preamble=None, params=""):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.headers, self.preamble, self.params = list(headers), preamble, params


class Rfc822:
    def __init__(self, msgbytes, headers=()):
        self.msg, self.headers = msgbytes, list(headers)


def text_leaf(text, subtype="plain", charset="utf-8", cte=None, ct_extra="", headers=(), label=None,
              eol="\r\n"):
    text = text.replace("\r\n", "\n").replace("\n", eol)
    try:
        raw = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
        raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "7bit" and not raw.isascii():
        cte = "8bit"
    lab = label or charset
    h = [("Content-Type", f'text/{subtype}; charset="{lab}"{ct_extra}'),
         ("Content-Transfer-Encoding", cte)] + list(headers)
    return Leaf(h, encode_payload(raw, cte))


def bin_leaf(ctype, raw, cte="base64", headers=()):
    h = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(headers)
    return Leaf(h, encode_payload(raw, cte))


def part_headers(p):
    if isinstance(p, Multi):
        return [("Content-Type", f'multipart/{p.subtype};{p.params}\r\n\tboundary="{p.boundary}"')] + p.headers
    if isinstance(p, Rfc822):
        return [("Content-Type", "message/rfc822")] + p.headers
    return p.headers


def ser_body(p):
    if isinstance(p, Leaf):
        return p.data
    if isinstance(p, Rfc822):
        m = p.msg
        return m if m.endswith(b"\r\n") else m + b"\r\n"
    out = b""
    if p.preamble:
        out += p.preamble.encode() + b"\r\n"
    for sub in p.parts:
        out += b"\r\n--" + p.boundary.encode() + b"\r\n"
        out += ser_headers(part_headers(sub)) + b"\r\n" + ser_body(sub)
    out += b"\r\n--" + p.boundary.encode() + b"--\r\n"
    return out


def ser_headers(hs):
    out = b""
    for k, v in hs:
        out += f"{k}: {v}\r\n".encode("utf-8")
    return out


def message(headers, body, mime_version=True):
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    hs += part_headers(body)
    return ser_headers(hs) + b"\r\n" + ser_body(body)


def boundary(rng, style):
    if style == "outlook":
        return f"_000_{rhex(rng, 8, True)}{rhex(rng, 8, True)}_"
    if style == "google":
        return f"000000000000{rhex(rng, 12)}"
    if style == "apple":
        return f"Apple-Mail={ruuid(rng, True)}"
    if style == "tb":
        return f"------------{rstr(rng, 24)}"
    if style == "php":
        return f"b1_{rstr(rng, 32)}"
    if style == "java":
        return f"----=_Part_{rng.randint(100000, 9999999)}_{rng.randint(10000000, 999999999)}.{rng.randint(10**12, 10**13)}"
    if style == "zimbra":
        return f"=_{ruuid(rng)}"
    return f"=_{rstr(rng, 20)}"
