# -*- coding: utf-8 -*-
"""Minimal time-zone model (no tzdata dependency) and VTIMEZONE writers in several client styles."""
import datetime as dt

# tzid: (std offset min, dst offset min or None, rule, std abbr, dst abbr, windows name)
TZ = {
    "UTC": (0, None, None, "UTC", "UTC", "UTC"),
    "Europe/London": (0, 60, "eu", "GMT", "BST", "GMT Standard Time"),
    "Europe/Lisbon": (0, 60, "eu", "WET", "WEST", "GMT Standard Time"),
    "Europe/Berlin": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Vienna": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Zurich": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Rome": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Stockholm": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Brussels": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Warsaw": (60, 120, "eu", "CET", "CEST", "Central European Standard Time"),
    "Europe/Prague": (60, 120, "eu", "CET", "CEST", "Central Europe Standard Time"),
    "Europe/Athens": (120, 180, "eu", "EET", "EEST", "GTB Standard Time"),
    "Europe/Istanbul": (180, None, None, "+03", "+03", "Turkey Standard Time"),
    "Europe/Moscow": (180, None, None, "MSK", "MSK", "Russian Standard Time"),
    "Asia/Yekaterinburg": (300, None, None, "+05", "+05", "Ekaterinburg Standard Time"),
    "Asia/Jerusalem": (120, 180, "il", "IST", "IDT", "Israel Standard Time"),
    "Asia/Dubai": (240, None, None, "+04", "+04", "Arabian Standard Time"),
    "Asia/Riyadh": (180, None, None, "+03", "+03", "Arab Standard Time"),
    "Africa/Cairo": (120, None, None, "EET", "EET", "Egypt Standard Time"),
    "Africa/Lagos": (60, None, None, "WAT", "WAT", "W. Central Africa Standard Time"),
    "Asia/Kolkata": (330, None, None, "IST", "IST", "India Standard Time"),
    "Asia/Bangkok": (420, None, None, "+07", "+07", "SE Asia Standard Time"),
    "Asia/Shanghai": (480, None, None, "CST", "CST", "China Standard Time"),
    "Asia/Taipei": (480, None, None, "CST", "CST", "Taipei Standard Time"),
    "Asia/Hong_Kong": (480, None, None, "HKT", "HKT", "China Standard Time"),
    "Asia/Singapore": (480, None, None, "+08", "+08", "Singapore Standard Time"),
    "Asia/Tokyo": (540, None, None, "JST", "JST", "Tokyo Standard Time"),
    "Asia/Seoul": (540, None, None, "KST", "KST", "Korea Standard Time"),
    "America/New_York": (-300, -240, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Toronto": (-300, -240, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, -300, "us", "CST", "CDT", "Central Standard Time"),
    "America/Denver": (-420, -360, "us", "MST", "MDT", "Mountain Standard Time"),
    "America/Los_Angeles": (-480, -420, "us", "PST", "PDT", "Pacific Standard Time"),
    "America/Sao_Paulo": (-180, None, None, "-03", "-03", "E. South America Standard Time"),
    "America/Bogota": (-300, None, None, "-05", "-05", "SA Pacific Standard Time"),
    "America/Mexico_City": (-360, None, None, "CST", "CST", "Central Standard Time (Mexico)"),
    "Australia/Sydney": (600, 660, "au", "AEST", "AEDT", "AUS Eastern Standard Time"),
}

# long names Google uses in the invitation body
LONGNAME = {
    "Europe/London": "United Kingdom Time", "Europe/Berlin": "Central European Time - Berlin",
    "Europe/Paris": "Central European Time - Paris", "America/New_York": "Eastern Time - New York",
    "America/Los_Angeles": "Pacific Time - Los Angeles", "America/Chicago": "Central Time - Chicago",
    "Asia/Tokyo": "Japan Standard Time", "Australia/Sydney": "Eastern Australia Time - Sydney",
}


def _nth_weekday(year, month, weekday, n):
    """n>=1: n-th weekday of month; n=-1: last."""
    if n > 0:
        d = dt.date(year, month, 1)
        while d.weekday() != weekday:
            d += dt.timedelta(days=1)
        return d + dt.timedelta(days=7 * (n - 1))
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != weekday:
        d -= dt.timedelta(days=1)
    return d


SUN, FRI = 6, 4


def _rule_dates(rule, year):
    """(dst_start_local_date, start_local_hour, dst_end_local_date, end_local_hour) in local wall time."""
    if rule == "eu":
        return _nth_weekday(year, 3, SUN, -1), None, _nth_weekday(year, 10, SUN, -1), None
    if rule == "us":
        return _nth_weekday(year, 3, SUN, 2), 2, _nth_weekday(year, 11, SUN, 1), 2
    if rule == "au":
        return _nth_weekday(year, 10, SUN, 1), 2, _nth_weekday(year, 4, SUN, 1), 3
    if rule == "il":
        return _nth_weekday(year, 3, SUN, -1) - dt.timedelta(days=2), 2, _nth_weekday(year, 10, SUN, -1), 2
    raise ValueError(rule)


def is_dst_utc(tzid, utc):
    std, dst, rule = TZ[tzid][0], TZ[tzid][1], TZ[tzid][2]
    if rule is None:
        return False
    y = utc.year
    s_date, s_h, e_date, e_h = _rule_dates(rule, y)
    if rule == "eu":
        start = dt.datetime(s_date.year, s_date.month, s_date.day, 1)
        end = dt.datetime(e_date.year, e_date.month, e_date.day, 1)
    else:
        start = dt.datetime(s_date.year, s_date.month, s_date.day, s_h) - dt.timedelta(minutes=std)
        end = dt.datetime(e_date.year, e_date.month, e_date.day, e_h) - dt.timedelta(minutes=dst)
    u = utc.replace(tzinfo=None)
    if rule == "au":
        return u >= start or u < end
    return start <= u < end


def offset_min(tzid, utc):
    std, dst = TZ[tzid][0], TZ[tzid][1]
    return dst if is_dst_utc(tzid, utc) else std


def to_local(tzid, utc):
    """aware/naive UTC -> naive local"""
    u = utc.replace(tzinfo=None)
    return u + dt.timedelta(minutes=offset_min(tzid, u))


def to_utc(tzid, local):
    """naive local -> naive UTC"""
    std = TZ[tzid][0]
    u = local - dt.timedelta(minutes=std)
    if is_dst_utc(tzid, u):
        u = local - dt.timedelta(minutes=TZ[tzid][1])
    return u


def tz_abbr(tzid, local):
    u = to_utc(tzid, local)
    return TZ[tzid][4] if is_dst_utc(tzid, u) else TZ[tzid][3]


def aware(tzid, local):
    off = dt.timedelta(minutes=offset_min(tzid, to_utc(tzid, local)))
    return local.replace(tzinfo=dt.timezone(off))


def fmt_off(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


def windows_name(tzid):
    return TZ[tzid][5]


def _transitions(tzid, base_year):
    """list of (kind, local dtstart, from, to, rrule-part, abbr)"""
    std, dst, rule, sa, da, _ = TZ[tzid]
    if rule is None:
        return [("STANDARD", dt.datetime(1970, 1, 1), std, std, None, sa)]
    s_date, s_h, e_date, e_h = _rule_dates(rule, base_year)
    if rule == "eu":
        s_h = 1 + std // 60
        e_h = 1 + dst // 60
    rr = {
        "eu": ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU"),
        "us": ("BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU"),
        "au": ("BYMONTH=10;BYDAY=1SU", "BYMONTH=4;BYDAY=1SU"),
        "il": ("BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR", "BYMONTH=10;BYDAY=-1SU"),
    }[rule]
    return [
        ("DAYLIGHT", dt.datetime(s_date.year, s_date.month, s_date.day, s_h), std, dst, rr[0], da),
        ("STANDARD", dt.datetime(e_date.year, e_date.month, e_date.day, e_h), dst, std, rr[1], sa),
    ]


def vtimezone(tzid, style="olson"):
    """Return list of unfolded lines."""
    out = ["BEGIN:VTIMEZONE"]
    if style in ("exchange", "outlook"):
        name = windows_name(tzid)
        out.append("TZID:" + (('"%s"' % name) if False else name))
        std, dst, rule = TZ[tzid][0], TZ[tzid][1], TZ[tzid][2]
        if rule is None:
            out += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                    "TZOFFSETTO:" + fmt_off(std), "END:STANDARD"]
        else:
            for kind, start, frm, to, rr, ab in sorted(_transitions(tzid, 1970), key=lambda x: x[0] != "STANDARD"):
                parts = dict(p.split("=") for p in rr.split(";"))
                if "BYMONTHDAY" in parts:
                    byday = "-1FR"
                else:
                    byday = parts["BYDAY"]
                out += ["BEGIN:" + kind, "DTSTART:1601%02d%02dT%02d%02d00" % (1, 1, start.hour, 0),
                        "TZOFFSETFROM:" + fmt_off(frm), "TZOFFSETTO:" + fmt_off(to),
                        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (byday, parts["BYMONTH"]),
                        "END:" + kind]
        out.append("END:VTIMEZONE")
        return out
    if style == "zimbra":
        out.append("TZID:" + tzid)
        for kind, start, frm, to, rr, ab in sorted(_transitions(tzid, 1970), key=lambda x: x[0] != "STANDARD"):
            out += ["BEGIN:" + kind, "DTSTART:16010101T%02d0000" % start.hour,
                    "TZOFFSETTO:" + fmt_off(to), "TZOFFSETFROM:" + fmt_off(frm)]
            if rr:
                out.append("RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;" + rr)
            out += ["TZNAME:" + ab, "END:" + kind]
        out.append("END:VTIMEZONE")
        return out
    if style == "apple":
        base = {"eu": 1981, "us": 2007, "au": 2008, "il": 2013, None: 1970}[TZ[tzid][2]]
        out.append("TZID:" + tzid)
        for kind, start, frm, to, rr, ab in _transitions(tzid, base):
            out += ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(frm)]
            if rr:
                out.append("RRULE:FREQ=YEARLY;" + rr)
            out += ["DTSTART:" + start.strftime("%Y%m%dT%H%M%S"), "TZNAME:" + ab,
                    "TZOFFSETTO:" + fmt_off(to), "END:" + kind]
        out.append("END:VTIMEZONE")
        return out
    # olson / google / thunderbird / sogo / nextcloud
    out.append("TZID:" + tzid)
    if style in ("google", "thunderbird", "sogo"):
        out.append("X-LIC-LOCATION:" + tzid)
    for kind, start, frm, to, rr, ab in _transitions(tzid, 1970):
        out += ["BEGIN:" + kind, "TZOFFSETFROM:" + fmt_off(frm), "TZOFFSETTO:" + fmt_off(to),
                "TZNAME:" + ab, "DTSTART:" + start.strftime("%Y%m%dT%H%M%S")]
        if rr:
            if style == "thunderbird":
                p = rr.split(";")
                rr = ";".join(sorted(p, key=lambda x: x.startswith("BYMONTH=")))
            out.append("RRULE:FREQ=YEARLY;" + rr)
        out.append("END:" + kind)
    out.append("END:VTIMEZONE")
    return out
