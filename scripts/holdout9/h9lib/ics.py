"""iCalendar helpers: escaping, content lines, folding, VTIMEZONE blocks."""
import datetime as dt

from .util import ZONES, offset_str


def esc(text, commas=True, semis=True):
    """TEXT escaping per RFC 5545 3.3.11 (optionally sloppy)."""
    if text is None:
        return ''
    s = text.replace('\\', '\\\\')
    if semis:
        s = s.replace(';', '\\;')
    if commas:
        s = s.replace(',', '\\,')
    s = s.replace('\r\n', '\n').replace('\n', '\\n')
    return s


def pval(v, always=False):
    """Parameter value, quoted when needed (or always, Apple style)."""
    if always or any(c in v for c in ':;,'):
        return '"%s"' % v.replace('"', "'")
    return v


def line(name, value, params=(), quote_all=False):
    """Build one unfolded content line. params is a list of (key, value)."""
    s = name
    for k, v in params:
        if v is None:
            continue
        s += ';%s=%s' % (k, pval(v, quote_all and k in ('CN', 'EMAIL', 'X-TITLE', 'X-ADDRESS', 'FILENAME')))
    return s + ':' + value


def fold(lines, width=75, style='octet', first=None, cont=' '):
    """Fold content lines.

    style 'octet': split at <= width octets without breaking UTF-8 sequences.
    style 'char' : split every `width` characters (some clients count chars).
    style 'none' : no folding at all (sloppy tools).
    style 'tab'  : like octet but continuation starts with a TAB.
    """
    out = []
    for ln in lines:
        if style == 'none':
            out.append(ln)
            continue
        if style == 'tab':
            cont = '\t'
        if style == 'char':
            w = first or width
            if len(ln) <= w:
                out.append(ln)
                continue
            out.append(ln[:w])
            rest = ln[w:]
            while rest:
                out.append(cont + rest[:width - 1])
                rest = rest[width - 1:]
            continue
        # octet based
        cur = ''
        cur_len = 0
        limit = first or width
        first_line = True
        for ch in ln:
            n = len(ch.encode('utf-8'))
            if cur_len + n > limit:
                out.append(cur if first_line else cont + cur)
                first_line = False
                cur, cur_len = '', 0
                limit = width - 1
            cur += ch
            cur_len += n
        out.append(cur if first_line else cont + cur)
    return out


def join(lines, eol='\r\n'):
    return eol.join(lines) + eol


# ------------------------------------------------------------- VTIMEZONE
def _olson_rules(zone):
    std, dst, rule = ZONES[zone][:3]
    if rule == 'EU':
        h_std = 1 + std // 60
        h_dst = 1 + dst // 60
        return [('DAYLIGHT', std, dst, '1970-03-29', h_std, 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
                ('STANDARD', dst, std, '1970-10-25', h_dst, 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')]
    if rule == 'US':
        return [('DAYLIGHT', std, dst, '1970-03-08', 2, 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'),
                ('STANDARD', dst, std, '1970-11-01', 2, 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU')]
    if rule == 'IL':
        return [('DAYLIGHT', std, dst, '1970-03-27', 2,
                 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR'),
                ('STANDARD', dst, std, '1970-10-25', 2, 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')]
    if rule == 'AU':
        return [('STANDARD', dst, std, '1970-04-05', 3, 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'),
                ('DAYLIGHT', std, dst, '1970-10-04', 2, 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU')]
    return [('STANDARD', std, std, '1970-01-01', 0, None)]


def vtimezone(zone, style='olson', tzid=None, apple_names=None):
    """Return list of content lines.

    style: 'olson' (Lightning / libical), 'google', 'apple', 'ms' (Outlook/Exchange),
           'sabre' (Nextcloud/SOGo, like olson without X-LIC), 'zimbra'.
    """
    std, dst, rule, win, sa, da = ZONES[zone]
    out = ['BEGIN:VTIMEZONE']
    if style == 'ms':
        out.append('TZID:' + (tzid or win))
        if rule is None:
            for kind in ('STANDARD', 'DAYLIGHT'):
                out += ['BEGIN:' + kind, 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + offset_str(std),
                        'TZOFFSETTO:' + offset_str(std), 'END:' + kind]
        else:
            rules = {r[0]: r for r in _olson_rules(zone)}
            for kind in ('STANDARD', 'DAYLIGHT'):
                k, frm, to, date, hour, rr = rules[kind]
                rr = rr.replace('FREQ=YEARLY;', 'FREQ=YEARLY;INTERVAL=1;')
                if 'BYMONTHDAY' in rr:
                    rr = 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=3'
                else:
                    parts = dict(p.split('=') for p in rr.split(';'))
                    rr = 'FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (parts['BYDAY'], parts['BYMONTH'])
                out += ['BEGIN:' + kind, 'DTSTART:16010101T%02d0000' % hour, 'TZOFFSETFROM:' + offset_str(frm),
                        'TZOFFSETTO:' + offset_str(to), 'RRULE:' + rr, 'END:' + kind]
        out.append('END:VTIMEZONE')
        return out
    out.append('TZID:' + (tzid or zone))
    if style in ('olson', 'google'):
        out.append('X-LIC-LOCATION:' + zone)
    for kind, frm, to, date, hour, rr in _olson_rules(zone):
        name = da if kind == 'DAYLIGHT' else sa
        if apple_names:
            name = apple_names.get(kind, name)
        dtstart = date.replace('-', '') + 'T%02d0000' % hour
        if style == 'apple':
            # Apple writes odd property orders and historic DTSTARTs
            if rule == 'EU':
                dtstart = ('19810329' if kind == 'DAYLIGHT' else '19961027') + 'T%02d0000' % hour
            elif rule == 'US':
                dtstart = ('20070311' if kind == 'DAYLIGHT' else '20071104') + 'T020000'
            elif rule is None:
                dtstart = '19700101T000000'
            out += ['BEGIN:' + kind, 'TZOFFSETFROM:' + offset_str(frm)]
            if rr:
                out.append('RRULE:' + rr)
            out += ['DTSTART:' + dtstart, 'TZNAME:' + name, 'TZOFFSETTO:' + offset_str(to), 'END:' + kind]
        elif style == 'zimbra':
            out += ['BEGIN:' + kind, 'DTSTART:' + ('16010101T%02d0000' % hour), 'TZOFFSETTO:' + offset_str(to),
                    'TZOFFSETFROM:' + offset_str(frm)]
            if rr:
                out.append('RRULE:' + rr)
            out += ['TZNAME:' + name, 'END:' + kind]
        else:
            out += ['BEGIN:' + kind, 'TZOFFSETFROM:' + offset_str(frm), 'TZOFFSETTO:' + offset_str(to),
                    'TZNAME:' + name, 'DTSTART:' + dtstart]
            if rr:
                out.append('RRULE:' + rr)
            out.append('END:' + kind)
    out.append('END:VTIMEZONE')
    return out


def dur(minutes):
    """RFC 5545 duration for a reminder 'minutes before start'."""
    if minutes % 1440 == 0 and minutes:
        return '-P%dD' % (minutes // 1440)
    if minutes % 60 == 0 and minutes:
        return '-PT%dH' % (minutes // 60)
    return '-PT%dM' % minutes


def dur_google(minutes):
    d, r = divmod(minutes, 1440)
    h, m = divmod(r, 60)
    return '-P%dDT%dH%dM0S' % (d, h, m)
