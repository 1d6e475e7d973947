"""Low-level helpers for the holdout13 generator: randomness, time zones,
iCalendar serialisation, MIME serialisation and transport headers.

Python 3 standard library only.  Everything here is deterministic given the
random.Random instance passed in.
"""
import base64
import datetime as dt
import hashlib
import string
import uuid as _uuid
from email.charset import Charset, QP, BASE64
from email.header import Header

UTC = dt.timezone.utc
CRLF = '\r\n'

# ---------------------------------------------------------------- random bits

def rhex(r, n, upper=False):
    s = ''.join(r.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, chars=string.ascii_letters + string.digits):
    return ''.join(r.choice(chars) for _ in range(n))


def rlower(r, n):
    return ralnum(r, n, string.ascii_lowercase + string.digits)


def rdigits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))


def ruuid(r, upper=False):
    s = str(_uuid.UUID(int=r.getrandbits(128), version=4))
    return s.upper() if upper else s


def rb64(r, nbytes, urlsafe=False):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    if urlsafe:
        return base64.urlsafe_b64encode(raw).decode().rstrip('=')
    return base64.b64encode(raw).decode()


def stable_int(key, mod):
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % mod


def doc_ip(key):
    """A documentation-range IPv4 address that is stable for a key."""
    nets = ['192.0.2', '198.51.100', '203.0.113']
    h = stable_int(key, 3 * 250)
    return '%s.%d' % (nets[h % 3], 2 + h // 3 % 250)


def doc_ip6(key):
    h = stable_int(key, 1 << 48)
    return '2001:db8:%x:%x::%x' % ((h >> 32) & 0xffff, (h >> 16) & 0xffff, h & 0xffff or 1)


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

# ---------------------------------------------------------------- time zones
# name: (std offset min, dst offset min or None, rule, MS name, std abbr, dst abbr)
TZ = {
    'UTC': (0, None, None, 'UTC', 'UTC', None),
    'Europe/London': (0, 60, 'eu', 'GMT Standard Time', 'GMT', 'BST'),
    'Europe/Dublin': (0, 60, 'eu', 'GMT Standard Time', 'GMT', 'IST'),
    'Europe/Lisbon': (0, 60, 'eu', 'GMT Standard Time', 'WET', 'WEST'),
    'Europe/Berlin': (60, 120, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Vienna': (60, 120, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Zurich': (60, 120, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Rome': (60, 120, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Amsterdam': (60, 120, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Stockholm': (60, 120, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Paris': (60, 120, 'eu', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Brussels': (60, 120, 'eu', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Madrid': (60, 120, 'eu', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Warsaw': (60, 120, 'eu', 'Central European Standard Time', 'CET', 'CEST'),
    'Europe/Prague': (60, 120, 'eu', 'Central Europe Standard Time', 'CET', 'CEST'),
    'Europe/Athens': (120, 180, 'eu', 'GTB Standard Time', 'EET', 'EEST'),
    'Europe/Kiev': (120, 180, 'eu', 'FLE Standard Time', 'EET', 'EEST'),
    'Europe/Moscow': (180, None, None, 'Russian Standard Time', 'MSK', None),
    'Europe/Istanbul': (180, None, None, 'Turkey Standard Time', '+03', None),
    'Asia/Jerusalem': (120, 180, 'il', 'Israel Standard Time', 'IST', 'IDT'),
    'Asia/Riyadh': (180, None, None, 'Arab Standard Time', '+03', None),
    'Asia/Dubai': (240, None, None, 'Arabian Standard Time', '+04', None),
    'Africa/Cairo': (120, None, None, 'Egypt Standard Time', 'EET', None),
    'Africa/Lagos': (60, None, None, 'W. Central Africa Standard Time', 'WAT', None),
    'Asia/Kolkata': (330, None, None, 'India Standard Time', 'IST', None),
    'Asia/Bangkok': (420, None, None, 'SE Asia Standard Time', '+07', None),
    'Asia/Shanghai': (480, None, None, 'China Standard Time', 'CST', None),
    'Asia/Hong_Kong': (480, None, None, 'China Standard Time', 'HKT', None),
    'Asia/Singapore': (480, None, None, 'Singapore Standard Time', '+08', None),
    'Asia/Taipei': (480, None, None, 'Taipei Standard Time', 'CST', None),
    'Asia/Tokyo': (540, None, None, 'Tokyo Standard Time', 'JST', None),
    'Asia/Seoul': (540, None, None, 'Korea Standard Time', 'KST', None),
    'Australia/Sydney': (600, 660, 'au', 'AUS Eastern Standard Time', 'AEST', 'AEDT'),
    'America/New_York': (-300, -240, 'us', 'Eastern Standard Time', 'EST', 'EDT'),
    'America/Toronto': (-300, -240, 'us', 'Eastern Standard Time', 'EST', 'EDT'),
    'America/Chicago': (-360, -300, 'us', 'Central Standard Time', 'CST', 'CDT'),
    'America/Denver': (-420, -360, 'us', 'Mountain Standard Time', 'MST', 'MDT'),
    'America/Los_Angeles': (-480, -420, 'us', 'Pacific Standard Time', 'PST', 'PDT'),
    'America/Sao_Paulo': (-180, None, None, 'E. South America Standard Time', '-03', None),
    'America/Mexico_City': (-360, None, None, 'Central Standard Time (Mexico)', 'CST', None),
    'America/Bogota': (-300, None, None, 'SA Pacific Standard Time', '-05', None),
    'America/Argentina/Buenos_Aires': (-180, None, None, 'Argentina Standard Time', '-03', None),
}


def _last_dow(y, m, dow):
    d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != dow:
        d -= dt.timedelta(days=1)
    return d


def _nth_dow(y, m, dow, n):
    d = dt.date(y, m, 1)
    while d.weekday() != dow:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def is_dst(tz, local):
    std, dst, rule = TZ[tz][:3]
    if dst is None:
        return False
    d = local.date() if isinstance(local, dt.datetime) else local
    y = d.year
    if rule == 'eu':
        return _last_dow(y, 3, 6) <= d < _last_dow(y, 10, 6)
    if rule == 'us':
        return _nth_dow(y, 3, 6, 2) <= d < _nth_dow(y, 11, 6, 1)
    if rule == 'il':
        return _last_dow(y, 3, 6) - dt.timedelta(days=2) <= d < _last_dow(y, 10, 6)
    if rule == 'au':
        return not (_nth_dow(y, 4, 6, 1) <= d < _nth_dow(y, 10, 6, 1))
    return False


def offset(tz, local):
    std, dst = TZ[tz][:2]
    return dst if is_dst(tz, local) else std


def to_utc(local, tz):
    return (local - dt.timedelta(minutes=offset(tz, local))).replace(tzinfo=UTC)


def from_utc(u, tz):
    naive = u.astimezone(UTC).replace(tzinfo=None)
    guess = naive + dt.timedelta(minutes=TZ[tz][0])
    return naive + dt.timedelta(minutes=offset(tz, guess))


def aware_local(u, tz):
    loc = from_utc(u, tz)
    return loc.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset(tz, loc))))


def fmt_off(minutes):
    s = '+' if minutes >= 0 else '-'
    minutes = abs(minutes)
    return '%s%02d%02d' % (s, minutes // 60, minutes % 60)


def tzabbr(tz, local):
    t = TZ[tz]
    return t[5] if is_dst(tz, local) and t[5] else t[4]


def rfc2822(aware, suffix=False):
    s = aware.strftime('%a, %d %b %Y %H:%M:%S ') + fmt_off(int(aware.utcoffset().total_seconds() // 60))
    if suffix:
        s += ' (UTC)' if aware.utcoffset().total_seconds() == 0 else ''
    return s


def icdt(x):
    return x.strftime('%Y%m%dT%H%M%S')


def icutc(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def icdate(x):
    return x.strftime('%Y%m%d')

_RULES = {
    'eu': ('BYMONTH=3;BYDAY=-1SU', 'BYMONTH=10;BYDAY=-1SU', 3, 10),
    'us': ('BYMONTH=3;BYDAY=2SU', 'BYMONTH=11;BYDAY=1SU', 3, 11),
    'il': ('BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR', 'BYMONTH=10;BYDAY=-1SU', 3, 10),
    'au': ('BYMONTH=10;BYDAY=1SU', 'BYMONTH=4;BYDAY=1SU', 10, 4),
}


def vtimezone(tz, style):
    """Return VTIMEZONE lines in the flavour of a given client."""
    std, dst, rule, ms, sn, dn = TZ[tz]
    L = []
    if style in ('ms', 'ms-quoted'):
        L += ['BEGIN:VTIMEZONE', 'TZID:' + ms]
        if dst is None:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            r_on, r_off, _, _ = _RULES[rule]
            h_on = 2 if rule != 'eu' else 1 + std // 60
            h_off = 2 if rule == 'us' else (3 if rule in ('il', 'au') else 1 + dst // 60)
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % h_off, 'TZOFFSETFROM:' + fmt_off(dst),
                  'TZOFFSETTO:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;' + _ms_rule(r_off), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % h_on, 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;' + _ms_rule(r_on), 'END:DAYLIGHT']
        L.append('END:VTIMEZONE')
        return L
    # Olson-flavoured
    L += ['BEGIN:VTIMEZONE', 'TZID:' + tz]
    if style in ('mozilla', 'google'):
        L.append('X-LIC-LOCATION:' + tz)
    if style == 'mozilla-new':
        L.append('X-TZINFO:%s[2023c]' % tz)
    base = {'apple': ('1981', '1996'), 'zimbra': ('1601', '1601')}.get(style, ('1970', '1970'))
    if dst is None:
        if style == 'apple':
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'DTSTART:20010101T000000',
                  'TZNAME:' + sn, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sn, 'DTSTART:%s0101T000000' % base[0], 'END:STANDARD']
        L.append('END:VTIMEZONE')
        return L
    r_on, r_off, m_on, m_off = _RULES[rule]
    h_on = 2 if rule != 'eu' else 1 + std // 60
    h_off = 2 if rule == 'us' else (3 if rule in ('il', 'au') else 1 + dst // 60)
    d_on = '%s%02d%02dT%02d0000' % (base[0], m_on, _first_match_day(int(base[0]), m_on, rule, True), h_on)
    d_off = '%s%02d%02dT%02d0000' % (base[1], m_off, _first_match_day(int(base[1]), m_off, rule, False), h_off)
    if style == 'apple':
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'RRULE:FREQ=YEARLY;' + r_on,
              'DTSTART:' + d_on, 'TZNAME:' + dn, 'TZOFFSETTO:' + fmt_off(dst), 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'RRULE:FREQ=YEARLY;' + r_off,
              'DTSTART:' + d_off, 'TZNAME:' + sn, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
    elif style == 'zimbra':
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % h_off, 'TZOFFSETTO:' + fmt_off(std),
              'TZOFFSETFROM:' + fmt_off(dst), 'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;' + r_off,
              'TZNAME:' + sn, 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % h_on, 'TZOFFSETTO:' + fmt_off(dst),
              'TZOFFSETFROM:' + fmt_off(std), 'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;' + r_on,
              'TZNAME:' + dn, 'END:DAYLIGHT']
    else:
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
              'TZNAME:' + dn, 'DTSTART:' + d_on, 'RRULE:FREQ=YEARLY;' + r_on, 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
              'TZNAME:' + sn, 'DTSTART:' + d_off, 'RRULE:FREQ=YEARLY;' + r_off, 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


def _ms_rule(r):
    parts = dict(p.split('=') for p in r.split(';'))
    if 'BYMONTHDAY' in parts:   # Israel: Outlook approximates with last Friday
        return 'BYDAY=-1FR;BYMONTH=%s' % parts['BYMONTH']
    return 'BYDAY=%s;BYMONTH=%s' % (parts['BYDAY'], parts['BYMONTH'])


def _first_match_day(y, m, rule, on):
    if rule == 'eu' or (rule == 'il' and not on):
        return _last_dow(y, m, 6).day
    if rule == 'il':
        return (_last_dow(y, m, 6) - dt.timedelta(days=2)).day
    if rule == 'us':
        return _nth_dow(y, m, 6, 2 if on else 1).day
    if rule == 'au':
        return _nth_dow(y, m, 6, 1).day
    return 1

# ---------------------------------------------------------------- iCalendar text

def esc(s, commas=True):
    s = s.replace('\\', '\\\\').replace(';', '\\;')
    if commas:
        s = s.replace(',', '\\,')
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def pval(v, quote='auto'):
    if quote == 'always' or (quote == 'auto' and any(c in v for c in ':;,')):
        return '"%s"' % v.replace('"', "'")
    return v


def cline(name, params, value):
    p = ''.join(';%s=%s' % (k, v) for k, v in params)
    return name + p + ':' + value


def fold_bytes(line, charset='utf-8', mode='octet', width=75):
    """Fold one logical content line and return it as bytes (without EOL).

    mode: 'octet' (RFC 5545, 75 octets, no split inside a character),
          'char'  (counts characters, lines may exceed 75 octets),
          'tab'   (like octet but continuation is a TAB),
          'split' (75 octets, may split a multi-byte UTF-8 character),
          'none'  (no folding at all).
    """
    if mode == 'none':
        return line.encode(charset, 'replace')
    if mode == 'split':
        b = line.encode(charset, 'replace')
        out = [b[:width]]
        b = b[width:]
        while b:
            out.append(b' ' + b[:width - 1])
            b = b[width - 1:]
        return b'\r\n'.join(out)
    cont = '\t' if mode == 'tab' else ' '
    out, cur, curlen, first = [], [], 0, True
    for ch in line:
        n = 1 if mode == 'char' else len(ch.encode(charset, 'replace'))
        limit = width if first else width - 1
        if curlen + n > limit:
            out.append(''.join(cur))
            cur, curlen, first = [], 0, False
        cur.append(ch)
        curlen += n
    out.append(''.join(cur))
    return ('\r\n' + cont).join(out).encode(charset, 'replace')


def join_ics(lines, charset='utf-8', mode='octet', nl=b'\r\n'):
    out = []
    for ln in lines:
        b = fold_bytes(ln, charset, mode)
        if nl != b'\r\n':
            b = b.replace(b'\r\n', nl)
        out.append(b)
    return nl.join(out) + nl

# ---------------------------------------------------------------- MIME

def qp_encode(data, header_safe=False):
    out = []
    lines = data.replace(b'\r\n', b'\n').split(b'\n')
    for li, line in enumerate(lines):
        toks = []
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i < len(line) - 1):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        segs, cur = [], ''
        for t in toks:
            if len(cur) + len(t) > 75:
                segs.append(cur + '=')
                cur = ''
            cur += t
        segs.append(cur)
        out.append('\r\n'.join(segs))
    return '\r\n'.join(out).encode('ascii')


def b64_encode(data, width=76, nl=b'\r\n'):
    s = base64.b64encode(data)
    return nl.join(s[i:i + width] for i in range(0, len(s), width)) + nl


def to_bytes(text, charset, nl='\r\n'):
    t = text.replace('\r\n', '\n')
    if nl != '\n':
        t = t.replace('\n', nl)
    return t.encode(charset)


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def encode_body(data, cte):
    """data: bytes with CRLF (or bare LF for deliberately sloppy base64)."""
    if cte == 'base64':
        return b64_encode(data)
    if cte == 'quoted-printable':
        b = qp_encode(data)
        return b if b.endswith(b'\r\n') else b + b'\r\n'
    if not data.endswith(b'\r\n'):
        data += b'\r\n'
    return data


class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def ser(self):
        out = [hdr_lines(self.headers), b'\r\n']
        if self.parts is not None:
            B = self.boundary.encode()
            if self.preamble:
                out.append(self.preamble.encode() + b'\r\n')
            for p in self.parts:
                out.append(b'--' + B + b'\r\n')
                out.append(p.ser())
                out.append(b'\r\n')
            out.append(b'--' + B + b'--\r\n')
            if self.epilogue:
                out.append(self.epilogue.encode() + b'\r\n')
        else:
            out.append(self.body)
        return b''.join(out)


def hdr_lines(headers):
    out = []
    for k, v in headers:
        v = v.replace('\r\n', '\n').replace('\n', '\r\n')
        out.append(('%s: %s\r\n' % (k, v)).encode('ascii'))
    return b''.join(out)


def leaf(ctype, data, cte, params=(), pre=(), post=()):
    """Build a leaf part.  params: list of (k, v) with v already quoted as wanted.
    pre: headers before Content-Type, post: headers after Content-Transfer-Encoding."""
    ct = ctype + ''.join('; %s=%s' % kv for kv in params)
    hs = list(pre) + [('Content-Type', ct)]
    if cte:
        hs.append(('Content-Transfer-Encoding', cte))
    hs += list(post)
    return Part(hs, encode_body(data, cte or '7bit'))


B_ONLY = ('iso-2022-jp', 'shift_jis', 'gb2312', 'gbk', 'big5', 'euc-kr', 'ks_c_5601-1987', 'tis-620',
          'koi8-r', 'windows-1251', 'iso-8859-7', 'windows-1253', 'windows-1256', 'iso-8859-6', 'windows-1255')


def _charset_obj(charset, enc):
    if charset.lower() in B_ONLY:
        enc = 'B'
    c = Charset(charset)
    if enc == 'Q':
        c.header_encoding = QP
    elif enc == 'B':
        c.header_encoding = BASE64
    return c


def enc_word(text, charset='utf-8', enc='B', name='Subject'):
    """RFC 2047-encode a header value if needed (ASCII passes through, folded)."""
    if all(ord(c) < 128 for c in text):
        return fold_ascii(text, len(name) + 2)
    if not can_encode(text, charset):
        charset = 'utf-8'
    h = Header(text, charset=_charset_obj(charset, enc), maxlinelen=76, header_name=name)
    return h.encode(linesep='\r\n')


def fold_ascii(text, start=10, width=78):
    if len(text) + start <= width:
        return text
    words = text.split(' ')
    lines, cur = [], ''
    cur_len = start
    for w in words:
        add = (' ' if cur else '') + w
        if cur and cur_len + len(add) > width:
            lines.append(cur)
            cur = w
            cur_len = 1 + len(w)
        else:
            cur += add
            cur_len += len(add)
    lines.append(cur)
    return '\r\n '.join(lines)


def addr(name, email, charset='utf-8', enc='B', quote='auto'):
    if not name:
        return email if quote != 'angle' else '<%s>' % email
    if all(ord(c) < 128 for c in name):
        if quote == 'always' or any(c in name for c in ',.;:@()<>[]"\\'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    if not can_encode(name, charset):
        charset = 'utf-8'
    h = Header(name, charset=_charset_obj(charset, enc), maxlinelen=200)
    return '%s <%s>' % (h.encode(linesep='\r\n'), email)


def addr_list(items, start=4):
    """items: already-formatted addresses.  Fold after commas."""
    out, cur = [], start
    s = ''
    for i, a in enumerate(items):
        piece = a + (',' if i < len(items) - 1 else '')
        if i and cur + 1 + len(piece) > 76:
            s += '\r\n ' + piece
            cur = 1 + len(piece)
        else:
            s += (' ' if i else '') + piece
            cur += len(piece) + (1 if i else 0)
    return s

# ---------------------------------------------------------------- transport

def dkim_header(r, d, s, hlist, when, flavor='generic'):
    """Return (header value, first 8 chars of b=).  Signature bytes are random:
    nothing will verify them except the recorded Authentication-Results."""
    b = rb64(r, 256)
    bh = rb64(r, 32)
    t = int(when.timestamp())
    if flavor == 'google':
        sep = '\r\n        '
        h = ':'.join(hlist)
        head = 'v=1; a=rsa-sha256; c=relaxed/relaxed;%sd=%s; s=%s; t=%d; x=%d;%sh=%s;%sbh=%s;%sb=' % (
            sep, d, s, t, t + 604800, sep, h, sep, bh, sep)
    elif flavor == 'ms':
        sep = '\r\n '
        h = ':'.join(hlist)
        head = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;%ss=%s;%sh=%s;%sbh=%s;%sb=' % (
            d, sep, s, sep, h, sep, bh, sep)
    else:
        sep = '\r\n\t'
        h = ':'.join(hlist)
        head = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;%ss=%s; t=%d;%sbh=%s;%sh=%s;%sb=' % (
            d, sep, s, t, sep, bh, sep, h, sep)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return head + sep.join(chunks), b[:8]


def authres(dkims, spf, smtp_from, ip, dmarc, from_dom, dmarc_pol):
    """dkims: list of (result, d, s, bsnippet).  spf: pass/fail/softfail/none/neutral/temperror.
    dmarc: pass/fail/none.  dmarc_pol: e.g. 'REJECT', 'QUARANTINE', 'NONE', or None (no record)."""
    parts = []
    if not dkims:
        parts.append('dkim=none (message not signed)')
    for res, d, s, bs in dkims:
        if res == 'pass':
            parts.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, bs))
        elif res == 'fail':
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s'
                         % (d, s, bs))
        elif res == 'neutral':
            parts.append('dkim=neutral reason="invalid (public key: not available)" header.d=%s header.s=%s '
                         'header.b=%s' % (d, s, bs))
        else:
            parts.append('dkim=%s header.d=%s' % (res, d))
    dom = smtp_from.split('@')[-1]
    if spf == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (smtp_from, ip, smtp_from))
    elif spf == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as '
                     'permitted sender) smtp.mailfrom=%s' % (smtp_from, ip, smtp_from))
    elif spf == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) '
                     'smtp.mailfrom=%s' % (smtp_from, ip, smtp_from))
    elif spf == 'neutral':
        parts.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) '
                     'smtp.mailfrom=%s' % (ip, smtp_from, smtp_from))
    else:
        parts.append('spf=none (mx.example.net: domain of %s does not designate permitted sender hosts) '
                     'smtp.mailfrom=%s' % (smtp_from, smtp_from))
    if dmarc_pol is None:
        parts.append('dmarc=none header.from=%s' % from_dom)
    else:
        dis = 'NONE'
        if dmarc == 'fail':
            dis = {'REJECT': 'QUARANTINE', 'QUARANTINE': 'QUARANTINE'}.get(dmarc_pol, 'NONE')
        sp = dmarc_pol
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, dmarc_pol, sp, dis, from_dom))
    return 'mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)


def mx_received(helo, rdns, ip, qid, rcpt, when, tls=True):
    ipstr = ('IPv6:' + ip) if ':' in ip else ip
    return 'from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s' % (
        helo, rdns, ipstr, 'ESMTPS' if tls else 'ESMTP', qid, rcpt, rfc2822(when.astimezone(UTC), True))


def postfix_qid(r, long=True):
    if long:
        return '4' + ralnum(r, 1, 'BCDFGHJKLMNPQRSTVWXYZ') + ralnum(r, 8, string.ascii_letters + string.digits) \
            + 'z' + ralnum(r, 3, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
    return rhex(r, 10, upper=True)
