"""Client renderers: reproduce MIME layout, headers and iCalendar style of calendar clients."""
import datetime as dt
import uuid as uuidlib
from .util import (esc, render_lines, ical_dt, ical_utc, to_utc, vtimezone, rfc2822, hdr, addr, TZ,
                   fold_header, enc_word, from_utc, can_encode)
from .lang import fmt_when, LOCALE
from . import mime
from .senders import make_transport, mx_headers, sign_headers, rtok, fake_b64, ALNUM, HEX


class Msg:
    def __init__(self, **kw):
        self.__dict__.update(dict(
            force_ip=None, env_domain=None, helo=None, envelope=None, spf=None, dkim_sel=None, dkim_d=None,
            dkim_res=None, esp_dkim=None, esp_host=None, esp_name=None, mta=None, dmarc_override=None,
            spf_override=None, dkim_override=None, apple_server=False, google_mode='gmail', ms_region='NAM',
            ms_consumer=False, ms_server='BN8PR12MB3456', subject=None, body=None, html=None, quirks=(),
            fwd=None, list=None, extra_headers=[], reply_to=None, sender_hdr=None, to_hdr=None, cc=None,
            prodid=None, service=None, ics_name=None, teams=False, meet=None, cal_extra=[], fold=None,
            hdr_charset=None, hdr_mode=None, charset=None, cte=None, ics_charset='UTF-8', ics_cte=None,
            x_mailer=None, xalt_in_body=False, infra=None, reply_partstat='ACCEPTED', nc_host=None, nc_from=None,
            nc_name=None, zhost=None, onprem_host=None, olk_ver='16.0', apple_prodid=None, bulk_layout=None,
            extra_relay=[], extra_hdr_top=[], postfix_mid=False, ics_meth=None, ct_meth=None, method='REQUEST',
            to_extra=[], sub=None))
        self.__dict__.update(kw)

    def ics_method(self):
        return self.ics_meth or self.method

    def ct_method(self):
        return self.ct_meth or self.method


def uuid4(rng):
    return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))


# ------------------------------------------------------------------ iCalendar helpers
def pval(v):
    if any(c in v for c in ':;,') or v != v.strip():
        return '"%s"' % v.replace('"', "'")
    return v


def P(name, value, params=()):
    s = name
    for k, v in params:
        s += ';%s=%s' % (k, v)
    return s + ':' + value


def dtp(name, d, ev, mode, tzname=None):
    if ev.get('allday'):
        return P(name, d.strftime('%Y%m%d'), [('VALUE', 'DATE')])
    if mode == 'utc':
        return P(name, ical_utc(to_utc(ev['tz'], d)))
    if mode == 'float':
        return P(name, ical_dt(d))
    return P(name, ical_dt(d), [('TZID', pval(tzname or ev['tz']) if ' ' not in (tzname or '') else tzname)])


def tz_block(ev, style):
    if ev.get('allday') or ev['tz'] == 'UTC' and style != 'ms':
        return []
    return vtimezone(ev['tz'], style)


def ms_tzid(ev):
    return TZ[ev['tz']][5]


def att_line(a, style, lang='en'):
    n, e = a['name'], a['email']
    role, ps, rsvp = a.get('role', 'REQ-PARTICIPANT'), a.get('partstat', 'NEEDS-ACTION'), a.get('rsvp', True)
    cu = a.get('cutype', 'INDIVIDUAL')
    cn = pval(n or e)
    if style == 'google':
        pr = [('CUTYPE', cu), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn),
              ('X-NUM-GUESTS', '0')]
    elif style == 'ms':
        pr = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn)]
        if ps != 'NEEDS-ACTION':
            pr = [('PARTSTAT', ps), ('CN', cn)]
    elif style == 'olk':
        pr = [('CN', '"%s"' % (n or e).replace('"', '')), ('RSVP', 'TRUE' if rsvp else 'FALSE')]
        if role == 'OPT-PARTICIPANT':
            pr.insert(0, ('ROLE', role))
    elif style == 'apple':
        pr = [('CN', cn), ('CUTYPE', cu), ('EMAIL', e), ('PARTSTAT', ps), ('ROLE', role)]
        if rsvp:
            pr.append(('RSVP', 'TRUE'))
    elif style == 'moz':
        pr = [('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn), ('PARTSTAT', ps), ('ROLE', role)]
    elif style == 'zimbra':
        pr = [('CN', cn), ('ROLE', role), ('PARTSTAT', ps), ('RSVP', 'TRUE' if rsvp else 'FALSE')]
    elif style == 'sabre':
        pr = [('CN', cn), ('CUTYPE', cu), ('PARTSTAT', ps), ('ROLE', role), ('RSVP', 'TRUE' if rsvp else 'FALSE'),
              ('LANGUAGE', lang)]
    elif style == 'min':
        pr = [('CN', cn)] if n else []
        if rsvp:
            pr.append(('RSVP', 'TRUE'))
    else:
        pr = [('ROLE', role), ('PARTSTAT', ps), ('RSVP', 'TRUE' if rsvp else 'FALSE'), ('CN', cn)]
    if style != 'min' and not n and style in ('moz', 'apple', 'zimbra'):
        pr = [p for p in pr if p[0] != 'CN']
    return P('ATTENDEE', 'mailto:' + e, pr)


def org_line(o, style):
    n, e = o
    if style == 'moz':
        return P('ORGANIZER', 'mailto:' + e, [('RSVP', 'TRUE'), ('CN', pval(n)), ('PARTSTAT', 'ACCEPTED'), ('ROLE', 'CHAIR')])
    if style == 'apple':
        return P('ORGANIZER', 'mailto:' + e, [('CN', pval(n)), ('EMAIL', e)])
    if style == 'olk':
        return P('ORGANIZER', 'mailto:' + e, [('CN', '"%s"' % n.replace('"', ''))])
    if not n:
        return P('ORGANIZER', 'mailto:' + e)
    return P('ORGANIZER', 'mailto:' + e, [('CN', pval(n))])


def alarms(ev, style):
    L = []
    for trig in ev.get('alarms') or []:
        if style == 'ms':
            L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:' + trig, 'ACTION:DISPLAY', 'END:VALARM']
        elif style == 'olk':
            L += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
        elif style == 'moz':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;VALUE=DURATION:' + trig,
                  'DESCRIPTION:Default Mozilla Description', 'END:VALARM']
        elif style == 'apple':
            u = ev['_rng_uuid']()
            L += ['BEGIN:VALARM', 'X-WR-ALARMUID:' + u, 'UID:' + u, 'TRIGGER:' + trig, 'ATTACH;VALUE=URI:Chord',
                  'ACTION:AUDIO', 'END:VALARM']
        elif style == 'google':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder', 'TRIGGER:' + trig,
                  'END:VALARM']
        elif style == 'zimbra':
            L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + trig, 'DESCRIPTION:Reminder', 'END:VALARM']
        else:
            desc = ev.get('alarm_desc') or 'Reminder'
            L += ['BEGIN:VALARM', 'TRIGGER:' + trig, 'ACTION:DISPLAY', 'DESCRIPTION:' + esc(desc), 'END:VALARM']
    return L


def escf(m, text):
    return esc(text, sloppy='noescape' in m.quirks)


def ics_text(m, lines):
    mode = m.fold or 'octet'
    if 'nofold' in m.quirks:
        mode = 'none'
    elif 'charfold' in m.quirks:
        mode = 'char'
    eol = '\n' if 'lf' in m.quirks else '\r\n'
    return render_lines(lines, mode, eol)


def cal_open(m, prodid, order='std', calscale=True):
    L = ['BEGIN:VCALENDAR']
    meth = [] if ('nomethod' in m.quirks or not m.method) else ['METHOD:' + m.ics_method()]
    if order == 'ms':
        L += meth + ['PRODID:' + prodid, 'VERSION:2.0']
    elif order == 'apple':
        L += meth + ['VERSION:2.0', 'PRODID:' + prodid] + (['CALSCALE:GREGORIAN'] if calscale else [])
    elif order == 'sabre':
        L += ['VERSION:2.0', 'PRODID:' + prodid] + (['CALSCALE:GREGORIAN'] if calscale else []) + meth
    elif order == 'noprodid' or prodid == '':
        L += ['VERSION:2.0'] + meth
    else:
        L += (['PRODID:' + prodid] if prodid else []) + ['VERSION:2.0'] + (['CALSCALE:GREGORIAN'] if calscale else []) + meth
    return L + list(m.cal_extra)


def ev_common_extra(ev):
    L = []
    if ev.get('url'):
        L.append(P('URL', ev['url'], [('VALUE', 'URI')] if ev.get('url_param') else []))
    for a in ev.get('attach') or []:
        uri, fmt, fn = a
        pr = []
        if fn:
            pr.append(('FILENAME', pval(fn)))
        if fmt:
            pr.append(('FMTTYPE', fmt))
        L.append(P('ATTACH', uri, pr))
    if ev.get('conference'):
        L.append(P('CONFERENCE', ev['conference'], [('VALUE', 'URI'), ('FEATURE', 'VIDEO,AUDIO'),
                                                    ('LABEL', pval(ev.get('conf_label') or 'Join'))]))
    if ev.get('xalt'):
        L.append(P('X-ALT-DESC', esc(ev['xalt']).replace('\\,', ',').replace('\\;', ';'), [('FMTTYPE', 'text/html')]))
    for line in ev.get('extra_props') or []:
        L.append(line)
    return L


def comp_name(ev):
    return ev.get('comp', 'VEVENT')


# ------------------------------------------------------------------ serialisers
def ics_google(m):
    L = cal_open(m, m.prodid or '-//Google Inc//Google Calendar 70.9054//EN')
    tzs = []
    for ev in m.events:
        if ev.get('rrule') and ev['tz'] not in tzs and not ev.get('allday'):
            tzs.append(ev['tz'])
            L += vtimezone(ev['tz'], 'olson')
    for ev in m.events:
        mode = 'tzid' if ev.get('rrule') else 'utc'
        L.append('BEGIN:' + comp_name(ev))
        L.append(dtp('DTSTART', ev['start'], ev, mode))
        L.append(dtp('DTEND', ev['end'], ev, mode))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        L.append(org_line(ev['organizer'], 'google'))
        L.append('UID:' + ev['uid'])
        if not ev.get('hide_guests'):
            for a in ev['attendees']:
                L.append(att_line(a, 'google'))
        if ev.get('meet'):
            L.append('X-GOOGLE-CONFERENCE:' + ev['meet'])
        if ev.get('ownerapptid'):
            L.append('X-MICROSOFT-CDO-OWNERAPPTID:' + ev['ownerapptid'])
        if ev.get('recurid'):
            L.append('RECURRENCE-ID:' + ical_utc(to_utc(ev['tz'], ev['recurid'])))
        L.append('CREATED:' + ical_utc(ev['created']))
        desc = ev.get('desc') or ''
        if ev.get('meet'):
            desc = (desc + '\n\n' if desc else '') + ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                                                   'Join with Google Meet: %s\n\nLearn more about Meet at: '
                                                   'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n'
                                                   '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % ev['meet'])
        L.append('DESCRIPTION:' + escf(m, desc))
        L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
        L.append('LOCATION:' + escf(m, ev.get('loc') or ''))
        L.append('SEQUENCE:%d' % ev.get('seq', 0))
        L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
        L.append('SUMMARY:' + escf(m, ev['summary']))
        L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
        L += ev_common_extra(ev)
        L += alarms(ev, 'google')
        L.append('END:' + comp_name(ev))
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ms_uid(rng):
    return ('040000008200E00074C5B7101A82E00800000000' + rtok(rng, 16, HEX) + '000000000000000010000000'
            + rtok(rng, 32, HEX))


