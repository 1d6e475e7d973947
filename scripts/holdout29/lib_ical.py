"""iCalendar helpers: time zones, escaping, folding, date formats."""
import datetime as dt

from lib_mime import codec

UTC = dt.timezone.utc

# zone: (std_minutes, dst_minutes or None, rule, stdname, dstname, windows name)
ZONES = {
    "Europe/Berlin": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Vienna": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Zurich": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Brussels": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Rome": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, 120, "EU", "CET", "CEST", "Romance Standard Time"),
    "Europe/Warsaw": (60, 120, "EU", "CET", "CEST", "Central European Standard Time"),
    "Europe/Prague": (60, 120, "EU", "CET", "CEST", "Central Europe Standard Time"),
    "Europe/Stockholm": (60, 120, "EU", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/London": (0, 60, "EU", "GMT", "BST", "GMT Standard Time"),
    "Europe/Dublin": (0, 60, "EU", "GMT", "IST", "GMT Standard Time"),
    "Europe/Lisbon": (0, 60, "EU", "WET", "WEST", "GMT Standard Time"),
    "Europe/Athens": (120, 180, "EU", "EET", "EEST", "GTB Standard Time"),
    "Asia/Nicosia": (120, 180, "EU", "EET", "EEST", "GTB Standard Time"),
    "Europe/Istanbul": (180, None, None, "+03", None, "Turkey Standard Time"),
    "Europe/Moscow": (180, None, None, "MSK", None, "Russian Standard Time"),
    "Asia/Jerusalem": (120, 180, "IL", "IST", "IDT", "Israel Standard Time"),
    "Asia/Riyadh": (180, None, None, "+03", None, "Arab Standard Time"),
    "Asia/Dubai": (240, None, None, "+04", None, "Arabian Standard Time"),
    "Africa/Cairo": (120, None, None, "EET", None, "Egypt Standard Time"),
    "Africa/Casablanca": (60, None, None, "+01", None, "Morocco Standard Time"),
    "Asia/Kolkata": (330, None, None, "IST", None, "India Standard Time"),
    "Asia/Bangkok": (420, None, None, "+07", None, "SE Asia Standard Time"),
    "Asia/Singapore": (480, None, None, "+08", None, "Singapore Standard Time"),
    "Asia/Shanghai": (480, None, None, "CST", None, "China Standard Time"),
    "Asia/Hong_Kong": (480, None, None, "HKT", None, "China Standard Time"),
    "Asia/Taipei": (480, None, None, "CST", None, "Taipei Standard Time"),
    "Asia/Tokyo": (540, None, None, "JST", None, "Tokyo Standard Time"),
    "Asia/Seoul": (540, None, None, "KST", None, "Korea Standard Time"),
    "America/New_York": (-300, -240, "US", "EST", "EDT", "Eastern Standard Time"),
    "America/Toronto": (-300, -240, "US", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, -300, "US", "CST", "CDT", "Central Standard Time"),
    "America/Denver": (-420, -360, "US", "MST", "MDT", "Mountain Standard Time"),
    "America/Los_Angeles": (-480, -420, "US", "PST", "PDT", "Pacific Standard Time"),
    "America/Sao_Paulo": (-180, None, None, "-03", None, "E. South America Standard Time"),
    "America/Mexico_City": (-360, None, None, "CST", None, "Central Standard Time (Mexico)"),
    "America/Bogota": (-300, None, None, "-05", None, "SA Pacific Standard Time"),
    "America/Argentina/Buenos_Aires": (-180, None, None, "-03", None, "Argentina Standard Time"),
    "Australia/Sydney": (600, 660, "AU", "AEST", "AEDT", "AUS Eastern Standard Time"),
    "Africa/Lagos": (60, None, None, "WAT", None, "W. Central Africa Standard Time"),
    "Africa/Johannesburg": (120, None, None, "SAST", None, "South Africa Standard Time"),
    "UTC": (0, None, None, "UTC", None, "UTC"),
}

LANG_TZ = {
    "en": ["America/New_York", "Europe/London", "America/Chicago", "America/Los_Angeles",
           "Australia/Sydney", "America/Toronto", "Europe/Dublin", "Asia/Singapore", "America/Denver"],
    "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    "fr": ["Europe/Paris", "Europe/Brussels", "Africa/Casablanca"],
    "es": ["Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires"],
    "it": ["Europe/Rome"], "pt": ["Europe/Lisbon", "America/Sao_Paulo"],
    "nl": ["Europe/Amsterdam", "Europe/Brussels"], "pl": ["Europe/Warsaw"],
    "tr": ["Europe/Istanbul"], "ru": ["Europe/Moscow"], "el": ["Europe/Athens", "Asia/Nicosia"],
    "ar": ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"], "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai", "Asia/Hong_Kong"], "zh-tw": ["Asia/Taipei"], "ja": ["Asia/Tokyo"],
    "ko": ["Asia/Seoul"], "hi": ["Asia/Kolkata"], "th": ["Asia/Bangkok"],
}


