"""Core helpers for the holdout21 generator: random ids, dates, time zones,
iCalendar serialisation and a small hand-written MIME serialiser (CRLF)."""
import base64
import datetime as _dt
import unicodedata
import uuid

CRLF = '\r\n'
D = _dt.datetime
TD = _dt.timedelta

# --------------------------------------------------------------------------- ids

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def uid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def hexs(rng, n, upper=False):
    s = '%0*x' % (n, rng.getrandbits(4 * n))
    return s.upper() if upper else s


def rstr(rng, n, chars=ALNUM):
    return ''.join(rng.choice(chars) for _ in range(n))


def digits(rng, n):
    return str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(n - 1))


def b64r(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def ip4(rng):
    return '%s.%d' % (rng.choice(['192.0.2', '198.51.100', '203.0.113']), rng.randint(2, 254))


def ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('ß', 'ss')
    return s.encode('ascii', 'ignore').decode()


def slug(s):
    s = ascii_fold(s).lower()
    out = []
    for c in s:
        if c.isalnum():
            out.append(c)
        elif out and out[-1] != '-':
            out.append('-')
    return ''.join(out).strip('-')

# --------------------------------------------------------------------------- dates

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(utc, off_min=0, comment=None):
    loc = utc + TD(minutes=off_min)
    sign = '+' if off_min >= 0 else '-'
    a = abs(off_min)
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (WD[loc.weekday()], loc.day, MO[loc.month - 1], loc.year,
                                                    loc.hour, loc.minute, loc.second, sign, a // 60, a % 60)
    if comment:
        s += ' (%s)' % comment
    return s


def icsdt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def icsutc(d):
    return icsdt(d) + 'Z'

# (windows name, std offset min, dst offset min, rule, std abbrev, dst abbrev)
TZ = {
    'UTC': ('UTC', 0, 0, None, 'UTC', 'UTC'),
    'Europe/London': ('GMT Standard Time', 0, 60, 'EU', 'GMT', 'BST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'EU', 'WET', 'WEST'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Zurich': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'EU', 'IST', 'IDT'),
    'Europe/Istanbul': ('Turkey Standard Time', 180, 180, None, '+03', '+03'),
    'Europe/Moscow': ('Russian Standard Time', 180, 180, None, 'MSK', 'MSK'),
    'Asia/Riyadh': ('Arab Standard Time', 180, 180, None, '+03', '+03'),
    'Asia/Dubai': ('Arabian Standard Time', 240, 240, None, '+04', '+04'),
    'Africa/Cairo': ('Egypt Standard Time', 120, 120, None, 'EET', 'EET'),
    'Asia/Kolkata': ('India Standard Time', 330, 330, None, 'IST', 'IST'),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, 420, None, '+07', '+07'),
    'Asia/Shanghai': ('China Standard Time', 480, 480, None, 'CST', 'CST'),
    'Asia/Taipei': ('Taipei Standard Time', 480, 480, None, 'CST', 'CST'),
    'Asia/Singapore': ('Singapore Standard Time', 480, 480, None, '+08', '+08'),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, 540, None, 'JST', 'JST'),
    'Asia/Seoul': ('Korea Standard Time', 540, 540, None, 'KST', 'KST'),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'US', 'CST', 'CDT'),
    'America/Denver': ('Mountain Standard Time', -420, -360, 'US', 'MST', 'MDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'US', 'PST', 'PDT'),
    'America/Toronto': ('Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, -180, None, '-03', '-03'),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, -360, None, 'CST', 'CST'),
}

LANG_TZ = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/London',
           'America/Denver', 'Asia/Singapore', 'America/Toronto'],
    'fr': ['Europe/Paris', 'Europe/Paris', 'Europe/Brussels'],
    'de': ['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
    'es': ['Europe/Madrid', 'Europe/Madrid', 'America/Mexico_City'],
    'it': ['Europe/Rome'],
    'pt': ['America/Sao_Paulo', 'Europe/Lisbon'],
    'nl': ['Europe/Amsterdam', 'Europe/Brussels'],
    'pl': ['Europe/Warsaw'],
    'tr': ['Europe/Istanbul'],
    'ru': ['Europe/Moscow'],
    'el': ['Europe/Athens'],
    'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'],
    'he': ['Asia/Jerusalem'],
    'zh': ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Taipei'],
    'ja': ['Asia/Tokyo'],
    'ko': ['Asia/Seoul'],
    'hi': ['Asia/Kolkata'],
    'th': ['Asia/Bangkok'],
}


