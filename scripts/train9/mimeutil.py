# -*- coding: utf-8 -*-
"""Low-level MIME / iCalendar text helpers (stdlib only)."""
import base64, quopri, re, html, datetime as dt
from data_common import CODEC, TZ

CRLF = "\r\n"


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


def can_encode(text, cs):
    try:
        text.encode(codec(cs))
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- headers
def _q(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128:
            out.append(ch)
        elif ch == ' ':
            out.append('_')
        elif ch in "!*+-/":
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encoded_words(s, cs='utf-8', mode='B'):
    """Split s into RFC 2047 encoded words, each <= 75 chars, on character boundaries."""
    words = []
    i = 0
    label = cs.upper() if cs.lower() in ('utf-8', 'iso-2022-jp') else cs
    while i < len(s):
        best = None
        j = i + 1
        while j <= len(s):
            b = s[i:j].encode(codec(cs))
            enc = base64.b64encode(b).decode() if mode == 'B' else _q(b)
            w = "=?%s?%s?%s?=" % (label, mode, enc)
            if len(w) > 75 and best is not None:
                break
            best = (j, w)
            j += 1
        i, w = best
        words.append(w)
    return words


def fold_ascii(value, first_len):
    """Fold an ascii header value at spaces to stay under ~78 columns."""
    out, line = [], ''
    limit = 78 - first_len
    for tok in value.split(' '):
        cand = (line + ' ' + tok) if line else tok
        if len(cand) > limit and line:
            out.append(line)
            line = tok
            limit = 77
        else:
            line = cand
    out.append(line)
    return (CRLF + ' ').join(out)


def hval(name, text, cs='utf-8', mode='B'):
    """Header value: encode if needed, fold."""
    if is_ascii(text):
        return fold_ascii(text, len(name) + 2)
    if not can_encode(text, cs):
        cs = 'utf-8'
    return (CRLF + ' ').join(encoded_words(text, cs, mode))


def addr(display, email, cs='utf-8', mode='B'):
    if not display:
        return email
    if is_ascii(display):
        if re.search(r'[()<>\[\]:;@\\,."]', display):
            d = '"%s"' % display.replace('\\', '\\\\').replace('"', '\\"')
        else:
            d = display
        return "%s <%s>" % (d, email)
    if not can_encode(display, cs):
        cs = 'utf-8'
    return "%s <%s>" % (' '.join(encoded_words(display, cs, mode)), email)


def addr_list(pairs, cs='utf-8', mode='B'):
    return ("," + CRLF + "\t").join(addr(n, e, cs, mode) for n, e in pairs)


# ---------------------------------------------------------------- bodies
class Part:
    def __init__(self, ctype, params=None, cte=None, data=None, children=None, headers=None, boundary=None,
                 disp=None, pre_headers=None):
        self.ctype, self.params, self.cte, self.data = ctype, params or [], cte, data
        self.children, self.headers, self.boundary = children, headers or [], boundary
        self.disp = disp
        self.pre_headers = pre_headers or []   # headers before Content-Type (e.g. Content-Class)


def encode_body(text, cs, cte, keep_crlf=False, raw_lf=False):
    """text: str with \n (or \r\n if keep_crlf). Returns bytes payload (CRLF line ends)."""
    if keep_crlf:
        text = text.replace(CRLF, "\n")
    b = text.encode(codec(cs))
    if cte in ('7bit', '8bit', None):
        return b.replace(b"\n", b"\r\n")
    if cte == 'quoted-printable':
        q = quopri.encodestring(b)
        return q.replace(b"\n", b"\r\n")
    if cte == 'base64':
        if not raw_lf:
            b = b.replace(b"\n", b"\r\n")
        e = base64.encodebytes(b)
        return e.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def param_str(params):
    out = []
    for k, v in params:
        if v is None:
            continue
        if re.search(r'[ ()<>@,;:\\"/\[\]?=]', v) or k in ('boundary', 'name', 'filename'):
            out.append('%s="%s"' % (k, v))
        else:
            out.append('%s=%s' % (k, v))
    return out


def ct_line(ctype, params, style='fold'):
    ps = param_str(params)
    if not ps:
        return ctype
    if style == 'oneline':
        return ctype + '; ' + '; '.join(ps)
    return ctype + ';' + ''.join((CRLF + '\t' if i else CRLF + '\t') + p + (';' if i < len(ps) - 1 else '')
                                 for i, p in enumerate(ps))


def serialize(part, top_headers=None, ctstyle='fold'):
    lines = []
    if top_headers:
        for k, v in top_headers:
            lines.append(("%s: %s" % (k, v)).encode('ascii', 'strict') + b"\r\n")
    for k, v in part.pre_headers:
        lines.append(("%s: %s" % (k, v)).encode('ascii') + b"\r\n")
    params = list(part.params)
    if part.children is not None:
        params = params + [('boundary', part.boundary)]
    if ctstyle == 'oneline' or len(params) <= 1:
        lines.append(("Content-Type: %s" % ct_line(part.ctype, params, 'oneline')).encode('ascii') + b"\r\n")
    else:
        lines.append(("Content-Type: %s" % ct_line(part.ctype, params)).encode('ascii') + b"\r\n")
    if part.cte:
        lines.append(("Content-Transfer-Encoding: %s" % part.cte).encode('ascii') + b"\r\n")
    if part.disp:
        lines.append(("Content-Disposition: %s" % part.disp).encode('ascii') + b"\r\n")
    for k, v in part.headers:
        lines.append(("%s: %s" % (k, v)).encode('ascii') + b"\r\n")
    lines.append(b"\r\n")
    if part.children is not None:
        if part.data:
            lines.append(part.data)
        for ch in part.children:
            lines.append(("--%s\r\n" % part.boundary).encode('ascii'))
            lines.append(serialize(ch, ctstyle=ctstyle))
            lines.append(b"\r\n")
        lines.append(("--%s--\r\n" % part.boundary).encode('ascii'))
    else:
        d = part.data
        if not d.endswith(b"\r\n"):
            d += b"\r\n"
        lines.append(d)
    return b"".join(lines)


# ---------------------------------------------------------------- link markup
LINK_RE = re.compile(r'\[\[(.*?)\|(.*?)\]\]')
URL_RE = re.compile(r'(https?://[^\s<>"\)]+)')


def plain(text, style='angle'):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if style == 'angle':
            return "%s <%s>" % (label, url)
        if style == 'colon':
            return "%s: %s" % (label, url)
        if style == 'paren':
            return "%s (%s)" % (label, url)
        if style == 'outlook':
            return "%s<%s>" % (label, url)
        return url
    return LINK_RE.sub(rep, text)


def to_html(text, button=False):
    esc = html.escape(text, quote=False)
    keep = {}

    def rep(m):
        k = "\x00%d\x00" % len(keep)
        label, url = m.group(1), m.group(2)
        if button:
            keep[k] = ('<a href="%s" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;'
                       'text-decoration:none;display:inline-block">%s</a>' % (url, label))
        else:
            keep[k] = '<a href="%s">%s</a>' % (url, label)
        return k
    esc = LINK_RE.sub(rep, esc)
    esc = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), esc)
    for k, v in keep.items():
        esc = esc.replace(k, v)
    return esc.replace("\n", "<br>\n")


