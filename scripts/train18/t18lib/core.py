"""Low-level helpers: randomness, MIME serialisation, header encoding, auth headers.
Everything is written by hand so that layout, folding and line ends are under control."""
import base64
import binascii
import datetime as dt
import random
import uuid

rng = random.Random(0)


def seed(n):
    rng.seed(n)


# ---------------------------------------------------------------- random bits
def pick(seq):
    return seq[rng.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def chance(p):
    return rng.random() < p


def hexs(n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ALNUM(n):
    return alnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def mixed(n):
    return alnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')


def digits(n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def b64rand(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4(upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def doc_ip():
    net = pick(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 254))


def doc_ip6():
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def queue_id():
    return hexs(rng.choice([10, 11, 12]), upper=True)


# ---------------------------------------------------------------- dates
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc2822(utc, offset_min=0, paren=None):
    loc = utc + dt.timedelta(minutes=offset_min)
    sign = '+' if offset_min >= 0 else '-'
    o = abs(offset_min)
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (WD[loc.weekday()], loc.day, MON[loc.month - 1], loc.year,
                                                   loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if paren:
        s += ' (%s)' % paren
    return s


def ical_utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def ical_local(d):
    return d.strftime('%Y%m%dT%H%M%S')


# ---------------------------------------------------------------- charsets
CODEC = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15',
    'windows-1252': 'cp1252', 'iso-8859-2': 'iso8859_2', 'windows-1250': 'cp1250', 'koi8-r': 'koi8_r',
    'windows-1251': 'cp1251', 'iso-8859-5': 'iso8859_5', 'iso-8859-7': 'iso8859_7', 'windows-1253': 'cp1253',
    'iso-8859-6': 'iso8859_6', 'windows-1256': 'cp1256', 'iso-8859-8': 'iso8859_8', 'iso-8859-8-i': 'iso8859_8',
    'windows-1255': 'cp1255', 'gb2312': 'gb2312', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5',
    'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'euc-jp': 'euc_jp', 'euc-kr': 'euc_kr',
    'ks_c_5601-1987': 'euc_kr', 'tis-620': 'tis_620', 'windows-874': 'cp874', 'iso-8859-9': 'iso8859_9',
    'windows-1254': 'cp1254',
}


def codec(label):
    return CODEC.get(label.lower(), label)


def encodable(text, label):
    try:
        text.encode(codec(label))
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and c < 128 or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def enc_words(text, label='utf-8', mode='B', maxlen=75):
    cdc = codec(label)

    def mk(s):
        b = s.encode(cdc)
        p = base64.b64encode(b).decode() if mode == 'B' else _qword(b)
        return '=?%s?%s?%s?=' % (label, mode, p)

    words, chunk = [], ''
    for ch in text:
        if chunk and len(mk(chunk + ch)) > maxlen:
            words.append(mk(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(mk(chunk))
    return words


def hdr_text(text, label='utf-8', mode='B'):
    """Encode an unstructured header value (RFC 2047) and fold it."""
    if is_ascii(text):
        return fold_plain(text)
    if not encodable(text, label):
        label = 'utf-8'
    return '\r\n '.join(enc_words(text, label, mode))


def fold_plain(text, width=78, first=0):
    if len(text) + first <= width:
        return text
    words = text.split(' ')
    lines, cur = [], ''
    lim = width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\r\n '.join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, label='utf-8', mode='B', quote_always=False):
    if not name:
        return '<%s>' % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', "'"), email)
        return '%s <%s>' % (name, email)
    if not encodable(name, label):
        label = 'utf-8'
    return '%s <%s>' % (' '.join(enc_words(name, label, mode)), email)


def addr_list(items, label='utf-8', mode='B', quote_always=False):
    """items: list of (name, email). Returns folded header value."""
    parts = [addr(n, e, label, mode, quote_always) for n, e in items]
    out, linelen = '', 4
    for i, p in enumerate(parts):
        sep = ', ' if i else ''
        if i and linelen + len(sep) + len(p.split('\r\n')[0]) > 76:
            out += ',\r\n\t' + p
            linelen = 1 + len(p.split('\r\n')[-1])
        else:
            out += sep + p
            linelen += len(sep) + len(p.split('\r\n')[-1]) if '\r\n' not in p else len(p.split('\r\n')[-1])
    return out


# ---------------------------------------------------------------- MIME parts
def _crlf(text):
    return text.replace('\r\n', '\n').replace('\r', '\n').replace('\n', '\r\n')


def encode_body(data, cte):
    """data: bytes with CRLF line ends (or bare LF deliberately). Returns encoded bytes ending with CRLF."""
    if cte == 'base64':
        b = base64.b64encode(data)
        lines = [b[i:i + 76] for i in range(0, len(b), 76)]
        return b'\r\n'.join(lines) + b'\r\n'
    if cte == 'quoted-printable':
        out = []
        for line in data.split(b'\r\n'):
            q = binascii.b2a_qp(line, quotetabs=False, istext=True, header=False)
            out.append(q.replace(b'\n', b'\r\n'))
        res = b'\r\n'.join(out)
        if not res.endswith(b'\r\n'):
            res += b'\r\n'
        return res
    if not data.endswith(b'\r\n'):
        data += b'\r\n'
    return data


class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes (already encoded) for leaves
        self.children = children        # list of Part for multipart
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def serialize_body(self):
        if self.children is None:
            return self.body
        out = b''
        if self.preamble:
            out += self.preamble.encode() + b'\r\n'
        bnd = self.boundary.encode()
        for ch in self.children:
            out += b'\r\n--' + bnd + b'\r\n' if out else b'--' + bnd + b'\r\n'
            out += ser_headers(ch.headers) + b'\r\n' + ch.serialize_body()
            if out.endswith(b'\r\n'):
                out = out[:-2]
        out += b'\r\n--' + bnd + b'--\r\n'
        if self.epilogue:
            out += self.epilogue.encode() + b'\r\n'
        return out


def ser_headers(headers):
    out = b''
    for k, v in headers:
        val = v if isinstance(v, bytes) else v.encode('utf-8')
        val = val.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        out += k.encode() + b': ' + val + b'\r\n'
    return out


def leaf(ctype, text=None, data=None, charset=None, cte='7bit', extra=None, bare_lf=False,
         ctype_raw=None, cte_header=True):
    """Build a leaf part. ctype like 'text/plain'; params appended. Returns Part.
    If charset can't encode the text, falls back to utf-8."""
    if text is not None:
        if charset and not encodable(text, charset):
            charset = 'utf-8'
        t = _crlf(text)
        if bare_lf:
            t = t.replace('\r\n', '\n')
        data = t.encode(codec(charset or 'us-ascii'))
        if cte in ('7bit',) and any(b > 127 for b in data):
            cte = 'quoted-printable' if charset != 'iso-2022-jp' else '7bit'
    if ctype_raw:
        ct = ctype_raw.replace('{charset}', charset or 'us-ascii')
    else:
        ct = ctype + ('; charset="%s"' % charset if charset else '')
    hdrs = [('Content-Type', ct)]
    if cte_header:
        hdrs.append(('Content-Transfer-Encoding', cte))
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype, children, boundary, preamble=None, extra=None, params=''):
    hdrs = [('Content-Type', 'multipart/%s;%s\r\n\tboundary="%s"' % (subtype, params, boundary))]
    if extra:
        hdrs.extend(extra)
    return Part(hdrs, children=children, boundary=boundary, preamble=preamble)


def message_bytes(headers, part):
    """Top-level: headers + part headers + body."""
    return ser_headers(headers + part.headers) + b'\r\n' + part.serialize_body()


# ---------------------------------------------------------------- DKIM / auth
def org_domain(d):
    d = d.lower().strip('.')
    labels = d.split('.')
    if len(labels) >= 3 and labels[-2] in ('co', 'com', 'org', 'net', 'ac', 'gov', 'ne', 'or', 'edu') and len(labels[-1]) == 2:
        return '.'.join(labels[-3:])
    return '.'.join(labels[-2:])


def dkim_header(d, s, headers_signed, t_epoch, with_x=None):
    b = b64rand(256)
    bh = b64rand(32)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    val = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n\tt=%d; bh=%s;\r\n\th=%s;\r\n\tb=%s'
           % (d, s, t_epoch, bh, fold_plain(':'.join(headers_signed), 70).replace('\r\n ', '\r\n\t '),
              '\r\n\t '.join(bl)))
    return val, b[:8]


def auth_results(dkims, spf, mailfrom, ip, from_domain, dmarc_policy, spf_domain=None, arc=None):
    """dkims: list of (result, d, s, btag). spf: pass/fail/softfail/none/neutral.
    dmarc_policy: None (no record) or (p, sp)."""
    parts = []
    if not dkims:
        parts.append('dkim=none (message not signed)')
    for res, d, s, b in dkims:
        if res == 'pass':
            parts.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, b))
        else:
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s'
                         % (d, s, b))
    mf_dom = (spf_domain or mailfrom.split('@')[-1]) if mailfrom else spf_domain
    who = mailfrom if mailfrom else 'postmaster@' + mf_dom
    if spf == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (who, ip, who))
    elif spf == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (who, ip, who))
    elif spf == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (who, ip, who))
    elif spf == 'neutral':
        parts.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s'
                     % (ip, who, who))
    else:
        parts.append('spf=none (mx.example.net: %s does not designate permitted sender hosts) smtp.mailfrom=%s'
                     % (who, who))
    fo = org_domain(from_domain)
    if dmarc_policy is None:
        parts.append('dmarc=none header.from=%s' % from_domain)
    else:
        aligned = any(r == 'pass' and org_domain(d) == fo for r, d, _, _ in dkims)
        if spf == 'pass' and mf_dom and org_domain(mf_dom) == fo:
            aligned = True
        p, sp = dmarc_policy
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                     % ('pass' if aligned else 'fail', p, sp,
                        'NONE' if aligned or p == 'NONE' else p, from_domain))
    return 'mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)
