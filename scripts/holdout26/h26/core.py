"""Low-level helpers: charsets, MIME assembly, header encoding, transport
headers (Received / Authentication-Results / DKIM-Signature), iCalendar
folding and time-zone data.  Standard library only."""
import base64
import binascii
import datetime as dt
import html
import re

CRLF = "\r\n"

# MIME charset label -> Python codec
_CODEC = {
    "windows-874": "cp874",
    "tis-620": "tis_620",
    "ks_c_5601-1987": "cp949",
    "x-sjis": "shift_jis",
    "gb2312": "gb2312",
}


def codec_for(cs):
    c = cs.lower()
    return _CODEC.get(c, c)


def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


def can_encode(text, cs):
    try:
        text.encode(codec_for(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def qp_encode(raw):
    out = binascii.b2a_qp(raw, istext=True).decode("ascii")
    return out.replace("\n", CRLF)


def encode_body(text, cs, cte, lf_only=False):
    """Encode a text body; returns bytes with CRLF line ends on the wire."""
    t = text.replace("\r\n", "\n")
    raw = t.encode(codec_for(cs))
    if cte in ("7bit", "8bit", "binary"):
        b = raw.replace(b"\n", b"\r\n")
        return b if b.endswith(b"\r\n") else b + b"\r\n"
    if cte == "quoted-printable":
        s = qp_encode(raw)
        return (s if s.endswith(CRLF) else s + CRLF).encode("ascii")
    if cte == "base64":
        if not lf_only:
            raw = raw.replace(b"\n", b"\r\n")
        return (b64_lines(raw) + CRLF).encode("ascii")
    raise ValueError(cte)


def encode_binary(data, width=76):
    return (b64_lines(data, width) + CRLF).encode("ascii")


# ---------------------------------------------------------------- headers
def ew(text, cs="utf-8", mode="B", label=None, maxlen=75):
    """RFC 2047 encoded words (folded with CRLF SP)."""
    if is_ascii(text):
        return text
    label = label or cs
    codec = codec_for(cs)
    if codec.startswith("iso2022") or codec.startswith("iso-2022"):
        mode = "B"

    def enc(s):
        b = s.encode(codec)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for x in b:
            ch = chr(x)
            if x < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            elif x == 32:
                out.append("_")
            else:
                out.append("=%02X" % x)
        return "".join(out)

    over = len(label) + 7
    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) + over > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return (CRLF + " ").join("=?%s?%s?%s?=" % (label, mode, enc(w)) for w in words)


_SPECIALS = set('()<>@,;:\\".[]')


def fa(name, addr, cs="utf-8", mode="B", label=None, quote=False, angle_only=False):
    """Format one address for a header."""
    if not name:
        return "<%s>" % addr if angle_only else addr
    if is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            n = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        else:
            n = name
    else:
        n = ew(name, cs, mode, label)
    return "%s <%s>" % (n, addr)


def fa_list(items, sep="," + CRLF + "\t"):
    return sep.join(items)


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc2822(utc, off_min=0, zname=None):
    loc = utc + dt.timedelta(minutes=off_min)
    sign = "+" if off_min >= 0 else "-"
    o = abs(off_min)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WD[loc.weekday()], loc.day, MO[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if zname:
        s += " (%s)" % zname
    return s


def rfc2822_pad(utc, off_min=0, zname=None):
    """Variant with zero-padded day as some MTAs write it."""
    loc = utc + dt.timedelta(minutes=off_min)
    sign = "+" if off_min >= 0 else "-"
    o = abs(off_min)
    s = "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        WD[loc.weekday()], loc.day, MO[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if zname:
        s += " (%s)" % zname
    return s


# ---------------------------------------------------------------- MIME tree
def leaf(headers, payload):
    return (list(headers), payload)


def multipart(ct_value, boundary, parts, preamble=None, blank_after=False):
    buf = []
    if preamble is not None:
        buf.append(preamble.encode("ascii") + b"\r\n")
    for h, p in parts:
        buf.append(b"--" + boundary.encode("ascii") + b"\r\n")
        buf.append(("\r\n".join(h) + "\r\n\r\n").encode("utf-8"))
        buf.append(p)
        if not p.endswith(b"\r\n"):
            buf.append(b"\r\n")
        if blank_after:
            buf.append(b"\r\n")
    buf.append(b"--" + boundary.encode("ascii") + b"--\r\n")
    return (["Content-Type: " + ct_value], b"".join(buf))


def assemble(top_headers, node):
    h, p = node
    head = "\r\n".join(list(top_headers) + h) + "\r\n\r\n"
    return head.encode("utf-8") + p


def text_to_html(text, style="p"):
    out = []
    url = re.compile(r"(https?://[^\s<>\"]+)")
    for para in text.split("\n"):
        e = html.escape(para)
        e = url.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), e)
        out.append(e)
    if style == "br":
        return "<br>\n".join(out)
    return "\n".join("<p>%s</p>" % (x if x else "&nbsp;") for x in out)


