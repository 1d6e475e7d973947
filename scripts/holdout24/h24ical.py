"""iCalendar helpers: time zones (own rules, no tz database), escaping,
folding, VTIMEZONE blocks in Olson / Windows / Zimbra styles."""
import datetime as dt

# name: (std offset min, dst offset min or None, rule, std abbr, dst abbr, windows name)
TZ = {
    'Europe/London': (0, 60, 'eu', 'GMT', 'BST', 'GMT Standard Time'),
    'Europe/Dublin': (0, 60, 'eu', 'GMT', 'IST', 'GMT Standard Time'),
    'Europe/Berlin': (60, 120, 'eu', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Paris': (60, 120, 'eu', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Madrid': (60, 120, 'eu', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Rome': (60, 120, 'eu', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Amsterdam': (60, 120, 'eu', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Zurich': (60, 120, 'eu', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Vienna': (60, 120, 'eu', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Warsaw': (60, 120, 'eu', 'CET', 'CEST', 'Central European Standard Time'),
    'Europe/Prague': (60, 120, 'eu', 'CET', 'CEST', 'Central Europe Standard Time'),
    'Europe/Lisbon': (0, 60, 'eu', 'WET', 'WEST', 'GMT Standard Time'),
    'Europe/Athens': (120, 180, 'eu', 'EET', 'EEST', 'GTB Standard Time'),
    'Europe/Moscow': (180, None, None, 'MSK', None, 'Russian Standard Time'),
    'Europe/Istanbul': (180, None, None, '+03', None, 'Turkey Standard Time'),
    'Asia/Jerusalem': (120, 180, 'il', 'IST', 'IDT', 'Israel Standard Time'),
    'Asia/Dubai': (240, None, None, '+04', None, 'Arabian Standard Time'),
    'Asia/Riyadh': (180, None, None, '+03', None, 'Arab Standard Time'),
    'Asia/Kolkata': (330, None, None, 'IST', None, 'India Standard Time'),
    'Asia/Bangkok': (420, None, None, '+07', None, 'SE Asia Standard Time'),
    'Asia/Shanghai': (480, None, None, 'CST', None, 'China Standard Time'),
    'Asia/Hong_Kong': (480, None, None, 'HKT', None, 'China Standard Time'),
    'Asia/Singapore': (480, None, None, '+08', None, 'Singapore Standard Time'),
    'Asia/Taipei': (480, None, None, 'CST', None, 'Taipei Standard Time'),
    'Asia/Tokyo': (540, None, None, 'JST', None, 'Tokyo Standard Time'),
    'Asia/Seoul': (540, None, None, 'KST', None, 'Korea Standard Time'),
    'America/New_York': (-300, -240, 'us', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Chicago': (-360, -300, 'us', 'CST', 'CDT', 'Central Standard Time'),
    'America/Denver': (-420, -360, 'us', 'MST', 'MDT', 'Mountain Standard Time'),
    'America/Los_Angeles': (-480, -420, 'us', 'PST', 'PDT', 'Pacific Standard Time'),
    'America/Toronto': (-300, -240, 'us', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Sao_Paulo': (-180, None, None, '-03', None, 'E. South America Standard Time'),
    'America/Mexico_City': (-360, None, None, 'CST', None, 'Central Standard Time (Mexico)'),
    'Australia/Sydney': (600, 660, 'au', 'AEST', 'AEDT', 'AUS Eastern Standard Time'),
    'Africa/Lagos': (60, None, None, 'WAT', None, 'W. Central Africa Standard Time'),
    'Africa/Johannesburg': (120, None, None, 'SAST', None, 'South Africa Standard Time'),
    'UTC': (0, None, None, 'UTC', None, 'UTC'),
}


def _nth_weekday(year, month, weekday, n):
    """n>0: nth weekday of month; n=-1 last. weekday 0=Mon."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def is_dst(tz, local):
    std, dst, rule = TZ[tz][:3]
    if not rule:
        return False
    y = local.year
    if rule == 'eu':
        s = dt.datetime.combine(_nth_weekday(y, 3, 6, -1), dt.time(1)) + dt.timedelta(minutes=std)
        e = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1)) + dt.timedelta(minutes=std)
        return s <= local < e
    if rule == 'us':
        s = dt.datetime.combine(_nth_weekday(y, 3, 6, 2), dt.time(2))
        e = dt.datetime.combine(_nth_weekday(y, 11, 6, 1), dt.time(1))
        return s <= local < e
    if rule == 'il':
        ls = _nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2)
        s = dt.datetime.combine(ls, dt.time(2))
        e = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1))
        return s <= local < e
    if rule == 'au':
        e = dt.datetime.combine(_nth_weekday(y, 4, 6, 1), dt.time(2))
        s = dt.datetime.combine(_nth_weekday(y, 10, 6, 1), dt.time(2))
        return local < e or local >= s
    return False


def offset_min(tz, local):
    std, dst = TZ[tz][:2]
    return dst if is_dst(tz, local) else std


def to_utc(tz, local):
    return local - dt.timedelta(minutes=offset_min(tz, local))


def from_utc(tz, utc):
    guess = utc + dt.timedelta(minutes=TZ[tz][0])
    return utc + dt.timedelta(minutes=offset_min(tz, guess))


def fmt_off(mins, colon=False):
    sign = '+' if mins >= 0 else '-'
    m = abs(mins)
    return '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)


def tzabbr(tz, local):
    t = TZ[tz]
    return t[4] if is_dst(tz, local) else t[3]


def ical_dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ical_utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def ical_date(d):
    return d.strftime('%Y%m%d')


# ---------------------------------------------------------------- text
def esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\r\n', '\n').replace('\n', '\\n'))


def pval(v):
    if any(c in v for c in ':;,') or (v and v[0] == ' '):
        return '"%s"' % v.replace('"', "'")
    return v


def prop(name, value, params=()):
    """params: sequence of (k, v) already in wanted order; v=None -> skip."""
    p = ''.join(';%s=%s' % (k, pval(v)) for k, v in params if v is not None)
    return '%s%s:%s' % (name, p, value)


def fold(line, mode='octets', enc='utf-8', width=75, cont=' '):
    """Return bytes. modes: octets (correct), none, chars (fold every 75
    characters regardless of octets), split (75 octets, may split a
    multibyte sequence)."""
    b = line.encode(enc, 'replace')
    if mode == 'none' or len(b) <= width and mode != 'chars':
        return b
    if mode == 'chars':
        if len(line) <= width:
            return b
        parts = [line[:width]] + [line[i:i + width - 1] for i in range(width, len(line), width - 1)]
        return ('\r\n' + cont).join(parts).encode(enc, 'replace')
    if mode == 'split':
        parts = [b[:width]] + [b[i:i + width - 1] for i in range(width, len(b), width - 1)]
        return (b'\r\n' + cont.encode()).join(parts)
    out, cur, curlen = [], b'', 0
    for ch in line:
        cb = ch.encode(enc, 'replace')
        if curlen + len(cb) > width:
            out.append(cur)
            cur, curlen = cont.encode() + cb, 1 + len(cb)
        else:
            cur += cb
            curlen += len(cb)
    out.append(cur)
    return b'\r\n'.join(out)


def serialize(lines, mode='octets', enc='utf-8', eol='\r\n', cont=' '):
    out = b''
    for ln in lines:
        f = fold(ln, mode, enc, cont=cont)
        if eol != '\r\n':
            f = f.replace(b'\r\n', eol.encode())
        out += f + eol.encode()
    return out


# ---------------------------------------------------------------- VTIMEZONE
RULE_TXT = {
    'eu': (('3', '-1SU'), ('10', '-1SU')),
    'us': (('3', '2SU'), ('11', '1SU')),
    'au': (('10', '1SU'), ('4', '1SU')),
    'il': (('3', '-1FR'), ('10', '-1SU')),
}


def vtimezone(tz, style='olson'):
    std, dst, rule, sabbr, dabbr, win = TZ[tz]
    tzid = win if style == 'windows' else tz
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'olson':
        L.append('X-LIC-LOCATION:' + tz)
    if style == 'apple':
        pass
    if rule is None:
        if style == 'windows':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sabbr, 'DTSTART:19700101T000000', 'END:STANDARD']
        L.append('END:VTIMEZONE')
        return L
    (dm, dd), (sm, sd) = RULE_TXT[rule]
    hour_d = {'eu': 1 + std // 60 if std >= 0 else 2, 'us': 2, 'au': 2, 'il': 2}[rule]
    if rule == 'eu':
        hour_d = {0: 1, 60: 2, 120: 3}[std]
    hour_s = hour_d + 1 if rule in ('eu', 'au', 'us', 'il') else 3
    if rule == 'us':
        hour_s = 2
    if style in ('windows', 'zimbra'):
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % hour_s,
              'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (sd, sm)
              if style == 'windows' else 'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (sm, sd),
              'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % hour_d,
              'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (dd, dm)
              if style == 'windows' else 'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (dm, dd),
              'END:DAYLIGHT', 'END:VTIMEZONE']
        return L
    # olson / apple style
    y0 = {'eu': ('19810329', '19961027'), 'us': ('20070311', '20071104'),
          'au': ('20081005', '20080406'), 'il': ('20130329', '20131027')}[rule]
    if style == 'apple':
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (dm, dd),
              'DTSTART:%sT%02d0000' % (y0[0], hour_d), 'TZNAME:' + dabbr, 'TZOFFSETTO:' + fmt_off(dst), 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (sm, sd),
              'DTSTART:%sT%02d0000' % (y0[1], hour_s), 'TZNAME:' + sabbr, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD',
              'END:VTIMEZONE']
        return L
    L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst), 'TZNAME:' + dabbr,
          'DTSTART:1970%02d%02dT%02d0000' % (int(dm), 29 if rule == 'eu' else 8, hour_d),
          'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (dm, dd), 'END:DAYLIGHT',
          'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std), 'TZNAME:' + sabbr,
          'DTSTART:1970%02d%02dT%02d0000' % (int(sm), 25 if rule == 'eu' else 1, hour_s),
          'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % (sm, sd), 'END:STANDARD', 'END:VTIMEZONE']
    return L
