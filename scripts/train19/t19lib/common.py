# -*- coding: utf-8 -*-
"""Helpers shared by the spam and ham category writers."""
import datetime as dt

from . import ical, langs
from .core import (R, Obj, Person, alnum, arrival, chance, digits, event_slot, hexs, org_of, person, pick,
                   rcpt_domain, uuid4)

LOOKALIKE_TLDS = ['com', 'net', 'online', 'top', 'xyz', 'shop', 'live', 'site', 'info', 'click', 'pro', 'icu', 'co', 'support', 'app']


def tz_for(lang):
    return pick(langs.TZS[lang])


def recipient(lang, domain=None):
    return person(lang, domain or rcpt_domain(lang), style=pick(['f.l', 'f', 'fl', 'f.l']))


def org_person(lang, org=None):
    org = org or org_of(lang)
    p = person(lang, org[1], style=pick(['f.l', 'f.l', 'fl', 'f']))
    p.org = org[0]
    return p


def free_for_client(client, lang):
    if client == 'google':
        return 'gmail.com'
    if client in ('outlook', 'teams'):
        return pick(['outlook.com', 'hotmail.com', 'outlook.com'] + [d for d in langs.FREEMAIL[lang] if 'hotmail' in d or 'outlook' in d])
    if client in ('icloud', 'applemail'):
        return pick(['icloud.com', 'icloud.com', 'me.com'])
    if client == 'yahoo':
        return {'ja': 'yahoo.co.jp', 'el': 'yahoo.gr', 'es': 'yahoo.es', 'vi': 'yahoo.com.vn', 'hi': 'yahoo.co.in', 'th': 'yahoo.co.th'}.get(lang, 'yahoo.com')
    return pick(langs.FREEMAIL[lang])


def sender_for(client, lang, role, org=None, name=None, domain=None):
    """role: free | org | spoof | lookalike. Returns Person with .kind set."""
    if role == 'free':
        if client in ('nextcloud', 'zimbra', 'sogo', 'custom'):
            # self-hosted software needs an own domain: small private / club domain
            d = domain or pick(langs.RCPT_DOMAINS[lang][1:] or langs.RCPT_DOMAINS['en'][3:])
            p = person(lang, d)
        else:
            p = person(lang, free_for_client(client, lang))
        p.kind = 'legit'
    elif role == 'org':
        o = org or org_of(lang)
        if client == 'yahoo':
            p = person(lang, free_for_client('yahoo', lang))
        else:
            p = person(lang, domain or o[1], style=pick(['f.l', 'f.l', 'fl', 'f']))
        p.org = o[0]
        p.kind = 'legit'
    else:
        p = person(lang, domain)
        p.kind = 'spoof' if role == 'spoof' else 'legit'
    if name:
        p.name = name
    return p


def lookalike(brand):
    b = brand.lower().replace(' ', '').replace('.', '')
    pat = pick(['{b}-{w}.{t}', '{w}-{b}.{t}', '{b}{w}.{t}', '{b}-{w}{n}.{t}', 'my{b}-{w}.{t}'])
    w = pick(['secure', 'verify', 'support', 'online', 'account', 'portal', 'service', 'docs', 'cloud', 'help', 'center', 'billing', 'auth', 'share'])
    return pat.format(b=b, w=w, t=pick(LOOKALIKE_TLDS), n=R.randint(1, 99))


