"""Building blocks for corpus/holdout6: encodings, iCalendar text, MIME trees, MX trace.

Everything is written by hand (no email.generator) so that output is byte-for-byte stable.
"""
import base64
import datetime as dt
import unicodedata

from langs import LANGS, LABELS

UTC = dt.timezone.utc
CRLF = '\r\n'

# ---------------------------------------------------------------- encodings

def qp_encode(data: bytes) -> str:
    """Quoted-printable (RFC 2045) of CRLF-separated text, soft breaks at 76."""
    out_lines = []
    for raw in data.split(b'\r\n'):
        enc = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc.append(chr(b))
            else:
                enc.append('=%02X' % b)
        line, cur = [], ''
        for tok in enc:
            if len(cur) + len(tok) > 75:
                line.append(cur + '=')
                cur = ''
            cur += tok
        line.append(cur)
        out_lines.extend(line)
    return CRLF.join(out_lines)


def b64_encode(data: bytes) -> str:
    s = base64.b64encode(data).decode('ascii')
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def to_crlf(text: str) -> str:
    return text.replace('\r\n', '\n').replace('\n', CRLF)


def encode_body(text: str, charset: str, cte: str) -> str:
    data = to_crlf(text).encode(charset)
    if cte == 'base64':
        return b64_encode(data)
    if cte == 'quoted-printable':
        return qp_encode(data)
    return data.decode('latin-1')  # 7bit/8bit: raw octets carried as latin-1 code points


def needs_encoding(s: str) -> bool:
    return any(ord(c) > 126 for c in s)


def ew(s: str, charset: str = 'utf-8', mode: str = 'B') -> str:
    """RFC 2047 encoded words, folded with CRLF SP; chunks split on character boundaries."""
    if not needs_encoding(s):
        return s
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, mode)
    budget = 75 - len(prefix) - 2

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == 'B':
            return base64.b64encode(b).decode('ascii')
        o = ''
        for x in b:
            c = chr(x)
            if c == ' ':
                o += '_'
            elif c.isalnum() and x < 128:
                o += c
            else:
                o += '=%02X' % x
        return o
    for ch in s:
        if len(enc(cur + ch)) > budget:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    return (CRLF + ' ').join(prefix + enc(w) + '?=' for w in words)


def addr(name: str, address: str, charset='utf-8', mode='B') -> str:
    if not name:
        return address
    if needs_encoding(name):
        return '%s <%s>' % (ew(name, charset, mode), address)
    if any(c in name for c in ',.;:()@"'):
        return '"%s" <%s>' % (name.replace('"', ''), address)
    return '%s <%s>' % (name, address)


def fold_header(name: str, value: str) -> str:
    """Fold a header at spaces near 78 columns (values already containing CRLF are kept)."""
    if CRLF in value:
        return '%s: %s' % (name, value)
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    parts, cur = [], ''
    for tok in line.split(' '):
        if cur and len(cur) + 1 + len(tok) > 76:
            parts.append(cur)
            cur = tok
        else:
            cur = (cur + ' ' + tok) if cur else tok
    parts.append(cur)
    return (CRLF + '\t').join(parts) if name.lower().startswith(('received', 'dkim', 'authentication')) else (CRLF + ' ').join(parts)


def ascii_fold(s: str) -> str:
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('Ł', 'L').replace('ł', 'l').replace('ı', 'i').replace('İ', 'I')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128)


# ---------------------------------------------------------------- dates

