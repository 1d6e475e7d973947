"""Low-level helpers for the train11 corpus: charsets, MIME leaves, iCalendar
rendering in the style of several real clients, transport headers.
Standard library only; every function is deterministic given its rng."""
import base64
import datetime as dt
import hashlib
import quopri
import struct
import zlib

CRLF = "\r\n"

CODECS = {
    'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'latin-1',
    'iso-8859-15': 'iso8859_15', 'windows-1252': 'cp1252',
    'iso-8859-2': 'iso8859_2', 'windows-1250': 'cp1250',
    'koi8-r': 'koi8_r', 'windows-1251': 'cp1251',
    'iso-8859-7': 'iso8859_7', 'windows-1253': 'cp1253',
    'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6',
    'windows-1255': 'cp1255', 'iso-8859-8-i': 'iso8859_8',
    'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5',
    'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
    'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'euc_kr', 'tis-620': 'tis_620',
    'iso-8859-9': 'iso8859_9', 'windows-1254': 'cp1254',
}

LEGACY = {
    'en': ['iso-8859-1', 'windows-1252', 'us-ascii'],
    'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-15', 'iso-8859-1', 'windows-1252'],
    'es': ['iso-8859-1', 'windows-1252'], 'it': ['iso-8859-1', 'windows-1252'],
    'pt': ['iso-8859-1', 'windows-1252'], 'nl': ['iso-8859-1', 'windows-1252'],
    'sv': ['iso-8859-1', 'windows-1252'],
    'pl': ['iso-8859-2', 'windows-1250'], 'ru': ['koi8-r', 'windows-1251'],
    'el': ['iso-8859-7', 'windows-1253'], 'ar': ['windows-1256', 'iso-8859-6'],
    'he': ['windows-1255', 'iso-8859-8-i'], 'zh': ['gb2312', 'gbk'],
    'zh-Hant': ['big5'], 'ja': ['iso-2022-jp', 'shift_jis'],
    'ko': ['ks_c_5601-1987', 'euc-kr'], 'hi': [], 'th': ['tis-620'],
    'tr': ['iso-8859-9', 'windows-1254'],
}


def can_encode(text, cs):
    try:
        text.encode(CODECS[cs.lower()])
        return True
    except UnicodeEncodeError:
        return False


TRANSLIT = {'\u2013': '-', '\u2014': '-', '\u2026': '...', '\u00b7': '-', '\u201c': '"', '\u201d': '"', '\u2019': "'",
            '\u2018': "'", '\u2192': '->', '\u20ac': 'EUR', '\u00bb': '"', '\u00ab': '"', '\u00a0': ' ', '\u2022': '*',
            '\uff5e': '~', '\u301c': '~'}


def enc(text, cs):
    codec = CODECS[cs.lower()]
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        t = ''.join(TRANSLIT.get(ch, ch) for ch in text)
        try:
            return t.encode(codec)
        except UnicodeEncodeError:
            return t.encode(codec, errors='replace')


def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


# ---------------------------------------------------------------- headers
def encoded_words(text, cs='utf-8', mode=None):
    """RFC 2047 encode `text` into one or more encoded words."""
    if is_ascii(text):
        return text
    if cs not in CODECS or not can_encode(text, cs):
        cs = 'utf-8'
    if mode is None:
        latin = sum(1 for ch in text if ord(ch) < 0x250) > 0.7 * len(text)
        mode = 'Q' if latin and cs != 'iso-2022-jp' else 'B'
    label = cs.upper() if cs not in ('utf-8',) else 'UTF-8'

    def one(w):
        raw = enc(w, cs)
        if mode == 'B':
            return '=?%s?B?%s?=' % (label, base64.b64encode(raw).decode())
        q = ''
        for b in raw:
            c = chr(b)
            if c == ' ':
                q += '_'
            elif (c.isalnum() or c in '-!*+/') and b < 128:
                q += c
            else:
                q += '=%02X' % b
        return '=?%s?Q?%s?=' % (label, q)
    out, chunk = [], ''
    for ch in text:
        if chunk and len(one(chunk + ch)) > 75:
            out.append(one(chunk))
            chunk = ''
        chunk += ch
    if chunk:
        out.append(one(chunk))
    return (CRLF + ' ').join(out)


def addr(name, address, cs='utf-8'):
    if not name:
        return address
    if is_ascii(name):
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return '%s <%s>' % (name, address)
    return '%s <%s>' % (encoded_words(name, cs), address)


def fold_header(name, value):
    """Fold a header at whitespace near 76 columns (values already encoded)."""
    line = '%s: %s' % (name, value)
    if len(line) <= 78 or CRLF in value:
        return line
    parts = line.split(' ')
    out, cur = [], parts[0]
    for p in parts[1:]:
        if len(cur) + 1 + len(p) > 76 and cur.strip() and cur != parts[0]:
            out.append(cur)
            cur = ' ' + p
        else:
            cur += ' ' + p
    out.append(cur)
    return CRLF.join(out)


