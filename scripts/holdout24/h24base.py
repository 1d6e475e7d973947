# -*- coding: utf-8 -*-
"""Shared helpers for category generators."""
import datetime as dt
import uuid

from h24data import NAMES, FAMILY_FIRST, FREEMAIL, RCPT_DOMAINS, ORGS, TZ_OF, CHARSETS
from h24ical import from_utc, offset_min, TZ
from h24transport import ralnum, rhex


FEMALE = set('Анна Ольга Екатерина Наталья Ирина Tereza Lucie Markéta Kateřina Veronika Agnieszka Katarzyna '
             'Małgorzata Joanna Zofia'.split())


def agree(lang, f, l):
    """Gender agreement of surnames for ru/cs/pl."""
    fem = f[0] in FEMALE
    n, r = l
    if lang == 'ru':
        if fem and n.endswith(('ов', 'ев', 'ин')):
            return (n + 'а', r + 'a')
        if not fem and n.endswith(('ова', 'ева', 'ина')):
            return (n[:-1], r[:-1])
    if lang == 'cs':
        if fem and not n.endswith('á'):
            base = {'Novák': 'Nováková', 'Dvořák': 'Dvořáková', 'Procházka': 'Procházková', 'Veselý': 'Veselá',
                    'Němec': 'Němcová', 'Marek': 'Marková'}.get(n)
            if base:
                return (base, r + 'ova' if not r.endswith('y') else r[:-1] + 'a')
        if not fem and n.endswith('ová'):
            return ({'Svobodová': 'Svoboda', 'Kučerová': 'Kučera', 'Horáková': 'Horák'}.get(n, n[:-3]), r[:-3] if r.endswith('ova') else r)
        if not fem and n == 'Černá':
            return ('Černý', 'cerny')
    if lang == 'pl':
        if fem and n.endswith('ski'):
            return (n[:-1] + 'a', r[:-1] + 'a')
        if not fem and n.endswith('ska'):
            return (n[:-1] + 'i', r[:-1] + 'i')
    return l