def ics_ms(m):
    """Exchange / Exchange Online."""
    lang = LOCALE[m.lang]
    L = cal_open(m, m.prodid or 'Microsoft Exchange Server 2010', 'ms')
    ev0 = m.events[0]
    if not ev0.get('allday'):
        L += vtimezone(ev0['tz'], 'ms')
    for ev in m.events:
        meth = m.ics_method()
        L.append('BEGIN:' + comp_name(ev))
        L.append(org_line(ev['organizer'], 'ms'))
        for a in ev['attendees']:
            if meth == 'REPLY' and a['email'] != m.from_addr:
                continue
            if a['email'] == ev['organizer'][1] and meth != 'REPLY':
                continue
            L.append(att_line(a, 'ms'))
        if meth == 'REPLY' and ev.get('comment'):
            L.append(P('COMMENT', escf(m, ev['comment']), [('LANGUAGE', lang)]))
        if meth != 'REPLY':
            L.append(P('DESCRIPTION', escf(m, ev.get('desc_full', ev.get('desc') or '')), [('LANGUAGE', lang)]))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('UID:' + ev['uid'])
        if ev.get('recurid'):
            L.append(P('RECURRENCE-ID', ical_dt(ev['recurid']), [('TZID', ms_tzid(ev))]))
        L.append(P('SUMMARY', escf(m, ev['summary']), [('LANGUAGE', lang)]))
        if ev.get('allday'):
            L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
            L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
        else:
            L.append(dtp('DTSTART', ev['start'], ev, 'tzid', ms_tzid(ev)))
            L.append(dtp('DTEND', ev['end'], ev, 'tzid', ms_tzid(ev)))
        L.append('CLASS:' + ev.get('klass', 'PUBLIC'))
        L.append('PRIORITY:%d' % (1 if meth == 'CANCEL' else (ev.get('prio') or 5)))
        L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
        L.append('STATUS:' + ('CANCELLED' if meth == 'CANCEL' else ev.get('status', 'CONFIRMED')))
        L.append('SEQUENCE:%d' % ev.get('seq', 0))
        if ev.get('loc') is not None:
            L.append(P('LOCATION', escf(m, ev.get('loc') or ''), [('LANGUAGE', lang)]))
        L.append('X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.get('seq', 0))
        if meth != 'REPLY':
            L.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % ev['_ownerid'])
        L.append('X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if meth == 'CANCEL' else ('BUSY' if meth == 'REPLY' else 'TENTATIVE')))
        L.append('X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if meth == 'CANCEL' else 'BUSY'))
        L.append('X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if ev.get('allday') else 'FALSE'))
        L.append('X-MICROSOFT-CDO-IMPORTANCE:%d' % ev.get('importance', 1))
        L.append('X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.get('rrule') else (3 if ev.get('recurid') else 0)))
        if ev.get('teams'):
            L.append('X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:')
            L.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s;gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s'
                     % (ev['organizer'][1], ev['teams']['thread'], ev['teams']['oid'], ev['teams']['tid']))
            L.append('X-MICROSOFT-SKYPETEAMSMEETINGURL:' + ev['teams']['url'])
            L.append('X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/%s/%s/19_meeting_%s@thread.v2/0'
                     % (ev['teams']['tid'], ev['teams']['oid'], ev['teams']['thread']))
            L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}'
                     % ev['teams']['thread'])
        L.append('X-MICROSOFT-DONOTFORWARDMEETING:FALSE')
        L.append('X-MICROSOFT-DISALLOW-COUNTER:FALSE')
        L.append('X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT')
        if meth == 'REQUEST':
            L.append('X-MICROSOFT-ISRESPONSEREQUESTED:TRUE')
        if ev.get('loc'):
            L.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" } ]'
                     % ev['loc'].replace('"', "'").replace(',', '\\,').replace(';', '\\;'))
        L += ev_common_extra(ev)
        if meth == 'REQUEST':
            L += alarms(ev, 'ms')
        L.append('END:' + comp_name(ev))
    L.append('END:VCALENDAR')
    m.fold = m.fold or 'outlook'
    return ics_text(m, L)


