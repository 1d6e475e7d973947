# -*- coding: utf-8 -*-
"""Low-level builders: iCalendar text, MIME parts, header encoding, trace headers.  Stdlib only."""
import base64
import datetime as dt

CRLF = '\r\n'
B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
QALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def rstr(rng, n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rstr(rng, n, '0123456789abcdef')


def uuid(rng, upper=False):
    h = rhex(rng, 32)
    s = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
    return s.upper() if upper else s


# ---------------------------------------------------------------- time zones (simple rules, enough for the corpus)
TZ = {
    'America/New_York': (-300, 'us', 'Eastern Standard Time', 'EST', 'EDT'),
    'America/Chicago': (-360, 'us', 'Central Standard Time', 'CST', 'CDT'),
    'America/Los_Angeles': (-480, 'us', 'Pacific Standard Time', 'PST', 'PDT'),
    'Europe/London': (0, 'eu', 'GMT Standard Time', 'GMT', 'BST'),
    'Europe/Berlin': (60, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Paris': (60, 'eu', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Madrid': (60, 'eu', 'Romance Standard Time', 'CET', 'CEST'),
    'Europe/Rome': (60, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Amsterdam': (60, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Warsaw': (60, 'eu', 'Central European Standard Time', 'CET', 'CEST'),
    'Europe/Stockholm': (60, 'eu', 'W. Europe Standard Time', 'CET', 'CEST'),
    'Europe/Prague': (60, 'eu', 'Central Europe Standard Time', 'CET', 'CEST'),
    'Europe/Athens': (120, 'eu', 'GTB Standard Time', 'EET', 'EEST'),
    'Europe/Istanbul': (180, None, 'Turkey Standard Time', '+03', '+03'),
    'Europe/Moscow': (180, None, 'Russian Standard Time', 'MSK', 'MSK'),
    'America/Sao_Paulo': (-180, None, 'E. South America Standard Time', '-03', '-03'),
    'Asia/Riyadh': (180, None, 'Arab Standard Time', '+03', '+03'),
    'Asia/Tokyo': (540, None, 'Tokyo Standard Time', 'JST', 'JST'),
    'Asia/Shanghai': (480, None, 'China Standard Time', 'CST', 'CST'),
    'Asia/Seoul': (540, None, 'Korea Standard Time', 'KST', 'KST'),
    'Asia/Kolkata': (330, None, 'India Standard Time', 'IST', 'IST'),
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def _last_sunday(year, month):
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def tz_offset(tz, utc):
    """Offset in minutes for a naive UTC datetime."""
    std, rule = TZ[tz][0], TZ[tz][1]
    if rule == 'eu':
        a = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1))
        b = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1))
        return std + 60 if a <= utc < b else std
    if rule == 'us':
        a = dt.datetime.combine(_nth_sunday(utc.year, 3, 2), dt.time(2)) - dt.timedelta(minutes=std)
        b = dt.datetime.combine(_nth_sunday(utc.year, 11, 1), dt.time(2)) - dt.timedelta(minutes=std + 60)
        return std + 60 if a <= utc < b else std
    return std


def fmt_off(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc2822(utc, tz):
    off = tz_offset(tz, utc)
    l = utc + dt.timedelta(minutes=off)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[l.weekday()], l.day, MONS[l.month - 1], l.year, l.hour, l.minute, l.second, fmt_off(off))


def rfc2822_utc(utc, suffix=' +0000 (UTC)'):
    return '%s, %d %s %d %02d:%02d:%02d%s' % (DAYS[utc.weekday()], utc.day, MONS[utc.month - 1], utc.year, utc.hour, utc.minute, utc.second, suffix)


def ical_utc(t):
    return t.strftime('%Y%m%dT%H%M%SZ')


def ical_local(t):
    return t.strftime('%Y%m%dT%H%M%S')


def vtimezone(tz, windows=False):
    std, rule, win, sn, dn = TZ[tz]
    name = win if windows else tz
    L = ['BEGIN:VTIMEZONE', 'TZID:' + name]
    if rule is None:
        L += ['BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std)]
        if not windows:
            L.append('TZNAME:' + sn)
        L.append('END:STANDARD')
    else:
        if rule == 'eu':
            sd, dd = ('19701025T030000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'), ('19700329T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')
        else:
            sd, dd = ('19701101T020000', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'), ('19700308T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU')
        L += ['BEGIN:STANDARD', 'DTSTART:' + sd[0], 'RRULE:' + sd[1], 'TZOFFSETFROM:' + fmt_off(std + 60), 'TZOFFSETTO:' + fmt_off(std)]
        if not windows:
            L.append('TZNAME:' + sn)
        L += ['END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:' + dd[0], 'RRULE:' + dd[1], 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std + 60)]
        if not windows:
            L.append('TZNAME:' + dn)
        L += ['END:DAYLIGHT']
    L.append('END:VTIMEZONE')
    return L


# ---------------------------------------------------------------- iCalendar
def ical_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\\n').replace('\n', '\\n')


def fold(line, limit=75):
    """Fold one content line at <= limit octets, never inside a UTF-8 sequence."""
    out, cur, n = [], '', 0
    for ch in line:
        w = len(ch.encode('utf-8'))
        if n + w > limit:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += w
    out.append(cur)
    return out


def ics_text(lines, fold_lines=True, eol=CRLF):
    out = []
    for l in lines:
        out.extend(fold(l) if fold_lines else [l])
    return eol.join(out) + eol


# ---------------------------------------------------------------- encodings
def b64_lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + (CRLF if s else '')


def qp_encode(data):
    """Quoted-printable for bytes with CRLF line structure; soft breaks at 76."""
    text_lines = data.split(b'\r\n')
    out = []
    for li, line in enumerate(text_lines):
        enc = []
        for i, b in enumerate(line):
            c = chr(b)
            if b == 0x3d or b > 126 or (b < 32 and b != 9):
                enc.append('=%02X' % b)
            elif c in ' \t' and i == len(line) - 1:
                enc.append('=%02X' % b)
            else:
                enc.append(c)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + '=')
                cur = ''
            cur += tok
        out.append(cur)
    if out and out[-1] == '':
        out.pop()
        return CRLF.join(out) + CRLF
    return CRLF.join(out)


