"""Small helpers for the holdout25 generator (stdlib only)."""
import base64
import re
import datetime as dt
import quopri
import uuid
from email.header import Header

UTC = dt.timezone.utc


# ---------------------------------------------------------------- time zones
# Own simple rule tables so the output does not depend on the host's tzdata.
def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def _eu_dst(utc):
    y = utc.year
    s = dt.datetime.combine(_last_sunday(y, 3), dt.time(1, 0))
    e = dt.datetime.combine(_last_sunday(y, 10), dt.time(1, 0))
    return s <= utc.replace(tzinfo=None) < e


def _us_dst(utc, std):
    y = utc.year
    loc = utc.replace(tzinfo=None) + dt.timedelta(hours=std)
    s = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2, 0))
    e = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(1, 0))
    return s <= loc < e


def _il_dst(utc):
    y = utc.year
    ls = _last_sunday(y, 3) - dt.timedelta(days=2)
    s = dt.datetime.combine(ls, dt.time(0, 0))
    e = dt.datetime.combine(_last_sunday(y, 10), dt.time(0, 0))
    return s <= utc.replace(tzinfo=None) < e


# name: (windows name, std offset hours, rule)
TZ = {
    'Europe/Berlin': ('W. Europe Standard Time', 1, 'eu', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 1, 'eu', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 1, 'eu', 'CET', 'CEST'),
    'Europe/Paris': ('Romance Standard Time', 1, 'eu', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 1, 'eu', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 1, 'eu', 'CET', 'CEST'),
    'Europe/London': ('GMT Standard Time', 0, 'eu', 'GMT', 'BST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 'eu', 'WET', 'WEST'),
    'Europe/Athens': ('GTB Standard Time', 2, 'eu', 'EET', 'EEST'),
    'Europe/Moscow': ('Russian Standard Time', 3, None, 'MSK', 'MSK'),
    'America/New_York': ('Eastern Standard Time', -5, 'us', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -6, 'us', 'CST', 'CDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -8, 'us', 'PST', 'PDT'),
    'America/Sao_Paulo': ('E. South America Standard Time', -3, None, '-03', '-03'),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -6, None, 'CST', 'CST'),
    'Asia/Tokyo': ('Tokyo Standard Time', 9, None, 'JST', 'JST'),
    'Asia/Seoul': ('Korea Standard Time', 9, None, 'KST', 'KST'),
    'Asia/Shanghai': ('China Standard Time', 8, None, 'CST', 'CST'),
    'Asia/Taipei': ('Taipei Standard Time', 8, None, 'CST', 'CST'),
    'Asia/Kolkata': ('India Standard Time', 5.5, None, 'IST', 'IST'),
    'Asia/Bangkok': ('SE Asia Standard Time', 7, None, '+07', '+07'),
    'Asia/Jerusalem': ('Israel Standard Time', 2, 'il', 'IST', 'IDT'),
    'Asia/Riyadh': ('Arab Standard Time', 3, None, '+03', '+03'),
    'Asia/Dubai': ('Arabian Standard Time', 4, None, '+04', '+04'),
    'Africa/Cairo': ('Egypt Standard Time', 2, None, 'EET', 'EET'),
    'Africa/Lagos': ('W. Central Africa Standard Time', 1, None, 'WAT', 'WAT'),
    'Australia/Sydney': ('AUS Eastern Standard Time', 10, None, 'AEST', 'AEST'),
    'UTC': ('UTC', 0, None, 'UTC', 'UTC'),
}


def utc_offset(tzname, utc):
    win, std, rule, a, b = TZ[tzname]
    dst = False
    if rule == 'eu':
        dst = _eu_dst(utc)
    elif rule == 'us':
        dst = _us_dst(utc, std)
    elif rule == 'il':
        dst = _il_dst(utc)
    return dt.timedelta(hours=std + (1 if dst else 0))


def to_local(tzname, utc):
    """utc aware -> naive local"""
    return utc.astimezone(UTC).replace(tzinfo=None) + utc_offset(tzname, utc)


def local_to_utc(tzname, local):
    guess = local.replace(tzinfo=UTC) - dt.timedelta(hours=TZ[tzname][1])
    off = utc_offset(tzname, guess)
    return (local - off).replace(tzinfo=UTC)


def fmt_off(td):
    mins = int(td.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s%02d%02d' % (sign, mins // 60, mins % 60)


def vtimezone(tzname, style='olson', year=2024):
    """Return a list of iCalendar lines for a VTIMEZONE."""
    win, std, rule, a, b = TZ[tzname]
    tzid = win if style == 'windows' else tzname
    stdo = fmt_off(dt.timedelta(hours=std))
    dsto = fmt_off(dt.timedelta(hours=std + 1))
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'olson-lic':
        L.append('X-LIC-LOCATION:' + tzname)
    if rule is None:
        L += ['BEGIN:STANDARD',
              'DTSTART:16010101T000000' if style == 'windows' else 'DTSTART:19700101T000000',
              'TZOFFSETFROM:' + stdo, 'TZOFFSETTO:' + stdo]
        if style != 'windows':
            L.append('TZNAME:' + a)
        L += ['END:STANDARD', 'END:VTIMEZONE']
        return L
    if rule == 'eu':
        h_std = {0: '020000', 1: '030000', 2: '040000'}.get(std, '030000')
        h_dst = {0: '010000', 1: '020000', 2: '030000'}.get(std, '020000')
        s_rr = 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'
        d_rr = 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'
        s0, d0 = '19701025T' + h_std, '19700329T' + h_dst
    elif rule == 'us':
        h_std, h_dst = '020000', '020000'
        s_rr = 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'
        d_rr = 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'
        s0, d0 = '20071104T020000', '20070311T020000'
    else:  # il
        h_std, h_dst = '020000', '020000'
        s_rr = 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'
        d_rr = 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1FR'
        s0, d0 = '20131027T020000', '20130329T020000'
    if style == 'windows':
        s_rr = s_rr.replace('FREQ=YEARLY;', 'FREQ=YEARLY;INTERVAL=1;').replace(';BYMONTH=', ';BYMONTH=')
        # Exchange writes BYDAY before BYMONTH
        def ex(r):
            parts = r[6:].split(';')
            d = {p.split('=')[0]: p.split('=')[1] for p in parts}
            return 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (d['BYDAY'], d['BYMONTH'])
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + h_std, 'TZOFFSETFROM:' + dsto, 'TZOFFSETTO:' + stdo,
              ex(s_rr), 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + h_dst, 'TZOFFSETFROM:' + stdo, 'TZOFFSETTO:' + dsto,
              ex(d_rr), 'END:DAYLIGHT', 'END:VTIMEZONE']
        return L
    L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + stdo, 'TZOFFSETTO:' + dsto, 'TZNAME:' + b,
          'DTSTART:' + d0, d_rr, 'END:DAYLIGHT',
          'BEGIN:STANDARD', 'TZOFFSETFROM:' + dsto, 'TZOFFSETTO:' + stdo, 'TZNAME:' + a,
          'DTSTART:' + s0, s_rr, 'END:STANDARD', 'END:VTIMEZONE']
    return L


