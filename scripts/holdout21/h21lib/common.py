# -*- coding: utf-8 -*-
"""Shared generators used by the category builders: people, addresses, domains, URLs, phones, money,
times, client set-up (PRODID, UID style, X- properties) and sender accounts."""
from .core import (uid4, hexs, rstr, digits, ascii_fold, slug, TD, D, LANG_TZ, from_utc, to_utc, tz_offset,
                   icsutc, ip4)
from .data import PEOPLE, ORGS, FREEMAIL, CHARSETS, LOCALE
from .ics import Ev, Cal

LOW = 'abcdefghijklmnopqrstuvwxyz'
LOWD = LOW + '0123456789'


def person(rng, lang):
    p = rng.choice(PEOPLE[lang])
    if rng.random() < 0.5 and ' ' in p.split('|')[0] and lang not in ('ru', 'pl', 'el', 'ja', 'zh', 'ko'):
        q = rng.choice(PEOPLE[lang])
        if ' ' in q.split('|')[0]:
            n1, n2 = p.split('|')[0].split(' ', 1), q.split('|')[0].split(' ', 1)
            if '|' in p:
                l1, l2 = p.split('|')[1].split('.', 1), q.split('|')[1].split('.', 1)
                if len(l1) == 2 and len(l2) == 2 and len(l1[0]) > 1:
                    p = '%s %s|%s.%s' % (n1[0], n2[1], l1[0], l2[1])
            else:
                p = '%s %s' % (n1[0], n2[1])
    if '|' in p:
        name, local = p.split('|')
    else:
        name = p
        local = ascii_fold(p).lower().replace(' ', '.').replace("'", '')
    first = name.split(' ')[0]
    if lang in ('zh', 'ko'):
        first = name
    if lang == 'ja':
        first = name.split(' ')[0] + ('様' if False else '')
    return {'name': name, 'first': first, 'local': local}


def local_variant(rng, local):
    f = local.split('.')
    r = rng.random()
    if len(f) >= 2 and r < 0.3:
        return f[0][0] + f[-1]
    if len(f) >= 2 and r < 0.45:
        return f[0] + '_' + f[-1]
    if len(f) >= 2 and r < 0.55:
        return f[-1] + '.' + f[0]
    if r < 0.7:
        return local + str(rng.randint(1, 99))
    return local


def org(rng, lang):
    pool = ORGS.get(lang) or ORGS['en']
    if rng.random() < 0.15 and lang != 'en':
        pool = ORGS['en']
    return rng.choice(pool)


TLDS_JUNK = ['top', 'shop', 'xyz', 'online', 'site', 'store', 'click', 'icu', 'buzz', 'cfd', 'sbs', 'live', 'info',
             'cc', 'pw', 'rest', 'bond', 'life', 'world', 'space', 'fun', 'vip']
WORDS = ['nova', 'prime', 'delta', 'vista', 'zen', 'alpha', 'lumen', 'orbit', 'bright', 'swift', 'pixel', 'cloud',
         'green', 'silver', 'maple', 'river', 'sunny', 'metro', 'urban', 'royal', 'smart', 'best', 'daily', 'global',
         'easy', 'happy', 'star', 'blue', 'north', 'ocean']


def junk_domain(rng):
    r = rng.random()
    if r < 0.35:
        return rstr(rng, rng.randint(5, 10), LOW) + '.' + rng.choice(TLDS_JUNK)
    if r < 0.7:
        return rng.choice(WORDS) + rng.choice(WORDS) + (str(rng.randint(1, 999)) if rng.random() < .4 else '') + \
            '.' + rng.choice(TLDS_JUNK + ['com', 'net'])
    return rng.choice(WORDS) + '-' + rng.choice(['deals', 'outlet', 'store', 'promo', 'offer', 'club', 'hub', 'mart',
                                                  'zone', 'point', 'line']) + '.' + rng.choice(TLDS_JUNK + ['com'])


def lookalike(rng, base):
    """Look-alike of a domain or brand word."""
    name, _, tld = base.partition('.')
    tld = tld or 'com'
    r = rng.random()
    if r < 0.2 and 'l' in name:
        n = name.replace('l', 'I', 1)
    elif r < 0.35 and 'm' in name:
        n = name.replace('m', 'rn', 1)
    elif r < 0.5 and 'o' in name:
        n = name.replace('o', '0', 1)
    elif r < 0.65:
        n = name + rng.choice(['-secure', '-online', '-portal', '-support', '-billing', '-verify', '-docs', '-team',
                               '-group', 's', '-inc', '-hq', '-mail'])
    elif r < 0.8:
        i = rng.randint(1, max(1, len(name) - 2))
        n = name[:i] + name[i] + name[i:]
    else:
        n = rng.choice(['my', 'secure', 'mail', 'web', 'team', 'app']) + '-' + name + rng.choice(['', str(rng.randint(1, 99))])
        tld = rng.choice(['co', 'net', 'org', 'us', 'cam', 'support', 'online', 'app', 'info', 'biz', 'com'])
    return (n + '.' + tld).lower() if 'I' not in n else n.lower().replace('i', 'i') + '.' + tld


