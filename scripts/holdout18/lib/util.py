# -*- coding: utf-8 -*-
"""Low level helpers: randomness, time zones, iCalendar text, MIME serialisation."""
import base64
import datetime as dt
import random
import unicodedata
import uuid as _uuid

from . import i18n

UTC = dt.timezone.utc


class R(random.Random):
    def pick(self, seq):
        seq = list(seq)
        return seq[self.randrange(len(seq))]

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.random() * tot
        for item, w in pairs:
            x -= w
            if x < 0:
                return item
        return pairs[-1][0]

    def chance(self, p):
        return self.random() < p

    def hexs(self, n, upper=False):
        s = ''.join(self.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars='abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
        return ''.join(self.choice(chars) for _ in range(n))

    def digits(self, n):
        return ''.join(self.choice('0123456789') for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode()

    def uuid(self, upper=False):
        u = str(_uuid.UUID(int=self.getrandbits(128), version=4))
        return u.upper() if upper else u

    def ip(self, v6=False):
        if v6:
            return '2001:db8:%x:%x::%x' % (self.randrange(1, 0xffff), self.randrange(1, 0xffff), self.randrange(1, 0xfff))
        return '%s.%d' % (self.pick(['192.0.2', '198.51.100', '203.0.113']), self.randrange(2, 254))


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('æ', 'ae')
    s = s.replace('ı', 'i').replace('đ', 'd').replace("'", '')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if ord(c) < 128)


def slug(s):
    s = ascii_fold(s).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else '-')
    r = ''.join(out)
    while '--' in r:
        r = r.replace('--', '-')
    return r.strip('-')


# ---------------------------------------------------------------- time zones
TZ = {
    'Europe/Berlin': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Paris': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Madrid': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Rome': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Amsterdam': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Stockholm': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Warsaw': (60, 120, 'EU', 'CET', 'CEST', 'Central European Standard Time'),
    'Europe/Prague': (60, 120, 'EU', 'CET', 'CEST', 'Central Europe Standard Time'),
    'Europe/London': (0, 60, 'EU', 'GMT', 'BST', 'GMT Standard Time'),
    'Europe/Lisbon': (0, 60, 'EU', 'WET', 'WEST', 'GMT Standard Time'),
    'Europe/Athens': (120, 180, 'EU', 'EET', 'EEST', 'GTB Standard Time'),
    'Europe/Istanbul': (180, None, None, '+03', None, 'Turkey Standard Time'),
    'Europe/Moscow': (180, None, None, 'MSK', None, 'Russian Standard Time'),
    'America/New_York': (-300, -240, 'US', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Chicago': (-360, -300, 'US', 'CST', 'CDT', 'Central Standard Time'),
    'America/Los_Angeles': (-480, -420, 'US', 'PST', 'PDT', 'Pacific Standard Time'),
    'America/Sao_Paulo': (-180, None, None, '-03', None, 'E. South America Standard Time'),
    'Asia/Jerusalem': (120, 180, 'IL', 'IST', 'IDT', 'Israel Standard Time'),
    'Asia/Dubai': (240, None, None, '+04', None, 'Arabian Standard Time'),
    'Asia/Riyadh': (180, None, None, '+03', None, 'Arab Standard Time'),
    'Asia/Kolkata': (330, None, None, 'IST', None, 'India Standard Time'),
    'Asia/Bangkok': (420, None, None, '+07', None, 'SE Asia Standard Time'),
    'Asia/Shanghai': (480, None, None, 'CST', None, 'China Standard Time'),
    'Asia/Taipei': (480, None, None, 'CST', None, 'Taipei Standard Time'),
    'Asia/Tokyo': (540, None, None, 'JST', None, 'Tokyo Standard Time'),
    'Asia/Seoul': (540, None, None, 'KST', None, 'Korea Standard Time'),
    'Australia/Sydney': (600, 660, 'AU', 'AEST', 'AEDT', 'AUS Eastern Standard Time'),
}


def _nth_weekday(y, m, wd, n):
    """n-th (1..) or last (-1) weekday wd (0=Mon) of month."""
    if n > 0:
        d = dt.date(y, m, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - wd) % 7)


