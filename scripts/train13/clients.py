"""Client renderers: produce (client header lines, body bytes) for a message spec."""
import datetime as dt
import html as H
import ical as I
import people as P
import util as U

# ---------------------------------------------------------------- shared helpers


def hcs(s):
    return s.hcs or 'utf-8'


def from_hdr(s, quote=False):
    return 'From: ' + U.addr(s.frm['name'], s.frm['addr'], hcs(s), s.hmode, quote)


def to_hdr(s, quote=False):
    return U.fold_header('To: ' + ', '.join(U.addr(p.get('name'), p['addr'], hcs(s), s.hmode, quote) for p in s.to))


def cc_hdr(s):
    if not s.cc:
        return []
    return [U.fold_header('Cc: ' + ', '.join(U.addr(p.get('name'), p['addr'], hcs(s), s.hmode) for p in s.cc))]


def subj_hdr(subject, s):
    return U.fold_header('Subject: ' + U.ew(subject, hcs(s), s.hmode))


def date_hdr(s):
    return 'Date: ' + U.rfcdate(s.sent, s.soff)


def pick_cte(text, cs, prefs):
    """prefs e.g. ('7bit','quoted-printable'); 7bit only when ascii."""
    for p in prefs:
        if p == '7bit':
            if U.is_ascii(text):
                return '7bit'
            continue
        if p == '8bit' and cs.lower() == 'us-ascii':
            continue
        return p
    return 'base64'


def leaf(ctype, text, cs, cte, extra=None, b64crlf=True):
    if not U.can_encode(text, cs):
        cs2 = 'utf-8'
        ctype = ctype.replace(cs, cs2)
        cs = cs2
    hdrs = [ctype, 'Content-Transfer-Encoding: ' + cte] + (extra or [])
    return U.part(hdrs, U.encode_body(text, cs, cte, b64crlf))


def leaf_tp(ctype_fmt, text, cs, cte, extra=None, order='ct', b64crlf=True):
    """ctype_fmt contains {cs}; falls back to utf-8 if text not encodable."""
    if not U.can_encode(text, cs):
        cs = 'utf-8'
        if cte in ('7bit',):
            cte = 'base64'
    ct = ctype_fmt.format(cs=cs)
    h = [ct, 'Content-Transfer-Encoding: ' + cte] if order == 'ct' else ['Content-Transfer-Encoding: ' + cte, ct]
    return U.part(h + (extra or []), U.encode_body(text, cs, cte, b64crlf))


def when_en(s, start=None, end=None, long_tz=True):
    st = start or s.start
    en = end or s.end
    if s.allday:
        return '%s %s %d, %d' % (U.DAYS[st.weekday()], U.MONS[st.month - 1], st.day, st.year)
    d = '%s %s %d, %d %s – %s' % (U.DAYS[st.weekday()], U.MONS[st.month - 1], st.day, st.year,
                                  U.en_hour(st), U.en_hour(en))
    return d + (' ' + U.ZONES[s.tz][6] if long_tz else ' (%s)' % U.tzabbr(s.tz, st))


def when_num(s, start=None, end=None):
    st = start or s.start
    en = end or s.end
    if s.allday:
        return st.strftime('%Y-%m-%d')
    return '%s %s – %s (%s)' % (st.strftime('%Y-%m-%d'), st.strftime('%H:%M'), en.strftime('%H:%M'),
                                U.tzabbr(s.tz, st))


def when(s, long_tz=True):
    return when_en(s, long_tz=long_tz) if s.lang == 'en' else when_num(s)


def html_escape_br(t):
    return H.escape(t).replace('\n', '<br>')


def rcpt_str(s):
    return s.rcpt['addr']


def conf_block_text(s):
    c = s.conf
    if not c:
        return ''
    if c['kind'] == 'teams':
        return ('\n\n' + '_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
                'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
                'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
                % (c['url'], c['id'], c['pw']) + '_' * 80)
    if c['kind'] == 'zoom':
        return ('\n\n%s is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %s\n'
                % (s.org['name'] or s.org['addr'], c['url'], c['id'], c['pw']))
    if c['kind'] == 'webex':
        return '\n\nJoin Webex meeting: %s\nMeeting number (access code): %s\nMeeting password: %s\n' % (c['url'], c['id'], c['pw'])
    if c['kind'] == 'meet':
        return ''
    return '\n\n%s\n' % c['url']


def meet_desc(s):
    c = s.conf
    sep = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
    return ('%s\n\n%s\n%s: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
            'Please do not edit this section.\n%s' % (s.desc or '', sep, s.L['meet'], c['url'], sep)).lstrip('\n')


