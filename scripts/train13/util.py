"""Small helpers: random tokens, time zones, RFC 2047, MIME bodies, iCalendar folding."""
import base64
import datetime as dt
import quopri
import uuid

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


# ---------------------------------------------------------------- random tokens
def uid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def ALNUM(rng, n):
    return alnum(rng, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def b64r(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(rng, n):
    return alnum(rng, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')


# ---------------------------------------------------------------- time zones
# name: windows name, std offset (min), dst offset or None, std abbr, dst abbr, rule, long name
ZONES = {
    'Europe/London': ('GMT Standard Time', 0, 60, 'GMT', 'BST', 'eu', 'United Kingdom Time'),
    'Europe/Dublin': ('GMT Standard Time', 0, 60, 'GMT', 'IST', 'eu', 'Irish Time'),
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Berlin'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Vienna'),
    'Europe/Zurich': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Zurich'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Paris'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Brussels'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Madrid'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Rome'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Amsterdam'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'CET', 'CEST', 'eu', 'Central European Time - Warsaw'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'WET', 'WEST', 'eu', 'Western European Time - Lisbon'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'EET', 'EEST', 'eu', 'Eastern European Time - Athens'),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, '+03', None, None, 'Turkey Time'),
    'Europe/Moscow': ('Russian Standard Time', 180, None, 'MSK', None, None, 'Moscow Standard Time'),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'EST', 'EDT', 'us', 'Eastern Time - New York'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'CST', 'CDT', 'us', 'Central Time - Chicago'),
    'America/Denver': ('Mountain Standard Time', -420, -360, 'MST', 'MDT', 'us', 'Mountain Time - Denver'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'PST', 'PDT', 'us', 'Pacific Time - Los Angeles'),
    'America/Toronto': ('Eastern Standard Time', -300, -240, 'EST', 'EDT', 'us', 'Eastern Time - Toronto'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, '-03', None, None, 'Brasilia Standard Time'),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, 'CST', None, None, 'Central Time - Mexico City'),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'IST', 'IDT', 'eu', 'Israel Time'),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, '+04', None, None, 'Gulf Standard Time'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, '+03', None, None, 'Arabian Standard Time'),
    'Africa/Cairo': ('Egypt Standard Time', 120, None, 'EET', None, None, 'Eastern European Time - Cairo'),
    'Africa/Lagos': ('W. Central Africa Standard Time', 60, None, 'WAT', None, None, 'West Africa Time'),
    'Asia/Shanghai': ('China Standard Time', 480, None, 'CST', None, None, 'China Standard Time'),
    'Asia/Hong_Kong': ('China Standard Time', 480, None, 'HKT', None, None, 'Hong Kong Time'),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, 'CST', None, None, 'Taipei Standard Time'),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, 'JST', None, None, 'Japan Standard Time'),
    'Asia/Seoul': ('Korea Standard Time', 540, None, 'KST', None, None, 'Korean Standard Time'),
    'Asia/Kolkata': ('India Standard Time', 330, None, 'IST', None, None, 'India Standard Time'),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, '+07', None, None, 'Indochina Time'),
    'Asia/Singapore': ('Singapore Standard Time', 480, None, '+08', None, None, 'Singapore Time'),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'AEST', 'AEDT', 'au', 'Eastern Australia Time - Sydney'),
    'UTC': ('UTC', 0, None, 'UTC', None, None, 'Coordinated Universal Time'),
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def _last_sunday(year, month):
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def is_dst(zone, local):
    z = ZONES[zone]
    rule = z[5]
    d = local.date()
    if rule == 'eu':
        return _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
    if rule == 'us':
        return _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
    if rule == 'au':
        return not (_nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1))
    return False


def utcoff(zone, local):
    z = ZONES[zone]
    return z[2] if (z[2] is not None and is_dst(zone, local)) else z[1]


def tzabbr(zone, local):
    z = ZONES[zone]
    return z[4] if (z[2] is not None and is_dst(zone, local)) else z[3]


def to_utc(zone, local):
    return local - dt.timedelta(minutes=utcoff(zone, local))


def from_utc(zone, utc):
    guess = utc + dt.timedelta(minutes=ZONES[zone][1])
    return utc + dt.timedelta(minutes=utcoff(zone, guess))


def offstr(minutes, colon=False):
    sign = '+' if minutes >= 0 else '-'
    m = abs(minutes)
    return '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)


