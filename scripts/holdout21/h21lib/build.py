# -*- coding: utf-8 -*-
"""Turn a (label, category, text entry, client, arrival) plan item into a rendered message."""
import html as _html

from .core import (uid4, hexs, rstr, digits, TD, D, LANG_TZ, from_utc, to_utc, ascii_fold, slug, ip4, icsutc)
from .data import FREEMAIL, ORGS, LOCALE, fmt_when, t
from .ics import Ev, Cal
from .clients import Msg, render
from . import infra
from . import common as C
from . import cats


class Fmt(dict):
    def __missing__(self, k):
        raise KeyError('missing slot %r' % k)


def fill(s, slots):
    if s is None:
        return None
    return s.format_map(Fmt(slots))


YAHOO = {'fr': 'yahoo.fr', 'de': 'yahoo.de', 'es': 'yahoo.es', 'it': 'yahoo.it', 'el': 'yahoo.gr',
         'ja': 'yahoo.co.jp', 'hi': 'yahoo.co.in', 'pt': 'yahoo.com.br'}
ZIMBRA_ISP = {'fr': 'free.fr', 'it': 'tiscali.it', 'de': 'posteo.de', 'pl': 'poczta.onet.pl', 'en': 'zoho-mailhost.example'}


def set_sender(m, mode, who, corp=None, local=None, display=None):
    """Choose the account and sending infrastructure for the sender, adapted to the client."""
    rng = m.rng
    c = m.client
    lang = m.lang
    loc = local or C.local_variant(rng, who['local']) if who else (local or 'info')
    name = display if display is not None else (who['name'] if who else '')
    dom = corp[1] if corp else None
    kind, opts = None, {}
    if c == 'google':
        if mode in ('free', 'vps', 'spoof') or not dom:
            dom = 'gmail.com'
            if rng.random() < 0.5 and mode != 'free':
                loc = loc.replace('.', '') + digits(rng, 3)
        kind = 'gcal'
    elif c in ('exchange', 'teams'):
        if mode == 'free' or not dom:
            dom = rng.choice(['outlook.com', 'hotmail.com', 'outlook.com'])
        elif mode in ('vps', 'spoof'):
            dom = rstr(rng, rng.randint(6, 12), C.LOW) + '.onmicrosoft.com'
            opts['onms'] = dom
        elif mode == 'lookalike' and rng.random() < 0.3:
            opts['onms'] = slug(dom.split('.')[0]).replace('-', '') + '.onmicrosoft.com'
        kind = 'exo'
    elif c == 'icloud':
        dom = rng.choice(['icloud.com', 'icloud.com', 'me.com', 'mac.com'])
        kind = 'icloud'
    elif c == 'yahoo':
        dom = YAHOO.get(lang, 'yahoo.com') if rng.random() < 0.7 else rng.choice(['yahoo.com', 'ymail.com'])
        kind = 'yahoo'
    elif c == 'zoom':
        dom = dom or rng.choice(FREEMAIL[lang])
        kind = 'zoom'
    elif c == 'booking':
        if mode == 'spoof':
            kind = 'spoof'
            opts['vdom'] = C.junk_domain(rng)
        elif mode == 'vps':
            kind = 'vps'
            dom = dom or C.junk_domain(rng)
        else:
            kind = 'esp'
            if mode == 'lookalike' and rng.random() < 0.4:
                opts['dmarc_none'] = True
        dom = dom or C.junk_domain(rng)
    elif c == 'zimbra':
        if mode == 'free' or not dom:
            dom = ZIMBRA_ISP.get(lang) or rng.choice(['mail.uni-%s.example' % rstr(rng, 5, C.LOW)])
        kind = 'zimbra'
        opts['host'] = 'zimbra.' + dom if rng.random() < .5 else 'mail.' + dom
    elif c == 'nextcloud':
        if mode == 'free' or not dom:
            dom = 'cloud-%s.%s' % (rstr(rng, 5, C.LOW), rng.choice(['de', 'eu', 'net']))
        kind = 'nextcloud'
        if mode in ('vps', 'spoof') or rng.random() < 0.4:
            opts['no_dkim'] = True
            if mode in ('vps', 'spoof'):
                opts['spf'] = rng.choice(['none', 'neutral', 'pass'])
                opts['dmarc_none'] = True
    elif c == 'sogo':
        if mode == 'free' or not dom:
            dom = rng.choice(['mail.%s.example' % rstr(rng, 6, C.LOW), 'webmail-%s.net' % rstr(rng, 4, C.LOW)])
        kind = 'corp'
    else:   # outlook desktop, apple, thunderbird, script
        if mode == 'free' or (not dom and mode not in ('vps', 'spoof')):
            dom = rng.choice(FREEMAIL[lang])
            kind = {'gmail.com': 'gmail', 'outlook.com': 'exo', 'hotmail.com': 'exo', 'hotmail.es': 'exo',
                    'hotmail.nl': 'exo', 'icloud.com': 'icloud', 'yahoo.com': 'yahoo', 'yahoo.es': 'yahoo',
                    'yahoo.gr': 'yahoo', 'yahoo.co.jp': 'yahoo', 'yahoo.co.in': 'yahoo'}.get(dom, 'provider')
            if kind == 'provider':
                opts['host'] = rng.choice(['smtp', 'mail', 'mx-out', 'relay', 'mout']) + '.' + dom
        elif mode == 'spoof':
            kind = 'spoof'
            opts['vdom'] = C.junk_domain(rng)
            if rng.random() < 0.5:
                opts['env'] = '%s@%s' % (loc, dom)
            elif rng.random() < 0.4:
                opts['dkim_dom'] = opts['vdom']
        elif mode == 'vps':
            kind = 'vps'
            dom = dom or C.junk_domain(rng)
            opts['vdom'] = dom
            if rng.random() < 0.3:
                opts['dkim_dom'] = dom
        else:
            kind = 'corp'
            if mode == 'lookalike' and rng.random() < 0.3:
                opts['dmarc_none'] = True
            if mode in ('corp', 'compromised', 'service') and rng.random() < 0.15:
                opts['no_dkim'] = True
            if c == 'script' and m.label == 'ham' and mode in ('corp', 'service') and rng.random() < 0.3:
                opts.update(no_dkim=True, spf='softfail', dmarc_none=True)
    forced = dom in ('gmail.com', 'icloud.com', 'me.com', 'mac.com', 'outlook.com', 'hotmail.com', 'yahoo.com',
                     'ymail.com') or (dom or '').startswith('yahoo.')
    if forced and mode not in ('free', 'corp', 'service') and who is not None:
        loc = rng.choice([who['local'].replace('.', '') + digits(rng, 3), rstr(rng, 8, C.LOW) + digits(rng, 2),
                          C.local_variant(rng, who['local']) + digits(rng, 2)])
    if c == 'zoom':
        m.frm = {'name': name, 'addr': 'no-reply@zoom.us'}
        m.reply_to = {'name': name, 'addr': '%s@%s' % (loc, dom)}
        m.org_addr = '%s@%s' % (loc, dom)
    elif c == 'nextcloud':
        m.nc_host = 'cloud.' + dom if not dom.startswith('cloud') else dom
        m.frm = {'name': '%s via Nextcloud' % name if name else 'Nextcloud', 'addr': 'noreply@' + m.nc_host}
        m.org_addr = '%s@%s' % (loc, dom)
        m.reply_to = {'name': name, 'addr': m.org_addr}
        opts['dom'] = dom
        opts['host'] = m.nc_host
    else:
        m.frm = {'name': name, 'addr': '%s@%s' % (loc, dom)}
        m.org_addr = m.frm['addr']
    m.org_name = name
    m.infra_kind = kind
    m.infra_opts = opts
    m.sender_mode = mode
    m.sender_dom = dom


