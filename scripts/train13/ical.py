"""Generic iCalendar builder driven by per-client style dictionaries."""
import datetime as dt
import util as U


def cn(name):
    return U.pval(name) if name else None


def fmt_person(tpl, p, role='REQ-PARTICIPANT', ps='NEEDS-ACTION', rsvp='TRUE', mailto='mailto', omit_cn=True):
    name = p.get('name') or ''
    if not name and omit_cn:
        tpl = tpl.replace(';CN={cn}', '').replace(';CN={qcn}', '')
    c = cn(name) if name else p['addr']
    return tpl.format(cn=c, qcn='"%s"' % (name or p['addr']).replace('"', "'"), addr=p['addr'],
                      role=p.get('role', role), ps=p.get('ps', ps), rsvp=p.get('rsvp', rsvp), mailto=mailto,
                      cutype=p.get('cutype', 'INDIVIDUAL'))


def dtlines(s, st, start, end, allday):
    tz = s.tz
    out = []
    if allday:
        out.append(('DTSTART', 'DTSTART;VALUE=DATE:' + U.icsdate(start)))
        out.append(('DTEND', 'DTEND;VALUE=DATE:' + U.icsdate(end)))
        return out
    mode = st.get('dt', 'tzid')
    if mode == 'utc' and not (s.rrule and st.get('tz_for_rrule', True)):
        out.append(('DTSTART', 'DTSTART:' + U.icsutc(U.to_utc(tz, start))))
        out.append(('DTEND', 'DTEND:' + U.icsutc(U.to_utc(tz, end))))
    elif mode == 'float':
        out.append(('DTSTART', 'DTSTART:' + U.icsdt(start)))
        out.append(('DTEND', 'DTEND:' + U.icsdt(end)))
    else:
        tzid = U.ZONES[tz][0] if st.get('tzstyle') == 'win' else tz
        q = '"%s"' % tzid if st.get('tzquote') else U.pval(tzid)
        out.append(('DTSTART', 'DTSTART;TZID=%s:%s' % (q, U.icsdt(start))))
        out.append(('DTEND', 'DTEND;TZID=%s:%s' % (q, U.icsdt(end))))
    return out


def needs_tz(s, st, allday):
    if allday:
        return False
    mode = st.get('dt', 'tzid')
    if mode == 'utc':
        return bool(s.rrule) and st.get('tz_for_rrule', True)
    return mode == 'tzid'


def text_prop(name, value, st):
    e = st.get('esc', U.esc)
    lang = st.get('langparam')
    return '%s%s:%s' % (name, (';LANGUAGE=' + lang) if lang else '', e(value))


