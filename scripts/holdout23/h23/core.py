"""Low-level helpers: time zones, MIME assembly, header encoding, iCalendar lines.
Everything here is written from scratch for the holdout23 corpus (CC0 1.0)."""
import base64
import binascii
import datetime as dt

CRLF = "\r\n"

# ----------------------------------------------------------------------------
# time zones: (std offset min, dst offset min or None, rule, std name, dst name, windows name)
ZONES = {
    "Europe/Berlin": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Rome": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Stockholm": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Prague": (60, 120, "EU", "CET", "CEST", "Central Europe Standard Time"),
    "Europe/Warsaw": (60, 120, "EU", "CET", "CEST", "Central European Standard Time"),
    "Europe/London": (0, 60, "EU", "GMT", "BST", "GMT Standard Time"),
    "Europe/Lisbon": (0, 60, "EU", "WET", "WEST", "GMT Standard Time"),
    "Europe/Athens": (120, 180, "EU", "EET", "EEST", "GTB Standard Time"),
    "Europe/Moscow": (180, None, None, "MSK", None, "Russian Standard Time"),
    "Europe/Istanbul": (180, None, None, "+03", None, "Turkey Standard Time"),
    "America/New_York": (-300, -240, "US", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, -300, "US", "CST", "CDT", "Central Standard Time"),
    "America/Los_Angeles": (-480, -420, "US", "PST", "PDT", "Pacific Standard Time"),
    "America/Sao_Paulo": (-180, None, None, "-03", None, "E. South America Standard Time"),
    "Asia/Tokyo": (540, None, None, "JST", None, "Tokyo Standard Time"),
    "Asia/Shanghai": (480, None, None, "CST", None, "China Standard Time"),
    "Asia/Taipei": (480, None, None, "CST", None, "Taipei Standard Time"),
    "Asia/Hong_Kong": (480, None, None, "HKT", None, "China Standard Time"),
    "Asia/Seoul": (540, None, None, "KST", None, "Korea Standard Time"),
    "Asia/Kolkata": (330, None, None, "IST", None, "India Standard Time"),
    "Asia/Bangkok": (420, None, None, "+07", None, "SE Asia Standard Time"),
    "Asia/Dubai": (240, None, None, "+04", None, "Arabian Standard Time"),
    "Asia/Riyadh": (180, None, None, "+03", None, "Arab Standard Time"),
    "Asia/Singapore": (480, None, None, "+08", None, "Singapore Standard Time"),
    "Asia/Jerusalem": (120, 180, "IL", "IST", "IDT", "Israel Standard Time"),
    "Africa/Lagos": (60, None, None, "WAT", None, "W. Central Africa Standard Time"),
    "UTC": (0, None, None, "UTC", None, "UTC"),
}


