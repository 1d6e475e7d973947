#!/usr/bin/env python3
"""Generate the holdout27 calendar-invitation exam corpus (deterministic).

usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)
"""
import datetime as dt
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h27 import clients as C            # noqa: E402
from h27 import trace as T              # noqa: E402
from h27 import tz as TZ                # noqa: E402
from h27.people import People, FREEMAIL  # noqa: E402
from h27.mime import Part, text_part    # noqa: E402
from h27.enc import can_encode          # noqa: E402
from h27 import spam as SPAM            # noqa: E402
from h27 import ham as HAM              # noqa: E402

SEED = 27042711

CLIENT_QUOTA = {'google': 30, 'outlook': 32, 'apple': 14, 'thunderbird': 11, 'zimbra': 10, 'sogo': 6,
                'nextcloud': 8, 'yahoo': 6, 'zoom': 6, 'custom': 23, 'list': 10, 'gmail': 4}

LEGACY = {
    'en': ['us-ascii', 'iso-8859-1', 'windows-1252'], 'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'es': ['iso-8859-1', 'windows-1252'],
    'it': ['iso-8859-1', 'windows-1252'], 'pt': ['iso-8859-1', 'windows-1252'], 'nl': ['iso-8859-1', 'windows-1252'],
    'sv': ['iso-8859-1', 'windows-1252'], 'pl': ['iso-8859-2', 'windows-1250'], 'cs': ['iso-8859-2', 'windows-1250'],
    'tr': ['iso-8859-9', 'windows-1254'], 'ru': ['koi8-r', 'windows-1251'], 'el': ['iso-8859-7', 'windows-1253'],
    'ar': ['windows-1256', 'iso-8859-6'], 'he': ['windows-1255', 'iso-8859-8'], 'zh': ['gb2312', 'gbk', 'gb18030'],
    'zh-TW': ['big5'], 'ja': ['iso-2022-jp', 'shift_jis', 'euc-jp'], 'ko': ['euc-kr', 'ks_c_5601-1987'],
    'hi': ['utf-8'], 'th': ['tis-620', 'windows-874'],
}

JUNK_SYL = ['kal', 'vo', 'ren', 'tix', 'mo', 'ra', 'quen', 'lux', 'zo', 'pri', 'net', 'via', 'bel', 'dor', 'sa',
            'fi', 'gor', 'ne', 'xa', 'li', 've', 'tra', 'mi', 'on', 'ka', 'nu', 'el']
JUNK_TLD = ['xyz', 'top', 'shop', 'online', 'site', 'store', 'click', 'info', 'live', 'buzz', 'icu', 'cfd', 'sbs',
            'world', 'fun', 'life', 'pro', 'cc', 'net', 'com']
LOOK_WORD = ['secure', 'verify', 'review', 'portal', 'account', 'support', 'notice', 'center', 'docs', 'billing',
             'access', 'signin', 'online', 'service', 'help', 'auth', 'files', 'share', 'mail', 'update']
LOOK_TLD = ['com', 'net', 'info', 'online', 'site', 'app', 'live', 'co', 'support', 'cloud', 'us', 'org', 'io', 'pro']

CLIENT_STYLE = {'google': 'google', 'gmail': 'google', 'apple': 'apple', 'thunderbird': 'mozilla',
                'zimbra': 'zimbra', 'sogo': 'sogo', 'nextcloud': 'sabre', 'yahoo': 'yahoo', 'zoom': 'zoom',
                'custom': 'custom'}

CUSTOM_PRESETS = [
    # (name, config)
    ('phpmailer', {'layout': 'alt', 'mailer': 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)', 'cal_cte': 'base64',
                   'hdr_order': ['date', 'to', 'from', 'reply', 'subject', 'mid', 'mailer', 'mime']}),
    ('phpmailer-mixed', {'layout': 'mixed-alt', 'mailer': 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)',
                         'cal_cte': 'base64', 'calname': 'invite.ics', 'disp': 'attachment',
                         'hdr_order': ['date', 'to', 'from', 'reply', 'subject', 'mid', 'mailer', 'mime']}),
    ('single', {'layout': 'single', 'cal_cte': '7bit', 'hdr_order': ['from', 'to', 'subject', 'date', 'mid', 'mime']}),
    ('single-qp', {'layout': 'single', 'cal_cte': 'quoted-printable', 'hdr_order': ['mime', 'from', 'to', 'subject', 'date', 'mid']}),
    ('nodemailer', {'layout': 'mixed-alt', 'cal_cte': 'base64', 'calname': 'event.ics', 'disp': 'attachment',
                    'hdr_order': ['from', 'to', 'subject', 'mid', 'date', 'mime'], 'nm': True}),
    ('python', {'layout': 'mixed', 'cal_cte': 'base64', 'calname': 'invite.ics', 'disp': 'attachment',
                'hdr_order': ['subject', 'from', 'to', 'date', 'mid', 'mime'], 'py': True}),
    ('dotnet', {'layout': 'alt', 'cal_cte': 'base64', 'hdr_order': ['mime', 'from', 'to', 'date', 'subject', 'mid'],
                'dotnet': True}),
    ('javamail', {'layout': 'mixed-alt', 'cal_cte': 'base64', 'calname': 'appointment.ics', 'disp': 'attachment',
                  'hdr_order': ['date', 'from', 'reply', 'to', 'mid', 'subject', 'mime'], 'java': True}),
    ('htmlics', {'layout': 'mixed-htmlonly', 'cal_cte': 'base64', 'calname': 'calendar.ics', 'disp': 'attachment',
                 'cal_ctype': 'application/ics', 'hdr_order': ['from', 'reply', 'to', 'subject', 'date', 'mid', 'mime']}),
]

LIB_PRODIDS = ['-//eluceo/ical//2.0/EN', '-//sebbo.net//ical-generator//EN', '-//Ben Fortuna//iCal4j 1.0//EN',
               '-//Ical.Net//NONSGML ical.net 4.0//EN', '-//My calendar product//mxm.dk//', 'icalendar-ruby',
               '-//Sabre//Sabre VObject 4.5.4//EN', '-//ZContent.net//Zap Calendar 1.0//EN',
               '-//PHP//iCalcreator 2.41.71//EN', '-//Events Calendar//iCal4j 1.0//EN']


FORGED_PRODIDS = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
                  '-//Google Inc//Google Calendar 70.9054//EN', '-//Apple Inc.//Mac OS X 10.13.6//EN',
                  '-//ical.marudot.com//iCal Event Maker', '-//Calendar Labs//Calendar 1.0//EN']


