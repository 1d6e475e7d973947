"""Tiny time-zone table (hand-written rules, deterministic, no tzdata needed)."""
import datetime as dt

WD = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']


def nth_weekday(year, month, byday):
    n = int(byday[:-2])
    wd = WD.index(byday[-2:])
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        d += dt.timedelta(weeks=n - 1)
    else:
        nm = dt.date(year + (month == 12), month % 12 + 1, 1)
        d = nm - dt.timedelta(days=1)
        d -= dt.timedelta(days=(d.weekday() - wd) % 7)
    return d


# dst month, byday, local time of change (in std), std month, byday, local time (in dst)
RULES = {
    'EU1': (3, '-1SU', '010000', 10, '-1SU', '020000'),
    'EU2': (3, '-1SU', '020000', 10, '-1SU', '030000'),
    'EU3': (3, '-1SU', '030000', 10, '-1SU', '040000'),
    'US': (3, '2SU', '020000', 11, '1SU', '020000'),
    'AU': (10, '1SU', '020000', 4, '1SU', '030000'),
    'IL': (3, 'IL', '020000', 10, '-1SU', '020000'),
}

# olson: (windows name, std offset minutes, rule, std abbr, dst abbr, long name)
TZS = {
    'Europe/Berlin': ('W. Europe Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Berlin'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Vienna'),
    'Europe/Zurich': ('W. Europe Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Zurich'),
    'Europe/Paris': ('Romance Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Paris'),
    'Europe/Brussels': ('Romance Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Brussels'),
    'Europe/Madrid': ('Romance Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Madrid'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Rome'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Amsterdam'),
    'Europe/Stockholm': ('W. Europe Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Stockholm'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 'EU2', 'CET', 'CEST', 'Central European Time - Warsaw'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 'EU1', 'WET', 'WEST', 'Western European Time - Lisbon'),
    'Europe/London': ('GMT Standard Time', 0, 'EU1', 'GMT', 'BST', 'United Kingdom Time'),
    'Europe/Dublin': ('GMT Standard Time', 0, 'EU1', 'GMT', 'IST', 'Irish Time'),
    'Europe/Athens': ('GTB Standard Time', 120, 'EU3', 'EET', 'EEST', 'Eastern European Time - Athens'),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, '+03', None, 'Turkey Time'),
    'Europe/Moscow': ('Russian Standard Time', 180, None, 'MSK', None, 'Moscow Standard Time'),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 'IL', 'IST', 'IDT', 'Israel Time'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, '+03', None, 'Arabian Standard Time - Riyadh'),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, '+04', None, 'Gulf Standard Time'),
    'Asia/Kolkata': ('India Standard Time', 330, None, 'IST', None, 'India Standard Time'),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, '+07', None, 'Indochina Time - Bangkok'),
    'Asia/Shanghai': ('China Standard Time', 480, None, 'CST', None, 'China Standard Time - Shanghai'),
    'Asia/Hong_Kong': ('China Standard Time', 480, None, 'HKT', None, 'Hong Kong Standard Time'),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, 'CST', None, 'Taipei Standard Time'),
    'Asia/Singapore': ('Singapore Standard Time', 480, None, '+08', None, 'Singapore Standard Time'),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, 'JST', None, 'Japan Standard Time'),
    'Asia/Seoul': ('Korea Standard Time', 540, None, 'KST', None, 'Korean Standard Time'),
    'America/New_York': ('Eastern Standard Time', -300, 'US', 'EST', 'EDT', 'Eastern Time - New York'),
    'America/Chicago': ('Central Standard Time', -360, 'US', 'CST', 'CDT', 'Central Time - Chicago'),
    'America/Denver': ('Mountain Standard Time', -420, 'US', 'MST', 'MDT', 'Mountain Time - Denver'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, 'US', 'PST', 'PDT', 'Pacific Time - Los Angeles'),
    'America/Toronto': ('Eastern Standard Time', -300, 'US', 'EST', 'EDT', 'Eastern Time - Toronto'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, '-03', None, 'Brasilia Standard Time'),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, 'CST', None, 'Central Time - Mexico City'),
    'America/Bogota': ('SA Pacific Standard Time', -300, None, '-05', None, 'Colombia Standard Time'),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 'AU', 'AEST', 'AEDT', 'Eastern Australia Time - Sydney'),
    'Africa/Lagos': ('W. Central Africa Standard Time', 60, None, 'WAT', None, 'West Africa Standard Time'),
    'Africa/Johannesburg': ('South Africa Standard Time', 120, None, 'SAST', None, 'South Africa Standard Time'),
}