def utc_offset(tz, t):
    """offset in minutes for aware UTC datetime t"""
    std, dst, rule, _, _, _ = TZ[tz]
    if not dst:
        return std
    y = t.year
    if rule == 'EU':
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, -1), dt.time(1), UTC)
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(1), UTC)
        return dst if a <= t < b else std
    if rule == 'US':
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, 2), dt.time(2), UTC) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_weekday(y, 11, 6, 1), dt.time(2), UTC) - dt.timedelta(minutes=dst)
        return dst if a <= t < b else std
    if rule == 'IL':
        a = dt.datetime.combine(_nth_weekday(y, 3, 6, -1) - dt.timedelta(days=2), dt.time(2), UTC) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, -1), dt.time(2), UTC) - dt.timedelta(minutes=dst)
        return dst if a <= t < b else std
    if rule == 'AU':
        a = dt.datetime.combine(_nth_weekday(y, 4, 6, 1), dt.time(3), UTC) - dt.timedelta(minutes=dst)
        b = dt.datetime.combine(_nth_weekday(y, 10, 6, 1), dt.time(2), UTC) - dt.timedelta(minutes=std)
        return std if a <= t < b else dst
    return std


def to_local(tz, t):
    return (t + dt.timedelta(minutes=utc_offset(tz, t))).replace(tzinfo=None)


def from_local(tz, naive):
    """local naive -> aware UTC (approximate around transitions)"""
    guess = naive.replace(tzinfo=UTC) - dt.timedelta(minutes=TZ[tz][0])
    off = utc_offset(tz, guess)
    return naive.replace(tzinfo=UTC) - dt.timedelta(minutes=off)


def tzabbr(tz, t):
    std, dst, _, sn, dn, _ = TZ[tz]
    return dn if dst and utc_offset(tz, t) == dst else sn


def fmt_off(minutes, colon=False):
    sign = '+' if minutes >= 0 else '-'
    m = abs(minutes)
    return '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)


def rfc2822(t, tz=None):
    """Date header value; t aware UTC."""
    off = utc_offset(tz, t) if tz else 0
    lt = t + dt.timedelta(minutes=off)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (WD[lt.weekday()], lt.day, MON[lt.month - 1], lt.year,
                                                lt.hour, lt.minute, lt.second, fmt_off(off))


WD = 'Mon Tue Wed Thu Fri Sat Sun'.split()
MON = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def ical_utc(t):
    return t.strftime('%Y%m%dT%H%M%SZ')


def ical_local(t):
    return t.strftime('%Y%m%dT%H%M%S')


def ical_date(t):
    return t.strftime('%Y%m%d')


def _rule_lines(tz, kind, style):
    std, dst, rule, sn, dn, win = TZ[tz]
    if rule == 'EU':
        d_m, d_by, s_m, s_by = 3, '-1SU', 10, '-1SU'
        d_time = 1 * 60 + std
        s_time = 1 * 60 + dst
    elif rule == 'US':
        d_m, d_by, s_m, s_by = 3, '2SU', 11, '1SU'
        d_time = s_time = 120
    elif rule == 'IL':
        d_m, d_by, s_m, s_by = 3, 'FR', 10, '-1SU'
        d_time = s_time = 120
    else:  # AU
        d_m, d_by, s_m, s_by = 10, '1SU', 4, '1SU'
        d_time, s_time = 120, 180
    if kind == 'D':
        return d_m, d_by, d_time
    return s_m, s_by, s_time