# ---------------------------------------------------------------- Google Calendar
GOOGLE_ST = dict(
    prodid='-//Google Inc//Google Calendar 70.9054//EN', head=['PRODID', 'VERSION', 'CALSCALE', 'METHOD'],
    dt='utc', vtz='olson',
    order=['DTSTART', 'DTEND', 'RRULE', 'DTSTAMP', 'ORGANIZER', 'UID', 'ATTENDEES', 'X0', 'CREATED', 'DESCRIPTION',
           'LAST-MODIFIED', 'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'X', 'URL', 'ATTACH', 'ALARMS'],
    org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
    att_tpl='ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={cn};X-NUM-GUESTS=0:mailto:{addr}',
    org_as_att=True, omit_cn=False, alarm=I.alarm_google)


def google(s):
    rng = s.rng
    L = s.L
    st = dict(GOOGLE_ST)
    x = []
    desc = s.desc
    if s.conf and s.conf['kind'] == 'meet':
        x.append('X-GOOGLE-CONFERENCE:' + s.conf['url'])
        desc = meet_desc(s)
    elif s.conf:
        desc = (s.desc or '') + conf_block_text(s)
    st['x'] = x
    if not s.uid_given:
        s.uid = U.alnum(rng, 26, 'abcdefghijklmnopqrstuv0123456789') + '@google.com'
    if s.year >= 2019 and s.method == 'REQUEST':
        st['x0'] = ['X-MICROSOFT-CDO-OWNERAPPTID:-%s' % U.digits(rng, 10)]
    saved = s.desc
    s.desc = desc
    ics = I.calendar(s, st)
    s.desc = saved
    eid = U.b64url(rng, 64)
    rc = rcpt_str(s)
    subj_pre = {'REQUEST': L['upd'] if s.seq else L['inv'], 'CANCEL': L['canc'], 'REPLY': None,
                'PUBLISH': L['inv']}.get(s.method, L['inv'])
    if s.method == 'REPLY':
        subj_pre = {'ACCEPTED': L['acc'], 'DECLINED': L['dec'], 'TENTATIVE': L['tent']}[s.atts[0]['ps']]
    wshort = when_en(s, long_tz=False) if s.lang == 'en' else when_num(s)
    subject = s.subject or '%s: %s @ %s (%s)' % (subj_pre, s.summary, wshort.replace('–', '-'), rc)
    new = s.year >= 2021
    link = 'https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0' % (
        eid, U.b64url(rng, 40), s.tz.replace('/', '%2F'), s.lang if s.lang != 'zht' else 'zh_TW')
    guests = [s.org] + [a for a in s.atts if a['addr'] != s.org['addr']]
    if s.method == 'REPLY':
        r = s.atts[0]
        txt = '%s %s.\n\n%s\n%s\n\n%s\n%s\n\n%s: %s' % (
            r.get('name') or r['addr'], {'ACCEPTED': 'has accepted this invitation',
                                         'DECLINED': 'has declined this invitation',
                                         'TENTATIVE': 'has tentatively accepted this invitation'}[r['ps']]
            if s.lang == 'en' else '— ' + subj_pre, s.summary, when(s), L['fromgcal'],
            'https://calendar.google.com/calendar/', L['view'], link)
    elif new:
        gl = '\n'.join(('%s - %s' % (g.get('name') or g['addr'], L['org'].lower())) if i == 0 else (g.get('name') or g['addr'])
                       for i, g in enumerate(guests[:12]))
        parts = []
        if s.method == 'CANCEL':
            parts.append('This event has been canceled.' if s.lang == 'en' else L['canc'] + '.')
        if s.desc:
            parts.append(s.desc)
        parts.append('%s\n%s' % (s.summary, when(s)))
        if s.conf and s.conf['kind'] == 'meet':
            parts.append('%s\n%s' % (L['meet'], s.conf['url']))
        if s.location:
            parts.append(s.location)
        parts.append('%s\n%s\nView all guest info %s' % (L['who'], gl, link) if s.lang == 'en' else '%s\n%s\n%s' % (L['who'], gl, link))
        if s.method == 'REQUEST':
            parts.append(('Reply for %s and view more details %s\nYour attendance is optional.' % (rc, link))
                         if s.lang == 'en' else '%s: %s / %s / %s\n%s' % (rc, L['yes'], L['no'], L['maybe'], link))
        foot = '~~//~~\n%s: https://calendar.google.com/calendar/' % L['fromgcal']
        if s.lang == 'en':
            foot += ('\n\nYou are receiving this email because you are an attendee on the event. To stop receiving '
                     'future updates for this event, decline this event.\n\nForwarding this invitation could allow any '
                     'recipient to send a response to the organizer, be added to the guest list, invite others '
                     'regardless of their own invitation status, or modify your RSVP. Learn more '
                     'https://support.google.com/calendar/answer/37135#forwarding')
        parts.append(foot)
        txt = '\n\n'.join(parts)
    else:
        who = '\n'.join(('     * %s - %s' % (g.get('name') or g['addr'], L['org'].lower())) if i == 0 else '     * ' + (g.get('name') or g['addr'])
                        for i, g in enumerate(guests[:12]))
        txt = ('%s\n\nTitle: %s\n%s\n%s: %s\n%s%s: %s\nWho:\n%s\n\nEvent details:  %s\n\n%s: https://www.google.com/calendar/\n\n'
               % (('This event has been canceled and removed from your calendar.' if s.lang == 'en' else L['canc'] + '.') if s.method == 'CANCEL' else
                  'You have been invited to the following event.' if s.lang == 'en' else L['invited'].format(n=s.org.get('name') or s.org['addr']),
                  s.summary, s.desc or '', L['when'], when(s),
                  ('%s: %s\n' % (L['where'], s.location)) if s.location else '', 'Calendar', rc, who, link, L['fromgcal']))
        if s.lang == 'en':
            txt += ('You are receiving this courtesy email at the account %s because you are an attendee of this event.\n\n'
                    'To stop receiving future updates for this event, decline this event. Alternatively you can sign up for '
                    'a Google account at https://www.google.com/calendar/ and control your notification settings for your '
                    'entire calendar.\n\nForwarding this invitation could allow any recipient to modify your RSVP response. '
                    'Learn more at https://support.google.com/calendar/answer/37135#forwarding\n' % rc)
    if s.body_text and s.forged:
        txt = s.body_text
    # HTML
    rows = ''.join('<tr><td style="padding-right:10px;color:#666">%s</td><td>%s</td></tr>' % (H.escape(k), v) for k, v in [
        (L['when'], H.escape(when(s))), (L['where'], H.escape(s.location or '')), (L['who'], '<br>'.join(
            H.escape(g.get('name') or g['addr']) for g in guests[:12]))] if v)
    meet = ''
    if s.conf and s.conf['kind'] == 'meet':
        meet = '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">%s</a></p>' % (
            s.conf['url'], H.escape(L['meet']))
    dsc = s.html if s.html else html_escape_br(s.desc or '')
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Roboto,Helvetica,Arial,sans-serif"><span itemscope itemtype="http://schema.org/InformAction">'
            '<span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
            '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div><h2 itemprop="name">%s</h2>'
            '<meta itemprop="startDate" content="%s"/><meta itemprop="endDate" content="%s"/></div></span></span>\n'
            '<div>%s</div>\n%s<table cellpadding="0" cellspacing="0">%s</table>\n'
            '<p><a href="%s">%s</a></p>\n<p style="color:#888;font-size:11px">%s <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>'
            '</body></html>' % (H.escape(L['invited'].format(n=s.org.get('name') or s.org['addr'])), H.escape(s.summary),
                                U.to_utc(s.tz, s.start).strftime('%Y-%m-%dT%H:%M:%SZ'),
                                U.to_utc(s.tz, s.end).strftime('%Y-%m-%dT%H:%M:%SZ'), dsc, meet, rows, link,
                                H.escape(L['view']), H.escape(L['fromgcal'])))
    html = html.replace('\n', '\n')
    b1 = '000000000000' + U.hexs(rng, 16)
    b2 = '000000000000' + U.hexs(rng, 16)
    tcte = '7bit' if U.is_ascii(txt) else 'base64'
    p_txt = leaf_tp('Content-Type: text/plain; charset="{cs}"; format=flowed; delsp=yes', txt, 'UTF-8', tcte)
    p_html = leaf_tp('Content-Type: text/html; charset="{cs}"', html, 'UTF-8', 'quoted-printable')
    ccte = '7bit' if U.is_ascii(ics) else 'base64'
    p_cal = leaf_tp('Content-Type: text/calendar; charset="{cs}"; method=%s' % (s.ctmethod or s.method), ics, 'UTF-8', ccte)
    alt = U.multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2], b2, [p_txt, p_html, p_cal])
    att = U.part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                  'Content-Transfer-Encoding: base64'], U.encode_body(ics, 'utf-8', 'base64'))
    body = U.multipart(['Content-Type: multipart/mixed; boundary="%s"' % b1], b1, [alt, att])
    # split body to get headers separately: multipart() returned headers too; strip first header block
    ctline, rest = body.split(b'\n\n', 1)
    hdrs = ['MIME-Version: 1.0', 'Date: ' + U.rfcdate(s.sent, 0), 'Reply-To: ' + (s.reply_to or s.frm['addr'])]
    if not s.nosender:
        hdrs.append('Sender: Google Calendar <calendar-notification@google.com>')
    hdrs += ['Auto-Submitted: auto-generated', 'Message-ID: <calendar-%s@google.com>' % U.uid4(rng),
             subj_hdr(subject, s), from_hdr(s), to_hdr(s)] + cc_hdr(s) + [ctline.decode()]
    return hdrs, rest


# ---------------------------------------------------------------- Outlook / Exchange / Teams
def outlook_uid(rng):
    return ('040000008200E00074C5B7101A82E00800000000' + U.hexs(rng, 16, True) + '01000000000000000010000000'
            + U.hexs(rng, 32, True))


