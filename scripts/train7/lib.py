# SPDX-License-Identifier: CC0-1.0
# train7 corpus generator: message builder (headers, MIME, iCalendar). Python 3.11 stdlib only.
import base64
import binascii
import datetime as dt
import hashlib
import re
import uuid

import tz as TZ

CRLF = '\r\n'

# ---------------------------------------------------------------- people and languages

RCPT = {
    'en': [('Emily', 'Carter'), ('James', 'Whitfield'), ('Priya', 'Raman'), ('Daniel', 'Okafor'), ('Sarah', 'Lindqvist'),
           ('Michael', 'Brennan'), ('Laura', 'Mitchell'), ('Kevin', 'Nguyen'), ('Rachel', 'Adler'), ('Tom', 'Hargreaves'),
           ('Olivia', 'Grant'), ('Marcus', 'Bell'), ('Hannah', 'Kowalczyk'), ('Chris', 'Dempsey'), ('Aisha', 'Bello')],
    'de': [('Jonas', 'Becker'), ('Katrin', 'Hoffmann'), ('Stefan', 'Wagner'), ('Miriam', 'Schulte')],
    'fr': [('Camille', 'Durand'), ('Julien', 'Moreau'), ('Élodie', 'Fabre'), ('Nicolas', 'Lefèvre')],
    'es': [('Lucía', 'Romero'), ('Javier', 'Navarro'), ('Carmen', 'Ortega')],
    'it': [('Giulia', 'Ferrari'), ('Marco', 'Esposito'), ('Chiara', 'Ricci')],
    'nl': [('Sanne', 'de Vries'), ('Bram', 'Jansen'), ('Eva', 'Bakker')],
    'pt': [('Ana', 'Souza'), ('Rafael', 'Lima'), ('Beatriz', 'Carvalho')],
    'pl': [('Marta', 'Nowak'), ('Piotr', 'Zieliński'), ('Agnieszka', 'Wójcik')],
    'ru': [('Olga', 'Smirnova'), ('Dmitry', 'Volkov'), ('Irina', 'Kuznetsova')],
    'uk': [('Oksana', 'Melnyk'), ('Andriy', 'Bondarenko')],
    'tr': [('Elif', 'Yılmaz'), ('Mehmet', 'Kaya'), ('Zeynep', 'Demir')],
    'ja': [('Yuki', 'Tanaka'), ('Haruto', 'Ito'), ('Aoi', 'Suzuki')],
    'zh': [('Wei', 'Zhang'), ('Na', 'Li'), ('Jie', 'Chen')],
    'ko': [('Jiwoo', 'Park'), ('Minjun', 'Kim'), ('Seoyeon', 'Lee')],
    'ar': [('Omar', 'Haddad'), ('Layla', 'Mansour'), ('Youssef', 'Nasser')],
    'he': [('Noa', 'Levi'), ('Itai', 'Cohen')],
    'id': [('Dewi', 'Lestari'), ('Budi', 'Santoso')],
    'vi': [('Linh', 'Tran'), ('Minh', 'Nguyen')],
    'sv': [('Ebba', 'Lindgren'), ('Oskar', 'Nyström')],
    'cs': [('Tereza', 'Dvořáková'), ('Jakub', 'Novotný')],
    'ro': [('Ioana', 'Popescu'), ('Andrei', 'Ionescu')],
    'hi': [('Ananya', 'Sharma'), ('Rohan', 'Verma')],
    'th': [('Nattaya', 'Srisuk'), ('Somchai', 'Wongsa')],
}

# native spelling used when the message is in the name's language: (first, last, display name)
NATIVE = {
    ('Yuki', 'Tanaka'): ('由紀', '田中', '田中 由紀'), ('Haruto', 'Ito'): ('陽翔', '伊藤', '伊藤 陽翔'),
    ('Aoi', 'Suzuki'): ('葵', '鈴木', '鈴木 葵'),
    ('Wei', 'Zhang'): ('伟', '张', '张伟'), ('Na', 'Li'): ('娜', '李', '李娜'), ('Jie', 'Chen'): ('杰', '陈', '陈杰'),
    ('Jiwoo', 'Park'): ('지우', '박', '박지우'), ('Minjun', 'Kim'): ('민준', '김', '김민준'),
    ('Seoyeon', 'Lee'): ('서연', '이', '이서연'),
    ('Olga', 'Smirnova'): ('Ольга', 'Смирнова', 'Ольга Смирнова'), ('Dmitry', 'Volkov'): ('Дмитрий', 'Волков', 'Дмитрий Волков'),
    ('Irina', 'Kuznetsova'): ('Ирина', 'Кузнецова', 'Ирина Кузнецова'),
    ('Oksana', 'Melnyk'): ('Оксана', 'Мельник', 'Оксана Мельник'), ('Andriy', 'Bondarenko'): ('Андрій', 'Бондаренко', 'Андрій Бондаренко'),
    ('Omar', 'Haddad'): ('عمر', 'حداد', 'عمر حداد'), ('Layla', 'Mansour'): ('ليلى', 'منصور', 'ليلى منصور'),
    ('Youssef', 'Nasser'): ('يوسف', 'ناصر', 'يوسف ناصر'),
    ('Noa', 'Levi'): ('נועה', 'לוי', 'נועה לוי'), ('Itai', 'Cohen'): ('איתי', 'כהן', 'איתי כהן'),
    ('Ananya', 'Sharma'): ('अनन्या', 'शर्मा', 'अनन्या शर्मा'), ('Rohan', 'Verma'): ('रोहन', 'वर्मा', 'रोहन वर्मा'),
    ('Nattaya', 'Srisuk'): ('ณัฐธยา', 'ศรีสุข', 'ณัฐธยา ศรีสุข'), ('Somchai', 'Wongsa'): ('สมชาย', 'วงศ์สา', 'สมชาย วงศ์สา'),
}