HOSTING = ['{w}-{r}.web.app', '{w}{r}.pages.dev', 'pub-{h}.r2.dev', '{w}{r}.blob.core.windows.net',
           'storage.googleapis.com/{w}-{r}', 'sites.google.com/view/{w}-{r}', '{w}-{r}.netlify.app',
           'ipfs.io/ipfs/Qm{R}', '{w}{r}.weebly.com', '{w}-{r}.firebaseapp.com', 'forms.office.com/r/{R8}',
           'docs.google.com/forms/d/e/1FAIpQL{R}/viewform', '{w}{r}.wixsite.com/home', 'bit.ly/{R6}',
           '{w}-{r}.glitch.me', '{w}{r}.z13.web.core.windows.net']


def hosted(rng):
    p = rng.choice(HOSTING)
    return p.format(w=rng.choice(WORDS + ['secure', 'docs', 'view', 'portal', 'file', 'verify']), r=digits(rng, 4),
                    h=hexs(rng, 32), R=rstr(rng, 40), R8=rstr(rng, 10), R6=rstr(rng, 7))


def spam_url(rng, dom=None, kind=None):
    r = rng.random()
    if dom is None:
        if r < 0.3:
            base = hosted(rng)
            return 'https://' + base + ('' if '/' in base and rng.random() < .5 else '/' + rng.choice(
                ['index.html', '', '#' + rstr(rng, 12), '?id=' + rstr(rng, 16), 'login', 'view.html']))
        dom = junk_domain(rng)
    path = rng.choice(['', '/', '/c/' + rstr(rng, 10), '/?ref=' + rstr(rng, 8, LOWD), '/' + rstr(rng, 6, LOWD) + '/',
                       '/track/' + digits(rng, 9), '/l/' + rstr(rng, 22), '/secure/login.php?u=' + rstr(rng, 14),
                       '/' + rng.choice(['claim', 'verify', 'pay', 'update', 'start', 'go', 'promo', 'sale']) +
                       '?c=' + rstr(rng, 12, LOWD)])
    sub = rng.choice(['', '', 'www.', 'secure.', 'app.', 'my.', 'account.', 'login.', 'm.'])
    scheme = 'https://' if rng.random() < 0.85 else 'http://'
    return scheme + sub + dom + path


def phone(rng, lang, toll=False):
    if lang == 'en':
        if toll or rng.random() < 0.5:
            return rng.choice(['+1 (%s) 555-01%s', '1-%s-555-01%s', '+1 %s 555 01%s']) % (
                rng.choice(['800', '833', '844', '855', '866', '877', '888']), digits(rng, 2)[-2:])
        return rng.choice(['+1 (%s) 555-01%s' % (rng.choice(['212', '415', '312', '617', '206', '512']),
                                                 digits(rng, 2)[-2:]),
                           '+44 20 7946 0%s' % digits(rng, 3)[-3:], '020 7946 0%s' % digits(rng, 3)[-3:]])
    fmt = {
        'fr': lambda: '01 99 00 %s %s' % (digits(rng, 2), digits(rng, 2)) if rng.random() < .5 else
        '+33 1 99 00 %s %s' % (digits(rng, 2), digits(rng, 2)),
        'de': lambda: '+49 %s %s' % (rng.choice(['30', '40', '89', '221', '69']), digits(rng, 7)),
        'es': lambda: '+34 9%s %s %s' % (digits(rng, 2), digits(rng, 3), digits(rng, 3)),
        'it': lambda: '+39 0%s %s' % (digits(rng, 2), digits(rng, 7)),
        'pt': lambda: '+55 11 9%s-%s' % (digits(rng, 4), digits(rng, 4)) if rng.random() < .7 else
        '+351 21 %s %s' % (digits(rng, 3), digits(rng, 4)),
        'nl': lambda: '+31 20 %s %s' % (digits(rng, 3), digits(rng, 4)),
        'pl': lambda: '+48 %s %s %s' % (digits(rng, 3), digits(rng, 3), digits(rng, 3)),
        'tr': lambda: '+90 212 %s %s %s' % (digits(rng, 3), digits(rng, 2), digits(rng, 2)),
        'ru': lambda: '+7 (495) %s-%s-%s' % (digits(rng, 3), digits(rng, 2), digits(rng, 2)),
        'el': lambda: '+30 210 %s' % digits(rng, 7),
        'ar': lambda: '+966 11 %s %s' % (digits(rng, 3), digits(rng, 4)) if rng.random() < .5 else
        '+971 4 %s %s' % (digits(rng, 3), digits(rng, 4)),
        'he': lambda: '03-%s' % digits(rng, 7) if rng.random() < .5 else '+972 3 %s %s' % (digits(rng, 3), digits(rng, 4)),
        'zh': lambda: '+86 10 %s %s' % (digits(rng, 4), digits(rng, 4)) if rng.random() < .5 else
        '400-%s-%s' % (digits(rng, 3), digits(rng, 4)),
        'ja': lambda: '03-%s-%s' % (digits(rng, 4), digits(rng, 4)),
        'ko': lambda: '02-%s-%s' % (digits(rng, 3), digits(rng, 4)),
        'hi': lambda: '+91 %s %s' % (digits(rng, 5), digits(rng, 5)),
        'th': lambda: '02-%s-%s' % (digits(rng, 3), digits(rng, 4)),
    }
    return fmt[lang]()