# ---------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\r\n', '\n').replace('\n', '\\n')


def fold_ics(line, limit=75, cont=' ', enc='utf-8'):
    b = line.encode(codec(enc), errors='replace') if enc != 'utf-8' else line.encode('utf-8')
    if len(b) <= limit:
        return line
    out, cur, curlen, lim = [], [], 0, limit
    for ch in line:
        l = len(ch.encode('utf-8'))
        if curlen + l > lim:
            out.append(''.join(cur))
            cur, curlen, lim = [], 0, limit - 1
        cur.append(ch)
        curlen += l
    out.append(''.join(cur))
    return (CRLF + cont).join(out)


def join_ics(lines, fold=True, limit=75, cont=' ', eol=CRLF):
    if fold:
        lines = [fold_ics(l, limit, cont) for l in lines]
    s = eol.join(lines) + eol
    if eol != CRLF:
        s = s.replace(CRLF, eol)
    return s


def nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    if n > 0:
        d += dt.timedelta(days=(6 - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def is_dst(tzid, d):
    std, dst, rule = TZ[tzid][:3]
    if dst is None:
        return False
    day = d.date() if isinstance(d, dt.datetime) else d
    y = day.year
    if rule == 'EU':
        return nth_sunday(y, 3, -1) <= day < nth_sunday(y, 10, -1)
    if rule == 'US':
        return nth_sunday(y, 3, 2) <= day < nth_sunday(y, 11, 1)
    if rule == 'AU':
        return not (nth_sunday(y, 4, 1) <= day < nth_sunday(y, 10, 1))
    return False


def utc_offset(tzid, d):
    std, dst = TZ[tzid][:2]
    return dst if is_dst(tzid, d) else std


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=utc_offset(tzid, local))


def fmt_off(m):
    s = '+' if m >= 0 else '-'
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


def vtimezone(tzid, style='olson'):
    """style: olson (1970 DTSTART, X-LIC-LOCATION optional), windows (1601), apple"""
    std, dst, rule, win, sab, dab = TZ[tzid]
    name = win if style == 'windows' else tzid
    L = ["BEGIN:VTIMEZONE", "TZID:" + name]
    if style in ('olson-lic', 'apple'):
        L.append("X-LIC-LOCATION:" + tzid)
    if dst is None:
        L += ["BEGIN:STANDARD", "DTSTART:%s" % ("16010101T000000" if style == 'windows' else "19700101T000000"),
              "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(std)]
        if style != 'windows' and sab:
            L.append("TZNAME:" + sab)
        L.append("END:STANDARD")
    else:
        if rule == 'EU':
            dmon, smon, dday, sday = 3, 10, '-1SU', '-1SU'
            dstart, sstart = '19700329T020000', '19701025T030000'
        elif rule == 'US':
            dmon, smon, dday, sday = 3, 11, '2SU', '1SU'
            dstart, sstart = '19700308T020000', '19701101T020000'
        else:
            dmon, smon, dday, sday = 10, 4, '1SU', '1SU'
            dstart, sstart = '19701004T020000', '19700405T030000'
        if style == 'windows':
            L += ["BEGIN:STANDARD", "DTSTART:16010101T%s" % sstart[-6:], "TZOFFSETFROM:" + fmt_off(dst),
                  "TZOFFSETTO:" + fmt_off(std), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (sday, smon),
                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T%s" % dstart[-6:], "TZOFFSETFROM:" + fmt_off(std),
                  "TZOFFSETTO:" + fmt_off(dst), "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (dday, dmon),
                  "END:DAYLIGHT"]
        else:
            L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + fmt_off(std), "TZOFFSETTO:" + fmt_off(dst), "TZNAME:" + dab,
                  "DTSTART:" + dstart, "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (dmon, dday), "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZOFFSETFROM:" + fmt_off(dst), "TZOFFSETTO:" + fmt_off(std), "TZNAME:" + sab,
                  "DTSTART:" + sstart, "RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s" % (smon, sday), "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L


def ldt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def udt(d):
    return d.strftime("%Y%m%dT%H%M%SZ")
