#!/usr/bin/env python3
"""Deterministic generator of the 'train13' calendar-invitation exam corpus (160 spam + 160 ham).

Usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)
Python 3 standard library only; fixed random seed.
"""
import datetime as dt
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients as C  # noqa: E402
import fake as F  # noqa: E402
import infra  # noqa: E402
import people as P  # noqa: E402
import util as U  # noqa: E402
import spamcat  # noqa: E402
import hamcat  # noqa: E402
import cb  # noqa: E402
from cb import make_local, mk_person, free_domain, set_times  # noqa: E402,F401

SEED = 20241113

CLIENT_SHARE = {'google': .20, 'outlook': .20, 'apple': .09, 'thunderbird': .07, 'zoom': .05, 'nextcloud': .04,
                'zimbra': .05, 'yahoo': .04, 'sogo': .03, 'booking': .10, 'list': .05, 'kit': .08}
CLIENT_LABEL = {'google': 'Google Calendar', 'outlook': 'Outlook / Exchange / Teams', 'apple': 'Apple iCloud / Calendar.app',
                'thunderbird': 'Thunderbird / Lightning', 'zoom': 'Zoom (platform mail)', 'nextcloud': 'Nextcloud',
                'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo',
                'booking': 'Booking / scheduling platforms via ESP', 'list': 'Mailing-list copies (Mailman)',
                'kit': 'Library / hand-rolled generators'}
COMPAT = {
    'google': ['free', 'corp', 'compromised', 'lookalike', 'vps'],
    'outlook': ['free', 'corp', 'compromised', 'lookalike', 'vps'],
    'apple': ['free', 'corp', 'lookalike', 'vps'],
    'thunderbird': ['free', 'corp', 'compromised', 'lookalike', 'vps'],
    'zoom': ['service'],
    'nextcloud': ['corp', 'compromised', 'vps'],
    'zimbra': ['corp', 'compromised', 'vps'],
    'yahoo': ['free'],
    'sogo': ['corp', 'compromised'],
    'booking': ['esp'],
    'list': ['list'],
    'kit': ['corp', 'esp', 'lookalike', 'vps', 'compromised', 'free'],
}
FREE_FOR = {'google': ['gmail.com'], 'outlook': ['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'],
            'apple': ['icloud.com', 'icloud.com', 'me.com'], 'yahoo': ['yahoo.com', 'yahoo.com', 'aol.com']}
class Spec(object):
    def __getattr__(self, k):
        if k.startswith('__'):
            raise AttributeError(k)
        return None


# ---------------------------------------------------------------- planning
def rand_arrival(rng, y0, y1):
    start = dt.datetime(max(2016, y0), 1, 1)
    end = min(dt.datetime(y1, 12, 31, 23, 59), dt.datetime(2026, 11, 28, 23, 0))
    t = start + dt.timedelta(seconds=rng.randint(0, int((end - start).total_seconds())))
    return t