def _il_start(year):
    last_sun = nth_weekday(year, 3, '-1SU')
    return last_sun - dt.timedelta(days=2)


def transitions(tzid, year):
    """Return (dst_start_local, dst_end_local) naive datetimes or None."""
    info = TZS[tzid]
    rule = info[2]
    if not rule:
        return None
    dm, dd, dtm, sm, sd, stm = RULES[rule]
    if dd == 'IL':
        d1 = _il_start(year)
    else:
        d1 = nth_weekday(year, dm, dd)
    d2 = nth_weekday(year, sm, sd)
    t1 = dt.datetime.combine(d1, dt.time(int(dtm[:2]), int(dtm[2:4])))
    t2 = dt.datetime.combine(d2, dt.time(int(stm[:2]), int(stm[2:4])))
    return t1, t2


def offset_at(tzid, local):
    """UTC offset in minutes for a naive local datetime."""
    if tzid == 'UTC':
        return 0
    info = TZS[tzid]
    std = info[1]
    tr = transitions(tzid, local.year)
    if not tr:
        return std
    t1, t2 = tr
    if t1 < t2:  # northern hemisphere
        dst = t1 <= local < t2
    else:  # southern
        dst = not (t2 <= local < t1)
    return std + 60 if dst else std


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=offset_at(tzid, local))


def from_utc(tzid, utc):
    guess = utc + dt.timedelta(minutes=TZS[tzid][1] if tzid != 'UTC' else 0)
    off = offset_at(tzid, guess)
    return utc + dt.timedelta(minutes=off)


def fmt_off(mins, colon=False, secs=False):
    sign = '+' if mins >= 0 else '-'
    m = abs(mins)
    s = '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)
    if secs:
        s += '00'
    return s


def abbr_at(tzid, local):
    info = TZS[tzid]
    if offset_at(tzid, local) != info[1]:
        return info[4]
    return info[3]


def vtimezone(tzid, style='olson', year=2024):
    """Return list of raw content lines for a VTIMEZONE."""
    info = TZS[tzid]
    win, std, rule, sab, dab, _ = info
    L = ['BEGIN:VTIMEZONE']
    if style == 'windows':
        L.append('TZID:' + win)
        if not rule:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:DAYLIGHT']
        else:
            dm, dd, dtm, sm, sd, stm = RULES[rule]
            if dd == 'IL':
                dd = '-1FR'
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + stm, 'TZOFFSETFROM:' + fmt_off(std + 60),
                  'TZOFFSETTO:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (sd, sm), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dtm, 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std + 60),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (dd, dm), 'END:DAYLIGHT']
        L.append('END:VTIMEZONE')
        return L
    L.append('TZID:' + tzid)
    if style in ('google', 'lic'):
        L.append('X-LIC-LOCATION:' + tzid)
    if style == 'mozilla':
        L.append('X-TZINFO:%s[%sa]' % (tzid, year))
    if not rule:
        L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
              'TZNAME:' + sab, 'DTSTART:19700101T000000', 'END:STANDARD']
    else:
        dm, dd, dtm, sm, sd, stm = RULES[rule]
        if dd == 'IL':
            drr = 'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR'
            dstart = '19700327T' + dtm
        else:
            drr = 'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (dm, dd)
            dstart = '1970%02d%02dT%s' % (dm, nth_weekday(1970, dm, dd).day, dtm)
        srr = 'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (sm, sd)
        sstart = '1970%02d%02dT%s' % (sm, nth_weekday(1970, sm, sd).day, stm)
        if style == 'zimbra':
            drr = drr.replace('FREQ=YEARLY;', 'FREQ=YEARLY;WKST=MO;INTERVAL=1;')
            srr = srr.replace('FREQ=YEARLY;', 'FREQ=YEARLY;WKST=MO;INTERVAL=1;')
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + stm, 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(std + 60), srr, 'TZNAME:' + sab, 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dtm, 'TZOFFSETTO:' + fmt_off(std + 60),
                  'TZOFFSETFROM:' + fmt_off(std), drr, 'TZNAME:' + dab, 'END:DAYLIGHT']
        elif style == 'apple':
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), drr, 'DTSTART:' + dstart,
                  'TZNAME:' + dab, 'TZOFFSETTO:' + fmt_off(std + 60), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std + 60), srr, 'DTSTART:' + sstart,
                  'TZNAME:' + sab, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std + 60),
                  'TZNAME:' + dab, 'DTSTART:' + dstart, drr, 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std + 60), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sab, 'DTSTART:' + sstart, srr, 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L