def _nth_weekday(year, month, weekday, n):
    """n>0: n-th weekday of month; n=-1: last. weekday 0=Mon."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def offset_minutes(zone, local):
    std, dst, rule = ZONES[zone][:3]
    if not dst:
        return std
    d = local.date() if isinstance(local, dt.datetime) else local
    y = d.year
    if rule == "EU":
        a, b = _nth_weekday(y, 3, 6, -1), _nth_weekday(y, 10, 6, -1)
        return dst if a <= d < b else std
    if rule == "US":
        a, b = _nth_weekday(y, 3, 6, 2), _nth_weekday(y, 11, 6, 1)
        return dst if a <= d < b else std
    if rule == "AU":
        a, b = _nth_weekday(y, 4, 6, 1), _nth_weekday(y, 10, 6, 1)
        return std if a <= d < b else dst
    if rule == "IL":
        a = _nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2)
        b = _nth_weekday(y, 10, 6, -1)
        return dst if a <= d < b else std
    return std


def to_utc(zone, local):
    return (local - dt.timedelta(minutes=offset_minutes(zone, local))).replace(tzinfo=UTC)


def from_utc(zone, utc):
    naive = utc.replace(tzinfo=None)
    guess = naive + dt.timedelta(minutes=ZONES[zone][0])
    return naive + dt.timedelta(minutes=offset_minutes(zone, guess))


def fmt_off(minutes):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%02d" % (sign, m // 60, m % 60)


def d_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def d_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def d_date(x):
    return x.strftime("%Y%m%d")


_RULES = {
    "EU": (("DAYLIGHT", 3, "-1SU", "0329", "T020000"), ("STANDARD", 10, "-1SU", "1025", "T030000")),
    "US": (("DAYLIGHT", 3, "2SU", "0308", "T020000"), ("STANDARD", 11, "1SU", "1101", "T020000")),
    "AU": (("DAYLIGHT", 10, "1SU", "1004", "T020000"), ("STANDARD", 4, "1SU", "0405", "T030000")),
    "IL": (("DAYLIGHT", 3, "-1FR", "0327", "T020000"), ("STANDARD", 10, "-1SU", "1025", "T020000")),
}


def vtimezone(zone, style="olson"):
    """Return list of content lines for a VTIMEZONE in a client style."""
    std, dst, rule, sn, dn, win = ZONES[zone]
    L = ["BEGIN:VTIMEZONE"]
    if style in ("outlook", "zimbra"):
        L.append("TZID:" + (win if style == "outlook" else zone))
        if not dst:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(std)]
            if style == "zimbra":
                L.append("TZNAME:" + sn)
            L.append("END:STANDARD")
        else:
            d_rule, s_rule = _RULES[rule]
            for kind, mon, byday, _, t in (s_rule, d_rule):
                frm, to = (dst, std) if kind == "STANDARD" else (std, dst)
                L.append("BEGIN:" + kind)
                L.append("DTSTART:1601" + "0101" + t)
                if style == "zimbra":
                    L += ["TZOFFSETTO:" + fmt_off(to), "TZOFFSETFROM:" + fmt_off(frm),
                          "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s" % (mon, byday),
                          "TZNAME:" + (sn if kind == "STANDARD" else dn)]
                else:
                    L += ["TZOFFSETFROM:" + fmt_off(frm), "TZOFFSETTO:" + fmt_off(to),
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (byday, mon)]
                L.append("END:" + kind)
        L.append("END:VTIMEZONE")
        return L
    L.append("TZID:" + zone)
    if style in ("olson", "google", "thunderbird"):
        L.append("X-LIC-LOCATION:" + zone)
    if not dst:
        if style == "apple":
            L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "DTSTART:20010101T000000",
                  "TZNAME:" + sn, "TZOFFSETTO:" + fmt_off(std), "END:STANDARD"]
        else:
            L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std),
                  "TZNAME:" + sn, "DTSTART:19700101T000000", "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    d_rule, s_rule = _RULES[rule]
    for kind, mon, byday, md, t in (d_rule, s_rule):
        frm, to = (std, dst) if kind == "DAYLIGHT" else (dst, std)
        name = dn if kind == "DAYLIGHT" else sn
        rr = "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (mon, byday)
        if rule == "IL" and kind == "DAYLIGHT":
            rr = "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR"
        if style == "apple":
            L += ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(frm), rr, "DTSTART:2007" + md + t,
                  "TZNAME:" + name, "TZOFFSETTO:" + fmt_off(to), "END:" + kind]
        else:
            L += ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(frm), "TZOFFSETTO:" + fmt_off(to),
                  "TZNAME:" + name, "DTSTART:1970" + md + t, rr, "END:" + kind]
    L.append("END:VTIMEZONE")
    return L


# ---------------------------------------------------------------- text
def esc(s, sloppy=False):
    if s is None:
        return ""
    s = s.replace("\r\n", "\n")
    if sloppy:
        return s.replace("\n", "\\n")
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def pv(v):
    if any(c in v for c in ':;,') or " " in v and False:
        return '"%s"' % v
    return v


def pq(v):
    return '"%s"' % v


def prop(name, value, *params):
    return name + "".join(";%s=%s" % (k, v) for k, v in params) + ":" + value


def fold(line, width=75, charset="utf-8", mode="octets", cont=" "):
    """Fold one content line.  mode: octets | chars | none."""
    if mode == "none":
        return [line]
    c = codec(charset)
    out, cur, curlen = [], "", 0
    limit = width
    for ch in line:
        n = len(ch) if mode == "chars" else len(ch.encode(c, errors="replace"))
        if curlen + n > limit:
            out.append(cur)
            cur, curlen = cont + ch, len(cont) + n
            limit = width
        else:
            cur += ch
            curlen += n
    out.append(cur)
    return out


def serialize(lines, width=75, charset="utf-8", mode="octets", cont=" ", eol="\r\n"):
    phys = []
    for ln in lines:
        phys.extend(fold(ln, width, charset, mode, cont))
    return eol.join(phys) + eol