def vtimezone(tz, style):
    """style: 'ms' (Outlook/Exchange), 'olson' (Apple/Google/SOGo/Nextcloud), 'moz' (Thunderbird), 'zimbra'"""
    std, dst, rule, sn, dn, win = TZ[tz]
    L = ['BEGIN:VTIMEZONE']
    if style == 'ms':
        L.append('TZID:' + win)
        if dst:
            sm, sb, stime = _rule_lines(tz, 'S', style)
            dm, db, dtime = _rule_lines(tz, 'D', style)
            if db == 'FR':
                db = '-1FR'
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d%02d00' % (stime // 60, stime % 60),
                  'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (sb, sm), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d%02d00' % (dtime // 60, dtime % 60),
                  'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (db, dm), 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                  'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std), 'END:DAYLIGHT']
    elif style == 'zimbra':
        L.append('TZID:' + tz)
        if dst:
            sm, sb, stime = _rule_lines(tz, 'S', style)
            dm, db, dtime = _rule_lines(tz, 'D', style)
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d%02d00' % (stime // 60, stime % 60),
                  'TZOFFSETTO:' + fmt_off(std), 'TZOFFSETFROM:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (sm, sb),
                  'TZNAME:' + sn, 'END:STANDARD', 'BEGIN:DAYLIGHT',
                  'DTSTART:16010101T%02d%02d00' % (dtime // 60, dtime % 60),
                  'TZOFFSETTO:' + fmt_off(dst), 'TZOFFSETFROM:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (dm, db if db != 'FR' else '-1FR'),
                  'TZNAME:' + dn, 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(std), 'TZNAME:' + sn, 'END:STANDARD']
    else:
        L.append('TZID:' + tz)
        if style == 'moz':
            L.append('X-LIC-LOCATION:' + tz)
        if dst:
            dm, db, dtime = _rule_lines(tz, 'D', style)
            sm, sb, stime = _rule_lines(tz, 'S', style)
            drr = 'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (dm, db)
            if db == 'FR':
                drr = 'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR'
            y0 = 1970
            dd = _nth_weekday(y0, dm, 6, int(db[:-2]) if db[:-2] else -1) if db != 'FR' else dt.date(1970, 3, 27)
            sd = _nth_weekday(y0, sm, 6, int(sb[:-2]))
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                  'TZNAME:' + dn, 'DTSTART:%sT%02d%02d00' % (dd.strftime('%Y%m%d'), dtime // 60, dtime % 60),
                  drr, 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sn, 'DTSTART:%sT%02d%02d00' % (sd.strftime('%Y%m%d'), stime // 60, stime % 60),
                  'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (sm, sb), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sn, 'DTSTART:19700101T000000', 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


# ---------------------------------------------------------------- iCalendar text
def esc(s, commas=True):
    if s is None:
        return ''
    s = s.replace('\r\n', '\n').replace('\\', '\\\\').replace(';', '\\;')
    if commas:
        s = s.replace(',', '\\,')
    return s.replace('\n', '\\n')


def fold(line, mode='octet', width=75):
    """mode: 'octet' (75 octets, may split UTF-8 sequences), 'char' (respect characters),
    'none', 'tab' (continuation with a TAB), 'short' (fold at 74 chars incl. lead)."""
    if mode == 'none':
        return [line]
    lead = '\t' if mode == 'tab' else ' '
    if mode == 'octet':
        b = line.encode('utf-8')
        if len(b) <= width:
            return [line]
        parts = [b[:width]]
        b = b[width:]
        while b:
            parts.append(b[:width - 1])
            b = b[width - 1:]
        # represent as latin-1 surrogate text so that bytes survive; caller encodes with 'octet' marker
        return [p.decode('utf-8', 'surrogateescape') if i == 0 else ' ' + p.decode('utf-8', 'surrogateescape')
                for i, p in enumerate(parts)]
    out = []
    cur = ''
    curlen = 0
    limit = width
    for ch in line:
        cl = len(ch.encode('utf-8'))
        if curlen + cl > limit:
            out.append(cur)
            cur = lead
            curlen = 1
            limit = width
        cur += ch
        curlen += cl
    out.append(cur)
    return out


def ics_text(lines, fold_mode='char', eol='\r\n'):
    out = []
    for ln in lines:
        out.extend(fold(ln, fold_mode))
    return eol.join(out) + eol


def ics_bytes(text, charset='utf-8'):
    codec = i18n.CODEC.get(charset, charset)
    return text.encode(codec, 'surrogateescape') if codec.replace('-', '').lower() in ('utf8',) \
        else text.encode(codec, 'replace')


def prop(name, value, params=None):
    s = name
    for k, v in (params or []):
        s += ';%s=%s' % (k, v)
    return s + ':' + value


def qparam(v):
    """quote a parameter value if needed"""
    if any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


# ---------------------------------------------------------------- headers
def codec_of(charset):
    return i18n.CODEC.get(charset.lower(), charset.lower())


def can_encode(text, charset):
    try:
        text.encode(codec_of(charset))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def _ew(s, charset, mode):
    b = s.encode(codec_of(charset))
    if mode == 'B':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode())
    q = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            q.append('_')
        elif ch.isalnum() and c < 128 or ch in '!*+-/':
            q.append(ch)
        else:
            q.append('=%02X' % c)
    return '=?%s?Q?%s?=' % (charset, ''.join(q))


def encoded_words(text, charset, mode='B', maxlen=75):
    words = []
    cur = ''
    for ch in text:
        t = cur + ch
        if cur and len(_ew(t, charset, mode)) > maxlen:
            words.append(_ew(cur, charset, mode))
            cur = ch
        else:
            cur = t
    if cur:
        words.append(_ew(cur, charset, mode))
    return words


def hval(text, charset='utf-8', mode='B', raw8=False, prefix_len=10):
    """Encode an unstructured header value, folded with CRLF+space."""
    if all(ord(c) < 128 for c in text) or raw8:
        return fold_ascii(text, prefix_len)
    if not can_encode(text, charset):
        charset = 'utf-8'
    # keep a leading ascii prefix like "Invitation: " readable? real clients encode whole value
    words = encoded_words(text, charset, mode)
    return '\r\n '.join(words)


def fold_ascii(text, prefix_len=10, width=78):
    if len(text) + prefix_len <= width:
        return text
    words = text.split(' ')
    lines = []
    cur = ''
    lim = width - prefix_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = cur + ' ' + w if cur else w
    lines.append(cur)
    return '\r\n '.join(lines)


def addr(name, email, charset='utf-8', mode='B', raw8=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name) or raw8:
        if any(c in name for c in ',.;:@()<>[]"\\'):
            name = '"%s"' % name.replace('"', '')
        return '%s <%s>' % (name, email)
    if not can_encode(name, charset):
        charset = 'utf-8'
    return '%s <%s>' % (' '.join(encoded_words(name, charset, mode)), email)


# ---------------------------------------------------------------- bodies / MIME
def qp_encode(data):
    """quoted-printable encode bytes whose lines are separated by LF or CRLF; returns str with CRLF"""
    lines = data.replace(b'\r\n', b'\n').split(b'\n')
    out = []
    for ln in lines:
        enc = []
        for i, c in enumerate(ln):
            ch = chr(c)
            if (33 <= c <= 126 and ch != '=') or (ch in ' \t' and i != len(ln) - 1):
                enc.append(ch)
            else:
                enc.append('=%02X' % c)
        s = ''
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > 75:
                s += cur + '=\r\n'
                cur = ''
            cur += tok
        s += cur
        out.append(s)
    return '\r\n'.join(out)


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode()
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width))


