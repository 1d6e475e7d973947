"""Low-level helpers: encodings, MIME tree rendering, time zones, identifiers.
Part of the train14 corpus generator (CC0 1.0)."""
import base64
import datetime as dt
import quopri
import string
import uuid

CRLF = '\r\n'

# MIME charset label -> Python codec
_CODECS = {'windows-874': 'cp874', 'ks_c_5601-1987': 'cp949', 'x-sjis': 'shift_jis',
           'tis-620': 'tis-620', 'us-ascii': 'ascii'}


def codec(cs):
    return _CODECS.get(cs.lower(), cs.lower())


def encodable(s, cs):
    try:
        s.encode(codec(cs))
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def fit_cs(s, cs, fallback='utf-8'):
    """Return cs if the text can be written in it, otherwise a fallback."""
    if is_ascii(s) and cs.lower() in ('us-ascii',):
        return cs
    return cs if encodable(s, cs) else fallback


# ---------------------------------------------------------------- headers
def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c == ' ':
            out.append('_')
        elif x < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % x)
    return ''.join(out)


def encoded_words(s, cs='UTF-8', mode='B', first=62, room=72):
    cod = codec(cs)
    over = len(cs) + 7

    def elen(t):
        b = t.encode(cod)
        return len(base64.b64encode(b)) if mode == 'B' else len(_q(b))
    words, chunk, limit = [], '', first
    for ch in s:
        if chunk and over + elen(chunk + ch) > limit:
            words.append(chunk)
            chunk, limit = ch, room
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    res = []
    for w in words:
        b = w.encode(cod)
        e = base64.b64encode(b).decode() if mode == 'B' else _q(b)
        res.append('=?%s?%s?%s?=' % (cs, mode, e))
    return res


def fold_ascii(name, value, width=78, cont=' '):
    """Fold an ASCII header at whitespace."""
    line = name + ': '
    out = []
    for i, tok in enumerate(value.split(' ')):
        piece = tok if i == 0 else ' ' + tok
        if len(line) + len(piece) > width and line.strip() and not line.endswith(': '):
            out.append(line)
            line = cont + tok
        else:
            line += piece
    out.append(line)
    return CRLF.join(out)