def _nth_weekday(year, month, weekday, n):
    """n>=1: nth weekday; n=-1 last weekday (weekday 0=Mon)."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _is_dst(tzid, local):
    std, dst, rule = ZONES[tzid][:3]
    if dst is None:
        return False
    y = local.year
    if rule == "EU":
        a = _nth_weekday(y, 3, 6, -1)
        b = _nth_weekday(y, 10, 6, -1)
    elif rule == "US":
        a = _nth_weekday(y, 3, 6, 2)
        b = _nth_weekday(y, 11, 6, 1)
    else:  # IL: Friday before last Sunday of March, last Sunday Oct
        a = _nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2)
        b = _nth_weekday(y, 10, 6, -1)
    return a <= local.date() < b


def offset_min(tzid, local):
    std, dst = ZONES[tzid][:2]
    return dst if _is_dst(tzid, local) else std


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=offset_min(tzid, local))


def from_utc(tzid, utc):
    guess = utc + dt.timedelta(minutes=ZONES[tzid][0])
    return utc + dt.timedelta(minutes=offset_min(tzid, guess))


def tzabbr(tzid, local):
    z = ZONES[tzid]
    return z[4] if _is_dst(tzid, local) else z[3]


def fmt_off(minutes, colon=False):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%s%02d" % (sign, m // 60, ":" if colon else "", m % 60)


def winname(tzid):
    return ZONES[tzid][5]


def _rule_parts(tzid):
    rule = ZONES[tzid][2]
    if rule == "EU":
        std = ZONES[tzid][0]
        # transitions at 01:00 UTC
        start_local = 1 + std // 60
        end_local = start_local + 1
        return ((3, "-1SU", start_local), (10, "-1SU", end_local))
    if rule == "US":
        return ((3, "2SU", 2), (11, "1SU", 2))
    if rule == "IL":
        return ((3, "FR;BYMONTHDAY=23,24,25,26,27,28,29", 2), (10, "-1SU", 2))
    return None


def vtimezone(tzid, style="olson"):
    """Return list of unfolded content lines for a VTIMEZONE."""
    std, dst, rule, sn, dn, wn = ZONES[tzid]
    out = ["BEGIN:VTIMEZONE"]
    parts = _rule_parts(tzid)
    if style == "ms":
        out.append("TZID:" + wn)
        if parts:
            (dm, dday, dh), (sm, sday, sh) = parts
            sday_ms = sday.split(";")[0]
            dday_ms = dday.split(";")[0]
            out += ["BEGIN:STANDARD", "DTSTART:16010101T%02d0000" % sh, "TZOFFSETFROM:" + fmt_off(dst),
                    "TZOFFSETTO:" + fmt_off(std),
                    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (sday_ms, sm), "END:STANDARD",
                    "BEGIN:DAYLIGHT", "DTSTART:16010101T%02d0000" % dh, "TZOFFSETFROM:" + fmt_off(std),
                    "TZOFFSETTO:" + fmt_off(dst),
                    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (dday_ms, dm), "END:DAYLIGHT"]
        else:
            out += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                    "TZOFFSETTO:" + fmt_off(std), "END:STANDARD", "BEGIN:DAYLIGHT",
                    "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std),
                    "END:DAYLIGHT"]
    elif style == "zimbra":
        out.append("TZID:" + tzid)
        if parts:
            (dm, dday, dh), (sm, sday, sh) = parts
            out += ["BEGIN:STANDARD", "DTSTART:16010101T%02d0000" % sh, "TZOFFSETTO:" + fmt_off(std),
                    "TZOFFSETFROM:" + fmt_off(dst),
                    "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s" % (sm, sday.split(";")[0]),
                    "TZNAME:" + sn, "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T%02d0000" % dh,
                    "TZOFFSETTO:" + fmt_off(dst), "TZOFFSETFROM:" + fmt_off(std),
                    "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s" % (dm, dday.split(";")[0]),
                    "TZNAME:" + dn, "END:DAYLIGHT"]
        else:
            out += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETTO:" + fmt_off(std),
                    "TZOFFSETFROM:" + fmt_off(std), "TZNAME:" + sn, "END:STANDARD"]
    else:  # olson (google, thunderbird, nextcloud) / apple
        apple = style == "apple"
        out.append("TZID:" + tzid)
        if not apple:
            out.append("X-LIC-LOCATION:" + tzid)
        if parts:
            (dm, dday, dh), (sm, sday, sh) = parts
            seq = [("DAYLIGHT", std, dst, dn, "%s%02d%02dT%02d0000" % ("1970" if not apple else "1981", dm,
                                                                     29 if dm == 3 else 8, dh),
                    "FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (dm, dday)),
                   ("STANDARD", dst, std, sn, "%s%02d%02dT%02d0000" % ("1970" if not apple else "1996", sm,
                                                                      25 if sm == 10 else 1, sh),
                    "FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (sm, sday))]
            for kind, f, t, n, start, rr in seq:
                if apple:
                    out += ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(f), "RRULE:" + rr, "DTSTART:" + start,
                            "TZNAME:" + n, "TZOFFSETTO:" + fmt_off(t), "END:" + kind]
                else:
                    out += ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(f), "TZOFFSETTO:" + fmt_off(t),
                            "TZNAME:" + n, "DTSTART:" + start, "RRULE:" + rr, "END:" + kind]
        else:
            out += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std),
                    "TZNAME:" + sn, "DTSTART:19700101T000000", "END:STANDARD"]
    out.append("END:VTIMEZONE")
    return out


# ----------------------------------------------------------------------------
# date formats
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc2822(t, offmin=0):
    loc = t + dt.timedelta(minutes=offmin)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[loc.weekday()], loc.day, MONS[loc.month - 1], loc.year,
                                               loc.hour, loc.minute, loc.second, fmt_off(offmin))


def ical_dt(t):
    return t.strftime("%Y%m%dT%H%M%S")


def ical_utc(t):
    return t.strftime("%Y%m%dT%H%M%SZ")


def ical_date(t):
    return t.strftime("%Y%m%d")


# ----------------------------------------------------------------------------
# charsets
CODEC = {"windows-874": "cp874", "x-mac-roman": "mac_roman"}


def codec(label):
    return CODEC.get(label.lower(), label.lower())


def can_encode(text, label):
    try:
        text.encode(codec(label))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# ----------------------------------------------------------------------------
# RFC 2047 encoded words
def _ew(s, label, enc, upper):
    b = s.encode(codec(label))
    lab = label.upper() if upper else label
    if enc == "B":
        return "=?%s?B?%s?=" % (lab, base64.b64encode(b).decode())
    out = []
    for ch in b:
        c = chr(ch)
        if c == " ":
            out.append("_")
        elif c.isalnum() and ch < 128:
            out.append(c)
        elif c in "!*+-/" and ch < 128:
            out.append(c)
        else:
            out.append("=%02X" % ch)
    return "=?%s?Q?%s?=" % (lab, "".join(out))


def encode_words(s, label="utf-8", enc="B", upper=True, maxlen=75, sep=CRLF + " "):
    if is_ascii(s):
        return s
    if not can_encode(s, label):
        label = "utf-8"
    words, chunk = [], ""
    for ch in s:
        cand = chunk + ch
        if chunk and len(_ew(cand, label, enc, upper)) > maxlen:
            words.append(_ew(chunk, label, enc, upper))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew(chunk, label, enc, upper))
    return sep.join(words)


def fold_header(name, value, width=78, sep=CRLF + " "):
    """Fold an ASCII header value at spaces."""
    line = name + ": " + value
    if len(line) <= width or CRLF in value:
        return line
    out, cur = [], name + ":"
    for tok in value.split(" "):
        if len(cur) + 1 + len(tok) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = tok
        else:
            cur = cur + " " + tok if cur else tok
    out.append(cur)
    return sep.join(out)


def addr(name, email, label="utf-8", enc="B", upper=True, quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in name for c in ',.;:@()<>[]"\\'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encode_words(name, label, enc, upper), email)


def addr_list(pairs, label="utf-8", enc="B", upper=True, sep=CRLF + "\t", width=76):
    items = [addr(n, e, label, enc, upper) for n, e in pairs]
    lines, cur = [], ""
    for it in items:
        piece = it if not cur else cur + ", " + it
        if cur and len(piece) > width:
            lines.append(cur + ",")
            cur = it
        else:
            cur = piece
    lines.append(cur)
    return sep.join(lines)


# ----------------------------------------------------------------------------
# body encodings
def encode_body(text, label="utf-8", cte="base64", wrap=76, bare_lf=False):
    """Return (payload_str_with_CRLF, label_used, cte_used)."""
    text = text.replace("\r\n", "\n")
    if not can_encode(text, label):
        label = "utf-8"
    raw = text.encode(codec(label))
    if cte in ("7bit", "8bit") and label.lower() != "iso-2022-jp":
        try:
            raw.decode("ascii")
            cte_used = "7bit"
        except UnicodeDecodeError:
            cte_used = "8bit" if cte == "8bit" else "8bit"
        lines = raw.split(b"\n")
        # hard-wrap nothing; RFC 5322 998 limit is respected by callers
        return (b"\r\n".join(lines)).decode("latin-1"), label, cte_used
    if label.lower() == "iso-2022-jp" and cte in ("7bit", "8bit"):
        return (b"\r\n".join(raw.split(b"\n"))).decode("ascii"), label, "7bit"
    if cte == "quoted-printable":
        qp = binascii.b2a_qp(raw, istext=True, header=False)
        qp = qp.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return qp.decode("ascii"), label, cte
    # base64
    if not bare_lf:
        raw = b"\r\n".join(raw.split(b"\n"))
    s = base64.b64encode(raw).decode("ascii")
    return CRLF.join(s[i:i + wrap] for i in range(0, len(s), wrap)), label, "base64"


def b64_block(data, wrap=76):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + wrap] for i in range(0, len(s), wrap))


class Part:
    """A MIME entity. headers: list of raw header strings (already folded, no CRLF at end)."""

    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = CRLF.join(self.headers) + CRLF + CRLF
        if self.parts is None:
            body = self.body or ""
            if body and not body.endswith(CRLF):
                body += CRLF
            return out + body
        if self.preamble:
            out += self.preamble + CRLF
        for p in self.parts:
            out += "--" + self.boundary + CRLF + p.render()
            if not out.endswith(CRLF):
                out += CRLF
        out += "--" + self.boundary + "--" + CRLF
        if self.epilogue:
            out += self.epilogue + CRLF
        return out


def text_part(text, ctype="text/plain", label="utf-8", cte="base64", extra_params="", extra_headers=(),
              quote_charset=True, bare_lf=False, ctype_sep="; "):
    payload, lab, c = encode_body(text, label, cte, bare_lf=bare_lf)
    cs = '"%s"' % lab if quote_charset else lab
    hdrs = ["Content-Type: %s%scharset=%s%s" % (ctype, ctype_sep, cs, extra_params),
            "Content-Transfer-Encoding: " + c]
    hdrs += list(extra_headers)
    return Part(hdrs, payload)


# ----------------------------------------------------------------------------
# iCalendar content lines
def esc(s, commas=True):
    s = s.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        s = s.replace(",", "\\,")
    return s.replace("\r\n", "\n").replace("\n", "\\n")


def param(v):
    if any(c in v for c in ':;,'):
        return '"%s"' % v.replace('"', "'")
    return v


def prop(name, value, params=()):
    p = "".join(";%s=%s" % (k, param(str(v))) for k, v in params)
    return "%s%s:%s" % (name, p, value)


def fold_line(line, mode="octet"):
    if mode == "none":
        return [line]
    if mode == "char":
        if len(line) <= 75:
            return [line]
        out = [line[:75]]
        rest = line[75:]
        while rest:
            out.append(" " + rest[:74])
            rest = rest[74:]
        return out
    cont = "\t" if mode == "tab" else " "
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur, curlen, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if curlen + n > limit:
            out.append(cur)
            cur, curlen, limit = cont, 1, 75
        cur += ch
        curlen += n
    out.append(cur)
    return out


def ics_text(lines, fold="octet", eol=CRLF):
    res = []
    for ln in lines:
        res.extend(fold_line(ln, fold))
    return eol.join(res) + eol