def versions(s):
    y = s.year
    rng = s.rng
    tb = {2016: 45, 2017: 52, 2018: 60, 2019: rng.choice([60, 68]), 2020: rng.choice([68, 78]), 2021: rng.choice([78, 91]),
          2022: rng.choice([91, 102]), 2023: rng.choice([102, 115]), 2024: 115, 2025: 128, 2026: 140}[y]
    s.tbver = tb
    minor = {45: '8.0', 52: '5.2', 60: '6.1', 68: '12.0', 78: '14.0', 91: '13.0', 102: '15.1', 115: '10.2', 128: '6.1esr', 140: '3.0esr'}[tb]
    osname = rng.choice(['Windows NT 10.0; Win64; x64', 'X11; Linux x86_64', 'Macintosh; Intel Mac OS X 10.15', 'Windows NT 6.1; Win64; x64'])
    if tb < 91:
        ua = 'User-Agent: Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101\n Thunderbird/%d.%s' % (osname, tb, tb, minor)
        if tb < 68:
            ua += ' Lightning/%s' % {45: '4.7.8', 52: '5.4.5', 60: '6.2.2'}[tb]
    else:
        ua = 'User-Agent: Mozilla Thunderbird'
    s.tb_ua = ua
    s.apple_os = {2016: 'Mac OS X 10.11.6', 2017: 'Mac OS X 10.12.6', 2018: 'Mac OS X 10.13.6', 2019: 'Mac OS X 10.14.6',
                  2020: 'Mac OS X 10.15.7', 2021: 'macOS 11.6', 2022: 'macOS 12.6', 2023: 'macOS 13.5', 2024: 'macOS 14.4',
                  2025: 'macOS 15.3', 2026: 'macOS 26.1'}[y]
    if rng.random() < .35:
        s.apple_os = {2016: 'iPhone OS 10.2', 2017: 'iPhone OS 11.1', 2018: 'iPhone OS 12.1', 2019: 'iPhone OS 13.2',
                      2020: 'iPhone OS 14.2', 2021: 'iPhone OS 15.1', 2022: 'iPhone OS 16.1', 2023: 'iPhone OS 17.1',
                      2024: 'iPhone OS 17.4.1', 2025: 'iPhone OS 18.3', 2026: 'iPhone OS 26.1'}[y]
    s.apple_mail = {2016: ('10.2', '3259'), 2017: ('11.1', '3445.4.7'), 2018: ('12.2', '3445.102.3'),
                    2019: ('12.4', '3445.104.11'), 2020: ('13.4', '3608.120.23.2.4'), 2021: ('14.0', '3654.120.0.1.13'),
                    2022: ('16.0', '3696.120.41.1.1'), 2023: ('16.0', '3731.600.7'), 2024: ('16.0', '3774.500.171.1.1'),
                    2025: ('16.0', '3826.400.131.1.6'), 2026: ('16.0', '3864.100.1')}[y]
    s.nc_ver = {2016: '1.4.1', 2017: '1.5.7', 2018: '1.6.4', 2019: '1.7.1', 2020: '2.0.4', 2021: '2.3.4', 2022: '3.5.2',
                2023: '4.4.5', 2024: '4.7.6', 2025: '5.2.1', 2026: '5.5.0'}[y]
    s.zimbra_ver = {2016: '8.6.0_GA_1194', 2017: '8.7.11_GA_1854', 2018: '8.8.8_GA_2009', 2019: '8.8.12_GA_3794',
                    2020: '8.8.15_GA_3953', 2021: '8.8.15_GA_4177', 2022: '9.0.0_GA_4273', 2023: '9.0.0_GA_4546',
                    2024: '10.0.8_GA_4611', 2025: '10.1.5_GA_4698', 2026: '10.1.9_GA_4722'}[y]
    ff = {2016: 'FF47', 2017: 'FF56', 2018: 'FF62', 2019: 'FF68', 2020: 'FF81', 2021: 'FF91', 2022: 'FF106', 2023: 'FF118',
          2024: 'FF127', 2025: 'FF136', 2026: 'FF144'}[y]
    s.zimbra_ua = '%s (%s)/%s' % (rng.choice([ff, 'GC%d' % (y * 12 - 24140), 'Edge%d' % (y * 12 - 24150)]), rng.choice(['Win', 'Linux', 'Mac']), s.zimbra_ver)
    s.sogo_ver = {2016: '3.1.4', 2017: '3.2.10', 2018: '4.0.2', 2019: '4.0.8', 2020: '4.3.2', 2021: '5.1.1', 2022: '5.7.1',
                  2023: '5.8.4', 2024: '5.10.0', 2025: '5.12.1', 2026: '5.12.4'}[y]


def exch_names(s):
    rng = s.rng
    reg = {'en': rng.choice(['namprd%02d' % rng.randint(2, 22), 'eurprd%02d' % rng.randint(1, 10)]),
           'ja': 'jpnprd01', 'ko': 'korprd01', 'zh': 'apcprd06', 'zht': 'apcprd03', 'th': 'apcprd02', 'hi': 'inDprd01'.lower(),
           'ar': 'eurprd10', 'he': 'eurprd05', 'pt': 'prod.exchangelabs' if False else 'namprd20'}.get(s.lang, 'eurprd%02d' % rng.randint(1, 10))
    pfx = {'namprd': rng.choice(['BN8', 'MW4', 'SA1', 'DM6', 'CH3', 'BY5', 'PH7']), 'eurprd': rng.choice(['AM9', 'DB9', 'VI1', 'PA4', 'AS8', 'DU2', 'GV1']),
           'jpnprd': 'TYCP', 'korprd': 'SL2P', 'apcprd': rng.choice(['SEZ', 'TYZ', 'PSA']), 'indprd': 'MA0'}.get(reg[:-2], 'AM9')
    n = reg[-2:]
    host = '%sPR%sMB%d' % (pfx, n, rng.randint(1000, 9999))
    host2 = '%sPR%sMB%d' % (pfx, n, rng.randint(1000, 9999))
    s.exch_host, s.exch_host2 = host, host2
    s.exch_fqdn = '%s.%s.prod.outlook.com' % (host, reg)
    s.exch_fqdn2 = '%s.%s.prod.outlook.com' % (host2, reg)
    s.exch_msgid = host + U.hexs(rng, 24, True)