# ---------------------------------------------------------------- transport
def hexid(rng, n, alphabet="0123456789ABCDEF"):
    return "".join(rng.choice(alphabet) for _ in range(n))


B64A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rb64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def dkim_signature(rng, d, s, t, hlist, indent="\t", extra="", bwidth=70):
    bh = rb64(rng, 32)
    b = rb64(rng, 256 if not s.startswith("ed") else 64)
    chunks = [b[i:i + bwidth] for i in range(0, len(b), bwidth)]
    hdr = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d + CRLF +
           indent + "s=%s; t=%d;%s" % (s, t, extra) + CRLF +
           indent + "h=%s;" % hlist + CRLF +
           indent + "bh=%s;" % bh + CRLF +
           indent + "b=" + (CRLF + indent + " ").join(chunks))
    return hdr, b[:8]


def auth_results(dkims, spf, dmarc, arc=None):
    parts = []
    if not dkims:
        parts.append("dkim=none")
    for res, d, s, b in dkims:
        if res == "pass":
            parts.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b))
        elif res == "fail":
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, b))
        elif res == "neutral":
            parts.append("dkim=neutral (bad format) header.d=%s header.s=%s header.b=%s" % (d, s, b))
        else:
            parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, b))
    res, mf, ip = spf
    if res == "pass":
        parts.append("spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif res == "fail":
        parts.append("spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif res == "softfail":
        parts.append("spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif res == "neutral":
        parts.append("spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (ip, mf, mf))
    else:
        parts.append("spf=none (mx.example.net: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (mf, mf))
    if arc:
        parts.append(arc)
    dres, pol, dom = dmarc
    if pol:
        parts.append("dmarc=%s (%s) header.from=%s" % (dres, pol, dom))
    else:
        parts.append("dmarc=%s header.from=%s" % (dres, dom))
    return "Authentication-Results: mx.example.net;" + CRLF + "\t" + (";" + CRLF + "\t").join(parts)


def mx_received(helo, rdns, ip, qid, rcpt, when_utc, tls=True):
    ipfmt = ("IPv6:" + ip) if ":" in ip else ip
    return ("Received: from %s (%s [%s])" % (helo, rdns or "unknown", ipfmt) + CRLF +
            "\tby mx.example.net (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", qid) + CRLF +
            "\tfor <%s>; %s" % (rcpt, rfc2822(when_utc, 0, "UTC")))


# ---------------------------------------------------------------- iCalendar
def ics_escape(s, commas=True):
    s = s.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def fold_line(line, width=75, cont=" "):
    b = line.encode("utf-8")
    if width <= 0 or len(b) <= width:
        return line
    out, cur, limit = [], b"", width
    for ch in line:
        cb = ch.encode("utf-8")
        if cur and len(cur) + len(cb) > limit:
            out.append(cur)
            cur = b""
            limit = width - len(cont)
        cur += cb
    out.append(cur)
    return (CRLF + cont).join(x.decode("utf-8") for x in out)


def fold_ics(lines, width=75, cont=" ", eol=CRLF):
    txt = eol.join(fold_line(l, width, cont) for l in lines) + eol
    if eol != CRLF:
        txt = txt.replace(CRLF, eol)
    return txt


def f_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def f_loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def f_date(d):
    return d.strftime("%Y%m%d")


# time zones: std offset, dst offset (min), rule, std abbr, dst abbr, windows id
TZ = {
    "Europe/London": (0, 60, "eu", "GMT", "BST", "GMT Standard Time"),
    "Europe/Dublin": (0, 60, "eu", "GMT", "IST", "GMT Standard Time"),
    "Europe/Berlin": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Vienna": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Zurich": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Stockholm": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Rome": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Brussels": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Warsaw": (60, 120, "eu", "CET", "CEST", "Central European Standard Time"),
    "Europe/Prague": (60, 120, "eu", "CET", "CEST", "Central Europe Standard Time"),
    "Europe/Lisbon": (0, 60, "eu", "WET", "WEST", "GMT Standard Time"),
    "Europe/Athens": (120, 180, "eu", "EET", "EEST", "GTB Standard Time"),
    "Europe/Kiev": (120, 180, "eu", "EET", "EEST", "FLE Standard Time"),
    "Europe/Moscow": (180, None, None, "MSK", None, "Russian Standard Time"),
    "Europe/Istanbul": (180, None, None, "+03", None, "Turkey Standard Time"),
    "Asia/Jerusalem": (120, 180, "il", "IST", "IDT", "Israel Standard Time"),
    "Asia/Riyadh": (180, None, None, "+03", None, "Arab Standard Time"),
    "Asia/Dubai": (240, None, None, "+04", None, "Arabian Standard Time"),
    "Africa/Cairo": (120, None, None, "EET", None, "Egypt Standard Time"),
    "Asia/Kolkata": (330, None, None, "IST", None, "India Standard Time"),
    "Asia/Bangkok": (420, None, None, "+07", None, "SE Asia Standard Time"),
    "Asia/Shanghai": (480, None, None, "CST", None, "China Standard Time"),
    "Asia/Taipei": (480, None, None, "CST", None, "Taipei Standard Time"),
    "Asia/Hong_Kong": (480, None, None, "HKT", None, "China Standard Time"),
    "Asia/Singapore": (480, None, None, "+08", None, "Singapore Standard Time"),
    "Asia/Tokyo": (540, None, None, "JST", None, "Tokyo Standard Time"),
    "Asia/Seoul": (540, None, None, "KST", None, "Korea Standard Time"),
    "America/New_York": (-300, -240, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, -300, "us", "CST", "CDT", "Central Standard Time"),
    "America/Denver": (-420, -360, "us", "MST", "MDT", "Mountain Standard Time"),
    "America/Los_Angeles": (-480, -420, "us", "PST", "PDT", "Pacific Standard Time"),
    "America/Toronto": (-300, -240, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Sao_Paulo": (-180, None, None, "-03", None, "E. South America Standard Time"),
    "America/Mexico_City": (-360, None, None, "CST", None, "Central Standard Time (Mexico)"),
    "America/Bogota": (-300, None, None, "-05", None, "SA Pacific Standard Time"),
    "Australia/Sydney": (600, 660, "au", "AEST", "AEDT", "AUS Eastern Standard Time"),
}


def _last_sunday(y, m):
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def utcoffset(tz, local):
    std, dst, rule, *_ = TZ[tz]
    if not rule:
        return std
    d = local.date()
    y = d.year
    if rule == "eu":
        on = d >= _last_sunday(y, 3) and d < _last_sunday(y, 10)
    elif rule == "us":
        on = d >= _nth_sunday(y, 3, 2) and d < _nth_sunday(y, 11, 1)
    elif rule == "il":
        on = d >= _last_sunday(y, 3) - dt.timedelta(days=2) and d < _last_sunday(y, 10)
    elif rule == "au":
        on = not (d >= _nth_sunday(y, 4, 1) and d < _nth_sunday(y, 10, 1))
    else:
        on = False
    return dst if on else std


def tzabbr(tz, local):
    std, dst, rule, sa, da, win = TZ[tz]
    return da if (dst is not None and utcoffset(tz, local) == dst) else sa


def _off(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


def vtimezone(tz, style="olson"):
    """Return VTIMEZONE lines. style: olson|moz|google|apple|ms|sabre"""
    std, dst, rule, sa, da, win = TZ[tz]
    tzid = win if style == "ms" else tz
    L = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if style in ("moz", "google"):
        L.append("X-LIC-LOCATION:" + tz)
    if rule is None:
        if style == "ms":
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + _off(std),
                  "TZOFFSETTO:" + _off(std), "END:STANDARD"]
        else:
            L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + _off(std), "TZOFFSETTO:" + _off(std),
                  "TZNAME:" + sa, "DTSTART:19700101T000000", "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    if rule == "eu":
        sr, dr = ("10", "-1SU", "0300" if std >= 60 else "0200"), ("3", "-1SU", "0200" if std >= 60 else "0100")
        sdate, ddate = "19701025", "19700329"
    elif rule == "us":
        sr, dr = ("11", "1SU", "0200"), ("3", "2SU", "0200")
        sdate, ddate = "19701101", "19700308"
    elif rule == "il":
        sr, dr = ("10", "-1SU", "0200"), ("3", "-1FR", "0200")
        sdate, ddate = "19701025", "19700327"
    else:  # au
        sr, dr = ("4", "1SU", "0300"), ("10", "1SU", "0200")
        sdate, ddate = "19700405", "19701004"
    if style == "ms":
        L += ["BEGIN:STANDARD", "DTSTART:16010101T%s00" % sr[2], "TZOFFSETFROM:" + _off(dst),
              "TZOFFSETTO:" + _off(std), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (sr[1], sr[0]),
              "END:STANDARD",
              "BEGIN:DAYLIGHT", "DTSTART:16010101T%s00" % dr[2], "TZOFFSETFROM:" + _off(std),
              "TZOFFSETTO:" + _off(dst), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (dr[1], dr[0]),
              "END:DAYLIGHT"]
    elif style == "apple":
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + _off(std),
              "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % (dr[0], dr[1]),
              "DTSTART:%sT%s00" % (ddate, dr[2]), "TZNAME:" + da, "TZOFFSETTO:" + _off(dst), "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + _off(dst),
              "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % (sr[0], sr[1]),
              "DTSTART:%sT%s00" % (sdate, sr[2]), "TZNAME:" + sa, "TZOFFSETTO:" + _off(std), "END:STANDARD"]
    else:
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + _off(std), "TZOFFSETTO:" + _off(dst), "TZNAME:" + da,
              "DTSTART:%sT%s00" % (ddate, dr[2]), "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % (dr[0], dr[1]),
              "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + _off(dst), "TZOFFSETTO:" + _off(std), "TZNAME:" + sa,
              "DTSTART:%sT%s00" % (sdate, sr[2]), "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % (sr[0], sr[1]),
              "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L