def spam_link(kind=None, brand='x', email=None):
    kind = kind or pick(['look', 'look', 'gstorage', 'sites', 'webapp', 'pages', 'ipfs', 'forms', 'short', 'r2', 'redirect'])
    tok = alnum(R.randint(6, 12))
    if kind == 'look':
        return 'https://%s/%s/%s' % (lookalike(brand), pick(['login', 'verify', 'secure', 'claim', 'track', 'auth', 'session', 'doc']), tok + ('?u=' + email if email and chance(0.3) else ''))
    if kind == 'gstorage':
        return 'https://storage.googleapis.com/%s-%s/%s.html%s' % (alnum(6).lower(), alnum(4).lower(), pick(['index', 'view', 'start', 'secure']), '#' + email if email else '')
    if kind == 'sites':
        return 'https://sites.google.com/view/%s-%s/home' % (brand.lower().replace(' ', ''), alnum(5).lower())
    if kind == 'webapp':
        return 'https://%s-%s.web.app/?%s' % (brand.lower().replace(' ', ''), alnum(5).lower(), tok)
    if kind == 'pages':
        return 'https://%s-%s.pages.dev/%s' % (alnum(6).lower(), alnum(4).lower(), tok)
    if kind == 'ipfs':
        return 'https://ipfs.io/ipfs/bafybei%s' % alnum(50, 'abcdefghijklmnopqrstuvwxyz234567')
    if kind == 'forms':
        return 'https://forms.office.com/r/%s' % alnum(10)
    if kind == 'short':
        return 'https://%s/%s' % (pick(['bit.ly', 'cutt.ly', 'rb.gy', 'tinyurl.com', 'is.gd', 'shorturl.at']), alnum(7))
    if kind == 'r2':
        return 'https://pub-%s.r2.dev/%s.html' % (hexs(32), alnum(8).lower())
    if kind == 'redirect':
        return 'https://www.google.com/url?q=https://%s/%s&sa=D&source=calendar&ust=%s&usg=%s' % (lookalike(brand), tok, digits(16), alnum(28))
    return 'https://%s/%s' % (lookalike(brand), tok)


def phone(region='us'):
    if region == 'us':
        return pick(['+1 (888) 555-01%02d', '+1-855-555-01%02d', '+1 (844) 555-01%02d', '1-877-555-01%02d', '+1 (833) 555 01%02d']) % R.randint(0, 99)
    if region == 'uk':
        return pick(['+44 20 7946 0%03d', '0808 157 0%03d', '+44 7700 900%03d']) % R.randint(0, 999)
    if region == 'in':
        return '+91 %d%s %s' % (R.randint(70, 99), digits(3), digits(5))
    if region == 'fr':
        return '+33 1 %s %s %s %s' % (digits(2), digits(2), digits(2), digits(2))
    if region == 'de':
        return '+49 %d %s' % (R.choice([30, 40, 69, 89, 221]), digits(7))
    if region == 'es':
        return '+34 9%s %s %s' % (digits(2), digits(3), digits(3))
    if region == 'nl':
        return '+31 20 %s %s' % (digits(3), digits(4))
    if region == 'vn':
        return '+84 9%s %s %s' % (digits(2), digits(3), digits(3))
    cc = {'pl': 48, 'he': 972, 'ru': 7, 'el': 30, 'ar': 966, 'zh': 86, 'ja': 81, 'ko': 82, 'th': 66, 'tr': 90, 'it': 39,
          'pt': 55, 'x': pick([48, 30, 39, 90, 81, 82, 66, 972, 34, 351])}.get(region, pick([39, 48, 30, 90]))
    return '+%d %s %s %s' % (cc, digits(2), digits(3), digits(4))


