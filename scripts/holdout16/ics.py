"""iCalendar text helpers: escaping, parameter quoting, folding, date formatting."""
import re


def esc(text, mode='std'):
    """TEXT value escaping (RFC 5545 3.3.11).

    mode 'std'    : escape \\ ; , and newlines
    mode 'nocomma': Outlook-ish? no - some tools leave commas raw
    mode 'raw'    : sloppy tools that only turn newlines into \\n
    mode 'none'   : nothing escaped (newlines become literal \\n sequence anyway)
    """
    if text is None:
        return ''
    t = text.replace('\r\n', '\n')
    if mode == 'std':
        t = t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
    elif mode == 'nocomma':
        t = t.replace('\\', '\\\\').replace(';', '\\;')
    elif mode == 'raw':
        pass
    return t.replace('\n', '\\n')


_NEEDS_QUOTE = re.compile(r'[:;,]')


def pval(v, always=False):
    v = str(v)
    if always or _NEEDS_QUOTE.search(v):
        return '"%s"' % v.replace('"', "'")
    return v


def prop(name, value, params=None, quote_all=False):
    s = name
    for k, v in (params or []):
        if v is None:
            continue
        s += ';%s=%s' % (k, pval(v, quote_all))
    return s + ':' + value


def fold(line, mode='octets', width=75):
    """Fold one content line. Returns list of physical lines (without EOL).

    'octets' : RFC-correct, <=75 octets, never splits a UTF-8 sequence
    'chars'  : counts characters not octets (common bug with non-ASCII)
    'bytes'  : splits at 75 octets even inside a UTF-8 sequence (broken tools)
    'none'   : no folding at all
    'outlook': Outlook style, 74 octets + leading space
    """
    if mode == 'none':
        return [line]
    if mode == 'chars':
        out, first = [], True
        while line:
            w = width if first else width - 1
            out.append(line[:w] if first else ' ' + line[:w])
            line = line[w:]
            first = False
        return out
    if mode == 'bytes':
        b = line.encode('utf-8')
        out, first = [], True
        while b:
            w = width if first else width - 1
            chunk = b[:w]
            b = b[w:]
            s = chunk.decode('utf-8', 'surrogateescape')
            out.append(s if first else ' ' + s)
            first = False
        return out
    if mode == 'outlook':
        width = 74
    out, cur, curlen, first = [], '', 0, True
    for ch in line:
        n = len(ch.encode('utf-8'))
        limit = width if first else width - 1
        if curlen + n > limit:
            out.append(cur if first else ' ' + cur)
            first = False
            cur, curlen = '', 0
        cur += ch
        curlen += n
    out.append(cur if first else ' ' + cur)
    return out


def serialize(lines, fold_mode='octets', eol='\r\n', tabfold=False):
    phys = []
    for ln in lines:
        f = fold(ln, fold_mode)
        if tabfold:
            f = [f[0]] + ['\t' + x[1:] for x in f[1:]]
        phys.extend(f)
    return eol.join(phys) + eol


def to_bytes(text):
    """Encode possibly surrogate-escaped text (from 'bytes' folding) to UTF-8."""
    return text.encode('utf-8', 'surrogateescape')


def dtu(dt):
    return dt.strftime('%Y%m%dT%H%M%SZ')


def dtl(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def dd(dt):
    return dt.strftime('%Y%m%d')


def dur(td):
    """timedelta -> iCalendar duration (negative allowed)."""
    secs = int(td.total_seconds())
    sign = '-' if secs < 0 else ''
    secs = abs(secs)
    d, r = divmod(secs, 86400)
    h, r = divmod(r, 3600)
    m, s = divmod(r, 60)
    out = sign + 'P'
    if d and not (h or m or s):
        if d % 7 == 0:
            return out + '%dW' % (d // 7)
        return out + '%dD' % d
    if d:
        out += '%dD' % d
    out += 'T'
    if h:
        out += '%dH' % h
    if m:
        out += '%dM' % m
    if s or not (h or m):
        out += '%dS' % s
    return out
