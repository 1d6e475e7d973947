"""Low-level helpers: time zones, RFC 5545 text/folding, MIME encodings."""
import base64
import datetime as dt
import quopri

UTC = dt.timezone.utc

# ---------------------------------------------------------------- time zones
# name: (std offset minutes, dst offset minutes or None, rule, std abbr, dst abbr, windows name)
TZ = {
    'UTC': (0, None, None, 'UTC', None, 'UTC'),
    'Europe/London': (0, 60, 'EU', 'GMT', 'BST', 'GMT Standard Time'),
    'Europe/Dublin': (0, 60, 'EU', 'GMT', 'IST', 'GMT Standard Time'),
    'Europe/Lisbon': (0, 60, 'EU', 'WET', 'WEST', 'GMT Standard Time'),
    'Europe/Berlin': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Vienna': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Zurich': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Amsterdam': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Rome': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Stockholm': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Paris': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Madrid': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Brussels': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Warsaw': (60, 120, 'EU', 'CET', 'CEST', 'Central European Standard Time'),
    'Europe/Prague': (60, 120, 'EU', 'CET', 'CEST', 'Central Europe Standard Time'),
    'Europe/Athens': (120, 180, 'EU', 'EET', 'EEST', 'GTB Standard Time'),
    'Europe/Kiev': (120, 180, 'EU', 'EET', 'EEST', 'FLE Standard Time'),
    'Europe/Istanbul': (180, None, None, '+03', None, 'Turkey Standard Time'),
    'Europe/Moscow': (180, None, None, 'MSK', None, 'Russian Standard Time'),
    'Asia/Jerusalem': (120, 180, 'IL', 'IST', 'IDT', 'Israel Standard Time'),
    'Asia/Riyadh': (180, None, None, '+03', None, 'Arab Standard Time'),
    'Asia/Dubai': (240, None, None, '+04', None, 'Arabian Standard Time'),
    'Africa/Casablanca': (60, None, None, '+01', None, 'Morocco Standard Time'),
    'Asia/Kolkata': (330, None, None, 'IST', None, 'India Standard Time'),
    'Asia/Bangkok': (420, None, None, '+07', None, 'SE Asia Standard Time'),
    'Asia/Ho_Chi_Minh': (420, None, None, '+07', None, 'SE Asia Standard Time'),
    'Asia/Shanghai': (480, None, None, 'CST', None, 'China Standard Time'),
    'Asia/Hong_Kong': (480, None, None, 'HKT', None, 'China Standard Time'),
    'Asia/Taipei': (480, None, None, 'CST', None, 'Taipei Standard Time'),
    'Asia/Singapore': (480, None, None, '+08', None, 'Singapore Standard Time'),
    'Asia/Tokyo': (540, None, None, 'JST', None, 'Tokyo Standard Time'),
    'Asia/Seoul': (540, None, None, 'KST', None, 'Korea Standard Time'),
    'Australia/Sydney': (600, 660, 'AU', 'AEST', 'AEDT', 'AUS Eastern Standard Time'),
    'America/New_York': (-300, -240, 'US', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Chicago': (-360, -300, 'US', 'CST', 'CDT', 'Central Standard Time'),
    'America/Denver': (-420, -360, 'US', 'MST', 'MDT', 'Mountain Standard Time'),
    'America/Los_Angeles': (-480, -420, 'US', 'PST', 'PDT', 'Pacific Standard Time'),
    'America/Toronto': (-300, -240, 'US', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Sao_Paulo': (-180, None, None, '-03', None, 'E. South America Standard Time'),
    'America/Mexico_City': (-360, None, None, 'CST', None, 'Central Standard Time (Mexico)'),
    'America/Bogota': (-300, None, None, '-05', None, 'SA Pacific Standard Time'),
    'Africa/Lagos': (60, None, None, 'WAT', None, 'W. Central Africa Standard Time'),
}

RULES = {
    # (month, week(-1 last), weekday(0=Mon..6=Sun), hour local) for start and end
    'EU': ((3, -1, 6, 2), (10, -1, 6, 3)),
    'US': ((3, 2, 6, 2), (11, 1, 6, 2)),
    'AU': ((10, 1, 6, 2), (4, 1, 6, 3)),
    'IL': ((3, -1, 4, 2), (10, -1, 6, 2)),  # approximated (Friday before last Sunday)
}


def nth_weekday(year, month, week, weekday):
    if week > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.weekday()) % 7)
        return d + dt.timedelta(weeks=week - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def is_dst(tzname, local):
    std, dst, rule = TZ[tzname][:3]
    if dst is None:
        return False
    (m1, w1, d1, h1), (m2, w2, d2, h2) = RULES[rule]
    s = dt.datetime.combine(nth_weekday(local.year, m1, w1, d1), dt.time(h1))
    e = dt.datetime.combine(nth_weekday(local.year, m2, w2, d2), dt.time(h2))
    naive = local.replace(tzinfo=None)
    if s < e:
        return s <= naive < e
    return not (e <= naive < s)


def offset_min(tzname, local):
    std, dst = TZ[tzname][:2]
    return dst if is_dst(tzname, local) else std


def to_utc(tzname, local):
    return (local.replace(tzinfo=None) - dt.timedelta(minutes=offset_min(tzname, local))).replace(tzinfo=UTC)


def from_utc(tzname, utc):
    naive = utc.replace(tzinfo=None)
    guess = naive + dt.timedelta(minutes=TZ[tzname][0])
    return naive + dt.timedelta(minutes=offset_min(tzname, guess))


def fmt_off(m, colon=False):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%s%02d' % (s, m // 60, ':' if colon else '', m % 60)


def rfc2822(utc, tzname='UTC', style='std'):
    """Date header in sender's local time."""
    local = from_utc(tzname, utc)
    off = offset_min(tzname, local)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    if style == 'nopad':
        day = '%d' % local.day
    else:
        day = '%02d' % local.day if style == 'pad' else '%d' % local.day
    s = '%s, %s %s %d %02d:%02d:%02d %s' % (days[local.weekday()], day, mons[local.month - 1], local.year,
                                           local.hour, local.minute, local.second, fmt_off(off))
    if style == 'paren':
        s += ' (%s)' % (TZ[tzname][4] if is_dst(tzname, local) and TZ[tzname][4] else TZ[tzname][3])
    return s


def ical_dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ical_utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def vtimezone(tzname, style='olson', year=None):
    """Return list of content lines (unfolded) for a VTIMEZONE."""
    std, dst, rule, sabbr, dabbr, win = TZ[tzname]
    L = []
    if style == 'ms':
        L += ['BEGIN:VTIMEZONE', 'TZID:' + win]
        if dst is None:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            (m1, w1, d1, h1), (m2, w2, d2, h2) = RULES[rule]
            wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % h2, 'TZOFFSETFROM:' + fmt_off(dst),
                  'TZOFFSETTO:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%d%s;BYMONTH=%d' % (w2, wd[d2], m2), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % h1, 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%d%s;BYMONTH=%d' % (w1, wd[d1], m1), 'END:DAYLIGHT']
        L.append('END:VTIMEZONE')
        return L
    L += ['BEGIN:VTIMEZONE', 'TZID:' + tzname]
    if style == 'olson':
        L.append('X-LIC-LOCATION:' + tzname)
    base = {'olson': 1970, 'apple': 1981, 'sabre': 1970, 'zimbra': 1601}.get(style, 1970)
    if dst is None:
        L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
              'TZNAME:' + sabbr, 'DTSTART:%d0101T000000' % base, 'END:STANDARD']
    else:
        (m1, w1, d1, h1), (m2, w2, d2, h2) = RULES[rule]
        wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
        ds = nth_weekday(base, m1, w1, d1)
        ss = nth_weekday(base, m2, w2, d2)
        if style == 'zimbra':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % h2, 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%d%s' % (m2, w2, wd[d2]),
                  'TZNAME:' + sabbr, 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % h1, 'TZOFFSETTO:' + fmt_off(dst),
                  'TZOFFSETFROM:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%d%s' % (m1, w1, wd[d1]),
                  'TZNAME:' + dabbr, 'END:DAYLIGHT']
        else:
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                  'TZNAME:' + dabbr, 'DTSTART:%s' % ical_dt(dt.datetime.combine(ds, dt.time(h1))),
                  'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%d%s' % (m1, w1, wd[d1]), 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sabbr, 'DTSTART:%s' % ical_dt(dt.datetime.combine(ss, dt.time(h2))),
                  'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%d%s' % (m2, w2, wd[d2]), 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