def event_block(s, st, ev, kind='VEVENT'):
    """ev: dict with summary, desc, location, start, end, allday, uid, url, attach, alarms, rrule ..."""
    lines = {}
    e = st.get('esc', U.esc)
    stamp = s.stamp
    created = ev.get('created', s.created)
    for k, v in dtlines(s, st, ev['start'], ev['end'], ev.get('allday')):
        lines[k] = [v]
    if kind == 'VTODO':
        lines['DTEND'] = [lines['DTEND'][0].replace('DTEND', 'DUE', 1)]
    if ev.get('rrule'):
        lines['RRULE'] = ['RRULE:' + ev['rrule']]
    if ev.get('exdate'):
        lines['RRULE'].append('EXDATE;TZID=%s:%s' % (s.tz, ev['exdate']))
    lines['DTSTAMP'] = ['DTSTAMP:' + U.icsutc(stamp)]
    lines['CREATED'] = ['CREATED:' + U.icsutc(created)]
    lines['LAST-MODIFIED'] = ['LAST-MODIFIED:' + U.icsutc(ev.get('lastmod', stamp))]
    lines['UID'] = ['UID:' + ev['uid']]
    if s.org and st.get('org_tpl') and ev.get('with_org', True):
        lines['ORGANIZER'] = [fmt_person(st['org_tpl'], s.org, mailto=st.get('mailto', 'mailto'))]
    if ev.get('with_atts', True) and st.get('att_tpl'):
        al = []
        if st.get('org_as_att') and s.org and s.method != 'REPLY':
            o = dict(s.org)
            o.update(ps='ACCEPTED', role=st.get('org_role', 'REQ-PARTICIPANT'), rsvp='TRUE')
            al.append(fmt_person(st['att_tpl'], o, mailto=st.get('mailto', 'mailto'), omit_cn=st.get('omit_cn', True)))
        for a in s.atts:
            al.append(fmt_person(st['att_tpl'], a, mailto=st.get('mailto', 'mailto'), omit_cn=st.get('omit_cn', True)))
        if al:
            lines['ATTENDEES'] = al
    if ev.get('summary') is not None:
        lines['SUMMARY'] = [text_prop('SUMMARY', ev['summary'], st)]
    if ev.get('desc'):
        lines['DESCRIPTION'] = [text_prop('DESCRIPTION', ev['desc'], st)]
    if ev.get('location'):
        lines['LOCATION'] = [text_prop('LOCATION', ev['location'], st)]
    if ev.get('url'):
        lines['URL'] = [(st.get('url_prefix', 'URL:')) + ev['url']]
    if ev.get('attach'):
        al = []
        for a in ev['attach']:
            p = 'ATTACH'
            if a.get('fmttype'):
                p += ';FMTTYPE=' + a['fmttype']
            if a.get('filename'):
                p += ';FILENAME=' + U.pval(a['filename'])
            if a.get('x'):
                p += a['x']
            al.append(p + ':' + a['uri'])
        lines['ATTACH'] = al
    if ev.get('conference'):
        c = ev['conference']
        lines['CONFERENCE'] = ['CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=%s:%s' % (U.pval(c.get('label', 'Join')), c['url'])]
    if ev.get('html'):
        lines['XALT'] = ['X-ALT-DESC;FMTTYPE=text/html:' + U.esc_loose(ev['html']) if st.get('loose_alt') else
                         'X-ALT-DESC;FMTTYPE=text/html:' + e(ev['html'])]
    lines['SEQUENCE'] = ['SEQUENCE:%d' % s.seq]
    lines['STATUS'] = ['STATUS:' + (ev.get('status') or s.status)] if (ev.get('status') or s.status) else []
    lines['TRANSP'] = ['TRANSP:' + ev.get('transp', 'OPAQUE')]
    lines['CLASS'] = ['CLASS:' + ev.get('klass', 'PUBLIC')]
    lines['PRIORITY'] = ['PRIORITY:%d' % ev.get('priority', 5)]
    if ev.get('categories'):
        lines['CATEGORIES'] = ['CATEGORIES:' + ','.join(ev['categories'])]
    if kind == 'VTODO':
        lines['STATUS'] = ['STATUS:NEEDS-ACTION']
        lines['PERCENT'] = ['PERCENT-COMPLETE:0']
    al = []
    for trig in ev.get('alarms', []):
        al += st['alarm'](s, trig)
    lines['ALARMS'] = al
    lines['X'] = list(st.get('x', [])) + list(ev.get('x', []))
    lines['X0'] = list(st.get('x0', []))
    out = ['BEGIN:' + kind]
    order = st['order']
    for k in order:
        out += lines.pop(k, [])
    # anything not in the order list that the event insists on goes before the alarms
    for k in ['URL', 'ATTACH', 'CONFERENCE', 'XALT', 'RRULE', 'CATEGORIES', 'PERCENT', 'X']:
        if k in lines and k not in order:
            out += lines.pop(k)
    out += lines.pop('ALARMS', []) if 'ALARMS' not in order else []
    out.append('END:' + kind)
    return out