def encode_text(text, charset):
    try:
        return text.encode(charset), charset
    except (UnicodeEncodeError, LookupError):
        return text.encode('utf-8'), 'utf-8'


def body_bytes(text, charset, cte):
    """Return (charset, cte, encoded_str) for a text body.  text uses \n; converted to CRLF."""
    text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    raw, charset = encode_text(text, charset)
    if charset.lower() == 'iso-2022-jp' and cte in ('8bit', 'quoted-printable'):
        cte = '7bit'
    if cte == '7bit' and any(b > 127 for b in raw):
        cte = 'quoted-printable'
    if cte == 'base64':
        return charset, cte, b64_lines(raw)
    if cte == 'quoted-printable':
        return charset, cte, qp_encode(raw)
    return charset, cte, raw  # 7bit / 8bit as bytes


def rfc2047(text, charset='utf-8', mode='B', maxlen=40):
    """Encode a header phrase if it is not ASCII."""
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        pass
    try:
        text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
    if charset.lower() == 'iso-2022-jp':
        mode = 'B'
    words, chunk = [], ''
    for ch in text:
        if len((chunk + ch).encode(charset)) > maxlen and chunk:
            words.append(chunk)
            chunk = ''
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode()))
        else:
            q = ''.join(c if (c.isalnum() and ord(c) < 128) else ('_' if c == ' ' else '=%02X' % ord(c)) for c in raw.decode('latin-1'))
            out.append('=?%s?Q?%s?=' % (charset, q))
    return (CRLF + ' ').join(out)


def addr(name, email, charset='utf-8', mode='B'):
    if not name:
        return email if mode != 'angle' else '<%s>' % email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()'):
            name = '"%s"' % name.replace('"', '')
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (rfc2047(name, charset, mode), email)


def fold_header(name, value, limit=76):
    """Fold an ASCII header at spaces; keeps existing CRLF folds."""
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    line = '%s: %s' % (name, value)
    if len(line) <= limit:
        return line
    words = line.split(' ')
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > limit and cur.strip():
            out.append(cur)
            cur = '\t' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return CRLF.join(out)


# ---------------------------------------------------------------- MIME tree
class Part:
    def __init__(self, ctype, params=None, headers=None, body=None, parts=None, boundary=None):
        self.ctype, self.params = ctype, params or []
        self.headers = headers or []
        self.body, self.parts, self.boundary = body, parts, boundary

    def render(self, top_headers=None):
        hs = list(top_headers or [])
        ct = self.ctype
        params = list(self.params)
        if self.parts is not None:
            params.append(('boundary', '"%s"' % self.boundary))
        if params:
            long_ = len(ct) + sum(len(k) + len(v) + 3 for k, v in params) > 62
            ctv = ct + ';' + ';'.join((CRLF + '\t' if long_ else ' ') + '%s=%s' % kv for kv in params)
        else:
            ctv = ct
        hs.append('Content-Type: ' + ctv)
        hs.extend(self.headers)
        out = (CRLF.join(hs) + CRLF + CRLF).encode('utf-8')
        if self.parts is not None:
            for p in self.parts:
                out += ('--%s' % self.boundary + CRLF).encode()
                out += p.render()
                if not out.endswith(b'\r\n'):
                    out += b'\r\n'
                out += b'\r\n'
            out += ('--%s--' % self.boundary + CRLF).encode()
        else:
            b = self.body
            out += b if isinstance(b, bytes) else b.encode('utf-8')
        return out


def text_part(text, subtype, charset, cte, extra_params=None, headers=None, lf_only=False):
    charset, cte, enc = body_bytes(text, charset, cte)
    if lf_only and isinstance(enc, bytes):
        enc = enc.replace(b'\r\n', b'\n')
    params = [('charset', '"%s"' % charset if subtype != 'calendar' else charset)] + list(extra_params or [])
    hs = ['Content-Transfer-Encoding: ' + cte] + list(headers or [])
    if isinstance(enc, bytes) and not enc.endswith(b'\n'):
        enc += b'\r\n'
    return Part('text/' + subtype, params, hs, enc)


def raw_part(data, ctype, params, cte, headers=None):
    """data is bytes (already CRLF or not); encode with base64/7bit/8bit."""
    if cte == 'base64':
        body = b64_lines(data)
    elif cte == 'quoted-printable':
        body = qp_encode(data)
    else:
        body = data
    return Part(ctype, params, ['Content-Transfer-Encoding: ' + cte] + list(headers or []), body)


def dkim_sig(rng, d, s, t, heads):
    b = ''.join(rng.choice(B64) for _ in range(342)) + '=='
    bh = ''.join(rng.choice(B64) for _ in range(43)) + '='
    folded_b = (CRLF + '\t ').join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;' % d + CRLF +
            '\ts=%s; t=%d; x=%d;' % (s, t, t + 604800) + CRLF +
            '\th=%s;' % ':'.join(heads) + CRLF +
            '\tbh=%s;' % bh + CRLF +
            '\tb=' + folded_b)


def queue_id(rng):
    return rng.choice('123456789') + rstr(rng, 11 + rng.randint(0, 2), QALPHA)
