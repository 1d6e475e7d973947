"""iCalendar helpers: time zones, VTIMEZONE blocks in several client styles, escaping, folding."""
import datetime as dt

# key: (windows name, std offset min, dst offset min or None, rule, std abbr, dst abbr, english display)
TZ = {
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Berlin'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Vienna'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Paris'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Madrid'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Rome'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Amsterdam'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Brussels'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Warsaw'),
    'Europe/Stockholm': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST', 'Central European Time - Stockholm'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'eu', 'WET', 'WEST', 'Western European Time - Lisbon'),
    'Europe/London': ('GMT Standard Time', 0, 60, 'eu', 'GMT', 'BST', 'United Kingdom Time'),
    'Europe/Dublin': ('GMT Standard Time', 0, 60, 'eu', 'GMT', 'IST', 'Irish Time'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'eu', 'EET', 'EEST', 'Eastern European Time - Athens'),
    'Europe/Moscow': ('Russian Standard Time', 180, None, 'none', 'MSK', None, 'Moscow Standard Time'),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'il', 'IST', 'IDT', 'Israel Time'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, 'none', '+03', None, 'Arabian Standard Time - Riyadh'),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, 'none', '+04', None, 'Gulf Standard Time'),
    'Africa/Cairo': ('Egypt Standard Time', 120, None, 'none', 'EET', None, 'Eastern European Time - Cairo'),
    'Asia/Shanghai': ('China Standard Time', 480, None, 'none', 'CST', None, 'China Standard Time'),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, 'none', 'CST', None, 'Taipei Standard Time'),
    'Asia/Hong_Kong': ('China Standard Time', 480, None, 'none', 'HKT', None, 'Hong Kong Standard Time'),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, 'none', 'JST', None, 'Japan Standard Time'),
    'Asia/Seoul': ('Korea Standard Time', 540, None, 'none', 'KST', None, 'Korean Standard Time'),
    'Asia/Kolkata': ('India Standard Time', 330, None, 'none', 'IST', None, 'India Standard Time'),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, 'none', '+07', None, 'Indochina Time'),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'us', 'EST', 'EDT', 'Eastern Time - New York'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'us', 'CST', 'CDT', 'Central Time - Chicago'),
    'America/Denver': ('Mountain Standard Time', -420, -360, 'us', 'MST', 'MDT', 'Mountain Time - Denver'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'us', 'PST', 'PDT', 'Pacific Time - Los Angeles'),
    'America/Toronto': ('Eastern Standard Time', -300, -240, 'us', 'EST', 'EDT', 'Eastern Time - Toronto'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, 'none', '-03', None, 'Brasilia Standard Time'),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, 'none', 'CST', None, 'Central Time - Mexico City'),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'au', 'AEST', 'AEDT', 'Eastern Australia Time - Sydney'),
    'Asia/Singapore': ('Singapore Standard Time', 480, None, 'none', '+08', None, 'Singapore Standard Time'),
}


def _nth_weekday(y, m, wd, n):
    """n>=1: nth weekday; n=-1: last."""
    if n > 0:
        d = dt.date(y, m, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - wd) % 7)


def is_dst(tz, local):
    rule = TZ[tz][3]
    y = local.year
    d = local.date()
    if rule == 'eu':
        return _nth_weekday(y, 3, 6, -1) <= d < _nth_weekday(y, 10, 6, -1)
    if rule == 'us':
        return _nth_weekday(y, 3, 6, 2) <= d < _nth_weekday(y, 11, 6, 1)
    if rule == 'au':
        return not (_nth_weekday(y, 4, 6, 1) <= d < _nth_weekday(y, 10, 6, 1))
    if rule == 'il':
        return _nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2) <= d < _nth_weekday(y, 10, 6, -1)
    return False


def offset(tz, local):
    if tz in (None, 'UTC'):
        return 0
    t = TZ[tz]
    return t[2] if is_dst(tz, local) else t[1]


def to_utc(tz, local):
    return local - dt.timedelta(minutes=offset(tz, local))


def from_utc(tz, utc):
    guess = utc + dt.timedelta(minutes=TZ[tz][1] if tz in TZ else 0)
    return utc + dt.timedelta(minutes=offset(tz, guess))