def default_sender(s):
    """A plausible sender for s.kind / s.client (content functions may override)."""
    rng = s.rng
    k = s.kind
    if k == 'free':
        return mk_person(s, domain=free_domain(s), free=True)
    if k in ('corp', 'compromised'):
        org = rng.choice(P.ORGS[s.lang])
        s.sorg = org
        return mk_person(s, domain=org[1])
    if k == 'lookalike':
        return mk_person(s, domain=s.look_domain or F.shady_domain(rng, ['secure-mail', 'office-docs', 'notice']))
    if k == 'esp':
        return {'name': s.brand['name'] if s.brand else 'Notifications', 'addr': 'no-reply@' + (s.brand_domain or 'notify.example.com')}
    if k == 'vps':
        return mk_person(s, domain=F.shady_domain(rng, ['mail', 'info', 'news', 'promo']))
    if k == 'service':
        return {'name': 'Zoom', 'addr': 'no-reply@zoom.us'}
    return mk_person(s, domain='example.com')


def new_spec(rng, label, cat, lang, client, idx):
    s = Spec()
    s.rng = rng
    s.label, s.category, s.lang, s.client = label, cat['name'], lang, client
    s.L = P.L10N[lang]
    s.content_lang = P.CONTENT_LANG[lang]
    s.quirks = []
    y0, y1 = cat.get('years', (2016, 2026))
    s.arrival = rand_arrival(rng, y0, y1)
    s.year = s.arrival.year
    s.tz = rng.choice(P.TZS[lang])
    s.sent = s.arrival - dt.timedelta(seconds=rng.randint(2, 95))
    s.stamp = s.sent - dt.timedelta(seconds=rng.randint(0, 20))
    s.created = s.stamp - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 3))
    s.hmode = 'B'
    s.method = 'REQUEST'
    s.status = 'CONFIRMED'
    s.seq = 0
    s.alarms = []
    s.atts = []
    s.kind = None
    versions(s)
    exch_names(s)
    # recipient
    rd = rng.choice(P.RCPT_DOMAINS[lang] + (P.RCPT_DOMAINS['en'][:3] if rng.random() < .2 else []))
    s.rcpt = mk_person(s, domain=rd)
    if label == 'spam' and rng.random() < .12:
        s.rcpt = {'name': '', 'addr': '%s@%s' % (rng.choice(['info', 'contact', 'office', 'sales', 'admin', 'hello']), rd), 'first': ''}
    s.rcpt_org = next((o for l in P.ORGS for o in P.ORGS[l] if o[1] == rd), None)
    s.to = [s.rcpt]
    return s


def assign_clients(rng, slots):
    """slots: list of dict(cat=..., lang=...); greedy balancing toward CLIENT_SHARE using allowed clients."""
    used = {c: 0 for c in CLIENT_SHARE}
    order = list(range(len(slots)))
    rng.shuffle(order)
    # most constrained first
    order.sort(key=lambda i: len(slots[i]['cat']['clients']))
    for n, i in enumerate(order):
        allowed = slots[i]['cat']['clients']
        best = max(allowed, key=lambda c: (CLIENT_SHARE[c] * (n + 1) - used[c], rng.random()))
        slots[i]['client'] = best
        used[best] += 1
    return used


def plan(rng, cats, label):
    slots = []
    for cat in cats:
        foreign = list(cat['langs'])
        n = cat['n']
        langs = foreign + ['en'] * (n - len(foreign))
        rng.shuffle(langs)
        for i, l in enumerate(langs):
            slots.append({'cat': cat, 'lang': l, 'i': i, 'label': label})
    assign_clients(rng, slots)
    return slots


def pick_kind(s, cat):
    rng = s.rng
    client = s.client if s.client != 'list' else s.inner_client
    allowed = COMPAT[client]
    w = [(k, v) for k, v in cat['kinds'].items() if k in allowed]
    if not w:
        pref = ['compromised', 'free', 'lookalike', 'vps', 'esp', 'service'] if s.label == 'spam' else ['corp', 'free', 'esp', 'service']
        w = [(k, 1) for k in pref if k in allowed] or [(allowed[0], 1)]
    tot = sum(v for _, v in w)
    x = rng.uniform(0, tot)
    for k, v in w:
        x -= v
        if x <= 0:
            return k
    return w[-1][0]