def mobile(rng, lang):
    cc = {'en': '+1 %s 555 01%s', 'fr': '+33 6', 'de': '+49 15', 'es': '+34 6', 'it': '+39 3', 'pt': '+55 11 9',
          'nl': '+31 6', 'pl': '+48 5', 'tr': '+90 5', 'ru': '+7 9', 'el': '+30 69', 'ar': '+966 5', 'he': '+972 5',
          'zh': '+86 13', 'ja': '+81 90', 'ko': '+82 10', 'hi': '+91 9', 'th': '+66 8'}[lang]
    if lang == 'en':
        return cc % (rng.choice(['213', '347', '646', '702', '929']), digits(rng, 2)[-2:])
    return cc + digits(rng, 2) + ' ' + digits(rng, 3) + ' ' + digits(rng, 4)


CUR = {'en': ('$', None), 'fr': ('€', 'fr'), 'de': ('€', 'de'), 'es': ('€', 'fr'), 'it': ('€', 'de'),
       'pt': ('R$', 'br'), 'nl': ('€', 'nl'), 'pl': ('zł', 'fr'), 'tr': ('TL', 'de'), 'ru': ('₽', 'fr'),
       'el': ('€', 'de'), 'ar': ('SAR', 'en'), 'he': ('₪', 'he'), 'zh': ('¥', 'cn'), 'ja': ('円', 'jp'),
       'ko': ('원', 'kr'), 'hi': ('₹', 'in'), 'th': ('บาท', 'th')}


def money(rng, lang, lo, hi, cents=True, cur=None):
    v = rng.uniform(lo, hi)
    if not cents:
        v = round(v)
    sym, style = CUR[lang]
    if cur:
        sym = cur
    if lang == 'en' and sym == '$' and rng.random() < 0.3:
        sym = rng.choice(['£', '$', 'USD '])
    s_int = '{:,}'.format(int(v))
    c = '%02d' % int(round((v - int(v)) * 100) % 100)
    if style in ('fr',):
        num = s_int.replace(',', '\u202f' if False else ' ') + ((',' + c) if cents else '')
        return num + ' ' + sym
    if style in ('de', 'nl', 'br'):
        num = s_int.replace(',', '.') + ((',' + c) if cents else '')
        return (sym + ' ' + num) if style in ('nl', 'br') else (num + ' ' + sym)
    if style == 'jp':
        return s_int + sym
    if style == 'kr':
        return s_int + sym
    if style == 'cn':
        return sym + s_int + (('.' + c) if cents else '')
    if style == 'in':
        return sym + s_int
    if style == 'th':
        return s_int + ' ' + sym
    if style == 'he':
        return s_int + ' ' + sym
    if style == 'en':
        return s_int + ' ' + sym
    return sym + s_int + (('.' + c) if cents else '')


# ------------------------------------------------------------------ time