def rfc2822(d: dt.datetime) -> str:
    off = d.utcoffset() or dt.timedelta(0)
    sign = '+' if off >= dt.timedelta(0) else '-'
    mins = abs(int(off.total_seconds())) // 60
    return d.strftime('%a, %d %b %Y %H:%M:%S ') + '%s%02d%02d' % (sign, mins // 60, mins % 60)


def postfix_date(d: dt.datetime) -> str:
    # Postfix pads the day with a space: "Tue,  3 Mar 2020 10:11:12 +0000 (UTC)"
    return d.strftime('%a, ') + ('%2d' % d.day) + d.strftime(' %b %Y %H:%M:%S +0000 (UTC)')


def ics_utc(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(d: dt.datetime) -> str:
    return d.strftime('%Y%m%dT%H%M%S')


def ics_date(d: dt.datetime) -> str:
    return d.strftime('%Y%m%d')


# ---------------------------------------------------------------- time zones
# (tzid, windows name, std offset minutes, dst offset minutes or None, rule)
TZS = {
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Stockholm': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'Europe/London': ('GMT Standard Time', 0, 60, 'EU', 'GMT', 'BST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'EU', 'WET', 'WEST'),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, None, '+03', None),
    'Europe/Moscow': ('Russian Standard Time', 180, None, None, 'MSK', None),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'EU', 'IST', 'IDT'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, None, '+03', None),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, None, '+04', None),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, None, 'JST', None),
    'Asia/Shanghai': ('China Standard Time', 480, None, None, 'CST', None),
    'Asia/Seoul': ('Korea Standard Time', 540, None, None, 'KST', None),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'US', 'CST', 'CDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'US', 'PST', 'PDT'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, None, '-03', None),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'AU', 'AEST', 'AEDT'),
}

LANG_TZ = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney'],
    'de': ['Europe/Berlin'], 'fr': ['Europe/Paris'], 'es': ['Europe/Madrid'], 'it': ['Europe/Rome'],
    'pt': ['America/Sao_Paulo', 'Europe/Lisbon'], 'nl': ['Europe/Amsterdam'], 'pl': ['Europe/Warsaw'],
    'sv': ['Europe/Stockholm'], 'tr': ['Europe/Istanbul'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
    'ar': ['Asia/Riyadh', 'Asia/Dubai'], 'he': ['Asia/Jerusalem'], 'ja': ['Asia/Tokyo'], 'zh': ['Asia/Shanghai'],
    'ko': ['Asia/Seoul'],
}


def tz_offset(tzid: str, when: dt.datetime) -> int:
    _, std, dst, rule, _, _ = TZS[tzid]
    if dst is None:
        return std
    m = when.month
    if rule == 'AU':
        return dst if (m >= 10 or m <= 3) else std
    if rule == 'US':
        return dst if 3 < m < 11 or (m == 3 and when.day > 13) or (m == 11 and when.day < 3) else std
    return dst if 3 < m < 10 or (m == 3 and when.day > 27) or (m == 10 and when.day < 25) else std


def to_local(tzid: str, when_utc: dt.datetime) -> dt.datetime:
    off = tz_offset(tzid, when_utc)
    return (when_utc + dt.timedelta(minutes=off)).replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))


def _off(m: int) -> str:
    s = '+' if m >= 0 else '-'
    return '%s%02d%02d' % (s, abs(m) // 60, abs(m) % 60)


def vtimezone(tzid: str, windows=False) -> list:
    win, std, dst, rule, sn, dn = TZS[tzid]
    name = win if windows else tzid
    L = ['BEGIN:VTIMEZONE', 'TZID:' + name]
    if not windows:
        L.append('X-LIC-LOCATION:' + tzid)
    if dst is None:
        L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(std), 'TZNAME:' + sn,
              'DTSTART:' + ('16010101T000000' if windows else '19700101T000000'), 'END:STANDARD', 'END:VTIMEZONE']
        return L
    if rule == 'US':
        d_rule, s_rule, d_start, s_start = 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', '0308T020000', '1101T020000'
    elif rule == 'AU':
        d_rule, s_rule, d_start, s_start = 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', '1004T020000', '0405T030000'
    else:
        d_rule, s_rule, d_start, s_start = 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', '0329T020000', '1025T030000'
    base = '1601' if windows else '1970'
    L += ['BEGIN:STANDARD', 'DTSTART:' + base + s_start, 'TZOFFSETFROM:' + _off(dst), 'TZOFFSETTO:' + _off(std)]
    if not windows:
        L.append('TZNAME:' + sn)
    L += ['RRULE:' + s_rule, 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:' + base + d_start,
          'TZOFFSETFROM:' + _off(std), 'TZOFFSETTO:' + _off(dst)]
    if not windows:
        L.append('TZNAME:' + dn)
    L += ['RRULE:' + d_rule, 'END:DAYLIGHT', 'END:VTIMEZONE']
    return L


# ---------------------------------------------------------------- iCalendar text

def esc(s: str) -> str:
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\n').replace('\n', '\\n')


