"""Small iCalendar writer: escaping, folding, time zones.  Stdlib only."""
import datetime as _dt

# ---------------------------------------------------------------- time zones
# name: (windows name, std offset min, dst offset min or None, rule, std abbrev, dst abbrev)
TZ = {
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Stockholm': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Zurich': ('W. Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/Prague': ('Central Europe Standard Time', 60, 120, 'eu', 'CET', 'CEST'),
    'Europe/London': ('GMT Standard Time', 0, 60, 'eu', 'GMT', 'BST'),
    'Europe/Dublin': ('GMT Standard Time', 0, 60, 'eu', 'GMT', 'IST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'eu', 'WET', 'WEST'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'eu', 'EET', 'EEST'),
    'Europe/Kyiv': ('FLE Standard Time', 120, 180, 'eu', 'EET', 'EEST'),
    'Europe/Moscow': ('Russian Standard Time', 180, None, None, 'MSK', None),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, None, '+03', None),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'il', 'IST', 'IDT'),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, None, '+04', None),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, None, '+03', None),
    'Africa/Cairo': ('Egypt Standard Time', 120, None, None, 'EET', None),
    'Africa/Lagos': ('W. Central Africa Standard Time', 60, None, None, 'WAT', None),
    'Asia/Kolkata': ('India Standard Time', 330, None, None, 'IST', None),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, None, '+07', None),
    'Asia/Ho_Chi_Minh': ('SE Asia Standard Time', 420, None, None, '+07', None),
    'Asia/Shanghai': ('China Standard Time', 480, None, None, 'CST', None),
    'Asia/Hong_Kong': ('China Standard Time', 480, None, None, 'HKT', None),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, None, 'CST', None),
    'Asia/Singapore': ('Singapore Standard Time', 480, None, None, '+08', None),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, None, 'JST', None),
    'Asia/Seoul': ('Korea Standard Time', 540, None, None, 'KST', None),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'us', 'EST', 'EDT'),
    'America/Toronto': ('Eastern Standard Time', -300, -240, 'us', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'us', 'CST', 'CDT'),
    'America/Denver': ('Mountain Standard Time', -420, -360, 'us', 'MST', 'MDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'us', 'PST', 'PDT'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, None, '-03', None),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, None, 'CST', None),
    'America/Bogota': ('SA Pacific Standard Time', -300, None, None, '-05', None),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'au', 'AEST', 'AEDT'),
    'UTC': ('UTC', 0, None, None, 'UTC', None),
}

RULES = {
    # (dst start: month, nth-weekday spec, local hour), (dst end ...)
    'eu': ((3, -1, 2), (10, -1, 3)),
    'us': ((3, 2, 2), (11, 1, 2)),
    'au': ((10, 1, 2), (4, 1, 3)),
    'il': ((3, 'fri-before-last', 2), (10, -1, 2)),
}


def _nth_sunday(year, month, n):
    if n > 0:
        d = _dt.date(year, month, 1)
        while d.weekday() != 6:
            d += _dt.timedelta(days=1)
        return d + _dt.timedelta(days=7 * (n - 1))
    d = _dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _rule_day(year, month, n):
    if n == 'fri-before-last':
        return _nth_sunday(year, month, -1) - _dt.timedelta(days=2)
    return _nth_sunday(year, month, n)


def offset(tzid, local):
    """UTC offset (minutes) in force at naive local datetime."""
    win, std, dst, rule, a, b = TZ[tzid]
    if dst is None:
        return std
    (m1, n1, h1), (m2, n2, h2) = RULES[rule]
    start = _dt.datetime.combine(_rule_day(local.year, m1, n1), _dt.time(h1))
    end = _dt.datetime.combine(_rule_day(local.year, m2, n2), _dt.time(h2))
    if start < end:
        in_dst = start <= local < end
    else:  # southern hemisphere
        in_dst = not (end <= local < start)
    return dst if in_dst else std


def to_utc(tzid, local):
    return local - _dt.timedelta(minutes=offset(tzid, local))


def to_local(tzid, utc):
    guess = utc + _dt.timedelta(minutes=TZ[tzid][1])
    return utc + _dt.timedelta(minutes=offset(tzid, guess))


