"""iCalendar serialisation in the style of several real clients."""
from . import tz as TZ
from .enc import ics_escape, fold_ics_line

OUTLOOK_LANG = {
    'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR', 'nl': 'nl-NL',
    'pl': 'pl-PL', 'sv': 'sv-SE', 'tr': 'tr-TR', 'cs': 'cs-CZ', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA',
    'he': 'he-IL', 'zh': 'zh-CN', 'zh-TW': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH',
}


def utc(d):
    return d.strftime('%Y%m%dT%H%M%SZ')


def loc(d):
    return d.strftime('%Y%m%dT%H%M%S')


def qparam(v, force=False):
    if force or any(c in v for c in ',;:'):
        return '"%s"' % v.replace('"', "'")
    return v


def _dt(ev, which, style, utc_only=False):
    d = ev[which]
    if d is None:
        return None
    if ev.get('allday'):
        return ';VALUE=DATE', d.strftime('%Y%m%d')
    z = ev.get('tz')
    if z is None or utc_only:
        u = TZ.to_utc(z, d) if z else d
        return '', utc(u)
    if style in ('exchange', 'outlook'):
        return ';TZID=' + TZ.ZONES[z][1], loc(d)
    if style == 'zimbra':
        return ';TZID="%s"' % TZ.ZONES[z][0], loc(d)
    return ';TZID=' + TZ.ZONES[z][0], loc(d)


def _att_params(a, style):
    cn = a.get('name') or a['email']
    role = a.get('role', 'REQ-PARTICIPANT')
    ps = a.get('partstat', 'NEEDS-ACTION')
    rsvp = a.get('rsvp', 'TRUE')
    cut = a.get('cutype', 'INDIVIDUAL')
    if style == 'google':
        return ';CUTYPE=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0' % (cut, role, ps, rsvp, qparam(cn))
    if style in ('exchange', 'outlook'):
        return ';ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s' % (role, ps, rsvp, qparam(cn))
    if style in ('apple', 'icloud'):
        return ';CN=%s;CUTYPE=%s;EMAIL=%s;PARTSTAT=%s;ROLE=%s%s' % (
            qparam(cn, True), cut, qparam(a['email'], True), ps, role, (';RSVP=' + rsvp) if ps == 'NEEDS-ACTION' else '')
    if style == 'mozilla':
        return ';RSVP=%s;CN=%s;PARTSTAT=%s;ROLE=%s' % (rsvp, qparam(cn), ps, role) + (';CUTYPE=' + cut if a.get('cutype') else '')
    if style == 'sabre':
        return ';CN=%s;CUTYPE=%s;PARTSTAT=%s;ROLE=%s;RSVP=%s;LANGUAGE=%s' % (qparam(cn), cut, ps, role, rsvp, a.get('lang', 'en'))
    if style == 'zimbra':
        return ';CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s' % (qparam(cn), role, ps, rsvp)
    if style == 'sogo':
        return ';PARTSTAT=%s;RSVP=%s;ROLE=%s;CN=%s' % (ps, rsvp, role, qparam(cn))
    if style == 'yahoo':
        return ';CN=%s;ROLE=%s;PARTSTAT=%s;RSVP=%s' % (qparam(cn), role, ps, rsvp)
    # custom
    p = ''
    if a.get('name'):
        p += ';CN=' + qparam(a['name'])
    if not a.get('bare'):
        p += ';ROLE=%s;PARTSTAT=%s;RSVP=%s' % (role, ps, rsvp)
    return p


def _org(ev, style):
    o = ev.get('organizer')
    if not o:
        return None
    name, email = o['name'], o['email']
    if style in ('apple', 'icloud'):
        return 'ORGANIZER;CN=%s;EMAIL=%s:mailto:%s' % (qparam(name or email, True), qparam(email, True), email)
    if style == 'mozilla':
        return 'ORGANIZER;RSVP=FALSE;CN=%s;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:%s' % (qparam(name or email), email)
    if style == 'custom' and o.get('mailto_upper'):
        return 'ORGANIZER;CN=%s:MAILTO:%s' % (qparam(name or email), email)
    if name:
        extra = ''
        if o.get('sent_by'):
            extra = ';SENT-BY="mailto:%s"' % o['sent_by']
        return 'ORGANIZER;CN=%s%s:mailto:%s' % (qparam(name), extra, email)
    return 'ORGANIZER:mailto:%s' % email