def _rules(zone):
    z = ZONES[zone]
    if z[5] == 'eu':
        return (3, -1, 10, -1)
    if z[5] == 'us':
        return (3, 2, 11, 1)
    if z[5] == 'au':
        return (10, 1, 4, 1)
    return None


def vtimezone(zone, style='olson'):
    """style: olson (Google/Thunderbird), apple, win (Outlook/Exchange), zimbra, zoom"""
    z = ZONES[zone]
    r = _rules(zone)
    tzid = z[0] if style == 'win' else zone
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'olson':
        L.append('X-LIC-LOCATION:' + zone)
    if style == 'zoom':
        L += ['LAST-MODIFIED:20231222T233358Z',
              'TZURL:https://www.tzurl.org/zoneinfo-outlook/' + zone,
              'X-LIC-LOCATION:' + zone]
    std, dst = offstr(z[1]), offstr(z[2]) if z[2] is not None else None
    if r is None:
        if style == 'win':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + std,
                  'TZOFFSETTO:' + std, 'END:STANDARD']
        elif style == 'apple':
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + std, 'DTSTART:19700101T000000',
                  'TZNAME:' + z[3], 'TZOFFSETTO:' + std, 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + std, 'TZOFFSETTO:' + std,
                  'TZNAME:' + z[3], 'DTSTART:19700101T000000', 'END:STANDARD']
        L.append('END:VTIMEZONE')
        return L
    dm, dn, sm, sn = r
    byday = lambda n: '%dSU' % n
    if style == 'win':
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:' + dst, 'TZOFFSETTO:' + std,
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (byday(sn), sm), 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + std, 'TZOFFSETTO:' + dst,
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (byday(dn), dm), 'END:DAYLIGHT']
    elif style == 'zimbra':
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETTO:' + std, 'TZOFFSETFROM:' + dst,
              'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (sm, byday(sn)),
              'TZNAME:' + z[3], 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETTO:' + dst, 'TZOFFSETFROM:' + std,
              'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (dm, byday(dn)),
              'TZNAME:' + z[4], 'END:DAYLIGHT']
    elif style == 'apple':
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + std,
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (dm, byday(dn)),
              'DTSTART:19810329T020000', 'TZNAME:' + z[4], 'TZOFFSETTO:' + dst, 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + dst,
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (sm, byday(sn)),
              'DTSTART:19961027T030000', 'TZNAME:' + z[3], 'TZOFFSETTO:' + std, 'END:STANDARD']
    else:
        on = _last_sunday(1970, dm) if dn == -1 else _nth_sunday(1970, dm, dn)
        off = _last_sunday(1970, sm) if sn == -1 else _nth_sunday(1970, sm, sn)
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + std, 'TZOFFSETTO:' + dst, 'TZNAME:' + z[4],
              'DTSTART:%sT020000' % on.strftime('%Y%m%d'),
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (dm, byday(dn)), 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + dst, 'TZOFFSETTO:' + std, 'TZNAME:' + z[3],
              'DTSTART:%sT%s' % (off.strftime('%Y%m%d'), '030000' if z[5] == 'eu' else '020000'),
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (sm, byday(sn)), 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


# ---------------------------------------------------------------- dates
def rfcdate(utc, offmin=0, paren=None):
    loc = utc + dt.timedelta(minutes=offmin)
    s = '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[loc.weekday()], loc.day, MONS[loc.month - 1], loc.year,
                                             loc.hour, loc.minute, loc.second, offstr(offmin))
    if paren:
        s += ' (%s)' % paren
    return s


def icsdt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def icsutc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def icsdate(d):
    return d.strftime('%Y%m%d')


def en_hour(d):
    h = d.hour % 12 or 12
    ap = 'am' if d.hour < 12 else 'pm'
    return ('%d%s' % (h, ap)) if d.minute == 0 else ('%d:%02d%s' % (h, d.minute, ap))