def ics_olk(m):
    """Outlook desktop (non-Exchange account): alphabetic property order, X-MS-OLK-*, X-ALT-DESC."""
    ver = m.olk_ver
    L = cal_open(m, m.prodid or '-//Microsoft Corporation//Outlook %s MIMEDIR//EN' % ver, 'std', calscale=False)
    L.insert(4 if 'METHOD' in ''.join(L) else 3, 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE')
    ev0 = m.events[0]
    if not ev0.get('allday'):
        L += vtimezone(ev0['tz'], 'ms')
    for ev in m.events:
        L.append('BEGIN:' + comp_name(ev))
        for a in ev['attendees']:
            if a['email'] != ev['organizer'][1]:
                L.append(att_line(a, 'olk'))
        L.append('CLASS:' + ev.get('klass', 'PUBLIC'))
        L.append('CREATED:' + ical_utc(ev['created']))
        L.append('DESCRIPTION:' + escf(m, ev.get('desc') or ''))
        L.append(dtp('DTEND', ev['end'], ev, 'tzid', ms_tzid(ev)))
        L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        L.append(dtp('DTSTART', ev['start'], ev, 'tzid', ms_tzid(ev)))
        L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
        if ev.get('loc'):
            L.append('LOCATION:' + escf(m, ev['loc']))
        L.append(org_line(ev['organizer'], 'olk'))
        L.append('PRIORITY:%d' % (ev.get('prio') or 5))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('SEQUENCE:%d' % ev.get('seq', 0))
        L.append(P('SUMMARY', escf(m, ev['summary']), [('LANGUAGE', LOCALE[m.lang].split('-')[0])]))
        L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
        L.append('UID:' + ev['uid'])
        extra = ev_common_extra(ev)
        if not ev.get('xalt'):
            html = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n<!-- Converted from text/rtf format -->\n\n' + \
                   ''.join('<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n' % (LOCALE[m.lang].split('-')[0], html_esc(p)) for p in (ev.get('desc') or '').split('\n') if p) + \
                   '\n</BODY>\n</HTML>'
            extra.append(P('X-ALT-DESC', esc(html).replace('\\,', ',').replace('\\;', ';'), [('FMTTYPE', 'text/html')]))
        L += extra
        L.append('X-MICROSOFT-CDO-BUSYSTATUS:BUSY')
        L.append('X-MICROSOFT-CDO-IMPORTANCE:1')
        L.append('X-MICROSOFT-DISALLOW-COUNTER:FALSE')
        L.append('X-MS-OLK-AUTOFILLLOCATION:FALSE')
        if ev.get('olk_startcheck', True):
            L.append('X-MS-OLK-AUTOSTARTCHECK:FALSE')
        L.append('X-MS-OLK-CONFTYPE:0')
        L += alarms(ev, 'olk')
        L.append('END:' + comp_name(ev))
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ics_apple(m):
    L = cal_open(m, m.prodid or m.apple_prodid, 'apple')
    tzs = []
    for ev in m.events:
        if not ev.get('allday') and ev['tz'] not in tzs:
            tzs.append(ev['tz'])
            L += vtimezone(ev['tz'], 'apple')
    for ev in m.events:
        L.append('BEGIN:' + comp_name(ev))
        L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
        L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
        L.append(org_line(ev['organizer'], 'apple'))
        L.append('UID:' + ev['uid'])
        L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        if ev.get('loc'):
            L.append('LOCATION:' + escf(m, ev['loc']))
        L.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('SEQUENCE:%d' % ev.get('seq', 0))
        for a in ev['attendees']:
            L.append(att_line(a, 'apple'))
        L.append('SUMMARY:' + escf(m, ev['summary']))
        if ev.get('desc'):
            L.append('DESCRIPTION:' + escf(m, ev['desc']))
        L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
        L.append('CREATED:' + ical_utc(ev['created']))
        L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
        L += ev_common_extra(ev)
        L += alarms(ev, 'apple')
        L.append('END:' + comp_name(ev))
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ics_moz(m):
    L = cal_open(m, m.prodid or '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'std', calscale=False)
    tzs = []
    for ev in m.events:
        if not ev.get('allday') and ev['tz'] not in tzs:
            tzs.append(ev['tz'])
            L += vtimezone(ev['tz'], 'olson')
    for ev in m.events:
        c = comp_name(ev)
        L.append('BEGIN:' + c)
        L.append('CREATED:' + ical_utc(ev['created']))
        L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
        L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        L.append('UID:' + ev['uid'])
        L.append('SUMMARY:' + escf(m, ev['summary']))
        L.append(org_line(ev['organizer'], 'moz'))
        for a in ev['attendees']:
            if a['email'] != ev['organizer'][1]:
                L.append(att_line(a, 'moz'))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        if c == 'VTODO':
            L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
            L.append(dtp('DUE', ev['end'], ev, 'tzid'))
            L.append('STATUS:NEEDS-ACTION')
        else:
            L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
            L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
        if ev.get('desc'):
            L.append('DESCRIPTION:' + escf(m, ev['desc']))
        if ev.get('loc'):
            L.append('LOCATION:' + escf(m, ev['loc']))
        L.append('SEQUENCE:%d' % ev.get('seq', 0))
        if c == 'VEVENT':
            L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
        L.append('X-MOZ-SEND-INVITATIONS:TRUE')
        L.append('X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE')
        L += ev_common_extra(ev)
        L += alarms(ev, 'moz')
        L.append('END:' + c)
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ics_zimbra(m):
    L = cal_open(m, m.prodid or 'Zimbra-Calendar-Provider', 'std', calscale=False)
    ev0 = m.events[0]
    if not ev0.get('allday'):
        L += vtimezone(ev0['tz'], 'zimbra')
    for ev in m.events:
        L.append('BEGIN:' + comp_name(ev))
        L.append('UID:' + ev['uid'])
        L.append('SUMMARY:' + escf(m, ev['summary']))
        if ev.get('loc'):
            L.append('LOCATION:' + escf(m, ev['loc']))
        for a in ev['attendees']:
            if a['email'] != ev['organizer'][1]:
                L.append(att_line(a, 'zimbra'))
        L.append(org_line(ev['organizer'], 'zimbra'))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
        L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
        L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
        L.append('CLASS:' + ev.get('klass', 'PUBLIC'))
        L.append('X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY')
        L.append('TRANSP:' + ev.get('transp', 'OPAQUE'))
        L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
        L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        L.append('SEQUENCE:%d' % ev.get('seq', 0))
        if ev.get('desc'):
            L.append('DESCRIPTION:' + escf(m, ev['desc']))
        L += ev_common_extra(ev)
        L += alarms(ev, 'zimbra')
        L.append('END:' + comp_name(ev))
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ics_sabre(m, style='sabre'):
    L = cal_open(m, m.prodid or '-//Sabre//Sabre VObject 4.5.4//EN', 'sabre')
    ev0 = m.events[0]
    if not ev0.get('allday'):
        L += vtimezone(ev0['tz'], 'sabre')
    for ev in m.events:
        L.append('BEGIN:' + comp_name(ev))
        if style == 'sogo':
            L.append('UID:' + ev['uid'])
            L.append('SUMMARY:' + escf(m, ev['summary']))
            if ev.get('loc'):
                L.append('LOCATION:' + escf(m, ev['loc']))
            L.append('CLASS:PUBLIC')
            L.append('X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:YES')
            L.append('TRANSP:OPAQUE')
            L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
            L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
            if ev.get('rrule'):
                L.append('RRULE:' + ev['rrule'])
            L.append(org_line(ev['organizer'], 'sabre'))
            for a in ev['attendees']:
                if a['email'] != ev['organizer'][1]:
                    L.append(att_line(a, 'zimbra'))
            if ev.get('desc'):
                L.append('DESCRIPTION:' + escf(m, ev['desc']))
            L.append('CREATED:' + ical_utc(ev['created']))
            L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
            L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
            L.append('SEQUENCE:%d' % ev.get('seq', 0))
        else:
            L.append('UID:' + ev['uid'])
            L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
            L.append('CREATED:' + ical_utc(ev['created']))
            L.append('LAST-MODIFIED:' + ical_utc(ev['lastmod']))
            L.append('SEQUENCE:%d' % ev.get('seq', 0))
            L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
            L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
            if ev.get('rrule'):
                L.append('RRULE:' + ev['rrule'])
            L.append('STATUS:' + ev.get('status', 'CONFIRMED'))
            L.append('SUMMARY:' + escf(m, ev['summary']))
            if ev.get('loc'):
                L.append('LOCATION:' + escf(m, ev['loc']))
            if ev.get('desc'):
                L.append('DESCRIPTION:' + escf(m, ev['desc']))
            L.append(org_line(ev['organizer'], 'sabre'))
            for a in ev['attendees']:
                if a['email'] != ev['organizer'][1]:
                    L.append(att_line(a, 'sabre', m.lang))
        L += ev_common_extra(ev)
        L += alarms(ev, 'moz' if style == 'sogo' else 'generic')
        L.append('END:' + comp_name(ev))
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ics_generic(m, order='std', att_style='generic', dtmode='tzid', with_tz=True, stamp_first=True,
                calscale=True):
    """Booking systems, libraries and hand-rolled tools."""
    L = cal_open(m, m.prodid, order, calscale=calscale)
    if with_tz and dtmode == 'tzid':
        tzs = []
        for ev in m.events:
            if not ev.get('allday') and ev['tz'] not in tzs and ev['tz'] != 'UTC':
                tzs.append(ev['tz'])
                L += vtimezone(ev['tz'], 'olson' if m.rng.random() < 0.5 else 'sabre')
    for ev in m.events:
        c = comp_name(ev)
        L.append('BEGIN:' + c)
        if stamp_first:
            L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
            L.append('UID:' + ev['uid'])
        mode = dtmode if not ev.get('allday') else 'tzid'
        if ev['tz'] == 'UTC' and mode == 'tzid':
            mode = 'utc'
        L.append(dtp('DTSTART', ev['start'], ev, mode))
        L.append(dtp('DUE' if c == 'VTODO' else 'DTEND', ev['end'], ev, mode))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('SUMMARY:' + escf(m, ev['summary']))
        if ev.get('desc'):
            L.append('DESCRIPTION:' + escf(m, ev['desc']))
        if ev.get('loc'):
            L.append('LOCATION:' + escf(m, ev['loc']))
        if ev.get('organizer') and not ev.get('no_org'):
            L.append(org_line(ev['organizer'], 'generic'))
        for a in ev['attendees']:
            if a['email'] != ev['organizer'][1]:
                L.append(att_line(a, att_style))
        if not stamp_first:
            L.append('UID:' + ev['uid'])
            if 'nodtstamp' not in m.quirks:
                L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
        if ev.get('status'):
            L.append('STATUS:' + ev['status'])
        if ev.get('seq') is not None and order != 'noprodid':
            L.append('SEQUENCE:%d' % ev.get('seq', 0))
        if ev.get('cats'):
            L.append('CATEGORIES:' + ev['cats'])
        if ev.get('prio'):
            L.append('PRIORITY:%d' % ev['prio'])
        L += ev_common_extra(ev)
        L += alarms(ev, 'generic')
        L.append('END:' + c)
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def ics_zoom(m):
    L = cal_open(m, m.prodid or '-//zoom.us//iCalendar Event//EN', 'std')
    L.append('CLASS:PUBLIC')
    ev = m.events[0]
    L += vtimezone(ev['tz'], 'olson')
    L.append('BEGIN:VEVENT')
    L.append('DTSTAMP:' + ical_utc(ev['dtstamp']))
    L.append(dtp('DTSTART', ev['start'], ev, 'tzid'))
    L.append(dtp('DTEND', ev['end'], ev, 'tzid'))
    L.append('SUMMARY:' + escf(m, ev['summary']))
    L.append('UID:' + ev['uid'])
    L.append('TZID:' + ev['tz'])
    L.append('DESCRIPTION:' + escf(m, ev.get('desc') or ''))
    L.append('LOCATION:' + escf(m, ev.get('loc') or ''))
    L += ev_common_extra(ev)
    L += ['BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
    L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return ics_text(m, L)


def html_esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def linkify(s):
    import re
    s = html_esc(s)
    return re.sub(r'(https?://[^\s<>&]+)', r'<a href="\1">\1</a>', s)


def html_paras(s):
    return '<br>'.join(linkify(x) for x in (s or '').split('\n'))


# ------------------------------------------------------------------ shared pieces
def tzlabel(ev):
    std, dst, rule, sa, da, win = TZ[ev['tz']]
    from .util import is_dst
    ab = da if (dst is not None and is_dst(ev['tz'], ev['start'])) else sa
    if ab[0] in '+-':
        off = int(ab)
        return 'GMT%+d' % off
    return ab


def when_str(m, ev):
    return fmt_when(m.lang, ev['start'], ev['end'], tzlabel(ev), ev.get('allday'))


def H(m, name, value, default_cs='UTF-8', default_mode='B'):
    cs = m.hdr_charset or default_cs
    mode = m.hdr_mode or default_mode
    return hdr(name, value, cs, mode, raw8=('raw8hdr' in m.quirks and name in ('Subject', 'From', 'To')))


def A(m, name, email, default_cs='UTF-8', default_mode='B', quote=True):
    cs = m.hdr_charset or default_cs
    mode = m.hdr_mode or default_mode
    if 'raw8hdr' in m.quirks and name:
        return '"%s" <%s>' % (name, email)
    return addr(name, email, cs, mode, quote)


def to_value(m, cs='UTF-8', mode='B', names=True):
    if m.to_hdr is not None:
        return m.to_hdr
    items = []
    for n, e in [m.rcpt] + list(m.to_extra or []):
        items.append(A(m, n, e, cs, mode) if (names and n) else e)
    return ', '.join(items)


def reply_word(m):
    L = m.L
    if m.reply_partstat == 'ACCEPTED':
        return L['acc']
    if m.reply_partstat == 'DECLINED':
        return L['dec']
    return 'Tentative' if m.lang == 'en' else L['maybe']


def subject_default(m, ev, style='google'):
    L = m.L
    meth = m.method
    s = ev['summary']
    if style == 'google':
        pre = {'REQUEST': L['upd'] if ev.get('seq', 0) > 0 else L['inv'], 'CANCEL': L['can'],
               'PUBLISH': L['inv']}.get(meth, L['inv'])
        if meth == 'REPLY':
            return '%s: %s @ %s' % (reply_word(m), s, when_str(m, ev))
        return '%s: %s @ %s (%s)' % (pre, s, when_str(m, ev), getattr(m, 'subject_addr', None) or m.rcpt[1])
    if style == 'outlook':
        if meth == 'REPLY':
            return '%s: %s' % (reply_word(m), s)
        if meth == 'CANCEL':
            return '%s: %s' % (L['cx'], s)
        return s
    if style == 'prefix':
        if meth == 'REPLY':
            return '%s: %s' % (reply_word(m), s)
        if meth == 'CANCEL':
            return '%s: %s' % (L['cx'], s)
        return '%s: %s' % (L['upd'] if ev.get('seq', 0) > 0 else L['inv'], s)
    return s


def guests_lines(m, ev, limit=12):
    out = []
    for a in ev['attendees'][:limit]:
        out.append('%s%s' % (a['name'] + ' - ' if a['name'] else '', a['email']))
    if len(ev['attendees']) > limit:
        out.append('... (+%d)' % (len(ev['attendees']) - limit))
    return out


def std_text(m, ev, intro=None, links=None):
    L = m.L
    lines = []
    if intro:
        lines += [intro, '']
    lines += ['%s: %s' % (L['title'], ev['summary']), '%s: %s' % (L['when'], when_str(m, ev))]
    if ev.get('loc'):
        lines.append('%s: %s' % (L['where'], ev['loc']))
    lines.append('%s: %s <%s>' % (L['org'], ev['organizer'][0], ev['organizer'][1]))
    if ev.get('desc'):
        lines += ['', '%s:' % L['desc'], ev['desc']]
    if links:
        lines += [''] + links
    return '\n'.join(lines)


def std_html(m, ev, intro=None, buttons=None, font='Arial,Helvetica,sans-serif'):
    L = m.L
    rtl = m.lang in ('ar', 'he')
    rows = [(L['when'], html_esc(when_str(m, ev)))]
    if ev.get('loc'):
        rows.append((L['where'], linkify(ev['loc'])))
    rows.append((L['org'], '%s &lt;%s&gt;' % (html_esc(ev['organizer'][0]), html_esc(ev['organizer'][1]))))
    if ev.get('desc'):
        rows.append((L['desc'], html_paras(ev['desc'])))
    h = '<html%s><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n' % (' dir="rtl"' if rtl else '')
    h += '<body style="font-family:%s;font-size:14px;color:#222">\n' % font
    if intro:
        h += '<p>%s</p>\n' % html_esc(intro)
    h += '<h2 style="font-size:18px;margin:8px 0">%s</h2>\n<table cellpadding="4" cellspacing="0" border="0">\n' % html_esc(ev['summary'])
    for k, v in rows:
        h += '<tr><td style="color:#777;vertical-align:top;white-space:nowrap">%s</td><td>%s</td></tr>\n' % (html_esc(k), v)
    h += '</table>\n'
    if buttons:
        h += '<p>' + ' &nbsp; '.join('<a href="%s" style="display:inline-block;padding:6px 14px;border:1px solid #ccc;'
                                      'border-radius:4px;text-decoration:none;color:#1a73e8">%s</a>' % (u, html_esc(t))
                                      for t, u in buttons) + '</p>\n'
    h += '</body></html>\n'
    return h


def ev0(m):
    return m.events[0]


def list_footer(m, text):
    if not m.list:
        return text
    return text.rstrip('\n') + '\n' + m.list['footer'] + '\n'


def cal_ct(m, fmt='text/calendar; charset="{cs}"; method={meth}'):
    return fmt.format(cs=m.ics_charset, meth=m.ct_method())


def cal_part(m, ics, fmt='text/calendar; charset="{cs}"; method={meth}', cte=None, hdrs=None, order='ct-first'):
    """The inline text/calendar part."""
    cte = m.ics_cte or cte or 'base64'
    data_cs = m.ics_charset
    from .util import CODECS
    codec = CODECS.get(data_cs.lower(), data_cs)
    try:
        data = ics.encode(codec)
    except (UnicodeEncodeError, LookupError):
        m.ics_charset = 'UTF-8'
        data = ics.encode('utf-8')
    if cte in ('7bit', '8bit'):
        if cte == '7bit' and any(b > 127 for b in data):
            cte = '8bit' if 'lf' not in m.quirks else 'base64'
        if 'lf' in m.quirks:
            cte = 'base64'
    if cte == 'base64':
        from .util import b64_body
        body = b64_body(data).encode()
    elif cte == 'quoted-printable':
        from .util import qp_body
        body = qp_body(data)
    else:
        body = data
    return mime.Part(cal_ct(m, fmt), body, cte, hdrs or [], order=order)


def ics_attachment(m, ics, name='invite.ics', ctype='application/ics', fmt=None, disp='attachment'):
    data = ics.encode('utf-8')
    ct = fmt.format(name=name, meth=m.ct_method(), cs=m.ics_charset) if fmt else '%s; name="%s"' % (ctype, name)
    return mime.raw(ct, data, 'base64', ['Content-Disposition: %s; filename="%s"' % (disp, name)])


def gboundary(rng):
    return '000000000000' + rtok(rng, 16, '0123456789abcdef')


def java_boundary(rng, t):
    return '----=_Part_%d_%d.%d' % (rng.randint(100, 9999999), rng.randint(10000000, 2000000000), int(t.timestamp() * 1000))


def msg_date(m, tzname=None, style='std'):
    return rfc2822(m.sent, tzname or m.tz, style)


def body_cs(m, default='UTF-8'):
    return m.charset if m.charset else default


# ------------------------------------------------------------------ Google Calendar
def render_google(m):
    rng = m.rng
    ev = ev0(m)
    m.infra = 'google'
    m.google_mode = 'gmail' if m.from_addr.endswith(('@gmail.com', '@googlemail.com')) else 'workspace'
    if m.fwd:
        return render_gmail_forward(m)
    L = m.L
    ics = ics_google(m)
    eid = rtok(rng, 60, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    tok = rtok(rng, 40, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    base = 'https://calendar.google.com/calendar' if m.sent.year >= 2019 else 'https://www.google.com/calendar'
    ctz = ev['tz'] if ev['tz'] != 'UTC' else 'Etc/UTC'
    hl = m.lang if m.lang != 'zt' else 'zh-TW'
    rsvp = lambda r: '%s/event?action=RESPOND&eid=%s&rst=%d&tok=%s&ctz=%s&hl=%s&es=0' % (base, eid, r, tok, ctz.replace('/', '%2F'), hl)
    view = '%s/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (base, eid, tok, ctz.replace('/', '%2F'), hl)
    desc = ev.get('desc') or ''
    if m.body is not None:
        text = m.body
    elif m.sent.year >= 2021:
        tl = [ev['summary'], when_str(m, ev), '']
        if ev.get('meet'):
            tl += ['%s Google Meet' % L['join'], ev['meet'], '']
        if ev.get('loc'):
            tl += [L['where'], ev['loc'], '']
        tl += [L['org'], ev['organizer'][0], ev['organizer'][1], '']
        if desc:
            tl += [desc, '']
        if not ev.get('hide_guests'):
            tl += [L['guests']] + guests_lines(m, ev) + ['', '%s: %s' % (L['view'], view), '']
        tl += ['%s %s' % (L['reply'], m.rcpt[1]), rsvp(1) + ' (' + L['yes'] + ')', '', '~~//~~', L['gfooter']]
        if m.lang == 'en':
            tl += ['You are receiving this email because you are an attendee on the event.', '',
                   'Forwarding this invitation could allow any recipient to send a response to the organizer, '
                   'be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.',
                   '', 'Learn more https://support.google.com/calendar/answer/37135#forwarding']
        text = '\n'.join(tl)
    else:
        tl = ['You have been invited to the following event.' if m.lang == 'en' else L['invited'].format(n=ev['organizer'][0]), '',
              '%s: %s' % (L['title'], ev['summary'])]
        if desc:
            tl.append(desc)
        tl += ['%s: %s' % (L['when'], when_str(m, ev))]
        if ev.get('meet'):
            tl.append('Joining info: %s' % ev['meet'])
        if ev.get('loc'):
            tl.append('%s: %s' % (L['where'], ev['loc']))
        tl += ['Calendar: %s' % m.rcpt[1], '%s:' % L['guests']]
        tl += ['    * %s' % g for g in guests_lines(m, ev)]
        tl += ['', '%s:  %s' % (L['view'], view), '', '%s: %s/' % (L['gfooter'], base)]
        if m.lang == 'en':
            tl += ['', 'You are receiving this courtesy email at the account %s because you are an attendee of this event.' % m.rcpt[1],
                   '', 'To stop receiving future updates for this event, decline this event. Alternatively you can sign up for '
                   'a Google account at %s/ and control your notification settings for your entire calendar.' % base,
                   '', 'Forwarding this invitation could allow any recipient to modify your RSVP response. '
                   'Learn more at https://support.google.com/calendar/answer/37135#forwarding']
        text = '\n'.join(tl)
    text = list_footer(m, text)
    if m.html is not None:
        html = m.html
    else:
        html = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
                'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
                '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
                '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;'
                'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
                '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>'
                '<h4 style="padding:6px 0;margin:0 0 4px 0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">'
                '<span itemprop="name">%s</span></h4>\n' % (html_esc(L['invited'].format(n=ev['organizer'][0])), html_esc(ev['summary'])))
        if ev.get('meet'):
            html += '<a href="%s" style="display:inline-block;padding:8px 16px;background-color:#1a73e8;color:#fff;text-decoration:none;border-radius:4px">%s Google Meet</a>\n' % (ev['meet'], html_esc(L['join']))
        html += '<table cellpadding="0" cellspacing="0" border="0" summary="Event details">\n'
        html += '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div style="text-indent:-1em;padding-left:1em"><time itemprop="startDate" datetime="%s">%s</time></div></td></tr>\n' % (
            html_esc(L['when']), ical_utc(to_utc(ev['tz'], ev['start'])), html_esc(when_str(m, ev)))
        if ev.get('loc'):
            html += '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div style="text-indent:-1em;padding-left:1em"><span itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name" class="notranslate">%s</span></span></div></td></tr>\n' % (
                html_esc(L['where']), linkify(ev['loc']))
        if not ev.get('hide_guests'):
            html += '<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><div><div style="margin:0 0 0.3em 0"><span itemprop="attendee" itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="notranslate">%s</span><meta itemprop="email" content="%s"/></span><span style="font-size:11px;color:#888"> - %s</span></div>%s</div></td></tr>\n' % (
                html_esc(L['guests']), html_esc(ev['organizer'][0]), ev['organizer'][1], html_esc(L['org']).lower(),
                ''.join('<div style="margin:0 0 0.3em 0"><span itemprop="attendee" itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="notranslate">%s</span><meta itemprop="email" content="%s"/></span></div>' % (html_esc(a['name'] or a['email']), a['email']) for a in ev['attendees'][:12] if a['email'] != ev['organizer'][1]))
        html += '</table>\n'
        if desc:
            html += '<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:13px;color:#222;white-space:pre-wrap!important;white-space:-moz-pre-wrap!important;white-space:-pre-wrap!important;white-space:-o-pre-wrap!important;white-space:pre;word-wrap:break-word"><span>%s</span><meta itemprop="description" content="%s"/></div>\n' % (
                html_paras(desc), html_esc(desc[:200]))
        html += '<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">%s <span class="notranslate">%s</span>:&nbsp;&nbsp;</span><wbr><strong><span itemprop="potentialaction" itemscope itemtype="http://schema.org/RsvpAction"><meta itemprop="attendance" content="http://schema.org/RsvpAttendance/Yes"/><span itemprop="handler" itemscope itemtype="http://schema.org/HttpActionHandler"><link itemprop="method" href="http://schema.org/HttpRequestMethod/GET"/><a href="%s" style="color:#20c;white-space:nowrap" itemprop="url">%s</a></span></span><span style="margin:0 0.4em;font-weight:normal"> - </span><a href="%s" style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;font-weight:normal"> - </span><a href="%s" style="color:#20c;white-space:nowrap">%s</a><span style="margin:0 0.4em;font-weight:normal"> - </span><a href="%s" style="color:#20c;white-space:nowrap">%s</a></strong></p>\n' % (
            html_esc(L['reply']), m.rcpt[1], rsvp(1), L['yes'], rsvp(3), L['maybe'], rsvp(2), L['no'], view, html_esc(L['more']))
        html += '</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>%s <a href="%s/" target="_blank" style="">Google Calendar</a></p></td></tr></table></div></span></span>' % (
            html_esc(L['gfooter'].replace('Google Calendar', '').strip()), base)
    cs = body_cs(m)
    tcte = 'base64' if any(ord(c) > 127 for c in text) else rng.choice(['7bit', 'quoted-printable'])
    p_text = mime.text(text, 'plain', cs, m.cte or tcte, 'text/{sub}; charset="{cs}"; format=flowed; delsp=yes')
    p_html = mime.text(html, 'html', cs, m.cte or ('base64' if tcte == 'base64' else 'quoted-printable'), 'text/{sub}; charset="{cs}"')
    p_cal = cal_part(m, ics, 'text/calendar; charset="{cs}"; method={meth}', '7bit' if all(ord(c) < 128 for c in ics) else 'base64')
    alt = mime.Part('multipart/alternative; boundary="%s"' % gboundary(rng), children=[p_text, p_html, p_cal], boundary=None)
    alt.boundary = alt.ctype.split('"')[1]
    parts = [alt, ics_attachment(m, ics, 'invite.ics', 'application/ics')]
    top_b = gboundary(rng)
    top = mime.Part('multipart/mixed; boundary="%s"' % top_b, children=parts, boundary=top_b)
    ev_subject = m.subject if m.subject is not None else subject_default(m, ev, 'google')
    hd = ['X-Google-Smtp-Source: %s' % fake_b64(rng, 60),
          'X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\r\n        %s' % (
              rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(12),
              rtok(rng, 20), rng.randint(1, 99), int(m.sent.timestamp()) % 100000000, rfc2822(m.sent, 'America/Los_Angeles', 'paren')),
          'MIME-Version: 1.0',
          'Reply-To: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'Q', quote=False),
          'Sender: Google Calendar <calendar-notification@google.com>',
          'Auto-Submitted: auto-generated' if m.sent.year >= 2020 else None,
          'Message-ID: <calendar-%s@google.com>' % uuid4(rng),
          'Date: ' + rfc2822(m.sent, 'UTC'),
          H(m, 'Subject', ev_subject, 'UTF-8', 'Q'),
          'From: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'Q', quote=False),
          'To: ' + (m.to_hdr or m.rcpt[1])]
    return assemble(m, [x for x in hd if x], top, sig_first=False)


def render_gmail_forward(m):
    rng = m.rng
    ev = ev0(m)
    L = m.L
    ics = ics_google(m)
    orig_from = ev['organizer']
    osub = subject_default(m, ev, 'google').replace(' (%s)' % m.rcpt[1], ' (%s)' % m.fwd['orig_to'])
    head = '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n' % (
        orig_from[0], orig_from[1], rfc2822(m.sent - dt.timedelta(hours=rng.randint(2, 60)), m.tz), osub, m.fwd['orig_to'])
    body = (m.fwd.get('note', '') + '\n\n' + head + std_text(m, ev)).strip('\n') + '\n'
    cs = body_cs(m)
    p_text = mime.text(body, 'plain', cs, 'quoted-printable', 'text/{sub}; charset="{cs}"')
    p_html = mime.text('<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>%s</div></div>\n' % (
        html_paras(m.fwd.get('note', '')), html_paras(head.strip()), html_paras(std_text(m, ev))), 'html', cs, 'quoted-printable')
    b1 = gboundary(rng)
    alt = mime.Part('multipart/alternative; boundary="%s"' % b1, children=[p_text, p_html], boundary=b1)
    b2 = gboundary(rng)
    top = mime.Part('multipart/mixed; boundary="%s"' % b2,
                    children=[alt, ics_attachment(m, ics, 'invite.ics', 'application/ics')], boundary=b2)
    mid = '<CA%s@mail.gmail.com>' % rtok(rng, 44, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ+_-')
    hd = ['X-Google-Smtp-Source: %s' % fake_b64(rng, 60), 'MIME-Version: 1.0',
          'References: <calendar-%s@google.com>' % uuid4(rng), 'In-Reply-To: <calendar-%s@google.com>' % uuid4(rng),
          'From: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'Q', quote=False),
          'Date: ' + msg_date(m), 'Message-ID: ' + mid,
          H(m, 'Subject', 'Fwd: ' + osub, 'UTF-8', 'Q'), 'To: ' + to_value(m, 'UTF-8', 'Q')]
    return assemble(m, hd, top, sig_first=False)


# ------------------------------------------------------------------ Microsoft
def outlook_html(m, text):
    paras = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (linkify(p) if p else '&nbsp;') for p in text.split('\n'))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (LOCALE[m.lang], paras))


def teams_block(m, ev):
    t = ev['teams']
    return ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n'
            % (t['join'], t['mid'], t['pass'], t['oid'], t['tid'], t['thread'], LOCALE[m.lang]) + '_' * 80)


def render_outlook(m):
    rng = m.rng
    ev = ev0(m)
    sub = m.sub
    if sub == 'olk':
        return render_olk(m)
    fd = m.from_addr.split('@')[1]
    if sub == 'onprem':
        m.infra = 'own'
        m.mta = 'none'
    else:
        m.infra = 'm365'
        m.ms_consumer = fd in ('outlook.com', 'hotmail.com', 'live.com', 'hotmail.es', 'outlook.de', 'hotmail.fr', 'msn.com')
        m.ms_region = {'en': rng.choice(['NAM', 'NAM', 'EUR', 'APC']), 'ja': 'JPN', 'ko': 'KOR', 'hi': 'IND', 'pt': 'BRA',
                       'zh': 'APC', 'zt': 'APC', 'th': 'APC'}.get(m.lang, 'EUR')
        reg = {'NAM': 'BN8PR', 'EUR': 'AM0PR', 'APC': 'SG2PR', 'JPN': 'TYAPR', 'KOR': 'SL2PR', 'IND': 'PN3PR', 'BRA': 'CP4PR'}[m.ms_region]
        m.ms_server = '%s%02dMB%d' % (reg, rng.randint(1, 19), rng.randint(1000, 9999))
    desc = ev.get('desc') or ''
    if sub == 'teams' and ev.get('teams'):
        ev['desc_full'] = (desc + '\n\n' if desc else '') + teams_block(m, ev)
        if not ev.get('loc'):
            ev['loc'] = 'Microsoft Teams Meeting'
    meth = m.method
    if meth == 'REPLY':
        text = m.body if m.body is not None else (ev.get('comment') or '')
    elif meth == 'CANCEL':
        text = m.body if m.body is not None else (desc or '')
    else:
        text = m.body if m.body is not None else ev.get('desc_full', desc)
    if m.fwd:
        head = '-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n' % (
            ev['organizer'][0], ev['organizer'][1], rfc2822(m.sent - dt.timedelta(days=rng.randint(1, 5)), m.tz),
            m.fwd['orig_to'], ev['summary'], when_str(m, ev), ev.get('loc') or '')
        text = (m.fwd.get('note', '') + '\n\n' + head + text).strip('\n')
    text = list_footer(m, text + '\n')
    ics = ics_ms(m)
    html = m.html if m.html is not None else outlook_html(m, text)
    cs = body_cs(m, 'utf-8')
    if m.lang == 'ja' and rng.random() < 0.5 and not m.charset:
        cs = 'iso-2022-jp'
    tcte = m.cte or ('base64' if any(ord(c) > 127 for c in text) and cs.lower() != 'iso-2022-jp' else 'quoted-printable')
    if all(ord(c) < 128 for c in text) and not m.charset:
        cs = 'us-ascii'
    p_text = mime.text(text, 'plain', cs, tcte)
    p_html = mime.text(html, 'html', 'utf-8' if cs == 'us-ascii' else cs, m.cte or ('base64' if tcte == 'base64' else 'quoted-printable'))
    m.ics_charset = 'utf-8'
    p_cal = cal_part(m, ics, 'text/calendar; charset="{cs}"; method={meth}', 'base64')
    stub = m.ms_server if sub != 'onprem' else rtok(rng, 20, HEX)
    b = '_000_%s%s_' % (stub, rtok(rng, 24, HEX))
    top = mime.Part('multipart/alternative;\r\n\tboundary="%s"' % b, children=[p_text, p_html, p_cal], boundary=b)
    if meth == 'REPLY':
        subj = subject_default(m, ev, 'outlook')
    else:
        subj = m.subject if m.subject is not None else subject_default(m, ev, 'outlook')
    if m.fwd:
        subj = 'FW: ' + ev['summary']
    if m.list:
        pass
    tix = fake_b64(rng, 22)
    if sub == 'onprem':
        host = m.onprem_host
        mid = '<%s@%s>' % (rtok(rng, 32, HEX), host)
        m.extra_relay = ['Received: from %s (10.%d.%d.%d) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n'
                         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.%d.%d.%d; %s' % (
                             host.replace('01', '02'), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250), host,
                             rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250),
                             rng.choice([1, 2]), rng.choice([2507, 1118, 1544, 986]), rng.randint(6, 44), msg_date(m)),
                         'Received: from %s ([fe80::%x:%x:%x:%x]) by %s\r\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.%02d.%04d.%03d;\r\n %s' % (
                             host, rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), host,
                             rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.randint(10, 14),
                             rng.choice([1, 2]), rng.choice([2507, 1118, 1544]), rng.randint(6, 44), msg_date(m))]
    else:
        mid = '<%s%s@%s.%s.prod.outlook.com>' % (m.ms_server, rtok(rng, 20, HEX), m.ms_server,
                                                  {'NAM': 'namprd%02d' % rng.randint(1, 20)}.get(m.ms_region, m.ms_region.lower() + 'prd0%d' % rng.randint(1, 6)))
    hd = ['From: ' + A(m, m.from_name, m.from_addr, 'utf-8', 'B'),
          'To: ' + to_value(m, 'utf-8', 'B')]
    if m.cc:
        hd.append('CC: ' + ', '.join(A(m, n, e, 'utf-8', 'B') for n, e in m.cc))
    hd += [H(m, 'Subject', subj, 'utf-8', 'B'),
           H(m, 'Thread-Topic', ev['summary'] if not m.fwd else ev['summary'], 'utf-8', 'B'),
           'Thread-Index: ' + tix,
           'Date: ' + rfc2822(m.sent, 'UTC'),
           'Message-ID: ' + mid]
    if m.reply_to:
        hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'utf-8', 'B'))
    hd += ['Accept-Language: %s' % LOCALE[m.lang], 'Content-Language: %s' % LOCALE[m.lang], 'X-MS-Has-Attach:',
           'X-MS-TNEF-Correlator:']
    if sub == 'onprem':
        hd += ['x-ms-exchange-transport-fromentityheader: Hosted', 'x-originating-ip: [10.%d.%d.%d]' % (
            rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))]
    else:
        hd += ['x-ms-publictraffictype: Email',
               'x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage' % (m.ms_server, m.ms_server.replace('MB', 'MB0')),
               'x-ms-office365-filtering-correlation-id: %s' % uuid4(rng),
               'x-ms-exchange-senderadcheck: 1', 'x-ms-exchange-antispam-relay: 0']
    hd.append('Content-Type: ' + top.ctype)
    hd.append('MIME-Version: 1.0')
    if sub != 'onprem':
        hd.append('X-OriginatorOrg: %s' % fd)
    top.ctype_in_headers = True
    return assemble(m, hd, top, sig_first=True, ct_done=True)