def _text(name, v, lang=None, style=None):
    if v is None:
        return None
    p = ''
    if lang and style in ('exchange', 'outlook'):
        p = ';LANGUAGE=' + OUTLOOK_LANG.get(lang, 'en-US')
    return '%s%s:%s' % (name, p, ics_escape(v))


def _alarms(ev, style):
    L = []
    for al in ev.get('alarms', []):
        trig = al.get('trigger', '-PT15M')
        act = al.get('action', 'DISPLAY')
        desc = al.get('desc')
        if trig.startswith('abs:'):
            tline = 'TRIGGER;VALUE=DATE-TIME:' + trig[4:]
        elif style in ('exchange', 'outlook', 'zimbra'):
            tline = 'TRIGGER;RELATED=START:' + trig
        elif style == 'mozilla':
            tline = 'TRIGGER;VALUE=DURATION:' + trig
        else:
            tline = 'TRIGGER:' + trig
        L.append('BEGIN:VALARM')
        if style in ('apple', 'icloud'):
            u = al.get('uid', 'A1B2C3D4-0000-0000-0000-000000000000')
            L += ['X-WR-ALARMUID:' + u, 'UID:' + u, tline]
            if act == 'AUDIO':
                L += ['ATTACH;VALUE=URI:Chord', 'ACTION:AUDIO']
            else:
                L += ['DESCRIPTION:' + ics_escape(desc or 'Reminder'), 'ACTION:DISPLAY']
        elif style in ('exchange', 'outlook'):
            L += ['DESCRIPTION:' + ics_escape(desc or 'REMINDER'), tline, 'ACTION:' + act]
        elif style == 'google':
            L += ['ACTION:' + act, 'DESCRIPTION:' + ics_escape(desc or 'This is an event reminder'), tline]
        else:
            L += ['ACTION:' + act, tline]
            if act != 'AUDIO' or desc:
                L.append('DESCRIPTION:' + ics_escape(desc or 'Reminder'))
            if act == 'EMAIL':
                L.append('SUMMARY:' + ics_escape(desc or 'Reminder'))
                for a in al.get('to', []):
                    L.append('ATTENDEE:mailto:' + a)
        if al.get('repeat'):
            L += ['REPEAT:%d' % al['repeat'], 'DURATION:' + al.get('duration', 'PT5M')]
        L.append('END:VALARM')
    return L


def _attach(ev, style):
    L = []
    for a in ev.get('attach', []):
        if isinstance(a, dict):
            p = ''
            if a.get('fmttype'):
                p += ';FMTTYPE=' + a['fmttype']
            if a.get('filename'):
                if style == 'google':
                    p = ';FILENAME=' + qparam(a['filename']) + p
                else:
                    p += ';X-FILENAME=' + qparam(a['filename'])
            if style in ('apple', 'icloud'):
                p += ';VALUE=URI'
            L.append('ATTACH%s:%s' % (p, a['url']))
        else:
            L.append('ATTACH:' + a)
    return L


def _conf(ev, style):
    c = ev.get('conference')
    if not c:
        return []
    if style == 'google' and 'meet.google.com' in c['url']:
        return ['X-GOOGLE-CONFERENCE:' + c['url']]
    lab = c.get('label')
    p = ';VALUE=URI;FEATURE=%s' % c.get('feature', 'AUDIO,VIDEO')
    if lab:
        p += ';LABEL=' + qparam(lab)
    return ['CONFERENCE%s:%s' % (p, c['url'])]


def _rr(ev):
    L = []
    if ev.get('rrule'):
        L.append('RRULE:' + ev['rrule'])
    for x in ev.get('exdate', []):
        L.append('EXDATE' + x)
    return L


def _x(ev):
    return ['%s:%s' % (k, v) for k, v in ev.get('xprops', [])]