def outlook_st(s, desktop):
    lang = s.content_lang
    st = dict(dt='tzid', tzstyle='win', vtz='win', org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
              att_tpl='ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={cn}:mailto:{addr}', alarm=I.alarm_outlook,
              langparam=lang, width=75)
    if desktop:
        st['prodid'] = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'
        st['head'] = ['PRODID', 'VERSION', 'METHOD', 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE']
        st['order'] = ['ATTENDEES', 'CLASS', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'LAST-MODIFIED',
                       'LOCATION', 'ORGANIZER', 'PRIORITY', 'RRULE', 'SEQUENCE', 'SUMMARY', 'TRANSP', 'UID', 'URL',
                       'ATTACH', 'XALT', 'X', 'ALARMS']
        st['langparam'] = lang.lower()
    else:
        st['prodid'] = 'Microsoft Exchange Server 2010'
        st['head'] = ['METHOD', 'PRODID', 'VERSION']
        st['order'] = ['ORGANIZER', 'ATTENDEES', 'DESCRIPTION', 'RRULE', 'UID', 'SUMMARY', 'DTSTART', 'DTEND', 'CLASS',
                       'PRIORITY', 'DTSTAMP', 'TRANSP', 'STATUS', 'SEQUENCE', 'LOCATION', 'URL', 'ATTACH', 'XALT', 'X',
                       'ALARMS']
    return st


def outlook(s):
    rng = s.rng
    L = s.L
    desktop = s.variant == 'desktop'
    st = outlook_st(s, desktop)
    x = []
    if desktop:
        x += ['X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-CONFTYPE:0']
    else:
        x += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % s.seq,
              'X-MICROSOFT-CDO-OWNERAPPTID:%s' % ('-' if rng.random() < .5 else '') + U.digits(rng, 10),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if s.method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if s.method == 'CANCEL' else 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if s.allday else 'FALSE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % (2 if (s.priority or 5) < 5 else 1), 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if s.rrule else 0)]
    desc = (s.desc or '') + conf_block_text(s)
    if s.conf and s.conf['kind'] == 'teams':
        x += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + s.conf['url'],
              'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/%s/%s/19_meeting_%s@thread.v2/0?meetingApp=true'
              % (U.uid4(rng), U.uid4(rng), U.b64url(rng, 40)),
              'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % U.b64url(rng, 40),
              'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s'
              % (s.org['addr'], U.b64url(rng, 40), U.hexs(rng, 32), U.uid4(rng)),
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    if not desktop:
        x += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
        if s.year >= 2019:
            x.append('X-MICROSOFT-ISRESPONSEREQUESTED:TRUE')
        if s.location and s.year >= 2018:
            x.append('X-MICROSOFT-LOCATIONS:[ { "DisplayName" : "%s"\\, "LocationAnnotation" : ""\\, "LocationUri" : ""\\, "LocationStreet" : ""\\, "LocationCity" : ""\\, "LocationState" : ""\\, "LocationCountry" : ""\\, "LocationPostalCode" : ""\\, "LocationFullAddress" : "" } ]'
                     % U.esc(s.location).replace('"', '\\"'))
    st['x'] = x
    saved = s.desc, s.uid
    s.desc = desc
    if not s.uid_given:
        s.uid = outlook_uid(rng)
    ics = I.calendar(s, st)
    s.desc = saved[0]
    # subject
    subject = s.subject or s.summary
    if not s.subject:
        if s.method == 'REPLY':
            subject = '%s: %s' % ({'ACCEPTED': L['acc'], 'DECLINED': L['dec'], 'TENTATIVE': L['tent']}[s.atts[0]['ps']], s.summary)
        elif s.method == 'CANCEL':
            subject = '%s: %s' % (L['cancs'], s.summary)
    # text body
    txt = s.body_text if s.body_text is not None else desc
    if s.method == 'REPLY' and s.body_text is None:
        txt = ''
    cs = s.cs or 'utf-8'
    if cs.lower() == 'utf-8' and U.is_ascii(txt) and rng.random() < .6:
        cs = 'us-ascii'
    tcte = 'quoted-printable' if (cs.lower() in ('us-ascii',) or rng.random() < .5) else 'base64'
    # html body
    if s.body_html:
        html = s.body_html
    else:
        inner = s.html if s.html else ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (H.escape(l) if l else '&nbsp;')
                                            for l in txt.split('\n'))
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n'
                % (cs if U.can_encode(inner, cs) else 'utf-8', s.content_lang.upper(), inner))
    b = '_000_%s%s_' % (s.exch_host, U.hexs(rng, 12, True))
    parts = []
    if s.method != 'REPLY' or txt:
        parts.append(leaf_tp('Content-Type: text/plain; charset="{cs}"', txt, cs, tcte))
        hcte = 'quoted-printable' if tcte == 'quoted-printable' else 'base64'
        parts.append(leaf_tp('Content-Type: text/html; charset="{cs}"', html, cs if U.can_encode(html, cs) else 'utf-8', hcte))
    parts.append(leaf_tp('Content-Type: text/calendar; charset="{cs}"; method=%s' % (s.ctmethod or s.method), ics, 'utf-8', 'base64'))
    body = U.multipart([], b, parts)[2:]
    hdrs = [from_hdr(s), to_hdr(s)] + cc_hdr(s) + [subj_hdr(subject, s),
                                                   U.fold_header('Thread-Topic: ' + U.ew(s.summary, hcs(s), s.hmode)),
                                                   'Thread-Index: ' + U.b64r(rng, 22).rstrip('='),
                                                   'Date: ' + U.rfcdate(s.sent, 0), 'Message-ID: <%s@%s>' % (s.exch_msgid, s.exch_fqdn)]
    if s.reply_to:
        hdrs.append('Reply-To: ' + s.reply_to)
    hdrs += ['Accept-Language: ' + s.content_lang + (', en-US' if s.content_lang != 'en-US' else ''),
             'Content-Language: ' + s.content_lang, 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:']
    if not desktop:
        hdrs += ['x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAD%s' % U.b64r(rng, 33),
                 'x-ms-publictraffictype: Email', 'x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage' % (s.exch_host, s.exch_host2)]
    else:
        hdrs += ['X-Mailer: Microsoft Outlook 16.0', 'x-ms-exchange-organization-originalclientipaddress: 198.51.100.%d' % rng.randint(2, 250)]
    hdrs += ['Content-Type: multipart/alternative;\n\tboundary="%s"' % b, 'MIME-Version: 1.0']
    return hdrs, body


# ---------------------------------------------------------------- Apple (iCloud / Calendar.app)
def apple_st(s, server):
    return dict(
        prodid='-//CALENDARSERVER.ORG//NONSGML Version 1//EN' if server else '-//Apple Inc.//%s//EN' % s.apple_os,
        head=['METHOD', 'VERSION', 'PRODID', 'CALSCALE'] if not server else ['VERSION', 'METHOD', 'PRODID', 'CALSCALE'],
        dt='tzid', vtz='apple',
        order=['TRANSP', 'DTEND', 'ORGANIZER', 'UID', 'DTSTAMP', 'LOCATION', 'X', 'DESCRIPTION', 'URL', 'SEQUENCE',
               'SUMMARY', 'LAST-MODIFIED', 'CREATED', 'DTSTART', 'RRULE', 'ATTENDEES', 'ATTACH', 'STATUS', 'ALARMS'],
        org_tpl='ORGANIZER;CN={qcn};EMAIL={addr}:mailto:{addr}',
        att_tpl='ATTENDEE;CN={qcn};CUTYPE={cutype};EMAIL={addr};PARTSTAT={ps};ROLE={role};RSVP={rsvp}:mailto:{addr}',
        org_as_att=True, org_role='CHAIR', alarm=I.alarm_apple, url_prefix='URL;VALUE=URI:')


def apple(s):
    rng = s.rng
    L = s.L
    server = s.variant == 'server'
    st = apple_st(s, server)
    x = ['X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC']
    if s.location and rng.random() < .4:
        x.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70.58;X-TITLE=%s:geo:%.6f,%.6f'
                 % (U.pval(s.location.split('\n')[0]), rng.uniform(-40, 60), rng.uniform(-120, 140)))
    if s.year >= 2022:
        x.append('X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal' if rng.random() < .5 else 'X-APPLE-CREATOR-IDENTITY:com.apple.calendar')
    st['x'] = x
    if not s.uid_given:
        s.uid = U.uid4(rng, True)
    desc = (s.desc or '') + conf_block_text(s)
    saved = s.desc
    s.desc = desc
    ics = I.calendar(s, st)
    s.desc = saved
    rc = rcpt_str(s)
    if server:
        subject = s.subject or ('%s: %s' % (L['inv'] if s.method != 'CANCEL' else L['canc'], s.summary))
        intro = L['invited'].format(n=s.org.get('name') or s.org['addr'])
        txt = s.body_text or '%s\n\n%s\n%s\n%s\n\n%s' % (intro, s.summary, when(s), s.location or '', desc or '')
        html = s.body_html or ('<html><body style="font-family:-apple-system,Helvetica Neue,Helvetica,sans-serif">'
                               '<p>%s</p><h3>%s</h3><p>%s<br>%s</p><p>%s</p></body></html>'
                               % (H.escape(intro), H.escape(s.summary), H.escape(when(s)), H.escape(s.location or ''),
                                  s.html or html_escape_br(desc or '')))
        b1 = 'Apple-Webmail-%s' % U.digits(rng, 12)
        b2 = 'Apple-Webmail-%s' % U.digits(rng, 12)
        alt = U.multipart(['Content-Type: multipart/alternative; boundary=%s' % b2], b2, [
            leaf_tp('Content-Type: text/plain; charset={cs}', txt, 'utf-8', 'quoted-printable'),
            leaf_tp('Content-Type: text/html; charset={cs}', html, 'utf-8', 'quoted-printable')])
        cal = leaf_tp('Content-Type: text/calendar; charset={cs}; method=%s; name=invite.ics' % (s.ctmethod or s.method), ics,
                      'utf-8', 'quoted-printable', ['Content-Disposition: attachment; filename=invite.ics'])
        body = U.multipart([], b1, [alt, cal])[2:]
        hdrs = [from_hdr(s), to_hdr(s), subj_hdr(subject, s), date_hdr(s),
                'Message-ID: <%s@%s>' % (U.uid4(rng, True), s.frm['addr'].split('@')[1]),
                'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary=%s' % b1]
        return hdrs, body
    # Calendar.app via Apple Mail
    stamp = U.from_utc(s.tz, s.sent)
    fn = 'iCal-%s.ics' % stamp.strftime('%Y%m%d-%H%M%S')
    subject = s.subject or ('%s: %s' % (L['inv'], s.summary) if s.method == 'REQUEST' else s.summary)
    b = 'Apple-Mail=_%s' % U.uid4(rng, True)
    txt = s.body_text if s.body_text is not None else ''
    parts = [leaf_tp('Content-Type: text/plain;\n\tcharset={cs}', txt or '\n', 'us-ascii' if U.is_ascii(txt) else 'utf-8',
                     '7bit' if U.is_ascii(txt) else 'quoted-printable', order='cte')]
    parts.append(U.part(['Content-Disposition: attachment;\n\tfilename=%s' % fn,
                         'Content-Type: text/calendar;\n\tx-unix-mode=0644;\n\tname="%s";\n\tmethod=%s;\n\tcharset=UTF-8' % (fn, s.ctmethod or s.method),
                         'Content-Transfer-Encoding: quoted-printable'], U.encode_body(ics, 'utf-8', 'quoted-printable')))
    if s.body_text:
        parts.append(leaf_tp('Content-Type: text/plain;\n\tcharset={cs}', '\n', 'us-ascii', '7bit', order='cte'))
    body = U.multipart([], b, parts)[2:]
    hdrs = [from_hdr(s), 'Content-Type: multipart/mixed;\n\tboundary="%s"' % b,
            'Mime-Version: 1.0 (Mac OS X Mail %s \\(%s\\))' % s.apple_mail, subj_hdr(subject, s), date_hdr(s),
            'Message-Id: <%s@%s>' % (U.uid4(rng, True), s.frm['addr'].split('@')[1]), to_hdr(s),
            'X-Mailer: Apple Mail (%s)' % s.apple_mail[1]]
    return hdrs, body