def _off(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


RULES = {
    'eu': (('3', '-1SU', '020000'), ('10', '-1SU', '030000')),
    'us': (('3', '2SU', '020000'), ('11', '1SU', '020000')),
    'au': (('10', '1SU', '020000'), ('4', '1SU', '030000')),
    'il': (('3', '-1FR', '020000'), ('10', '-1SU', '020000')),
}
FIRST = {'eu': ('19700329', '19701025'), 'us': ('19700308', '19701101'), 'au': ('19701004', '19700405'),
         'il': ('19700327', '19701025')}
APPLE_FIRST = {'eu': ('19810329', '19961027'), 'us': ('20070311', '20071104'), 'au': ('20081005', '20080406'),
               'il': ('20130329', '20131027')}


def vtimezone(tz, style):
    """Return list of content lines for a VTIMEZONE in the given client style."""
    win, std, dst, rule, sabbr, dabbr, _ = TZ[tz]
    L = ['BEGIN:VTIMEZONE']
    if style == 'outlook':
        L.append('TZID:' + win)
        if dst is None:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + _off(std),
                  'TZOFFSETTO:' + _off(std), 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                  'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std), 'END:DAYLIGHT']
        else:
            (dm, dd, dtm), (sm, sd, stm) = RULES[rule]
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + stm, 'TZOFFSETFROM:' + _off(dst),
                  'TZOFFSETTO:' + _off(std), 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (sd, sm),
                  'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dtm, 'TZOFFSETFROM:' + _off(std),
                  'TZOFFSETTO:' + _off(dst), 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (dd, dm),
                  'END:DAYLIGHT']
    elif style == 'zimbra':
        L.append('TZID:' + tz)
        if dst is None:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETTO:' + _off(std),
                  'TZOFFSETFROM:' + _off(std), 'TZNAME:' + sabbr, 'END:STANDARD']
        else:
            (dm, dd, dtm), (sm, sd, stm) = RULES[rule]
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + stm, 'TZOFFSETTO:' + _off(std),
                  'TZOFFSETFROM:' + _off(dst), 'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (sm, sd),
                  'TZNAME:' + sabbr, 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dtm,
                  'TZOFFSETTO:' + _off(dst), 'TZOFFSETFROM:' + _off(std),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (dm, dd), 'TZNAME:' + dabbr,
                  'END:DAYLIGHT']
    elif style == 'apple':
        L.append('TZID:' + tz)
        if dst is None:
            L += ['BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZNAME:' + sabbr, 'TZOFFSETFROM:' + _off(std),
                  'TZOFFSETTO:' + _off(std), 'END:STANDARD']
        else:
            (dm, dd, dtm), (sm, sd, stm) = RULES[rule]
            f1, f2 = APPLE_FIRST[rule]
            L += ['BEGIN:DAYLIGHT', 'DTSTART:%sT%s' % (f1, dtm), 'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (dm, dd),
                  'TZNAME:' + dabbr, 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(dst), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'DTSTART:%sT%s' % (f2, stm), 'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (sm, sd),
                  'TZNAME:' + sabbr, 'TZOFFSETFROM:' + _off(dst), 'TZOFFSETTO:' + _off(std), 'END:STANDARD']
    else:  # google / moz / generic olson
        L.append('TZID:' + tz)
        if style in ('google', 'moz'):
            L.append('X-LIC-LOCATION:' + tz)
        if dst is None:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std), 'TZNAME:' + sabbr,
                  'DTSTART:19700101T000000', 'END:STANDARD']
        else:
            (dm, dd, dtm), (sm, sd, stm) = RULES[rule]
            f1, f2 = FIRST[rule]
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(dst), 'TZNAME:' + dabbr,
                  'DTSTART:%sT%s' % (f1, dtm), 'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (dm, dd), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + _off(dst), 'TZOFFSETTO:' + _off(std), 'TZNAME:' + sabbr,
                  'DTSTART:%sT%s' % (f2, stm), 'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (sm, sd), 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


def esc(text, commas=True):
    t = text.replace('\\', '\\\\').replace(';', '\\;')
    if commas:
        t = t.replace(',', '\\,')
    return t.replace('\r\n', '\n').replace('\n', '\\n')


def fold(line, limit=75):
    b = line.encode('utf-8')
    if len(b) <= limit:
        return [line]
    out, cur, curlen, lim = [], '', 0, limit
    for ch in line:
        n = len(ch.encode('utf-8'))
        if curlen + n > lim:
            out.append(cur)
            cur, curlen, lim = ch, n, limit - 1
        else:
            cur += ch
            curlen += n
    out.append(cur)
    return [out[0]] + [' ' + x for x in out[1:]]


def serialize(lines, sloppy=False, nl='\r\n', fold_char=' ', limit=75):
    """lines: list of unfolded content lines. sloppy: no folding at all."""
    out = []
    for ln in lines:
        if sloppy:
            out.append(ln)
        else:
            f = fold(ln, limit)
            out.extend([f[0]] + [fold_char + x[1:] for x in f[1:]])
    return nl.join(out) + nl
