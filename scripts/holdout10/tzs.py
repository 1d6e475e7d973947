"""Tiny self-contained time-zone rules (no system tzdata) for the generator."""
import datetime as dt

# key: (olson, windows, std_minutes, dst_minutes_or_None, rule, std_abbr, dst_abbr)
ZONES = {
    'berlin': ('Europe/Berlin', 'W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'paris': ('Europe/Paris', 'Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'madrid': ('Europe/Madrid', 'Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'rome': ('Europe/Rome', 'W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'amsterdam': ('Europe/Amsterdam', 'W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'warsaw': ('Europe/Warsaw', 'Central European Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'lisbon': ('Europe/Lisbon', 'GMT Standard Time', 0, 60, 'EU', 'WET', 'WEST'),
    'london': ('Europe/London', 'GMT Standard Time', 0, 60, 'EU', 'GMT', 'BST'),
    'athens': ('Europe/Athens', 'GTB Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'istanbul': ('Europe/Istanbul', 'Turkey Standard Time', 180, None, None, '+03', '+03'),
    'moscow': ('Europe/Moscow', 'Russian Standard Time', 180, None, None, 'MSK', 'MSK'),
    'jerusalem': ('Asia/Jerusalem', 'Israel Standard Time', 120, 180, 'IL', 'IST', 'IDT'),
    'riyadh': ('Asia/Riyadh', 'Arab Standard Time', 180, None, None, '+03', '+03'),
    'dubai': ('Asia/Dubai', 'Arabian Standard Time', 240, None, None, '+04', '+04'),
    'kolkata': ('Asia/Kolkata', 'India Standard Time', 330, None, None, 'IST', 'IST'),
    'bangkok': ('Asia/Bangkok', 'SE Asia Standard Time', 420, None, None, '+07', '+07'),
    'shanghai': ('Asia/Shanghai', 'China Standard Time', 480, None, None, 'CST', 'CST'),
    'taipei': ('Asia/Taipei', 'Taipei Standard Time', 480, None, None, 'CST', 'CST'),
    'tokyo': ('Asia/Tokyo', 'Tokyo Standard Time', 540, None, None, 'JST', 'JST'),
    'seoul': ('Asia/Seoul', 'Korea Standard Time', 540, None, None, 'KST', 'KST'),
    'sydney': ('Australia/Sydney', 'AUS Eastern Standard Time', 600, 660, 'AU', 'AEST', 'AEDT'),
    'new_york': ('America/New_York', 'Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'chicago': ('America/Chicago', 'Central Standard Time', -360, -300, 'US', 'CST', 'CDT'),
    'los_angeles': ('America/Los_Angeles', 'Pacific Standard Time', -480, -420, 'US', 'PST', 'PDT'),
    'sao_paulo': ('America/Sao_Paulo', 'E. South America Standard Time', -180, None, None, '-03', '-03'),
    'mexico': ('America/Mexico_City', 'Central Standard Time (Mexico)', -360, None, None, 'CST', 'CST'),
}

LANG_TZ = {
    'en': ['london', 'new_york', 'chicago', 'los_angeles', 'sydney', 'london', 'new_york'],
    'de': ['berlin'], 'fr': ['paris'], 'es': ['madrid', 'mexico'], 'pt': ['lisbon', 'sao_paulo'],
    'it': ['rome'], 'nl': ['amsterdam'], 'pl': ['warsaw'], 'tr': ['istanbul'], 'ru': ['moscow'],
    'el': ['athens'], 'ar': ['riyadh', 'dubai'], 'he': ['jerusalem'], 'zh': ['shanghai'],
    'zh-tw': ['taipei'], 'ja': ['tokyo'], 'ko': ['seoul'], 'hi': ['kolkata'], 'th': ['bangkok'],
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(year, month):
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - 6) % 7)


def offset_minutes(key, local):
    """UTC offset (minutes) in force at naive local datetime `local`."""
    olson, win, std, dst, rule, a, b = ZONES[key]
    if dst is None:
        return std
    y = local.year
    if rule == 'EU':
        # switch at 01:00 UTC
        start = dt.datetime.combine(_last_sunday(y, 3), dt.time(1)) + dt.timedelta(minutes=std)
        end = dt.datetime.combine(_last_sunday(y, 10), dt.time(1)) + dt.timedelta(minutes=dst)
        return dst if start <= local < end else std
    if rule == 'US':
        start = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2))
        end = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2))
        return dst if start <= local < end else std
    if rule == 'IL':
        ls = _last_sunday(y, 3)
        start = dt.datetime.combine(ls - dt.timedelta(days=2), dt.time(2))
        end = dt.datetime.combine(_last_sunday(y, 10), dt.time(2))
        return dst if start <= local < end else std
    if rule == 'AU':
        end = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3))
        start = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2))
        return std if end <= local < start else dst
    return std