OTHER_DOMAINS = ['homemail.test', 'kabelpost.example', 'famnet.test', 'webpost.example', 'inbox-family.test']

LANG_TZ = {
    'en': ['America/New_York', 'Europe/London', 'America/Chicago', 'America/Los_Angeles', 'Australia/Sydney', 'Europe/Dublin'],
    'de': ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'], 'fr': ['Europe/Paris', 'Europe/Brussels'],
    'es': ['Europe/Madrid', 'America/Mexico_City'], 'it': ['Europe/Rome'], 'nl': ['Europe/Amsterdam', 'Europe/Brussels'],
    'pt': ['America/Sao_Paulo'], 'pl': ['Europe/Warsaw'], 'ru': ['Europe/Moscow'], 'uk': ['Europe/Kyiv'],
    'tr': ['Europe/Istanbul'], 'ja': ['Asia/Tokyo'], 'zh': ['Asia/Shanghai', 'Asia/Hong_Kong'], 'ko': ['Asia/Seoul'],
    'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], 'he': ['Asia/Jerusalem'], 'id': ['Asia/Jakarta'],
    'vi': ['Asia/Ho_Chi_Minh'], 'sv': ['Europe/Stockholm'], 'cs': ['Europe/Prague'], 'ro': ['Europe/Bucharest'],
    'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'],
}

LANG_CONTENT = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'nl': 'nl-NL', 'pt': 'pt-BR',
                'pl': 'pl-PL', 'ru': 'ru-RU', 'uk': 'uk-UA', 'tr': 'tr-TR', 'ja': 'ja-JP', 'zh': 'zh-CN', 'ko': 'ko-KR',
                'ar': 'ar-SA', 'he': 'he-IL', 'id': 'id-ID', 'vi': 'vi-VN', 'sv': 'sv-SE', 'cs': 'cs-CZ', 'ro': 'ro-RO',
                'hi': 'hi-IN', 'th': 'th-TH'}

EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
EN_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(lang, d, us=True):
    if lang == 'en':
        if us:
            return '%s, %s %d' % (EN_DAY[d.weekday()], EN_MON[d.month - 1], d.day)
        return '%s %d %s' % (EN_DAY[d.weekday()], d.day, EN_MON[d.month - 1])
    if lang in ('ja', 'zh'):
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if lang == 'ko':
        return '%d년 %d월 %d일' % (d.year, d.month, d.day)
    if lang in ('sv',):
        return d.strftime('%Y-%m-%d')
    if lang == 'nl':
        return d.strftime('%d-%m-%Y')
    if lang == 'cs':
        return '%d. %d. %d' % (d.day, d.month, d.year)
    if lang in ('de', 'pl', 'ru', 'uk', 'tr', 'ro', 'he'):
        return d.strftime('%d.%m.%Y')
    return d.strftime('%d/%m/%Y')


def fmt_time(lang, d, us=True):
    if lang == 'en' and us:
        h = d.hour % 12 or 12
        return '%d:%02d %s' % (h, d.minute, 'AM' if d.hour < 12 else 'PM')
    if lang == 'fr':
        return '%dh%02d' % (d.hour, d.minute)
    return '%02d:%02d' % (d.hour, d.minute)


# ---------------------------------------------------------------- small helpers

def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64(data):
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(data):
    t = binascii.b2a_qp(data.replace(b'\r\n', b'\n'), quotetabs=False, istext=True, header=False)
    return t.decode('ascii').replace('\n', CRLF)


def ip(rng, net=None):
    net = net or rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 250))


def priv(rng):
    return rng.choice(['10.%d.%d.%d' % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 250)),
                       '192.168.%d.%d' % (rng.randint(0, 30), rng.randint(2, 250)),
                       '172.%d.%d.%d' % (rng.randint(16, 31), rng.randint(0, 254), rng.randint(2, 250))])