def finish_defaults(s):
    rng = s.rng
    if s.start is None:
        set_times(s)
    if s.frm is None:
        s.frm = default_sender(s)
    if s.org is None:
        s.org = {'name': s.frm['name'], 'addr': s.frm['addr']}
    if s.kind == 'esp' and s.esp is None:
        cb.use_esp(s, s.frm['addr'].split('@')[1])
    if s.client == 'list' and s.listinfo is None:
        s.listinfo = default_list(s)
    if s.client == 'list':
        li = s.listinfo
        s.to = [{'name': li['name'], 'addr': li['addr']}]
        if s.method == 'REQUEST' and not s.keep_atts:
            s.atts = [{'name': li['name'], 'addr': li['addr'], 'ps': 'NEEDS-ACTION', 'rsvp': 'FALSE', 'role': 'REQ-PARTICIPANT'}]
    if s.summary is None:
        s.summary = '(no title)'
    if s.method in ('REQUEST', 'CANCEL') and not s.atts and not s.no_atts:
        s.atts = [dict(s.rcpt, ps='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE')]
    if s.uid:
        s.uid_given = True
    else:
        s.uid = U.uid4(rng)
    if s.client == 'outlook' and s.variant is None:
        s.variant = 'desktop' if rng.random() < .3 else 'exchange'
    if s.client == 'apple' and s.variant is None:
        s.variant = 'server' if rng.random() < .45 else 'mail'
    if s.client == 'zoom' and s.variant is None:
        s.variant = 'webinar' if (s.category in ('webinar-conference',) or (s.label == 'spam' and rng.random() < .7)) else 'meeting'
    if s.label == 'spam' and s.method == 'REQUEST' and (
            (s.client == 'booking' and rng.random() < .45) or (s.client == 'kit' and rng.random() < .2)):
        s.method = 'PUBLISH'
    if s.client == 'kit' and s.variant is None:
        s.variant = rng.choice(['k1', 'k2', 'k3', 'k4'])
    if s.client == 'booking' and s.variant is None:
        s.variant = rng.choice(['mixed', 'mixed', 'alt3'])
    if s.client == 'nextcloud':
        fd = s.org['addr'].split('@')[1]
        s.nc_host = s.nc_host or rng.choice(['cloud.', 'nextcloud.', 'nc.', 'files.']) + fd
        s.nc_name = s.nc_name or rng.choice(['Nextcloud', 'Nextcloud', (s.sorg[0] if s.sorg else fd.split('.')[0].capitalize()) + ' Cloud'])
        s.nc_noreply = 'noreply@' + s.nc_host if rng.random() < .5 else 'nextcloud@' + fd
        s.hdr_from_domain = s.nc_noreply.split('@')[1]
    if s.client == 'zoom':
        host = s.frm
        s.org = s.org if s.org and s.org['addr'] != 'no-reply@zoom.us' else host
        s.frm = {'name': s.org.get('name') or 'Zoom', 'addr': 'no-reply@zoom.us'}
        s.kind = 'service'
        if s.method == 'REQUEST':
            s.method = 'PUBLISH' if rng.random() < .7 else 'REQUEST'
        if not s.conf or s.conf.get('kind') != 'zoom':
            s.conf = F.zoomconf(rng)
        if s.label == 'ham' or not s.location:
            s.location = s.conf['url']
    s.soff = U.utcoff(s.tz, U.from_utc(s.tz, s.sent))
    # charsets: legacy 8-bit / ISO-2022 charsets where the client would use them
    eff = s.inner_client if s.client == 'list' else s.client
    leg = P.LEGACY_CS[s.lang]
    if eff in ('thunderbird', 'kit', 'zimbra', 'booking', 'outlook'):
        if rng.random() < (.65 if s.lang != 'en' else .3) and (eff != 'outlook' or s.lang not in ('en', 'hi')):
            s.cs = rng.choice(leg)
        if eff in ('thunderbird', 'kit') and s.cs and rng.random() < .6:
            s.hcs = s.cs
            s.hmode = rng.choice(['B', 'Q']) if s.lang in ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr') else 'B'
        if eff in ('thunderbird', 'kit') and s.cs and rng.random() < .3:
            s.ics_cs = s.cs
    # own mail servers of small organisations are often only half configured (same odds for both labels)
    if s.kind in ('corp', 'compromised') and eff in ('thunderbird', 'kit', 'nextcloud', 'zimbra', 'sogo') and rng.random() < .3:
        s.no_dkim = True
        if rng.random() < .4:
            s.spf_result = rng.choice(['softfail', 'neutral', 'none'])
        if rng.random() < .5:
            s.dmarc_none = True
    if s.kind in ('corp', 'compromised', 'lookalike') and eff in ('outlook',) and rng.random() < .1:
        s.no_dkim = True
    s.ws_dkim = rng.random() < .85
    if eff == 'booking' and rng.random() < .2:
        s.quirks.append(rng.choice(['nofold', 'no_method', 'no_vtimezone']))
    # sloppy generators (used by spammers and small legitimate senders alike)
    if eff == 'kit' and rng.random() < (.55 if s.label == 'spam' else .3):
        q = rng.choice(['nofold', 'nofold', 'charfold', 'no_method', 'method_mismatch', 'bare_lf', 'bare_lf', 'no_vtimezone'])
        s.quirks.append(q)
        if q == 'method_mismatch':
            s.ctmethod = 'PUBLISH' if s.method == 'REQUEST' else 'REQUEST'
        if q == 'no_method' and rng.random() < .5:
            s.ctmethod = ''


