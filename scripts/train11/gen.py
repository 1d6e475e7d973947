#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the train11 calendar-invitation corpus (CC0 1.0).

usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)
Deterministic: every message uses its own random.Random seeded from a fixed string."""
import datetime as dt
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from t11core import LEGACY, can_encode, is_ascii, hexid, alnum, uuid4, utc_offset, CRLF  # noqa: E402
from t11text import PEOPLE, ORGS, ISP, SPAM, HAM  # noqa: E402
from t11world import (Ctx, P, transport_google, transport_exo, transport_own, transport_icloud, transport_yahoo,  # noqa: E402
                      transport_platform, transport_vps, transport_list, ip4)
from t11cats import SPAM_FUN, HAM_FUN  # noqa: E402
from t11mime import build_message  # noqa: E402

# (spam category, ham category, size, years, sender set-ups).  Both labels of a pair use the same
# set-up sequence, so the sending client/service carries no information about the label.
PAIRS = [
    ('esign-lure', 'esign-envelope', 12, (2017, 2026),
     ['platform'] * 5 + ['google-gmail'] * 2 + ['google-ws', 'outlook', 'outlook', 'outlook-com', 'handrolled']),
    ('invoice-callback', 'invoice-payment', 12, (2016, 2026),
     ['platform'] * 5 + ['google-gmail'] * 2 + ['icloud', 'yahoo', 'outlook', 'handrolled', 'zimbra']),
    ('form-phish', 'form-survey-invite', 11, (2017, 2026),
     ['platform'] * 4 + ['google-ws'] * 2 + ['outlook'] * 2 + ['zimbra', 'sogo', 'google-gmail']),
    ('file-share-lure', 'file-share', 12, (2016, 2026),
     ['google-ws'] * 3 + ['outlook'] * 3 + ['platform'] * 2 + ['nextcloud'] * 2 + ['google-gmail', 'thunderbird']),
    ('webinar-investment-scam', 'webinar-registration', 11, (2019, 2026),
     ['zoom'] * 4 + ['platform'] * 4 + ['teams'] * 2 + ['google-ws']),
    ('compromised-account-lure', 'colleague-meeting', 12, (2016, 2026),
     ['outlook'] * 3 + ['thunderbird'] * 2 + ['zimbra', 'sogo', 'nextcloud', 'icloud', 'google-ws', 'google-ws', 'outlook-desktop']),
    ('clickfix-verify', 'it-security-session', 11, (2024, 2026),
     ['teams'] * 3 + ['google-ws'] * 2 + ['booking'] * 2 + ['zimbra', 'handrolled', 'handrolled', 'outlook-com']),
    ('qr-code-lure', 'event-qr-ticket', 11, (2021, 2026),
     ['platform'] * 3 + ['booking'] * 2 + ['outlook'] * 2 + ['google-ws', 'handrolled', 'handrolled', 'icloud']),
    ('html-svg-attachment', 'agenda-attachment', 11, (2016, 2026),
     ['outlook-desktop'] * 2 + ['outlook'] * 2 + ['google-gmail', 'thunderbird', 'thunderbird', 'handrolled', 'handrolled', 'icloud', 'sogo']),
    ('brand-callback-scam', 'support-callback', 11, (2019, 2026),
     ['google-gmail'] * 3 + ['icloud', 'yahoo', 'yahoo', 'outlook-com', 'booking', 'booking', 'platform', 'platform']),
    ('job-ambassador-scam', 'recruiter-outreach', 12, (2020, 2026),
     ['platform'] * 3 + ['google-gmail'] * 2 + ['google-ws'] * 2 + ['outlook'] * 2 + ['yahoo', 'icloud', 'outlook-com']),
    ('fake-recording-transcript', 'meeting-recording', 11, (2022, 2026),
     ['zoom'] * 3 + ['teams'] * 3 + ['platform'] * 2 + ['google-ws'] * 2 + ['nextcloud']),
    ('fake-shared-calendar', 'shared-calendar', 11, (2016, 2026),
     ['google-gmail'] * 2 + ['icloud'] * 2 + ['outlook-com', 'nextcloud', 'nextcloud', 'handrolled', 'handrolled', 'list', 'yahoo']),
    ('promo-giveaway-lure', 'brand-event-newsletter', 12, (2016, 2026),
     ['platform'] * 4 + ['list'] * 4 + ['handrolled'] * 2 + ['google-ws', 'zimbra']),
]

ZOOM = dict(name='Zoom', addr='no-reply@zoom.us', env='bounces+%s@zoom.us', helo='mail%d-%d.zoom.us', dkim=[('zoom.us', 'zoom2048')], pol='reject',
            prodid='-//zoom.us//iCalendar Event//EN', color='#0B5CFF', mime='java')

FIRST = ['alex', 'sam', 'jordan', 'taylor', 'chris', 'pat', 'morgan', 'jamie', 'casey', 'robin', 'lee', 'kim', 'dana', 'max', 'nina',
         'omar', 'lena', 'ivan', 'sofia', 'marco', 'yuki', 'mei', 'arjun', 'leila', 'noah', 'emma', 'liam', 'olga', 'hugo', 'ines']
LAST = ['smith', 'jones', 'garcia', 'muller', 'rossi', 'silva', 'kowalski', 'ivanov', 'tanaka', 'kim', 'patel', 'cohen', 'novak',
        'berg', 'dubois', 'fischer', 'lopez', 'wong', 'nguyen', 'haddad', 'yilmaz', 'larsen', 'costa', 'sato', 'moreau', 'keller']
RES = ['example.com', 'example.org', 'example.net', 'mail.example', 'corp.example', 'uni.example']


def rcpt_domain(c, colleague=False):
    if colleague:
        return c.so[1]
    r = c.rng.random()
    if r < 0.30:
        return c.org()[1]
    if r < 0.50:
        return c.pick(ISP[c.lang])
    if r < 0.65:
        return c.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'])
    return c.pick(RES)


def extra_attendees(c, n, doms):
    out, seen = [], set()
    while len(out) < n:
        f, l = c.pick(FIRST), c.pick(LAST)
        a = '%s.%s@%s' % (f, l, c.pick(doms))
        if a in seen:
            a = '%s.%s%d@%s' % (f, l, c.rng.randint(2, 99), c.pick(doms))
            if a in seen:
                continue
        seen.add(a)
        out.append(('%s %s' % (f.capitalize(), l.capitalize()) if c.chance(0.7) else '', a))
    return out


def freemail(c, dom_choices):
    local = c.sp[1].replace('.', c.pick(['.', '', '_'])) + c.pick(['', '', str(c.rng.randint(1, 99)), str(c.rng.randint(1970, 2005))])
    return '%s@%s' % (local, c.pick(dom_choices))


def uid_for(c, client, platform=None):
    r = c.rng
    if client == 'google':
        return '%s@google.com' % alnum(r, 26, 'abcdefghijklmnopqrstuvwxyz0123456789')
    if client in ('outlook', 'teams'):
        return '040000008200E00074C5B7101A82E00800000000%s' % hexid(r, 72).upper()
    if client == 'outlook-desktop':
        return '040000008200E00074C5B7101A82E00800000000%s' % hexid(r, 56).upper()
    if client == 'icloud':
        return uuid4(r, True)
    if client == 'sogo':
        return '%s-%s-1-%s.ics' % (hexid(r, 4).upper(), hexid(r, 8).upper(), hexid(r, 8).upper())
    if client == 'zoom':
        return 'ZOOM%d@zoom.us' % r.randint(81000000000, 89999999999)
    if client in ('platform', 'booking'):
        return '%s@%s' % (hexid(r, 32), platform or 'events')
    return uuid4(r)


def choose_charset(c, client, texts):
    p = {'handrolled': 0.9, 'outlook-desktop': 0.9, 'thunderbird': 0.65, 'booking': 0.5, 'platform': 0.3, 'list': 0.5,
         'outlook': 0.3, 'teams': 0.25, 'yahoo': 0.3}.get(client, 0)
    if c.lang == 'en':
        p *= 0.5
    if c.lang in ('zh', 'zh-Hant', 'ru', 'th', 'ja', 'ko') and client in ('handrolled', 'outlook-desktop', 'thunderbird', 'booking', 'list'):
        p = 1.0
    cs = 'utf-8'
    leg = list(LEGACY.get(c.lang, []))
    if leg and c.chance(p):
        first = c.pick(leg)
        if c.lang == 'ja' and (client in ('thunderbird', 'outlook', 'teams', 'outlook-desktop', 'yahoo', 'platform', 'list') or c.chance(0.6)):
            first = 'iso-2022-jp'
        if c.lang == 'ru':
            first = 'koi8-r' if client in ('thunderbird', 'handrolled', 'list', 'booking') else 'windows-1251'
        if c.lang == 'ko':
            first = 'ks_c_5601-1987' if client in ('outlook', 'teams', 'outlook-desktop') else 'euc-kr'
        for cand in [first] + [x for x in leg if x != first]:
            cand2 = 'iso-8859-1' if cand == 'us-ascii' and not all(is_ascii(t) for t in texts if t) else cand
            if all(can_encode(t, cand2) for t in texts if t):
                return cand2
    return cs


HAND_PRODIDS_HAM = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//WordPress//Events Manager 6.4//EN', '-//%s//Booking System 3.2//EN',
                    '-//PHP//iCalcreator 2.41//EN', '-//%s//Events Calendar//EN', '-//Python//icalendar 5.0//EN', '-//ZContent.net//Zap Calendar 1.0//EN']
HAND_PRODIDS_SPAM = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//Google Inc//Google Calendar 70.9054//EN',
                     '-//Apple Inc.//Mac OS X 10.15.7//EN', '-//PHP//iCalcreator 2.41//EN', '-//Calendar//EN', 'PRODID', '-//%s//Events//EN', '-//ical-generator//EN']
MAILERS_HAM = ['PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', None, 'WordPress', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', None]
MAILERS_SPAM = ['PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', None, 'Microsoft Outlook 16.0', 'PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)', None, 'Mozilla Thunderbird']


def hand_config(c, m, spam):
    brandish = m['sender']['addr'].split('@')[1].split('.')[0].capitalize()
    prods = HAND_PRODIDS_SPAM if spam else HAND_PRODIDS_HAM
    pr = c.pick(prods)
    m['prodid'] = pr % brandish if '%s' in pr else pr
    m['hand_layout'] = c.pick(['single', 'alt', 'mixed-plain', 'mixed-html', 'mixed-html'])
    m['hand_mailer'] = c.pick(MAILERS_SPAM if spam else MAILERS_HAM)
    m['ev']['tzmode'] = c.pick(['utc', 'utc', 'ical', 'floating', 'quoted', 'ms'])
    m['ev']['order'] = c.pick([None, ['DTSTART', 'DTEND', 'DTSTAMP', 'UID', 'ORGANIZER', 'ATTENDEE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'STATUS'],
                               ['UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'DTSTART', 'DTEND', 'DTSTAMP', 'ORGANIZER', 'ATTENDEE', 'SEQUENCE', 'URL']])
    m['ev']['plain_attendee'] = c.chance(0.4)
    quirks = []
    p = 0.45 if spam else 0.25
    if c.chance(p):
        m['method'] = None
        quirks.append('no METHOD')
    elif c.chance(p):
        m['mime_method'] = 'PUBLISH' if m.get('method') == 'REQUEST' else 'REQUEST'
        quirks.append('method parameter disagrees with METHOD')
    if c.chance(p):
        m['fold'] = c.pick(['none', 'sloppy'])
        quirks.append('%s folding' % ('no' if m['fold'] == 'none' else 'sloppy'))
    if c.chance(p * 0.8):
        m['version_first'] = False
    if c.chance(p * 0.6):
        m['ev']['noescape'] = True
        quirks.append('unescaped text')
    if m['hand_layout'] != 'single' and c.chance(p * 0.7):
        m['hand_cte'] = 'base64'
        m['bare_lf'] = True
        quirks.append('bare LF inside base64 calendar')
    else:
        m['hand_cte'] = c.pick(['8bit', 'base64', 'quoted-printable', '7bit'])
    if m['hand_cte'] == '7bit' and not is_ascii(m['ev'].get('desc', '') + m['ev']['summary']):
        m['hand_cte'] = '8bit'
    if c.chance(0.3):
        m['cal_charset'] = m['charset']
    m['ics_ctype'] = c.pick(['text/calendar', 'text/calendar', 'application/ics', 'application/octet-stream'])
    m['ics_name'] = c.pick(['invite.ics', 'event.ics', 'meeting.ics', 'calendar.ics', 'appointment.ics'])
    if spam and c.chance(0.3):
        m['ev']['alarm'] = c.pick([0, 5, 60, 1440])
    return quirks


def assemble(c, k):
    spam = c.label == 'spam'
    setup = c.setup
    lang = c.lang
    if k.get('org_override'):
        c.so = k['org_override']
    org_name, org_dom, org_kind = c.so
    pname, plocal = c.sp
    # recipient
    rdom = rcpt_domain(c, colleague=k.get('colleague') and setup not in ('google-gmail', 'icloud', 'yahoo', 'outlook-com'))
    rcpt = (c.rp[0], '%s@%s' % (c.rp[1], rdom))
    m = dict(rng=c.rng, lang=lang, label=c.label, cat=c.cat, rcpt=rcpt, method=k.get('method', 'PUBLISH' if setup == 'zoom' else 'REQUEST'))
    display = k.get('display') or pname
    reply_to = None
    platform = None
    transport = None
    client = setup
    list_info = None
    # ---------------------------------------------------------------- sender set-up
    if setup == 'google-gmail':
        client = 'google'
        sender = dict(name=display, addr=freemail(c, ['gmail.com']))
    elif setup == 'google-ws':
        client = 'google'
        sender = dict(name=display, addr='%s@%s' % (plocal, org_dom))
    elif setup in ('outlook', 'teams'):
        sender = dict(name=display, addr='%s@%s' % (plocal if not k.get('org_override') else c.pick(['helpdesk', 'it.support', 'support', 'notifications']), org_dom))
    elif setup == 'outlook-com':
        client = 'outlook'
        sender = dict(name=display, addr=freemail(c, ['outlook.com', 'hotmail.com', 'outlook.com', 'live.com']))
    elif setup == 'outlook-desktop':
        sender = dict(name=display, addr='%s@%s' % (plocal, org_dom))
    elif setup == 'icloud':
        sender = dict(name=display, addr=freemail(c, ['icloud.com', 'icloud.com', 'me.com']))
    elif setup == 'yahoo':
        ydom = {'ja': 'yahoo.co.jp', 'fr': 'yahoo.fr', 'de': 'yahoo.de', 'es': 'yahoo.es', 'it': 'yahoo.it', 'zh-Hant': 'yahoo.com.tw'}.get(lang, 'yahoo.com')
        sender = dict(name=display, addr=freemail(c, [ydom, ydom, 'ymail.com']))
    elif setup == 'thunderbird':
        if c.chance(0.6):
            sender = dict(name=display, addr='%s@%s' % (plocal, org_dom))
        else:
            sender = dict(name=display, addr=freemail(c, ISP[lang]))
    elif setup in ('zimbra', 'sogo'):
        if not k.get('keep_org'):
            c.so = c.org(kind=c.pick(['school', 'school', org_kind]))
        org_name, org_dom, org_kind = c.so
        sender = dict(name=display, addr='%s@%s' % (plocal, org_dom))
    elif setup == 'nextcloud':
        sender = dict(name='%s via %s' % (pname, org_name), addr='nextcloud@%s' % org_dom)
        m['nc_host'] = 'cloud.' + org_dom
    elif setup == 'zoom':
        platform = ZOOM
        sender = dict(name=c.pick(['Zoom', k.get('display') or org_name]) if k.get('display') else 'Zoom', addr='no-reply@zoom.us')
        m['platform'] = dict(ZOOM, name='Zoom')
        reply_to = (display, freemail(c, ['gmail.com', 'outlook.com']) if spam and c.chance(0.6) else '%s@%s' % (plocal, org_dom))
    elif setup == 'platform':
        platform = P[k['platform']]
        if platform.get('esp'):
            nm, ad = k['esp_from']
            sender = dict(name=nm, addr=ad)
        else:
            fmt = platform.get('fromfmt', '%s')
            sender = dict(name=(fmt % display) if '%s' in fmt else fmt, addr=platform['addr'])
            if spam:
                owner = c.pick(['%s@%s' % (plocal, org_dom), freemail(c, ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])])
            else:
                owner = '%s@%s' % (plocal, org_dom)
            reply_to = (display, owner)
        m['platform'] = platform
    elif setup == 'booking':
        b = k['booking']
        platform = dict(name=b['name'], addr='noreply@' + b['dom'], prodid='-//%s//Booking Engine 4.%d//EN' % (b['name'], c.rng.randint(0, 9)), color='#1b3a6b', mime=c.pick(['ses', 'java', 'sendgrid']))
        m['platform'] = platform
        sender = dict(name=b['name'], addr=c.pick(['noreply@', 'reservations@', 'no-reply@', 'booking@']) + b['dom'])
    elif setup == 'list':
        client = c.pick(['thunderbird', 'zimbra', 'outlook-desktop', 'sogo'])
        ldom = c.org()[1] if not spam else c.pick([c.org()[1], 'lists.' + c.pick(RES)])
        lname = c.pick(['members', 'announce', 'events', 'community', 'alumni', 'club', 'parents'])
        list_addr = '%s@%s' % (lname, ldom)
        orig_dom = org_dom if not spam else c.pick(['gmail.com', 'outlook.com', c.lookalike(c.pick(['rewards', 'promo'])), org_dom])
        if k.get('brand_dom') and not spam:
            orig_dom = k['brand_dom']
        orig_addr = '%s@%s' % (plocal if not k.get('brand_name') else c.pick(['events', 'hello', 'news']), orig_dom)
        rewritten = c.chance(0.5) or orig_dom in ('gmail.com', 'outlook.com')
        nm = k.get('brand_name') or display
        if rewritten:
            sender = dict(name='%s via %s' % (nm, lname.capitalize()), addr=list_addr)
            reply_to = (nm, orig_addr)
        else:
            sender = dict(name=nm, addr=orig_addr)
        list_info = dict(addr=list_addr, dom=ldom, name=lname, orig_dom=orig_dom, rewritten=rewritten)
        m['list_addr'] = list_addr
        if client in ('zimbra', 'sogo') and client == 'zimbra':
            pass
    elif setup == 'handrolled':
        if spam:
            mode = k.get('hand_mode', 'spoof')
            if mode == 'spoof':
                spoof_dom = c.pick([rdom, org_dom, k.get('brand_dom', org_dom)])
                sender = dict(name=display, addr='%s@%s' % (c.pick(['no-reply', 'it-support', 'accounts', 'billing', 'calendar', 'admin']), spoof_dom))
                m['envelope'] = c.pick(['%s@%s' % (c.pick(['www-data', 'root', 'apache', 'mailer']), 'vps%d.srv-node.example' % c.rng.randint(100, 9999)), sender['addr']])
            else:
                bd = k.get('brand_dom') or c.lookalike('secure')
                sender = dict(name=display, addr='%s@%s' % (c.pick(['no-reply', 'noreply', 'support', 'notifications', 'info']), bd))
            k['_mode'] = mode
        else:
            bdom = k.get('brand_dom') or org_dom
            sender = dict(name=k.get('brand_name') or (org_name if c.chance(0.6) else pname), addr='%s@%s' % (c.pick(['noreply', 'events', 'booking', 'info', 'no-reply']), bdom))
            if c.chance(0.5):
                m['envelope'] = 'www-data@web%02d.%s' % (c.rng.randint(1, 40), c.pick(['hosting-eu.example', 'sharedhost.example', bdom]))
    else:
        raise ValueError(setup)
    if client == 'teams' or (client == 'outlook' and k.get('teams')):
        client = 'teams' if k.get('teams') or setup == 'teams' else client
    m['client'] = client
    m['sender'] = sender
    # ---------------------------------------------------------------- event
    s, e = c.event_time(days=k.get('days', (2, 20)), hours=k.get('hours', (9, 17)), dur=k.get('dur', (30, 60)), allday=k.get('allday', False))
    if k.get('allday') and getattr(c, 'kw_date', None) is not None and c.cat in ('invoice-callback', 'invoice-payment', 'esign-envelope', 'form-survey-invite', 'form-phish'):
        d0 = c.kw_date.date()
        s = dt.datetime(d0.year, d0.month, d0.day)
        e = s + dt.timedelta(days=1)
    if setup in ('zoom', 'platform', 'booking') and not platform.get('esp'):
        organizer = (display, reply_to[1]) if reply_to else (sender['name'], sender['addr'])
        if setup == 'booking':
            organizer = (sender['name'], sender['addr'])
    elif setup == 'list':
        organizer = (display if not k.get('brand_name') else k['brand_name'], list_info and (reply_to[1] if reply_to else sender['addr']))
    elif setup == 'nextcloud':
        organizer = (pname, '%s@%s' % (plocal, org_dom))
    elif setup == 'platform':
        organizer = (sender['name'], sender['addr'])
    else:
        organizer = (sender['name'], sender['addr'])
    n_extra = k.get('attendees_n', 0)
    doms = [org_dom] if (not spam and n_extra > 50) or k.get('colleague') else [org_dom] + [c.org()[1] for _ in range(3)] + ISP[lang][:2] + ['gmail.com', 'outlook.com'] + RES[:2]
    atts = [rcpt] + extra_attendees(c, n_extra, doms)
    if n_extra > 3:
        c.rng.shuffle(atts)
    if setup in ('platform', 'booking', 'zoom') and n_extra == 0:
        atts = [rcpt]
    ev = dict(uid=uid_for(c, client, (platform or {}).get('addr', 'x@events').split('@')[1] if platform else None), start=s, end=e, tz=c.tz,
              allday=k.get('allday', False), summary=k['summary'], desc=k.get('desc'), html_desc=k.get('html_desc'),
              location=k.get('location'), url=k.get('url'), attach=k.get('attach', []), conference=k.get('conference', []),
              organizer=organizer, attendees=atts, seq=k.get('seq', 0), rrule=k.get('rrule'), x=[])
    if k.get('zoom_id'):
        ev['uid'] = 'ZOOM%d@zoom.us' % k['zoom_id'] if c.chance(0.5) else '%s-%d@zoom.us' % (s.strftime('%Y%m%dT%H%M%S'), k['zoom_id'])
    if k.get('meet') and client == 'google':
        ev['meet'] = 'https://meet.google.com/%s-%s-%s' % (alnum(c.rng, 3, 'abcdefghijkmnopqrstuvwxyz'), alnum(c.rng, 4, 'abcdefghijkmnopqrstuvwxyz'), alnum(c.rng, 3, 'abcdefghijkmnopqrstuvwxyz'))
    if client == 'teams':
        ev['teams'] = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (alnum(c.rng, 48), uuid4(c.rng), uuid4(c.rng))
        if not ev['location']:
            ev['location'] = 'Microsoft Teams Meeting'
    if setup in ('platform', 'booking', 'zoom'):
        ev['tzmode'] = c.pick(['utc', 'ical', 'utc'])
        if setup == 'zoom':
            ev['alarm'] = 10
        elif c.chance(0.5):
            ev['alarm'] = c.pick([15, 30, 60, 1440])
        if not ev.get('url') and k.get('cta') and c.chance(0.6) and not spam:
            ev['url'] = k['cta'][1]
        if k.get('cta') and not spam and not ev.get('location'):
            ev['location'] = k['cta'][1] if c.chance(0.5) else None
    # multi-event calendars
    extra = []
    for i in range(k.get('extra_events', 0) if isinstance(k.get('extra_events'), int) else 0):
        d = dict(ev)
        d['uid'] = uid_for(c, client, None)
        off = dt.timedelta(days=c.rng.randint(3, 40) * (i + 1))
        d['start'], d['end'] = ev['start'] + off, ev['end'] + off
        d['attendees'] = [] if m['method'] == 'PUBLISH' else ev['attendees']
        d['attach'] = []
        if not spam and lang == 'en':
            d['summary'] = c.pick(['Half term', 'Match vs Rovers (away)', 'INSET day', 'Early shift', 'Late shift', 'Grandma visiting', 'Tournament', 'Parents evening', 'Bank holiday'])
            d['desc'] = None
        elif spam:
            d['summary'] = ev['summary'] if c.chance(0.6) else ev['summary'] + ' (%d)' % (i + 2)
        else:
            d['summary'] = '%s (%d)' % (ev['summary'], i + 2)
            d['desc'] = None
        extra.append(d)
    if m['method'] == 'PUBLISH':
        ev['attendees'] = [] if (setup not in ('google-gmail', 'google-ws') and n_extra < 50) else ev['attendees']
    m['ev'] = ev
    m['extra_events'] = extra
    for key in ('calname', 'calprops', 'updated', 'mime_attach'):
        if k.get(key) is not None:
            m[key] = k[key]
    if k.get('qr') and setup in ('platform', 'booking') and k.get('mime_attach'):
        m['inline_img_cid'] = None
    # platform texts
    for key in ('intro', 'cta', 'note_text'):
        if k.get(key):
            m[key] = k[key]
    if k.get('subject'):
        m['subject'] = k['subject']
    if reply_to:
        m['reply_to'] = reply_to
    # charset
    texts = [k['summary'], k.get('desc') or '', sender['name'], rcpt[0], m.get('subject', ''), m.get('intro', ''), m.get('note_text') or '', org_name]
    m['charset'] = choose_charset(c, client, texts)
    if client in ('google', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo', 'icloud'):
        m['charset'] = 'utf-8' if client != 'google' else 'UTF-8'
    # date / time zone of the sending client
    m['date'] = c.arrival - dt.timedelta(seconds=c.rng.randint(2, 90) + (40 if setup == 'list' else 0))
    off, _ = utc_offset(c.tz, c.local_arrival)
    m['tzoff'] = 0 if setup in ('platform', 'booking', 'zoom') else off
    m['arrival'] = c.arrival
    quirks = []
    if setup == 'handrolled':
        quirks = hand_config(c, m, spam)
    if setup == 'list':
        m['extra_headers'] = list_headers(c, list_info)
        m['subject'] = '[%s] %s' % (list_info['name'].capitalize(), m.get('subject') or k['summary'])
        m['to_list'] = [(None, list_info['addr'])]
    if k.get('to_self'):
        m['to_list'] = [(sender['name'], sender['addr'])]
    elif client in ('outlook', 'teams', 'outlook-desktop', 'zimbra', 'thunderbird', 'sogo') and setup != 'list':
        m['to_list'] = [a for a in atts if a[1] != sender['addr']][:40]
    # ---------------------------------------------------------------- transport
    fdom = sender['addr'].split('@')[1]
    if client == 'google':
        transport = transport_google(c, m, fdom)
    elif setup in ('outlook', 'teams'):
        transport = transport_exo(c, m, fdom)
    elif setup == 'outlook-com':
        transport = transport_exo(c, m, fdom, consumer=True)
    elif setup in ('outlook-desktop', 'thunderbird', 'sogo', 'nextcloud'):
        transport = transport_own(c, m, fdom, mta=c.pick(['Postfix', 'Postfix', 'Exim']))
    elif setup == 'zimbra':
        transport = transport_own(c, m, fdom, helo='mta.' + fdom)
    elif setup == 'icloud':
        transport = transport_icloud(c, m)
    elif setup == 'yahoo':
        transport = transport_yahoo(c, m, fdom if fdom != 'ymail.com' else 'yahoo.com')
    elif setup in ('zoom', 'platform'):
        transport = transport_platform(c, m, platform, brand_dkim=fdom if platform.get('esp') else None)
    elif setup == 'booking':
        if k['booking']['mode'] == 'pass':
            transport = transport_own(c, m, fdom, helo='a%d-%d.smtp-out.%s' % (c.rng.randint(8, 99), c.rng.randint(1, 250), c.pick(['eu-west-1.amazonses.com', 'us-east-2.amazonses.com'])))
            transport['dkim'] = transport['dkim'] + [('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'pass')]
            transport['envelope'] = '0102%s-%s-000000@%s' % (hexid(c.rng, 12), uuid4(c.rng), 'eu-west-1.amazonses.com')
            transport['dmarc'] = ('pass', c.pick(['reject', 'quarantine']))
            transport['received'] = []
        else:
            transport = transport_vps(c, m, 'lookalike')
    elif setup == 'list':
        transport = transport_list(c, m, list_info['dom'], list_info['orig_dom'], list_info['rewritten'])
    elif setup == 'handrolled':
        if spam:
            transport = transport_vps(c, m, k['_mode'])
        else:
            ok = c.chance(0.6)
            transport = transport_own(c, m, fdom, dkim=ok, spf=c.pick(['pass', 'pass', 'pass', 'softfail', 'neutral']) if not ok else 'pass',
                                      helo=c.pick(['web%02d.%s' % (c.rng.randint(1, 40), c.pick(['hosting-eu.example', 'sharedhost.example'])), 'mail.' + fdom]))
            if not ok and transport['spf'] != 'pass':
                transport['dmarc'] = ('none', 'none') if c.chance(0.6) else ('fail', 'none')
    m['transport'] = transport
    raw = build_message(m)
    desc = k.get('note', '')
    if quirks:
        desc += ' [' + ', '.join(quirks) + ']'
    return raw, desc, m


def list_headers(c, li):
    r = c.rng
    dom, name, addr = li['dom'], li['name'], li['addr']
    if c.chance(0.5):
        return ['List-Id: %s <%s.%s>' % (name.capitalize(), name, dom), 'List-Unsubscribe: <mailto:%s-leave@%s>' % (name, dom),
                'List-Post: <mailto:%s>' % addr, 'List-Help: <mailto:%s-request@%s?subject=help>' % (name, dom),
                'Precedence: list', 'X-Mailman-Version: 3.3.%d' % r.randint(5, 9),
                'Message-ID-Hash: %s' % alnum(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
                'X-Message-ID-Hash: %s' % alnum(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
                'Archived-At: <https://%s/hyperkitty/list/%s/message/%s/>' % (dom, addr, alnum(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))]
    return ['List-Id: <%s.%s>' % (name, dom), 'List-Archive: <https://sympa.%s/arc/%s>' % (dom, name),
            'List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>' % (dom, name), 'List-Post: <mailto:%s>' % addr,
            'Precedence: list', 'X-Loop: %s' % addr, 'X-Sequence: %d' % r.randint(100, 9000)]


# ---------------------------------------------------------------------------- main
def lang_plan(cat, label, size):
    src = SPAM if label == 'spam' else HAM
    langs = list(src[cat].keys())
    return langs + ['en'] * (size - len(langs))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    stats = {}
    for pi, (scat, hcat, size, years, setups) in enumerate(PAIRS):
        assert len(setups) == size, (scat, len(setups))
        order = list(setups)
        random.Random('train11-pair-%d' % pi).shuffle(order)
        for label, cat, funs in (('spam', scat, SPAM_FUN), ('ham', hcat, HAM_FUN)):
            langs = lang_plan(cat, label, size)
            random.Random('train11-lang-%s-%s' % (label, cat)).shuffle(langs)
            # legacy charsets (GB2312, Big5, KOI8-R, TIS-620, ISO-2022-JP, KS C 5601) are typical of
            # desktop clients and home-grown mailers: prefer such slots for these languages
            legacy_ok = ('handrolled', 'outlook-desktop', 'thunderbird', 'booking', 'list')
            for li, lg in enumerate(langs):
                if lg in ('zh', 'zh-Hant', 'ru', 'th', 'ja', 'ko') and order[li] not in legacy_ok:
                    for lj, lg2 in enumerate(langs):
                        if lg2 == 'en' and order[lj] in legacy_ok:
                            langs[li], langs[lj] = langs[lj], langs[li]
                            break
            os.makedirs(os.path.join(out, label, cat))
            en_i = 0
            for i in range(size):
                lang = langs[i]
                c = Ctx(label, cat, i, lang, order[i], years, en_i)
                if lang == 'en':
                    en_i += 1
                c.sp = c.person()
                c.rp = c.person()
                while c.rp == c.sp:
                    c.rp = c.person()
                c.so = c.org()
                k = funs[cat](c)
                raw, desc, m = assemble(c, k)
                rel = '%s/%s/%03d.eml' % (label, cat, i + 1)
                with open(os.path.join(out, rel), 'wb') as f:
                    f.write(raw)
                rows.append((rel, label, cat, desc.replace('\t', ' ').replace('\n', ' ')))
                key = (label, cat)
                stats.setdefault('clients', {}).setdefault(label, {}).setdefault(order[i], 0)
                stats['clients'][label][order[i]] += 1
                stats.setdefault('langs', {}).setdefault(label, {}).setdefault(lang, 0)
                stats['langs'][label][lang] += 1
                stats.setdefault('cs', {}).setdefault(m['charset'].lower(), 0)
                stats['cs'][m['charset'].lower()] += 1
                stats.setdefault('years', {}).setdefault(label, {}).setdefault(c.arrival.year, 0)
                stats['years'][label][c.arrival.year] += 1
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    write_readme(out, rows, stats)
    print('wrote %d messages to %s' % (len(rows), out))


LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese', 'nl': 'Dutch',
              'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese (Simplified)',
              'zh-Hant': 'Chinese (Traditional)', 'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish', 'sv': 'Swedish'}

SPAM_DESC = {
    'esign-lure': 'E-signature envelopes (real platform envelopes from attacker/compromised accounts, or invites dressed as envelopes) pointing to lures on legitimate hosting or a callback number',
    'invoice-callback': 'Invoices and payment requests (real invoicing/payment services or free-mail calendars) whose only payload is a phone number',
    'form-phish': 'Credential-harvesting forms on real form builders, sent as form invitations or from compromised staff/school accounts',
    'file-share-lure': 'File-share notices and invites with Drive/OneDrive/Nextcloud/Dropbox links leading to lure documents',
    'webinar-investment-scam': 'Real webinar/registration platforms (Zoom, event platforms, Teams) used for investment, grant and recovery scams',
    'compromised-account-lure': 'One polished lure from a hijacked small firm, school or clinic account to its whole address book',
    'clickfix-verify': '"Verify you are human" / paste-a-command (ClickFix) lures, including fake hotel-partner notices and external Teams help desks',
    'qr-code-lure': 'MFA, payroll and check-in lures whose URL is only inside a QR image (MIME, ATTACH or data URI)',
    'html-svg-attachment': 'Invites carrying HTML/SVG/SHTML redirectors as MIME attachments or binary ATTACH properties',
    'brand-callback-scam': 'Callback scams naming a real brand product in the title and giving only a phone number',
    'job-ambassador-scam': 'Recruitment, task and brand-ambassador scams moving the victim to WhatsApp/Telegram/Signal/LINE',
    'fake-recording-transcript': 'Fake meeting recordings, recaps and AI transcripts leading to login pages or HTML attachments',
    'fake-shared-calendar': 'Fake "shared a calendar" notices and webcal subscription pushes, multi-event PUBLISH calendars',
    'promo-giveaway-lure': 'Brand giveaway / loyalty-reward survey scams via hijacked ESP accounts, open lists and hand-rolled senders',
}
HAM_DESC = {
    'esign-envelope': 'Genuine e-signature envelopes with deadline entries and contract-signing meetings',
    'invoice-payment': 'Genuine invoices and payment due dates (amounts, phone numbers, pay links)',
    'form-survey-invite': 'Genuine form and survey invitations from schools, teams and organisers',
    'file-share': 'Genuine file shares between colleagues (Drive attachments, SharePoint/Nextcloud/Dropbox links)',
    'webinar-registration': 'Genuine webinar registrations (Zoom, event platforms, Teams, Meet) incl. large attendee lists and PUBLISH',
    'colleague-meeting': 'Ordinary meetings in firms, schools and clinics, incl. all-staff meetings with hundreds of attendees',
    'it-security-session': 'IT MFA/passkey enrolment sessions, security awareness training, repair appointments',
    'event-qr-ticket': 'Tickets, badges, visitor passes and boarding passes with QR codes',
    'agenda-attachment': 'Meeting invites with PDF/HTML/SVG/DOCX agenda attachments (some embedded in the VEVENT)',
    'support-callback': 'Genuine support callbacks and appointments with phone numbers',
    'recruiter-outreach': 'Genuine recruiter and interview invitations, incl. scheduling platforms',
    'meeting-recording': 'Genuine recordings, transcripts and AI notes from meeting services',
    'shared-calendar': 'Genuine shared/published calendars (family, school, club, rota) with subscription links',
    'brand-event-newsletter': 'Shop and society newsletters with event invitations (ESP, mailing lists, website plugins)',
}
SETUP_DESC = {
    'platform': 'SaaS notification (e-signature, invoicing, forms, file sharing, events, scheduling, notes, ESP)',
    'google-gmail': 'Google Calendar, gmail.com organiser', 'google-ws': 'Google Calendar, Workspace domain organiser',
    'outlook': 'Exchange Online / Outlook (web)', 'teams': 'Exchange Online with Teams meeting', 'outlook-com': 'Outlook.com consumer',
    'outlook-desktop': 'Outlook 2016+ desktop via own SMTP', 'icloud': 'Apple iCloud / Calendar.app', 'thunderbird': 'Thunderbird (Lightning)',
    'zoom': 'Zoom registration mail', 'nextcloud': 'Nextcloud Calendar', 'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo',
    'booking': 'Booking systems (airlines, hotels, repair/doctor schedulers)', 'list': 'Mailing-list managers (Mailman 3, Sympa)',
    'handrolled': 'Hand-rolled scripts/plugins (PHPMailer etc., odd PRODIDs, sloppy iCalendar)',
}


def write_readme(out, rows, stats):
    from collections import OrderedDict
    cnt = OrderedDict()
    for rel, label, cat, _ in rows:
        cnt[(label, cat)] = cnt.get((label, cat), 0) + 1
    L = ['# train11 – labelled calendar-invitation corpus', '',
         'A corpus of 320 RFC 5322 messages (160 spam, 160 ham), each carrying at least one iCalendar object',
         '(RFC 5545/5546/6047), for training and evaluating a calendar anti-spam filter on campaigns that abuse real',
         'platforms. Every message, name, organisation, address, URL, phone number and text was written or generated',
         'for this corpus by `gen.py`; no real message was copied. Real brand and platform names appear in text and',
         'as the sending infrastructure of platform notifications; people and organisations are fictional. IP addresses',
         'are from documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).', '',
         'Generated by `gen.py` (Python 3 standard library, fixed seeds, byte-identical output). `check.py` validates it.', '',
         '## Layout', '', '- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`',
         '- `labels.tsv`: `path  label  category  description` (path relative to this directory)', '',
         'Every message starts with the headers written by the receiving MX `mx.example.net` (Return-Path, Delivered-To,',
         'Authentication-Results, Received), followed by the sender side\'s Received line(s), DKIM-Signature(s) and the',
         'client\'s own headers. Authentication results follow the sender set-up: platforms, free-mail and compromised',
         'or look-alike domains pass; spoofs from rented servers fail/softfail; mailing-list copies show a broken original',
         'DKIM signature.', '',
         '## Spam categories (160)', '', '| category | n | description |', '|---|---:|---|']
    for (label, cat), n in cnt.items():
        if label == 'spam':
            L.append('| %s | %d | %s |' % (cat, n, SPAM_DESC[cat]))
    L += ['', '## Ham categories (160)', '', '| category | n | description |', '|---|---:|---|']
    for (label, cat), n in cnt.items():
        if label == 'ham':
            L.append('| %s | %d | %s |' % (cat, n, HAM_DESC[cat]))
    L += ['', 'Spam and ham categories are pairwise twins (same row order in both tables).', '',
          '## Sender set-ups / clients', '',
          'Each spam category and its ham twin use the same sequence of sender set-ups, so the client or service alone says',
          'nothing about the label.', '', '| set-up | spam | ham | description |', '|---|---:|---:|---|']
    for s in SETUP_DESC:
        L.append('| %s | %d | %d | %s |' % (s, stats['clients']['spam'].get(s, 0), stats['clients']['ham'].get(s, 0), SETUP_DESC[s]))
    L += ['', 'Client styles reproduced: Google Calendar, Exchange Online/Outlook/Teams, Outlook desktop, Apple iCloud,',
          'Thunderbird/Lightning, Zoom, Nextcloud, Zimbra, Yahoo, SOGo, SaaS notification mailers, booking engines,',
          'Mailman 3/Sympa list copies and hand-rolled tools (missing METHOD, method parameter disagreeing with METHOD,',
          'unfolded or sloppily folded lines, unescaped text, bare LF inside base64 calendar parts).', '',
          '## Languages', '', '| language | spam | ham |', '|---|---:|---:|']
    for l in LANG_NAMES:
        L.append('| %s | %d | %d |' % (LANG_NAMES[l], stats['langs']['spam'].get(l, 0), stats['langs']['ham'].get(l, 0)))
    L += ['', 'Charsets used for text parts: ' + ', '.join('%s (%d)' % (k, v) for k, v in sorted(stats['cs'].items())) + '.',
          'Transfer encodings: 7bit, 8bit, quoted-printable and base64.', '',
          '## Arrival years', '', '| year | spam | ham |', '|---|---:|---:|']
    for y in range(2016, 2027):
        L.append('| %d | %d | %d |' % (y, stats['years']['spam'].get(y, 0), stats['years']['ham'].get(y, 0)))
    L += ['', '## Notes', '',
          '- QR codes are QR-looking PNG images (finder patterns plus random modules); they do not decode.',
          '- Attached PDFs/DOCX files are small placeholders; HTML/SVG attachments in spam contain a base64-encoded redirect to the lure URL.',
          '- Platform notifications are modelled on how such services mail (sender, DKIM domain, MIME layout), not copied from real mail.',
          '', '## Licence', '', 'CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated by the author of gen.py.', '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
