"""Small deterministic time-zone table (no system tz database needed)."""
import datetime as dt

# key: (olson, windows name, std offset min, dst offset min or None, rule, std abbr, dst abbr)
ZONES = {
    'Europe/Berlin': ('Europe/Berlin', 'W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Paris': ('Europe/Paris', 'Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Madrid': ('Europe/Madrid', 'Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Rome': ('Europe/Rome', 'W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Amsterdam': ('Europe/Amsterdam', 'W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Stockholm': ('Europe/Stockholm', 'W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Warsaw': ('Europe/Warsaw', 'Central European Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Prague': ('Europe/Prague', 'Central Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Lisbon': ('Europe/Lisbon', 'GMT Standard Time', 0, 60, 'eu', 'WET', 'WEST'),
    'Europe/London': ('Europe/London', 'GMT Standard Time', 0, 60, 'eu', 'GMT', 'BST'),
    'Europe/Athens': ('Europe/Athens', 'GTB Standard Time', 120, 180, 'eu', 'EET', 'EEST'),
    'Europe/Istanbul': ('Europe/Istanbul', 'Turkey Standard Time', 180, None, None, '+03', None),
    'Europe/Moscow': ('Europe/Moscow', 'Russian Standard Time', 180, None, None, 'MSK', None),
    'Asia/Jerusalem': ('Asia/Jerusalem', 'Israel Standard Time', 120, 180, 'il', 'IST', 'IDT'),
    'Asia/Riyadh': ('Asia/Riyadh', 'Arab Standard Time', 180, None, None, '+03', None),
    'Asia/Dubai': ('Asia/Dubai', 'Arabian Standard Time', 240, None, None, '+04', None),
    'Africa/Cairo': ('Africa/Cairo', 'Egypt Standard Time', 120, None, None, 'EET', None),
    'Asia/Kolkata': ('Asia/Kolkata', 'India Standard Time', 330, None, None, 'IST', None),
    'Asia/Bangkok': ('Asia/Bangkok', 'SE Asia Standard Time', 420, None, None, '+07', None),
    'Asia/Shanghai': ('Asia/Shanghai', 'China Standard Time', 480, None, None, 'CST', None),
    'Asia/Taipei': ('Asia/Taipei', 'Taipei Standard Time', 480, None, None, 'CST', None),
    'Asia/Hong_Kong': ('Asia/Hong_Kong', 'China Standard Time', 480, None, None, 'HKT', None),
    'Asia/Tokyo': ('Asia/Tokyo', 'Tokyo Standard Time', 540, None, None, 'JST', None),
    'Asia/Seoul': ('Asia/Seoul', 'Korea Standard Time', 540, None, None, 'KST', None),
    'Asia/Singapore': ('Asia/Singapore', 'Singapore Standard Time', 480, None, None, '+08', None),
    'America/New_York': ('America/New_York', 'Eastern Standard Time', -300, -240, 'us', 'EST', 'EDT'),
    'America/Chicago': ('America/Chicago', 'Central Standard Time', -360, -300, 'us', 'CST', 'CDT'),
    'America/Los_Angeles': ('America/Los_Angeles', 'Pacific Standard Time', -480, -420, 'us', 'PST', 'PDT'),
    'America/Toronto': ('America/Toronto', 'Eastern Standard Time', -300, -240, 'us', 'EST', 'EDT'),
    'America/Sao_Paulo': ('America/Sao_Paulo', 'E. South America Standard Time', -180, None, None, '-03', None),
    'Australia/Sydney': ('Australia/Sydney', 'AUS Eastern Standard Time', 600, 660, 'au', 'AEST', 'AEDT'),
    'UTC': ('UTC', 'UTC', 0, None, None, 'UTC', None),
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(year, month):
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def is_dst(zone, local):
    o, w, std, dst, rule, a, b = ZONES[zone]
    if not rule:
        return False
    y = local.year
    if rule == 'eu':
        # switch at 01:00 UTC
        s = dt.datetime.combine(_last_sunday(y, 3), dt.time(1)) + dt.timedelta(minutes=std)
        e = dt.datetime.combine(_last_sunday(y, 10), dt.time(1)) + dt.timedelta(minutes=dst)
        return s <= local < e
    if rule == 'us':
        s = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2))
        e = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2))
        return s <= local < e
    if rule == 'il':
        ls = _last_sunday(y, 3)
        s = dt.datetime.combine(ls - dt.timedelta(days=2), dt.time(2))
        e = dt.datetime.combine(_last_sunday(y, 10), dt.time(2))
        return s <= local < e
    if rule == 'au':
        e = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3))
        s = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2))
        return local < e or local >= s
    return False


def offset(zone, local):
    o, w, std, dst, rule, a, b = ZONES[zone]
    return dst if is_dst(zone, local) else std


def to_utc(zone, local):
    return local - dt.timedelta(minutes=offset(zone, local))


def from_utc(zone, utc):
    guess = utc + dt.timedelta(minutes=ZONES[zone][2])
    return utc + dt.timedelta(minutes=offset(zone, guess))


def fmt_off(minutes, colon=False):
    sign = '+' if minutes >= 0 else '-'
    m = abs(minutes)
    return '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)


def abbr(zone, local):
    o, w, std, dst, rule, a, b = ZONES[zone]
    return b if is_dst(zone, local) else a


def _rules(zone):
    o, w, std, dst, rule, a, b = ZONES[zone]
    if rule == 'eu':
        loc_h = 1 + std // 60
        return ('3', '-1SU', '%02d0000' % (loc_h), '10', '-1SU', '%02d0000' % (loc_h + 1))
    if rule == 'us':
        return ('3', '2SU', '020000', '11', '1SU', '020000')
    if rule == 'il':
        return ('3', '-1FR', '020000', '10', '-1SU', '020000')
    if rule == 'au':
        return ('10', '1SU', '020000', '4', '1SU', '030000')
    return None


def vtimezone(zone, style='olson'):
    """Return list of content lines for a VTIMEZONE in the given client style."""
    o, w, std, dst, rule, a, b = ZONES[zone]
    r = _rules(zone)
    L = ['BEGIN:VTIMEZONE']
    if style == 'outlook':
        L.append('TZID:' + w)
        if r:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%s' % r[5], 'TZOFFSETFROM:' + fmt_off(dst),
                  'TZOFFSETTO:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (r[4], r[3]), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%s' % r[2], 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (r[1], r[0]), 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:DAYLIGHT']
    elif style == 'apple':
        L.append('TZID:' + o)
        if r:
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (r[0], r[1]),
                  'DTSTART:19810329T%s' % r[2], 'TZNAME:' + b, 'TZOFFSETTO:' + fmt_off(dst), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (r[3], r[4]),
                  'DTSTART:19961027T%s' % r[5], 'TZNAME:' + a, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'DTSTART:19700101T000000',
                  'TZNAME:' + a, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
    elif style == 'zimbra':
        L.append('TZID:' + o)
        if r:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%s' % r[5], 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (r[3], r[4]),
                  'TZNAME:' + a, 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%s' % r[2], 'TZOFFSETTO:' + fmt_off(dst),
                  'TZOFFSETFROM:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (r[0], r[1]),
                  'TZNAME:' + b, 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(std), 'TZNAME:' + a, 'END:STANDARD']
    else:  # olson / mozilla / google / sabre
        L.append('TZID:' + o)
        if style in ('mozilla', 'google'):
            L.append('X-LIC-LOCATION:' + o)
        if r:
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                  'TZNAME:' + b, 'DTSTART:1970%02d%02dT%s' % (int(r[0]), 29 if r[0] == '3' else 4, r[2]),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (r[0], r[1]), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + a, 'DTSTART:1970%02d%02dT%s' % (int(r[3]), 25 if r[3] == '10' else 1, r[5]),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (r[3], r[4]), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + a, 'DTSTART:19700101T000000', 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L