# ---------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, data, charset=None, cte='7bit', params=None,
                 headers=None, bare_lf=False, quote_params=True):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.params = params or []
        self.headers = headers or []
        self.bare_lf = bare_lf
        self.quote_params = quote_params

    def render(self):
        ct = self.ctype
        q = '"' if self.quote_params else ''
        if self.charset:
            ct += '; charset=%s%s%s' % (q, self.charset, q)
        for k, v in self.params:
            if v is None:
                continue
            need = any(ch in v for ch in ' =/()<>@,;:\\"[]?')
            ct += '; %s=%s' % (k, ('"%s"' % v) if ((self.quote_params and k == 'name') or need) else v)
        hs = [fold_header('Content-Type', ct)]
        if self.cte:
            hs.append('Content-Transfer-Encoding: ' + self.cte)
        hs += self.headers
        if isinstance(self.data, str):
            text = self.data.replace('\r\n', '\n')
            eol = '\n' if self.bare_lf else '\r\n'
            raw = enc(text.replace('\n', eol), self.charset or 'utf-8') if self.cte in ('base64',) else None
            if self.cte == 'base64':
                body = b64(raw)
            elif self.cte == 'quoted-printable':
                body = qp(enc(text, self.charset or 'utf-8'))
            else:
                body = enc(text, self.charset or 'utf-8').replace(b'\n', b'\r\n')
        else:
            body = b64(self.data) if self.cte == 'base64' else self.data
        return (CRLF.join(hs) + CRLF + CRLF).encode('ascii') + body


def b64(raw):
    s = base64.encodebytes(raw).replace(b'\n', b'\r\n')
    return s


def qp(raw):
    out = quopri.encodestring(raw)
    out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    if not out.endswith(b'\r\n'):
        out += b'\r\n'
    return out


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, headers=None, preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params = params or []
        self.headers = headers or []
        self.preamble = preamble

    def head(self):
        ct = 'multipart/%s;' % self.subtype
        extra = ''.join('; %s=%s' % (k, v) for k, v in self.params)
        hs = ['Content-Type: multipart/%s%s;%s\tboundary="%s"' % (self.subtype, extra, CRLF, self.boundary)]
        return hs + self.headers

    def body(self):
        out = b''
        if self.preamble:
            out += self.preamble.encode('ascii') + b'\r\n'
        for p in self.parts:
            out += b'\r\n--' + self.boundary.encode() + b'\r\n' if out else b'--' + self.boundary.encode() + b'\r\n'
            out += p.render()
        out += b'\r\n--' + self.boundary.encode() + b'--\r\n'
        return out

    def render(self):
        return (CRLF.join(self.head()) + CRLF + CRLF).encode('ascii') + self.body()


def top_content(node):
    """Return (header lines, body bytes) for the top-level entity."""
    if isinstance(node, Multi):
        return node.head(), node.body()
    raw = node.render()
    head, body = raw.split(b'\r\n\r\n', 1)
    return head.decode('ascii').split(CRLF), body


# ---------------------------------------------------------------- time zones
TZ = {
    # iana: (windows name, std offset min, dst rule, std abbrev, dst abbrev)
    'Europe/Berlin': ('W. Europe Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Paris': ('Romance Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Stockholm': ('W. Europe Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 'eu', 'CET', 'CEST'),
    'Europe/London': ('GMT Standard Time', 0, 'eu', 'GMT', 'BST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 'eu', 'WET', 'WEST'),
    'Europe/Athens': ('GTB Standard Time', 120, 'eu', 'EET', 'EEST'),
    'Europe/Moscow': ('Russian Standard Time', 180, None, 'MSK', None),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, '+03', None),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 'eu', 'IST', 'IDT'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, '+03', None),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, '+04', None),
    'Asia/Kolkata': ('India Standard Time', 330, None, 'IST', None),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, '+07', None),
    'Asia/Shanghai': ('China Standard Time', 480, None, 'CST', None),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, 'CST', None),
    'Asia/Singapore': ('Singapore Standard Time', 480, None, '+08', None),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, 'JST', None),
    'Asia/Seoul': ('Korea Standard Time', 540, None, 'KST', None),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, '-03', None),
    'America/New_York': ('Eastern Standard Time', -300, 'us', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -360, 'us', 'CST', 'CDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, 'us', 'PST', 'PDT'),
}


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def utc_offset(tz, local):
    win, std, rule, a, b = TZ[tz]
    if rule == 'eu':
        s, e = _last_sunday(local.year, 3), _last_sunday(local.year, 10)
        if s <= local.date() < e:
            return std + 60, b
    elif rule == 'us':
        s, e = _nth_sunday(local.year, 3, 2), _nth_sunday(local.year, 11, 1)
        if s <= local.date() < e:
            return std + 60, b
    return std, a


def to_utc(tz, local):
    off, _ = utc_offset(tz, local)
    return local - dt.timedelta(minutes=off)