# ---------------------------------------------------------------- Thunderbird / Lightning
TB_ST = dict(prodid='-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', head=['PRODID', 'VERSION', 'METHOD'],
             dt='tzid', vtz='olson',
             order=['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'ORGANIZER', 'ATTENDEES', 'RRULE', 'DTSTART',
                    'DTEND', 'STATUS', 'DESCRIPTION', 'LOCATION', 'URL', 'SEQUENCE', 'TRANSP', 'X', 'ATTACH', 'ALARMS'],
             org_tpl='ORGANIZER;RSVP=TRUE;CN={cn};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{addr}',
             att_tpl='ATTENDEE;RSVP={rsvp};CN={cn};PARTSTAT={ps};ROLE={role}:mailto:{addr}', alarm=I.alarm_moz)


def thunderbird(s):
    rng = s.rng
    L = s.L
    st = dict(TB_ST)
    st['x'] = ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE'] + (
        ['X-MOZ-GENERATION:%d' % (s.seq + 1)] if s.seq else [])
    if not s.uid_given:
        s.uid = U.uid4(rng)
    desc = (s.desc or '') + conf_block_text(s)
    saved = s.desc
    s.desc = desc
    ics = I.calendar(s, st)
    s.desc = saved
    pre = {'REQUEST': 'Invitation' if not s.seq else 'Updated', 'CANCEL': 'Cancelled', 'PUBLISH': 'Invitation'}.get(s.method)
    if s.lang != 'en':
        pre = {'REQUEST': s.L['inv'] if not s.seq else s.L['upd'], 'CANCEL': s.L['cancs']}.get(s.method, s.L['inv'])
    if s.method == 'REPLY':
        pre = {'ACCEPTED': L['acc'], 'DECLINED': L['dec'], 'TENTATIVE': L['tent']}[s.atts[0]['ps']]
    subject = s.subject or '%s: %s' % (pre, s.summary)
    att_list = '; '.join((a.get('name') + ' <%s>' % a['addr']) if a.get('name') else a['addr'] for a in s.atts[:20])
    txt = s.body_text if s.body_text is not None else '%s: %s\n%s: %s <%s>\n%s%s: %s\n\n%s\n' % (
        L['when'], when(s), L['org'], s.org.get('name') or '', s.org['addr'],
        ('%s: %s\n' % (L['where'], s.location)) if s.location else '', L['who'], att_list, desc or '')
    cs = s.cs or 'UTF-8'
    tcte = '8bit' if not U.is_ascii(txt) else '7bit'
    if cs.lower().startswith('iso-2022'):
        tcte = '7bit'
    if cs.lower() not in ('utf-8',) and not U.can_encode(txt, cs):
        cs = 'UTF-8'
    ics_cs = s.ics_cs or 'UTF-8'
    if not U.can_encode(ics, ics_cs):
        ics_cs = 'UTF-8'
    ccte = '7bit' if U.is_ascii(ics) else ('8bit' if not ics_cs.lower().startswith('iso-2022') else '7bit')
    b1 = '------------' + U.alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    b2 = '------------' + U.alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    fmt = '; format=flowed' if s.tbver < 91 else ''
    alt = U.multipart(['Content-Type: multipart/alternative;\n boundary="%s"' % b2], b2, [
        leaf_tp('Content-Type: text/plain; charset={cs}' + fmt, txt, cs, tcte),
        leaf_tp('Content-Type: text/calendar; method=%s; charset={cs}' % (s.ctmethod or s.method), ics, ics_cs, ccte)])
    att = U.part(['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                  'Content-Transfer-Encoding: base64'], U.encode_body(ics, ics_cs, 'base64'))
    body = U.multipart([], b1, [alt, att], preamble='This is a multi-part message in MIME format.')[2:]
    hdrs = ['Message-ID: <%s@%s>' % (U.uid4(rng) if s.tbver >= 78 else U.hexs(rng, 8, True) + '.' + U.digits(rng, 7), s.frm['addr'].split('@')[1]),
            date_hdr(s), 'MIME-Version: 1.0', s.tb_ua]
    if s.tbver >= 78:
        hdrs.append('Content-Language: ' + s.content_lang)
    hdrs += [from_hdr(s), to_hdr(s)] + cc_hdr(s) + [subj_hdr(subject, s)]
    if s.reply_to:
        hdrs.append('Reply-To: ' + s.reply_to)
    hdrs.append('Content-Type: multipart/mixed;\n boundary="%s"' % b1)
    return hdrs, body


# ---------------------------------------------------------------- Zoom
def zoom(s):
    rng = s.rng
    st = dict(prodid='-//zoom.us//iCalendar Event//EN', head=['PRODID', 'VERSION', 'CALSCALE', 'METHOD', 'CLASS:PUBLIC'],
              dt='tzid', vtz='zoom',
              order=['DTSTAMP', 'DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'UID', 'X', 'DESCRIPTION', 'LOCATION', 'URL',
                     'ATTACH', 'ORGANIZER', 'ATTENDEES', 'ALARMS'],
              org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
              att_tpl='ATTENDEE;CN={cn};RSVP={rsvp}:mailto:{addr}', alarm=I.alarm_display('Reminder'))
    st['x'] = ['TZID:' + s.tz]
    if not s.uid_given:
        s.uid = 'ZOOM' + U.digits(rng, 11) + ('ATTENDEE' + U.digits(rng, 10) if s.variant == 'webinar' else '')
    ics = I.calendar(s, st)
    c = s.conf or {'url': s.location or '', 'id': '', 'pw': ''}
    host = s.org.get('name') or s.org['addr']
    if s.variant == 'webinar':
        subject = s.subject or '%s Confirmation' % s.summary
        intro = 'Hi %s,<br><br>Thank you for registering for "%s".' % (H.escape(s.rcpt.get('name') or ''), H.escape(s.summary))
    else:
        subject = s.subject or 'Zoom meeting invitation - %s' % s.summary
        intro = '%s is inviting you to a scheduled Zoom meeting.' % H.escape(host)
    html = s.body_html or (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
        '<body style="font-family:Lato,Helvetica,Arial,sans-serif;color:#232333">'
        '<table width="100%%"><tr><td align="center"><img src="https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png" alt="Zoom" width="90"></td></tr>'
        '<tr><td><p>%s</p><p>%s</p><p><b>Date Time:</b> %s</p>'
        '<p><a href="%s" style="background:#0e72ed;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Join</a></p>'
        '<p>Meeting ID: %s<br>Passcode: %s</p><p>%s</p>'
        '<p style="font-size:11px;color:#747487">Add to <a href="https://zoom.us/webinar/tZ%s/ics?type=google">Google Calendar</a> '
        '<a href="https://zoom.us/webinar/tZ%s/ics?type=ical">Outlook Calendar (.ics)</a></p>'
        '<p style="font-size:11px;color:#747487">Copyright &copy;%d Zoom Communications, Inc. All rights reserved.<br>'
        '55 Almaden Blvd, San Jose, CA 95113</p></td></tr></table></body></html>'
        % (intro, s.html or html_escape_br(s.desc or ''), H.escape(when(s)), c['url'], c.get('id', ''), c.get('pw', ''),
           'You can cancel your registration at any time.' if s.variant == 'webinar' else '',
           U.b64url(rng, 20), U.b64url(rng, 20), s.year))
    b1 = '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
    fn = 'iCal.ics' if rng.random() < .5 else 'invite.ics'
    parts = [leaf_tp('Content-Type: text/html; charset={cs}', html, 'UTF-8', 'quoted-printable'),
             leaf_tp('Content-Type: text/calendar; charset={cs}; method=%s; name=%s' % (s.ctmethod or s.method, fn), ics, 'UTF-8', 'base64',
                     ['Content-Disposition: attachment; filename=%s' % fn])]
    body = U.multipart([], b1, parts)[2:]
    hdrs = [date_hdr(s), from_hdr(s), 'Reply-To: ' + (s.reply_to or s.org['addr']), to_hdr(s),
            'Message-ID: <%s.%s@zoom.us>' % (U.b64url(rng, 22), U.digits(rng, 13)), subj_hdr(subject, s),
            'MIME-Version: 1.0', 'Content-Type: multipart/mixed; \n\tboundary="%s"' % b1,
            'X-Zoom-Email-Type: %s' % ('webinar_registration_confirm' if s.variant == 'webinar' else 'meeting_invite')]
    return hdrs, body


# ---------------------------------------------------------------- Nextcloud
def nextcloud(s):
    rng = s.rng
    L = s.L
    st = dict(prodid='-//IDN nextcloud.com//Calendar app %s//EN' % s.nc_ver, head=['VERSION', 'PRODID', 'CALSCALE', 'METHOD'],
              dt='tzid', vtz='olson', tz_after=True,
              order=['CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'SEQUENCE', 'UID', 'DTSTART', 'DTEND', 'RRULE', 'STATUS',
                     'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'ATTACH', 'ORGANIZER', 'ATTENDEES', 'X', 'ALARMS'],
              org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
              att_tpl='ATTENDEE;CN={cn};CUTYPE={cutype};PARTSTAT={ps};ROLE={role};RSVP={rsvp};LANGUAGE=%s:mailto:{addr}' % (s.lang if s.lang != 'zht' else 'zh_TW'),
              alarm=I.alarm_display('This is an event reminder.'))
    if not s.uid_given:
        s.uid = U.uid4(rng)
    desc = (s.desc or '') + conf_block_text(s)
    saved = s.desc
    s.desc = desc
    ics = I.calendar(s, st)
    s.desc = saved
    host = s.nc_host
    tok = U.alnum(rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    subject = s.subject or '%s: %s' % (L['inv'] if s.method == 'REQUEST' else L['canc'], s.summary)
    att = ', '.join(a.get('name') or a['addr'] for a in s.atts[:15])
    rows = [(L['inv'], s.summary), (L['when'], when(s)), (L['where'], s.location or ''),
            (L['org'], s.org.get('name') or s.org['addr']), (L['who'], att), (L['desc'], desc or '')]
    txt = s.body_text or '\n'.join('%-12s %s' % (k + ':', v) for k, v in rows if v) + (
        '\n\nAccept: https://%s/index.php/apps/dav/invitation/accept/%s\nDecline: https://%s/index.php/apps/dav/invitation/decline/%s\n'
        'More options …: https://%s/index.php/apps/dav/invitation/options/%s\n\n-- \n%s – a safe home for all your data\n' % (host, tok, host, tok, host, tok, s.nc_name))
    html = s.body_html or ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><table>%s</table>'
                           '<p><a href="https://%s/index.php/apps/dav/invitation/accept/%s">Accept</a> · '
                           '<a href="https://%s/index.php/apps/dav/invitation/decline/%s">Decline</a></p>'
                           '<p style="color:#767676">%s – a safe home for all your data</p></body></html>'
                           % (''.join('<tr><td>%s</td><td>%s</td></tr>' % (H.escape(k), html_escape_br(v)) for k, v in rows if v),
                              host, tok, host, tok, H.escape(s.nc_name)))
    b1 = '_=_swift_%d_%s_=_' % (int((s.sent - dt.datetime(1970, 1, 1)).total_seconds()), U.hexs(rng, 32))
    b2 = '_=_swift_%d_%s_=_' % (int((s.sent - dt.datetime(1970, 1, 1)).total_seconds()), U.hexs(rng, 32))
    if s.nc_ver >= '4':
        b1, b2 = U.b64url(rng, 8), U.b64url(rng, 8)
    alt = U.multipart(['Content-Type: multipart/alternative; boundary=%s' % b2], b2, [
        leaf_tp('Content-Type: text/plain; charset={cs}', txt, 'utf-8', 'quoted-printable'),
        leaf_tp('Content-Type: text/html; charset={cs}', html, 'utf-8', 'quoted-printable')])
    cal = leaf_tp('Content-Type: text/calendar; method=%s; charset={cs}' % (s.ctmethod or s.method), ics, 'utf-8', 'quoted-printable')
    body = U.multipart([], b1, [alt, cal])[2:]
    hdrs = ['Message-ID: <%s@%s>' % (U.hexs(rng, 32), host), date_hdr(s), subj_hdr(subject, s),
            'From: ' + U.addr('%s via %s' % (s.frm['name'] or s.frm['addr'], s.nc_name) if s.frm['name'] else s.nc_name,
                              s.nc_noreply, 'utf-8', 'B', True),
            'Reply-To: ' + U.addr(s.org.get('name'), s.org['addr'], 'utf-8', 'B'), to_hdr(s),
            'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary=%s' % b1]
    return hdrs, body


# ---------------------------------------------------------------- Zimbra
def zimbra(s):
    rng = s.rng
    L = s.L
    st = dict(prodid='Zimbra-Calendar-Provider', head=['PRODID', 'VERSION', 'METHOD'], dt='tzid', vtz='zimbra', tzquote=True,
              order=['UID', 'SUMMARY', 'LOCATION', 'ATTENDEES', 'ORGANIZER', 'DTSTART', 'DTEND', 'RRULE', 'STATUS', 'CLASS',
                     'X', 'TRANSP', 'LAST-MODIFIED', 'DTSTAMP', 'SEQUENCE', 'DESCRIPTION', 'URL', 'ATTACH', 'ALARMS'],
              org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
              att_tpl='ATTENDEE;CN={cn};ROLE={role};PARTSTAT={ps};RSVP={rsvp}:mailto:{addr}',
              alarm=lambda s_, t: ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=START:' + t, 'DESCRIPTION:Reminder', 'END:VALARM'])
    st['x'] = ['X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if s.allday else 'FALSE'), 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
               'X-MICROSOFT-DISALLOW-COUNTER:TRUE']
    if not s.uid_given:
        s.uid = U.uid4(rng)
    att = '; '.join(a.get('name') or a['addr'] for a in s.atts[:20])
    intro = {'REQUEST': 'The following is a new meeting request:', 'CANCEL': 'The following meeting has been cancelled:',
             'REPLY': 'The following meeting has been accepted:'}.get(s.method, 'The following is a new meeting request:')
    if s.lang != 'en':
        intro = L['inv'] + ':'
    head = '%s\n\nSubject: %s \nOrganizer: "%s" <%s> \n\nLocation: %s \nTime: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n' % (
        intro, s.summary, s.org.get('name') or '', s.org['addr'], s.location or '', when(s), att)
    desc = head + (s.desc or '') + conf_block_text(s)
    saved = s.desc
    s.desc = desc
    ics = I.calendar(s, st)
    s.desc = saved
    txt = s.body_text or desc
    html = s.body_html or '<html><body id="htmlmode"><h3>%s</h3><table border="0" cellpadding="2">%s</table><div>*~*~*~*~*~*~*~*~*~*</div><div>%s</div></body></html>' % (
        H.escape(intro), ''.join('<tr><th align="left">%s:</th><td>%s</td></tr>' % (k, H.escape(v)) for k, v in
                                 [('Subject', s.summary), ('Organizer', '"%s" <%s>' % (s.org.get('name') or '', s.org['addr'])),
                                  ('Location', s.location or ''), ('Time', when(s)), ('Invitees', att)]),
        s.html or html_escape_br((s.desc or '') + conf_block_text(s)))
    cs = s.cs or 'utf-8'
    if not U.can_encode(txt + html, cs):
        cs = 'utf-8'
    b = '=_' + U.uid4(rng)
    cte = '7bit' if U.is_ascii(txt + html) else 'quoted-printable'
    parts = [leaf_tp('Content-Type: text/plain; charset={cs}', txt, cs, cte),
             leaf_tp('Content-Type: text/html; charset={cs}', html, cs, cte),
             leaf_tp('Content-Type: text/calendar; charset={cs}; method=%s; name=meeting.ics' % (s.ctmethod or s.method), ics, 'utf-8',
                     '7bit' if U.is_ascii(ics) else 'quoted-printable')]
    body = U.multipart([], b, parts)[2:]
    subject = s.subject or ({'CANCEL': 'Cancelled: ', 'REPLY': 'Accept: '}.get(s.method, '') + s.summary)
    hdrs = ['Date: ' + U.rfcdate(s.sent, s.soff, U.tzabbr(s.tz, U.from_utc(s.tz, s.sent))), from_hdr(s), to_hdr(s)] + cc_hdr(s) + [
        'Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                       int((s.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000), s.frm['addr'].split('@')[1]),
        subj_hdr(subject, s), 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; \n\tboundary="%s"' % b,
        'X-Originating-IP: [198.51.100.%d]' % rng.randint(2, 250),
        'X-Mailer: Zimbra %s (ZimbraWebClient - %s)' % (s.zimbra_ver, s.zimbra_ua),
        'Thread-Index: ' + U.b64r(rng, 21).rstrip('='), 'Thread-Topic: ' + U.ew(s.summary, 'utf-8', 'B')]
    return hdrs, body


# ---------------------------------------------------------------- Yahoo
def yahoo(s):
    rng = s.rng
    L = s.L
    st = dict(prodid='-//Yahoo//Yahoo Calendar//EN', head=['VERSION', 'PRODID', 'METHOD'], dt='utc', vtz='olson',
              order=['UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND', 'RRULE', 'DTSTAMP', 'CREATED',
                     'LAST-MODIFIED', 'SEQUENCE', 'ORGANIZER', 'ATTENDEES', 'CLASS', 'STATUS', 'TRANSP', 'URL', 'ATTACH',
                     'X', 'ALARMS'],
              org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
              att_tpl='ATTENDEE;CN={cn};PARTSTAT={ps};RSVP={rsvp};ROLE={role}:mailto:{addr}', alarm=I.alarm_display('Reminder'))
    if not s.uid_given:
        s.uid = '%s@yahoo.com' % U.hexs(rng, 24)
    ics = I.calendar(s, st)
    subject = s.subject or '%s: %s' % (L['inv'], s.summary)
    txt = s.body_text or '%s\n\n%s\n%s: %s\n%s: %s\n\n%s\n\n%s / %s / %s\n' % (
        L['invited'].format(n=s.frm['name'] or s.frm['addr']), s.summary, L['when'], when(s), L['where'], s.location or '',
        s.desc or '', L['yes'], L['no'], L['maybe'])
    html = s.body_html or '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">%s</div><div><b>%s</b><br>%s<br>%s</div><div>%s</div></div></body></html>' % (
        H.escape(L['invited'].format(n=s.frm['name'] or s.frm['addr'])), H.escape(s.summary), H.escape(when(s)),
        H.escape(s.location or ''), s.html or html_escape_br(s.desc or ''))
    b = '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int((s.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    parts = [leaf_tp('Content-Type: text/plain; charset={cs}', txt, 'UTF-8', '7bit' if U.is_ascii(txt) else 'quoted-printable'),
             leaf_tp('Content-Type: text/html; charset={cs}', html, 'UTF-8', '7bit' if U.is_ascii(html) else 'quoted-printable'),
             leaf_tp('Content-Type: text/calendar; charset={cs}; method=%s' % (s.ctmethod or s.method), ics, 'UTF-8', '7bit' if U.is_ascii(ics) else 'base64')]
    body = U.multipart([], b, parts)[2:]
    hdrs = ['Date: ' + U.rfcdate(s.sent, 0, 'UTC'), from_hdr(s), 'Reply-To: ' + U.addr(s.frm['name'], s.frm['addr'], 'utf-8', 'B'),
            to_hdr(s), 'Message-ID: <%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                                   int((s.sent - dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
            subj_hdr(subject, s), 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; \n\tboundary="%s"' % b,
            'X-Mailer: WebService/1.1.%d YMailNorrin' % rng.choice([20780, 21797, 22645, 23187])]
    return hdrs, body


# ---------------------------------------------------------------- SOGo
def sogo(s):
    rng = s.rng
    L = s.L
    st = dict(prodid='-//Inverse inc./SOGo %s//EN' % s.sogo_ver, head=['VERSION', 'PRODID', 'METHOD'], dt='tzid', vtz='olson',
              order=['UID', 'SUMMARY', 'LOCATION', 'CLASS', 'X', 'CREATED', 'DTSTAMP', 'LAST-MODIFIED', 'ORGANIZER',
                     'ATTENDEES', 'DTSTART', 'DTEND', 'RRULE', 'TRANSP', 'DESCRIPTION', 'URL', 'ATTACH', 'SEQUENCE', 'ALARMS'],
              org_tpl='ORGANIZER;CN={cn}:mailto:{addr}',
              att_tpl='ATTENDEE;PARTSTAT={ps};RSVP={rsvp};ROLE={role};CN={cn}:mailto:{addr}', alarm=I.alarm_display('Reminder'))
    st['x'] = ['X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO'] if rng.random() < .3 else []
    if not s.uid_given:
        s.uid = '%s-%s-%s-%s' % (U.hexs(rng, 4, True), U.hexs(rng, 8, True), U.hexs(rng, 1, True), U.hexs(rng, 8, True))
    desc = (s.desc or '') + conf_block_text(s)
    saved = s.desc
    s.desc = desc
    ics = I.calendar(s, st)
    s.desc = saved
    subject = s.subject or '%s: "%s"' % (L['inv'] if s.method != 'CANCEL' else L['canc'], s.summary)
    html = s.body_html or ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                           '<p>%s</p><dl><dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd></dl></body></html>'
                           % (H.escape(L['invited'].format(n=s.org.get('name') or s.org['addr'])), H.escape(L['inv']), H.escape(s.summary),
                              H.escape(L['when']), H.escape(when(s)), H.escape(L['desc']), s.html or html_escape_br(desc or '')))
    b = U.hexs(rng, 4, True) + '-' + U.hexs(rng, 8, True) + '-1-' + U.hexs(rng, 8, True)
    parts = [leaf_tp('Content-Type: text/html; charset={cs}', html, 'utf-8', 'quoted-printable'),
             leaf_tp('Content-Type: text/calendar; method=%s; charset={cs}' % (s.ctmethod or s.method), ics, 'utf-8', 'quoted-printable')]
    body = U.multipart([], b, parts)[2:]
    hdrs = [subj_hdr(subject, s), from_hdr(s), to_hdr(s), date_hdr(s), 'MIME-Version: 1.0',
            'Content-Type: multipart/alternative; boundary="%s"' % b,
            'Message-ID: <%s-%s-%s-%s@%s>' % (U.hexs(rng, 4, True), U.hexs(rng, 8, True), U.hexs(rng, 1, True), U.hexs(rng, 8, True),
                                              s.frm['addr'].split('@')[1]),
            'X-Mailer: SOGoMail %s' % s.sogo_ver]
    return hdrs, body


# ---------------------------------------------------------------- booking / scheduling platforms (ESP-sent)
BOOK_ST = dict(head=['PRODID', 'VERSION', 'CALSCALE', 'METHOD'], dt='utc', vtz='olson',
               order=['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER',
                      'ATTENDEES', 'STATUS', 'SEQUENCE', 'ATTACH', 'X', 'ALARMS'],
               org_tpl='ORGANIZER;CN={cn}:mailto:{addr}', att_tpl='ATTENDEE;CN={cn};PARTSTAT={ps};ROLE={role}:mailto:{addr}',
               alarm=I.alarm_display('Reminder'))


def booking(s):
    rng = s.rng
    st = dict(BOOK_ST)
    st['prodid'] = s.prodid or rng.choice(['-//%s//Notifications 2.0//EN' % (''.join(ch for ch in P.latin((s.frm['name'] or 'Mailer').split()[0]) if ch.isascii() and ch.isalnum()) or 'Mailer'),
                                           rng.choice(KIT_PRODIDS), '-//Calendar//Invite 1.0//EN', '-//Booking//Confirmation//EN'])
    if rng.random() < .4:
        st['dt'] = 'tzid'
    st['x'] = []
    if not s.uid_given:
        s.uid = '%s@%s' % (U.hexs(rng, 20), s.frm['addr'].split('@')[1])
    ics = I.calendar(s, st)
    brand = s.brand or {'name': s.frm['name'] or '', 'color': '#0b5cad'}
    txt = s.body_text or '%s\n\n%s\n%s\n%s\n\n%s' % (brand['name'], s.summary, when(s), s.location or '', s.desc or '')
    html = s.body_html or (
        '<!DOCTYPE html><html lang="%s"><head><meta charset="{cs}"><title>%s</title></head><body style="margin:0;background:#f4f4f4">'
        '<table role="presentation" width="600" align="center" style="background:#fff;font-family:Arial,sans-serif">'
        '<tr><td style="background:%s;color:#fff;padding:16px;font-size:20px">%s</td></tr>'
        '<tr><td style="padding:16px"><h2 style="margin:0 0 8px">%s</h2><p>%s<br>%s</p><div>%s</div></td></tr>'
        '<tr><td style="padding:16px;font-size:11px;color:#888">%s</td></tr></table></body></html>'
        % (s.lang, H.escape(s.summary), brand.get('color', '#0b5cad'), H.escape(brand['name']), H.escape(s.summary),
           H.escape(when(s)), H.escape(s.location or ''), s.html or html_escape_br(s.desc or ''), H.escape(brand.get('footer', ''))))
    cs = s.cs or 'utf-8'
    if not U.can_encode(txt + html, cs):
        cs = 'utf-8'
    html = html.replace('<meta charset="{cs}">', '<meta charset="%s">' % cs)
    lay = s.variant or 'mixed'
    b1 = U.hexs(rng, 28)
    b2 = U.hexs(rng, 28)
    tcte = rng.choice(['quoted-printable', 'base64']) if not U.is_ascii(txt) else '7bit'
    p_t = leaf_tp('Content-Type: text/plain; charset={cs}', txt, cs, tcte)
    p_h = leaf_tp('Content-Type: text/html; charset={cs}', html, cs, 'quoted-printable' if tcte != 'base64' else 'base64')
    fn = s.ics_name or 'invite.ics'
    if lay == 'alt3':
        parts = [p_t, p_h, leaf_tp('Content-Type: text/calendar; charset={cs}; method=%s' % (s.ctmethod or s.method), ics, 'UTF-8', 'base64')]
        body = U.multipart([], b1, parts)[2:]
        ct = 'Content-Type: multipart/alternative; boundary="%s"' % b1
    else:
        alt = U.multipart(['Content-Type: multipart/alternative; boundary="%s"' % b2], b2, [p_t, p_h])
        if rng.random() < .5:
            att = leaf_tp('Content-Type: text/calendar; charset={cs}; method=%s; name="%s"' % (s.ctmethod or s.method, fn), ics, 'UTF-8',
                          'base64', ['Content-Disposition: attachment; filename="%s"' % fn])
        else:
            att = U.part(['Content-Type: application/ics; name="%s"' % fn, 'Content-Disposition: attachment; filename="%s"' % fn,
                          'Content-Transfer-Encoding: base64'], U.encode_body(ics, 'utf-8', 'base64'))
        body = U.multipart([], b1, [alt, att])[2:]
        ct = 'Content-Type: multipart/mixed; boundary="%s"' % b1
    subject = s.subject or s.summary
    hdrs = [from_hdr(s), to_hdr(s), subj_hdr(subject, s), date_hdr(s),
            'Message-ID: <%s@%s>' % (U.b64url(rng, 24) if rng.random() < .5 else U.uid4(rng), s.esp_msgid_domain),
            'MIME-Version: 1.0', ct]
    if s.reply_to:
        hdrs.insert(2, 'Reply-To: ' + s.reply_to)
    hdrs += s.esp_hdrs or []
    return hdrs, body


# ---------------------------------------------------------------- hand-rolled / library generators
KIT_PRODIDS = ['-//ABC Corporation//NONSGML My Product//EN', '-//hacksw/handcal//NONSGML v1.0//EN', 'ics.py - http://git.io/lLljaA',
               '-//My calendar product//mxm.dk//', '-//Sabre//Sabre VObject 4.5.4//EN', '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN',
               '-//PYVOBJECT//NONSGML Version 1//EN', '-//Ben Fortuna//iCal4j 1.0//EN', '-//spatie//icalendar-generator//EN',
               '-//Events Calendar//iCal4j 1.0//EN', '-//Company//Product//EN', '-//Apple Inc.//iCal 5.0.3//EN',
               '-//Google Inc//Google Calendar 70.9054//EN', '-//eluceo/ical//2.0/EN', '-//Calendar//Invite 1.0//EN']
# (PRODID, mailer header) of less common but real kinds of groupware / webmail
KIT_TOOLS = [('-//Open-Xchange//7.10.6-Rev48//EN', 'X-Mailer: Open-Xchange Mailer v7.10.6-Rev48'),
             ('-//Horde Inc.//Horde_Icalendar Library//EN', 'User-Agent: Horde Application Framework 5'),
             ('-//Roundcube//Roundcube libcalendaring 3.5.11//Sabre//Sabre VObject 4.5.1//EN', 'User-Agent: Roundcube Webmail/1.6.5'),
             ('-//Zoho Corporation//ZohoMail//EN', 'X-Mailer: Zoho Mail'),
             ('-//Proton AG//ProtonCalendar 1.0.0//EN', None),
             ('-//Fastmail/2020.5/EN', 'User-Agent: Cyrus-JMAP/3.9.0'),
             ('-//K Desktop Environment//NONSGML libkcal 4.3//EN', 'User-Agent: KMail/5.2.3'),
             ('-//Tutao GmbH//Tutanota 3.118.9//EN', None),
             ('-//Kopano//php-mapi 8.7//EN', 'X-Mailer: Kopano 8.7.25'),
             ('-//Mailfence//Calendar 2.0//EN', None)]
KIT_MAILERS = ['PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)', 'PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)',
               'Swift Mailer 6.2.7', 'Symfony Mailer', 'nodemailer (6.9.7; +https://nodemailer.com/; SES/2.1.0)', 'Python smtplib',
               'Microsoft Outlook Express 6.00.2900.5512', 'The Bat! (v8.2.4) Professional', None, None, None]


def kit(s):
    rng = s.rng
    v = s.variant or 'k1'
    if not s.prodid and not s.kit_mailer:
        if rng.random() < .45:
            s.prodid, mh = rng.choice(KIT_TOOLS)
            s.kit_hdr = mh
        else:
            s.kit_mailer = rng.choice(KIT_MAILERS)
    st = dict(prodid=s.prodid or rng.choice(KIT_PRODIDS), head=['VERSION', 'PRODID', 'METHOD'] if rng.random() < .5 else ['PRODID', 'VERSION', 'METHOD'],
              dt=rng.choice(['utc', 'utc', 'tzid', 'float']), vtz=rng.choice(['olson', None]),
              order=['UID', 'DTSTAMP', 'ORGANIZER', 'ATTENDEES', 'DTSTART', 'DTEND', 'RRULE', 'SUMMARY', 'DESCRIPTION', 'LOCATION',
                     'URL', 'ATTACH', 'XALT', 'STATUS', 'SEQUENCE', 'TRANSP', 'X', 'ALARMS'] if rng.random() < .6 else
              ['DTSTART', 'DTEND', 'RRULE', 'DTSTAMP', 'UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'XALT', 'ORGANIZER', 'ATTENDEES',
               'ATTACH', 'STATUS', 'X', 'ALARMS'],
              org_tpl=rng.choice(['ORGANIZER;CN={cn}:mailto:{addr}', 'ORGANIZER;CN={cn}:MAILTO:{addr}', 'ORGANIZER:mailto:{addr}']),
              att_tpl=rng.choice(['ATTENDEE;CN={cn};RSVP=TRUE:mailto:{addr}', 'ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={cn}:MAILTO:{addr}',
                                  'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{addr}',
                                  'ATTENDEE:mailto:{addr}']),
              alarm=I.alarm_kit, esc=U.esc if rng.random() < .7 else U.esc_loose, loose_alt=rng.random() < .5)
    if s.kit_st:
        st.update(s.kit_st)
    if st['dt'] == 'tzid' and st['vtz'] is None and 'no_vtimezone' not in s.quirks and rng.random() < .5:
        st['vtz'] = 'olson'
    if not s.uid_given:
        s.uid = rng.choice([U.uid4(rng), U.hexs(rng, 32), '%s@%s' % (U.digits(rng, 10), s.frm['addr'].split('@')[1]),
                            U.uid4(rng, True) + '@' + s.frm['addr'].split('@')[1]])
    ics = I.calendar(s, st)
    ctm = s.ctmethod if s.ctmethod is not None else s.method
    subject = s.subject or s.summary
    cs = s.cs or 'utf-8'
    txt = s.body_text if s.body_text is not None else (s.desc or s.summary)
    html = s.body_html
    ics_cs = s.ics_cs or 'utf-8'
    if not U.can_encode(ics, ics_cs):
        ics_cs = 'utf-8'
    if not U.can_encode(txt + (html or ''), cs):
        cs = 'utf-8'
    ccte = s.ics_cte or rng.choice(['base64', '7bit' if U.is_ascii(ics) else 'quoted-printable', '8bit'])
    if 'bare_lf' in s.quirks:
        ccte = 'base64'
    ctp = 'Content-Type: text/calendar; charset="{cs}"' + ('; method=%s' % ctm if ctm else '')
    b64crlf = 'bare_lf' not in s.quirks
    if v == 'k1':        # single part text/calendar
        body_b = U.encode_body(ics, ics_cs, ccte, b64crlf)
        ct_lines = [ctp.format(cs=ics_cs), 'Content-Transfer-Encoding: ' + ccte]
        body = body_b
    elif v == 'k2':      # html + attached ics
        b = '=_' + U.hexs(rng, 32)
        h = html or '<html><body>%s</body></html>' % html_escape_br(txt)
        fn = s.ics_name or rng.choice(['invite.ics', 'meeting.ics', 'event.ics', 'calendar.ics', 'appointment.ics'])
        parts = [leaf_tp('Content-Type: text/html; charset={cs}', h, cs, rng.choice(['quoted-printable', 'base64', '8bit'])),
                 U.part([rng.choice(['Content-Type: application/octet-stream; name="%s"' % fn,
                                     (ctp + '; name="%s"') .format(cs=ics_cs) % fn, 'Content-Type: application/ics; name="%s"' % fn]),
                         'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="%s"' % fn],
                        U.encode_body(ics, ics_cs, 'base64', b64crlf))]
        body = U.multipart([], b, parts)[2:]
        ct_lines = ['Content-Type: multipart/mixed; boundary="%s"' % b]
    else:                # k3 text+calendar alternative, k4 PHPMailer-like text+html+calendar
        b = ('b1_' + U.b64url(rng, 32)) if v == 'k4' else ('----=_NextPart_%s' % U.hexs(rng, 24, True))
        parts = [leaf_tp('Content-Type: text/plain; charset={cs}', txt, cs, rng.choice(['quoted-printable', '8bit', 'base64']))]
        if v == 'k4':
            h = html or '<html><body>%s</body></html>' % html_escape_br(txt)
            parts.append(leaf_tp('Content-Type: text/html; charset={cs}', h, cs, 'quoted-printable'))
        parts.append(U.part([ctp.format(cs=ics_cs), 'Content-Transfer-Encoding: ' + ccte], U.encode_body(ics, ics_cs, ccte, b64crlf)))
        body = U.multipart([], b, parts)[2:]
        ct_lines = ['Content-Type: multipart/alternative;\n\tboundary="%s"' % b]
    mid_dom = s.frm['addr'].split('@')[1] if rng.random() < .7 else rng.choice(['localhost', 'localhost.localdomain', s.helo or 'mail'])
    hdrs = [date_hdr(s) if rng.random() < .7 else 'Date: ' + U.rfcdate(s.sent, 0), from_hdr(s, rng.random() < .4), to_hdr(s)] + cc_hdr(s) + [
        subj_hdr(subject, s), 'Message-ID: <%s@%s>' % (rng.choice([U.hexs(rng, 32), U.b64url(rng, 20), '%s.%s' % (U.digits(rng, 14), U.hexs(rng, 6))]), mid_dom)]
    if s.reply_to:
        hdrs.append('Reply-To: ' + s.reply_to)
    if s.kit_mailer:
        hdrs.append('X-Mailer: ' + s.kit_mailer)
    if s.kit_hdr:
        hdrs.append(s.kit_hdr)
    hdrs += ['MIME-Version: 1.0'] + ct_lines
    return hdrs, body


RENDER = {'google': google, 'outlook': outlook, 'apple': apple, 'thunderbird': thunderbird, 'zoom': zoom,
          'nextcloud': nextcloud, 'zimbra': zimbra, 'yahoo': yahoo, 'sogo': sogo, 'booking': booking, 'kit': kit}