def event_time(rng, tz, arrival, days=(1, 21), hours=(8, 18), dur=(30, 90), step=15):
    loc = from_utc(tz, arrival)
    d = loc + TD(days=rng.randint(*days))
    h = rng.randint(hours[0], hours[1])
    mi = rng.choice(range(0, 60, step))
    start = D(d.year, d.month, d.day, h, mi)
    if start.weekday() >= 5 and rng.random() < 0.8 and hours[1] <= 19:
        start += TD(days=7 - start.weekday())
    end = start + TD(minutes=rng.choice(range(dur[0], dur[1] + 1, 15)))
    return start, end


# ------------------------------------------------------------------ client set-up

def apple_os(rng, year, mac):
    if mac:
        v = {2016: 'Mac OS X 10.12.%d', 2017: 'Mac OS X 10.13.%d', 2018: 'Mac OS X 10.14.%d',
             2019: 'Mac OS X 10.15.%d', 2020: 'macOS 11.%d', 2021: 'macOS 12.%d', 2022: 'macOS 13.%d',
             2023: 'macOS 14.%d', 2024: 'macOS 15.%d', 2025: 'macOS 15.%d', 2026: 'macOS 26.%d'}[year]
    else:
        v = {2016: 'iPhone OS 10.%d', 2017: 'iPhone OS 11.%d', 2018: 'iPhone OS 12.%d', 2019: 'iPhone OS 13.%d',
             2020: 'iPhone OS 14.%d', 2021: 'iPhone OS 15.%d', 2022: 'iPhone OS 16.%d', 2023: 'iPhone OS 17.%d',
             2024: 'iPhone OS 18.%d', 2025: 'iPhone OS 18.%d', 2026: 'iPhone OS 26.%d'}[year]
    s = v % rng.randint(0, 6)
    if rng.random() < 0.4:
        s += '.%d' % rng.randint(1, 3)
    return '-//Apple Inc.//%s//EN' % s


def tb_ua(rng, year):
    v = {2016: '45.%d.0', 2017: '52.%d.1', 2018: '52.%d.0', 2019: '60.%d.0', 2020: '68.%d.1', 2021: '78.%d.2',
         2022: '91.%d.0', 2023: '102.%d.1', 2024: '115.%d.0', 2025: '128.%d.0', 2026: '140.%d.0'}[year] % rng.randint(1, 9)
    osv = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15',
                      'X11; Ubuntu; Linux x86_64'])
    major = v.split('.')[0]
    return 'Mozilla/5.0 (%s; rv:%s.0) Gecko/20100101 Thunderbird/%s' % (osv, major, v)


def nextcloud_prodid(rng, year):
    if year <= 2019:
        return '-//Sabre//Sabre VObject 4.%d.%d//EN' % (rng.randint(1, 2), rng.randint(0, 3))
    return '-//IDN nextcloud.com//Calendar app %d.%d.%d//EN' % (min(5, year - 2018), rng.randint(0, 7),
                                                               rng.randint(0, 5))


def sogo_ver(rng, year):
    return ('3.2.%d' % rng.randint(1, 10)) if year < 2019 else ('4.%d.%d' % (rng.randint(0, 3), rng.randint(0, 4))) \
        if year < 2021 else ('5.%d.%d' % (rng.randint(0, 12), rng.randint(0, 3)))


def zimbra_ver(rng, year):
    if year < 2020:
        v = '8.%d.%d_GA_%d' % (rng.randint(6, 8), rng.randint(0, 15), rng.randint(1600, 3900))
    else:
        v = '%d.0.0_ZEXTRAS_%d' % (rng.choice([9, 10]), rng.randint(20210000, 20251231))
    return 'Zimbra %s (ZimbraWebClient - %s (%s)/%s)' % (v, rng.choice(['GC120', 'FF115', 'GC131', 'EDGE12']),
                                                         rng.choice(['Win', 'Mac', 'Linux']), v.split(' ')[0])


SCRIPT_PRODIDS_CLEAN = ['-//{org}//Booking System//EN', '-//{org}//Events 2.1//EN', '-//eluceo/ical//2.0/EN',
                        '-//Spatie//iCalendar Generator//EN', '-//ical.net//iCal.Net 4.0//EN',
                        '-//icalendar-ruby//EN', '-//Python//ics library//EN', '-//WordPress//The Events Calendar//EN',
                        '-//PHP//{org} Calendar//EN', '-//Drupal iCal API//EN', '-//{org}//Calendar Export//DE',
                        '-//Zoho Corporation//Zoho Calendar//EN']