class Ctx:
    def __init__(self, rng, label, cat, lang, client, arrival, idx, var):
        self.rng = rng
        self.label = label
        self.cat = cat
        self.lang = lang
        self.client = client
        self.arrival = arrival
        self.idx = idx          # index within category
        self.var = var          # variant index (within language group)
        self.tz = rng.choice(TZ_OF[lang])
        self.rcpt_person = self.person()
        d = rng.choice(RCPT_DOMAINS[lang])
        self.rcpt = (self.rcpt_person[0] if rng.random() < .8 else '', self.mk_email(self.rcpt_person, d, corp=True))
        self.rcpt_domain = d

    # -------------------------------------------------------------- people
    def person(self, lang=None):
        lang = lang or self.lang
        firsts, lasts = NAMES[lang]
        f = self.rng.choice(firsts)
        l = self.rng.choice(lasts)
        l = agree(lang, f, l)
        if lang in FAMILY_FIRST:
            disp = l[0] + f[0] if lang != 'ko' else l[0] + f[0]
            if lang in ('ja',) and self.rng.random() < .5:
                disp = l[0] + ' ' + f[0]
        elif lang == 'ar' or lang == 'he' or lang == 'hi' or lang == 'th' or lang == 'ru' or lang == 'el':
            disp = f[0] + ' ' + l[0]
        else:
            disp = f[0] + ' ' + l[0]
        return (disp, f[1], l[1])

    def latin_name(self, p):
        return '%s %s' % (p[1].capitalize(), p[2].capitalize())

    def mk_email(self, p, domain, corp=False, free=False):
        r = self.rng
        f, l = p[1], p[2]
        if free:
            pat = r.choice(['{f}.{l}', '{f}{l}{n}', '{f}_{l}', '{fi}{l}{n2}', '{l}.{f}{n2}', '{f}.{l}{n2}'])
        elif corp:
            pat = r.choice(['{f}.{l}', '{fi}{l}', '{f}', '{f}.{l}', '{fi}.{l}', '{l}'])
        else:
            pat = '{f}.{l}'
        return pat.format(f=f, l=l, fi=f[0], n=r.randint(1, 99), n2=r.randint(70, 2005)).lower() + '@' + domain

    def free_domain(self, client=None):
        client = client or self.client
        lang = self.lang
        r = self.rng
        if client == 'google':
            return 'gmail.com'
        if client == 'exchange':
            return r.choice(['outlook.com', 'hotmail.com', 'outlook.com'] + (['hotmail.fr'] if lang == 'fr' else []) +
                            (['outlook.de'] if lang == 'de' else []))
        if client in ('icloud', 'apple'):
            return r.choice(['icloud.com', 'icloud.com', 'me.com'])
        if client == 'yahoo':
            return {'ja': 'yahoo.co.jp', 'zh-tw': 'yahoo.com.tw', 'fr': 'yahoo.fr', 'es': 'yahoo.es', 'el': 'yahoo.gr',
                    'hi': 'yahoo.co.in', 'th': 'yahoo.co.th'}.get(lang, r.choice(['yahoo.com', 'yahoo.com', 'ymail.com']))
        doms = [d for d in FREEMAIL[lang] if d not in ('gmail.com', 'icloud.com') and not d.startswith(('outlook', 'hotmail', 'yahoo'))]
        return r.choice(doms or ['gmx.net'])

    def free_sender(self, p=None):
        p = p or self.person()
        d = self.free_domain()
        return (p[0], self.mk_email(p, d, free=True))

    def org(self, lang=None, exclude=None):
        lst = [o for o in ORGS[lang or self.lang] if o[1] != exclude]
        return self.rng.choice(lst)

    def corp_sender(self, org=None, p=None):
        org = org or self.org()
        p = p or self.person()
        return (p[0], self.mk_email(p, org[1], corp=True)), org

    # -------------------------------------------------------------- time
    def local_now(self, tz=None):
        return from_utc(tz or self.tz, self.arrival)

    def start(self, dmin=1, dmax=21, hours=(9, 10, 11, 13, 14, 15, 16), minutes=(0, 0, 0, 30), tz=None, weekday=True):
        now = self.local_now(tz)
        d = now.date() + dt.timedelta(days=self.rng.randint(dmin, dmax))
        if weekday:
            while d.weekday() >= 5:
                d += dt.timedelta(days=1)
        return dt.datetime.combine(d, dt.time(self.rng.choice(hours), self.rng.choice(minutes)))

    def off(self, tz=None):
        tz = tz or self.tz
        return offset_min(tz, self.local_now(tz))

    # -------------------------------------------------------------- misc
    def pick(self, seq):
        return self.rng.choice(seq)

    def code(self, n=6, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
        return ralnum(self.rng, n, alphabet)

    def digits(self, n):
        return ''.join(self.rng.choice('0123456789') for _ in range(n))

    def hexs(self, n):
        return rhex(self.rng, n, False)

    def tok(self, n=10):
        return ralnum(self.rng, n)

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128)))

    def charset(self):
        """Body charset by client and language."""
        c, lang, r = self.client, self.lang, self.rng
        if c == 'thunderbird' and self.arrival.year < 2020 and lang in ('ja', 'zh', 'zh-tw', 'ko', 'ru') and r.random() < .6:
            return {'ja': 'ISO-2022-JP', 'zh': 'GB2312', 'zh-tw': 'Big5', 'ko': 'EUC-KR', 'ru': 'KOI8-R'}[lang]
        if c in ('google', 'thunderbird', 'icloud', 'zoom', 'nextcloud', 'sogo', 'yahoo', 'zimbra'):
            if c == 'yahoo' and lang == 'ja' and r.random() < .5:
                return 'ISO-2022-JP'
            return 'UTF-8'
        if c == 'exchange':
            return 'utf-8' if lang != 'en' or r.random() < .5 else 'us-ascii'
        if c == 'apple':
            if lang == 'ja' and r.random() < .5:
                return 'ISO-2022-JP'
            return 'utf-8' if lang != 'en' else r.choice(['us-ascii', 'utf-8'])
        if c == 'outlook':
            legacy = {'ja': 'iso-2022-jp', 'ko': 'ks_c_5601-1987', 'zh': 'gb2312', 'zh-tw': 'big5', 'ru': 'koi8-r',
                      'el': 'iso-8859-7', 'ar': 'windows-1256', 'he': 'windows-1255', 'pl': 'iso-8859-2',
                      'cs': 'iso-8859-2', 'tr': 'iso-8859-9', 'th': 'tis-620', 'en': 'us-ascii'}.get(lang, 'iso-8859-1')
            return legacy if r.random() < .7 else 'utf-8'
        opts = CHARSETS[lang]
        tot = sum(w for _, w in opts)
        x = r.uniform(0, tot)
        for cs, w in opts:
            x -= w
            if x <= 0:
                return cs
        return 'UTF-8'

    def cte(self, charset):
        if charset.upper() == 'ISO-2022-JP':
            return '7bit'
        if self.client in ('outlook', 'exchange', 'zimbra', 'nextcloud', 'yahoo', 'apple', 'icloud', 'sogo'):
            return 'quoted-printable'
        if self.client == 'google':
            return 'base64'
        if self.client == 'thunderbird':
            return '8bit'
        return self.rng.choice(['8bit', 'quoted-printable', 'base64', 'quoted-printable'])


def base_M(c, frm, summary, text, start, dur=60, loc=None, subject=None, **kw):
    cs = kw.pop('charset', None) or c.charset()
    M = dict(label=c.label, cat=c.cat, lang=c.lang, client=c.client, arrival=c.arrival, off=kw.pop('off', None),
             rcpt=c.rcpt, **{'from': frm})
    if M['off'] is None:
        M['off'] = c.off()
    M['charset'] = cs
    M['cte'] = kw.pop('cte', None) or c.cte(cs)
    M['subject'] = subject
    M['text'] = text
    ev = dict(summary=summary, description=kw.pop('description', text), location=loc, start=start, dur=dur,
              tz=kw.pop('tz', c.tz))
    for k in list(kw):
        if k.startswith('ev_'):
            ev[k[3:]] = kw.pop(k)
    M['ev'] = ev
    M['quirks'] = set(kw.pop('quirks', ()))
    M.update(kw)
    return M