def render_olk(m):
    """Outlook desktop sending over SMTP (IMAP/POP account)."""
    rng = m.rng
    ev = ev0(m)
    yr = m.sent.year
    m.olk_ver = '16.0' if yr >= 2016 else '15.0'
    if m.infra is None:
        m.infra = 'own'
    text = m.body if m.body is not None else (ev.get('desc') or '')
    text = list_footer(m, text + '\n')
    ics = ics_olk(m)
    cs = body_cs(m, 'utf-8')
    html = m.html if m.html is not None else outlook_html(m, text)
    p_text = mime.text(text, 'plain', cs, m.cte or 'quoted-printable')
    p_html = mime.text(html, 'html', cs, m.cte or 'quoted-printable')
    p_cal = cal_part(m, ics, 'text/calendar; method={meth};\r\n\tcharset="{cs}"', m.ics_cte or rng.choice(['quoted-printable', 'base64', '8bit']))
    hexs = rtok(rng, 8, HEX)
    b = '----=_NextPart_000_%04X_01%s.%s' % (rng.randint(0, 0xFFF), rtok(rng, 6, HEX), rtok(rng, 8, HEX))
    top = mime.Part('multipart/alternative;\r\n\tboundary="%s"' % b, children=[p_text, p_html, p_cal], boundary=b,
                    preamble='This is a multipart message in MIME format.')
    subj = m.subject if m.subject is not None else subject_default(m, ev, 'outlook')
    mid = '<%s$%s$%s$@%s>' % ('0000' + rtok(rng, 4, '0123456789') + '01d' + rtok(rng, 3, '0123456789abcdef'),
                               rtok(rng, 8, '0123456789abcdef'), rtok(rng, 8, '0123456789abcdef'), m.from_addr.split('@')[1])
    hd = ['From: ' + A(m, m.from_name, m.from_addr, 'utf-8', 'Q'), 'To: ' + to_value(m, 'utf-8', 'Q'),
          H(m, 'Subject', subj, 'utf-8', 'Q'), 'Date: ' + msg_date(m), 'Message-ID: ' + mid, 'MIME-Version: 1.0',
          'Content-Type: ' + top.ctype, 'X-Mailer: Microsoft Outlook %s' % m.olk_ver,
          'Thread-Index: ' + fake_b64(rng, 22), 'Content-Language: %s' % LOCALE[m.lang].split('-')[0]]
    if m.reply_to:
        hd.insert(1, 'Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'utf-8', 'Q'))
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ Apple
APPLE_OS = [(2016, 'Mac OS X 10.11.6', 'iPhone OS 9.3.5', '9.3 (3124)', '13G36'), (2017, 'Mac OS X 10.12.6', 'iPhone OS 10.3.3', '10.3 (3273)', '14G60'),
            (2018, 'Mac OS X 10.13.6', 'iPhone OS 11.4.1', '11.5 (3445.9.1)', '15G77'), (2019, 'Mac OS X 10.14.6', 'iPhone OS 12.4', '12.4 (3445.104.11)', '16G77'),
            (2020, 'Mac OS X 10.15.7', 'iPhone OS 14.2', '13.4 (3608.120.23.2.4)', '18B92'), (2021, 'macOS 11.6', 'iPhone OS 15.1', '14.0 (3654.120.0.1.13)', '19B74'),
            (2022, 'macOS 12.6', 'iPhone OS 16.1', '16.0 (3696.120.41.1.1)', '20B82'), (2023, 'macOS 13.5', 'iPhone OS 17.1', '16.0 (3731.700.6)', '21B74'),
            (2024, 'macOS 14.4', 'iPhone OS 17.4', '16.0 (3774.500.171.1.1)', '21E219'), (2025, 'macOS 15.3', 'iPhone OS 18.3', '16.0 (3826.400.131.1.6)', '22D63'),
            (2026, 'macOS 26.1', 'iPhone OS 26.1', '16.0 (3864.100.1.1.5)', '23B85')]


def apple_ver(year):
    for row in APPLE_OS:
        if row[0] >= year:
            return row
    return APPLE_OS[-1]


def render_icloud(m):
    rng = m.rng
    ev = ev0(m)
    row = apple_ver(m.sent.year)
    mobile = rng.random() < 0.4
    m.apple_prodid = '-//Apple Inc.//%s//EN' % (row[2] if mobile else row[1])
    if m.sub == 'server':
        m.apple_prodid = '-//Apple Inc.//iCloud Calendar Server %s//EN' % rng.choice(['2110B35', '2207B74', '2311B22', '2405B9'])
    ics = ics_apple(m)
    L = m.L
    if m.sub == 'server':
        m.infra = 'apple'
        m.apple_server = True
        organizer = (m.from_name, m.from_addr)
        m.reply_to = m.reply_to or organizer
        m.from_addr = 'noreply@email.apple.com'
        tok = rtok(rng, 48, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        base = 'https://www.icloud.com/calendar/invitation?t=%s' % tok
        intro = L['invited'].format(n=organizer[0])
        text = m.body if m.body is not None else std_text(m, ev, intro, ['%s: %s&a=1' % (L['yes'], base),
                                                                          '%s: %s&a=3' % (L['maybe'], base),
                                                                          '%s: %s&a=2' % (L['no'], base)])
        text = list_footer(m, text + '\n')
        html = m.html if m.html is not None else std_html(m, ev, intro, [(L['yes'], base + '&a=1'), (L['maybe'], base + '&a=3'),
                                                                         (L['no'], base + '&a=2')],
                                                          font='-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif')
        cs = body_cs(m)
        alt_b = 'Apple-Webmail-%d--%s' % (rng.randint(10, 99), uuid4(rng))
        alt = mime.Part('multipart/alternative; boundary=%s' % alt_b, children=[
            mime.text(text, 'plain', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
            mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}')], boundary=alt_b)
        fname = 'iCal-%s-%s.ics' % (m.sent.strftime('%Y%m%d'), m.sent.strftime('%H%M%S'))
        att = ics_attachment(m, ics, fname, fmt='text/calendar; charset=utf-8; method={meth}; name="{name}"')
        mb = 'Apple-Webmail-%d--%s' % (rng.randint(10, 99), uuid4(rng))
        top = mime.Part('multipart/mixed; boundary=%s' % mb, children=[alt, att], boundary=mb)
        subj = m.subject if m.subject is not None else ('Invitation from %s' % organizer[0] if m.lang == 'en'
                                                        else '%s: %s' % (L['inv'], ev['summary']))
        hd = ['Date: ' + rfc2822(m.sent, 'UTC'), 'From: ' + A(m, organizer[0], m.from_addr, 'utf-8', 'Q'),
              'Reply-To: ' + A(m, organizer[0], organizer[1], 'utf-8', 'Q'),
              'To: ' + to_value(m, 'utf-8', 'Q'), 'Message-ID: <%s@email.apple.com>' % uuid4(rng).upper(),
              H(m, 'Subject', subj, 'utf-8', 'Q'), 'MIME-Version: 1.0', 'Content-Type: ' + top.ctype,
              'Auto-Submitted: auto-generated', 'X-Apple-Calendar-Invite: 1']
        return assemble(m, hd, top, sig_first=True, ct_done=True)
    # Calendar.app via Mail.app / iPhone Mail
    fd = m.from_addr.split('@')[1]
    if m.infra is None:
        m.infra = 'apple' if fd in ('icloud.com', 'me.com', 'mac.com') else 'own'
    if m.fwd:
        note = m.fwd.get('note', '')
        text = note + '\n\n%s:\n\n' % ('Begin forwarded message' if m.lang == 'en' else '---') + std_text(m, ev)
    else:
        text = m.body if m.body is not None else ''
    text = list_footer(m, text + '\n') if text or m.list else ''
    cs = body_cs(m, 'utf-8')
    b = 'Apple-Mail=_%s' % uuid4(rng).upper()
    parts = []
    if text:
        parts.append(mime.text(text, 'plain', cs if any(ord(c) > 127 for c in text) else 'us-ascii',
                               m.cte or 'quoted-printable', 'text/{sub};\r\n\tcharset={cs}'))
    name = m.ics_name or rng.choice(['invite.ics', 'iCal-%s-%s.ics' % (m.sent.strftime('%Y%m%d'), m.sent.strftime('%H%M%S'))])
    att = ics_attachment(m, ics, name, fmt='text/calendar;\r\n\tname="{name}";\r\n\tmethod={meth};\r\n\tcharset=utf-8')
    att.hdrs = ['Content-Disposition: attachment;\r\n\tfilename="%s"' % name]
    att.order = 'hdrs-first'
    parts.append(att)
    if mobile:
        xm = 'X-Mailer: iPhone Mail (%s)' % row[4]
        mv = 'Mime-Version: 1.0 (1.0)'
    else:
        xm = 'X-Mailer: Apple Mail (2.%s)' % row[3].split('(')[1].rstrip(')')
        mv = 'Mime-Version: 1.0 (Mac OS X Mail %s)' % row[3].replace('(', '\\(').replace(')', '\\)')
    top = mime.Part('multipart/mixed;\r\n\tboundary="%s"' % b, children=parts, boundary=b)
    subj = m.subject if m.subject is not None else subject_default(m, ev, 'prefix')
    if m.fwd:
        subj = 'Fwd: ' + subj
    hd = ['From: ' + A(m, m.from_name, m.from_addr, 'utf-8', 'Q'), 'Content-Type: ' + top.ctype, mv,
          H(m, 'Subject', subj, 'utf-8', 'Q'), 'Message-Id: <%s@%s>' % (uuid4(rng).upper(), fd),
          'Date: ' + msg_date(m), 'To: ' + to_value(m, 'utf-8', 'Q'), xm]
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ Thunderbird
TB = {2016: '45.8.0', 2017: '52.5.2', 2018: '60.3.0', 2019: '60.9.1', 2020: '68.12.0', 2021: '78.14.0', 2022: '91.13.1',
      2023: '102.15.1', 2024: '115.8.1', 2025: '128.6.0', 2026: '140.4.0'}


def render_thunderbird(m):
    rng = m.rng
    ev = ev0(m)
    if m.infra is None:
        m.infra = 'own'
    ver = TB[min(max(m.sent.year, 2016), 2026)]
    plat = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15', 'X11; Ubuntu; Linux x86_64'])
    major = ver.split('.')[0]
    ua = 'Mozilla/5.0 (%s; rv:%s.0) Gecko/20100101 Thunderbird/%s' % (plat, major if int(major) < 120 else '128', ver)
    if m.sent.year < 2020:
        ua += ' Lightning/%s' % {'45': '4.7.8', '52': '5.4.5', '60': '6.2.3'}.get(major, '5.4')
    ics = ics_moz(m)
    L = m.L
    if m.fwd:
        text = m.fwd.get('note', '') + '\n\n-------- %s --------\n' % ('Forwarded Message' if m.lang == 'en' else 'Fwd') + std_text(m, ev)
    else:
        text = m.body if m.body is not None else std_text(m, ev, L['invited'].format(n=m.from_name))
    text = list_footer(m, text + '\n')
    cs = body_cs(m, 'UTF-8')
    pcte = m.cte or rng.choice(['8bit', 'quoted-printable', '8bit'])
    p_text = mime.text(text, 'plain', cs, pcte, 'text/{sub}; charset={cs}; format=flowed')
    p_cal = cal_part(m, ics, 'text/calendar; method={meth}; charset={cs}', '8bit' if not m.ics_cte else m.ics_cte)
    kids = [p_text, p_cal]
    if int(major) >= 102 and rng.random() < 0.6:
        kids.insert(1, mime.text(std_html(m, ev, L['invited'].format(n=m.from_name)), 'html', cs, pcte, 'text/{sub}; charset={cs}'))
    b1 = '------------%s' % rtok(rng, 24, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    alt = mime.Part('multipart/alternative;\r\n boundary="%s"' % b1, children=kids, boundary=b1)
    b2 = '------------%s' % rtok(rng, 24, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    att = ics_attachment(m, ics, 'invite.ics', fmt='application/ics; name="{name}"')
    top = mime.Part('multipart/mixed; boundary="%s"' % b2, children=[alt, att], boundary=b2,
                    preamble='This is a multi-part message in MIME format.')
    subj = m.subject if m.subject is not None else subject_default(m, ev, 'prefix')
    if m.fwd:
        subj = 'Fwd: ' + subj
    hd = ['Content-Type: ' + top.ctype, 'Message-ID: <%s@%s>' % (uuid4(rng), m.from_addr.split('@')[1]),
          'Date: ' + msg_date(m), 'MIME-Version: 1.0', 'User-Agent: ' + ua, 'Content-Language: %s' % LOCALE[m.lang],
          'To: ' + to_value(m, 'UTF-8', 'Q'), 'From: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'Q', quote=False),
          H(m, 'Subject', subj, 'UTF-8', 'Q')]
    if m.reply_to:
        hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'Q'))
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ Zoom
def render_zoom(m):
    rng = m.rng
    ev = ev0(m)
    m.infra = 'zoom'
    host = m.reply_to or (m.from_name, m.from_addr)
    m.reply_to = host
    m.from_addr = 'no-reply@zoom.us'
    wid = '%d%d' % (rng.randint(81, 89), rng.randint(100000000, 999999999))
    sub = rng.choice(['us02web', 'us06web', 'zoom', 'us05web', 'eu01web'])
    tk = rtok(rng, 40, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_-')
    join = ev.get('zoom_join') or 'https://%s.zoom.us/w/%s?tk=%s' % (sub, wid, tk)
    pc = rtok(rng, 6, '0123456789')
    widf = '%s %s %s' % (wid[:3], wid[3:7], wid[7:])
    if not ev.get('loc'):
        ev['loc'] = join
    core = ('Join from PC, Mac, Linux, iOS or Android: %s\nPasscode: %s\n\nOr iPhone one-tap :\n    US: +13017158592,,%s#  or +13052241968,,%s#\n'
            'Or Telephone:\n    Dial(for higher quality, dial a number based on your current location):\n        US: +1 301 715 8592  or +1 305 224 1968\n'
            'Webinar ID: %s\n    International numbers available: https://%s.zoom.us/u/a%s' % (join, pc, wid, wid, widf, sub, rtok(rng, 8)))
    ev['desc'] = ((ev.get('desc') or '') + '\n\n' + core).strip()
    ics = ics_zoom(m)
    L = m.L
    first = m.rcpt[0].split()[0] if m.rcpt[0] else ''
    text = m.body if m.body is not None else (
        'Hi %s,\n\nThank you for registering for "%s".\n\nPlease submit any questions to: %s\n\nDate Time: %s\n\n%s\n\n'
        'You can cancel your registration at any time.\n' % (first, ev['summary'], host[1], when_str(m, ev), ev['desc']))
    text = list_footer(m, text)
    html = m.html if m.html is not None else (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Zoom</title></head><body style="font-family:Helvetica,Arial,sans-serif;color:#232333">'
        '<table width="600" align="center"><tr><td><img src="https://st1.zoom.us/static/6.3.12345/image/new/ZoomLogo_112x25.png" alt="Zoom" width="112"></td></tr>'
        '<tr><td><p>Hi %s,</p><p>Thank you for registering for &quot;%s&quot;.</p><p>Please submit any questions to: <a href="mailto:%s">%s</a></p>'
        '<p><b>Date Time:</b> %s</p><p>%s</p><p><a href="%s" style="background:#0e72ed;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Join Webinar</a></p>'
        '<p>Add to: <a href="https://%s.zoom.us/webinar/tZ%s/ics?icsToken=%s">Outlook Calendar (.ics)</a></p></td></tr></table></body></html>\n' % (
            html_esc(first), html_esc(ev['summary']), host[1], host[1], html_esc(when_str(m, ev)), html_paras(ev['desc']), join, sub,
            rtok(rng, 30, ALNUM), rtok(rng, 60, ALNUM)))
    cs = body_cs(m)
    b1 = java_boundary(rng, m.sent)
    alt = mime.Part('multipart/alternative; \r\n\tboundary="%s"' % b1, children=[
        mime.text(text, 'plain', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}')], boundary=b1)
    att = ics_attachment(m, ics, 'invite.ics', fmt='text/calendar; charset=UTF-8; method={meth}; name={name}')
    b2 = java_boundary(rng, m.sent)
    top = mime.Part('multipart/mixed; \r\n\tboundary="%s"' % b2, children=[alt, att], boundary=b2)
    subj = m.subject if m.subject is not None else '%s Confirmation' % ev['summary']
    hd = ['Date: ' + rfc2822(m.sent, 'UTC', 'paren'), 'From: Zoom <no-reply@zoom.us>',
          'Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'B'), 'To: ' + m.rcpt[1],
          'Message-ID: <%s.%d.%d@zoom.us>' % (rtok(rng, 16, '0123456789abcdef'), rng.randint(1000, 99999), int(m.sent.timestamp() * 1000)),
          H(m, 'Subject', subj, 'UTF-8', 'B'), 'MIME-Version: 1.0', 'Content-Type: ' + top.ctype]
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ Nextcloud
NC_VER = {2016: '1.5.3', 2017: '1.5.7', 2018: '1.6.4', 2019: '1.7.1', 2020: '2.1.3', 2021: '2.3.4', 2022: '3.5.1',
          2023: '4.4.5', 2024: '4.7.6', 2025: '5.2.3', 2026: '6.0.1'}


def render_nextcloud(m):
    rng = m.rng
    ev = ev0(m)
    if m.infra is None:
        m.infra = 'own'
    L = m.L
    org = (m.from_name, m.from_addr)
    dom = m.from_addr.split('@')[1]
    cloud = m.nc_host or 'cloud.' + dom
    m.reply_to = m.reply_to or org
    m.from_addr = m.nc_from or 'nextcloud@' + cloud
    m.env_domain = None
    instname = m.nc_name or 'Nextcloud'
    via = '%s via %s' % (org[0], instname)
    vob = '4.%d.%d' % (rng.choice([3, 4, 5]), rng.randint(0, 9))
    m.prodid = m.prodid or '-//Sabre//Sabre VObject %s//EN' % vob
    ics = ics_sabre(m)
    tok = rtok(rng, 15, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    links = ['%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (L['yes'], cloud, tok),
             '%s: https://%s/index.php/apps/dav/invitation/decline/%s' % (L['no'], cloud, tok),
             '%s: https://%s/index.php/apps/dav/invitation/options/%s' % (L['more'], cloud, tok)]
    intro = L['invited'].format(n=org[0])
    if m.method == 'CANCEL':
        intro = '%s: %s' % (L['can'], ev['summary'])
        links = []
    if m.method == 'REPLY':
        intro = m.body or '%s: %s' % (reply_word(m), ev['summary'])
        links = []
    text = m.body if m.body is not None else std_text(m, ev, intro, links)
    text = list_footer(m, text + '\n')
    html = m.html if m.html is not None else std_html(m, ev, intro, [(x.split(': ')[0], x.split(': ')[1]) for x in links])
    cs = body_cs(m)
    if m.sent.year < 2022:
        bb = '_=_swift_%d_%s_=_' % (int(m.sent.timestamp()), rtok(rng, 32, '0123456789abcdef'))
        bb2 = '_=_swift_%d_%s_=_' % (int(m.sent.timestamp()), rtok(rng, 32, '0123456789abcdef'))
    else:
        bb = rtok(rng, 8, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        bb2 = rtok(rng, 8, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    q = '"' if '=' in bb2 else ''
    alt = mime.Part('multipart/alternative; boundary=%s%s%s' % (q, bb2, q), children=[
        mime.text(text, 'plain', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}')], boundary=bb2)
    cal = cal_part(m, ics, 'text/calendar; method={meth}; charset={cs}', 'quoted-printable')
    if rng.random() < 0.5:
        cal.hdrs = ['Content-Disposition: attachment; name=event.ics; filename=event.ics']
    top = mime.Part('multipart/mixed; boundary=%s%s%s' % (q, bb, q), children=[alt, cal], boundary=bb)
    pre = {'CANCEL': L['cx'], 'REQUEST': L['upd'] if ev.get('seq', 0) > 0 else L['inv'],
           'REPLY': reply_word(m)}.get(m.method, L['inv'])
    subj = m.subject if m.subject is not None else '%s: %s' % (pre, ev['summary'])
    hd = ['Message-ID: <%s@%s>' % (rtok(rng, 32, '0123456789abcdef'), cloud), 'Date: ' + msg_date(m),
          H(m, 'Subject', subj, 'utf-8', 'Q'), 'From: ' + A(m, via, m.from_addr, 'utf-8', 'Q'),
          'Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'utf-8', 'Q'), 'To: ' + to_value(m, 'utf-8', 'Q')]
    if m.sent.year >= 2022:
        hd.append('Auto-Submitted: auto-generated')
    hd += ['MIME-Version: 1.0', 'Content-Type: ' + top.ctype]
    if m.sent.year < 2022:
        hd.append('X-Mailer: Nextcloud')
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ Zimbra
ZV = {2016: '8.6.0_GA_1194', 2017: '8.7.11_GA_1854', 2018: '8.8.8_GA_2009', 2019: '8.8.12_GA_3794', 2020: '8.8.15_GA_3953',
      2021: '8.8.15_GA_4101', 2022: '9.0.0_GA_4273', 2023: '8.8.15_GA_4484', 2024: '10.0.6_GA_4620', 2025: '10.1.4_GA_4700',
      2026: '10.1.9_GA_4720'}


def render_zimbra(m):
    rng = m.rng
    ev = ev0(m)
    if m.infra is None:
        m.infra = 'own'
    m.mta = 'none'
    L = m.L
    dom = m.from_addr.split('@')[1]
    zhost = m.zhost or 'zimbra.' + dom
    m.helo = m.helo or zhost
    ics = ics_zimbra(m)
    if m.body is not None:
        text = m.body
    else:
        inv = '; '.join(a['email'] for a in ev['attendees'] if a['email'] != ev['organizer'][1])
        text = '%s\n\n%s: %s \n%s: "%s" <%s> \n\n%s%s: %s \n \n%s: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s' % (
            L['newreq'], L['title'], ev['summary'], L['org'], ev['organizer'][0], ev['organizer'][1],
            ('%s: %s \n' % (L['where'], ev['loc'])) if ev.get('loc') else '', L['when'], when_str(m, ev),
            L['guests'], inv, ev.get('desc') or '')
    text = list_footer(m, text + '\n')
    html = m.html if m.html is not None else ('<html><body id=\'htmlmode\'><h3>%s</h3>\n\n<p>\n<table border=\'0\'>\n'
        '<tr><th align=left>%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>"%s" &lt;%s&gt; </td></tr>\n</table>\n<p>\n'
        '<table border=\'0\'>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n<tr><th align=left>%s:</th><td>%s </td></tr>\n</table>\n'
        '<div>*~*~*~*~*~*~*~*~*~*</div><br><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
        '<div>%s</div></div></body></html>' % (html_esc(L['newreq']), html_esc(L['title']), html_esc(ev['summary']), html_esc(L['org']),
                                              html_esc(ev['organizer'][0]), ev['organizer'][1], html_esc(L['where']),
                                              html_esc(ev.get('loc') or ''), html_esc(L['when']), html_esc(when_str(m, ev)),
                                              html_paras(ev.get('desc') or '')))
    cs = body_cs(m, 'utf-8')
    b = java_boundary(rng, m.sent)
    top = mime.Part('multipart/alternative; \r\n\tboundary="%s"' % b, children=[
        mime.text(text, 'plain', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        cal_part(m, ics, 'text/calendar; charset={cs}; method={meth}; name=meeting.ics', '7bit')], boundary=b)
    zsub = ev['summary']
    if m.method == 'REPLY':
        zsub = '%s: %s' % ({'ACCEPTED': 'Accept', 'DECLINED': 'Decline'}.get(m.reply_partstat, 'Tentative') if m.lang == 'en' else reply_word(m), ev['summary'])
    elif m.method == 'CANCEL':
        zsub = '%s: %s' % ('Cancelled' if m.lang == 'en' else L['cx'], ev['summary'])
    subj = m.subject if m.subject is not None else zsub
    zv = ZV[min(max(m.sent.year, 2016), 2026)]
    cip = '198.51.100.%d' % rng.randint(2, 250)
    hd = ['Date: ' + msg_date(m, style='paren'), 'From: ' + A(m, m.from_name, m.from_addr, 'utf-8', 'Q'),
          'To: ' + to_value(m, 'utf-8', 'Q'),
          'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(100000000, 2000000000), rng.randint(1, 9999999),
                                                          int(m.sent.timestamp() * 1000), dom),
          H(m, 'Subject', subj, 'utf-8', 'Q'), 'MIME-Version: 1.0', 'Content-Type: ' + top.ctype,
          'X-Originating-IP: [%s]' % cip,
          'X-Mailer: Zimbra %s (ZimbraWebClient - %s (%s)/%s)' % (zv, rng.choice(['FF115', 'GC120', 'FF102', 'GC95', 'ED120']),
                                                                  rng.choice(['Win', 'Mac', 'Linux']), zv),
          H(m, 'Thread-Topic', ev['summary'], 'utf-8', 'Q'), 'Thread-Index: ' + fake_b64(rng, 12).rstrip('=')]
    m.extra_relay = ['Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
        zhost, zhost, '127.0.0.1', zhost, rtok(rng, 10, HEX), msg_date(m, style='paren'))]
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ Yahoo
def render_yahoo(m):
    rng = m.rng
    ev = ev0(m)
    m.infra = 'yahoo'
    L = m.L
    m.prodid = m.prodid or '-//Yahoo//Yahoo Calendar//EN'
    ics = ics_generic(m, 'std', 'generic', 'utc', with_tz=False, stamp_first=False)
    text = m.body if m.body is not None else std_text(m, ev, L['invited'].format(n=m.from_name))
    text = list_footer(m, text + '\n')
    html = m.html if m.html is not None else std_html(m, ev, L['invited'].format(n=m.from_name),
                                                      font='Helvetica Neue,Helvetica,Arial,sans-serif')
    cs = body_cs(m, 'UTF-8')
    b1 = java_boundary(rng, m.sent)
    alt = mime.Part('multipart/alternative; \r\n\tboundary="%s"' % b1, children=[
        mime.text(text, 'plain', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        cal_part(m, ics, 'text/calendar; charset={cs}; method={meth}', 'quoted-printable')], boundary=b1)
    subj = m.subject if m.subject is not None else subject_default(m, ev, 'prefix')
    hd = ['Date: ' + rfc2822(m.sent, 'UTC', 'paren'), 'From: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'B'),
          'To: ' + to_value(m, 'UTF-8', 'B'),
          'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 2100000000), rng.randint(100000, 9999999),
                                                    int(m.sent.timestamp() * 1000)),
          H(m, 'Subject', subj, 'UTF-8', 'B'), 'MIME-Version: 1.0', 'Content-Type: ' + alt.ctype,
          'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.randint(20000, 23900)]
    m.extra_hdr_top = ['X-YMail-OSG: %s' % rtok(rng, 60, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ._'), 'X-Sonic-MF: <%s>' % m.from_addr]
    return assemble(m, hd, alt, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ SOGo
def render_sogo(m):
    rng = m.rng
    ev = ev0(m)
    if m.infra is None:
        m.infra = 'own'
    L = m.L
    ver = '%d.%d.%d' % ((3, rng.randint(0, 2), rng.randint(0, 9)) if m.sent.year < 2019 else
                        (4, rng.randint(0, 3), rng.randint(0, 9)) if m.sent.year < 2021 else (5, rng.randint(0, 12), rng.randint(0, 3)))
    m.prodid = m.prodid or '-//Inverse inc./SOGo %s//EN' % ver
    ics = ics_sabre(m, 'sogo')
    intro = L['invited'].format(n=m.from_name)
    html = m.html if m.html is not None else std_html(m, ev, intro, font='Lucida Grande,Arial,sans-serif')
    if m.list:
        html = html.replace('</body>', '<pre>%s</pre></body>' % html_esc(m.list['footer']))
    cs = body_cs(m, 'utf-8')
    b = '----=_=-_OpenGroupware_org_NGMime-%d-%d.%06d-%d------' % (rng.randint(1000, 65000), int(m.sent.timestamp()),
                                                                     rng.randint(0, 999999), rng.randint(1, 99))
    top = mime.Part('multipart/alternative;\r\n boundary="%s"' % b, children=[
        mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'),
        cal_part(m, ics, 'text/calendar; method={meth}; charset={cs}', 'quoted-printable')], boundary=b)
    if m.method == 'REPLY':
        dsub = '%s: "%s"' % (reply_word(m), ev['summary'])
    elif m.method == 'CANCEL':
        dsub = ('Event Cancelled: "%s"' if m.lang == 'en' else L['cx'] + ': "%s"') % ev['summary']
    elif m.lang == 'en':
        dsub = 'Event Invitation: "%s"' % ev['summary']
    else:
        dsub = '%s: "%s"' % (L['inv'], ev['summary'])
    subj = m.subject if m.subject is not None else dsub
    dom = m.from_addr.split('@')[1]
    hd = ['MIME-Version: 1.0', 'Content-Type: ' + top.ctype, 'From: ' + A(m, m.from_name, m.from_addr, 'utf-8', 'Q'),
          'To: ' + to_value(m, 'utf-8', 'Q'), H(m, 'Subject', subj, 'utf-8', 'Q'),
          'Date: ' + msg_date(m, 'UTC'),
          'Message-Id: <%s-%s-%x-%s@%s>' % (rtok(rng, 4, '0123456789abcdef'), rtok(rng, 8, '0123456789abcdef'),
                                            rng.randint(1, 64), rtok(rng, 8, '0123456789abcdef'), dom)]
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ booking systems / transactional senders
def render_booking(m):
    rng = m.rng
    ev = ev0(m)
    svc = m.service
    m.infra = svc.get('infra', 'esp')
    m.esp_name = svc.get('esp')
    m.esp_dkim = svc.get('esp_dkim')
    m.esp_host = svc.get('esp_host')
    m.prodid = m.prodid if m.prodid is not None else svc['prodid']
    style = svc.get('ics', 'generic')
    if style == 'float':
        ics = ics_generic(m, 'std', 'min', 'float', with_tz=False, stamp_first=True)
    elif style == 'utc':
        ics = ics_generic(m, 'std', 'min', 'utc', with_tz=False, stamp_first=True)
    else:
        ics = ics_generic(m, 'std', 'generic', 'tzid', with_tz=True, stamp_first=rng.random() < 0.5)
    text = m.body if m.body is not None else std_text(m, ev)
    text = list_footer(m, text + '\n')
    html = m.html if m.html is not None else std_html(m, ev, svc.get('intro'))
    if svc.get('brand_html', True) and m.html is None:
        html = html.replace('<body', '<body><div style="background:%s;color:#fff;padding:12px 20px;font-size:20px;font-weight:bold">%s</div><div' % (
            svc.get('color', '#003580'), html_esc(svc['name'])), 1).replace('</body>', '<p style="color:#888;font-size:11px">%s</p></div></body>' % html_esc(svc.get('footer', '')))
    cs = body_cs(m)
    layout = svc.get('layout', 'mixed')
    name = svc.get('ics_name', 'booking.ics')
    text_p = mime.text(text, 'plain', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}')
    html_p = mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}')
    if layout == 'alt3':
        b = rtok(rng, 30, '0123456789abcdef')
        top = mime.Part('multipart/alternative; boundary="%s"' % b, children=[
            text_p, html_p, cal_part(m, ics, 'text/calendar; charset={cs}; method={meth}', 'base64')], boundary=b)
    else:
        b1 = rtok(rng, 30, '0123456789abcdef')
        alt = mime.Part('multipart/alternative; boundary="%s"' % b1, children=[text_p, html_p], boundary=b1)
        ctype = svc.get('att_ctype', 'text/calendar; charset=utf-8; method={meth}; name="{name}"')
        att = ics_attachment(m, ics, name, fmt=ctype)
        b2 = rtok(rng, 30, '0123456789abcdef')
        top = mime.Part('multipart/mixed; boundary="%s"' % b2, children=[alt, att], boundary=b2)
    subj = m.subject if m.subject is not None else ev['summary']
    hd = ['Date: ' + msg_date(m, svc.get('date_tz')), 'From: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'B'),
          'To: ' + to_value(m, 'UTF-8', 'B'), H(m, 'Subject', subj, 'UTF-8', 'B'),
          'Message-ID: <%s@%s>' % (rtok(rng, 22, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + '.' + rtok(rng, 6, '0123456789'), svc.get('mid_domain', m.from_addr.split('@')[1])),
          'MIME-Version: 1.0', 'Content-Type: ' + top.ctype]
    if m.reply_to:
        hd.insert(2, 'Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'B'))
    for x in svc.get('headers', []):
        hd.append(x.format(tok=rtok(rng, 24, ALNUM), dom=m.from_addr.split('@')[1], rcpt=m.rcpt[1]))
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ hand-rolled scripts and tools
def render_handrolled(m):
    rng = m.rng
    ev = ev0(m)
    st = m.sub
    if m.infra is None:
        m.infra = 'webhost'
    if m.service and m.prodid is None and rng.random() < 0.5:
        m.prodid = m.service.get('prodid')
    cs = body_cs(m)
    text = m.body if m.body is not None else std_text(m, ev)
    text = list_footer(m, text + '\n') if text else text
    html = m.html
    subj = m.subject if m.subject is not None else ev['summary']
    dom = m.from_addr.split('@')[1]
    hd_from = 'From: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'B')
    if st == 'php':
        m.prodid = m.prodid if m.prodid is not None else rng.choice(['-//hacksw/handcal//NONSGML v1.0//EN', '-//ZContent.net//Zap Calendar 1.0//EN',
                                            '-//%s//Booking//EN' % dom, '-//Calendar//Event//EN'])
        ics = ics_generic(m, 'std', rng.choice(['generic', 'min']), rng.choice(['utc', 'tzid', 'float']), with_tz=rng.random() < 0.4,
                          stamp_first=rng.random() < 0.6, calscale=rng.random() < 0.5)
        b = 'b1_' + rtok(rng, 32, '0123456789abcdef') if m.sent.year < 2021 else 'b1=_' + rtok(rng, 42, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        kids = [mime.text(text, 'plain', cs, m.cte or rng.choice(['8bit', 'quoted-printable', 'base64']), 'text/{sub}; charset={cs}')]
        if html:
            kids.append(mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'))
        kids.append(cal_part(m, ics, 'text/calendar; method={meth}; charset={cs}', rng.choice(['8bit', 'base64', '7bit'])))
        if rng.random() < 0.5:
            top = mime.Part('multipart/alternative;\r\n boundary="%s"' % b, children=kids, boundary=b,
                            preamble='This is a multi-part message in MIME format.')
        else:
            b2 = 'b2_' + rtok(rng, 32, '0123456789abcdef')
            alt = mime.Part('multipart/alternative;\r\n boundary="%s"' % b2, children=kids[:-1], boundary=b2)
            top = mime.Part('multipart/mixed;\r\n boundary="%s"' % b, children=[alt, ics_attachment(m, ics, m.ics_name or 'invite.ics', 'text/calendar')],
                            boundary=b, preamble='This is a multi-part message in MIME format.')
        phpv = rng.choice(['5.2.27', '6.1.4', '6.5.0', '6.8.1', '6.9.1'] if m.sent.year >= 2019 else ['5.2.16', '5.2.22', '6.0.3'])
        hd = ['Date: ' + msg_date(m), 'To: ' + to_value(m, 'UTF-8', 'B'), hd_from]
        if m.reply_to:
            hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'B'))
        hd += [H(m, 'Subject', subj, 'UTF-8', 'B'), 'Message-ID: <%s@%s>' % (rtok(rng, 32, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), m.helo or dom),
               'X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % phpv, 'MIME-Version: 1.0',
               'Content-Type: ' + top.ctype]
        return assemble(m, hd, top, sig_first=True, ct_done=True)
    if st == 'python':
        m.prodid = m.prodid if m.prodid is not None else rng.choice(['-//My calendar product//mxm.dk//', 'ics.py - http://git.io/lLljaA',
                                            '-//python-icalendar//%s//EN' % dom])
        ics = ics_generic(m, 'std', 'generic', rng.choice(['utc', 'tzid']), with_tz=False, stamp_first=False, calscale=False)
        mid = '<%d.%d.%d@%s>' % (int(m.sent.timestamp() * 100), rng.randint(1000, 99999), rng.getrandbits(60), m.helo or dom)
        b = '===============%019d==' % rng.getrandbits(62)
        kids = []
        if text:
            kids.append(mime.text(text, 'plain', cs, m.cte or 'base64', 'text/{sub}; charset="{cs}"', order='ct-first',
                                  hdrs=['MIME-Version: 1.0']))
        if html:
            kids.append(mime.text(html, 'html', cs, m.cte or 'base64', 'text/{sub}; charset="{cs}"', hdrs=['MIME-Version: 1.0']))
        cal = cal_part(m, ics, 'text/calendar; charset="{cs}"; method="{meth}"', 'base64')
        cal.hdrs = ['MIME-Version: 1.0'] + (['Content-Disposition: attachment; filename="%s"' % (m.ics_name or 'invite.ics')] if rng.random() < 0.6 else [])
        kids.append(cal)
        top = mime.Part('multipart/%s; boundary="%s"' % (rng.choice(['mixed', 'alternative']), b), children=kids, boundary=b)
        hd = ['Content-Type: ' + top.ctype, 'MIME-Version: 1.0', H(m, 'Subject', subj, 'utf-8', 'B'), hd_from,
              'To: ' + to_value(m, 'utf-8', 'B'), 'Date: ' + rfc2822(m.sent, 'UTC').replace('+0000', '-0000'),
              'Message-ID: ' + mid]
        if m.reply_to:
            hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'utf-8', 'B'))
        return assemble(m, hd, top, sig_first=True, ct_done=True)
    if st == 'dotnet':
        m.prodid = m.prodid if m.prodid is not None else rng.choice(['-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN',
                                            '-//github.com/rianjs/ical.net//NONSGML ical.net 4.0//EN',
                                            '-//ddaysoftware.com//NONSGML DDay.iCal 1.0//EN'])
        ics = ics_generic(m, 'std', 'generic', rng.choice(['utc', 'tzid']), with_tz=rng.random() < 0.5, stamp_first=True)
        kids = []
        g = uuid4(rng)
        b = '--boundary_%d_%s' % (rng.randint(0, 3), g)
        if text:
            kids.append(mime.text(text, 'plain', cs, m.cte or rng.choice(['quoted-printable', 'base64']), 'text/{sub}; charset={cs}'))
        if html:
            kids.append(mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'))
        kids.append(cal_part(m, ics, 'text/calendar; method={meth}; name=meeting.ics; charset={cs}', 'base64'))
        top = mime.Part('multipart/alternative;\r\n boundary=%s' % b, children=kids, boundary=b)
        hd = ['MIME-Version: 1.0', hd_from, 'To: ' + to_value(m, 'utf-8', 'B')]
        if m.reply_to:
            hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'utf-8', 'B'))
        hd += ['Date: ' + msg_date(m), H(m, 'Subject', subj, 'utf-8', 'B'), 'Content-Type: ' + top.ctype]
        m.postfix_mid = True
        return assemble(m, hd, top, sig_first=True, ct_done=True)
    if st == 'java':
        m.prodid = m.prodid if m.prodid is not None else '-//Ben Fortuna//iCal4j 1.0//EN'
        ics = ics_generic(m, 'std', 'generic', 'tzid', with_tz=True, stamp_first=True, calscale=True)
        b = java_boundary(rng, m.sent)
        kids = [mime.text(text, 'plain', cs, m.cte or '7bit', 'text/{sub}; charset={cs}')] if text else []
        if html:
            kids.append(mime.text(html, 'html', cs, m.cte or 'quoted-printable', 'text/{sub}; charset={cs}'))
        kids.append(cal_part(m, ics, 'text/calendar; method={meth}; charset={cs}', '7bit'))
        top = mime.Part('multipart/alternative; \r\n\tboundary="%s"' % b, children=kids, boundary=b)
        hd = ['Date: ' + msg_date(m), hd_from, 'To: ' + to_value(m, 'UTF-8', 'B'),
              'Message-ID: <%d.%d.%d.JavaMail.%s@%s>' % (rng.randint(1000000, 99999999), rng.randint(1, 9999), int(m.sent.timestamp() * 1000),
                                                         rng.choice(['app', 'svc', 'tomcat', 'root']), m.helo or dom),
              H(m, 'Subject', subj, 'UTF-8', 'B'), 'MIME-Version: 1.0', 'Content-Type: ' + top.ctype]
        if m.reply_to:
            hd.insert(2, 'Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'B'))
        return assemble(m, hd, top, sig_first=True, ct_done=True)
    # 'bulk': mass-mailing tools
    m.prodid = m.prodid if m.prodid is not None else rng.choice(['-//ABC Corporation//NONSGML My Product//EN', 'PRODID:-//Events//EN',
                                                                  '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'Outlook',
                                                                  '-//Apple Inc.//Mac OS X 10.13.6//EN', '-//Calendar Server//EN'])
    if m.prodid.startswith('PRODID:'):
        m.prodid = m.prodid[7:]
    order = 'noprodid' if m.prodid == '' else 'std'
    ics = ics_generic(m, order, rng.choice(['generic', 'min']), rng.choice(['utc', 'float', 'tzid']),
                      with_tz=rng.random() < 0.3, stamp_first=rng.random() < 0.4, calscale=rng.random() < 0.5)
    layout = m.bulk_layout or rng.choice(['single', 'alt', 'mixed', 'related'])
    calfmt = rng.choice(['text/calendar; method={meth}; charset="{cs}"', 'text/calendar; charset={cs}; method={meth}',
                         'text/calendar; method={meth}', 'text/calendar; charset={cs}'])
    if 'nomethodparam' in m.quirks:
        calfmt = 'text/calendar; charset="{cs}"'
    if layout == 'single':
        top = cal_part(m, ics, calfmt, rng.choice(['base64', '8bit', '7bit']))
        hd = [hd_from, 'To: ' + to_value(m, 'UTF-8', 'B'), H(m, 'Subject', subj, 'UTF-8', rng.choice(['B', 'Q'])),
              'Date: ' + msg_date(m), 'MIME-Version: 1.0']
        if m.reply_to:
            hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'B'))
        if m.x_mailer:
            hd.append('X-Mailer: ' + m.x_mailer)
        if rng.random() < 0.6:
            hd.append('Message-ID: <%s@%s>' % (rtok(rng, rng.randint(12, 40), ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), m.helo or dom))
        else:
            m.postfix_mid = True
        hd += top.header_lines()
        top.ctype_in_headers = True
        return assemble(m, hd, top, sig_first=True, ct_done=True, leaf_top=True)
    kids = []
    if text:
        kids.append(mime.text(text, 'plain', cs, m.cte or rng.choice(['8bit', 'quoted-printable', 'base64', '7bit']), 'text/{sub}; charset="{cs}"'))
    if html:
        kids.append(mime.text(html, 'html', cs, m.cte or rng.choice(['quoted-printable', 'base64']), 'text/{sub}; charset="{cs}"'))
    cal = cal_part(m, ics, calfmt, rng.choice(['base64', '8bit', '7bit']))
    b = rng.choice(['----=_NextPart_%s' % rtok(rng, 20, HEX), '_----------=_%d%d' % (int(m.sent.timestamp()), rng.randint(100, 999)),
                    rtok(rng, 16, ALNUM), '=_%s' % rtok(rng, 32, '0123456789abcdef'), 'BOUNDARY_%s' % rtok(rng, 10, '0123456789')])
    if layout == 'mixed':
        att = ics_attachment(m, ics, m.ics_name or rng.choice(['invite.ics', 'event.ics', 'calendar.ics', 'meeting.ics', 'Invitation.ics']),
                             rng.choice(['text/calendar', 'application/ics', 'application/octet-stream']))
        b2 = rtok(rng, 24, ALNUM)
        inner = mime.Part('multipart/alternative; boundary="%s"' % b2, children=kids + ([] if kids else [cal]), boundary=b2)
        top = mime.Part('multipart/mixed; boundary="%s"' % b, children=[inner, att], boundary=b)
    elif layout == 'related':
        top = mime.Part('multipart/alternative; boundary="%s"' % b, children=kids + [cal], boundary=b)
    else:
        top = mime.Part('multipart/alternative; boundary="%s"' % b, children=kids + [cal], boundary=b)
    hd = [hd_from, 'To: ' + to_value(m, 'UTF-8', 'B'), H(m, 'Subject', subj, 'UTF-8', rng.choice(['B', 'Q'])),
          'Date: ' + msg_date(m), 'MIME-Version: 1.0']
    if m.reply_to:
        hd.append('Reply-To: ' + A(m, m.reply_to[0], m.reply_to[1], 'UTF-8', 'B'))
    if m.x_mailer:
        hd.append('X-Mailer: ' + m.x_mailer)
    if rng.random() < 0.7:
        hd.append('Message-ID: <%s@%s>' % (rtok(rng, rng.randint(12, 40), ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), m.helo or dom))
    else:
        m.postfix_mid = True
    hd.append('Content-Type: ' + top.ctype)
    return assemble(m, hd, top, sig_first=True, ct_done=True)


# ------------------------------------------------------------------ assembly / list wrapper
def list_transport(m, tr):
    """Re-route through a mailing list manager (the list's MTA connects to our MX)."""
    rng = m.rng
    lst = m.list
    ld = lst['domain']
    ip = '192.0.2.%d' % rng.randint(20, 60)
    host = lst.get('host', 'lists.' + ld if not ld.startswith('lists.') else ld)
    if ld == 'googlegroups.com':
        host = 'mail-qk1-f%d.google.com' % rng.randint(41, 199)
        ip = '198.51.100.%d' % rng.randint(10, 60)
    orig_fd = tr['from_domain']
    new = dict(tr)
    new['helo'] = host
    new['rdns'] = host
    new['ip'] = ip
    new['envelope'] = lst['bounce']
    new['spf'] = ('pass', lst['bounce'], ip)
    dk = [('fail', d, s) for (r, d, s) in tr['dkim'] if r == 'pass']
    if lst.get('sign'):
        dk.append(('pass', ld, lst['sign']))
    new['dkim'] = dk
    if lst.get('munge'):
        new['from_domain'] = lst['post'].split('@')[1]
    new['dmarc'] = None
    new['tls'] = True
    return new


def assemble(m, client_hdrs, top, sig_first=True, ct_done=False, leaf_top=False):
    if m.list and m.list.get('munge'):
        # From: munged to the list address
        nh = []
        for h_ in client_hdrs:
            if h_.startswith('From: '):
                disp = m.list['munge'].format(n=m.from_name)
                nh.append('From: ' + A(m, disp, m.list['post'], 'UTF-8', 'Q'))
                nh.append('Reply-To: ' + A(m, m.from_name, m.from_addr, 'UTF-8', 'Q'))
            elif h_.startswith('Reply-To: '):
                continue
            else:
                nh.append(h_)
        client_hdrs = nh
    tr = make_transport(m)
    relays = list(tr['relay']) + list(getattr(m, 'extra_relay', []) or [])
    sigs = sign_headers(m, tr)
    pre = list(getattr(m, 'extra_hdr_top', []) or [])
    lst_h = []
    if m.list:
        trl = list_transport(m, tr)
        lst = m.list
        lst_relay = ['Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
            trl['helo'], trl['helo'], rtok(m.rng, 10, HEX), rfc2822(m.arrival - dt.timedelta(seconds=3), 'UTC', 'paren'))]
        lsig = []
        if lst.get('sign'):
            from .senders import dkim_signature
            lsig = [dkim_signature(m.rng, lst['domain'], lst['sign'], m.arrival, 'From:To:Subject:Date:List-Id:List-Unsubscribe')]
        orig_mx = 'Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
            tr['helo'], tr.get('rdns') or 'unknown', tr['ip'], trl['helo'], rtok(m.rng, 10, HEX), lst['post'],
            rfc2822(m.arrival - dt.timedelta(seconds=6), 'UTC', 'paren'))
        lst_h = [x.format(**lst) for x in lst['headers']]
        head = mx_headers(m, trl) + lsig + lst_relay + lst_h + [orig_mx]
        # subject tag
        if lst.get('tag'):
            nh = []
            for h_ in client_hdrs:
                if h_.startswith('Subject: '):
                    import email.header
                    try:
                        txt = str(email.header.make_header(email.header.decode_header(h_[9:].replace('\r\n', ''))))
                    except Exception:
                        txt = h_[9:]
                    nh.append(H(m, 'Subject', '[%s] %s' % (lst['tag'], txt), 'UTF-8', 'Q'))
                else:
                    nh.append(h_)
            client_hdrs = nh
    else:
        head = mx_headers(m, tr)
    if sig_first:
        head += pre + sigs + relays
    else:
        head += relays + sigs + pre
    if getattr(m, 'postfix_mid', False):
        client_hdrs = client_hdrs + ['Message-Id: <%s.%s@%s>' % (m.sent.strftime('%Y%m%d%H%M%S'), rtok(m.rng, 10, HEX), tr['helo'])]
    if m.extra_headers:
        client_hdrs = client_hdrs + [x for x in m.extra_headers]
    lines = head + client_hdrs
    if not ct_done:
        lines += top.header_lines()
    elif leaf_top:
        pass
    elif top.cte and top.children is None:
        lines.append('Content-Transfer-Encoding: ' + top.cte)
    out = ('\r\n'.join(lines)).encode('utf-8') + b'\r\n\r\n' + top.body_bytes()
    return out


RENDER = {'google': render_google, 'outlook': render_outlook, 'icloud': render_icloud, 'thunderbird': render_thunderbird,
          'zoom': render_zoom, 'nextcloud': render_nextcloud, 'zimbra': render_zimbra, 'yahoo': render_yahoo,
          'sogo': render_sogo, 'booking': render_booking, 'handrolled': render_handrolled}


def render(m):
    return RENDER[m.client](m)
