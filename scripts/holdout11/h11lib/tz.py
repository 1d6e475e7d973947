"""Self-contained time-zone rules (enough for 2016-2030) and VTIMEZONE writers
in the styles of different calendar clients."""
import datetime as dt

# name: (std offset min, dst offset min or None, rule, std abbr, dst abbr, windows name, apple std, apple dst)
ZONES = {
    "Europe/Berlin": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Vienna": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Zurich": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Paris": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Brussels": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Madrid": (60, 120, "eu", "CET", "CEST", "Romance Standard Time"),
    "Europe/Rome": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Amsterdam": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/Warsaw": (60, 120, "eu", "CET", "CEST", "Central European Standard Time"),
    "Europe/Prague": (60, 120, "eu", "CET", "CEST", "Central Europe Standard Time"),
    "Europe/Stockholm": (60, 120, "eu", "CET", "CEST", "W. Europe Standard Time"),
    "Europe/London": (0, 60, "eu", "GMT", "BST", "GMT Standard Time"),
    "Europe/Dublin": (0, 60, "eu", "GMT", "IST", "GMT Standard Time"),
    "Europe/Lisbon": (0, 60, "eu", "WET", "WEST", "GMT Standard Time"),
    "Europe/Athens": (120, 180, "eu", "EET", "EEST", "GTB Standard Time"),
    "Europe/Kyiv": (120, 180, "eu", "EET", "EEST", "FLE Standard Time"),
    "Europe/Moscow": (180, None, None, "MSK", None, "Russian Standard Time"),
    "Europe/Istanbul": (180, None, None, "+03", None, "Turkey Standard Time"),
    "Asia/Jerusalem": (120, 180, "il", "IST", "IDT", "Israel Standard Time"),
    "Asia/Riyadh": (180, None, None, "+03", None, "Arab Standard Time"),
    "Asia/Dubai": (240, None, None, "+04", None, "Arabian Standard Time"),
    "Africa/Cairo": (120, None, None, "EET", None, "Egypt Standard Time"),
    "Africa/Casablanca": (60, None, None, "+01", None, "Morocco Standard Time"),
    "Africa/Lagos": (60, None, None, "WAT", None, "W. Central Africa Standard Time"),
    "Asia/Kolkata": (330, None, None, "IST", None, "India Standard Time"),
    "Asia/Bangkok": (420, None, None, "+07", None, "SE Asia Standard Time"),
    "Asia/Ho_Chi_Minh": (420, None, None, "+07", None, "SE Asia Standard Time"),
    "Asia/Jakarta": (420, None, None, "WIB", None, "SE Asia Standard Time"),
    "Asia/Shanghai": (480, None, None, "CST", None, "China Standard Time"),
    "Asia/Hong_Kong": (480, None, None, "HKT", None, "China Standard Time"),
    "Asia/Taipei": (480, None, None, "CST", None, "Taipei Standard Time"),
    "Asia/Singapore": (480, None, None, "+08", None, "Singapore Standard Time"),
    "Asia/Tokyo": (540, None, None, "JST", None, "Tokyo Standard Time"),
    "Asia/Seoul": (540, None, None, "KST", None, "Korea Standard Time"),
    "Australia/Sydney": (600, 660, "au", "AEST", "AEDT", "AUS Eastern Standard Time"),
    "America/New_York": (-300, -240, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Toronto": (-300, -240, "us", "EST", "EDT", "Eastern Standard Time"),
    "America/Chicago": (-360, -300, "us", "CST", "CDT", "Central Standard Time"),
    "America/Denver": (-420, -360, "us", "MST", "MDT", "Mountain Standard Time"),
    "America/Los_Angeles": (-480, -420, "us", "PST", "PDT", "Pacific Standard Time"),
    "America/Sao_Paulo": (-180, None, None, "-03", None, "E. South America Standard Time"),
    "America/Mexico_City": (-360, None, None, "CST", None, "Central Standard Time (Mexico)"),
    "America/Bogota": (-300, None, None, "-05", None, "SA Pacific Standard Time"),
    "UTC": (0, None, None, "UTC", None, "UTC"),
}

LONGNAME = {
    "Europe/Berlin": "Central European Time - Berlin", "Europe/Paris": "Central European Time - Paris",
    "Europe/Madrid": "Central European Time - Madrid", "Europe/Rome": "Central European Time - Rome",
    "Europe/Amsterdam": "Central European Time - Amsterdam", "Europe/Warsaw": "Central European Time - Warsaw",
    "Europe/London": "United Kingdom Time", "Europe/Athens": "Eastern European Time - Athens",
    "Europe/Moscow": "Moscow Standard Time", "Europe/Istanbul": "Turkey Time",
    "Asia/Jerusalem": "Israel Time", "Asia/Kolkata": "India Standard Time", "Asia/Tokyo": "Japan Standard Time",
    "Asia/Seoul": "Korean Standard Time", "Asia/Shanghai": "China Standard Time - Shanghai",
    "Asia/Taipei": "Taipei Standard Time", "Asia/Bangkok": "Indochina Time - Bangkok",
    "Asia/Ho_Chi_Minh": "Indochina Time - Ho Chi Minh City", "America/New_York": "Eastern Time - New York",
    "America/Chicago": "Central Time - Chicago", "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Denver": "Mountain Time - Denver", "America/Sao_Paulo": "Brasilia Standard Time - Sao Paulo",
    "Asia/Riyadh": "Arabian Standard Time - Riyadh", "Asia/Dubai": "Gulf Standard Time",
    "Africa/Cairo": "Eastern European Time - Cairo", "Australia/Sydney": "Eastern Australia Time - Sydney",
    "UTC": "Coordinated Universal Time", "Europe/Dublin": "Ireland Time", "America/Toronto": "Eastern Time - Toronto",
    "Asia/Singapore": "Singapore Standard Time", "Europe/Vienna": "Central European Time - Vienna",
    "Europe/Zurich": "Central European Time - Zurich", "Europe/Brussels": "Central European Time - Brussels",
    "Europe/Lisbon": "Western European Time - Lisbon", "America/Mexico_City": "Central Standard Time - Mexico City",
    "America/Bogota": "Colombia Standard Time", "Asia/Hong_Kong": "Hong Kong Standard Time",
    "Africa/Casablanca": "Morocco Time", "Africa/Lagos": "West Africa Standard Time - Lagos",
    "Asia/Jakarta": "Western Indonesia Time", "Europe/Prague": "Central European Time - Prague",
    "Europe/Stockholm": "Central European Time - Stockholm", "Europe/Kyiv": "Eastern European Time - Kyiv",
}

WINDISPLAY = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "Central Europe Standard Time": "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "GTB Standard Time": "(UTC+02:00) Athens, Bucharest",
    "FLE Standard Time": "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
    "Russian Standard Time": "(UTC+03:00) Moscow, St. Petersburg",
    "Turkey Standard Time": "(UTC+03:00) Istanbul",
    "Israel Standard Time": "(UTC+02:00) Jerusalem",
    "Arab Standard Time": "(UTC+03:00) Kuwait, Riyadh",
    "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
    "Egypt Standard Time": "(UTC+02:00) Cairo",
    "India Standard Time": "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "China Standard Time": "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
    "Taipei Standard Time": "(UTC+08:00) Taipei",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "Tokyo Standard Time": "(UTC+09:00) Osaka, Sapporo, Tokyo",
    "Korea Standard Time": "(UTC+09:00) Seoul",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "E. South America Standard Time": "(UTC-03:00) Brasilia",
    "Central Standard Time (Mexico)": "(UTC-06:00) Guadalajara, Mexico City, Monterrey",
    "SA Pacific Standard Time": "(UTC-05:00) Bogota, Lima, Quito, Rio Branco",
    "W. Central Africa Standard Time": "(UTC+01:00) West Central Africa",
    "Morocco Standard Time": "(UTC+01:00) Casablanca",
    "UTC": "(UTC) Coordinated Universal Time",
}


