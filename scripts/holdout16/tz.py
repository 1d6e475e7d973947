"""Small self-contained time-zone rules (no tzdata dependency) and VTIMEZONE writers.

Rules are simplified to the rules in force 2016-2026; that is all the corpus needs.
"""
from datetime import datetime, timedelta

# name: (rule, std offset minutes, std abbrev, dst abbrev, windows name)
ZONES = {
    'Europe/London':      ('EU', 0,    'GMT',  'BST',  'GMT Standard Time'),
    'Europe/Lisbon':      ('EU', 0,    'WET',  'WEST', 'GMT Standard Time'),
    'Europe/Berlin':      ('EU', 60,   'CET',  'CEST', 'W. Europe Standard Time'),
    'Europe/Vienna':      ('EU', 60,   'CET',  'CEST', 'W. Europe Standard Time'),
    'Europe/Zurich':      ('EU', 60,   'CET',  'CEST', 'W. Europe Standard Time'),
    'Europe/Amsterdam':   ('EU', 60,   'CET',  'CEST', 'W. Europe Standard Time'),
    'Europe/Rome':        ('EU', 60,   'CET',  'CEST', 'W. Europe Standard Time'),
    'Europe/Paris':       ('EU', 60,   'CET',  'CEST', 'Romance Standard Time'),
    'Europe/Brussels':    ('EU', 60,   'CET',  'CEST', 'Romance Standard Time'),
    'Europe/Madrid':      ('EU', 60,   'CET',  'CEST', 'Romance Standard Time'),
    'Europe/Warsaw':      ('EU', 60,   'CET',  'CEST', 'Central European Standard Time'),
    'Europe/Prague':      ('EU', 60,   'CET',  'CEST', 'Central Europe Standard Time'),
    'Europe/Stockholm':   ('EU', 60,   'CET',  'CEST', 'W. Europe Standard Time'),
    'Europe/Athens':      ('EU', 120,  'EET',  'EEST', 'GTB Standard Time'),
    'Europe/Kiev':        ('EU', 120,  'EET',  'EEST', 'FLE Standard Time'),
    'Europe/Moscow':      (None, 180,  'MSK',  None,   'Russian Standard Time'),
    'Europe/Istanbul':    (None, 180,  '+03',  None,   'Turkey Standard Time'),
    'Asia/Jerusalem':     ('IL', 120,  'IST',  'IDT',  'Israel Standard Time'),
    'Asia/Riyadh':        (None, 180,  '+03',  None,   'Arab Standard Time'),
    'Asia/Dubai':         (None, 240,  '+04',  None,   'Arabian Standard Time'),
    'Africa/Cairo':       (None, 120,  'EET',  None,   'Egypt Standard Time'),
    'Africa/Lagos':       (None, 60,   'WAT',  None,   'W. Central Africa Standard Time'),
    'Asia/Kolkata':       (None, 330,  'IST',  None,   'India Standard Time'),
    'Asia/Bangkok':       (None, 420,  '+07',  None,   'SE Asia Standard Time'),
    'Asia/Singapore':     (None, 480,  '+08',  None,   'Singapore Standard Time'),
    'Asia/Shanghai':      (None, 480,  'CST',  None,   'China Standard Time'),
    'Asia/Hong_Kong':     (None, 480,  'HKT',  None,   'China Standard Time'),
    'Asia/Taipei':        (None, 480,  'CST',  None,   'Taipei Standard Time'),
    'Asia/Tokyo':         (None, 540,  'JST',  None,   'Tokyo Standard Time'),
    'Asia/Seoul':         (None, 540,  'KST',  None,   'Korea Standard Time'),
    'America/New_York':   ('US', -300, 'EST',  'EDT',  'Eastern Standard Time'),
    'America/Chicago':    ('US', -360, 'CST',  'CDT',  'Central Standard Time'),
    'America/Denver':     ('US', -420, 'MST',  'MDT',  'Mountain Standard Time'),
    'America/Los_Angeles': ('US', -480, 'PST', 'PDT',  'Pacific Standard Time'),
    'America/Toronto':    ('US', -300, 'EST',  'EDT',  'Eastern Standard Time'),
    'America/Sao_Paulo':  (None, -180, '-03',  None,   'E. South America Standard Time'),
    'America/Mexico_City': (None, -360, 'CST', None,   'Central Standard Time (Mexico)'),
    'Australia/Sydney':   ('AU', 600,  'AEST', 'AEDT', 'AUS Eastern Standard Time'),
    'UTC':                (None, 0,    'UTC',  None,   'UTC'),
}


def _nth_weekday(y, m, wd, n):
    """n-th weekday (0=Mon) of month; n=-1 -> last."""
    if n > 0:
        d = datetime(y, m, 1)
        while d.weekday() != wd:
            d += timedelta(days=1)
        return d + timedelta(days=7 * (n - 1))
    d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
    while d.weekday() != wd:
        d -= timedelta(days=1)
    return d


def _dst_window_utc(rule, y, std):
    """Return (start_utc, end_utc) of DST for year y, or None."""
    if rule == 'EU':
        return (_nth_weekday(y, 3, 6, -1) + timedelta(hours=1),
                _nth_weekday(y, 10, 6, -1) + timedelta(hours=1))
    if rule == 'US':
        s = _nth_weekday(y, 3, 6, 2) + timedelta(hours=2) - timedelta(minutes=std)
        e = _nth_weekday(y, 11, 6, 1) + timedelta(hours=2) - timedelta(minutes=std + 60)
        return (s, e)
    if rule == 'IL':
        s = _nth_weekday(y, 3, 6, -1) - timedelta(days=2) + timedelta(hours=2) - timedelta(minutes=std)
        e = _nth_weekday(y, 10, 6, -1) + timedelta(hours=2) - timedelta(minutes=std + 60)
        return (s, e)
    return None