def event_lines(ev, style, lang):
    s = style
    L = []
    comp = ev.get('comp', 'VEVENT')
    ds = _dt(ev, 'start', s, utc_only=(s == 'google' and not ev.get('rrule')) or ev.get('utc'))
    de = _dt(ev, 'end', s, utc_only=(s == 'google' and not ev.get('rrule')) or ev.get('utc')) if ev.get('end') else None
    due = _dt(ev, 'due', s) if ev.get('due') else None
    DTSTART = 'DTSTART%s:%s' % ds if ds else None
    DTEND = ('DTEND%s:%s' % de) if de else (('DURATION:' + ev['duration']) if ev.get('duration') else None)
    DUE = ('DUE%s:%s' % due) if due else None
    stamp = utc(ev['dtstamp'])
    org = _org(ev, s)
    atts = ['ATTENDEE%s:mailto:%s' % (_att_params(a, s), a['email']) for a in ev.get('attendees', [])]
    desc = _text('DESCRIPTION', ev.get('description'), lang, s)
    summ = _text('SUMMARY', ev.get('summary'), lang, s)
    locn = _text('LOCATION', ev.get('location'), lang, s)
    url = ('URL%s:%s' % (';VALUE=URI' if s in ('apple', 'icloud') else '', ev['url'])) if ev.get('url') else None
    uid = 'UID:' + ev['uid']
    seq = 'SEQUENCE:%d' % ev.get('sequence', 0)
    status = ('STATUS:' + ev['status']) if ev.get('status') else None
    rid = ('RECURRENCE-ID%s:%s' % _dt(dict(ev, start=ev['recurrence_id']), 'start', s)) if ev.get('recurrence_id') else None
    altd = ('X-ALT-DESC;FMTTYPE=text/html:' + ev['x_alt_desc'].replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')) if ev.get('x_alt_desc') else None
    created = 'CREATED:' + utc(ev.get('created', ev['dtstamp']))
    lastmod = 'LAST-MODIFIED:' + utc(ev.get('last_modified', ev['dtstamp']))
    comment = _text('COMMENT', ev.get('comment'), lang, s)
    categories = ('CATEGORIES:' + ev['categories']) if ev.get('categories') else None
    transp = 'TRANSP:' + ev.get('transp', 'OPAQUE')
    klass = 'CLASS:' + ev.get('class', 'PUBLIC')
    prio = 'PRIORITY:%d' % ev.get('priority', 5)

    def add(*xs):
        for x in xs:
            if isinstance(x, list):
                L.extend(x)
            elif x:
                L.append(x)

    L.append('BEGIN:' + comp)
    if s == 'google':
        add(DTSTART, DTEND, _rr(ev), rid, 'DTSTAMP:' + stamp, org, uid, atts, _attach(ev, s), _conf(ev, s),
            'X-MICROSOFT-CDO-OWNERAPPTID:' + ev.get('ownerapptid', '-1'), created, desc, lastmod, locn, seq,
            status, summ, transp, _x(ev), _alarms(ev, s))
    elif s == 'exchange':
        add(org, atts, desc, _rr(ev), rid, uid, summ, DTSTART, DTEND, klass, prio, 'DTSTAMP:' + stamp,
            transp, status, seq, locn, url, _attach(ev, s),
            'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.get('sequence', 0),
            'X-MICROSOFT-CDO-OWNERAPPTID:' + ev.get('ownerapptid', '2121000000'),
            'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if ev.get('transp') == 'TRANSPARENT' else 'TENTATIVE'),
            'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if ev.get('transp') == 'TRANSPARENT' else 'BUSY'),
            'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.get('allday') else 'FALSE'),
            'X-MICROSOFT-CDO-IMPORTANCE:%d' % ev.get('importance', 1),
            'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else 0),
            _x(ev),
            'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
            'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE' if ev.get('method_req', True) else None,
            _alarms(ev, s))
    elif s == 'outlook':
        add(atts, klass, created, desc, DTEND, 'DTSTAMP:' + stamp, DTSTART, lastmod, locn, org, prio,
            _rr(ev), rid, seq, summ, transp, uid, url, _attach(ev, s), altd,
            'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:%d' % ev.get('importance', 1),
            'X-MICROSOFT-DISALLOW-COUNTER:FALSE', _x(ev), 'X-MS-OLK-AUTOFILLLOCATION:FALSE',
            'X-MS-OLK-AUTOSTARTCHECK:FALSE', 'X-MS-OLK-CONFTYPE:0', _alarms(ev, s))
    elif s in ('apple', 'icloud'):
        add(transp, DTEND, org, uid, 'DTSTAMP:' + stamp, locn,
            'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC' if ev.get('location') else None,
            desc, url, _rr(ev), rid, seq, _attach(ev, s), _conf(ev, s), status, summ, lastmod, created, DTSTART,
            atts, _x(ev), _alarms(ev, s))
    elif s == 'mozilla':
        add(created, lastmod, 'DTSTAMP:' + stamp, uid, summ, org, atts, _rr(ev), rid,
            'X-MOZ-RECEIVED-SEQUENCE:%d' % ev.get('sequence', 0), 'X-MOZ-RECEIVED-DTSTAMP:' + stamp,
            'X-MOZ-GENERATION:%d' % (ev.get('sequence', 0) + 1), DTSTART, DTEND, DUE, desc, locn, url,
            _attach(ev, s), seq, status, transp, _x(ev),
            'X-MOZ-SEND-INVITATIONS:TRUE' if ev.get('attendees') else None, _alarms(ev, s))
    elif s == 'sabre':
        add(created, 'DTSTAMP:' + stamp, lastmod, 'SEQUENCE:%d' % ev.get('sequence', 2), uid, DTSTART, DTEND,
            DUE, _rr(ev), rid, status, summ, locn, desc, url, _attach(ev, s), _conf(ev, s), org, atts, _x(ev),
            _alarms(ev, s))
    elif s == 'zimbra':
        add(uid, rid, _rr(ev), summ, locn, atts, org, DTSTART, DTEND, DUE, status, klass,
            'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', transp, lastmod, 'DTSTAMP:' + stamp, seq, desc, url,
            _attach(ev, s), altd, _x(ev), _alarms(ev, s))
    elif s == 'sogo':
        add(uid, summ, locn, desc, klass, created, 'DTSTAMP:' + stamp, lastmod, rid, _rr(ev), DTSTART, DTEND,
            DUE, transp, org, atts, url, _attach(ev, s), seq, status, _x(ev), _alarms(ev, s))
    elif s == 'yahoo':
        add(summ, desc, DTSTART, DTEND, _rr(ev), locn, org, atts, uid, 'DTSTAMP:' + stamp, seq, url,
            'X-YAHOO-EVENT-STATUS:BUSY', _x(ev), _alarms(ev, s))
    elif s == 'zoom':
        add('DTSTAMP:' + stamp, DTSTART, DTEND, summ, uid, 'TZID:' + (TZ.ZONES[ev['tz']][0] if ev.get('tz') else 'UTC'),
            desc, locn, url, org, _x(ev), _alarms(ev, s))
    else:  # custom: order chosen by generator
        order = ev.get('order') or ['uid', 'dtstamp', 'start', 'end', 'summary', 'description', 'location', 'url',
                                    'organizer', 'attendees', 'status', 'seq', 'alarms']
        m = {'uid': uid if not ev.get('no_uid') else None, 'dtstamp': None if ev.get('no_dtstamp') else 'DTSTAMP:' + stamp,
             'start': DTSTART, 'end': DTEND, 'due': DUE, 'summary': summ, 'description': desc, 'location': locn,
             'url': url, 'organizer': org, 'attendees': atts, 'status': status, 'seq': seq, 'rrule': _rr(ev),
             'alarms': _alarms(ev, s), 'attach': _attach(ev, s), 'conference': _conf(ev, s), 'altdesc': altd,
             'class': klass, 'priority': prio, 'transp': transp, 'created': created, 'lastmod': lastmod,
             'categories': categories, 'x': _x(ev), 'comment': comment, 'rid': rid}
        for k in order:
            add(m.get(k))
        for k in ('rrule', 'attach', 'conference', 'altdesc', 'x', 'comment', 'rid', 'due', 'categories'):
            if k not in order:
                add(m.get(k))
        if 'alarms' not in order:
            add(m['alarms'])
    if s not in ('custom',) and comment:
        L.append(comment)
    L.append('END:' + comp)
    # move alarms to end of component (after any appended comment)
    if 'BEGIN:VALARM' in L:
        i = L.index('BEGIN:VALARM')
        j = len(L) - 1 - L[::-1].index('END:VALARM')
        block = L[i:j + 1]
        rest = L[:i] + L[j + 1:]
        L = rest[:-1] + block + [rest[-1]]
    return L


PRODIDS = {
    'google': '-//Google Inc//Google Calendar 70.9054//EN',
    'exchange': 'Microsoft Exchange Server 2010',
    'outlook': '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'mozilla': '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'zimbra': 'Zimbra-Calendar-Provider',
    'sogo': '-//Inverse inc./SOGo 5.8.4//EN',
    'yahoo': '-//Yahoo! Inc.//Yahoo! Calendar//EN',
    'zoom': '-//zoom.us//iCalendar Event//EN',
    'sabre': '-//IDN nextcloud.com//Calendar app 4.6.2//EN',
}


def build(cal):
    """cal: dict(style, prodid, method, events, lang, enc, fold, tzs, calprops, quirks)"""
    s = cal['style']
    q = cal.get('quirks', set())
    method = cal.get('method')
    prodid = 'PRODID:' + (cal.get('prodid') or PRODIDS.get(s, '-//Calendar//EN'))
    M = ('METHOD:' + method) if method and 'no-method' not in q else None
    V = None if 'no-version' in q else 'VERSION:2.0'
    L = ['BEGIN:VCALENDAR']
    if s == 'exchange':
        L += [x for x in (M, prodid, V) if x]
    elif s == 'outlook':
        L += [x for x in (prodid, V, M) if x] + ['X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
    elif s in ('apple', 'icloud'):
        L += [x for x in (M, V, prodid, 'CALSCALE:GREGORIAN') if x]
    elif s == 'google':
        L += [x for x in (prodid, V, 'CALSCALE:GREGORIAN', M) if x]
    elif s == 'mozilla':
        L += [x for x in (prodid, V, M) if x]
    elif s == 'sabre':
        L += [x for x in (prodid, V, 'CALSCALE:GREGORIAN', M) if x]
    elif s == 'zoom':
        L += [x for x in (prodid, V, 'CALSCALE:GREGORIAN', M, 'CLASS:PUBLIC') if x]
    elif s == 'custom' and cal.get('head_order'):
        m = {'prodid': prodid, 'version': V, 'method': M, 'calscale': 'CALSCALE:GREGORIAN'}
        L += [m[k] for k in cal['head_order'] if m.get(k)]
    else:
        L += [x for x in (prodid, V, M) if x]
    L += cal.get('calprops', [])
    tzstyle = {'exchange': 'outlook', 'outlook': 'outlook', 'apple': 'apple', 'icloud': 'apple',
               'zimbra': 'zimbra', 'google': 'google', 'mozilla': 'mozilla'}.get(s, 'olson')
    if 'no-vtimezone' not in q:
        seen = []
        for ev in cal['events']:
            z = ev.get('tz')
            if not z or ev.get('allday') or ev.get('utc'):
                continue
            if s == 'google' and not ev.get('rrule'):
                continue
            key = TZ.ZONES[z][1] if tzstyle == 'outlook' else z
            if key in seen:
                continue
            seen.append(key)
            L += TZ.vtimezone(z, tzstyle)
    for ev in cal['events']:
        L += event_lines(ev, s, cal.get('lang', 'en'))
    L.append('END:VCALENDAR')
    # folding
    fold = cal.get('fold', 'std')
    enc = cal.get('enc', 'utf-8')
    out = []
    for ln in L:
        if fold == 'none':
            out.append(ln)
        elif fold == 'tab':
            out += fold_ics_line(ln, enc, 74, '\t')
        elif fold == 'long':
            out += fold_ics_line(ln, enc, 200, ' ')
        elif fold == 'chars':
            # folds at 75 characters rather than octets (common in scripts)
            if len(ln) > 75:
                out.append(ln[:75])
                out += [' ' + ln[i:i + 74] for i in range(75, len(ln), 74)]
            else:
                out.append(ln)
        else:
            out += fold_ics_line(ln, enc, 75 if s != 'exchange' else 74, ' ')
    eol = '\n' if 'lf' in q else '\r\n'
    return eol.join(out) + eol
