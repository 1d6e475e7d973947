# SPDX-License-Identifier: CC0-1.0
# train7 corpus generator: time zones (small rule set, enough for realistic VTIMEZONEs and offsets).
import datetime as dt

# name: (windows name, std offset minutes, dst offset minutes or None, rule, std abbrev, dst abbrev)
ZONES = {
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Stockholm': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Prague': ('Central Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Zurich': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/London': ('GMT Standard Time', 0, 60, 'EU', 'GMT', 'BST'),
    'Europe/Dublin': ('GMT Standard Time', 0, 60, 'EU', 'GMT', 'IST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'EU', 'WET', 'WEST'),
    'Europe/Bucharest': ('GTB Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'Europe/Kyiv': ('FLE Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'Europe/Helsinki': ('FLE Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'Europe/Moscow': ('Russian Standard Time', 180, None, None, 'MSK', None),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, None, '+03', None),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'EU', 'IST', 'IDT'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, None, '+03', None),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, None, '+04', None),
    'Africa/Cairo': ('Egypt Standard Time', 120, None, None, 'EET', None),
    'Africa/Lagos': ('W. Central Africa Standard Time', 60, None, None, 'WAT', None),
    'Asia/Kolkata': ('India Standard Time', 330, None, None, 'IST', None),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, None, '+07', None),
    'Asia/Jakarta': ('SE Asia Standard Time', 420, None, None, 'WIB', None),
    'Asia/Ho_Chi_Minh': ('SE Asia Standard Time', 420, None, None, '+07', None),
    'Asia/Shanghai': ('China Standard Time', 480, None, None, 'CST', None),
    'Asia/Hong_Kong': ('China Standard Time', 480, None, None, 'HKT', None),
    'Asia/Singapore': ('Singapore Standard Time', 480, None, None, '+08', None),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, None, 'JST', None),
    'Asia/Seoul': ('Korea Standard Time', 540, None, None, 'KST', None),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'AU', 'AEST', 'AEDT'),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'US', 'CST', 'CDT'),
    'America/Denver': ('Mountain Standard Time', -420, -360, 'US', 'MST', 'MDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'US', 'PST', 'PDT'),
    'America/Toronto': ('Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, None, '-03', None),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, None, 'CST', None),
    'UTC': ('UTC', 0, None, None, 'UTC', None),
}


def _nth_weekday(year, month, weekday, n):
    """n-th weekday (0=Mon) of month; n=-1 for last."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nm = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nm - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def offset_at(zone, utc):
    """UTC offset in minutes for a naive UTC datetime."""
    win, std, dst, rule, _, _ = ZONES[zone]
    if dst is None:
        return std
    y = utc.year
    if rule == 'EU':
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, -1), dt.time(1))
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1))
        return dst if a <= utc < b else std
    if rule == 'US':
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_weekday(y, 11, 6, 1), dt.time(2)) - dt.timedelta(minutes=dst)
        return dst if a <= utc < b else std
    if rule == 'AU':
        a = dt.datetime.combine(_nth_weekday(y, 4, 6, 1), dt.time(3)) - dt.timedelta(minutes=dst)
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, 1), dt.time(2)) - dt.timedelta(minutes=std)
        return std if a <= utc < b else dst
    return std


def local_to_utc(zone, local):
    off = ZONES[zone][1]
    u = local - dt.timedelta(minutes=off)
    off = offset_at(zone, u)
    return local - dt.timedelta(minutes=off)


def utc_to_local(zone, utc):
    return utc + dt.timedelta(minutes=offset_at(zone, utc))


def abbrev(zone, utc):
    win, std, dst, rule, sa, da = ZONES[zone]
    if dst is not None and offset_at(zone, utc) == dst:
        return da
    return sa


def _fmt_off(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


def vtimezone(zone, style='iana'):
    """Lines of a VTIMEZONE. style: iana | windows | minimal"""
    win, std, dst, rule, sa, da = ZONES[zone]
    tzid = win if style == 'windows' else zone
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'iana':
        L.append('X-LIC-LOCATION:' + zone)
    base = '1601' if style == 'windows' else '1970'
    if dst is None:
        L += ['BEGIN:STANDARD', 'DTSTART:%s0101T000000' % base,
              'TZOFFSETFROM:' + _fmt_off(std), 'TZOFFSETTO:' + _fmt_off(std)]
        if style != 'windows':
            L.append('TZNAME:' + sa)
        L.append('END:STANDARD')
    else:
        if rule == 'EU':
            hs = {0: '02', 60: '02', 120: '03'}.get(std, '03')
            std_start, std_rule = '%s1025T%s0000' % (base, '02' if std == 0 else '03'), 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'
            dst_start, dst_rule = '%s0329T%s0000' % (base, '01' if std == 0 else ('02' if std == 60 else '03')), 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'
        elif rule == 'US':
            std_start, std_rule = '%s1101T020000' % base, 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'
            dst_start, dst_rule = '%s0308T020000' % base, 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'
        else:
            std_start, std_rule = '%s0405T030000' % base, 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'
            dst_start, dst_rule = '%s1004T020000' % base, 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU'
        if style == 'windows':
            std_rule = std_rule.replace('BYMONTH=10;BYDAY=-1SU', 'BYDAY=-1SU;BYMONTH=10').replace(
                'BYMONTH=11;BYDAY=1SU', 'BYDAY=1SU;BYMONTH=11').replace('BYMONTH=4;BYDAY=1SU', 'BYDAY=1SU;BYMONTH=4')
            dst_rule = dst_rule.replace('BYMONTH=3;BYDAY=-1SU', 'BYDAY=-1SU;BYMONTH=3').replace(
                'BYMONTH=3;BYDAY=2SU', 'BYDAY=2SU;BYMONTH=3').replace('BYMONTH=10;BYDAY=1SU', 'BYDAY=1SU;BYMONTH=10')
            L += ['BEGIN:STANDARD', 'DTSTART:' + std_start, 'RRULE:' + std_rule,
                  'TZOFFSETFROM:' + _fmt_off(dst), 'TZOFFSETTO:' + _fmt_off(std), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:' + dst_start, 'RRULE:' + dst_rule,
                  'TZOFFSETFROM:' + _fmt_off(std), 'TZOFFSETTO:' + _fmt_off(dst), 'END:DAYLIGHT']
        else:
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + _fmt_off(std), 'TZOFFSETTO:' + _fmt_off(dst),
                  'TZNAME:' + da, 'DTSTART:' + dst_start, 'RRULE:' + dst_rule, 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + _fmt_off(dst), 'TZOFFSETTO:' + _fmt_off(std),
                  'TZNAME:' + sa, 'DTSTART:' + std_start, 'RRULE:' + std_rule, 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L
