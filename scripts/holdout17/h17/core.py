"""Low level helpers: time zones, iCalendar lines, MIME encoding.

Standard library only.  Everything that is random takes an explicit
random.Random so the whole corpus is reproducible.
"""
import base64
import datetime as dt
import email.header
import email.utils
import hashlib

CRLF = "\r\n"

# charset label (as written in a header) -> python codec
CODEC = {
    "windows-874": "cp874",
    "ks_c_5601-1987": "cp949",
    "us-ascii": "ascii",
}


def codec(label):
    return CODEC.get(label.lower(), label.lower())


def can_encode(text, label):
    try:
        text.encode(codec(label))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


# ---------------------------------------------------------------- time zones
# tzid: (windows name, standard offset minutes, dst rule or None, std abbr, dst abbr)
TZ = {
    "Europe/London": ("GMT Standard Time", 0, "eu", "GMT", "BST"),
    "Europe/Lisbon": ("GMT Standard Time", 0, "eu", "WET", "WEST"),
    "Europe/Berlin": ("W. Europe Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Vienna": ("W. Europe Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Zurich": ("W. Europe Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Rome": ("W. Europe Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Amsterdam": ("W. Europe Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Brussels": ("Romance Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Paris": ("Romance Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Madrid": ("Romance Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Warsaw": ("Central European Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Prague": ("Central Europe Standard Time", 60, "eu", "CET", "CEST"),
    "Europe/Athens": ("GTB Standard Time", 120, "eu", "EET", "EEST"),
    "Asia/Nicosia": ("GTB Standard Time", 120, "eu", "EET", "EEST"),
    "Europe/Moscow": ("Russian Standard Time", 180, None, "MSK", "MSK"),
    "Asia/Jerusalem": ("Israel Standard Time", 120, "il", "IST", "IDT"),
    "Asia/Riyadh": ("Arab Standard Time", 180, None, "+03", "+03"),
    "Asia/Dubai": ("Arabian Standard Time", 240, None, "+04", "+04"),
    "Africa/Cairo": ("Egypt Standard Time", 120, None, "EET", "EET"),
    "Africa/Casablanca": ("Morocco Standard Time", 60, None, "+01", "+01"),
    "Asia/Kolkata": ("India Standard Time", 330, None, "IST", "IST"),
    "Asia/Bangkok": ("SE Asia Standard Time", 420, None, "+07", "+07"),
    "Asia/Shanghai": ("China Standard Time", 480, None, "CST", "CST"),
    "Asia/Hong_Kong": ("China Standard Time", 480, None, "HKT", "HKT"),
    "Asia/Taipei": ("Taipei Standard Time", 480, None, "CST", "CST"),
    "Asia/Singapore": ("Singapore Standard Time", 480, None, "+08", "+08"),
    "Asia/Tokyo": ("Tokyo Standard Time", 540, None, "JST", "JST"),
    "Asia/Seoul": ("Korea Standard Time", 540, None, "KST", "KST"),
    "America/New_York": ("Eastern Standard Time", -300, "us", "EST", "EDT"),
    "America/Chicago": ("Central Standard Time", -360, "us", "CST", "CDT"),
    "America/Denver": ("Mountain Standard Time", -420, "us", "MST", "MDT"),
    "America/Los_Angeles": ("Pacific Standard Time", -480, "us", "PST", "PDT"),
    "America/Toronto": ("Eastern Standard Time", -300, "us", "EST", "EDT"),
    "America/Sao_Paulo": ("E. South America Standard Time", -180, None, "-03", "-03"),
    "America/Mexico_City": ("Central Standard Time (Mexico)", -360, None, "CST", "CST"),
    "Australia/Sydney": ("AUS Eastern Standard Time", 600, "au", "AEST", "AEDT"),
    "UTC": ("UTC", 0, None, "UTC", "UTC"),
}

# Windows display names used by Exchange in some VTIMEZONE blocks / text bodies
TZ_DISPLAY = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "Central Europe Standard Time": "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "GTB Standard Time": "(UTC+02:00) Athens, Bucharest",
    "Russian Standard Time": "(UTC+03:00) Moscow, St. Petersburg",
    "Israel Standard Time": "(UTC+02:00) Jerusalem",
    "Arab Standard Time": "(UTC+03:00) Kuwait, Riyadh",
    "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
    "Egypt Standard Time": "(UTC+02:00) Cairo",
    "Morocco Standard Time": "(UTC+01:00) Casablanca",
    "India Standard Time": "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "China Standard Time": "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
    "Taipei Standard Time": "(UTC+08:00) Taipei",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "Tokyo Standard Time": "(UTC+09:00) Osaka, Sapporo, Tokyo",
    "Korea Standard Time": "(UTC+09:00) Seoul",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "E. South America Standard Time": "(UTC-03:00) Brasilia",
    "Central Standard Time (Mexico)": "(UTC-06:00) Guadalajara, Mexico City, Monterrey",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "UTC": "(UTC) Coordinated Universal Time",
}


def _nth_weekday(year, month, weekday, n):
    """n-th (1-based) weekday (0=Mon) of month; n=-1 for last."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nm = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nm - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def utc_offset(tzid, local):
    """UTC offset (minutes) for a naive local datetime in tzid."""
    _, std, rule, _, _ = TZ[tzid]
    if not rule:
        return std
    y = local.year
    if rule == "eu":
        start = dt.datetime.combine(_nth_weekday(y, 3, 6, -1), dt.time(1)) + dt.timedelta(minutes=std)
        end = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1)) + dt.timedelta(minutes=std + 60)
        return std + 60 if start <= local < end else std
    if rule == "us":
        start = dt.datetime.combine(_nth_weekday(y, 3, 6, 2), dt.time(2))
        end = dt.datetime.combine(_nth_weekday(y, 11, 6, 1), dt.time(2))
        return std + 60 if start <= local < end else std
    if rule == "il":
        start = dt.datetime.combine(_nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), dt.time(2))
        end = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(2))
        return std + 60 if start <= local < end else std
    if rule == "au":
        end = dt.datetime.combine(_nth_weekday(y, 4, 6, 1), dt.time(3))
        start = dt.datetime.combine(_nth_weekday(y, 10, 6, 1), dt.time(2))
        return std if end <= local < start else std + 60
    return std


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=utc_offset(tzid, local))


def to_local(tzid, utc):
    guess = utc + dt.timedelta(minutes=TZ[tzid][1])
    return utc + dt.timedelta(minutes=utc_offset(tzid, guess))


def fmt_off(minutes, colon=False):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%s%02d" % (sign, m // 60, ":" if colon else "", m % 60)


def rfc2822(local, offset_min, zone_comment=None):
    s = local.strftime("%a, %d %b %Y %H:%M:%S ") + fmt_off(offset_min)
    if zone_comment:
        s += " (%s)" % zone_comment
    return s


def ical_dt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ical_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def ical_date(d):
    return d.strftime("%Y%m%d")


_RULE_LINES = {
    # rule: (daylight month/byday, daylight start hour fn, standard month/byday)
    "eu": ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU", (3, -1), (10, -1)),
    "us": ("BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU", (3, 2), (11, 1)),
    "il": ("BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR", "BYMONTH=10;BYDAY=-1SU", (3, -1), (10, -1)),
    "au": ("BYMONTH=10;BYDAY=1SU", "BYMONTH=4;BYDAY=1SU", (10, 1), (4, 1)),
}


def vtimezone(tzid, style="olson", tzname=True, xlic=False, quote_tzid=False):
    """Return list of content lines for a VTIMEZONE block.

    style: 'olson'  -> IANA id, 1970 DTSTARTs (Apple, Lightning, Google, Nextcloud)
           'ms'     -> Windows id, 1601 DTSTARTs (Exchange/Outlook)
           'zimbra' -> IANA id, 1601 DTSTARTs with WKST (Zimbra)
    """
    win, std, rule, sabbr, dabbr = TZ[tzid]
    name = win if style == "ms" else tzid
    if quote_tzid:
        name = '"%s"' % name
    L = ["BEGIN:VTIMEZONE", "TZID:" + name]
    if xlic:
        L.append("X-LIC-LOCATION:" + tzid)
    if not rule:
        L += ["BEGIN:STANDARD",
              "DTSTART:%s" % ("16010101T000000" if style in ("ms", "zimbra") else "19700101T000000"),
              "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std)]
        if tzname and style != "ms":
            L.append("TZNAME:" + sabbr)
        L += ["END:STANDARD", "END:VTIMEZONE"]
        return L
    dl_rr, st_rr, _, _ = _RULE_LINES[rule]
    if rule == "eu":
        d_hour, s_hour = 1 + std // 60, 2 + std // 60
    elif rule == "us":
        d_hour, s_hour = 2, 2
    elif rule == "il":
        d_hour, s_hour = 2, 2
    else:
        d_hour, s_hour = 2, 3
    if style == "olson":
        d_start = {"eu": "19700329", "us": "19700308", "il": "19700327", "au": "19701004"}[rule]
        s_start = {"eu": "19701025", "us": "19701101", "il": "19701025", "au": "19700405"}[rule]
    else:
        d_start = s_start = "16010101"
    ms = style in ("ms", "zimbra")
    if ms:
        dl_rr = dl_rr.replace("BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR", "BYDAY=-1FR")
        def rr(x):
            parts = dict(p.split("=") for p in x.split(";"))
            extra = ";WKST=MO" if style == "zimbra" else ""
            return "RRULE:FREQ=YEARLY%s;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (extra, parts["BYDAY"], parts["BYMONTH"])
    else:
        def rr(x):
            return "RRULE:FREQ=YEARLY;" + x
    std_block = ["BEGIN:STANDARD", "DTSTART:%sT%02d0000" % (s_start, s_hour)]
    dst_block = ["BEGIN:DAYLIGHT", "DTSTART:%sT%02d0000" % (d_start, d_hour)]
    if style == "zimbra":
        std_block += ["TZOFFSETTO:" + fmt_off(std), "TZOFFSETFROM:" + fmt_off(std + 60), rr(st_rr)]
        dst_block += ["TZOFFSETTO:" + fmt_off(std + 60), "TZOFFSETFROM:" + fmt_off(std), rr(dl_rr)]
    else:
        std_block += ["TZOFFSETFROM:" + fmt_off(std + 60), "TZOFFSETTO:" + fmt_off(std), rr(st_rr)]
        dst_block += ["TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std + 60), rr(dl_rr)]
    if tzname and style != "ms":
        std_block.append("TZNAME:" + sabbr)
        dst_block.append("TZNAME:" + dabbr)
    std_block.append("END:STANDARD")
    dst_block.append("END:DAYLIGHT")
    if style == "olson":
        L += dst_block + std_block
    else:
        L += std_block + dst_block
    L.append("END:VTIMEZONE")
    return L


# ---------------------------------------------------------------- iCalendar
def esc(text, commas=True, semis=True):
    """RFC 5545 TEXT escaping."""
    t = text.replace("\\", "\\\\")
    if semis:
        t = t.replace(";", "\\;")
    if commas:
        t = t.replace(",", "\\,")
    t = t.replace("\r\n", "\n").replace("\n", "\\n")
    return t


def pval(v):
    """Quote a parameter value when needed."""
    if any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


def line(name, value, params=()):
    """Build a content line from name, list of (k, v) params and a raw value."""
    s = name
    for k, v in params:
        s += ";%s=%s" % (k, pval(v) if not v.startswith('"') else v)
    return s + ":" + value


def fold(text_line, width=75, cont=" ", count_chars=False):
    """Fold one content line at `width` octets (or characters)."""
    if count_chars:
        out, cur = [], ""
        for ch in text_line:
            if len(cur) >= (width if not out else width - len(cont)):
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
        return ("\r\n" + cont).join(out)
    b = text_line.encode("utf-8")
    if len(b) <= width:
        return text_line
    out = []
    pos = 0
    limit = width
    while pos < len(b):
        end = min(pos + limit, len(b))
        # do not split a UTF-8 sequence
        while end < len(b) and (b[end] & 0xC0) == 0x80:
            end -= 1
        out.append(b[pos:end].decode("utf-8"))
        pos = end
        limit = width - len(cont.encode())
    return ("\r\n" + cont).join(out)


def render_ics(lines, fold_style="std", eol="\r\n"):
    """lines: list of unfolded content lines.

    fold_style: std (75 octets), chars74 (Outlook-ish 74 chars), none (no folding),
    tab (continuation with TAB), sloppy (fixed 60 chars, no continuation WSP
    on some lines - broken generators)."""
    out = []
    for i, l in enumerate(lines):
        if fold_style == "std":
            out.append(fold(l))
        elif fold_style == "chars74":
            out.append(fold(l, 74, count_chars=True))
        elif fold_style == "tab":
            out.append(fold(l, 75, cont="\t"))
        elif fold_style == "none":
            out.append(l)
        elif fold_style == "sloppy":
            if len(l) > 60:
                chunks = [l[j:j + 60] for j in range(0, len(l), 60)]
                # broken tool: continuation lines sometimes lack the leading space
                out.append(chunks[0] + "".join(("\r\n" + (" " if (k % 2 == 0) else "") + c)
                                               for k, c in enumerate(chunks[1:])))
            else:
                out.append(l)
        else:
            raise ValueError(fold_style)
    s = "\r\n".join(out) + "\r\n"
    if eol != "\r\n":
        s = s.replace("\r\n", eol)
    return s


# ---------------------------------------------------------------- MIME
def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n"


def qp(data, width=76):
    """Quoted-printable encode bytes, CRLF line ends, soft breaks."""
    out_lines = []
    text = data.replace(b"\r\n", b"\n")
    for raw in text.split(b"\n"):
        enc = []
        for i, c in enumerate(raw):
            last = i == len(raw) - 1
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and not last):
                enc.append(chr(c))
            else:
                enc.append("=%02X" % c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
    if out_lines and out_lines[-1] == "":
        out_lines.pop()
        return "\r\n".join(out_lines) + "\r\n"
    return "\r\n".join(out_lines)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    """Return the encoded body as bytes (CRLF)."""
    if isinstance(text, bytes):
        data = text
    else:
        data = crlf(text).encode(codec(charset))
    if cte == "base64":
        return b64(data).encode("ascii")
    if cte == "quoted-printable":
        return qp(data).encode("ascii")
    if cte in ("7bit", "8bit", None):
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    raise ValueError(cte)


class Part:
    """A MIME entity.  headers: list of (name, value) already ASCII/encoded."""

    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def to_bytes(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\r\n" % (k, v)).encode("ascii"))
        out.append(b"\r\n")
        if self.parts is not None:
            if self.preamble:
                out.append(crlf(self.preamble).encode("ascii"))
            for p in self.parts:
                out.append(("--%s\r\n" % self.boundary).encode("ascii"))
                pb = p.to_bytes()
                out.append(pb)
                if not pb.endswith(b"\r\n"):
                    out.append(b"\r\n")
            out.append(("--%s--\r\n" % self.boundary).encode("ascii"))
            if self.epilogue:
                out.append(crlf(self.epilogue).encode("ascii"))
        else:
            out.append(self.body)
        return b"".join(out)


def ew_utf8(text, first_room=60):
    """RFC 2047 B-encoding in UTF-8; never splits a character or a base+combining mark."""
    import unicodedata
    words, cur = [], ""
    limit = 75 - len("=?utf-8?b??=")
    for ch in text:
        cand = cur + ch
        n = len(base64.b64encode(cand.encode("utf-8")))
        if n > limit and cur and not unicodedata.combining(ch) and unicodedata.category(ch) not in ("Mn", "Mc"):
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    return "\r\n ".join("=?utf-8?b?%s?=" % base64.b64encode(w.encode("utf-8")).decode() for w in words)


HDR_CS = {"windows-874": "tis-620", "ks_c_5601-1987": "euc-kr", "us-ascii": "utf-8"}


def hdr(text, charset="utf-8", name="Subject", force=False):
    """Encode an unstructured header value (RFC 2047) if needed."""
    if not force and all(ord(c) < 128 for c in text):
        if len(name) + 2 + len(text) <= 78:
            return text
        # fold ASCII at spaces
        words = text.split(" ")
        lines, cur = [], ""
        first = True
        for w in words:
            lim = 78 - (len(name) + 2 if first else 1)
            if cur and len(cur) + 1 + len(w) > lim:
                lines.append(cur)
                cur = w
                first = False
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        return "\r\n ".join(lines)
    ks = charset.lower() == "ks_c_5601-1987"
    charset = HDR_CS.get(charset.lower(), charset)
    cs = charset if can_encode(text, charset) else "utf-8"
    if cs.lower() == "utf-8" and any(ord(c) > 0x2FF for c in text):
        return ew_utf8(text)
    h = email.header.Header(text, cs, maxlinelen=76, header_name=name)
    out = h.encode(linesep="\r\n")
    return out.replace("=?euc-kr?", "=?ks_c_5601-1987?") if ks else out


def addr(name, address, charset="utf-8", quote=True):
    if not name:
        return address if not quote else "<%s>" % address if False else address
    if all(ord(c) < 128 for c in name):
        if quote and any(c in name for c in ',.;:()<>@[]"') or quote == "always":
            return '"%s" <%s>' % (name.replace('"', ""), address)
        return "%s <%s>" % (name, address)
    ks = charset.lower() == "ks_c_5601-1987"
    charset = HDR_CS.get(charset.lower(), charset)
    cs = charset if can_encode(name, charset) else "utf-8"
    if cs.lower() == "utf-8" and any(ord(c) > 0x2FF for c in name):
        enc = ew_utf8(name)
    else:
        enc = email.header.Header(name, cs).encode(linesep="\r\n")
    if ks:
        enc = enc.replace("=?euc-kr?", "=?ks_c_5601-1987?")
    return "%s <%s>" % (enc, address)


def addr_list(people, charset="utf-8", per_line=1):
    items = [addr(n, a, charset) for n, a in people]
    return ",\r\n\t".join(items) if per_line else ", ".join(items)


def hexid(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = hexid(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def fake_b64(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def digest_b64(text):
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