def fmt_off(m):
    sign = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (sign, m // 60, m % 60)


def vtimezone(tz, style):
    win, std, rule, a, b = TZ[tz]
    tzid = win if style == 'ms' else tz
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if style == 'ical':
        L.append('X-LIC-LOCATION:' + tz)
    if rule is None:
        if style == 'ms':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + a, 'DTSTART:19700101T000000', 'END:STANDARD']
        L.append('END:VTIMEZONE')
        return L
    if rule == 'eu':
        sm, sd, em, ed = 3, '-1SU', 10, '-1SU'
        sdt, edt = '19700329T020000', '19701025T030000'
    else:
        sm, sd, em, ed = 3, '2SU', 11, '1SU'
        sdt, edt = '19700308T020000', '19701101T020000'
    if style == 'ms':
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T%s' % ('030000' if rule == 'eu' else '020000'),
              'TZOFFSETFROM:' + fmt_off(std + 60), 'TZOFFSETTO:' + fmt_off(std),
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (ed, em), 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000',
              'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std + 60),
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (sd, sm), 'END:DAYLIGHT']
    else:
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std + 60),
              'TZNAME:' + b, 'DTSTART:' + sdt, 'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (sm, sd),
              'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std + 60),
              'TZOFFSETTO:' + fmt_off(std), 'TZNAME:' + a, 'DTSTART:' + edt,
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (em, ed), 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\r\n', '\n').replace('\n', '\\n'))


def esc_param(s):
    if any(c in s for c in ':;,'):
        return '"%s"' % s.replace('"', "'")
    return s


def fold(line, mode='std'):
    if mode == 'none':
        return line
    if mode == 'sloppy':
        # fold by characters (not octets), sometimes with a TAB continuation
        if len(line) <= 72:
            return line
        out = [line[i:i + 72] for i in range(0, len(line), 72)]
        return (CRLF + '\t').join(out)
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, cl, limit = [], '', 0, 75
    for ch in line:
        n = len(ch.encode('utf-8'))
        if cl + n > limit:
            out.append(cur)
            cur, cl, limit = ' ' + ch, 1 + n, 75
        else:
            cur += ch
            cl += n
    out.append(cur)
    return CRLF.join(out)


def ts(d):
    return d.strftime('%Y%m%dT%H%M%S')


def tsz(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def cal_text(lines, fold_mode='std', eol=CRLF):
    txt = CRLF.join(fold(l, fold_mode) for l in lines) + CRLF
    if eol != CRLF:
        txt = txt.replace(CRLF, eol)
    return txt


# ---------------------------------------------------------------- images
def png(width, height, pixels):
    """pixels: list of rows of 0/1 (1 = black). Greyscale 8-bit PNG."""
    raw = b''
    for row in pixels:
        raw += b'\x00' + bytes(0 if p else 255 for p in row)

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def qr_like_png(rng, modules=29, scale=4):
    """A QR-code-looking image (finder patterns + pseudo-random modules).
    It is a placeholder: it does not decode to a URL."""
    n = modules
    grid = [[rng.random() < 0.48 for _ in range(n)] for _ in range(n)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    on = (0 <= r <= 6 and 0 <= c <= 6 and
                          (r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4)))
                    grid[rr][cc] = on
    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    for i in range(8, n - 8):
        grid[6][i] = grid[i][6] = (i % 2 == 0)
    q = 4
    size = (n + 2 * q) * scale
    rows = []
    for y in range(size):
        my = y // scale - q
        row = []
        for x in range(size):
            mx = x // scale - q
            row.append(1 if (0 <= my < n and 0 <= mx < n and grid[my][mx]) else 0)
        rows.append(row)
    return png(size, size, rows)


def fake_pdf(title, lines):
    body = 'BT /F1 12 Tf 72 720 Td (%s) Tj ET' % title.encode('ascii', 'replace').decode()
    y = 700
    for ln in lines:
        body += ' BT /F1 10 Tf 72 %d Td (%s) Tj ET' % (y, ln.encode('ascii', 'replace').decode().replace('(', '[').replace(')', ']'))
        y -= 14
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(body), body),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = '%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    xref = len(out)
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += '%010d 00000 n \n' % o
    out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')


# ---------------------------------------------------------------- misc ids
def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def uuid4(rng, upper=False):
    h = hexid(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def dkim_header(rng, d, s, t, hlist, body_seed):
    bh = base64.b64encode(hashlib.sha256(body_seed.encode('utf-8')).digest()).decode()
    b = base64.b64encode(bytes(rng.randrange(256) for _ in range(256))).decode()
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;' % d,
             '\ts=%s; t=%d; x=%d;' % (s, t, t + 604800) if rng.random() < 0.3 else '\ts=%s; t=%d;' % (s, t),
             '\th=%s;' % hlist,
             '\tbh=%s;' % bh]
    bl = ['\tb=' + b[:70]] + ['\t ' + b[i:i + 72] for i in range(70, len(b), 72)]
    bl[-1] += ''
    return CRLF.join(lines + bl), b[:8]
