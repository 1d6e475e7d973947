"""Shared helpers: time zones, encodings, header folding, iCalendar text helpers.

Standard library only.  Everything that is random takes an explicit random.Random.
"""
import base64
import datetime as dt
import string
import unicodedata

CRLF = "\r\n"

# ---------------------------------------------------------------------------
# Time zones (hard-coded rules so the output never depends on the host tzdata)
# name: (std offset minutes, dst rule or None, std abbrev, dst abbrev,
#        windows name, google long name)
TZ = {
    "Europe/London": (0, "EU", "GMT", "BST", "GMT Standard Time", "Greenwich Mean Time - London"),
    "Europe/Dublin": (0, "EU", "GMT", "IST", "GMT Standard Time", "Greenwich Mean Time - Dublin"),
    "Europe/Lisbon": (0, "EU", "WET", "WEST", "GMT Standard Time", "Western European Time - Lisbon"),
    "Europe/Berlin": (60, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Berlin"),
    "Europe/Vienna": (60, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Vienna"),
    "Europe/Zurich": (60, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Zurich"),
    "Europe/Amsterdam": (60, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Amsterdam"),
    "Europe/Rome": (60, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Rome"),
    "Europe/Stockholm": (60, "EU", "CET", "CEST", "W. Europe Standard Time", "Central European Time - Stockholm"),
    "Europe/Paris": (60, "EU", "CET", "CEST", "Romance Standard Time", "Central European Time - Paris"),
    "Europe/Brussels": (60, "EU", "CET", "CEST", "Romance Standard Time", "Central European Time - Brussels"),
    "Europe/Madrid": (60, "EU", "CET", "CEST", "Romance Standard Time", "Central European Time - Madrid"),
    "Europe/Warsaw": (60, "EU", "CET", "CEST", "Central European Standard Time", "Central European Time - Warsaw"),
    "Europe/Prague": (60, "EU", "CET", "CEST", "Central Europe Standard Time", "Central European Time - Prague"),
    "Europe/Athens": (120, "EU", "EET", "EEST", "GTB Standard Time", "Eastern European Time - Athens"),
    "Europe/Moscow": (180, None, "MSK", "MSK", "Russian Standard Time", "Moscow Standard Time"),
    "Europe/Istanbul": (180, None, "+03", "+03", "Turkey Standard Time", "GMT+03:00"),
    "Asia/Jerusalem": (120, "IL", "IST", "IDT", "Israel Standard Time", "Israel Time"),
    "Asia/Dubai": (240, None, "+04", "+04", "Arabian Standard Time", "Gulf Standard Time"),
    "Asia/Riyadh": (180, None, "+03", "+03", "Arab Standard Time", "Arabian Standard Time"),
    "Asia/Kolkata": (330, None, "IST", "IST", "India Standard Time", "India Standard Time"),
    "Asia/Bangkok": (420, None, "+07", "+07", "SE Asia Standard Time", "Indochina Time"),
    "Asia/Shanghai": (480, None, "CST", "CST", "China Standard Time", "China Standard Time"),
    "Asia/Taipei": (480, None, "CST", "CST", "Taipei Standard Time", "Taipei Standard Time"),
    "Asia/Tokyo": (540, None, "JST", "JST", "Tokyo Standard Time", "Japan Standard Time"),
    "Asia/Seoul": (540, None, "KST", "KST", "Korea Standard Time", "Korean Standard Time"),
    "Asia/Singapore": (480, None, "+08", "+08", "Singapore Standard Time", "Singapore Standard Time"),
    "America/New_York": (-300, "US", "EST", "EDT", "Eastern Standard Time", "Eastern Time - New York"),
    "America/Chicago": (-360, "US", "CST", "CDT", "Central Standard Time", "Central Time - Chicago"),
    "America/Denver": (-420, "US", "MST", "MDT", "Mountain Standard Time", "Mountain Time - Denver"),
    "America/Los_Angeles": (-480, "US", "PST", "PDT", "Pacific Standard Time", "Pacific Time - Los Angeles"),
    "America/Toronto": (-300, "US", "EST", "EDT", "Eastern Standard Time", "Eastern Time - Toronto"),
    "America/Bogota": (-300, None, "-05", "-05", "SA Pacific Standard Time", "Colombia Standard Time"),
    "America/Argentina/Buenos_Aires": (-180, None, "-03", "-03", "Argentina Standard Time", "Argentina Standard Time"),
    "America/Sao_Paulo": (-180, None, "-03", "-03", "E. South America Standard Time", "Brasilia Standard Time"),
    "Australia/Sydney": (600, "AU", "AEST", "AEDT", "AUS Eastern Standard Time", "Eastern Australia Time - Sydney"),
    "Africa/Lagos": (60, None, "WAT", "WAT", "W. Central Africa Standard Time", "West Africa Standard Time"),
    "Africa/Johannesburg": (120, None, "SAST", "SAST", "South Africa Standard Time", "South Africa Standard Time"),
}


def _nth_weekday(year, month, weekday, n):
    """n-th weekday (0=Mon) of month; n=-1 -> last."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nm = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nm - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _dst_window_utc(rule, year, std):
    """Return (start_utc, end_utc) naive datetimes of DST in given year."""
    if rule == "EU":
        s = dt.datetime.combine(_nth_weekday(year, 3, 6, -1), dt.time(1))
        e = dt.datetime.combine(_nth_weekday(year, 10, 6, -1), dt.time(1))
        return s, e
    if rule == "US":
        s = dt.datetime.combine(_nth_weekday(year, 3, 6, 2), dt.time(2)) - dt.timedelta(minutes=std)
        e = dt.datetime.combine(_nth_weekday(year, 11, 6, 1), dt.time(2)) - dt.timedelta(minutes=std + 60)
        return s, e
    if rule == "IL":
        last_sun = _nth_weekday(year, 3, 6, -1)
        fri = last_sun - dt.timedelta(days=2)
        s = dt.datetime.combine(fri, dt.time(2)) - dt.timedelta(minutes=std)
        e = dt.datetime.combine(_nth_weekday(year, 10, 6, -1), dt.time(2)) - dt.timedelta(minutes=std + 60)
        return s, e
    if rule == "AU":  # southern hemisphere: DST from Oct to Apr -> return the *standard* window inverted
        e = dt.datetime.combine(_nth_weekday(year, 4, 6, 1), dt.time(3)) - dt.timedelta(minutes=std + 60)
        s = dt.datetime.combine(_nth_weekday(year, 10, 6, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return s, e
    return None


def offset_at_utc(tz, utc):
    std, rule = TZ[tz][0], TZ[tz][1]
    if not rule:
        return std
    s, e = _dst_window_utc(rule, utc.year, std)
    if rule == "AU":
        return std + 60 if (utc >= s or utc < e) else std
    return std + 60 if s <= utc < e else std


def to_utc(tz, local):
    std = TZ[tz][0]
    guess = local - dt.timedelta(minutes=std)
    off = offset_at_utc(tz, guess)
    return local - dt.timedelta(minutes=off)


def from_utc(tz, utc):
    return utc + dt.timedelta(minutes=offset_at_utc(tz, utc))


def fmt_off(minutes):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%02d" % (sign, m // 60, m % 60)


def rfc2822_date(utc, tz=None, style="std"):
    """Date header.  style 'std' -> 'Tue, 12 Mar 2024 10:15:02 +0100'."""
    if tz:
        off = offset_at_utc(tz, utc)
    else:
        off = 0
    loc = utc + dt.timedelta(minutes=off)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s = "%s, %d %s %d %02d:%02d:%02d %s" % (days[loc.weekday()], loc.day, mons[loc.month - 1], loc.year,
                                          loc.hour, loc.minute, loc.second, fmt_off(off))
    if style == "pad":
        s = "%s, %02d %s %d %02d:%02d:%02d %s" % (days[loc.weekday()], loc.day, mons[loc.month - 1], loc.year,
                                                 loc.hour, loc.minute, loc.second, fmt_off(off))
    if style == "utc":
        s += " (UTC)"
    return s


def ics_utc(d):
    return d.strftime("%Y%m%dT%H%M%SZ")


def ics_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ics_date(d):
    return d.strftime("%Y%m%d")


# ---------------------------------------------------------------------------
# VTIMEZONE blocks
def vtimezone_olson(tz, style="olson", first_year=1970):
    """Olson style VTIMEZONE (Google, Apple, Mozilla, Sabre, SOGo ...)."""
    std, rule, sab, dab, _w, _g = TZ[tz]
    L = ["BEGIN:VTIMEZONE", "TZID:" + tz]
    if style == "google":
        L.append("X-LIC-LOCATION:" + tz)
    if style == "mozilla":
        L.append("X-TZINFO:%s[2024a]" % tz)
    if not rule:
        L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std),
              "TZNAME:" + sab, "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
        return L
    if rule == "EU":
        hh_d = {0: "010000", 60: "020000", 120: "030000"}[std]
        hh_s = {0: "020000", 60: "030000", 120: "040000"}[std]
        dstart, sstart = "19700329T" + hh_d, "19701025T" + hh_s
        drr, srr = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
    elif rule == "US":
        dstart, sstart = "19700308T020000", "19701101T020000"
        drr, srr = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
    elif rule == "IL":
        dstart, sstart = "19700327T020000", "19701025T020000"
        drr = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR"
        srr = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
    else:  # AU
        dstart, sstart = "19701004T020000", "19700405T030000"
        drr, srr = "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"
    day = ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std + 60),
           "TZNAME:" + dab, "DTSTART:" + dstart, "RRULE:" + drr, "END:DAYLIGHT"]
    sta = ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std + 60), "TZOFFSETTO:" + fmt_off(std),
           "TZNAME:" + sab, "DTSTART:" + sstart, "RRULE:" + srr, "END:STANDARD"]
    if style == "apple":
        # Apple sorts properties alphabetically inside sub-components
        day = ["BEGIN:DAYLIGHT", "DTSTART:" + dstart, "RRULE:" + drr, "TZNAME:" + dab,
               "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std + 60), "END:DAYLIGHT"]
        sta = ["BEGIN:STANDARD", "DTSTART:" + sstart, "RRULE:" + srr, "TZNAME:" + sab,
               "TZOFFSETFROM:" + fmt_off(std + 60), "TZOFFSETTO:" + fmt_off(std), "END:STANDARD"]
    if style == "mozilla":
        day = ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std + 60),
               "TZNAME:" + dab, "DTSTART:" + dstart, "RRULE:" + drr, "END:DAYLIGHT"]
    return L + day + sta + ["END:VTIMEZONE"]


def vtimezone_windows(tz, quoted=False, zimbra=False):
    """Outlook / Exchange / Zimbra style VTIMEZONE with 1601 anchors."""
    std, rule, sab, dab, wname, _g = TZ[tz]
    name = wname if not zimbra else tz
    L = ["BEGIN:VTIMEZONE", "TZID:" + name]
    if not rule:
        L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
              "TZOFFSETTO:" + fmt_off(std)]
        if zimbra:
            L.append("TZNAME:" + sab)
        L += ["END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
              "TZOFFSETTO:" + fmt_off(std), "END:DAYLIGHT", "END:VTIMEZONE"] if not zimbra else \
             ["END:STANDARD", "END:VTIMEZONE"]
        return L
    if rule == "EU":
        hs = {0: "020000", 60: "030000", 120: "040000"}[std]
        hd = {0: "010000", 60: "020000", 120: "030000"}[std]
        srr = "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"
        drr = "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3"
    elif rule == "US":
        hs, hd = "020000", "020000"
        srr = "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11"
        drr = "FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3"
    elif rule == "IL":
        hs, hd = "020000", "020000"
        srr = "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"
        drr = "FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=3"
    else:
        hs, hd = "030000", "020000"
        srr = "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4"
        drr = "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10"
    if zimbra:
        srr = srr.replace("FREQ=YEARLY;INTERVAL=1;", "FREQ=YEARLY;WKST=MO;INTERVAL=1;")
        drr = drr.replace("FREQ=YEARLY;INTERVAL=1;", "FREQ=YEARLY;WKST=MO;INTERVAL=1;")
    sta = ["BEGIN:STANDARD", "DTSTART:16010101T" + hs, "TZOFFSETFROM:" + fmt_off(std + 60),
           "TZOFFSETTO:" + fmt_off(std), "RRULE:" + srr]
    day = ["BEGIN:DAYLIGHT", "DTSTART:16010101T" + hd, "TZOFFSETFROM:" + fmt_off(std),
           "TZOFFSETTO:" + fmt_off(std + 60), "RRULE:" + drr]
    if zimbra:
        sta = ["BEGIN:STANDARD", "DTSTART:16010101T" + hs, "TZOFFSETTO:" + fmt_off(std),
               "TZOFFSETFROM:" + fmt_off(std + 60), "RRULE:" + srr, "TZNAME:" + sab]
        day = ["BEGIN:DAYLIGHT", "DTSTART:16010101T" + hd, "TZOFFSETTO:" + fmt_off(std + 60),
               "TZOFFSETFROM:" + fmt_off(std), "RRULE:" + drr, "TZNAME:" + dab]
    return L + sta + ["END:STANDARD"] + day + ["END:DAYLIGHT", "END:VTIMEZONE"]


# ---------------------------------------------------------------------------
# iCalendar text helpers
def esc(text, commas=True):
    if text is None:
        return ""
    t = text.replace("\\", "\\\\").replace(";", "\\;")
    if commas:
        t = t.replace(",", "\\,")
    t = t.replace("\r\n", "\n").replace("\n", "\\n")
    return t


def esc_sloppy(text):
    """What careless generators do: only newlines escaped."""
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def fold_octets(line, width=75, cont=" "):
    """RFC 5545 folding at <= width octets, never splitting a UTF-8 sequence."""
    b = line.encode("utf-8")
    if len(b) <= width:
        return [line]
    out = []
    cur = ""
    cur_len = 0
    limit = width
    for ch in line:
        cl = len(ch.encode("utf-8"))
        if cur_len + cl > limit:
            out.append(cur)
            cur = ch
            cur_len = cl
            limit = width - len(cont)
        else:
            cur += ch
            cur_len += cl
    out.append(cur)
    return [out[0]] + [cont + x for x in out[1:]]


def fold_chars(line, width=75, cont=" "):
    """Character based folding (some generators count characters, not octets)."""
    if len(line) <= width:
        return [line]
    out = [line[:width]]
    rest = line[width:]
    while rest:
        out.append(cont + rest[:width - 1])
        rest = rest[width - 1:]
    return out


def fold_raw_bytes_google(line, width=75):
    """Google folds at 75 octets; it does not split UTF-8 sequences either (kept safe)."""
    return fold_octets(line, width)


def ics_join(lines, fold="octets", eol="\r\n", width=75, cont=" "):
    out = []
    for ln in lines:
        if fold == "octets":
            out.extend(fold_octets(ln, width, cont))
        elif fold == "chars":
            out.extend(fold_chars(ln, width, cont))
        else:
            out.append(ln)
    return eol.join(out) + eol


def pparam(v):
    """Quote a parameter value if needed."""
    if any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


# ---------------------------------------------------------------------------
# MIME helpers
PYCODEC = {
    "windows-874": "cp874", "ks_c_5601-1987": "euc_kr", "x-mac-roman": "mac_roman",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5", "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis", "euc-kr": "euc_kr", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "tis-620": "tis_620", "us-ascii": "ascii",
}


def codec(cs):
    return PYCODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def encode_text(text, cs):
    return text.encode(codec(cs))


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    if width is None:
        return [s]
    return [s[i:i + width] for i in range(0, len(s), width)] or [""]


def qp_lines(data, width=76, eol=b"\r\n"):
    """Quoted-printable encode bytes whose logical line breaks are CRLF or LF."""
    text_lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for raw in text_lines:
        enc = []
        n = len(raw)
        for i, c in enumerate(raw):
            ch = bytes([c])
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i != n - 1):
                enc.append(ch.decode("ascii"))
            else:
                enc.append("=%02X" % c)
        line = ""
        for tok in enc:
            if len(line) + len(tok) > width - 1:
                out.append(line + "=")
                line = tok
            else:
                line += tok
        out.append(line)
    # remove trailing empty line produced by final newline
    if out and out[-1] == "" and data.endswith(b"\n"):
        out.pop()
    return out


def needs_encoding(text):
    return any(ord(c) > 126 for c in text)


def enc_words(text, cs="utf-8", mode="B", maxlen=75, label=None):
    """Encode text as a list of RFC 2047 encoded words (each <= maxlen chars)."""
    label = label or cs
    if not can_encode(text, cs):
        cs, label = "utf-8", ("UTF-8" if label and label.isupper() else "utf-8")
    pre = "=?%s?%s?" % (label, mode)
    words = []
    chunk = ""

    def encode_chunk(s):
        b = s.encode(codec(cs))
        if mode.upper() == "B":
            return pre + base64.b64encode(b).decode("ascii") + "?="
        q = ""
        for c in b:
            if c == 32:
                q += "_"
            elif chr(c) in (string.ascii_letters + string.digits + "!*+-/"):
                q += chr(c)
            else:
                q += "=%02X" % c
        return pre + q + "?="

    for ch in text:
        cand = chunk + ch
        if len(encode_chunk(cand)) > maxlen and chunk:
            words.append(encode_chunk(chunk))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(encode_chunk(chunk))
    return words


def hdr_text(text, cs="utf-8", mode="B", label=None):
    """Unstructured header text: plain if ASCII else encoded words joined by space."""
    if not needs_encoding(text):
        return text
    return " ".join(enc_words(text, cs, mode, label=label))


def hdr_phrase(name, cs="utf-8", mode="B", label=None):
    """Display name in From/To."""
    if not name:
        return ""
    if needs_encoding(name):
        return " ".join(enc_words(name, cs, mode, label=label))
    if any(c in name for c in '",.()<>@;:[]\\') or "'" in name:
        return '"%s"' % name.replace('"', "")
    return name


def addr(name, email, cs="utf-8", mode="B", quote_always=False, label=None):
    if not name:
        return email if not quote_always else "<%s>" % email
    ph = hdr_phrase(name, cs, mode, label)
    if quote_always and not ph.startswith('"') and not ph.startswith("=?"):
        ph = '"%s"' % ph
    return "%s <%s>" % (ph, email)


def fold_header(name, value, width=78):
    """Fold a header at whitespace; keeps existing CRLF-WSP folds."""
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if cur and len(cur) + 1 + len(w) > width and cur.strip() not in (name + ":",):
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\r\n".join(lines)


TRANSLIT = {"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "đ": "d", "ı": "i",
            "þ": "th", "ð": "d"}


def strip_accents(s):
    s = "".join(TRANSLIT.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower()
    out = ""
    for c in s:
        if c.isalnum() and c.isascii():
            out += c
        elif c in " -_.":
            out += "."
    while ".." in out:
        out = out.replace("..", ".")
    return out.strip(".")


def rand_token(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_hex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rand_uuid(rng, upper=False):
    h = rand_hex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def rand_b64(rng, n):
    return rand_token(rng, n, string.ascii_letters + string.digits + "+/")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text_to_html(text):
    """Very small text->html used by clients that render descriptions."""
    import re
    out = []
    for line in text.split("\n"):
        e = html_escape(line)
        e = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
        out.append(e)
    return "<br>\n".join(out)