LISTS = {
    'en': [('Westbrook Faculty Announcements', 'faculty-announce', 'lists.westbrook.edu.example', 'faculty'),
           ('Open Geodata Users', 'users', 'lists.opengeodata.org', 'geodata'),
           ('Riverside Cycling Club', 'members', 'lists.riversidecc.org.uk', 'RCC'),
           ('PyData Chapter Organizers', 'organizers', 'mail.pydata-chapters.example', 'organizers')],
    'de': [('Fachschaft Informatik', 'fs-info', 'lists.uni-example.de', 'fs-info'), ('LUG Rhein-Main', 'lug', 'lists.lug-rheinmain.de', 'LUG')],
    'fr': [('Association des parents – école Jules Ferry', 'parents', 'listes.ape-julesferry.fr', 'APE'), ('Réseau OSM France', 'talk-fr', 'lists.osm-fr.example', 'talk-fr')],
    'ru': [('Клуб любителей астрономии', 'astro', 'lists.astroclub.ru', 'astro')],
    'ja': [('関西Rubyユーザー会', 'kansai-rb', 'ml.kansai-rb.jp', 'kansai-rb')],
    'pt': [('Grupo de Usuários Linux SP', 'gul-sp', 'listas.gulsp.org.br', 'GUL-SP')],
    'el': [('Σύλλογος Αποφοίτων Φυσικού', 'alumni', 'lists.physics-alumni.gr', 'alumni')],
}


def default_list(s):
    rng = s.rng
    opts = LISTS.get(s.lang) or LISTS['en']
    name, local, host, tag = rng.choice(opts)
    dom = host.split('.', 1)[1]
    sign = rng.random() < .6
    return {'name': name, 'addr': '%s@%s' % (local, dom), 'host': host, 'tag': tag if rng.random() < .7 else None,
            'munge': rng.random() < .35, 'sign': sign, 'dkim_d': dom,
            'ver': rng.choice(['2.1.39', '2.1.29', '3.3.8', '2.1.23']), 'mta': 'mail.' + dom}


# ---------------------------------------------------------------- wrappers
def split_ct(hdrs):
    """Remove Content-Type / Content-Transfer-Encoding from a header list; return (rest, removed)."""
    rest, ct = [], []
    for h in hdrs:
        if h.lower().startswith(('content-type:', 'content-transfer-encoding:')):
            ct.append(h)
        else:
            rest.append(h)
    return rest, ct


def list_wrap(s, hdrs, body):
    rng = s.rng
    li = s.listinfo
    rest, ct = split_ct(hdrs)
    out = []
    for h in rest:
        if h.startswith('Subject: ') and li.get('tag'):
            h = 'Subject: [%s] %s' % (li['tag'], h[len('Subject: '):])
        if h.startswith('From: ') and li.get('munge'):
            h = 'From: ' + U.addr('%s via %s' % (s.frm['name'] or s.frm['addr'], li['name']), li['addr'], 'utf-8', 'B', True)
        out.append(h)
    if li.get('munge'):
        out.append('Reply-To: ' + U.addr(s.frm['name'], s.frm['addr'], 'utf-8', 'B'))
    lid = li['addr'].replace('@', '.')
    out += ['List-Id: %s <%s>' % (U.ew(li['name']), lid),
            'List-Unsubscribe: <https://%s/mailman/options/%s>,\n <mailto:%s-request@%s?subject=unsubscribe>' % (li['host'], li['addr'].split('@')[0], li['addr'].split('@')[0], li['host']),
            'List-Archive: <https://%s/pipermail/%s/>' % (li['host'], li['addr'].split('@')[0]),
            'List-Post: <mailto:%s>' % li['addr'],
            'List-Help: <mailto:%s-request@%s?subject=help>' % (li['addr'].split('@')[0], li['host']),
            'List-Subscribe: <https://%s/mailman/listinfo/%s>,\n <mailto:%s-request@%s?subject=subscribe>' % (li['host'], li['addr'].split('@')[0], li['addr'].split('@')[0], li['host']),
            'Errors-To: %s-bounces@%s' % (li['addr'].split('@')[0], li['host']),
            'Sender: ' + U.addr(li['name'], '%s-bounces@%s' % (li['addr'].split('@')[0], li['host']), 'utf-8', 'B', True),
            'Precedence: list', 'X-BeenThere: ' + li['addr'], 'X-Mailman-Version: ' + li['ver']]
    foot = '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (
        li['name'], li['addr'], li['host'], li['addr'].split('@')[0])
    b = '===============%s==' % U.digits(rng, 19)
    inner = U.part(ct, body)
    ft = U.part(['Content-Type: text/plain; charset="us-ascii"', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: 7bit',
                 'Content-Disposition: inline'], foot.encode())
    nb = U.multipart([], b, [inner, ft])[2:]
    out += ['Content-Type: multipart/mixed; boundary="%s"' % b]
    return out, nb