def rfcdate(utc, offmin):
    t = utc + dt.timedelta(minutes=offmin)
    s = '+' if offmin >= 0 else '-'
    o = abs(offmin)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][t.weekday()], t.day,
        ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.month - 1],
        t.year, t.hour, t.minute, t.second, s, o // 60, o % 60)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_words(text, cs, mode='B'):
    """RFC 2047 encoded words, each <= 75 chars, not splitting characters."""
    pycs = PYCS.get(cs.lower(), cs)
    words, cur = [], ''

    def enc(s):
        raw = s.encode(pycs)
        if mode == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode())
        out = []
        for b in raw:
            c = chr(b)
            if c == ' ':
                out.append('_')
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in '!*+-/' and b < 128:
                out.append(c)
            else:
                out.append('=%02X' % b)
        return '=?%s?Q?%s?=' % (cs, ''.join(out))

    for ch in text:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


PYCS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'euc-kr': 'euc_kr', 'gb2312': 'gb2312', 'gbk': 'gbk',
        'big5': 'big5', 'koi8-r': 'koi8_r', 'koi8-u': 'koi8_u', 'windows-1251': 'cp1251', 'windows-1250': 'cp1250',
        'windows-1252': 'cp1252', 'windows-1253': 'cp1253', 'windows-1254': 'cp1254', 'windows-1255': 'cp1255',
        'windows-1256': 'cp1256', 'windows-1257': 'cp1257', 'windows-874': 'cp874', 'tis-620': 'tis_620',
        'iso-8859-1': 'latin_1', 'iso-8859-2': 'iso8859_2', 'iso-8859-5': 'iso8859_5', 'iso-8859-6': 'iso8859_6',
        'iso-8859-7': 'iso8859_7', 'iso-8859-8': 'iso8859_8', 'iso-8859-9': 'iso8859_9', 'iso-8859-15': 'iso8859_15',
        'utf-8': 'utf-8', 'us-ascii': 'ascii', 'euc-jp': 'euc_jp'}


def encode_text(text, cs):
    return text.encode(PYCS.get(cs.lower(), cs))


def hdr_text(text, cs, mode='B'):
    """Header value (unstructured) possibly with encoded words; returns list of tokens to fold."""
    if is_ascii(text):
        return text
    return ' '.join(enc_words(text, cs, mode))


def addr(name, email, cs='utf-8', mode='B'):
    if not name:
        return email
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (' '.join(enc_words(name, cs, mode)), email)


def fold_header(name, value, width=78):
    """Fold at whitespace; existing CRLF in value is kept."""
    if CRLF in value:
        return '%s: %s' % (name, value)
    line = name + ': '
    out = []
    tokens = value.split(' ')
    cur = line
    first = True
    for t in tokens:
        if first:
            cur += t
            first = False
            continue
        if len(cur) + 1 + len(t) > width and cur.strip():
            out.append(cur)
            cur = ' ' + t
        else:
            cur += ' ' + t
    out.append(cur)
    return CRLF.join(out)


# ---------------------------------------------------------------- iCalendar

def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\n').replace('\n', '\\n')


def fold_line(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return [line]
    out = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
        limit = 74
    out.append(b.decode('utf-8'))
    return [out[0]] + [' ' + x for x in out[1:]]


def ics_dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


# ---------------------------------------------------------------- MIME tree

class Part:
    def __init__(self, ctype, body=b'', cte=None, headers=None, parts=None, boundary=None, preamble=None):
        self.ctype = ctype
        self.body = body
        self.cte = cte
        self.headers = headers or []
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def header_lines(self):
        L = []
        if self.parts is not None:
            L.append(fold_header('Content-Type', '%s; boundary="%s"' % (self.ctype, self.boundary)))
        else:
            L.append(fold_header('Content-Type', self.ctype))
        if self.cte:
            L.append('Content-Transfer-Encoding: ' + self.cte)
        L.extend(self.headers)
        return L

    def body_text(self):
        if self.parts is not None:
            out = []
            if self.preamble:
                out.append(self.preamble + CRLF)
            for p in self.parts:
                out.append('--' + self.boundary + CRLF)
                out.append(CRLF.join(p.header_lines()) + CRLF + CRLF)
                out.append(p.body_text())
                out.append(CRLF)
            out.append('--' + self.boundary + '--' + CRLF)
            return ''.join(out)
        return self.body


def leaf(ctype, data, cte, headers=None):
    """data: bytes (already in target charset). Returns Part with encoded body as str (latin-1 carrier)."""
    if cte == 'base64':
        body = b64(data) + CRLF
    elif cte == 'quoted-printable':
        body = qp(data)
        if not body.endswith(CRLF):
            body += CRLF
    else:
        body = data.decode('latin-1').replace('\r\n', '\n').replace('\n', CRLF)
        if not body.endswith(CRLF):
            body += CRLF
    return Part(ctype, body, cte, headers)


def serialize(headers, root):
    """headers: list of already-folded header lines (str). Returns bytes (latin-1 carrier for 8-bit)."""
    out = CRLF.join(headers) + CRLF
    out += CRLF.join(root.header_lines()) + CRLF + CRLF
    out += root.body_text()
    return out.encode('latin-1')