# ---------------------------------------------------------------- iCalendar text
def ical_escape(s, commas=True):
    s = s.replace('\\', '\\\\').replace(';', '\\;')
    if commas:
        s = s.replace(',', '\\,')
    return s.replace('\r\n', '\\n').replace('\n', '\\n')


def fold(line, limit=75, cont=' ', by='octets'):
    """Fold one content line; never splits a UTF-8 sequence unless by='chars-broken'."""
    if by == 'none':
        return [line]
    if by == 'chars':
        out = []
        first = True
        while line:
            n = limit if first else limit - len(cont)
            out.append(('' if first else cont) + line[:n])
            line = line[n:]
            first = False
        return out
    out = []
    cur = ''
    curlen = 0
    first = True
    for ch in line:
        n = len(ch.encode('utf-8'))
        lim = limit if first else limit - len(cont)
        if curlen + n > lim:
            out.append(('' if first else cont) + cur)
            first = False
            cur, curlen = '', 0
        cur += ch
        curlen += n
    out.append(('' if first else cont) + cur)
    return out


def ical_join(lines, eol='\r\n', limit=75, cont=' ', by='octets'):
    res = []
    for l in lines:
        res.extend(fold(l, limit, cont, by))
    return eol.join(res) + eol


def ics_dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ics_utc(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


# ---------------------------------------------------------------- MIME text
def header_enc(s, charset='utf-8', qp=False):
    """RFC 2047 encode if needed (returns str, folded with CRLF+space)."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset_codec(charset))
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
    h = Header(s, charset_codec(charset) if charset.lower() not in ('utf-8', 'iso-2022-jp') else charset,
               maxlinelen=76, header_name='Subject')
    enc = h.encode(linesep='\r\n')
    enc = re.sub(r'=\?[^?]+\?([bBqQ])\?', lambda mo: '=?%s?%s?' % (charset, mo.group(1)), enc)
    if qp:
        pass
    return enc


def addr(name, email_addr, charset='utf-8'):
    if not name:
        return email_addr
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name.replace('"', ''), email_addr)
        return '%s <%s>' % (name, email_addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (header_enc(name, charset), email_addr)


CODECS = {
    'ks_c_5601-1987': 'cp949', 'windows-874': 'cp874', 'tis-620': 'cp874',
    'x-mac-japanese': 'shift_jis', 'windows-1250': 'cp1250', 'windows-1251': 'cp1251',
    'windows-1252': 'cp1252', 'windows-1253': 'cp1253', 'windows-1255': 'cp1255',
    'windows-1256': 'cp1256', 'gb2312': 'gb2312', 'gbk': 'gbk', 'big5': 'big5',
}


def charset_codec(cs):
    return CODECS.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(charset_codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def b64lines(data, width=76, eol='\r\n'):
    s = base64.b64encode(data).decode('ascii')
    return eol.join(s[i:i + width] for i in range(0, len(s), width)) + eol


def qp_encode(data, eol='\r\n'):
    # quopri with CRLF source: encode line by line
    text = data.replace(b'\r\n', b'\n')
    enc = quopri.encodestring(text, quotetabs=False)
    return enc.replace(b'\n', eol.encode()).decode('ascii') + ('' if enc.endswith(b'\n') else eol)


def body_part(headers, text, charset, cte, eol='\r\n', lf_inside=False):
    """Return bytes for a MIME leaf: header lines (list of str) + encoded body."""
    codec = charset_codec(charset)
    if not lf_inside:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    data = text.encode(codec)
    if cte == 'base64':
        body = b64lines(data).encode('ascii')
    elif cte == 'quoted-printable':
        body = qp_encode(data).encode('ascii')
    else:
        body = data if data.endswith(b'\r\n') else data + b'\r\n'
    hdr = ''.join(h + '\r\n' for h in headers)
    if cte:
        hdr += 'Content-Transfer-Encoding: %s\r\n' % cte
    return hdr.encode('ascii') + b'\r\n' + body


def multipart(headers, parts, boundary, preamble=None):
    out = (''.join(h + '\r\n' for h in headers).encode('ascii') + b'\r\n') if headers else b''
    if preamble:
        out += preamble.encode('ascii') + b'\r\n'
    for p in parts:
        out += b'--' + boundary.encode('ascii') + b'\r\n' + p
        if not p.endswith(b'\r\n'):
            out += b'\r\n'
    out += b'--' + boundary.encode('ascii') + b'--\r\n'
    return out


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def text_to_html(s):
    paras = s.split('\n\n')
    return ''.join('<p>%s</p>' % html_escape(p).replace('\n', '<br>') for p in paras if p.strip())


def uid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def b64r(rng, n):
    return alnum(rng, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