class Part:
    def __init__(self, ctype, params=None, body=b'', cte=None, headers=None, disp=None):
        self.ctype = ctype
        self.params = params or []
        self.body = body  # bytes, already transfer-encoded, CRLF
        self.cte = cte
        self.headers = headers or []
        self.disp = disp


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, headers=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.headers = headers or []
        self.preamble = preamble


def text_part(ctype, text, charset, cte, params=None, headers=None, disp=None, eol='\r\n', label=None):
    """Build a leaf part from unicode text. Falls back to utf-8 if charset cannot represent it."""
    if not can_encode(text, charset):
        charset = 'utf-8'
    codec = codec_of(charset)
    norm = text.replace('\r\n', '\n')
    if eol == '\r\n':
        norm = norm.replace('\n', '\r\n')
    data = norm.encode(codec, 'surrogateescape') if codec in ('utf-8', 'utf8') else norm.encode(codec)
    if cte == '7bit' and any(c > 127 for c in data):
        cte = 'quoted-printable'
    if cte == 'quoted-printable':
        body = qp_encode(data).encode('ascii')
    elif cte == 'base64':
        body = b64_encode(data).encode('ascii')
    else:
        body = data
    p = [('charset', label or charset)] + list(params or [])
    return Part(ctype, p, body, cte, headers, disp)


def _params(params):
    s = ''
    for k, v in params:
        if v is None:
            continue
        if k.startswith('!'):  # unquoted raw
            s += '; %s=%s' % (k[1:], v)
        else:
            s += '; %s="%s"' % (k, v)
    return s


def render(node, top_headers=None):
    out = []
    hdrs = list(top_headers or [])
    if isinstance(node, Multi):
        hdrs += node.headers
        hdrs.append(('Content-Type', 'multipart/%s;\r\n\tboundary="%s"%s' % (node.subtype, node.boundary, _params(node.params))))
    else:
        ct = node.ctype + _params(node.params)
        hdrs.append(('Content-Type', ct))
        if node.disp:
            hdrs.append(('Content-Disposition', node.disp))
        if node.cte:
            hdrs.append(('Content-Transfer-Encoding', node.cte))
        hdrs += node.headers
    for k, v in hdrs:
        if isinstance(v, bytes):
            out.append(k.encode() + b': ' + v)
        else:
            out.append(('%s: %s' % (k, v)).encode('utf-8'))
    head = b'\r\n'.join(out) + b'\r\n\r\n'
    if isinstance(node, Multi):
        body = b''
        if node.preamble:
            body += node.preamble.encode() + b'\r\n\r\n'
        for p in node.parts:
            body += b'--' + node.boundary.encode() + b'\r\n' + render(p) + b'\r\n'
        body += b'--' + node.boundary.encode() + b'--\r\n'
        return head + body
    b = node.body
    if not b.endswith(b'\r\n'):
        b += b'\r\n'
    return head + b


def crlf(data):
    return data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def linkify(s):
    import re
    s = html_escape(s)
    return re.sub(r'(https?://[^\s<>"]+)', r'<a href="\1">\1</a>', s).replace('\n', '<br>\n')