def set_rcpt(m, corp=0.6, who=None, dom=None, orgname=None):
    rng = m.rng
    lang = m.lang
    p = who or C.person(rng, lang if rng.random() < 0.9 else 'en')
    if dom is None:
        if rng.random() < corp:
            o = C.org(rng, lang)
            orgname, dom = o
        else:
            dom = rng.choice(FREEMAIL[lang])
            orgname = ''
    local = C.local_variant(rng, p['local'])
    m.rcpt = {'name': p['name'], 'first': p['first'], 'addr': '%s@%s' % (local, dom), 'org': orgname or '',
              'domain': dom, 'local': local}
    m.to = [(p['name'] if rng.random() < 0.8 else '', m.rcpt['addr'])]


def crowd(rng, n, langs=('en',), domains=None, exclude=()):
    out = []
    seen = set(exclude)
    names = set(x for x in exclude if '@' not in x)
    tries = 0
    while len(out) < n:
        tries += 1
        lang = rng.choice(langs)
        p = C.person(rng, lang)
        if p['name'] in names and tries < n * 20:
            continue
        names.add(p['name'])
        if domains:
            d = rng.choice(domains)
        else:
            r = rng.random()
            if r < 0.35:
                d = rng.choice(FREEMAIL[lang])
            elif r < 0.7:
                d = C.org(rng, lang)[1]
            else:
                d = rstr(rng, rng.randint(4, 9), C.LOW) + rng.choice(['.com', '.net', '.org', '.co', '.io', '.de',
                                                                      '.co.uk', '.fr', '.com.au', '.ca'])
        a = '%s@%s' % (C.local_variant(rng, p['local']), d)
        if a in seen:
            continue
        seen.add(a)
        out.append({'name': p['name'] if rng.random() < 0.7 else '', 'addr': a})
    return out