def forward_wrap(s, hdrs, body):
    """Thunderbird / Apple Mail style forward as attachment (message/rfc822)."""
    rng = s.rng
    fw = s.fwd
    inner = ('\n'.join(hdrs)).encode('ascii') + b'\n\n' + body
    b = '------------' + U.alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    note = fw['note']
    cs = 'UTF-8'
    p1 = C.leaf_tp('Content-Type: text/plain; charset={cs}; format=flowed', note, cs, '7bit' if U.is_ascii(note) else '8bit')
    p2 = U.part(['Content-Type: message/rfc822; name="%s.eml"' % U.ew(fw['orig_subject'][:40]).replace('"', ''),
                 'Content-Disposition: attachment; filename="%s.eml"' % U.ew(fw['orig_subject'][:40]).replace('"', '')], inner)
    nb = U.multipart([], b, [p1, p2], preamble='This is a multi-part message in MIME format.')[2:]
    fwd_from = fw['from']
    out = ['Message-ID: <%s@%s>' % (U.uid4(rng), fwd_from['addr'].split('@')[1]), C.date_hdr(s), 'MIME-Version: 1.0']
    out.append(s.tb_ua if fw['style'] == 'thunderbird' else 'X-Mailer: Apple Mail (%s)' % s.apple_mail[1])
    out += ['From: ' + U.addr(fwd_from['name'], fwd_from['addr']), 'To: ' + U.addr(s.rcpt.get('name'), s.rcpt['addr']),
            C.subj_hdr('%s %s' % (s.L['fwd'], fw['orig_subject']), s),
            'Content-Type: multipart/mixed; boundary="%s"' % b]
    return out, nb


# ---------------------------------------------------------------- build one message
def build(rng, slot, idx):
    cat = slot['cat']
    s = new_spec(rng, slot['label'], cat, slot['lang'], slot['client'], idx)
    if s.client == 'list':
        s.inner_client = rng.choice(['outlook', 'google', 'thunderbird', 'thunderbird', 'kit', 'apple'])
    s.kind = pick_kind(s, cat)
    if s.kind == 'vps' and (s.inner_client if s.client == 'list' else s.client) in ('google', 'outlook', 'apple', 'zimbra'):
        s.forged = True      # a replayed client template sent from a VPS
    cat['fn'](s)                     # content: fills summary/desc/frm/etc.
    finish_defaults(s)
    if s.client == 'list':
        li = s.listinfo
        # the list relays it; original sender's signature breaks (footer + subject tag)
        s.dmarc_pol = ('NONE', 'NONE') if not li.get('munge') else None
        real_client = s.client
        s.client = s.inner_client
        if s.client in ('outlook',) and s.variant is None:
            s.variant = 'exchange'
        if s.client == 'apple' and s.variant not in ('mail', 'server'):
            s.variant = 'mail'
        if s.client == 'kit' and s.variant not in ('k1', 'k2', 'k3', 'k4'):
            s.variant = rng.choice(['k2', 'k3', 'k4'])
        s.kind = s.list_orig_kind or ('free' if s.frm['addr'].split('@')[1] in infra.FREE_INFRA else 'corp')
        infra.setup(s)
        hdrs, body = C.RENDER[s.client](s)
        orig_block = s.sender_block
        orig_dkims = [(d, sel, 'fail', b8) for d, sel, r, b8 in s.dkims]
        orig_helo, orig_ip = s.helo, s.ip
        hdrs, body = list_wrap(s, hdrs, body)
        s.client = real_client
        # list outbound
        lh = li['host']
        s.env = '%s-bounces+%s=%s@%s' % (li['addr'].split('@')[0], s.rcpt['addr'].split('@')[0], s.rcpt['addr'].split('@')[1], lh)
        s.helo = s.rdns = li.get('mta', 'mail.' + lh)
        s.ip = infra.ip(rng)
        s.tls = True
        s.spf = ('pass', lh)
        s.dkims = orig_dkims
        lblock = []
        if li.get('sign'):
            sig, b8 = infra.dkim_sig(rng, li['dkim_d'], 'list', 'from:to:subject:date:message-id:list-id', infra.ts(s.sent))
            s.dkims = s.dkims + [(li['dkim_d'], 'list', 'pass', b8)]
            lblock.append(sig)
        lblock.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            orig_helo, orig_helo, orig_ip, s.helo, infra.qid(rng), li['addr'], U.rfcdate(s.sent, 0, 'UTC')))
        fd = s.frm['addr'].split('@')[1]
        if li.get('munge'):
            dd = li['addr'].split('@')[1]
            ok = any(r == 'pass' and infra.org_domain(d) == infra.org_domain(dd) for d, _, r, _ in s.dkims) or infra.org_domain(lh) == infra.org_domain(dd)
            s.dmarc = ('pass' if ok else 'fail', dd)
            s.dmarc_pol = ('NONE', 'NONE') if not ok else ('REJECT', 'REJECT') if rng.random() < .3 else ('NONE', 'NONE')
        else:
            s.dmarc = ('fail', fd) if fd not in ('t-online.de',) else ('none', fd)
            s.dmarc_pol = ('NONE', 'NONE') if s.dmarc[0] == 'fail' else None
        s.sender_block = lblock + orig_block
    elif s.fwd and s.fwd.get('style') in ('thunderbird', 'apple'):
        fw = s.fwd
        # inner original (rendered by the original organiser's client)
        inner_client = fw['inner_client']
        real = s.client, s.frm, s.rcpt, s.to, s.variant
        s.client = inner_client
        s.variant = fw.get('inner_variant')
        s.to = [fw['from']]
        s.rcpt = fw['from']
        if s.client == 'outlook' and s.variant is None:
            s.variant = 'exchange'
        if s.client == 'apple' and s.variant is None:
            s.variant = 'server'
        if s.client == 'kit' and s.variant is None:
            s.variant = 'k3'
        fw['orig_sent'] = s.sent
        real_sent, real_soff = s.sent, s.soff
        s.sent = s.sent - dt.timedelta(hours=rng.randint(2, 120), minutes=rng.randint(0, 59))
        ihdrs, ibody = C.RENDER[s.client](s)
        s.sent, s.soff = real_sent, real_soff
        ihdrs = [h for h in ihdrs]
        fw['orig_subject'] = fw.get('orig_subject_plain') or s.summary
        s.client, s.frm, s.rcpt, s.to, s.variant = real
        s.frm = fw['from']
        s.kind = s.kind
        infra.setup(s)
        hdrs, body = forward_wrap(s, ihdrs, ibody)
    else:
        infra.setup(s)
        hdrs, body = C.RENDER[s.client](s)
    if s.hdr_from_domain and s.dmarc and s.client != 'list':
        s.dmarc = (s.dmarc[0], s.hdr_from_domain)
    top = infra.mx_headers(s)
    allh = top + s.sender_block + (s.extra_hdrs or []) + hdrs
    for h in allh:
        if not U.is_ascii(h):
            raise ValueError('non-ASCII header in %s/%s (%s): %r' % (s.label, s.category, s.client, h[:200]))
    data = ('\n'.join(allh)).encode('ascii') + b'\n\n' + body
    return s, U.crlf(data)