def lang_base(lang):
    return 'zh' if lang == 'zh-TW' else lang


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.P = People(rng)

    # ------------------------------------------------------------ helpers
    def tok(self, n=None):
        r = self.rng
        return C.alnum(r, n or r.randint(8, 16))

    def junk_domain(self):
        r = self.rng
        w = ''.join(r.choice(JUNK_SYL) for _ in range(r.randint(2, 3)))
        if r.random() < 0.3:
            w += str(r.randint(1, 99))
        return w + '.' + r.choice(JUNK_TLD)

    def lookalike(self, brand):
        r = self.rng
        b = brand.lower().replace(' ', '')
        w = r.choice(LOOK_WORD)
        t = r.choice(LOOK_TLD)
        pat = r.randrange(6)
        if pat == 0:
            return '%s-%s.%s' % (b, w, t)
        if pat == 1:
            return '%s-%s.%s' % (w, b, t)
        if pat == 2:
            return '%s%s.%s' % (b, w, t)
        if pat == 3:
            return '%s-%s%d.%s' % (b, w, r.randint(2, 99), t)
        if pat == 4:
            sub = {'o': '0', 'l': '1', 'i': 'l', 'm': 'rn', 'e': 'e'}
            chars = list(b)
            idx = [i for i, ch in enumerate(chars) if ch in sub]
            if idx:
                i = r.choice(idx)
                chars[i] = sub[chars[i]]
            return '%s-%s.%s' % (''.join(chars), w, t)
        return '%s.%s-%s.%s' % (w, b, r.choice(LOOK_WORD), t)

    def typo_domain(self, d):
        r = self.rng
        name, _, tld = d.partition('.')
        pat = r.randrange(4)
        if pat == 0 and 'l' in name:
            i = name.index('l')
            name = name[:i] + 'i' + name[i + 1:]
        elif pat == 1 and 'm' in name:
            name = name.replace('m', 'rn', 1)
        elif pat == 2 and '-' in name:
            name = name.replace('-', '', 1)
        else:
            name = name + r.choice(['-group', '-inc', 's', '-de', '-corp', '-mail'])
        tld = r.choice([tld, 'com', 'co', 'net']) if pat != 3 else tld
        return name + '.' + tld

    def phone(self, lang, kind='any'):
        r = self.rng
        if kind == 'tollfree' or (lang == 'en' and kind == 'any'):
            return r.choice(['+1 (%d) 555-%04d', '1-%d-555-%04d', '+1 %d 555 %04d', '(%d) 555-%04d']) % (
                r.choice([800, 833, 844, 855, 866, 877, 888]), r.randint(100, 199))
        fmt = {
            'de': '+49 %d %d' % (r.choice([30, 40, 89, 69, 221]), r.randint(1000000, 9999999)),
            'fr': '+33 %d %02d %02d %02d %02d' % (r.choice([1, 9, 4]), r.randint(10, 99), r.randint(10, 99), r.randint(10, 99), r.randint(10, 99)),
            'es': '+34 9%d %03d %03d' % (r.randint(1, 8), r.randint(100, 999), r.randint(100, 999)),
            'it': '+39 0%d %d' % (r.choice([2, 6, 11, 55]), r.randint(1000000, 9999999)),
            'pt': '+55 11 %d-%04d' % (r.randint(3000, 3999), r.randint(0, 9999)),
            'nl': '+31 %d %d' % (r.choice([20, 10, 30]), r.randint(1000000, 9999999)),
            'pl': '+48 %d %03d %02d %02d' % (r.choice([22, 12, 61]), r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
            'sv': '+46 8 %03d %02d %02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
            'tr': '+90 212 %03d %02d %02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
            'cs': '+420 2%02d %03d %03d' % (r.randint(10, 99), r.randint(100, 999), r.randint(100, 999)),
            'ru': '+7 (495) %03d-%02d-%02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
            'el': '+30 210 %07d' % r.randint(1000000, 9999999),
            'ar': '+971 4 %03d %04d' % (r.randint(100, 999), r.randint(1000, 9999)),
            'he': '+972 3-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)),
            'zh': '+86 10 %04d %04d' % (r.randint(1000, 9999), r.randint(1000, 9999)),
            'zh-TW': '+886 2 %04d %04d' % (r.randint(1000, 9999), r.randint(1000, 9999)),
            'ja': '03-%04d-%04d' % (r.randint(1000, 9999), r.randint(1000, 9999)),
            'ko': '02-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)),
            'hi': '+91 %05d %05d' % (r.randint(70000, 99999), r.randint(10000, 99999)),
            'th': '02-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)),
        }
        return fmt.get(lang) or '+44 20 7946 0%03d' % r.randint(0, 999)

    # ------------------------------------------------------------ main
    def arrival(self, e, cat):
        r = self.rng
        y0, y1 = e.get('years') or cat.get('years', (2016, 2026))
        start = dt.datetime(y0, 1, 1)
        end = min(dt.datetime(y1, 12, 31, 23, 59), dt.datetime(2026, 11, 28, 23, 0))
        span = int((end - start).total_seconds())
        return start + dt.timedelta(seconds=r.randrange(span))

    def build(self, e, cat, client, label, idx):
        r = self.rng
        lang = e['lang']
        m = {'label': label, 'category': e['cat'], 'lang': lang, 'client': client}
        inner_client = None
        if client == 'list':
            inner_client = e.get('list_inner') or r.choice(['google', 'outlook', 'thunderbird', 'apple', 'zimbra', 'custom', 'sogo'])
            if inner_client == 'custom' and e.get('mode') in ('reply', 'cancel', 'counter', 'forward'):
                inner_client = 'thunderbird'
        rc = inner_client or client
        arrival = self.arrival(e, cat)
        if rc == 'zoom' and arrival.year < 2020:
            arrival = arrival.replace(year=r.randint(2020, 2026))
        if arrival > dt.datetime(2026, 11, 28):
            arrival = arrival.replace(year=2025)
        m['arrival'] = arrival
        zone = e.get('tz') or self.P.zone(lang)
        # --- recipient
        rp = self.P.person(e.get('rlang', lang))
        rkind = e.get('rcpt') or cat.get('rcpt') or r.choice(['org', 'org', 'free'])
        if rkind == 'org':
            rorg = self.P.org(lang_base(lang) if lang != 'zh-TW' else 'zh-TW')
            remail = self.P.local(rp).lower() + '@' + rorg['domain']
        else:
            rorg = {'name': '', 'domain': ''}
            remail = self.P.free_addr(rp).lower()
            rorg['domain'] = remail.split('@')[1]
        remail = remail.lower()
        rname = rp['full']
        # --- sender
        sk = self.pick_sk(e, cat, rc, label)
        sp = self.P.person(e.get('slang', lang))
        send = self.sender(e, cat, rc, sk, sp, rp, rorg, remail, label)
        m.update(send)
        # --- context for placeholders
        local_arr = TZ.from_utc(zone, arrival)
        off_days = e.get('days') or cat.get('days') or ((0, 6) if label == 'spam' else (2, 30))
        sday = local_arr.date() + dt.timedelta(days=r.randint(*off_days))
        if e.get('far'):
            sday = sday.replace(year=sday.year + e['far'] if not (sday.month == 2 and sday.day == 29) else sday.year + e['far'])
        hour = e.get('hour') or r.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
        minute = r.choice([0, 0, 0, 30, 30, 15, 45]) if not e.get('hour') else e.get('minute', 0)
        start = dt.datetime.combine(sday, dt.time(hour, minute))
        dur = e.get('dur') or r.choice([30, 30, 45, 60, 60, 60, 90])
        end = start + dt.timedelta(minutes=dur)
        lookdom = e.get('lookdom') or send.get('lookdom') or self.lookalike(e.get('brand') or r.choice(['secure', 'doc', 'mail', 'cloud']))
        ctx = {
            'rname': rname, 'rfirst': rp['first'], 'remail': remail, 'rorg': rorg.get('name') or rorg['domain'],
            'rdom': rorg['domain'], 'sname': send['from'][0] or '', 'sfirst': send.get('sfirst', ''),
            'sorg': send.get('sorg', ''), 'semail': send['from'][1], 'tok': self.tok(), 'tok2': self.tok(24),
            'tok3': self.tok(6).upper(), 'lookdom': lookdom, 'junk': self.junk_domain(),
            'phone': e.get('phone_fixed') or self.phone(lang, e.get('phone', 'any')),
            'phone2': self.phone(lang, 'tollfree'),
            'code': ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6)),
            'num': str(r.randint(100000, 999999)), 'num4': str(r.randint(1000, 9999)),
            'date': self.fmt_date(lang, start), 'time': '%02d:%02d' % (start.hour, start.minute),
            'date2': self.fmt_date(lang, start + dt.timedelta(days=e.get('gap', 3))),
            'year': str(start.year), 'meet': 'https://meet.google.com/%s-%s-%s' % (C.alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz'), C.alnum(r, 4, 'abcdefghijkmnopqrstuvwxyz'), C.alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')),
            'zoom': 'https://us%02dweb.zoom.us/j/%d?pwd=%s' % (r.choice([2, 4, 5, 6]), r.randint(81000000000, 89999999999), C.alnum(r, 32)),
            'teamsurl': 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % C.alnum(r, 48),
            'ip': T.ip(r), 'cphone': self.phone(lang, 'local'),
        }
        for k, v in (e.get('vars') or {}).items():
            ctx[k] = self.fill(v, ctx) if isinstance(v, str) else (r.choice(v) if isinstance(v, list) else v)

        def F(key, default=None):
            v = e.get(key, default)
            if isinstance(v, str):
                return self.fill(v, ctx)
            if isinstance(v, list) and v and isinstance(v[0], str):
                return [self.fill(x, ctx) for x in v]
            return v

        # --- event
        style = CLIENT_STYLE.get(rc) or ('outlook' if send.get('flavor') == 'desktop' else 'exchange')
        if rc == 'apple':
            style = 'icloud' if send.get('flavor') == 'icloud' else 'apple'
        ev = {'uid': self.uid(style, send['from'][1]), 'summary': F('summary'), 'description': F('desc'),
              'location': F('loc'), 'url': F('u') if e.get('u_prop', True) and e.get('u') and e.get('urlprop') else None,
              'start': start, 'end': end, 'tz': zone, 'dtstamp': arrival - dt.timedelta(seconds=r.randint(30, 400)),
              'sequence': e.get('seq', 0), 'status': e.get('status', 'CONFIRMED'),
              'transp': e.get('transp', 'OPAQUE'), 'priority': e.get('priority', 5), 'class': e.get('class', 'PUBLIC')}
        if e.get('urlprop'):
            ev['url'] = F('urlprop')
        ev['created'] = ev['dtstamp'] - dt.timedelta(minutes=r.randint(1, 3000))
        ev['last_modified'] = ev['dtstamp'] - dt.timedelta(seconds=r.randint(0, 50))
        if e.get('allday'):
            ev['allday'] = True
            ev['start'] = dt.datetime.combine(sday, dt.time(0))
            ev['end'] = ev['start'] + dt.timedelta(days=e.get('alldays', 1))
        if e.get('utc'):
            ev['utc'] = True
        if e.get('rrule'):
            ev['rrule'] = F('rrule')
        if e.get('attach'):
            a = e['attach']
            ev['attach'] = [dict((k, self.fill(v, ctx)) for k, v in x.items()) if isinstance(x, dict) else self.fill(x, ctx)
                            for x in (a if isinstance(a, list) else [a])]
        if e.get('conf'):
            ev['conference'] = {'url': F('conf'), 'label': F('conflabel')}
        if e.get('alt'):
            ev['x_alt_desc'] = F('alt')
        if e.get('todo'):
            ev['comp'] = 'VTODO'
            ev['due'] = ev['end']
            ev['end'] = None
            ev.pop('transp')
            ev['status'] = e.get('status', 'NEEDS-ACTION')
        if e.get('xprops'):
            ev['xprops'] = [(k, self.fill(v, ctx)) for k, v in e['xprops']]
        if e.get('comment'):
            ev['comment'] = F('comment')
        if e.get('categories'):
            ev['categories'] = e['categories']
        # organizer & attendees
        mode = e.get('mode', 'invite')
        orgname, orgmail = send['org']
        att_r = {'name': rname if rc not in ('google',) else remail, 'email': remail, 'lang': lang_base(lang)}
        if mode in ('reply', 'counter'):
            ev['organizer'] = {'name': rname, 'email': remail}
            ps = e.get('partstat', 'ACCEPTED')
            ev['attendees'] = [{'name': orgname, 'email': orgmail, 'partstat': ps, 'rsvp': 'FALSE' if rc != 'google' else 'TRUE'}]
            if mode == 'counter':
                ev['start'] = ev['start'] + dt.timedelta(hours=r.choice([1, 2, 24, 26]))
                ev['end'] = ev['start'] + dt.timedelta(minutes=dur)
        else:
            ev['organizer'] = {'name': orgname, 'email': orgmail}
            if e.get('sent_by'):
                ev['organizer']['sent_by'] = send['from'][1]
            atts = []
            if rc == 'google':
                atts.append({'name': orgmail, 'email': orgmail, 'partstat': 'ACCEPTED'})
            if rc in ('apple',) or (rc == 'custom' and r.random() < 0.3):
                atts.append({'name': orgname, 'email': orgmail, 'partstat': 'ACCEPTED', 'role': 'CHAIR'})
            if not e.get('no_rcpt_attendee'):
                atts.append(att_r)
            for i in range(e.get('others', r.choice([0, 0, 1, 2, 3]) if cat.get('others') else 0)):
                op = self.P.person(lang)
                dom = rorg['domain'] if (rkind == 'org' and r.random() < 0.6) else send['from'][1].split('@')[1]
                em = self.P.local(op).lower() + '@' + dom
                atts.append({'name': op['full'] if rc != 'google' else em, 'email': em, 'lang': lang_base(lang)})
            n_mass = e.get('mass', 0)
            if n_mass:
                mass = self.mass_list(n_mass, remail, lang)
                for em in mass:
                    atts.append({'name': em if rc in ('google',) else None, 'email': em,
                                 'bare': r.random() < 0.5, 'lang': 'en'})
                r.shuffle(atts)
            ev['attendees'] = atts
        if mode == 'forward':
            # the forwarded invitation was organised by someone else; the forwarder is a guest
            op = self.P.person(lang)
            odom = send['from'][1].split('@')[1] if send['sk'] != 'free' else self.P.org(lang_base(lang) if lang != 'zh-TW' else 'zh-TW')['domain']
            oname = self.fill(e['orgname'], ctx) if e.get('orgname') else op['full']
            from h27.people import ascii_name
            olocal = self.P.local(op).lower() if not e.get('orgname') else '.'.join(ascii_name(x) for x in oname.split()[:2])
            ev['organizer'] = {'name': oname, 'email': olocal + '@' + odom}
            fw = {'name': send['from'][0] if rc != 'google' else send['from'][1], 'email': send['from'][1], 'lang': lang_base(lang)}
            ev['attendees'] = [fw] + [a for a in ev['attendees'] if a['email'] != remail]
            if rc == 'outlook':
                ev['attendees'].append(att_r)
            if rc == 'thunderbird':
                ev['uid'] = self.uid(e.get('fwd_inner_style', 'exchange'), ev['organizer']['email'])
        if mode == 'cancel':
            ev['status'] = 'CANCELLED'
            ev['sequence'] = max(1, ev['sequence'])
        # alarms
        ev['alarms'] = self.alarms(e, rc, style, ev, r)
        events = [ev]
        for k, xe in enumerate(e.get('extra', [])):
            ev2 = dict(ev)
            ev2['uid'] = self.uid(style, send['from'][1])
            ev2['summary'] = self.fill(xe.get('summary', e['summary']), ctx)
            if 'desc' in xe:
                ev2['description'] = self.fill(xe['desc'], ctx)
            if 'loc' in xe:
                ev2['location'] = self.fill(xe['loc'], ctx)
            shift = dt.timedelta(days=xe.get('days', k + 1), hours=xe.get('hours', 0))
            ev2['start'] = ev['start'] + shift
            ev2['end'] = (ev['end'] + shift) if ev.get('end') else None
            if xe.get('dur'):
                ev2['end'] = ev2['start'] + dt.timedelta(minutes=xe['dur'])
            if xe.get('tz'):
                ev2['tz'] = xe['tz']
            if 'rrule' in xe:
                ev2['rrule'] = xe['rrule']
            if xe.get('alarms') is not None:
                ev2['alarms'] = self.alarms(xe, rc, style, ev2, r)
            events.append(ev2)
        if e.get('teams') and rc in ('outlook',):
            ttxt, thtm, turl = C.teams_block(lang, r)
            m['teams'] = (ttxt, thtm, turl)
            ev['location'] = ev.get('location') or 'Microsoft Teams Meeting'
            ev['xprops'] = ev.get('xprops', []) + [('X-MICROSOFT-SKYPETEAMSMEETINGURL', turl),
                                                   ('X-MICROSOFT-ONLINEMEETINGCONFLINK', 'conf:sip:%s\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s' % (orgmail, C.alnum(r, 40), C.uuid(r), C.uuid(r))),
                                                   ('X-MICROSOFT-ONLINEMEETINGINFORMATION', '{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')]
            if ev.get('description'):
                ev['description'] = ev['description'] + '\n\n' + ttxt.replace('<', ' <')
            else:
                ev['description'] = ttxt
        if e.get('gmeet') and rc in ('google',):
            ev['conference'] = {'url': ctx['meet']}
            block = ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                     'Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                     'Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % ctx['meet'])
            ev['description'] = ((ev.get('description') or '') + '\n\n' + block).strip()
        # calendar object
        method = e.get('method', cat.get('method', 'REQUEST'))
        if mode == 'reply':
            method = 'REPLY'
        elif mode == 'cancel':
            method = 'CANCEL'
        elif mode == 'counter':
            method = 'COUNTER'
        cal = {'style': style, 'method': method, 'events': events, 'lang': lang_base(lang) if lang != 'zh-TW' else 'zh-TW',
               'quirks': set(e.get('quirks', []))}
        if style == 'icloud':
            cal['prodid'] = '-//CALENDARSERVER.ORG//NONSGML Version 1//EN' if r.random() < 0.5 else self.apple_prodid(arrival.year, r.choice(['ios', 'mac']))
        if style == 'apple':
            cal['prodid'] = self.apple_prodid(arrival.year, send.get('flavor'))
        if style == 'sabre' and r.random() < 0.4:
            cal['prodid'] = '-//Sabre//Sabre VObject 4.%d.%d//EN' % (r.randint(1, 5), r.randint(0, 9))
        if style == 'mozilla' and r.random() < 0.25:
            cal['prodid'] = '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'
        if style == 'custom':
            self.custom_cfg(e, cal, m, label, ctx, send)
        if e.get('prodid'):
            cal['prodid'] = self.fill(e['prodid'], ctx)
        if e.get('calprops'):
            cal['calprops'] = [self.fill(x, ctx) for x in e['calprops']]
        m['cal'] = cal
        m['mode'] = mode
        m['rcpt'] = (rname, remail)
        m['to'] = [(rname if r.random() < 0.7 else None, remail)]
        if e.get('to_many'):
            extra = self.mass_list(e['to_many'], remail, lang)
            m['to'] = [(None, x) for x in extra[: e['to_many'] // 2]] + m['to'] + [(None, x) for x in extra[e['to_many'] // 2:]]
        if e.get('to_undisclosed'):
            m['to'] = []
        if e.get('cc_colleague'):
            op = self.P.person(lang)
            m['cc'] = [(op['full'], self.P.local(op).lower() + '@' + (rorg['domain'] if rkind == 'org' else send['from'][1].split('@')[1]))]
        m['tzlabel'] = zone
        m['date'] = arrival - dt.timedelta(seconds=r.randint(3, 90))
        if e.get('date_skew'):
            m['date'] = m['date'] + dt.timedelta(hours=e['date_skew'])
        m['sender_off'] = TZ.offset(zone, local_arr)
        m['note'] = F('note')
        m['html_note'] = F('html')
        m['subject'] = F('subj')
        m['comment'] = F('comment')
        m['charset'] = self.charset(lang, rc, e)
        if e.get('cte'):
            m['cte'] = e['cte']
        if e.get('raw8'):
            m['raw8_headers'] = True
        if e.get('reply_to'):
            m['reply_to'] = (None, self.fill(e['reply_to'], ctx))
        if mode == 'forward':
            self.prep_forward(m, e, ctx, send, rc, lang)
        m['custom'] = m.get('custom') or {}
        # --- render
        if rc == 'nextcloud':
            m['nc_host'] = send['nc_host']
            m['nc_from'] = send['nc_from']
            m['nc_name'] = send.get('nc_name', 'Nextcloud')
        m['flavor'] = send.get('flavor')
        m['desc_line'] = self.fill(e.get('d', ''), ctx)
        H_, root = self.render(m, rc)
        fromline = [h for h in H_ if h.startswith('From:')][0]
        hfrom = re.findall(r'<([^>]+)>', fromline)
        hfrom = hfrom[-1] if hfrom else fromline.split(':', 1)[1].strip()
        if m.get('ms_fqdn'):
            send['opts']['ms_fqdn'] = m['ms_fqdn']
        prof = T.profile(r, send['kind'], rc, hfrom if send['kind'] not in ('google',) else hfrom, remail, arrival, lang,
                         send.get('opts'))
        if send['kind'] == 'google':
            prof.from_domain = hfrom.split('@')[1]
        if client == 'list':
            H_, root, prof = self.listify(m, e, H_, root, prof, remail, arrival, ctx, label)
        if e.get('mx_tls') is False:
            prof.tls = False
        top = T.mx_headers(prof, remail, arrival, r) + prof.arc + prof.received + prof.sign + prof.extra
        return m, top, H_, root

    def render(self, m, rc):
        try:
            return C.RENDER[rc](m, self.rng)
        except UnicodeEncodeError:
            m['charset'] = 'utf-8'
            m['cal'].pop('enc', None)
            if m.get('custom'):
                m['custom']['ics_charset'] = 'utf-8'
            return C.RENDER[rc](m, self.rng)

    # ------------------------------------------------------------
    def fill(self, s, ctx):
        if s is None:
            return None
        return re.sub(r'\{(\w+)\}', lambda mo: str(ctx.get(mo.group(1), mo.group(0))), s)

    def fmt_date(self, lang, d):
        from h27.ui import when
        return when(lang, d, d, '', True)

    def uid(self, style, sender):
        r = self.rng
        if style == 'google':
            return C.alnum(r, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'
        if style in ('exchange', 'outlook'):
            return '040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s' % (C.hexs(r, 16, True), C.hexs(r, 33, True))
        if style in ('apple', 'icloud'):
            return C.uuid(r, True)
        if style == 'sogo':
            return '%s-%s-%s-%s.ics' % (C.hexs(r, 4, True), C.hexs(r, 8, True), C.hexs(r, 1, True), C.hexs(r, 8, True))
        if style == 'yahoo':
            return '%s@yahoo.com' % C.alnum(r, 20).lower()
        if style == 'zoom':
            return 'ZOOM%d' % r.randint(80000000000, 89999999999)
        if style == 'custom':
            k = r.randrange(4)
            dom = sender.split('@')[1]
            if k == 0:
                return '%s@%s' % (C.hexs(r, 32), dom)
            if k == 1:
                return '%d-%d@%s' % (r.randint(10 ** 9, 2 * 10 ** 9), r.randint(1, 999), dom)
            if k == 2:
                return C.uuid(r)
            return C.alnum(r, 20)
        return C.uuid(r)

    def apple_prodid(self, year, flavor):
        mac = {2016: '10.11.6', 2017: '10.12.6', 2018: '10.13.6', 2019: '10.14.6', 2020: '10.15.7'}.get(year)
        if flavor == 'ios':
            ios = {2016: '10.2', 2017: '11.1.2', 2018: '12.1', 2019: '13.2.3', 2020: '14.2', 2021: '15.1',
                   2022: '16.1.1', 2023: '17.1.2', 2024: '18.1', 2025: '18.6.2', 2026: '26.1'}.get(year, '17.1.2')
            return '-//Apple Inc.//iPhone OS %s//EN' % ios
        if mac:
            return '-//Apple Inc.//Mac OS X %s//EN' % mac
        return '-//Apple Inc.//macOS %s//EN' % {2021: '11.6', 2022: '12.6', 2023: '13.5', 2024: '14.6.1', 2025: '15.5', 2026: '26.1'}.get(year, '14.2')

    def charset(self, lang, rc, e):
        r = self.rng
        if e.get('charset'):
            return e['charset']
        if rc in ('google', 'gmail', 'sogo', 'nextcloud', 'yahoo', 'zoom', 'zimbra'):
            return 'utf-8'
        if lang == 'en':
            p = {'outlook': 0.3, 'thunderbird': 0.15, 'custom': 0.35}.get(rc, 0)
        else:
            p = {'outlook': 0.55, 'apple': 0.8 if lang_base(lang) == 'ja' else 0.1, 'thunderbird': 0.45,
                 'custom': 0.6}.get(rc, 0)
        if r.random() < p:
            return r.choice(LEGACY.get(lang, ['utf-8']))
        return 'utf-8'

    def mass_list(self, n, remail, lang):
        r = self.rng
        out = []
        base = remail.split('@')[0]
        doms = list(FREEMAIL['en']) + FREEMAIL.get(lang, []) + [self.P.org(lang)['domain'] for _ in range(6)]
        for i in range(n):
            op = self.P.person(r.choice([lang, 'en']))
            em = (self.P.local(op) + (str(r.randint(1, 999)) if r.random() < 0.4 else '')).lower() + '@' + r.choice(doms)
            out.append(em)
        return out

    def alarms(self, e, rc, style, ev, r):
        spec = e.get('alarms')
        out = []
        if spec is None:
            dflt = {'google': [30] if r.random() < 0.6 else [], 'outlook': [15], 'apple': [15] if r.random() < 0.4 else [],
                    'thunderbird': [15] if r.random() < 0.3 else [], 'zimbra': [5], 'zoom': [10],
                    'custom': [r.choice([15, 30, 60, 1440])] if r.random() < 0.4 else []}.get(rc, [])
            spec = dflt
        for a in spec:
            if isinstance(a, int):
                trig = '-PT%dM' % a if style != 'google' else '-P0DT%dH%dM0S' % (a // 60, a % 60)
                if a >= 1440 and style != 'google':
                    trig = '-P%dD' % (a // 1440)
                out.append({'trigger': trig, 'uid': C.uuid(r, True), 'action': 'AUDIO' if style == 'apple' and r.random() < 0.5 else 'DISPLAY'})
            else:
                out.append(dict(a))
        return out

    def custom_cfg(self, e, cal, m, label, ctx, send):
        r = self.rng
        name, cfg = r.choice(CUSTOM_PRESETS)
        cfg = dict(cfg)
        if e.get('layout'):
            cfg['layout'] = e['layout']
        if cfg.get('mailer'):
            cfg['mailer'] = cfg['mailer'] % r.choice(['5.2.22', '6.0.7', '6.1.8', '6.5.0', '6.8.1', '6.9.1'])
        if cfg.get('nm'):
            cfg['boundary'] = '--_NmP-%s-Part_1' % C.hexs(r, 16)
            cfg['boundary2'] = '--_NmP-%s-Part_2' % C.hexs(r, 16)
            cfg['mid'] = '%s-%s-%s-%s@%s' % (C.hexs(r, 8), C.hexs(r, 4), C.hexs(r, 4), C.hexs(r, 12), send['from'][1].split('@')[1])
        if cfg.get('py'):
            cfg['boundary'] = '===============%019d==' % r.randint(10 ** 18, 10 ** 19 - 1)
            cfg['mid'] = '%d.%d.%d@%s' % (r.randint(10 ** 17, 10 ** 18), r.randint(1000, 99999), r.randint(10 ** 15, 10 ** 16), r.choice(['localhost', 'ip-10-0-1-%d' % r.randint(2, 250), 'app%d' % r.randint(1, 9)]))
        if cfg.get('dotnet'):
            cfg['boundary'] = '--boundary_%d_%s' % (r.randint(0, 9), C.uuid(r))
        if cfg.get('java'):
            cfg['boundary'] = '----=_Part_%d_%d.%d' % (r.randint(1, 99999), r.randint(10 ** 8, 10 ** 9), int(m['arrival'].timestamp() * 1000))
            cfg['boundary2'] = '----=_Part_%d_%d.%d' % (r.randint(1, 99999), r.randint(10 ** 8, 10 ** 9), int(m['arrival'].timestamp() * 1000))
        ev = cal['events'][0]
        if r.random() < 0.5:
            keys = ['uid', 'dtstamp', 'start', 'end', 'summary', 'description', 'location', 'url', 'organizer',
                    'attendees', 'status', 'seq', 'alarms']
            if r.random() < 0.5:
                keys = ['dtstamp', 'start', 'end', 'summary', 'uid', 'organizer', 'attendees', 'description', 'location',
                        'url', 'class', 'priority', 'seq', 'status', 'transp', 'alarms']
            if r.random() < 0.3:
                keys = ['summary', 'description', 'start', 'end', 'location', 'url', 'organizer', 'attendees', 'uid',
                        'dtstamp', 'created', 'lastmod', 'alarms']
            for x in cal['events']:
                x['order'] = keys
        prodid = e.get('prodid')
        if not prodid:
            pool = LIB_PRODIDS + ['-//%s//%s//EN' % (send.get('sorg') or 'Events', r.choice(['Calendar', 'Booking', 'Event', 'Scheduler 2.1', 'NONSGML v1.0']))] * 3
            if label == 'spam':
                # hand-rolled tools often copy a PRODID from somewhere
                pool += FORGED_PRODIDS
            prodid = r.choice(pool)
        cal['prodid'] = prodid
        if r.random() < 0.3:
            cal['head_order'] = r.choice([['version', 'prodid', 'method'], ['prodid', 'version', 'calscale', 'method'],
                                          ['method', 'prodid', 'version']])
        q = set(e.get('quirks', []))
        pq = 0.7 if label == 'spam' else 0.35
        QUIRKS = ['no-method', 'method-mismatch', 'fold-none', 'fold-long', 'fold-tab', 'fold-chars',
                  'lf-b64', 'no-vtimezone', 'no-dtstamp', 'mailto-upper', 'utc']
        if not e.get('clean') and r.random() < pq:
            q.add(r.choice(QUIRKS))
            if label == 'spam' and r.random() < 0.3:
                q.add(r.choice(QUIRKS))
        if 'method-mismatch' in q:
            cfg['ct_method'] = 'REQUEST' if cal['method'] != 'REQUEST' else 'PUBLISH'
        if 'no-method' in q:
            cfg['ct_method'] = cal['method'] or 'REQUEST'
        for fq in ('fold-none', 'fold-long', 'fold-tab', 'fold-chars'):
            if fq in q:
                cal['fold'] = fq.split('-')[1]
        if 'no-dtstamp' in q:
            ev['no_dtstamp'] = True
        if 'mailto-upper' in q:
            ev['organizer']['mailto_upper'] = True
        if 'utc' in q:
            for x in cal['events']:
                x['utc'] = True
        if 'lf-b64' in q:
            cfg['cal_cte'] = 'base64'
        if e.get('cu'):
            cfg.update(e['cu'])
        if m.get('charset') and r.random() < 0.25 and m['charset'] not in ('us-ascii',):
            cfg['ics_charset'] = m.get('charset')
        cal['quirks'] = q
        m['custom'] = cfg

    def prep_forward(self, m, e, ctx, send, rc, lang):
        r = self.rng
        m['fwd_from'] = send['from']
        m['fwd_sent'] = C.rfcdate(m['arrival'] - dt.timedelta(days=r.randint(1, 6), hours=r.randint(0, 8)))
        if rc == 'thunderbird':
            # render the original invitation with another client and attach it
            inner = dict(m)
            inner['mode'] = 'invite'
            inner['to'] = [(None, send['from'][1])]
            inner['rcpt'] = (send['from'][0], send['from'][1])
            inner['charset'] = 'utf-8'
            inner['flavor'] = 'exchange'
            inner['date'] = m['arrival'] - dt.timedelta(days=r.randint(1, 6))
            ic = 'outlook'
            inner['cal'] = dict(m['cal'])
            inner['cal']['style'] = 'google' if ic == 'google' else 'exchange'
            H_, root = C.RENDER[ic](inner, r)
            from h27.mime import message_text
            m['inner_raw'] = message_text(H_, root)
            subj = [h for h in H_ if h.startswith('Subject:')][0].split(':', 1)[1].strip()
            m['inner_subject'] = m['cal']['events'][0]['summary'] if not subj.isascii() or '=?' in subj else subj

    # ------------------------------------------------------------ sender set-up
    def pick_sk(self, e, cat, rc, label):
        r = self.rng
        prefs = e.get('sk') or cat.get('sk')
        ok = {
            'google': ['free', 'org', 'comp', 'look', 'brand'], 'outlook': ['free', 'org', 'comp', 'look', 'brand'],
            'apple': ['free', 'org', 'comp'], 'yahoo': ['free'], 'gmail': ['free', 'org', 'comp'],
            'thunderbird': ['free', 'org', 'comp', 'look', 'spoof', 'vps'],
            'zimbra': ['org', 'comp', 'free', 'look', 'spoof'], 'sogo': ['org', 'comp', 'look'],
            'nextcloud': ['org', 'comp', 'free', 'look'], 'zoom': ['free', 'org', 'comp', 'look', 'brand'],
            'custom': ['brand', 'org', 'comp', 'look', 'spoof', 'vps', 'free'],
        }[rc]
        cands = [x for x in prefs if x in ok]
        if not cands:
            cands = [x for x in ok if (x in ('free', 'comp', 'look') if label == 'spam' else x in ('free', 'org', 'brand'))]
        return r.choice(cands)

    def sender(self, e, cat, rc, sk, sp, rp, rorg, remail, label):
        """Return dict: from (name,email), org (organizer name,email), kind (trace kind), opts, flavor..."""
        r = self.rng
        lang = e.get('slang', e['lang'])
        out = {'sfirst': sp['first'], 'opts': {}}
        brand = e.get('brand')
        fname = e.get('fromname')
        local = None
        # domain by sender kind
        if sk == 'free':
            dom = {'google': 'gmail.com', 'gmail': 'gmail.com', 'yahoo': r.choice(['yahoo.com', 'yahoo.com', 'ymail.com', 'yahoo.co.uk', 'yahoo.fr']),
                   'apple': r.choice(['icloud.com', 'icloud.com', 'me.com', 'mac.com']),
                   'outlook': r.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com']),
                   'zoom': 'gmail.com'}.get(rc)
            if dom is None:
                if rc == 'zimbra':
                    dom = r.choice(['free.fr', 'laposte.net', 'zimbra.isp-mail.example', 'comcast.net'])
                elif rc == 'nextcloud':
                    dom = r.choice(['gmail.com', 'posteo.de', 'mailbox.org', 'gmx.de'])
                elif rc == 'custom':
                    dom = 'gmail.com'
                else:
                    dom = r.choice(FREEMAIL.get(lang, FREEMAIL['en']))
            out['sorg'] = ''
        elif sk in ('org', 'brand'):
            if e.get('sdom'):
                dom = e['sdom']
            elif e.get('same_org') and rorg.get('name') and rc in ('zimbra', 'sogo', 'nextcloud', 'thunderbird'):
                dom = rorg['domain']
            else:
                o = self.P.org(lang)
                dom = o['domain']
                out['sorg'] = o['name']
            if e.get('sorg'):
                out['sorg'] = e['sorg']
            out.setdefault('sorg', rorg.get('name', ''))
        elif sk == 'comp':
            o = self.P.org(r.choice([lang, lang, 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl']))
            dom = o['domain']
            out['sorg'] = o['name']
        elif sk == 'look':
            if e.get('look_rcpt') and rorg.get('name'):
                dom = self.typo_domain(rorg['domain'])
            else:
                dom = e.get('lookdom_send') or self.lookalike(brand or r.choice(['secure', 'docs', 'account']))
            out['lookdom'] = dom
            out['sorg'] = brand or ''
        elif sk == 'spoof':
            if e.get('spoof_rcpt'):
                dom = remail.split('@')[1]
            else:
                dom = e.get('spoof_dom') or (brand.lower().replace(' ', '') + '.com' if brand else self.junk_domain())
            out['sorg'] = brand or ''
        else:  # vps
            dom = e.get('vpsdom') or self.junk_domain()
            out['sorg'] = ''
        # mailbox
        if e.get('fromlocal'):
            local = self.fill(e['fromlocal'], {'n': str(r.randint(10, 9999)), 'first': sp.get('af', 'info'), 'last': sp.get('al', '')})
        elif e.get('spoof_rcpt') and sk == 'spoof':
            local = remail.split('@')[0] if r.random() < 0.6 else r.choice(['ceo', 'admin', 'info', 'office'])
        elif sk in ('free',):
            local = self.P.local(sp, r.choice(['f.l', 'fl99', 'f_l', 'l.f'])).lower()
        elif sk in ('look', 'spoof', 'vps') and brand:
            local = r.choice(['noreply', 'no-reply', 'support', 'service', 'notification', 'info', 'alerts', 'secure', 'team'])
        elif sk == 'brand':
            local = r.choice(['noreply', 'no-reply', 'booking', 'reservations', 'info', 'notifications', 'service'])
        else:
            local = self.P.local(sp).lower()
        email = local + '@' + dom
        name = self.fill(fname, {'first': sp['first'], 'last': sp['last'], 'full': sp['full']}) if fname else (
            sp['full'] if sk not in ('brand',) else (out.get('sorg') or dom))
        if e.get('spoof_rcpt') and sk == 'spoof':
            name = rp['full'] if r.random() < 0.5 else None
        out['from'] = (name, email)
        # organiser: normally the sender; allow an explicit different organiser
        if e.get('orgname') or e.get('orglocal'):
            on = self.fill(e.get('orgname') or name, {'full': sp['full']})
            od = email.split('@')[1]
            oe = (e.get('orglocal') + '@' + od) if e.get('orglocal') else email
            out['org'] = (on, oe)
        else:
            out['org'] = (name, email)
        # trace kind
        kind = None
        opts = out['opts']
        if rc in ('google',):
            kind = 'google'
        elif rc == 'gmail':
            kind = 'gmail-smtp'
        elif rc == 'zoom':
            kind = 'zoom'
        elif rc == 'outlook':
            kind = 'outlookcom' if sk == 'free' else 'm365'
            out['flavor'] = e.get('flavor') or r.choice(['exchange', 'exchange', 'desktop'])
        elif rc == 'apple':
            if sk == 'free' or r.random() < 0.5:
                kind = 'icloud'
                out['flavor'] = r.choice(['icloud', 'ios', 'mac'])
            else:
                kind = 'own'
                out['flavor'] = r.choice(['ios', 'mac'])
        elif rc == 'yahoo':
            kind = 'yahoo'
        elif rc in ('thunderbird', 'zimbra', 'sogo', 'nextcloud'):
            if sk == 'free' and dom == 'gmail.com':
                kind = 'gmail-smtp'
            elif sk == 'free' and dom in ('icloud.com', 'me.com', 'mac.com'):
                kind = 'icloud'
            elif sk == 'free' and dom.startswith('yahoo.') or dom == 'ymail.com':
                kind = 'yahoo'
            elif sk == 'free' and dom.split('.')[0] in ('outlook', 'hotmail', 'live'):
                kind = 'outlookcom'
            elif sk in ('free', 'org', 'brand'):
                kind = 'own' if r.random() < 0.85 else 'own-nodkim'
            elif sk == 'comp':
                kind = 'own' if r.random() < 0.7 else 'own-nodkim'
            elif sk == 'look':
                kind = 'vps'
            elif sk == 'spoof':
                kind = r.choice(['spoof', 'spoof-softfail', 'spoof-none']) if not e.get('spoof_kind') else e['spoof_kind']
                opts['env_domain'] = dom if r.random() < 0.5 else self.junk_domain()
            else:
                kind = 'vps'
            if rc == 'zimbra':
                opts['amavis'] = True
                opts['host_prefix'] = r.choice(['zimbra', 'mail', 'mta', 'zmta1'])
            if rc == 'nextcloud':
                host = 'cloud.' + T.reg_domain(dom) if sk != 'free' else r.choice(['use%02d.thegood.cloud' % r.randint(1, 30), 'nx%d.your-storageshare.de' % r.randint(10000, 99999), 'cloud.mailbox.example'])
                out['nc_host'] = host
                out['nc_from'] = r.choice(['noreply', 'nextcloud', 'no-reply', 'cloud']) + '@' + (host if sk == 'free' else T.reg_domain(dom))
                out['nc_name'] = r.choice(['Nextcloud', 'Nextcloud', (out.get('sorg') or 'Cloud') + ' Cloud'])
        elif rc == 'custom':
            if sk in ('brand', 'org'):
                kind = r.choice(['esp', 'esp', 'own', 'own-nodkim'])
            elif sk == 'comp':
                kind = r.choice(['own', 'own-nodkim', 'own-softfail'])
                if kind == 'own-nodkim':
                    opts['no_dmarc'] = r.random() < 0.5
            elif sk == 'look':
                kind = r.choice(['vps', 'vps', 'esp'])
            elif sk == 'spoof':
                kind = e.get('spoof_kind') or r.choice(['spoof', 'spoof-softfail', 'spoof-none', 'spoof'])
                opts['env_domain'] = dom if r.random() < 0.4 else self.junk_domain()
                opts['dkim_other'] = r.random() < 0.4
            elif sk == 'vps':
                kind = r.choice(['vps', 'vps-nodkim'])
                if kind == 'vps-nodkim':
                    opts['spf'] = r.choice(['pass', 'none', 'neutral'])
                    opts['dmarc'] = 'none'
            else:
                kind = 'gmail-smtp'
        if e.get('kind'):
            kind = e['kind']
        if e.get('esp'):
            opts['esp'] = e['esp']
        out['kind'] = kind
        out['sk'] = sk
        return out

    # ------------------------------------------------------------ mailing list wrapper
    def listify(self, m, e, H_, root, prof, remail, arrival, ctx, label):
        r = self.rng
        lang = m['lang']
        li = e.get('list') or {}
        lname = self.fill(li.get('name', 'members'), ctx)
        ldom = self.fill(li.get('domain') or ('lists.' + self.P.org(lang)['domain']), ctx)
        lpost = '%s@%s' % (lname, ldom)
        gg = li.get('google') or (r.random() < 0.3 and not li.get('domain'))
        if gg:
            ldom = 'googlegroups.com'
            lpost = '%s@googlegroups.com' % lname
        # subject prefix
        newH = []
        munge = li.get('munge', r.random() < 0.5)
        orig_from = None
        for h in H_:
            if h.startswith('Subject:') and not gg:
                newH.append('Subject: [%s] %s' % (li.get('prefix', lname), h.split(':', 1)[1].strip()))
            elif h.startswith('From:') and munge:
                orig_from = h
                nm = re.findall(r'^From:\s*(.*?)\s*<', h, re.S)
                nm = nm[0].strip().strip('"') if nm else ''
                if '=?' in nm:
                    newH.append('From: %s via %s <%s>' % (nm, lname, lpost))
                else:
                    newH.append('From: "%s via %s" <%s>' % (nm or 'Member', lname, lpost))
            else:
                newH.append(h)
        if orig_from:
            newH.append('Reply-To: ' + orig_from.split(':', 1)[1].strip())
            newH.append('X-Original-From: ' + orig_from.split(':', 1)[1].strip())
        if gg:
            newH += ['Mailing-list: list %s; contact %s+owners@googlegroups.com' % (lpost, lname),
                     'List-ID: <%s.googlegroups.com>' % lname, 'X-Spam-Checked-In-Group: %s' % lpost,
                     'X-Google-Group-Id: %d' % r.randint(10 ** 11, 10 ** 12), 'List-Post: <https://groups.google.com/group/%s/post>, <mailto:%s>' % (lname, lpost),
                     'List-Help: <https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % lname,
                     'List-Archive: <https://groups.google.com/group/%s/>' % lname,
                     'List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>' % (r.randint(10 ** 11, 10 ** 12), lname)]
        else:
            newH += ['List-Id: %s <%s.%s>' % (self.fill(li.get('title', lname), ctx) if (li.get('title') or '').isascii() else lname, lname, ldom),
                     'List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>' % (ldom, lname, lname, ldom),
                     'List-Archive: <https://%s/pipermail/%s/>' % (ldom, lname), 'List-Post: <mailto:%s>' % lpost,
                     'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom),
                     'List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>' % (ldom, lname, lname, ldom),
                     'Errors-To: %s-bounces@%s' % (lname, ldom), 'Sender: "%s" <%s-bounces@%s>' % (lname, lname, ldom),
                     'Precedence: list', 'X-BeenThere: %s' % lpost, 'X-Mailman-Version: 2.1.%d' % r.randint(20, 39)]
        # footer part
        footer = li.get('footer') or ('_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s' % (lname, lpost, ldom, lname))
        if gg:
            footer = '-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/msgid/%s/%s.' % (lname, lname, lname, C.alnum(r, 30))
        fp = text_part('plain', footer, 'us-ascii' if footer.isascii() else 'utf-8', '7bit' if footer.isascii() else 'quoted-printable', quote_cs=True)
        fp.headers = ['Content-Disposition: inline']
        if root.ctype.startswith('multipart/mixed'):
            root.children.append(fp)
        else:
            root = Part('multipart/mixed', children=[root, fp], boundary='===============%019d==' % r.randint(10 ** 18, 10 ** 19 - 1))
        # new trace profile
        p = T.Profile()
        fromdom = prof.from_domain
        p.relay_ip = T.ip(r)
        if gg:
            p.relay = 'mail-yw1-f%d.google.com' % r.randint(100, 199)
            p.envelope = '%s+bnc%s@googlegroups.com' % (lname, C.alnum(r, 40))
            sig, short = T._dkim_sig(r, 'googlegroups.com', '20230601', int(arrival.timestamp()), 'sender:list-id:mailing-list:x-original-from:reply-to:from')
            p.sign = [sig]
            p.dkim = [('googlegroups.com', '20230601', 'pass', short)]
        else:
            p.relay = ldom if ldom.startswith('lists.') else 'mail.' + ldom
            p.envelope = '%s-bounces+%s=%s@%s' % (lname, remail.split('@')[0], remail.split('@')[1], ldom)
            if r.random() < 0.5:
                sig, short = T._dkim_sig(r, T.reg_domain(ldom), r.choice(T.SEL), int(arrival.timestamp()), 'from:to:subject:list-id:list-unsubscribe')
                p.sign = [sig]
                p.dkim = [(T.reg_domain(ldom), 'x', 'pass', short)]
        # original signatures now fail (body/subject changed)
        for d, s, res, short in prof.dkim:
            p.dkim.insert(0, (d, s, 'fail', short))
        p.sign += prof.sign
        newfrom = [h for h in newH if h.startswith('From:')][0]
        nf = re.findall(r'<([^>]+)>', newfrom)
        p.from_domain = nf[-1].split('@')[1] if nf else fromdom
        p.spf = 'pass'
        if munge or gg and munge:
            p.dmarc = 'pass' if any(x[2] == 'pass' and T.reg_domain(x[0]) == T.reg_domain(p.from_domain) for x in p.dkim) or T.reg_domain(p.envelope.split('@')[1]) == T.reg_domain(p.from_domain) else 'none'
            p.policy = 'p=NONE sp=NONE'
        else:
            p.dmarc = 'fail' if prof.policy else 'none'
            p.policy = prof.policy if prof.policy else None
            if p.policy and 'REJECT' in p.policy:
                p.policy = 'p=NONE sp=NONE' if r.random() < 0.5 else p.policy
        if gg:
            p.received = ['Received: from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s.%d.%d\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        %s' % (
                prof.relay or 'localhost', prof.relay or 'localhost', prof.relay_ip or T.ip(r), C.alnum(r, 20).lower(),
                r.randint(1, 99), arrival.year, lpost, C.rfcdate(arrival - dt.timedelta(seconds=r.randint(20, 300)), -420))] + prof.received
        else:
            p.received = ['Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
                prof.relay or 'localhost', prof.relay or 'localhost', prof.relay_ip or T.ip(r), p.relay, C.hexs(r, 10, True), lpost,
                C.rfcdate(arrival - dt.timedelta(seconds=r.randint(20, 300))))] + prof.received
        p.extra = prof.extra
        return newH, root, p


# ------------------------------------------------------------------ client assignment

def assign_clients(entries, cats, rng):
    quota = dict(CLIENT_QUOTA)
    order = list(range(len(entries)))
    rng.shuffle(order)

    def allowed(i):
        e = entries[i]
        return e.get('clients') or cats[e['cat']]['clients']
    order.sort(key=lambda i: len(allowed(i)))
    res = {}
    for i in order:
        al = allowed(i)
        best = max(al, key=lambda c: (quota.get(c, 0) / float(CLIENT_QUOTA.get(c, 1)), rng.random()))
        res[i] = best
        quota[best] = quota.get(best, 0) - 1
    return res


def write_corpus(outdir):
    rng = random.Random(SEED)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    B = Builder(rng)
    rows = []
    stats = {}
    for label, mod in (('spam', SPAM), ('ham', HAM)):
        entries = mod.ENTRIES
        cats = mod.CATS
        assign = assign_clients(entries, cats, random.Random(SEED + (1 if label == 'spam' else 2)))
        counters = {}
        for i, e in enumerate(entries):
            client = assign[i]
            m, top, H_, root = B.build(e, cats[e['cat']], client, label, i)
            n = counters.get(e['cat'], 0) + 1
            counters[e['cat']] = n
            rel = '%s/%s/%03d.eml' % (label, e['cat'], n)
            path = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            from h27.mime import message_text
            raw = '\r\n'.join(top) + '\r\n' + message_text(H_, root)
            data = raw.encode('latin-1')
            with open(path, 'wb') as f:
                f.write(data)
            desc = m['desc_line'] or e['cat']
            desc = '%s [%s, %s]' % (desc, e['lang'], client if client != 'list' else 'list')
            rows.append((rel, label, e['cat'], desc.replace('\t', ' ').replace('\n', ' ')))
            st = stats.setdefault(label, {'cat': {}, 'lang': {}, 'client': {}, 'years': {}})
            st['cat'][e['cat']] = st['cat'].get(e['cat'], 0) + 1
            lb = lang_base(e['lang'])
            st['lang'][lb] = st['lang'].get(lb, 0) + 1
            st['client'][client] = st['client'].get(client, 0) + 1
            st['years'][m['arrival'].year] = st['years'].get(m['arrival'].year, 0) + 1
            import email as _em
            from email.policy import compat32 as _c32
            for part in _em.message_from_bytes(data, policy=_c32).walk():
                if part.is_multipart():
                    continue
                cs = part.get_content_charset()
                if cs:
                    stats.setdefault('charsets', set()).add(cs.upper() if cs != 'ks_c_5601-1987' else cs)
                cte = part.get('Content-Transfer-Encoding')
                if cte:
                    stats.setdefault('ctes', set()).add(cte.lower())
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    write_readme(outdir, stats, SPAM.CATS, HAM.CATS)
    return rows, stats


LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'sv': 'Swedish', 'tr': 'Turkish', 'cs': 'Czech', 'ru': 'Russian',
              'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese (Simplified and Traditional)',
              'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}

CLIENT_NAMES = {'google': 'Google Calendar (sent by Google, Sender calendar-notification@google.com)',
                'gmail': 'Gmail web (plain message or forward with invite.ics attached)',
                'outlook': 'Microsoft Outlook / Exchange Online / Teams (incl. outlook.com)',
                'apple': 'Apple iCloud / Calendar.app / iOS', 'thunderbird': 'Mozilla Thunderbird (Lightning)',
                'zimbra': 'Zimbra', 'sogo': 'SOGo', 'nextcloud': 'Nextcloud Calendar (Sabre/DAV)',
                'yahoo': 'Yahoo Calendar', 'zoom': 'Zoom registration mails',
                'custom': 'Custom generators: booking engines, web apps, PHPMailer/nodemailer/.NET/Java/Python scripts',
                'list': 'Mailing-list copies (Mailman, Google Groups) of invitations from the other clients'}


def write_readme(outdir, stats, scats, hcats):
    L = ['# holdout27 - calendar invitation exam corpus', '',
         'A labelled test corpus of %d RFC 5322 messages that carry iCalendar objects (RFC 5545/5546/6047):'
         % (sum(stats['spam']['cat'].values()) + sum(stats['ham']['cat'].values())),
         '%d spam / fraud and %d legitimate ("ham") messages. It is meant to be run once, as an exam, against a'
         % (sum(stats['spam']['cat'].values()), sum(stats['ham']['cat'].values())),
         'calendar anti-spam filter that was developed without access to it.', '',
         'Every file starts with the trace the receiving MX `mx.example.net` (Postfix) writes: Return-Path,',
         'Delivered-To, Authentication-Results (dkim/spf/dmarc as evaluated there) and its Received line, followed',
         'by the sender side\'s Received lines and DKIM-Signature(s), and then the headers of the sending client.',
         'Only documentation IP ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are used.',
         'Organisations, people, phone numbers and most domains are fictional; big providers (google.com,',
         'outlook.com, icloud.com, yahoo.com, zoom.us, national free-mail services, ESPs) appear under their real',
         'names because that is where real invitations come from. Brand names appear in lure texts and look-alike',
         'domains only.', '',
         'Arrival dates range from 2016 to November 2026; event dates are set relative to arrival.', '',
         '## Layout', '', '- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`',
         '- `labels.tsv`: `path, label, category, description` (tab separated, path relative to this directory)', '',
         '## Spam categories', '', '| category | count | what it is |', '|---|---:|---|']
    for k, v in scats.items():
        L.append('| %s | %d | %s |' % (k, stats['spam']['cat'].get(k, 0), v['title']))
    L += ['', '## Ham categories', '', '| category | count | what it is |', '|---|---:|---|']
    for k, v in hcats.items():
        L.append('| %s | %d | %s |' % (k, stats['ham']['cat'].get(k, 0), v['title']))
    L += ['', '## Languages', '', '| language | spam | ham |', '|---|---:|---:|']
    langs = sorted(set(stats['spam']['lang']) | set(stats['ham']['lang']), key=lambda x: (x != 'en', x))
    for lg in langs:
        L.append('| %s | %d | %d |' % (LANG_NAMES.get(lg, lg), stats['spam']['lang'].get(lg, 0), stats['ham']['lang'].get(lg, 0)))
    L += ['', 'MIME charsets used: %s.' % ', '.join(sorted(stats.get('charsets', ()))),
          'Transfer encodings used: %s.' % ', '.join(sorted(stats.get('ctes', ()))),
          'Header words are RFC 2047 encoded (B and Q); a few hand-rolled messages carry raw 8-bit header text.',
          '', '## Sending clients and services', '',
          'Both labels are spread over the same clients in the same proportions, so the client alone says',
          'nothing about the label.', '', '| client / service | spam | ham |', '|---|---:|---:|']
    for c in CLIENT_QUOTA:
        L.append('| %s | %d | %d |' % (CLIENT_NAMES[c], stats['spam']['client'].get(c, 0), stats['ham']['client'].get(c, 0)))
    L += ['', '## Arrival years', '', '| year | spam | ham |', '|---|---:|---:|']
    for y in sorted(set(stats['spam']['years']) | set(stats['ham']['years'])):
        L.append('| %d | %d | %d |' % (y, stats['spam']['years'].get(y, 0), stats['ham']['years'].get(y, 0)))
    L += ['', '## Provenance and licence', '',
          'Everything in this corpus was written or generated for it by `gen.py` (deterministic, fixed seed);',
          'no message was copied from anywhere. Released under **CC0 1.0 Universal** (public domain dedication):',
          'https://creativecommons.org/publicdomain/zero/1.0/', '',
          'Regenerate with `python3 gen.py [outdir]` and verify with `python3 check.py [outdir]`.', '']
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    rows, stats = write_corpus(out)
    print('wrote %d messages to %s' % (len(rows), out))
    for label in ('spam', 'ham'):
        print(label, 'clients:', dict(sorted(stats[label]['client'].items())))


if __name__ == '__main__':
    main()