def build(label, cat, e, client, arrival, rng):
    lang = e['lang']
    m = Msg(rng, label=label, cat=cat, lang=lang, client=client, arrival=arrival)
    m.kind = e.get('K', '')
    m.entry = e
    m.stz = rng.choice(LANG_TZ[lang])
    m.slots = {}
    m.evp = {'days': (1, 21), 'hours': (8, 18), 'dur': (30, 90), 'method': 'REQUEST', 'attendees': [],
             'place': 'desc', 'alarms': None, 'rrule': None, 'allday': False, 'status': 'CONFIRMED',
             'transp': 'OPAQUE', 'seq': 0, 'location': None, 'url': None, 'attach': [], 'conf': [],
             'xalt': False, 'rcpt_attendee': True, 'org_attendee': None, 'start': None, 'end': None,
             'extra_events': [], 'cls': None, 'comment': None, 'vtodo': False, 'categories': None}
    fn = getattr(cats, 'c_' + cat.replace('-', '_'))
    fn(m, e)
    finish(m, e)
    return m, render(m)


def payload_place(m, opts):
    return m.rng.choice(opts)


def finish(m, e):
    rng = m.rng
    lang = m.lang
    ev_p = m.evp
    s = m.slots
    # common slots
    s.setdefault('rname', m.rcpt['first'])
    s.setdefault('rfull', m.rcpt['name'])
    s.setdefault('rmail', m.rcpt['addr'])
    s.setdefault('rorg', m.rcpt['org'] or m.rcpt['domain'])
    s.setdefault('sname', m.org_name)
    s.setdefault('sfirst', (m.org_name or '').split(' ')[0])
    tz = ev_p.get('tz') or m.stz
    if ev_p['start'] is None:
        st, en = C.event_time(rng, tz, m.arrival, ev_p['days'], ev_p['hours'], ev_p['dur'])
    else:
        st, en = ev_p['start'], ev_p['end']
    if ev_p['allday']:
        st = D(st.year, st.month, st.day)
        en = st + TD(days=ev_p.get('alldays', 1))
    s.setdefault('when', fmt_when(lang, st, not ev_p['allday']))
    s.setdefault('date', fmt_when(lang, st, False))
    s.setdefault('time', '%02d:%02d' % (st.hour, st.minute))
    summary = fill(e.get('S'), s)
    desc = fill(e.get('D', ''), s)
    loc = fill(e.get('L'), s) if e.get('L') else ev_p['location']
    # payload placement for spam URLs
    url = s.get('url')
    place = ev_p['place']
    ev = Ev(summary=summary, desc=desc, location=loc or '', start=st, end=en, tz=tz, allday=ev_p['allday'])
    if url and place != 'desc' and '{url}' not in e.get('D', '') + e.get('L', ''):
        if place == 'url':
            ev.url = url
        elif place == 'location':
            ev.location = url
        elif place == 'attach':
            ev.attach.append((url, rng.choice(['application/pdf', 'application/vnd.openxmlformats-officedocument.'
                                                                  'wordprocessingml.document', None]),
                              s.get('doc') or rng.choice(['Document.pdf', 'Invoice.pdf', 'Details.pdf'])))
        elif place == 'conference':
            ev.conference.append((url, rng.choice(['Join meeting', 'Join', 'Video call'])))
            if m.client not in ('nextcloud', 'thunderbird', 'apple', 'icloud'):
                ev.location = ev.location or url
        elif place == 'xalt':
            ev.x_alt_desc = alt_html(desc, url, rng, lang)
        elif place == 'desc':
            ev.desc = (desc + '\n\n' + url) if desc else url
    elif url and place in ('url', 'xalt', 'attach') and rng.random() < 0.6:
        if place == 'url':
            ev.url = url
        elif place == 'xalt':
            ev.x_alt_desc = alt_html(desc, url, rng, lang)
        else:
            ev.attach.append((url, 'application/pdf', s.get('doc') or 'document.pdf'))
    if ev_p['url'] and not ev.url:
        ev.url = ev_p['url']
    if m.label == 'ham' and not ev.url and s.get('url') and s['url'].startswith('http'):
        pu = {'booking': 0.6, 'script': 0.4, 'apple': 0.3, 'icloud': 0.3, 'nextcloud': 0.3, 'zoom': 0.3,
              'thunderbird': 0.15, 'sogo': 0.2}.get(m.client, 0.05)
        if rng.random() < pu:
            ev.url = s['url']
    if m.label == 'spam' and m.cat in ('nagging-payload', 'callback-scam', 'fee-scam') and \
            m.client in ('script', 'apple', 'thunderbird', 'nextcloud') and rng.random() < 0.3:
        ev_p['vtodo'] = True
    ev.attach += ev_p['attach']
    ev.conference += ev_p['conf']
    ev.rrule = ev_p['rrule']
    ev.status = ev_p['status']
    ev.transp = ev_p['transp']
    ev.seq = ev_p['seq']
    ev.cls = ev_p['cls']
    ev.comment = fill(ev_p['comment'], s) if ev_p['comment'] else None
    ev.categories = ev_p['categories']
    if ev_p['vtodo']:
        ev.kind = 'VTODO'
        ev.due = ev.end
        ev.end = None
        ev.status = 'NEEDS-ACTION'
        ev.transp = None
    if ev_p.get('exdates'):
        ev.exdates = ev_p['exdates']
    m.cal = Cal(style=m.client if m.client not in ('gmail',) else 'google', rng=rng, lang=lang)
    m.cal.method = ev_p['method']
    m.cal.events = [ev]
    # organizer & attendees
    org_addr = ev_p.get('org_addr') or m.org_addr
    org_name = ev_p.get('org_name', m.org_name)
    ev.organizer = {'name': org_name, 'addr': org_addr}
    atts = []
    if m.client in ('google', 'apple', 'icloud') and ev_p['org_attendee'] is not False and m.cal.method == 'REQUEST':
        atts.append({'name': org_name, 'addr': org_addr, 'partstat': 'ACCEPTED', 'rsvp': False if m.client != 'google'
                     else True, 'is_org': True, 'role': 'REQ-PARTICIPANT' if m.client == 'google' else 'CHAIR'})
    if ev_p['rcpt_attendee']:
        atts.append({'name': m.rcpt['name'] if rng.random() < 0.8 else '', 'addr': m.rcpt['addr'],
                     'lang': LOCALE.get(lang, 'en')[:2]})
    skip = {(org_name or '').strip(), m.rcpt['name']}
    atts += [a for a in ev_p['attendees'] if (a.get('name') or '') not in skip or not a.get('name')]
    if ev_p.get('shuffle_att'):
        rng.shuffle(atts)
    if m.cal.method == 'REPLY':
        atts = ev_p['reply_att']
    ev.attendees = atts
    if ev_p.get('no_organizer'):
        ev.organizer = None
    # timestamps
    stamp = m.arrival - TD(seconds=rng.randint(5, 240))
    ev.dtstamp = stamp
    if m.client in ('google', 'thunderbird', 'nextcloud', 'apple', 'icloud', 'outlook', 'sogo', 'zimbra') or \
            rng.random() < 0.3:
        ev.created = stamp - TD(minutes=rng.randint(1, 60 * 24 * 3))
    ev.lang = LOCALE.get(lang)
    # alarms
    if ev_p['alarms'] is not None:
        ev.alarms = ev_p['alarms']
    elif m.client in ('exchange', 'teams', 'outlook', 'zimbra'):
        ev.alarms = [(rng.choice([15, 15, 10, 30]), None)]
    elif m.client in ('google',) and rng.random() < 0.5:
        ev.alarms = [(rng.choice([10, 30]), None)]
    elif m.client in ('apple', 'icloud', 'thunderbird') and rng.random() < 0.5:
        ev.alarms = [(rng.choice([15, 30, 60, 1440]), None)]
    if m.label == 'ham' and m.cal.method == 'REQUEST' and m.cat in ('community-series', 'support-callback',
                                                                    'finance-reminder', 'recruiter') and \
            m.client in ('script', 'booking') and rng.random() < 0.5:
        m.cal.method = 'PUBLISH'
        ev_p['org_attendee'] = False
    if m.cal.method == 'PUBLISH' and m.client in ('google', 'exchange', 'teams', 'icloud', 'nextcloud', 'zimbra',
                                                  'sogo', 'yahoo'):
        m.cal.method = 'REQUEST'
    # method balance: spam tools and exported calendars often publish instead of request
    if m.label == 'spam' and m.cal.method == 'REQUEST':
        pp = {'script': 0.35, 'booking': 0.4, 'apple': 0.1, 'thunderbird': 0.1, 'outlook': 0.1,
              'zoom': 0.3}.get(m.client, 0.0)
        if rng.random() < pp:
            m.cal.method = 'PUBLISH'
    # client specifics
    client_setup(m, ev)
    # extra events (multi-event calendars)
    for xs in ev_p['extra_events']:
        xe = Ev(summary=fill(xs.get('S', e.get('S')), s), desc=fill(xs.get('D', e.get('D', '')), s),
                location=xs.get('location', ev.location), start=xs['start'], end=xs['end'], tz=ev.tz,
                allday=ev.allday, utc=ev.utc, floating=ev.floating)
        xe.organizer = ev.organizer
        xe.attendees = ev.attendees
        xe.alarms = list(ev.alarms)
        xe.url = ev.url
        xe.x_alt_desc = ev.x_alt_desc
        xe.status = ev.status
        xe.transp = ev.transp
        xe.lang = ev.lang
        xe.created = ev.created
        xe.cls = ev.cls
        xe.priority = ev.priority
        xe.xprops = [x for x in ev.xprops if not x.startswith('X-MICROSOFT-SKYPE')]
        m.cal.events.append(xe)
    for xe in m.cal.events[1:]:
        xe.uid = xe.uid or C.make_uid(rng, m.client, m.sender_dom or 'example.com')
        xe.dtstamp = xe.dtstamp or stamp
    # note / subject / bodies
    if e.get('N'):
        m.note = fill(e['N'], s)
    if m.fwd:
        if m.fwd.get('subject') is None or m.label == 'spam':
            m.fwd['subject'] = (summary or '') if m.client in ('exchange', 'teams', 'outlook', 'zimbra') else \
                ('%s: ' % t(lang, 'inv')) + (summary or '')
        if m.fwd.get('note') is None or m.label == 'spam':
            m.fwd['note'] = m.note or ''
        m.note = ''
    if e.get('J'):
        m.subject = fill(e['J'], s)
    if e.get('B'):
        m.plain = fill(e['B'], s)
    if m.subject is None and ev_p.get('subject'):
        m.subject = ev_p['subject']
    # charset
    sample = (summary or '') + (desc or '') + (m.note or '')
    m.charset = getattr(m, 'force_charset', None) or C.choose_charset(rng, lang, m.client, sample)
    if m.client in ('script', 'booking') and m.label == 'spam' and rng.random() < 0.15:
        m.raw8 = not sample.isascii()
    if lang in ('fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr') and rng.random() < 0.4:
        m.hmode = 'q'
    # envelope, auth, trace
    m.date = m.arrival - TD(seconds=rng.randint(3, 120))
    m.date_off = C.date_off(m)
    infra.setup(m, m.infra_kind, **m.infra_opts)
    if getattr(m, 'no_msgid', False):
        pass
    m.msgid = C.msgid(rng, m, m.client if not getattr(m, 'render_client', None) else m.render_client)
    if m.lst:
        infra.apply_list(m, m.lst)