def _last_sunday(y, m):
    d = D(y, m + 1, 1) - TD(days=1) if m < 12 else D(y, 12, 31)
    while d.weekday() != 6:
        d -= TD(days=1)
    return d.day


def _nth_sunday(y, m, n):
    d = D(y, m, 1)
    while d.weekday() != 6:
        d += TD(days=1)
    return (d + TD(days=7 * (n - 1))).day


def is_dst_local(tz, local):
    win, std, dst, rule, sn, dn = TZ[tz]
    y = local.year
    if rule == 'EU':
        start = D(y, 3, _last_sunday(y, 3), 1) + TD(minutes=std)
        end = D(y, 10, _last_sunday(y, 10), 1) + TD(minutes=dst)
    elif rule == 'US':
        start = D(y, 3, _nth_sunday(y, 3, 2), 2)
        end = D(y, 11, _nth_sunday(y, 11, 1), 2)
    else:
        return False
    return start <= local < end


def tz_offset(tz, local):
    win, std, dst, rule, sn, dn = TZ[tz]
    return dst if is_dst_local(tz, local) else std


def tz_abbrev(tz, local):
    win, std, dst, rule, sn, dn = TZ[tz]
    return dn if is_dst_local(tz, local) else sn


def to_utc(tz, local):
    return local - TD(minutes=tz_offset(tz, local))


def from_utc(tz, utc):
    win, std, dst, rule, sn, dn = TZ[tz]
    loc = utc + TD(minutes=std)
    if rule and is_dst_local(tz, loc + TD(minutes=dst - std)):
        loc = loc + TD(minutes=dst - std)
    return loc