def _nth_weekday(year, month, weekday, n):
    """n-th weekday (0=Mon) of month; n=-1 for last."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _dst_range_utc(zone, year):
    std, dst, rule = ZONES[zone][0], ZONES[zone][1], ZONES[zone][2]
    if rule == "eu":
        s = dt.datetime.combine(_nth_weekday(year, 3, 6, -1), dt.time(1))
        e = dt.datetime.combine(_nth_weekday(year, 10, 6, -1), dt.time(1))
        return s, e
    if rule == "us":
        s = dt.datetime.combine(_nth_weekday(year, 3, 6, 2), dt.time(2)) - dt.timedelta(minutes=std)
        e = dt.datetime.combine(_nth_weekday(year, 11, 6, 1), dt.time(2)) - dt.timedelta(minutes=dst)
        return s, e
    if rule == "il":
        sun = _nth_weekday(year, 3, 6, -1)
        s = dt.datetime.combine(sun - dt.timedelta(days=2), dt.time(2)) - dt.timedelta(minutes=std)
        e = dt.datetime.combine(_nth_weekday(year, 10, 6, -1), dt.time(2)) - dt.timedelta(minutes=dst)
        return s, e
    if rule == "au":  # southern hemisphere: DST outside [Apr, Oct)
        e = dt.datetime.combine(_nth_weekday(year, 4, 6, 1), dt.time(3)) - dt.timedelta(minutes=dst)
        s = dt.datetime.combine(_nth_weekday(year, 10, 6, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return s, e
    return None


def offset_at_utc(zone, utc):
    std, dst, rule = ZONES[zone][0], ZONES[zone][1], ZONES[zone][2]
    if not rule:
        return std
    s, e = _dst_range_utc(zone, utc.year)
    if rule == "au":
        return dst if (utc >= s or utc < e) else std
    return dst if s <= utc < e else std


def offset_at_local(zone, local):
    guess = local - dt.timedelta(minutes=ZONES[zone][0])
    off = offset_at_utc(zone, guess)
    return offset_at_utc(zone, local - dt.timedelta(minutes=off))


def to_utc(zone, local):
    return local - dt.timedelta(minutes=offset_at_local(zone, local))


def to_local(zone, utc):
    return utc + dt.timedelta(minutes=offset_at_utc(zone, utc))


def abbr(zone, local):
    z = ZONES[zone]
    off = offset_at_local(zone, local)
    return z[4] if (z[1] is not None and off == z[1]) else z[3]


def fmt_off(minutes, seconds=False):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    s = "%s%02d%02d" % (sign, m // 60, m % 60)
    return s + "00" if seconds else s


def winname(zone):
    return ZONES[zone][5]


RULES = {
    "eu": (("3", "-1SU"), ("10", "-1SU"), "0329T020000", "1025T030000"),
    "us": (("3", "2SU"), ("11", "1SU"), "0308T020000", "1101T020000"),
    "il": (("3", "-1FR"), ("10", "-1SU"), "0327T020000", "1025T020000"),
    "au": (("10", "1SU"), ("4", "1SU"), "1004T020000", "0405T030000"),
}

APPLE_NAMES = {
    "de": {"CET": "MEZ", "CEST": "MESZ"}, "fr": {"CET": "UTC+1", "CEST": "UTC+2"},
    "es": {"CET": "CET", "CEST": "CEST"}, "nl": {"CET": "CET", "CEST": "CEST"},
    "ru": {"MSK": "MSK"}, "el": {"EET": "EET", "EEST": "EEST"},
}


def vtimezone(zone, style="libical", lang="en", year=None):
    """Return list of content lines (without line breaks)."""
    std, dst, rule, sn, dn, win = ZONES[zone]
    L = []
    if style in ("outlook", "outlookdesk"):
        L += ["BEGIN:VTIMEZONE", "TZID:" + win]
        if rule:
            dm, sm = RULES[rule][0], RULES[rule][1]
            t_std = "030000" if rule == "eu" and std >= 60 else "020000"
            if zone in ("Europe/London", "Europe/Lisbon", "Europe/Dublin"):
                t_std, t_dst = "020000", "010000"
            else:
                t_dst = "020000"
            L += ["BEGIN:STANDARD", "DTSTART:16010101T" + t_std, "TZOFFSETFROM:" + fmt_off(dst),
                  "TZOFFSETTO:" + fmt_off(std),
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (sm[1], sm[0]), "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T" + t_dst, "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(dst),
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s" % (dm[1], dm[0]), "END:DAYLIGHT"]
        else:
            L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(std), "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(std), "END:DAYLIGHT"]
        L.append("END:VTIMEZONE")
        return L
    if style == "zimbra":
        L += ["BEGIN:VTIMEZONE", "TZID:" + zone]
        if rule:
            dm, sm = RULES[rule][0], RULES[rule][1]
            L += ["BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETTO:" + fmt_off(std),
                  "TZOFFSETFROM:" + fmt_off(dst),
                  "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s" % (sm[0], sm[1]),
                  "TZNAME:" + sn, "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETTO:" + fmt_off(dst),
                  "TZOFFSETFROM:" + fmt_off(std),
                  "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s" % (dm[0], dm[1]),
                  "TZNAME:" + dn, "END:DAYLIGHT"]
        else:
            L += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETTO:" + fmt_off(std),
                  "TZOFFSETFROM:" + fmt_off(std), "TZNAME:" + sn, "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    if style == "apple":
        names = APPLE_NAMES.get(lang, {})
        L += ["BEGIN:VTIMEZONE", "TZID:" + zone]
        if rule:
            dm, sm, dd, sd = RULES[rule]
            L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std),
                  "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % dm, "DTSTART:1981" + dd,
                  "TZNAME:" + names.get(dn, dn), "TZOFFSETTO:" + fmt_off(dst), "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst),
                  "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % sm, "DTSTART:1996" + sd,
                  "TZNAME:" + names.get(sn, sn), "TZOFFSETTO:" + fmt_off(std), "END:STANDARD"]
        else:
            L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "DTSTART:20010101T000000",
                  "TZNAME:" + names.get(sn, sn), "TZOFFSETTO:" + fmt_off(std), "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    if style == "tzurl":
        L += ["BEGIN:VTIMEZONE", "TZID:" + zone, "LAST-MODIFIED:20231222T233358Z",
              "TZURL:https://www.tzurl.org/zoneinfo-outlook/" + zone, "X-LIC-LOCATION:" + zone]
        if rule:
            dm, sm, dd, sd = RULES[rule]
            L += ["BEGIN:DAYLIGHT", "TZNAME:" + dn, "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst),
                  "DTSTART:1970" + dd, "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % dm, "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZNAME:" + sn, "TZOFFSETFROM:" + fmt_off(dst), "TZOFFSETTO:" + fmt_off(std),
                  "DTSTART:1970" + sd, "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % sm, "END:STANDARD"]
        else:
            L += ["BEGIN:STANDARD", "TZNAME:" + sn, "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std),
                  "DTSTART:19700101T000000", "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    if style == "lightning":
        # Thunderbird 102+ style: X-TZINFO and seconds in offsets
        L += ["BEGIN:VTIMEZONE", "TZID:" + zone, "X-TZINFO:%s[2024a]" % zone]
        if rule:
            dm, sm, dd, sd = RULES[rule]
            y = year or 2024
            L += ["BEGIN:DAYLIGHT", "TZOFFSETTO:" + fmt_off(dst, True), "TZOFFSETFROM:" + fmt_off(std, True),
                  "TZNAME:" + dn, "DTSTART:%d%s" % (y, dd), "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % dm,
                  "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZOFFSETTO:" + fmt_off(std, True), "TZOFFSETFROM:" + fmt_off(dst, True),
                  "TZNAME:" + sn, "DTSTART:%d%s" % (y, sd), "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % sm,
                  "END:STANDARD"]
        else:
            L += ["BEGIN:STANDARD", "TZOFFSETTO:" + fmt_off(std, True), "TZOFFSETFROM:" + fmt_off(std, True),
                  "TZNAME:" + sn, "DTSTART:19700101T000000", "END:STANDARD"]
        L.append("END:VTIMEZONE")
        return L
    # libical style (Google, old Lightning, Evolution, Nextcloud web, SOGo web)
    L += ["BEGIN:VTIMEZONE", "TZID:" + zone]
    if style == "libical":
        L.append("X-LIC-LOCATION:" + zone)
    if rule:
        dm, sm, dd, sd = RULES[rule]
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst), "TZNAME:" + dn,
              "DTSTART:1970" + dd, "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % dm, "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst), "TZOFFSETTO:" + fmt_off(std), "TZNAME:" + sn,
              "DTSTART:1970" + sd, "RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s" % sm, "END:STANDARD"]
    else:
        L += ["BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std), "TZNAME:" + sn,
              "DTSTART:19700101T000000", "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L