def fmt_off(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


def _byday(n):
    if n == 'fri-before-last':
        return None
    return '%dSU' % n


def vtimezone(tzid, style='olson'):
    """Return list of content lines for a VTIMEZONE in the given client style."""
    win, std, dst, rule, sa, da = TZ[tzid]
    L = ['BEGIN:VTIMEZONE']
    name = win if style == 'ms' else tzid
    L.append('TZID:' + name)
    if style in ('olson', 'google'):
        L.append('X-LIC-LOCATION:' + tzid)
    if style == 'moz':
        L.append('X-TZINFO:%s[2024a]' % tzid)
    if dst is None:
        if style == 'ms':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        elif style == 'apple':
            L += ['BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZNAME:' + sa,
                  'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sa, 'DTSTART:19700101T000000', 'END:STANDARD']
        L.append('END:VTIMEZONE')
        return L
    (m1, n1, h1), (m2, n2, h2) = RULES[rule]

    def rr(month, n, ms=False):
        if n == 'fri-before-last':
            if ms:
                return 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=%d' % month
            return 'FREQ=YEARLY;BYMONTH=%d;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR' % month
        if ms:
            return 'FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (_byday(n), month)
        if style == 'zimbra':
            return 'FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (month, _byday(n))
        return 'FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (month, _byday(n))

    d_start = _rule_day(1970, m1, n1)
    s_start = _rule_day(1970, m2, n2)
    std_blk = dst_blk = None
    if style == 'ms':
        std_blk = ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % h2, 'TZOFFSETFROM:' + fmt_off(dst),
                   'TZOFFSETTO:' + fmt_off(std), 'RRULE:' + rr(m2, n2, True), 'END:STANDARD']
        dst_blk = ['BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % h1, 'TZOFFSETFROM:' + fmt_off(std),
                   'TZOFFSETTO:' + fmt_off(dst), 'RRULE:' + rr(m1, n1, True), 'END:DAYLIGHT']
    elif style == 'apple':
        d81 = _rule_day(1981, m1, n1)
        s96 = _rule_day(1996, m2, n2)
        dst_blk = ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'RRULE:' + rr(m1, n1),
                   'DTSTART:%sT%02d0000' % (d81.strftime('%Y%m%d'), h1), 'TZNAME:' + da,
                   'TZOFFSETTO:' + fmt_off(dst), 'END:DAYLIGHT']
        std_blk = ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'RRULE:' + rr(m2, n2),
                   'DTSTART:%sT%02d0000' % (s96.strftime('%Y%m%d'), h2), 'TZNAME:' + sa,
                   'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
    elif style == 'zimbra':
        std_blk = ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % h2, 'TZOFFSETTO:' + fmt_off(std),
                   'TZOFFSETFROM:' + fmt_off(dst), 'RRULE:' + rr(m2, n2), 'TZNAME:' + sa, 'END:STANDARD']
        dst_blk = ['BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % h1, 'TZOFFSETTO:' + fmt_off(dst),
                   'TZOFFSETFROM:' + fmt_off(std), 'RRULE:' + rr(m1, n1), 'TZNAME:' + da, 'END:DAYLIGHT']
    else:
        dst_blk = ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                   'TZNAME:' + da, 'DTSTART:%sT%02d0000' % (d_start.strftime('%Y%m%d'), h1),
                   'RRULE:' + rr(m1, n1), 'END:DAYLIGHT']
        std_blk = ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                   'TZNAME:' + sa, 'DTSTART:%sT%02d0000' % (s_start.strftime('%Y%m%d'), h2),
                   'RRULE:' + rr(m2, n2), 'END:STANDARD']
    if style in ('ms', 'zimbra', 'moz'):
        L += std_blk + dst_blk
    else:
        L += dst_blk + std_blk
    L.append('END:VTIMEZONE')
    return L


# ---------------------------------------------------------------- values
def esc(s):
    s = s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def esc_ms(s):
    """Outlook escapes newlines as \\n and keeps the text otherwise."""
    return esc(s)


def dtl(d):
    return d.strftime('%Y%m%dT%H%M%S')


def dtz(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def dd(d):
    return d.strftime('%Y%m%d')


def param(k, v):
    if any(c in v for c in ':;,'):
        return '%s="%s"' % (k, v.replace('"', "'"))
    return '%s=%s' % (k, v)


def prop(name, value, *params):
    p = ''.join(';' + param(k, v) for k, v in params)
    return '%s%s:%s' % (name, p, value)


# ---------------------------------------------------------------- folding
def fold(line, width=75, style='std'):
    """Fold one logical line. style: std (space), tab, none, chars (count chars not octets),
    wide (fold later than allowed)."""
    if style == 'none':
        return [line]
    if style == 'wide':
        width = 150
    lead = '\t' if style == 'tab' else ' '
    out, cur, n = [], '', 0
    for ch in line:
        l = 1 if style == 'chars' else len(ch.encode('utf-8'))
        if n + l > width and cur:
            out.append(cur)
            cur, n = lead + ch, 1 + l
        else:
            cur += ch
            n += l
    out.append(cur)
    return out


def serialize(lines, fold_style='std', width=75, eol='\r\n', final_eol=True):
    out = []
    for ln in lines:
        out.extend(fold(ln, width, fold_style))
    s = eol.join(out)
    return s + eol if final_eol else s