def utc_offset(tzname, utc_dt):
    rule, std, _, _, _ = ZONES[tzname]
    if rule is None:
        return std
    if rule == 'AU':
        # DST from first Sunday Oct 02:00 std to first Sunday Apr 03:00 dst
        y = utc_dt.year
        end = _nth_weekday(y, 4, 6, 1) + timedelta(hours=3) - timedelta(minutes=std + 60)
        start = _nth_weekday(y, 10, 6, 1) + timedelta(hours=2) - timedelta(minutes=std)
        return std + 60 if (utc_dt < end or utc_dt >= start) else std
    s, e = _dst_window_utc(rule, utc_dt.year, std)
    return std + 60 if s <= utc_dt < e else std


def is_dst(tzname, utc_dt):
    return utc_offset(tzname, utc_dt) != ZONES[tzname][1]


def abbrev(tzname, utc_dt):
    z = ZONES[tzname]
    return z[3] if is_dst(tzname, utc_dt) else z[2]


def local_to_utc(tzname, local_dt):
    std = ZONES[tzname][1]
    guess = local_dt - timedelta(minutes=std)
    off = utc_offset(tzname, guess)
    return local_dt - timedelta(minutes=off)


def utc_to_local(tzname, utc_dt):
    return utc_dt + timedelta(minutes=utc_offset(tzname, utc_dt))


def fmt_offset(minutes, colon=False, seconds=False):
    sign = '+' if minutes >= 0 else '-'
    m = abs(minutes)
    s = '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)
    if seconds:
        s += '00'
    return s


def windows_name(tzname):
    return ZONES[tzname][4]


_RULE_LINES = {
    # (daylight dtstart, daylight rrule, standard dtstart, standard rrule) for "IANA" style
    'EU': ('19700329T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
           '19701025T030000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'),
    'US': ('19700308T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
           '19701101T020000', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'),
    'IL': ('19700327T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR',
           '19701025T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'),
    'AU': ('19701004T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
           '19700405T030000', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'),
}

_WIN_RULES = {
    'EU': ('16010101T020000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
           '16010101T030000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10'),
    'US': ('16010101T020000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
           '16010101T020000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11'),
    'IL': ('16010101T020000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=3',
           '16010101T020000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10'),
    'AU': ('16010101T020000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10',
           '16010101T030000', 'FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4'),
}


def vtimezone(tzname, style='iana'):
    """Return list of unfolded content lines for a VTIMEZONE.

    style: 'iana' (Apple/Google/libical: X-LIC-LOCATION, TZNAME),
           'windows' (Exchange/Outlook: 1601 anchors, windows TZID),
           'mozilla' (Thunderbird: X-TZINFO), 'zimbra', 'plain' (no TZNAME, no X-).
    """
    rule, std, sabbr, dabbr, win = ZONES[tzname]
    dst = std + 60
    tzid = win if style == 'windows' else tzname
    out = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'iana':
        out.append('X-LIC-LOCATION:' + tzname)
    elif style == 'mozilla':
        out.append('X-TZINFO:%s[2024a]' % tzname)
    if rule is None:
        out += ['BEGIN:STANDARD',
                'DTSTART:' + ('16010101T000000' if style == 'windows' else '19700101T000000'),
                'TZOFFSETFROM:' + fmt_offset(std), 'TZOFFSETTO:' + fmt_offset(std)]
        if style != 'windows':
            out.append('TZNAME:' + sabbr)
        out.append('END:STANDARD')
        out.append('END:VTIMEZONE')
        return out
    rl = _WIN_RULES[rule] if style == 'windows' else _RULE_LINES[rule]
    if rule == 'EU' and std != 60:
        # EU switches at 01:00 UTC: local 01:00/02:00 for WET/GMT zones, 03:00/04:00 for EET zones
        h_dst = 1 + std // 60
        rl = (rl[0][:9] + '%02d0000' % h_dst, rl[1], rl[2][:9] + '%02d0000' % (h_dst + 1), rl[3])
    std_block = ['BEGIN:STANDARD', 'DTSTART:' + rl[2], 'TZOFFSETFROM:' + fmt_offset(dst),
                 'TZOFFSETTO:' + fmt_offset(std), 'RRULE:' + rl[3]]
    dst_block = ['BEGIN:DAYLIGHT', 'DTSTART:' + rl[0], 'TZOFFSETFROM:' + fmt_offset(std),
                 'TZOFFSETTO:' + fmt_offset(dst), 'RRULE:' + rl[1]]
    if style in ('iana', 'mozilla', 'zimbra'):
        std_block.append('TZNAME:' + sabbr)
        dst_block.append('TZNAME:' + dabbr)
    if style == 'zimbra':
        # Zimbra writes STANDARD first and DTSTART/TZOFFSET order differs
        std_block = ['BEGIN:STANDARD', 'DTSTART:' + rl[2], 'TZOFFSETTO:' + fmt_offset(std),
                     'TZOFFSETFROM:' + fmt_offset(dst), 'RRULE:' + rl[3], 'TZNAME:' + sabbr]
        dst_block = ['BEGIN:DAYLIGHT', 'DTSTART:' + rl[0], 'TZOFFSETTO:' + fmt_offset(dst),
                     'TZOFFSETFROM:' + fmt_offset(std), 'RRULE:' + rl[1], 'TZNAME:' + dabbr]
    std_block.append('END:STANDARD')
    dst_block.append('END:DAYLIGHT')
    if style in ('windows', 'zimbra'):
        out += std_block + dst_block
    else:
        out += dst_block + std_block
    out.append('END:VTIMEZONE')
    return out