def hdr(name, value, cs='UTF-8', mode='B', cont=' '):
    """Header with RFC 2047 encoding when needed."""
    if is_ascii(value):
        return fold_ascii(name, value, cont=cont)
    if not encodable(value, cs):
        cs = 'UTF-8'
    words = encoded_words(value, cs, mode, first=74 - len(name) - 2)
    return name + ': ' + (CRLF + cont).join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs='UTF-8', mode='B', quote=False):
    if not name:
        return email
    if is_ascii(name):
        if quote or any(ch in _SPECIALS for ch in name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    if not encodable(name, cs):
        cs = 'UTF-8'
    return ' '.join(encoded_words(name, cs, mode, first=70, room=72)) + ' <%s>' % email


def addr_hdr(name, items, cont=' ', width=78):
    """items: already formatted address strings"""
    line = name + ': '
    out = []
    for i, it in enumerate(items):
        piece = it + (',' if i < len(items) - 1 else '')
        if len(line) + len(piece) + 1 > width and not line.endswith(': '):
            out.append(line.rstrip())
            line = cont + piece + ' '
        else:
            line += piece + ' '
    out.append(line.rstrip())
    return CRLF.join(out)


# ---------------------------------------------------------------- bodies
def cte_encode(b, cte):
    cte = cte.lower()
    if cte in ('7bit', '8bit', 'binary'):
        return b
    if cte == 'quoted-printable':
        lines = b.split(b'\r\n')
        enc = []
        for ln in lines:
            e = quopri.encodestring(ln)
            if e.endswith(b'\n') and not ln.endswith(b'\n'):
                e = e[:-1]
            enc.append(e.replace(b'\n', b'\r\n'))
        return b'\r\n'.join(enc)
    if cte == 'base64':
        return base64.encodebytes(b).replace(b'\n', b'\r\n')
    raise ValueError(cte)


def text_bytes(text, cs, lf=False):
    t = text.replace('\r\n', '\n')
    if not lf:
        t = t.replace('\n', '\r\n')
    return t.encode(codec(cs))


class Leaf:
    """A single MIME part. ctype is the full Content-Type value (params included)."""

    def __init__(self, ctype, text=None, cs='utf-8', cte='7bit', data=None, disp=None,
                 extra=None, cte_first=False, lf=False, pre=None):
        self.ctype, self.text, self.cs, self.cte = ctype, text, cs, cte
        self.data, self.disp, self.extra = data, disp, extra or []
        self.cte_first, self.lf, self.pre = cte_first, lf, pre or []

    def render(self):
        raw = self.data if self.data is not None else text_bytes(self.text, self.cs, self.lf)
        if self.cte.lower() == '7bit' and any(x > 127 for x in raw):
            self.cte = 'quoted-printable'
        body = cte_encode(raw, self.cte)
        h = list(self.pre)
        ct = 'Content-Type: ' + self.ctype
        cte = 'Content-Transfer-Encoding: ' + self.cte
        h += [cte, ct] if self.cte_first else [ct, cte]
        if self.disp:
            h.append('Content-Disposition: ' + self.disp)
        h += self.extra
        return h, body


class Multi:
    def __init__(self, subtype, parts, boundary, extra=None, preamble=None, ct_fold=True,
                 cte_first=False, pre=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.extra, self.preamble, self.ct_fold = extra or [], preamble, ct_fold
        self.cte_first, self.pre = cte_first, pre or []

    def render(self):
        sep = CRLF + '\t' if self.ct_fold else ' '
        if self.ct_fold == 'space':
            sep = CRLF + ' '
        h = list(self.pre)
        h.append('Content-Type: multipart/%s;%sboundary="%s"' % (self.subtype, sep, self.boundary))
        h += self.extra
        bb = self.boundary.encode()
        out = []
        if self.preamble:
            out.append(self.preamble.replace('\n', CRLF).encode() + b'\r\n')
        for p in self.parts:
            ph, pb = p.render()
            out.append(b'--' + bb + b'\r\n' + CRLF.join(ph).encode('ascii') + b'\r\n\r\n' + pb)
            if not pb.endswith(b'\r\n'):
                out.append(b'\r\n')
        out.append(b'--' + bb + b'--\r\n')
        return h, b''.join(out)


class Embedded:
    """message/rfc822 part holding complete message bytes."""

    def __init__(self, msg_bytes, disp=None, ctype='message/rfc822'):
        self.msg, self.disp, self.ctype = msg_bytes, disp, ctype

    def render(self):
        h = ['Content-Type: ' + self.ctype]
        if self.disp:
            h.append('Content-Disposition: ' + self.disp)
        return h, self.msg if self.msg.endswith(b'\r\n') else self.msg + b'\r\n'


def assemble(headers, node):
    nh, body = node.render()
    h = CRLF.join(headers + nh)
    try:
        head = h.encode('ascii')
    except UnicodeEncodeError as e:
        raise ValueError('non-ASCII header: %r' % h[max(0, e.start - 200):e.end + 50])
    return head + b'\r\n\r\n' + body


# ---------------------------------------------------------------- ids
def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars=string.ascii_letters + string.digits):
    return ''.join(rng.choice(chars) for _ in range(n))


def uid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64rand(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def qid(rng, year):
    if year >= 2019 and rng.random() < 0.6:
        return alnum(rng, 12, '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz')
    return hexs(rng, 10, upper=True)


# ---------------------------------------------------------------- time
UTC = dt.timezone.utc

# tzid: (std offset min, dst offset min or None, rule, std name, dst name, windows name)
TZ = {
    'UTC': (0, None, None, 'UTC', None, 'UTC'),
    'Europe/London': (0, 60, 'EU', 'GMT', 'BST', 'GMT Standard Time'),
    'Europe/Lisbon': (0, 60, 'EU', 'WET', 'WEST', 'GMT Standard Time'),
    'Europe/Berlin': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Vienna': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Zurich': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Amsterdam': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Rome': (60, 120, 'EU', 'CET', 'CEST', 'W. Europe Standard Time'),
    'Europe/Madrid': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Paris': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Brussels': (60, 120, 'EU', 'CET', 'CEST', 'Romance Standard Time'),
    'Europe/Warsaw': (60, 120, 'EU', 'CET', 'CEST', 'Central European Standard Time'),
    'Europe/Athens': (120, 180, 'EU', 'EET', 'EEST', 'GTB Standard Time'),
    'Asia/Jerusalem': (120, 180, 'IL', 'IST', 'IDT', 'Israel Standard Time'),
    'America/New_York': (-300, -240, 'US', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Chicago': (-360, -300, 'US', 'CST', 'CDT', 'Central Standard Time'),
    'America/Denver': (-420, -360, 'US', 'MST', 'MDT', 'Mountain Standard Time'),
    'America/Los_Angeles': (-480, -420, 'US', 'PST', 'PDT', 'Pacific Standard Time'),
    'America/Toronto': (-300, -240, 'US', 'EST', 'EDT', 'Eastern Standard Time'),
    'America/Sao_Paulo': (-180, None, None, '-03', None, 'E. South America Standard Time'),
    'America/Mexico_City': (-360, None, None, 'CST', None, 'Central Standard Time (Mexico)'),
    'Europe/Moscow': (180, None, None, 'MSK', None, 'Russian Standard Time'),
    'Europe/Istanbul': (180, None, None, '+03', None, 'Turkey Standard Time'),
    'Asia/Dubai': (240, None, None, '+04', None, 'Arabian Standard Time'),
    'Asia/Riyadh': (180, None, None, '+03', None, 'Arab Standard Time'),
    'Africa/Cairo': (120, None, None, 'EET', None, 'Egypt Standard Time'),
    'Africa/Lagos': (60, None, None, 'WAT', None, 'W. Central Africa Standard Time'),
    'Asia/Kolkata': (330, None, None, 'IST', None, 'India Standard Time'),
    'Asia/Bangkok': (420, None, None, '+07', None, 'SE Asia Standard Time'),
    'Asia/Shanghai': (480, None, None, 'CST', None, 'China Standard Time'),
    'Asia/Hong_Kong': (480, None, None, 'HKT', None, 'China Standard Time'),
    'Asia/Taipei': (480, None, None, 'CST', None, 'Taipei Standard Time'),
    'Asia/Singapore': (480, None, None, '+08', None, 'Singapore Standard Time'),
    'Asia/Tokyo': (540, None, None, 'JST', None, 'Tokyo Standard Time'),
    'Asia/Seoul': (540, None, None, 'KST', None, 'Korea Standard Time'),
    'Australia/Sydney': (600, 660, 'AU', 'AEST', 'AEDT', 'AUS Eastern Standard Time'),
}


def _nth(y, m, wd, n):
    """n-th weekday (Mon=0) of month; n=-1 for last."""
    if n > 0:
        d = dt.date(y, m, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nm = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return nm - dt.timedelta(days=(nm.weekday() - wd) % 7)


def is_dst(tz, local):
    rule = TZ[tz][2]
    d, y = local.date(), local.year
    if rule == 'EU':
        return _nth(y, 3, 6, -1) <= d < _nth(y, 10, 6, -1)
    if rule == 'US':
        return _nth(y, 3, 6, 2) <= d < _nth(y, 11, 6, 1)
    if rule == 'IL':
        return _nth(y, 3, 6, -1) - dt.timedelta(days=2) <= d < _nth(y, 10, 6, -1)
    if rule == 'AU':
        return not (_nth(y, 4, 6, 1) <= d < _nth(y, 10, 6, 1))
    return False


def offset(tz, local):
    std, dst = TZ[tz][0], TZ[tz][1]
    return dst if dst is not None and is_dst(tz, local) else std


def to_utc(local, tz):
    if tz is None:
        tz = 'UTC'
    return (local - dt.timedelta(minutes=offset(tz, local))).replace(tzinfo=UTC)


def to_local(utc_dt, tz):
    naive = utc_dt.astimezone(UTC).replace(tzinfo=None)
    guess = naive + dt.timedelta(minutes=TZ[tz][0])
    return naive + dt.timedelta(minutes=offset(tz, guess))


def ofs_str(mins, colon=False):
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s%02d%s%02d' % (sign, mins // 60, ':' if colon else '', mins % 60)


def rfc2822(utc_dt, tz='UTC', paren=False):
    local = to_local(utc_dt, tz)
    off = offset(tz, local)
    s = local.strftime('%a, %d %b %Y %H:%M:%S ') + ofs_str(off)
    if paren:
        s += ' (%s)' % (TZ[tz][4] if TZ[tz][1] is not None and off == TZ[tz][1] else TZ[tz][3])
    return s


def rfc2822_nopad(utc_dt, tz='UTC'):
    s = rfc2822(utc_dt, tz)
    return s[:5] + s[5:].lstrip('0')


def icsu(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def icsl(d):
    return d.strftime('%Y%m%dT%H%M%S')


def icsd(d):
    return d.strftime('%Y%m%d')
