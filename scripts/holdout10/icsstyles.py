"""Per-client iCalendar serialisation (property order, X- properties, TZ handling)."""
import datetime as dt
import uuid
import tzs
from ical import esc, esc_loose, line, render

D = dt.timedelta


def dl(t):
    return t.strftime('%Y%m%dT%H%M%S')


def du(t):
    return t.strftime('%Y%m%dT%H%M%SZ')


def dd(t):
    return t.strftime('%Y%m%d')


def utc(E, t):
    return tzs.to_utc(E['tz'], t)


def att_params(a, style):
    cn = a.get('cn') or a['email']
    ps = a.get('partstat', 'NEEDS-ACTION')
    role = a.get('role', 'REQ-PARTICIPANT')
    rsvp = 'TRUE' if a.get('rsvp', True) else 'FALSE'
    if style == 'google':
        return [('CUTYPE', 'INDIVIDUAL'), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', cn),
                ('X-NUM-GUESTS', '0')]
    if style == 'outlook':
        return [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', cn)]
    if style == 'apple':
        p = [('CN', cn), ('CUTYPE', 'INDIVIDUAL'), ('EMAIL', a['email']), ('PARTSTAT', ps)]
        if ps == 'NEEDS-ACTION':
            p += [('ROLE', role), ('RSVP', 'TRUE')]
        return p
    if style == 'moz':
        return [('RSVP', rsvp), ('CN', cn), ('PARTSTAT', ps), ('ROLE', role)]
    if style == 'zimbra':
        return [('CN', cn), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp)]
    if style == 'nextcloud':
        return [('CN', cn), ('CUTYPE', 'INDIVIDUAL'), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rsvp)]
    if style == 'sogo':
        return [('CN', cn), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', rsvp)]
    if style == 'min':
        return [('CN', cn)] if a.get('cn') else []
    return [('ROLE', role), ('PARTSTAT', ps), ('RSVP', rsvp), ('CN', cn)]


def tzpair(E, style):
    """Return (DTSTART, DTEND) lines list."""
    if E.get('allday'):
        return [line('DTSTART', dd(E['start']), [('VALUE', 'DATE')]),
                line('DTEND', dd(E['end']), [('VALUE', 'DATE')])]
    if style == 'utc':
        return ['DTSTART:' + du(utc(E, E['start'])), 'DTEND:' + du(utc(E, E['end']))]
    if style == 'floating':
        return ['DTSTART:' + dl(E['start']), 'DTEND:' + dl(E['end'])]
    name = tzs.ZONES[E['tz']][1] if style == 'windows' else tzs.ZONES[E['tz']][0]
    return [line('DTSTART', dl(E['start']), [('TZID', name)]), line('DTEND', dl(E['end']), [('TZID', name)])]


def alarms(E, style):
    out = []
    for i, (trig, action, desc) in enumerate(E.get('alarms', [])):
        out.append('BEGIN:VALARM')
        if style == 'google':
            out += ['ACTION:' + action, 'DESCRIPTION:' + esc(desc), 'TRIGGER:' + trig]
        elif style == 'apple':
            out += ['X-WR-ALARMUID:' + E['alarm_uids'][i], 'UID:' + E['alarm_uids'][i],
                    'TRIGGER:' + trig, 'DESCRIPTION:' + esc(desc), 'ACTION:' + action]
        elif style == 'outlook':
            out += ['DESCRIPTION:' + esc(desc), line('TRIGGER', trig, [('RELATED', 'START')]), 'ACTION:' + action]
        elif style == 'zimbra':
            out += ['ACTION:' + action, line('TRIGGER', trig, [('RELATED', 'START')]), 'DESCRIPTION:' + esc(desc)]
        else:
            out += ['TRIGGER:' + trig, 'ACTION:' + action, 'DESCRIPTION:' + esc(desc)]
        if action == 'EMAIL' and E.get('attendees'):
            out.append('SUMMARY:' + esc(E['summary']))
            out.append('ATTENDEE:mailto:' + E['attendees'][0]['email'])
        if action == 'AUDIO':
            out = out[:-1] if out[-1].startswith('DESCRIPTION') else out
        out.append('END:VALARM')
    return out


def common_tail(E, escf=esc):
    out = []
    if E.get('url'):
        out.append('URL:' + E['url'])
    for uri, fmt, fn in E.get('attach', []):
        ps = []
        if fmt:
            ps.append(('FMTTYPE', fmt))
        if fn:
            ps.append(('FILENAME', fn))
        out.append(line('ATTACH', uri, ps))
    if E.get('conf'):
        uri, label = E['conf']
        out.append(line('CONFERENCE', uri, [('VALUE', 'URI'), ('FEATURE', 'VIDEO,AUDIO'), ('LABEL', label)]))
    if E.get('categories'):
        out.append('CATEGORIES:' + ','.join(escf(c) for c in E['categories']))
    return out


def component(E, style, escf=esc):
    """Serialize one VEVENT/VTODO in a client style. Returns list of lines."""
    kind = 'VTODO' if E.get('vtodo') else 'VEVENT'
    L = ['BEGIN:' + kind]
    o_cn, o_email = E['organizer']
    method = E.get('method', 'REQUEST')
    atts = E.get('attendees', [])
    stamp = du(E['dtstamp'])
    created = du(E['created'])
    tzst = E.get('tzstyle', 'olson')
    if kind == 'VTODO':
        L += ['DTSTAMP:' + stamp, 'UID:' + E['uid'], 'SUMMARY:' + escf(E['summary'])]
        if E.get('start'):
            L.append(line('DTSTART', dl(E['start']), [('TZID', tzs.ZONES[E['tz']][0])]))
        L.append(line('DUE', dl(E['end']), [('TZID', tzs.ZONES[E['tz']][0])]) if tzst != 'utc'
                 else 'DUE:' + du(utc(E, E['end'])))
        if E.get('desc'):
            L.append('DESCRIPTION:' + escf(E['desc']))
        L.append(line('ORGANIZER', 'mailto:' + o_email, [('CN', o_cn)] if o_cn else None))
        for a in atts:
            L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'generic')))
        L += ['STATUS:' + E.get('todo_status', 'NEEDS-ACTION'), 'PRIORITY:%d' % E.get('priority', 1),
              'SEQUENCE:%d' % E.get('seq', 0)]
        L += common_tail(E, escf) + alarms(E, style)
        L.append('END:VTODO')
        return L
    org = lambda ps: line('ORGANIZER', 'mailto:' + o_email, ps)
    rr = ['RRULE:' + E['rrule']] if E.get('rrule') else []
    if E.get('exdate'):
        rr += [line('EXDATE', ','.join(dl(x) for x in E['exdate']), [('TZID', tzs.ZONES[E['tz']][0 if style != 'outlook' else 1])])]
    rid = []
    if E.get('recurrence_id'):
        rid = [line('RECURRENCE-ID', dl(E['recurrence_id']), [('TZID', tzs.ZONES[E['tz']][0])])]
    desc = E.get('desc', '')
    status = E.get('status', 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED')
    if style == 'google':
        L += tzpair(E, 'utc' if not E.get('rrule') and tzst != 'floating' else 'olson')
        L += rr
        L.append('DTSTAMP:' + stamp)
        L.append(org([('CN', o_cn or o_email)]))
        L.append('UID:' + E['uid'])
        for a in atts:
            L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'google')))
        if E.get('gconf'):
            L.append('X-GOOGLE-CONFERENCE:' + E['gconf'])
        L.append('X-MICROSOFT-CDO-OWNERAPPTID:' + str(E['owner_apptid']))
        L += rid
        L += ['CREATED:' + created, 'DESCRIPTION:' + escf(desc), 'LAST-MODIFIED:' + stamp,
              'LOCATION:' + escf(E.get('location', '')), 'SEQUENCE:%d' % E.get('seq', 0), 'STATUS:' + status,
              'SUMMARY:' + escf(E['summary']), 'TRANSP:' + E.get('transp', 'OPAQUE')]
        L += common_tail(E, escf)
        L += alarms(E, 'google')
    elif style == 'outlook':
        lang = E.get('langtag', 'en-US')
        desk = E.get('outlook_desktop')
        if method == 'CANCEL' or method == 'REPLY' or True:
            pass
        L.append(org([('CN', o_cn)] if o_cn else None))
        for a in atts:
            L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'outlook')))
        if E.get('reply_comment'):
            L.append('COMMENT;LANGUAGE=%s:%s' % (lang, escf(E['reply_comment'])))
        L.append(line('DESCRIPTION', escf(desc), [('LANGUAGE', lang)]))
        L += rr
        L.append('UID:' + E['uid'])
        L += rid
        L.append(line('SUMMARY', escf(E['summary']), [('LANGUAGE', lang)]))
        L += tzpair(E, 'windows')
        L += ['CLASS:PUBLIC', 'PRIORITY:%d' % E.get('priority', 5), 'DTSTAMP:' + stamp,
              'TRANSP:' + E.get('transp', 'OPAQUE'), 'STATUS:' + status, 'SEQUENCE:%d' % E.get('seq', 0)]
        L.append(line('LOCATION', escf(E.get('location', '')), [('LANGUAGE', lang)]))
        L += common_tail(E, escf)
        L += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % E.get('seq', 0)]
        if not desk:
            L.append('X-MICROSOFT-CDO-OWNERAPPTID:' + str(E['owner_apptid']))
        L += ['X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else E.get('intended', 'BUSY')),
              'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if E.get('allday') else 'FALSE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % E.get('importance', 1),
              'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if E.get('rrule') else 0)]
        if E.get('teams'):
            L += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + E['teams'],
                  'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/' + E['uid'][-24:],
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % E['uid'][-28:]]
            L += ['X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2' % (o_email, E['uid'][-20:]),
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
        L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
        if not desk and method == 'REQUEST':
            L.append('X-MICROSOFT-ISRESPONSEREQUESTED:TRUE')
        if E.get('location') and not desk:
            L.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false\\,"LocationUri":""}]'
                     % escf(E['location']).replace('"', "'"))
        if desk:
            L += ['X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-AUTOSTARTCHECK:FALSE',
                  'X-MS-OLK-CONFTYPE:%d' % (2 if E.get('teams') else 0),
                  'X-MS-OLK-SENDER:mailto:' + o_email if E.get('olk_sender') else 'X-MS-OLK-APPTSEQTIME:' + stamp]
        L += alarms(E, 'outlook')
    elif style == 'apple':
        L += ['TRANSP:' + E.get('transp', 'OPAQUE'), 'DTEND' + tzpair(E, 'olson')[1][5:], 'UID:' + E['uid']]
        for a in atts:
            L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'apple')))
        L += ['DTSTAMP:' + stamp]
        if E.get('location'):
            L.append('LOCATION:' + escf(E['location']))
            if E.get('apple_geo'):
                L.append(line('X-APPLE-STRUCTURED-LOCATION', 'geo:%s' % E['apple_geo'],
                              [('VALUE', 'URI'), ('X-ADDRESS', E['location']), ('X-APPLE-RADIUS', '70.58'),
                               ('X-TITLE', E['location'].split(',')[0])]))
        if desc:
            L.append('DESCRIPTION:' + escf(desc))
        L += ['URL;VALUE=URI:' + E['url']] if E.get('url') else []
        L += ['SEQUENCE:%d' % E.get('seq', 0), 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'SUMMARY:' + escf(E['summary']),
              'LAST-MODIFIED:' + stamp, 'CREATED:' + created]
        L.append('DTSTART' + tzpair(E, 'olson')[0][7:])
        L += rr + rid
        L.append(org([('CN', o_cn), ('EMAIL', o_email)] if o_cn else [('EMAIL', o_email)]))
        if method == 'CANCEL':
            L.append('STATUS:CANCELLED')
        e2 = dict(E)
        e2.pop('url', None)
        L += common_tail(e2, escf)
        L += alarms(E, 'apple')
    elif style == 'moz':
        L += ['CREATED:' + created, 'LAST-MODIFIED:' + stamp, 'DTSTAMP:' + stamp, 'UID:' + E['uid'],
              'SUMMARY:' + escf(E['summary'])]
        L += rr
        L.append(org([('RSVP', 'TRUE'), ('CN', o_cn or o_email), ('PARTSTAT', 'ACCEPTED'), ('ROLE', 'CHAIR')]))
        for a in atts:
            L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'moz')))
        L += rid
        L += ['X-MOZ-RECEIVED-SEQUENCE:%d' % E.get('seq', 0), 'X-MOZ-RECEIVED-DTSTAMP:' + stamp] if E.get('moz_fwd') else []
        L += tzpair(E, 'olson')
        if method == 'CANCEL':
            L.append('STATUS:CANCELLED')
        L += ['DESCRIPTION:' + escf(desc)] if desc else []
        L += ['LOCATION:' + escf(E['location'])] if E.get('location') else []
        L += ['SEQUENCE:%d' % E.get('seq', 0), 'TRANSP:' + E.get('transp', 'OPAQUE')]
        L += common_tail(E, escf)
        L += ['X-MOZ-GENERATION:%d' % (E.get('seq', 0) + 1)] if E.get('seq') else []
        L += alarms(E, 'moz')
    elif style == 'zimbra':
        L += ['UID:' + E['uid'], 'SUMMARY:' + escf(E['summary'])]
        L += rr
        if E.get('location'):
            L.append('LOCATION:' + escf(E['location']))
        for a in atts:
            L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'zimbra')))
        L.append(org([('CN', o_cn)] if o_cn else None))
        L += tzpair(E, 'olson') + rid
        L += ['STATUS:' + status, 'CLASS:PUBLIC', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'TRANSP:' + E.get('transp', 'OPAQUE'), 'LAST-MODIFIED:' + stamp, 'DTSTAMP:' + stamp,
              'SEQUENCE:%d' % E.get('seq', 0)]
        if desc:
            L.append('DESCRIPTION:' + escf(desc))
        if E.get('alt_html'):
            L.append(line('X-ALT-DESC', escf(E['alt_html']), [('FMTTYPE', 'text/html')]))
        L += common_tail(E, escf)
        L += alarms(E, 'zimbra')
    elif style in ('nextcloud', 'sogo', 'yahoo'):
        if style == 'nextcloud':
            L += ['CREATED:' + created, 'DTSTAMP:' + stamp, 'LAST-MODIFIED:' + stamp,
                  'SEQUENCE:%d' % E.get('seq', 0), 'UID:' + E['uid']]
            L += tzpair(E, 'olson') + rr + rid
            L += ['STATUS:' + status, 'SUMMARY:' + escf(E['summary'])]
            L += ['LOCATION:' + escf(E['location'])] if E.get('location') else []
            L += ['DESCRIPTION:' + escf(desc)] if desc else []
            for a in atts:
                L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'nextcloud') + [('LANGUAGE', E.get('langtag', 'en')[:2])]))
            L.append(org([('CN', o_cn)] if o_cn else None))
        elif style == 'sogo':
            L += ['UID:' + E['uid'], 'SUMMARY:' + escf(E['summary'])]
            L += ['LOCATION:' + escf(E['location'])] if E.get('location') else []
            L += ['CLASS:PUBLIC', 'X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES']
            L.append(org([('CN', o_cn)] if o_cn else None))
            for a in atts:
                L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'sogo')))
            L += ['TRANSP:' + E.get('transp', 'OPAQUE')]
            L += ['DESCRIPTION:' + escf(desc)] if desc else []
            L += tzpair(E, 'olson') + rr + rid
            L += ['CREATED:' + created, 'DTSTAMP:' + stamp, 'LAST-MODIFIED:' + stamp, 'SEQUENCE:%d' % E.get('seq', 0)]
            if method == 'CANCEL':
                L.append('STATUS:CANCELLED')
        else:
            L += ['UID:' + E['uid'], 'SUMMARY:' + escf(E['summary']), 'DTSTAMP:' + stamp]
            L += tzpair(E, 'olson') + rr
            L += ['DESCRIPTION:' + escf(desc)] if desc else []
            L += ['LOCATION:' + escf(E['location'])] if E.get('location') else []
            L.append(org([('CN', o_cn)] if o_cn else None))
            for a in atts:
                L.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, 'generic')))
            L += ['SEQUENCE:%d' % E.get('seq', 0), 'STATUS:' + status, 'CLASS:PUBLIC', 'TRANSP:OPAQUE',
                  'X-YAHOO-YID:' + o_email.split('@')[0]]
        L += common_tail(E, escf)
        L += alarms(E, 'generic')
    elif style == 'zoom':
        L += ['DTSTAMP:' + stamp]
        L += tzpair(E, 'olson') + rr
        L += ['SUMMARY:' + escf(E['summary']), 'UID:' + E['uid'], 'TZID:' + tzs.ZONES[E['tz']][0],
              'DESCRIPTION:' + escf(desc), 'LOCATION:' + escf(E.get('location', ''))]
        if E.get('zoom_org'):
            L.append(org([('CN', o_cn)] if o_cn else None))
        L += common_tail(E, escf)
        L += alarms(E, 'generic')
    else:  # generic / booking / hand-rolled
        g = E.get('gen', {})
        order = g.get('order', 0)
        basic = ['UID:' + E['uid'], 'DTSTAMP:' + (stamp if not g.get('local_stamp') else dl(E['dtstamp']))]
        times = tzpair(E, g.get('tz', 'olson'))
        text = ['SUMMARY:' + escf(E['summary'])]
        if desc:
            text.append('DESCRIPTION:' + escf(desc))
        if E.get('location'):
            text.append('LOCATION:' + escf(E['location']))
        people = []
        if not g.get('no_organizer'):
            people.append(org([('CN', o_cn)] if o_cn else None))
        for a in atts:
            people.append(line('ATTENDEE', 'mailto:' + a['email'], att_params(a, g.get('att', 'generic'))))
        misc = []
        if g.get('status', True):
            misc.append('STATUS:' + status)
        if g.get('seq', True):
            misc.append('SEQUENCE:%d' % E.get('seq', 0))
        if g.get('priority'):
            misc.append('PRIORITY:%d' % g['priority'])
        if E.get('alt_html'):
            misc.append(line('X-ALT-DESC', escf(E['alt_html']), [('FMTTYPE', 'text/html')]))
        for xl in g.get('x', []):
            misc.append(xl)
        parts = [basic, times + rr + rid, text, people, misc]
        if order == 1:
            parts = [times + rr, text, basic, people, misc]
        elif order == 2:
            parts = [text, times + rr, people, basic, misc]
        for p in parts:
            L += p
        L += common_tail(E, escf)
        L += alarms(E, 'generic')
    L.append('END:' + kind)
    return L


def calendar(Es, style, prodid, method, extra_head=None, tzstyle='olson', with_tz=True, escf=esc,
             version_first=False, calscale=True, omit_method=False, tail_x=None):
    L = ['BEGIN:VCALENDAR']
    head = []
    if prodid is not None:
        head.append('PRODID:' + prodid)
    head.append('VERSION:2.0')
    if version_first:
        head.reverse()
    L += head
    if calscale:
        L.append('CALSCALE:GREGORIAN')
    if method and not omit_method:
        L.append('METHOD:' + method)
    L += extra_head or []
    if with_tz:
        seen = set()
        for E in Es:
            if E.get('allday') or E['tz'] in seen:
                continue
            if style == 'google' and not E.get('rrule'):
                continue
            seen.add(E['tz'])
            L += tzs.vtimezone(E['tz'], tzstyle)
    for E in Es:
        L += component(E, style, escf)
    L += tail_x or []
    L.append('END:VCALENDAR')
    return L
