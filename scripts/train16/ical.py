# -*- coding: utf-8 -*-
"""iCalendar text helpers.  Lines are joined with '\n' here; CRLF is applied when the
message is serialised (or kept as bare LF for deliberately broken spam tools).  CC0 1.0."""
import datetime as dt
from common import TZ, RULES, fmt_off, nth_weekday


def esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\r\n', '\n').replace('\n', '\\n'))


def esc_loose(s):
    """what some sloppy generators do: only newlines escaped"""
    return s.replace('\r\n', '\n').replace('\n', '\\n')


def qparam(v):
    if any(c in v for c in ':;,') or v != v.strip() or any(ord(c) > 127 for c in v):
        return '"%s"' % v.replace('"', "'")
    return v


def fold(line, width=75, mode='std'):
    """fold one content line at `width` octets (UTF-8 aware)."""
    if mode == 'none':
        return line
    b = line.encode('utf-8')
    if len(b) <= width:
        return line
    out = []
    cur = ''
    curlen = 0
    limit = width
    for ch in line:
        cl = len(ch.encode('utf-8'))
        if curlen + cl > limit:
            out.append(cur)
            cur = ''
            curlen = 0
            limit = width - 1
        cur += ch
        curlen += cl
    out.append(cur)
    sep = '\n\t' if mode == 'tab' else '\n '
    return sep.join(out)


def fold_all(lines, width=75, mode='std'):
    return '\n'.join(fold(l, width, mode) for l in lines) + '\n'


def d_utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def d_loc(d):
    return d.strftime('%Y%m%dT%H%M%S')


def d_date(d):
    return d.strftime('%Y%m%d')


def vtimezone(tzid, style='olson', year=2020):
    """style: olson (Mozilla/Google/Nextcloud), apple, outlook, zimbra"""
    win, std, dst, sa, da, rule = TZ[tzid]
    name = win if style == 'outlook' else tzid
    L = ['BEGIN:VTIMEZONE', 'TZID:' + name]
    if style == 'olson':
        L.append('X-LIC-LOCATION:' + tzid)
    if style == 'outlook':
        if rule:
            (sm, sb, sh), (em, eb, eh) = RULES[rule]
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % eh, 'TZOFFSETFROM:' + fmt_off(dst),
                  'TZOFFSETTO:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (eb, em), 'END:STANDARD',
                  'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % sh, 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (sb, sm), 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD', 'BEGIN:DAYLIGHT',
                  'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'END:DAYLIGHT']
    elif style == 'zimbra':
        if rule:
            (sm, sb, sh), (em, eb, eh) = RULES[rule]
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T%02d0000' % eh, 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(dst),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (em, eb),
                  'TZNAME:' + sa, 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T%02d0000' % sh,
                  'TZOFFSETTO:' + fmt_off(dst), 'TZOFFSETFROM:' + fmt_off(std),
                  'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (sm, sb),
                  'TZNAME:' + da, 'END:DAYLIGHT']
        else:
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETTO:' + fmt_off(std),
                  'TZOFFSETFROM:' + fmt_off(std), 'TZNAME:' + sa, 'END:STANDARD']
    else:
        base = 1970 if style == 'olson' else (1981 if rule == 'EU' else 2007)
        if rule:
            (sm, sb, sh), (em, eb, eh) = RULES[rule]
            sd = nth_weekday(base, sm, sb)
            ed = nth_weekday(base if rule != 'EU' or style == 'olson' else 1996, em, eb)
            dpart = ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst),
                     'TZNAME:' + da, 'DTSTART:%s%02d0000' % (sd.strftime('%Y%m%dT'), sh),
                     'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (sm, sb), 'END:DAYLIGHT']
            spart = ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std),
                     'TZNAME:' + sa, 'DTSTART:%s%02d0000' % (ed.strftime('%Y%m%dT'), eh),
                     'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (em, eb), 'END:STANDARD']
            if style == 'apple':
                L += dpart + spart
            else:
                L += dpart + spart
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sa, 'DTSTART:19700101T000000', 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L