# ---------------------------------------------------------------- charsets and encodings
CODEC = {
    'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'iso-8859-2': 'iso8859_2',
    'iso-8859-5': 'iso8859_5', 'iso-8859-6': 'iso8859_6', 'iso-8859-7': 'iso8859_7',
    'iso-8859-8': 'iso8859_8', 'iso-8859-9': 'iso8859_9', 'iso-8859-15': 'iso8859_15',
    'windows-1250': 'cp1250', 'windows-1251': 'cp1251', 'windows-1252': 'cp1252',
    'windows-1253': 'cp1253', 'windows-1254': 'cp1254', 'windows-1255': 'cp1255',
    'windows-1256': 'cp1256', 'koi8-r': 'koi8_r', 'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030',
    'big5': 'big5', 'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'cp949', 'iso-2022-jp': 'iso2022_jp',
    'shift_jis': 'shift_jis', 'euc-jp': 'euc_jp', 'tis-620': 'tis_620', 'windows-874': 'cp874',
}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encode_body(text, cs, cte, crlf_in_b64=True):
    """Return encoded body as bytes with \n line ends (normalised to CRLF at the very end)."""
    if cte == 'base64':
        t = text.replace('\r\n', '\n')
        if crlf_in_b64:
            t = t.replace('\n', '\r\n')
        raw = t.encode(codec(cs))
        return base64.encodebytes(raw)
    raw = text.replace('\r\n', '\n').encode(codec(cs))
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw)
    else:
        out = raw
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


def ew(text, cs='utf-8', mode='B'):
    """RFC 2047 encode a header text (only if needed)."""
    if is_ascii(text):
        return text
    if not can_encode(text, cs):
        cs = 'utf-8'
    words, cur = [], ''
    budget = 75 - len('=?%s?%s??=' % (cs, mode))

    def enc(s):
        raw = s.encode(codec(cs))
        if mode == 'B':
            return base64.b64encode(raw).decode()
        out = ''
        for b in raw:
            c = chr(b)
            if c == ' ':
                out += '_'
            elif 33 <= b <= 126 and c not in '=?_"(),:;<>@[]\\.':
                out += c
            else:
                out += '=%02X' % b
        return out
    for ch in text:
        if cur and len(enc(cur + ch)) > budget:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return ' '.join('=?%s?%s?%s?=' % (cs, mode, enc(w)) for w in words)


SPECIALS = '()<>[]:;@\\,."'


def addr(name, email, cs='utf-8', mode='B', quote_always=False):
    if not name:
        return email if not quote_always else '<%s>' % email
    if not is_ascii(name):
        return '%s <%s>' % (ew(name, cs, mode), email)
    if quote_always or any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold_header(line, cont=' ', width=78):
    """Fold a header line at spaces; keeps existing newlines."""
    if '\n' in line or len(line) <= width:
        return line
    tokens = line.split(' ')
    out, cur = [], tokens[0]
    for t in tokens[1:]:
        if len(cur) + 1 + len(t) > width and cur.strip():
            out.append(cur)
            cur = ('\t' if cont == '\t' else ' ') + t
        else:
            cur += ' ' + t
    out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------- iCalendar text
def esc(v):
    return v.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\n').replace('\n', '\\n')


def esc_loose(v):
    """What sloppy generators do: only newlines escaped."""
    return v.replace('\r\n', '\n').replace('\n', '\\n')


def pval(v):
    """Parameter value: quote if needed."""
    if any(c in v for c in ':;,') or not is_ascii(v) and ' ' in v:
        return '"%s"' % v.replace('"', "'")
    return v


def fold(line, mode='octet', width=75):
    if mode == 'none' or len(line.encode('utf-8')) <= width:
        return line
    out, cur, curlen = [], '', 0
    limit = width
    for ch in line:
        n = len(ch.encode('utf-8')) if mode == 'octet' else 1
        if curlen + n > limit:
            out.append(cur)
            cur, curlen = ' ', 1
            limit = width
        cur += ch
        curlen += n
    out.append(cur)
    return '\r\n'.join(out)


def ics_join(lines, mode='octet', width=75, eol='\r\n'):
    text = '\r\n'.join(fold(l, mode, width) for l in lines) + '\r\n'
    if eol != '\r\n':
        text = text.replace('\r\n', eol)
    return text


# ---------------------------------------------------------------- MIME assembly (bytes, \n; normalised later)
def part(headers, body):
    """headers: list of str lines; body: bytes"""
    h = '\n'.join(headers).encode('ascii')
    return h + b'\n\n' + body


def multipart(headers, boundary, parts, preamble=None, epilogue=b''):
    out = '\n'.join(headers).encode('ascii') + b'\n\n'
    if preamble:
        out += preamble.encode('ascii') + b'\n'
    for p in parts:
        out += b'--' + boundary.encode('ascii') + b'\n' + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode('ascii') + b'--\n' + epilogue
    return out


def crlf(data):
    return data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