def alt_html(desc, url, rng, lang):
    label = {'en': rng.choice(['Click here', 'View details', 'Open', 'Claim now', 'Continue']), 'fr': 'Cliquez ici',
             'de': 'Hier klicken', 'es': 'Haga clic aquí', 'it': 'Clicca qui', 'pt': 'Clique aqui',
             'nl': 'Klik hier', 'pl': 'Kliknij tutaj', 'tr': 'Buraya tıklayın', 'ru': 'Перейти', 'el': 'Πατήστε εδώ',
             'ar': 'اضغط هنا', 'he': 'לחצו כאן', 'zh': '点击这里', 'ja': 'こちら', 'ko': '여기를 클릭',
             'hi': 'यहाँ क्लिक करें', 'th': 'คลิกที่นี่'}.get(lang, 'Click here')
    body = _html.escape(desc or '').replace('\n', '<br>')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<BODY>\n<P>%s</P>\n<P><A HREF="%s"><B>%s</B>'
            '</A></P>\n</BODY>\n</HTML>' % (body, url, label))


def client_setup(m, ev):
    rng = m.rng
    c = m.client
    year = m.arrival.year
    cal = m.cal
    dom = m.sender_dom or 'example.com'
    ev.uid = getattr(m, 'force_uid', None) or C.make_uid(rng, c, dom)
    if c == 'google':
        cal.prodid = '-//Google Inc//Google Calendar 70.9054//EN'
        if not ev.rrule:
            ev.utc = True
        ev.xprops.append('X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2**31, 2**31))
        if m.meet:
            ev.xprops.append('X-GOOGLE-CONFERENCE:' + m.meet)
            ev.desc = (ev.desc + '\n\n' if ev.desc else '') + (
                '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
                '\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/'
                '9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:'
                '~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % m.meet)
    elif c in ('exchange', 'teams'):
        cal.prodid = 'Microsoft Exchange Server 2010'
        ev.cls = ev.cls or 'PUBLIC'
        ev.priority = 5
        busy = 'TENTATIVE' if cal.method == 'REQUEST' else 'BUSY'
        ev.xprops += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev.seq,
                      'X-MICROSOFT-CDO-OWNERAPPTID:%d' % rng.randint(-2**31, 2**31),
                      'X-MICROSOFT-CDO-BUSYSTATUS:' + busy, 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
                      'X-MICROSOFT-CDO-ALLDAYEVENT:%s' % ('TRUE' if ev.allday else 'FALSE'),
                      'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:%d' % (1 if ev.rrule else 0)]
        if m.teams:
            url = m.teams[0]
            ev.xprops += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + url,
                          'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/'
                          '%s/%s/19_meeting_%s@thread.v2/0' % (uid4(rng), uid4(rng), rstr(rng, 40)),
                          'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_%s@thread.v2"\\,"private":true\\,'
                          '"type":0\\,"mid":0\\,"rid":0\\,"uid":null}' % rstr(rng, 40),
                          'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!'
                          '19:meeting_%s-thread.v2!%s!%s' % (m.org_addr, rstr(rng, 40), hexs(rng, 32), uid4(rng)),
                          'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                          '"OnlineMeetingProvider":3}']
            if not ev.location:
                ev.location = 'Microsoft Teams Meeting'
            from .clients import teams_block
            tp, th = teams_block(m)
            ev.desc = (ev.desc or '') + tp
        ev.xprops += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                      'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
        if year >= 2020:
            ev.xprops.append('X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s"\\,"LocationAnnotation":""\\,"LocationSource"'
                             ':0\\,"Unresolved":false\\,"LocationUri":""}]' % (ev.location or '').replace(',', '\\,')
                             .replace(';', '\\;').replace('"', '\\"') if ev.location else 'X-MICROSOFT-LOCATIONS:[]')
    elif c == 'outlook':
        cal.prodid = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'
        cal.fold = 'std'
        ev.cls = 'PUBLIC'
        ev.priority = 5
        ev.xprops += ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                      'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MS-OLK-AUTOFILLLOCATION:FALSE',
                      'X-MS-OLK-CONFTYPE:0']
        if not ev.x_alt_desc and rng.random() < 0.7:
            ev.x_alt_desc = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
                             'CONTENT="MS Exchange Server version 16.0.%d.20000">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
                             '%s\n</BODY>\n</HTML>' % (rng.randint(10000, 18000), ''.join(
                                 '<P DIR=LTR><SPAN LANG="%s"><FONT FACE="Calibri">%s</FONT></SPAN></P>\n'
                                 % (LOCALE.get(m.lang, 'en-us').lower(), _html.escape(p)) for p in (ev.desc or '').split('\n')
                                 if p.strip())))
        ev.created = ev.created or ev.dtstamp - TD(minutes=5)
    elif c in ('apple', 'icloud'):
        mac = rng.random() < 0.5
        m.apple_mac = mac
        m.apple_os = mac
        cal.prodid = C.apple_os(rng, year, mac)
        ev.xprops.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC' if rng.random() < .6 else
                         'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:DISABLED')
        if ev.location and rng.random() < 0.4 and not ev.location.startswith('http'):
            ev.xprops.append('X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-MAPKIT-HANDLE=%s;X-APPLE-RADIUS=%d.%d;'
                             'X-TITLE="%s":geo:%.6f,%.6f' % (rstr(rng, 60), rng.randint(50, 400), rng.randint(0, 9),
                                                              ev.location.replace('"', "'").replace('\n', ' ')[:60],
                                                              rng.uniform(-40, 60), rng.uniform(-120, 140)))
        ev.seq = ev.seq or 0
    elif c == 'thunderbird':
        cal.prodid = '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'
        m.ua = C.tb_ua(rng, year)
        ev.xprops += ['X-MOZ-SEND-INVITATIONS:TRUE', 'X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE']
        if rng.random() < .4:
            ev.xprops.append('X-MOZ-GENERATION:%d' % rng.randint(1, 4))
        ev.seq = ev.seq or 0
    elif c == 'zoom':
        cal.prodid = '-//zoom.us//iCalendar Event//EN'
        ev.utc = True
        ev.xprops.append('TZID:' + ev.tz)
    elif c == 'nextcloud':
        cal.prodid = C.nextcloud_prodid(rng, year)
        ev.seq = ev.seq or rng.randint(0, 2)
    elif c == 'zimbra':
        cal.prodid = 'Zimbra-Calendar-Provider'
        m.zimbra_ver = C.zimbra_ver(rng, year)
        ev.cls = 'PUBLIC'
        ev.xprops.append('X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY')
        if not ev.x_alt_desc and ev.desc and rng.random() < 0.5:
            ev.x_alt_desc = '<html><body id=\'htmlmode\'>%s</body></html>' % _html.escape(ev.desc).replace('\n', '<br>')
    elif c == 'yahoo':
        cal.prodid = rng.choice(['-//Yahoo! Inc.//Yahoo Calendar//EN', '-//Yahoo//Calendar 2.0//EN'])
        ev.cls = 'PUBLIC'
    elif c == 'sogo':
        m.sogo_ver = C.sogo_ver(rng, year)
        cal.prodid = '-//Inverse inc./SOGo %s//EN' % m.sogo_ver
        ev.cls = 'PUBLIC'
        ev.xprops.append('X-SOGO-SEND-APPOINTMENT-NOTIFICATIONS:NO')
    elif c == 'booking':
        if not m.brand_title:
            m.brand_title = (m.org_name or '').replace(' via Nextcloud', '') or None
        cal.prodid = m.prodid if getattr(m, 'prodid', None) else '-//%s//%s//EN' % (
            getattr(m, 'brand_title', None) or 'Booking', rng.choice(['Reservations', 'Booking Engine 3.2',
                                                                      'Confirmation Mailer', 'Calendar Export']))
        if rng.random() < 0.6:
            ev.utc = True
        else:
            ev.floating = rng.random() < 0.3
        cal.variant = 0
        if rng.random() < (0.4 if m.label == 'spam' else 0.15):
            apply_tricks(m, ev, 1)
    else:  # script
        cal.variant = rng.randint(0, 2)
        if getattr(m, 'prodid', None):
            cal.prodid = m.prodid
        elif m.label == 'spam' and rng.random() < 0.6 or m.label == 'ham' and rng.random() < 0.2:
            cal.prodid = rng.choice(C.SCRIPT_PRODIDS_ODD)
        else:
            word = (m.brand_title or m.org_name or 'Events').split(' ')[0] if m.label == 'ham' else \
                rng.choice(['Events', 'Calendar', 'Mailer', 'CRM', 'Booking', 'Promo', 'Notify'])
            cal.prodid = rng.choice(C.SCRIPT_PRODIDS_CLEAN).format(org=word)
        sloppy = rng.random() < (0.8 if m.label == 'spam' else 0.35)
        if sloppy:
            apply_tricks(m, ev, rng.choice([1, 1, 2, 3]) if m.label == 'spam' else 1)
        if rng.random() < 0.3:
            ev.utc = True
        if rng.random() < 0.5 and not ev.x_alt_desc is None:
            pass
        m.x_mailer = getattr(m, 'x_mailer', None) or rng.choice(
            [None, 'PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (rng.randint(0, 9), rng.randint(0, 9)),
             'PHPMailer 5.2.%d (https://github.com/PHPMailer/PHPMailer)' % rng.randint(9, 28),
             'Microsoft Outlook Express 6.00.2900.5512', 'Python/3.%d smtplib' % rng.randint(6, 12),
             'Swift Mailer', 'Symfony Mailer', 'nodemailer (6.9.%d)' % rng.randint(1, 9), None])
        if m.label == 'ham' and m.x_mailer and 'Express' in m.x_mailer:
            m.x_mailer = 'Symfony Mailer'


def apply_tricks(m, ev, n):
    """Sloppiness seen in hand-rolled generators."""
    rng = m.rng
    cal = m.cal
    tricks = rng.sample(['nomethod', 'mismatch', 'fold', 'nofold', 'lf', 'tzless', 'mailto', 'floating',
                         'noesc'], n)
    for trick in tricks:
        if trick == 'nomethod':
            cal.method = None
        elif trick == 'mismatch' and cal.method:
            cal.mime_method = rng.choice(['PUBLISH', 'REQUEST', ''] if cal.method == 'REQUEST' else ['REQUEST'])
            if cal.mime_method == cal.method:
                cal.mime_method = 'PUBLISH'
        elif trick == 'fold':
            cal.fold = rng.choice(['chars', 'bytes'])
        elif trick == 'nofold':
            cal.fold = 'none'
        elif trick == 'lf':
            m.lf_ics = True
        elif trick == 'tzless':
            cal.include_vtz = False
        elif trick == 'mailto':
            cal.mailto = 'MAILTO:'
        elif trick == 'floating':
            ev.floating = True
        elif trick == 'noesc':
            ev.sloppy_esc = True
    m.sloppy = ','.join(tricks)