# ---------------------------------------------------------------- iCalendar text
def esc(text, sloppy=False):
    if text is None:
        return ''
    text = text.replace('\r\n', '\n')
    if sloppy:
        return text.replace('\n', '\\n')
    return (text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def fold(line, mode='octet'):
    """Fold one content line. mode: octet (RFC, 75 octets), char (75 characters, wrong for UTF-8),
    none (no folding), tab (fold with HTAB), outlook (74 octets, space)."""
    if mode == 'none':
        return [line]
    limit = 75
    cont = ' '
    if mode == 'tab':
        cont = '\t'
    if mode == 'outlook':
        limit = 74
    out = []
    cur = ''
    curlen = 0
    first = True
    for ch in line:
        n = 1 if mode == 'char' else len(ch.encode('utf-8'))
        lim = limit if first else limit - 1
        if curlen + n > lim:
            out.append(cur if first else cont + cur)
            first = False
            cur, curlen = '', 0
        cur += ch
        curlen += n
    out.append(cur if first else cont + cur)
    return out


def render_lines(lines, mode='octet', eol='\r\n'):
    res = []
    for ln in lines:
        res.extend(fold(ln, mode))
    return eol.join(res) + eol


# ---------------------------------------------------------------- MIME encodings
def b64_body(data, width=76, eol='\r\n'):
    s = base64.b64encode(data).decode('ascii')
    return eol.join(s[i:i + width] for i in range(0, len(s), width)) + eol


def qp_body(data):
    """Quoted-printable with CRLF line ends; data bytes with any line ends."""
    data = data.replace(b'\r\n', b'\n')
    enc = quopri.encodestring(data, quotetabs=False)
    enc = enc.replace(b'\n', b'\r\n')
    if not enc.endswith(b'\r\n'):
        enc += b'\r\n'
    return enc


def encode_text(text, charset, cte):
    """Encode str -> body bytes with given charset and CTE. Returns (bytes, charset, cte)."""
    codec = CODECS.get(charset.lower(), charset)
    try:
        raw = text.encode(codec)
    except (UnicodeEncodeError, LookupError):
        charset, codec = 'UTF-8', 'utf-8'
        raw = text.encode('utf-8')
    if cte in ('7bit', '8bit'):
        if cte == '7bit' and any(b > 127 for b in raw):
            cte = 'quoted-printable' if codec != 'iso2022_jp' else '7bit'
        if codec == 'iso2022_jp':
            cte = '7bit'
    if cte == 'base64':
        return b64_body(raw).encode('ascii'), charset, cte
    if cte == 'quoted-printable':
        return qp_body(raw), charset, cte
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    if not raw.endswith(b'\r\n'):
        raw += b'\r\n'
    return raw, charset, cte


CODECS = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'iso-8859-2': 'iso8859_2',
    'iso-8859-5': 'iso8859_5', 'iso-8859-6': 'iso8859_6', 'iso-8859-7': 'iso8859_7',
    'iso-8859-8': 'iso8859_8', 'iso-8859-8-i': 'iso8859_8', 'iso-8859-9': 'iso8859_9', 'iso-8859-15': 'iso8859_15',
    'windows-1250': 'cp1250', 'windows-1251': 'cp1251', 'windows-1252': 'cp1252', 'windows-1253': 'cp1253',
    'windows-1254': 'cp1254', 'windows-1255': 'cp1255', 'windows-1256': 'cp1256', 'windows-1257': 'cp1257',
    'windows-874': 'cp874', 'tis-620': 'tis_620', 'koi8-r': 'koi8_r', 'koi8-u': 'koi8_u', 'iso-2022-jp': 'iso2022_jp',
    'shift_jis': 'shift_jis', 'euc-jp': 'euc_jp', 'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030',
    'big5': 'big5', 'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'euc_kr',
}