def to_utc(key, local):
    return local - dt.timedelta(minutes=offset_minutes(key, local))


def from_utc(key, utc):
    guess = utc + dt.timedelta(minutes=ZONES[key][2])
    return utc + dt.timedelta(minutes=offset_minutes(key, guess))


def abbr(key, local):
    z = ZONES[key]
    return z[6] if (z[3] is not None and offset_minutes(key, local) == z[3]) else z[5]


def fmt_off(m, colon=False):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%s%02d' % (s, m // 60, ':' if colon else '', m % 60)


_RULES = {
    'EU': (('3', '-1SU'), ('10', '-1SU')),
    'US': (('3', '2SU'), ('11', '1SU')),
    'IL': (('3', '-1SU'), ('10', '-1SU')),   # simplified (Fri before last Sun)
    'AU': (('10', '1SU'), ('4', '1SU')),
}


def vtimezone(key, style='olson'):
    """Return list of content lines for a VTIMEZONE block."""
    olson, win, std, dst, rule, sa, da = ZONES[key]
    L = ['BEGIN:VTIMEZONE']
    if style == 'windows':
        L.append('TZID:' + win)
        if dst is None:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                  'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std), 'END:DAYLIGHT']
        else:
            (dm, dd), (sm, sd) = _RULES[rule]
            st_h = {'EU': '030000' if std >= 60 else '020000', 'US': '020000', 'IL': '020000', 'AU': '030000'}[rule]
            dl_h = {'EU': '020000' if std >= 60 else '010000', 'US': '020000', 'IL': '020000', 'AU': '020000'}[rule]
            if std == 120 and rule == 'EU':
                st_h, dl_h = '040000', '030000'
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + st_h, 'TZOFFSETFROM:' + fmt_off(dst),
                  'TZOFFSETTO:' + fmt_off(std), 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (sd, sm),
                  'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dl_h, 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(dst), 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (dd, dm),
                  'END:DAYLIGHT']
    else:
        L.append('TZID:' + olson)
        if style in ('olson', 'moz', 'apple'):
            L.append('X-LIC-LOCATION:' + olson)
        if dst is None:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sa, 'DTSTART:19700101T000000', 'END:STANDARD']
        else:
            (dm, dd), (sm, sd) = _RULES[rule]
            dh = {'EU': '020000' if std < 120 else '030000', 'US': '020000', 'IL': '020000', 'AU': '020000'}[rule]
            sh = {'EU': '030000' if std < 120 else '040000', 'US': '020000', 'IL': '020000', 'AU': '030000'}[rule]
            if std == 0:
                dh, sh = '010000', '020000'
            dday = {'EU': '19700329', 'US': '19700308', 'IL': '19700327', 'AU': '19701004'}[rule]
            sday = {'EU': '19701025', 'US': '19701101', 'IL': '19701025', 'AU': '19700405'}[rule]
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                  'TZNAME:' + da, 'DTSTART:%sT%s' % (dday, dh),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (dm, dd), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sa, 'DTSTART:%sT%s' % (sday, sh),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (sm, sd), 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L