# ---------------------------------------------------------------- README
def readme(stats, out):
    spam_cats, ham_cats, langs, clients, charsets, ctes, years, methods = stats
    L = []
    L.append('# train13 – calendar invitation exam corpus\n')
    L.append('A labelled test corpus of %d RFC 5322 messages (%d spam, %d ham) that each carry an iCalendar object '
             '(text/calendar or .ics attachment with at least one VEVENT or VTODO). It is meant to be run once, as an '
             'exam, against a calendar anti-spam filter that was written independently of it.\n'
             % (sum(v[0] for v in spam_cats.values()) + sum(v[0] for v in ham_cats.values()),
                sum(v[0] for v in spam_cats.values()), sum(v[0] for v in ham_cats.values())))
    L.append('Everything here was generated by `gen.py` (fixed seed %d, Python 3 standard library only). '
             'No message was copied from anywhere; all people, companies, shops, phone numbers, codes and most domains are '
             'fictional. Real brand and service names appear in text and inside look-alike domains, and the big mail and '
             'calendar providers (google.com, outlook.com, icloud.com, yahoo.com, zoom.us, several national free-mail '
             'providers) and common hosting services appear in headers and links because real invitations and real '
             'calendar spam are sent through them. IP addresses are from the documentation ranges '
             '(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).\n' % SEED)
    L.append('## Layout\n\n- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`\n- `labels.tsv`: `path`, `label`, '
             '`category`, `description` (tab-separated, paths relative to this directory)\n\n'
             'Every message starts with the headers of the receiving MX `mx.example.net` (Return-Path, Delivered-To, '
             'Authentication-Results, Received), followed by the sending side\'s Received/DKIM-Signature headers and the '
             'client\'s own headers. Authentication results fit each sender set-up: pass for real free-mail accounts, '
             'compromised mailboxes and registered look-alike domains; fail/softfail/none for spoofs and VPS senders; '
             'dkim=fail next to a passing list signature for mailing-list copies.\n')
    for title, cats in (('Spam', spam_cats), ('Ham', ham_cats)):
        L.append('## %s categories\n\n| category | count | what it is |\n|---|---:|---|' % title)
        for k in sorted(cats):
            L.append('| %s | %d | %s |' % (k, cats[k][0], cats[k][1]))
        L.append('| **total** | **%d** | |\n' % sum(v[0] for v in cats.values()))
    L.append('## Languages\n\n| language | spam | ham |\n|---|---:|---:|')
    for l in P.LANGS:
        if l in langs:
            L.append('| %s | %d | %d |' % (P.LANG_NAME[l], langs[l].get('spam', 0), langs[l].get('ham', 0)))
    L.append('\nBody charsets used: %s.\nTransfer encodings: %s.\n' % (', '.join(sorted(charsets)), ', '.join(sorted(ctes))))
    L.append('## Sending clients / services\n\nThe client style is spread over both labels in similar proportions, so the '
             'client alone says nothing about the label.\n\n| client style | spam | ham |\n|---|---:|---:|')
    for c in CLIENT_SHARE:
        L.append('| %s | %d | %d |' % (CLIENT_LABEL[c], clients[c].get('spam', 0), clients[c].get('ham', 0)))
    L.append('\niTIP methods (METHOD property; "none" = no METHOD): ' + ', '.join('%s %d/%d' % (m, v.get('spam', 0), v.get('ham', 0)) for m, v in sorted(methods.items())) + ' (spam/ham).\n')
    L.append('Arrival years: ' + ', '.join('%d: %d' % (y, years[y]) for y in sorted(years)) + '.\n')
    L.append('## Notes\n\n- Ham deliberately includes messages that look like spam at first glance (bookings with codes, '
             'amounts and phone numbers, webinars with hundreds of attendees and "free"/"offer" wording, recurring '
             'series without end date sent from free mail, password-expiry notices, bank-detail warnings, requested '
             'support callbacks, replies and cancellations, mailing-list copies with broken DKIM).\n'
             '- Spam deliberately includes messages from authenticated accounts (free mail, compromised mailboxes, '
             'look-alike domains with valid DKIM/SPF/DMARC) with short polite texts, and payloads placed only in the '
             'iCalendar part.\n- Event dates are relative to the arrival date (mostly days to weeks later; a few far '
             'in the future or in the past where the category calls for it).\n'
             '- A few iCalendar parts are deliberately malformed the way sloppy generators produce them (missing METHOD, '
             'method parameter disagreeing with METHOD, unfolded long lines, bare LF line ends inside a base64 part). '
             'All message files themselves use CRLF line ends.\n')
    L.append('## Licence\n\nCC0 1.0 Universal – public domain dedication. Everything in this corpus was written or '
             'generated by the author of gen.py; no third-party message was copied. '
             'https://creativecommons.org/publicdomain/zero/1.0/\n')
    L.append('Generated by gen.py.\n')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    rng = random.Random(SEED)
    if os.path.isdir(out):
        for sub in ('spam', 'ham'):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    rows = []
    stats_cat = {'spam': {}, 'ham': {}}
    langs, clients, charsets, ctes, years, methods = {}, {c: {} for c in CLIENT_SHARE}, set(), set(), {}, {}
    quirks = {}
    for label, cats in (('spam', spamcat.CATEGORIES), ('ham', hamcat.CATEGORIES)):
        slots = plan(rng, cats, label)
        counters = {}
        for slot in sorted(slots, key=lambda x: (x['cat']['name'], x['i'])):
            cname = slot['cat']['name']
            counters[cname] = counters.get(cname, 0) + 1
            n = counters[cname]
            mrng = random.Random('%d/%s/%s/%d' % (SEED, label, cname, n))
            s, data = build(mrng, slot, n)
            rel = '%s/%s/%03d.eml' % (label, cname, n)
            path = os.path.join(out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            d = (s.note or slot['cat']['desc']).replace('\t', ' ').replace('\n', ' ')
            rows.append((rel, label, cname, d))
            stats_cat[label].setdefault(cname, [0, slot['cat']['desc']])[0] += 1
            langs.setdefault(s.lang, {}).setdefault(label, 0)
            langs[s.lang][label] += 1
            clients[slot['client']][label] = clients[slot['client']].get(label, 0) + 1
            years[s.year] = years.get(s.year, 0) + 1
            m = s.method if (s.method and 'no_method' not in s.quirks) else 'none'
            methods.setdefault(m, {}).setdefault(label, 0)
            methods[m][label] += 1
            for q in s.quirks:
                quirks[q] = quirks.get(q, 0) + 1
            for line in data.split(b'\r\n'):
                ll = line.lower()
                if ll.startswith(b'content-type:') and b'charset=' in ll:
                    cs = ll.split(b'charset=')[1].split(b';')[0].strip(b'"').decode()
                    charsets.add(cs)
                if ll.startswith(b'content-transfer-encoding:'):
                    ctes.add(ll.split(b':', 1)[1].strip().decode())
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    readme((stats_cat['spam'], stats_cat['ham'], langs, clients, charsets, ctes, years, methods), out)
    print('wrote %d messages to %s' % (len(rows), out))
    print('  quirks: %s' % ', '.join('%s=%d' % kv for kv in sorted(quirks.items())))
    for c in CLIENT_SHARE:
        print('  %-12s spam %3d  ham %3d' % (c, clients[c].get('spam', 0), clients[c].get('ham', 0)))
    for l in P.LANGS:
        print('  %-4s spam %3d  ham %3d' % (l, langs.get(l, {}).get('spam', 0), langs.get(l, {}).get('ham', 0)))


if __name__ == '__main__':
    main()