SCRIPT_PRODIDS_ODD = ['-//hacksw/handcal//NONSGML v1.0//EN', '-//Event Mailer//EN', '-//ICS Generator v1.0//EN',
                      'PRODID', '-//Calendar//Calendar//EN', 'icalendar', '-//ABC Corporation//NONSGML My Product//EN',
                      '-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN', '-//Google Inc//Google Calendar 70.9054//EN',
                      '-//Apple Inc.//Mac OS X 10.9//EN', '-//Mail.ru//Calendar//RU', '-//ICal Maker//',
                      '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN']


def exch_uid(rng):
    return ('040000008200E00074C5B7101A82E00800000000' + hexs(rng, 16, True) + '000000000000000010000000'
            + hexs(rng, 32, True))


def make_uid(rng, client, dom='example.com'):
    if client == 'google':
        return rstr(rng, 26, LOWD) + '@google.com'
    if client in ('exchange', 'teams', 'outlook'):
        return exch_uid(rng)
    if client in ('apple', 'icloud'):
        return uid4(rng, True)
    if client == 'zoom':
        return 'ZOOM' + digits(rng, 11)
    if client == 'sogo':
        return '%s-%s-%s-%s' % (hexs(rng, 4, True), hexs(rng, 8, True), rng.randint(1, 9), hexs(rng, 8, True))
    if client in ('thunderbird', 'nextcloud', 'zimbra', 'yahoo'):
        return uid4(rng)
    r = rng.random()
    if r < 0.3:
        return hexs(rng, 32) + '@' + dom
    if r < 0.5:
        return hexs(rng, 13) + '@' + dom
    if r < 0.7:
        return uid4(rng)
    if r < 0.85:
        return 'event-%s@%s' % (digits(rng, 8), dom)
    return '%s-%s' % (digits(rng, 10), digits(rng, 4))


def msgid(rng, m, client):
    d = m.frm['addr'].split('@')[1]
    if client == 'google':
        return 'calendar-%s@google.com' % uid4(rng)
    if client in ('exchange', 'teams'):
        srv = getattr(m, 'exo_server', 'AM9PR07MB%d' % rng.randint(1000, 9999))
        return '%s%s@%s.%s.prod.outlook.com' % (srv, hexs(rng, 24, True), srv, getattr(m, 'exo_region', 'eurprd07'))
    if client == 'outlook':
        return '%s$%s$%s$@%s' % (hexs(rng, 12), hexs(rng, 8), hexs(rng, 8), d)
    if client in ('apple', 'icloud'):
        return '%s@%s' % (uid4(rng, True), d)
    if client == 'thunderbird':
        return '%s@%s' % (uid4(rng), d)
    if client == 'zoom':
        return '%s@zoom.us' % rstr(rng, 22)
    if client == 'nextcloud':
        return '%s@%s' % (hexs(rng, 32), m.nc_host)
    if client == 'zimbra':
        return '%d.%d.%d.JavaMail.zimbra@%s' % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**8),
                                                 rng.randint(10**12, 10**13), d)
    if client == 'yahoo':
        return '%d.%d.%d@mail.yahoo.com' % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7),
                                            rng.randint(10**12, 10**13))
    if client == 'sogo':
        return '%s-%s-%d-%s@%s' % (hexs(rng, 2), hexs(rng, 8), rng.randint(1, 9), hexs(rng, 8), d)
    if client == 'gmail':
        return 'CA+%s@mail.gmail.com' % rstr(rng, 48)
    r = rng.random()
    if r < 0.3:
        return '%s@%s' % (hexs(rng, 32), d)
    if r < 0.6:
        return '%s.%s@%s' % (digits(rng, 10), hexs(rng, 12), d)
    return '%s@%s' % (rstr(rng, 36), m.mx[0] if getattr(m, 'mx', None) else d)


def date_off(m):
    return tz_offset(m.stz, from_utc(m.stz, m.arrival))


# ------------------------------------------------------------------ charsets

def choose_charset(rng, lang, client, text):
    opts = CHARSETS[lang]
    if client == 'google':
        return 'UTF-8'
    if client in ('nextcloud', 'zoom', 'icloud', 'teams', 'exchange', 'sogo', 'yahoo'):
        if lang == 'ja' and client in ('exchange', 'teams') and rng.random() < 0.3:
            return 'iso-2022-jp'
        if lang == 'ko' and client in ('exchange', 'teams') and rng.random() < 0.3:
            return 'ks_c_5601-1987'
        return 'utf-8'
    r = rng.random()
    if r < 0.55:
        cs = opts[0]
    else:
        cs = rng.choice(opts)
    if cs == 'us-ascii' and not text.isascii():
        cs = 'utf-8'
    return cs
