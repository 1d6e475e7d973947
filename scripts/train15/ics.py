# -*- coding: utf-8 -*-
"""iCalendar line helpers.  CC0 1.0."""
import datetime as dt

from common import TZ, to_utc, fmt_off, ical_dt


def esc(text, commas=True, semis=True, sloppy=False):
    if text is None:
        return ''
    if sloppy:
        return text.replace('\r\n', '\n').replace('\n', '\\n')
    t = text.replace('\\', '\\\\')
    if semis:
        t = t.replace(';', '\\;')
    if commas:
        t = t.replace(',', '\\,')
    return t.replace('\r\n', '\n').replace('\n', '\\n')


def pval(v, always=False):
    if always or any(c in v for c in ',;:'):
        return '"%s"' % v.replace('"', "'")
    return v


def fold(line, mode='octets', width=75):
    """Fold one content line.  mode: octets|chars|none|tab|wide"""
    if mode == 'none':
        return [line]
    if mode == 'wide':
        width = 152
    cont = '\t' if mode == 'tab' else ' '
    out = []
    cur = ''
    curlen = 0
    limit = width
    for ch in line:
        n = len(ch.encode('utf-8')) if mode in ('octets', 'tab', 'wide') else 1
        if curlen + n > limit:
            out.append(cur)
            cur = cont + ch
            curlen = 1 + n
        else:
            cur += ch
            curlen += n
    out.append(cur)
    return out


def dtp(name, d, tzid=None, form='tzid', extra=''):
    """DTSTART/DTEND-like property.  form: utc|tzid|float|date"""
    if not isinstance(d, dt.datetime):
        return '%s;VALUE=DATE%s:%s' % (name, extra, ical_dt(d))
    if form == 'utc' or tzid in (None, 'UTC') and form != 'float':
        u = to_utc(tzid, d) if tzid and tzid != 'UTC' else d
        return '%s%s:%s' % (name, extra, ical_dt(u, utc=True))
    if form == 'float':
        return '%s%s:%s' % (name, extra, ical_dt(d))
    return '%s;TZID=%s%s:%s' % (name, pval(tzid), extra, ical_dt(d))


def vtimezone(tzid, style='olson', name=None, year=None):
    """style: olson (Apple/Lightning/Google), ms (Exchange/Outlook), zimbra"""
    win, std, dst, rule, sa, da = TZ[tzid]
    tzname = name or (win if style in ('ms', 'zimbra_ms') else tzid)
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzname]
    if style == 'google':
        L.append('X-LIC-LOCATION:' + tzid)
    if rule is None:
        if style == 'ms':
            L += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + fmt_off(std),
                  'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
        else:
            L += ['BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(std),
                  'TZNAME:' + sa, 'DTSTART:19700101T000000', 'END:STANDARD']
        L.append('END:VTIMEZONE')
        return L
    if rule == 'EU':
        dmon, dday, smon, sday = 3, '-1SU', 10, '-1SU'
        dtime = '%02d0000' % (1 + std // 60) if std <= 60 else '030000'
        if std == 0:
            dtime, stime = '010000', '020000'
        elif std == 60:
            dtime, stime = '020000', '030000'
        else:
            dtime, stime = '030000', '040000'
    elif rule == 'US':
        dmon, dday, smon, sday, dtime, stime = 3, '2SU', 11, '1SU', '020000', '020000'
    else:  # AU
        dmon, dday, smon, sday, dtime, stime = 10, '1SU', 4, '1SU', '020000', '030000'
    if style == 'ms':
        L += ['BEGIN:STANDARD', 'DTSTART:16010101T' + stime, 'TZOFFSETFROM:' + fmt_off(dst),
              'TZOFFSETTO:' + fmt_off(std),
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (sday.replace('-1', '-1'), smon), 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dtime, 'TZOFFSETFROM:' + fmt_off(std),
              'TZOFFSETTO:' + fmt_off(dst),
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d' % (dday, dmon), 'END:DAYLIGHT']
    elif style == 'apple':
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (dmon, dday),
              'DTSTART:%s' % ('19810329T' + dtime if rule == 'EU' else '20070311T' + dtime if rule == 'US'
                              else '20081005T' + dtime),
              'TZNAME:' + da, 'TZOFFSETTO:' + fmt_off(dst), 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst),
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (smon, sday),
              'DTSTART:%s' % ('19961027T' + stime if rule == 'EU' else '20071104T' + stime if rule == 'US'
                              else '20080406T' + stime),
              'TZNAME:' + sa, 'TZOFFSETTO:' + fmt_off(std), 'END:STANDARD']
    elif style == 'zimbra':
        L = ['BEGIN:VTIMEZONE', 'TZID:' + tzname,
             'BEGIN:STANDARD', 'DTSTART:16010101T' + stime, 'TZOFFSETTO:' + fmt_off(std),
             'TZOFFSETFROM:' + fmt_off(dst),
             'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (smon, sday),
             'TZNAME:' + sa, 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:16010101T' + dtime, 'TZOFFSETTO:' + fmt_off(dst),
             'TZOFFSETFROM:' + fmt_off(std),
             'RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=%d;BYDAY=%s' % (dmon, dday),
             'TZNAME:' + da, 'END:DAYLIGHT']
    else:  # olson / google / lightning
        L += ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + fmt_off(std), 'TZOFFSETTO:' + fmt_off(dst), 'TZNAME:' + da,
              'DTSTART:1970%02d%sT%s' % (dmon, '29' if rule == 'EU' else '08' if rule == 'US' else '04', dtime),
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (dmon, dday), 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:' + fmt_off(dst), 'TZOFFSETTO:' + fmt_off(std), 'TZNAME:' + sa,
              'DTSTART:1970%02d%sT%s' % (smon, '25' if rule == 'EU' else '01' if rule == 'US' else '05', stime),
              'RRULE:FREQ=YEARLY;BYMONTH=%d;BYDAY=%s' % (smon, sday), 'END:STANDARD']
    L.append('END:VTIMEZONE')
    return L


def serialise(lines, fold_mode='octets', eol='\r\n', width=75):
    out = []
    for ln in lines:
        out.extend(fold(ln, fold_mode, width))
    return eol.join(out) + eol