def fold_ics(line: str) -> list:
    b = line.encode('utf-8')
    if len(b) <= 75:
        return [line]
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur = ' '
            limit = 75
        cur += ch
    out.append(cur)
    return out


def ics_text(lines: list, fold=True) -> str:
    out = []
    for ln in lines:
        out.extend(fold_ics(ln) if fold else [ln])
    return CRLF.join(out) + CRLF


# ---------------------------------------------------------------- MIME tree

class Part:
    def __init__(self, ctype, body=None, parts=None, params=None, cte=None, headers=None, boundary=None):
        self.ctype = ctype
        self.body = body          # already transfer-encoded str
        self.parts = parts or []
        self.params = params or []
        self.cte = cte
        self.headers = headers or []
        self.boundary = boundary

    def header_lines(self):
        p = ''.join('; %s="%s"' % (k, v) if k in ('boundary', 'name', 'filename') or ' ' in v or '/' in v or '=' in v else '; %s=%s' % (k, v)
                    for k, v in self.params)
        if self.boundary:
            p += ';' + CRLF + '\tboundary="%s"' % self.boundary
        H = ['Content-Type: %s%s' % (self.ctype, p)]
        if self.cte:
            H.append('Content-Transfer-Encoding: ' + self.cte)
        H.extend(self.headers)
        return H

    def render_body(self):
        if self.parts:
            out = ''
            for sp in self.parts:
                out += '--' + self.boundary + CRLF + sp.render() + CRLF
            return out + '--' + self.boundary + '--' + CRLF
        body = self.body
        return body if body.endswith(CRLF) or body == '' else body + CRLF

    def render(self):
        return CRLF.join(self.header_lines()) + CRLF + CRLF + self.render_body()


def text_part(ctype, text, charset, cte, extra_params=None, headers=None):
    body = encode_body(text, charset, cte)
    params = [('charset', charset if ctype != 'text/html' or True else charset)] + (extra_params or [])
    return Part(ctype, body, params=params, cte=cte, headers=headers)


def html_from_text(text: str, lang='en', style='plain') -> str:
    import html as H
    paras = to_crlf(text).split(CRLF + CRLF)
    d = ' dir="rtl"' if lang in ('ar', 'he') else ''
    body = ''.join('<p>%s</p>' % H.escape(p).replace(CRLF, '<br>') for p in paras)
    if style == 'plain':
        return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body%s>%s</body></html>' % (d, body)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head><body style="margin:0;padding:0;background:#f4f5f7"%s><table role="presentation" width="100%%" '
            'cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;'
            'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222"><tr><td style="padding:24px">%s'
            '</td></tr></table></td></tr></table></body></html>') % (d, body)


def wrap_html(html: str) -> str:
    """Break long HTML into lines of at most ~200 chars at tag boundaries (8bit/QP safety)."""
    out, cur = [], ''
    for piece in html.replace('><', '>\n<').split('\n'):
        if len(cur) + len(piece) > 200:
            out.append(cur)
            cur = ''
        cur += piece
    out.append(cur)
    return '\n'.join(out)


def fmt_amount(lang, v, cur=None):
    if lang == 'en':
        sym = cur or '$'
        return '%s%s' % (sym, '{:,.2f}'.format(v))
    s = '{:,.2f}'.format(v).replace(',', 'X').replace('.', ',').replace('X', '.')
    cur_map = {'pt': 'R$ ', 'pl': ' zł', 'sv': ' kr', 'tr': ' TL', 'ru': ' ₽', 'ar': ' ر.س', 'he': ' ₪',
               'ja': '円', 'zh': '元', 'ko': '원'}
    if lang in ('ja', 'ko', 'zh'):
        return '{:,}'.format(int(v)) + cur_map[lang]
    if lang == 'pt':
        return 'R$ ' + s
    return s + cur_map.get(lang, ' €')


def fmt_date(lang, d):
    if lang == 'en':
        return d.strftime('%a %b ') + str(d.day) + d.strftime(', %Y')
    if lang in ('ja', 'zh', 'ko'):
        return d.strftime('%Y/%m/%d')
    return d.strftime('%d.%m.%Y') if lang in ('de', 'pl', 'ru', 'tr', 'nl') else d.strftime('%d/%m/%Y')