def can_encode(text, charset):
    try:
        text.encode(CODECS.get(charset.lower(), charset))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def enc_word(text, charset='UTF-8', mode='B', maxlen=75):
    """RFC 2047 encode; returns list of encoded words each <= maxlen."""
    codec = CODECS.get(charset.lower(), charset)
    try:
        text.encode(codec)
    except (UnicodeEncodeError, LookupError):
        charset, codec = 'UTF-8', 'utf-8'
    if mode == 'Q' and sum(1 for c in text if ord(c) > 127) > len(text) * 0.3:
        mode = 'B'
    words = []
    chunk = ''

    def ew(s):
        raw = s.encode(codec)
        if mode == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode())
        q = ''
        for b in raw:
            c = chr(b)
            if c == ' ':
                q += '_'
            elif c.isalnum() and b < 128:
                q += c
            elif c in '!*+-/' and b < 128:
                q += c
            else:
                q += '=%02X' % b
        return '=?%s?Q?%s?=' % (charset, q)

    for ch in text:
        if chunk and len(ew(chunk + ch)) > maxlen:
            words.append(ew(chunk))
            chunk = ''
        chunk += ch
    if chunk:
        words.append(ew(chunk))
    return words


def hdr(name, value, charset='UTF-8', mode='B', raw8=False):
    """Header line (with folding) -- value str. Non-ASCII gets RFC 2047 unless raw8."""
    if raw8 or all(ord(c) < 128 for c in value):
        return fold_header(name, value)
    words = enc_word(value, charset, mode)
    return name + ': ' + '\r\n '.join(words)


def fold_header(name, value, width=78):
    line = name + ': ' + value
    if len(line) <= width or ' ' not in value:
        return line
    out, cur = [], name + ':'
    for w in value.split(' '):
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\r\n'.join(out)


def addr(name, email, charset='UTF-8', mode='B', quote=True):
    """Return (str for header value) display-name + address; name may be non-ASCII."""
    if not name:
        return email if not quote else '<%s>' % email if False else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()<>[]"') or quote:
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (' '.join(enc_word(name, charset, mode)), email)