def calendar(s, st):
    """Build a complete VCALENDAR text (CRLF, folded) from spec s and style st."""
    head = ['BEGIN:VCALENDAR']
    for k in st.get('head', ['PRODID', 'VERSION', 'CALSCALE', 'METHOD']):
        if k == 'PRODID':
            head.append('PRODID:' + (s.prodid or st['prodid']))
        elif k == 'VERSION':
            head.append('VERSION:2.0')
        elif k == 'CALSCALE':
            head.append('CALSCALE:GREGORIAN')
        elif k == 'METHOD' and s.method and 'no_method' not in s.quirks:
            head.append('METHOD:' + s.method)
        elif k.startswith('X-') or ':' in k:
            head.append(k)
    head += list(s.calprops or [])
    evs = []
    kind = 'VTODO' if s.todo else 'VEVENT'
    main = dict(summary=s.summary, desc=s.desc, location=s.location, start=s.start, end=s.end, allday=s.allday,
                uid=s.uid, url=s.url, attach=s.attach, alarms=s.alarms, rrule=s.rrule, html=s.html,
                conference=s.conf if (s.conf and st.get('conference_prop')) else s.conf_prop,
                x=s.xprops or [], status=s.status, categories=s.categories, priority=s.priority or 5,
                exdate=s.exdate)
    evs.append(event_block(s, st, main, kind))
    for i, m in enumerate(s.more or []):
        ev = dict(main)
        ev.update(m)
        ev.setdefault('uid', s.uid.replace('@', '-%d@' % (i + 1)) if '@' in s.uid else s.uid + '-%d' % (i + 1))
        evs.append(event_block(s, st, ev, m.get('kind', kind)))
    alldays = [s.allday] + [m.get('allday', s.allday) for m in (s.more or [])]
    tzb = []
    if st.get('vtz') and any(needs_tz(s, st, a) for a in alldays) and 'no_vtimezone' not in s.quirks:
        tzb = U.vtimezone(s.tz, st['vtz'])
    if st.get('tz_after'):
        body = head + [l for e in evs for l in e] + tzb
    else:
        body = head + tzb + [l for e in evs for l in e]
    body.append('END:VCALENDAR')
    fm = 'none' if 'nofold' in s.quirks else ('char' if 'charfold' in s.quirks else st.get('fold', 'octet'))
    return U.ics_join(body, fm, st.get('width', 75), '\n' if 'bare_lf' in s.quirks else '\r\n')


# ---------------------------------------------------------------- alarm styles
def alarm_display(desc='Reminder'):
    def f(s, trig):
        return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + desc, 'TRIGGER:' + trig, 'END:VALARM']
    return f


def alarm_outlook(s, trig):
    return ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:' + trig, 'ACTION:DISPLAY', 'END:VALARM']


def alarm_google(s, trig):
    return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
            'TRIGGER:' + google_trigger(trig), 'END:VALARM']


def google_trigger(t):
    # -PT30M -> -P0DT0H30M0S
    neg = t.startswith('-')
    t = t.lstrip('-').replace('P', '', 1)
    d = h = m = 0
    if 'T' in t:
        dpart, tpart = t.split('T')
    else:
        dpart, tpart = t, ''
    if dpart.endswith('D'):
        d = int(dpart[:-1])
    elif dpart.endswith('W'):
        d = 7 * int(dpart[:-1])
    num = ''
    for ch in tpart:
        if ch.isdigit():
            num += ch
        else:
            if ch == 'H':
                h = int(num)
            elif ch == 'M':
                m = int(num)
            num = ''
    return '%sP%dDT%dH%dM0S' % ('-' if neg else '', d, h, m)


def alarm_apple(s, trig):
    u = U.uid4(s.rng, True)
    return ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, 'TRIGGER:' + trig, 'ATTACH;VALUE=URI:Chord',
            'ACTION:AUDIO', 'X-APPLE-DEFAULT-ALARM:TRUE' if s.rng.random() < 0.3 else 'X-APPLE-LOCAL-DEFAULT-ALARM:TRUE',
            'END:VALARM']


def alarm_moz(s, trig):
    return ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + trig,
            'DESCRIPTION:Default Mozilla Description', 'END:VALARM']


def alarm_kit(s, trig):
    return ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:' + (s.summary or 'Reminder')[:60],
            'END:VALARM']