def other_people(n, lang=None, domains=None):
    out = []
    seen = set()
    for _ in range(n):
        lg = lang or pick(['en', 'en', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'])
        d = pick(domains) if domains else pick(langs.RCPT_DOMAINS[lg] + langs.FREEMAIL[lg])
        p = person(lg, d, style=pick(['f.l', 'fl', 'f', 'fl99', 'f_l']))
        if p.addr in seen:
            continue
        seen.add(p.addr)
        if chance(0.6):
            p.name = None
        out.append(p)
    return out


def ev(summary, desc=None, loc=None, start=None, end=None, **kw):
    e = Obj(summary=summary, desc=desc, loc=loc, start=start, end=end)
    e.update(kw)
    return e


def spec(label, cat, lang, client, desc_line, sender, rcpt, arr, tz, events, method='REQUEST', **kw):
    s = Obj(label=label, cat=cat, lang=lang, client=client, desc_line=desc_line, sender=sender, rcpt=rcpt,
            arrival=arr, tz=tz, events=events, method=method, kind=getattr(sender, 'kind', None) or sender.get('kind') or 'legit')
    s.update(kw)
    return s


def fill(_tpl, **kw):
    try:
        return _tpl.format(**kw)
    except (KeyError, IndexError):
        return _tpl


def custom_profile(kind='spamtool', **kw):
    """Profiles of hand-rolled senders (spam kits, booking engines, CRMs)."""
    if kind == 'spamtool':
        p = pick([
            dict(prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', layout='single', fold='none', cal_cte='7bit', msgid='php'),
            dict(prodid='-//ical-gen//1.0', layout='mixed-html', fold='wide', cal_cte='base64', msgid='ts', x_mailer='PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (R.randint(0, 9), R.randint(0, 9)), boundary='php'),
            dict(prodid='icalendar-ruby', layout='alt', fold='std', cal_cte='quoted-printable', msgid='uuid', calscale=True),
            dict(prodid='-//Ximian//NONSGML Evolution Calendar//EN', layout='mixed-plain', fold='none', cal_cte='8bit', msgid='localhost'),
            dict(prodid=None, layout='single', fold='none', cal_cte='base64', msgid='php'),
            dict(prodid='-//Events Calendar//iCal4j 1.0//EN', layout='mixed-alt', fold='chars', cal_cte='base64', msgid='java', version_first=False),
            dict(prodid='-//hacksw/handcal//NONSGML v1.0//EN', layout='alt', fold='none', cal_cte='7bit', msgid='php', html=False),
            dict(prodid='-//Google Inc//Google Calendar 70.9054//EN', layout='mixed-html', fold='tab', cal_cte='base64', msgid='php', cal_type='application/ics'),
            dict(prodid='-//Apple Inc.//Mac OS X 10.14//EN', layout='mixed-plain', fold='std', cal_cte='quoted-printable', msgid='uuid', x_mailer='Microsoft Office Outlook 12.0'),
            dict(prodid='-//ZContent.net//Zap Calendar 1.0//EN', layout='mixed-html', fold='none', cal_cte='base64', msgid='ts', x_mailer='Sendinblue'),
        ])
        p = dict(p)
        p['utc'] = chance(0.6)
        p['no_dtstamp'] = chance(0.2)
        p['no_status'] = chance(0.4)
        p['tz_missing'] = chance(0.3)
        p['vtimezone'] = not p['tz_missing']
        if chance(0.3):
            p['order'] = ['DT', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'UID', 'ORGANIZER', 'ATTENDEE', 'SEQUENCE', 'TAIL', 'ALARM']
    else:  # system: booking engine / CRM / scheduler
        p = dict(layout=pick(['mixed-alt', 'mixed-alt', 'mixed-html', 'alt', 'single', 'mixed-plain']),
                 fold=pick(['std', 'std', 'std', 'none', 'wide', 'tab', 'chars']),
                 cal_cte=pick(['base64', 'base64', 'quoted-printable', '7bit', '8bit']),
                 msgid=pick(['php', 'uuid', 'ts', 'java']),
                 utc=chance(0.6), calscale=chance(0.5),
                 cal_type=pick(['text/calendar', 'text/calendar', 'application/ics', 'application/octet-stream']),
                 order=pick([None, ['UID', 'DTSTAMP', 'DT', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE', 'STATUS', 'SEQUENCE', 'TAIL', 'ALARM'],
                             ['DTSTAMP', 'UID', 'CREATED', 'DT', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'ORGANIZER', 'ATTENDEE', 'TRANSP', 'CLASS', 'STATUS', 'SEQUENCE', 'TAIL', 'ALARM']]),
                 no_status=chance(0.3), no_dtstamp=chance(0.1), tz_missing=chance(0.15))
        p['vtimezone'] = not p['tz_missing']
        if p['order'] is None:
            del p['order']
    p.update(kw)
    return p