def offs(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (s, m // 60, m % 60)


def vtimezone(tz, style):
    """Return list of lines of a VTIMEZONE block in the given client style."""
    win, std, dst, rule, sn, dn = TZ[tz]
    L = ['BEGIN:VTIMEZONE']
    ms = style in ('exchange', 'outlook', 'teams')
    if ms:
        L.append('TZID:' + win)
    elif style == 'zimbra-old':
        sign = '+' if std >= 0 else '-'
        L.append('TZID:(GMT%s%02d.%02d) %s' % (sign, abs(std) // 60, abs(std) % 60, tz.split('/')[-1].replace('_', ' ')))
    else:
        L.append('TZID:' + tz)
    if style in ('google', 'thunderbird', 'sogo'):
        L.append('X-LIC-LOCATION:' + tz)
    if rule == 'EU':
        dst_start_local = 1 + std // 60
        std_start_local = 1 + dst // 60
        d_rr, s_rr = ('3', '-1SU'), ('10', '-1SU')
        d_date, s_date = ('0329', '1025')
    elif rule == 'US':
        dst_start_local = 2
        std_start_local = 2
        d_rr, s_rr = ('3', '2SU'), ('11', '1SU')
        d_date, s_date = ('0308', '1101')
    if rule:
        if ms:
            blocks = [('STANDARD', dst, std, s_rr, std_start_local), ('DAYLIGHT', std, dst, d_rr, dst_start_local)]
            for kind, ofrom, oto, rr, h in blocks:
                L += ['BEGIN:' + kind, 'DTSTART:16010101T%02d0000' % h, 'TZOFFSETFROM:' + offs(ofrom),
                      'TZOFFSETTO:' + offs(oto),
                      'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (rr[1], rr[0]), 'END:' + kind]
        elif style.startswith('zimbra'):
            blocks = [('STANDARD', dst, std, s_rr, std_start_local, sn), ('DAYLIGHT', std, dst, d_rr, dst_start_local, dn)]
            for kind, ofrom, oto, rr, h, nm in blocks:
                L += ['BEGIN:' + kind, 'DTSTART:16010101T%02d0000' % h, 'TZOFFSETTO:' + offs(oto),
                      'TZOFFSETFROM:' + offs(ofrom),
                      'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%s;BYDAY=%s' % (rr[0], rr[1]),
                      'TZNAME:' + nm, 'END:' + kind]
        else:
            base = '1970' if style != 'apple' else ('1981' if rule == 'EU' else '2007')
            if style == 'apple' and rule == 'US':
                d_date, s_date = '0311', '1104'
            elif style == 'apple':
                d_date, s_date = '0329', '0927' if False else '1025'
            L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + offs(std), 'TZOFFSETTO:' + offs(dst), 'TZNAME:' + dn,
                  'DTSTART:%s%sT%02d0000' % (base, d_date, dst_start_local),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % d_rr, 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:' + offs(dst), 'TZOFFSETTO:' + offs(std), 'TZNAME:' + sn,
                  'DTSTART:%s%sT%02d0000' % (base, s_date, std_start_local),
                  'RRULE:FREQ=YEARLY;BYMONTH=%s;BYDAY=%s' % s_rr, 'END:STANDARD']
    else:
        if ms:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + offs(std), 'TZOFFSETTO:' + offs(std),
                  'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + offs(std),
                  'TZOFFSETTO:' + offs(std), 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + offs(std), 'TZOFFSETTO:' + offs(std), 'TZNAME:' + sn,
                  'DTSTART:19700101T000000', 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L

# --------------------------------------------------------------------------- iCalendar


def esc(s, sloppy=False):
    s = s.replace('\\', '\\\\').replace(';', '\\;')
    if not sloppy:
        s = s.replace(',', '\\,')
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def qparam(v, always=False):
    if always or any(c in v for c in ':;,'):
        return '"%s"' % v.replace('"', "'")
    return v


def fold_line(line, mode):
    """Fold one content line; returns bytes WITHOUT line terminator (continuations joined by CRLF)."""
    b = line.encode('utf-8')
    if mode == 'none' or len(b) <= 75:
        return [b]
    if mode == 'bytes':            # split at octet 75 even inside a UTF-8 sequence (sloppy generators)
        out = [b[:75]]
        rest = b[75:]
        while rest:
            out.append(b' ' + rest[:74])
            rest = rest[74:]
        return out
    if mode == 'chars':            # 75 characters, ignoring octets (sloppy for non-ASCII)
        out = [line[:75].encode()]
        rest = line[75:]
        while rest:
            out.append((' ' + rest[:74]).encode())
            rest = rest[74:]
        return out
    lead = b'\t' if mode == 'tab' else b' '
    limit = 73 if mode == 'short' else 75
    out, cur, n = [], [], 0
    first = True
    for ch in line:
        cb = ch.encode('utf-8')
        cap = limit if first else limit - 1
        if n + len(cb) > cap:
            out.append((b'' if first else lead) + b''.join(cur))
            cur, n, first = [], 0, False
        cur.append(cb)
        n += len(cb)
    out.append((b'' if first else lead) + b''.join(cur))
    return out


def serialize_ics(lines, fold='std', nl='\r\n'):
    nlb = nl.encode()
    res = []
    for ln in lines:
        res.extend(fold_line(ln, fold))
    return nlb.join(res) + nlb

# --------------------------------------------------------------------------- MIME

CODEC = {'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949', 'us-ascii': 'ascii', 'x-sjis': 'shift_jis',
         'iso-8859-8-i': 'iso-8859-8', 'unicode-1-1-utf-7': 'utf-7'}


def codec(label):
    return CODEC.get(label.lower(), label.lower())


def can_encode(text, label):
    try:
        text.encode(codec(label))
        return True
    except (UnicodeError, LookupError):
        return False


def enc_qp(data, is_text=True):
    out_lines = []
    lines = data.split(b'\r\n') if is_text else [data]
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i < len(line) - 1):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + '=')
                cur = t
            else:
                cur += t
        out_lines.append(cur)
    return '\r\n'.join(out_lines).encode('ascii')


def enc_b64(data):
    return base64.encodebytes(data).replace(b'\n', b'\r\n').rstrip(b'\r\n')


def norm_nl(text):
    return text.replace('\r\n', '\n').replace('\r', '\n').replace('\n', '\r\n')


def encode_body(data, cte):
    cte = (cte or '7bit').lower()
    if cte == 'base64':
        return enc_b64(data)
    if cte == 'quoted-printable':
        return enc_qp(data)
    return data.rstrip(b'\r\n')


class Part:
    def __init__(self, ctype, params=None, body=b'', cte=None, headers=None, parts=None, boundary=None,
                 preamble=None, param_style='auto'):
        self.ctype = ctype
        self.params = list(params or [])
        self.body = body
        self.cte = cte
        self.headers = list(headers or [])
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.param_style = param_style


def text_part(ctype, text, charset, cte, params=None, headers=None, raw_lf=False, param_style='auto'):
    data = text if isinstance(text, bytes) else (norm_nl(text) if not raw_lf else text).encode(codec(charset))
    p = [('charset', charset)] if charset else []
    p += list(params or [])
    return Part(ctype, p, encode_body(data, cte), cte, headers, param_style=param_style)


def bin_part(ctype, data, cte='base64', params=None, headers=None, param_style='auto'):
    return Part(ctype, params, encode_body(data, cte), cte, headers, param_style=param_style)


def fmt_params(ctype, params, style='auto'):
    items = []
    for k, v in params:
        if v is None:
            continue
        if style == 'quoted' or (style == 'auto' and (k in ('boundary', 'name', 'filename') or
                                                      any(c in v for c in ' ()<>@,;:\\"/[]?='))):
            items.append('%s="%s"' % (k, v))
        else:
            items.append('%s=%s' % (k, v))
    one = ctype + ''.join('; ' + i for i in items)
    if len(one) + 14 <= 78:
        return one
    return ctype + ''.join(';\r\n\t' + i for i in items)


def ser_part(p):
    hdr = ['Content-Type: ' + fmt_params(p.ctype, p.params + ([('boundary', p.boundary)] if p.parts else []),
                                          p.param_style)]
    if p.cte:
        hdr.append('Content-Transfer-Encoding: ' + p.cte)
    for n, v in p.headers:
        hdr.append('%s: %s' % (n, v))
    head = CRLF.join(hdr).encode('utf-8') + b'\r\n\r\n'
    if p.parts is None:
        return head + p.body
    bd = p.boundary.encode()
    body = b''
    if p.preamble:
        body += p.preamble.encode() + b'\r\n'
    for sp in p.parts:
        body += b'--' + bd + b'\r\n' + ser_part(sp) + b'\r\n'
    body += b'--' + bd + b'--'
    return head + body


def ser_message(top_headers, root):
    """top_headers: list of (name, value) strings; root: Part (its content headers follow top headers)."""
    head = CRLF.join('%s: %s' % (n, v) for n, v in top_headers).encode('utf-8')
    return head + b'\r\n' + ser_part(root) + b'\r\n'

# --------------------------------------------------------------------------- header encoding


def _ew(chunk, label, mode):
    data = chunk.encode(codec(label))
    if mode == 'b':
        return '=?%s?B?%s?=' % (label, base64.b64encode(data).decode())
    out = []
    for b in data:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == ' ':
            out.append('_')
        elif c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (label, ''.join(out))


def encword(s, label='utf-8', mode='b', raw=False):
    """RFC 2047 encode a header text if non-ASCII. raw=True leaves 8-bit text as is (sloppy senders)."""
    if s.isascii() or raw:
        return s
    if not can_encode(s, label):
        label = 'utf-8'
    words, cur = [], ''
    for ch in s:
        cand = cur + ch
        if cur and len(_ew(cand, label, mode)) > 72:
            words.append(_ew(cur, label, mode))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_ew(cur, label, mode))
    return '\r\n '.join(words)


SPECIALS = '()<>[]:;@\\,."'


def addr(name, address, label='utf-8', mode='b', raw=False):
    if not name:
        return '<%s>' % address if False else address
    if not name.isascii() and not raw:
        return '%s <%s>' % (encword(name, label, mode), address)
    if any(c in name for c in SPECIALS):
        return '"%s" <%s>' % (name.replace('"', ''), address)
    return '%s <%s>' % (name, address)


def addr_list(items, label='utf-8', mode='b'):
    parts = [addr(n, a, label, mode) for n, a in items]
    out, line = [], 4
    s = ''
    for i, p in enumerate(parts):
        sep = '' if i == 0 else ','
        if i and line + len(p) + 2 > 76:
            s += sep + '\r\n\t' + p
            line = len(p) + 8
        else:
            s += sep + (' ' if i else '') + p
            line += len(p) + 2
    return s


def fold_plain(value, width=76):
    """Fold a long unstructured ASCII header value at spaces."""
    words = value.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\r\n '.join(lines)
