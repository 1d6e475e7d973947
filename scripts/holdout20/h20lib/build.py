"""Turn a message spec (category content) into a rendered RFC 5322 message."""
import datetime as dt
import random
from .lang import BOIL, NAMES, FREEMAIL, CORP, UNI, TZS, LEGACY, LOCALE, DATEFMT
from .util import UTC, from_utc, to_utc, can_encode
from .clients import Msg, render, uuid4, ms_uid
from .senders import rtok, ALNUM, HEX

VANITY = {'en': ['thecarters.net', 'hollisfamily.org', 'rhodes.me.uk', 'kmarsh.net', 'oakridge-home.us'],
          'de': ['familie-vogel.de', 'huber-home.de'], 'fr': ['famille-durand.fr'], 'es': ['casa-ortega.es'],
          'it': ['famiglia-conti.it'], 'pt': ['familia-souza.com.br'], 'nl': ['devries-thuis.nl'], 'pl': ['nowakowie.pl'],
          'ru': ['smirnov-home.ru'], 'el': ['papadopoulos-home.gr'], 'ar': ['alharbi-family.sa'], 'he': ['cohen-home.co.il'],
          'zh': ['wangjia.cn'], 'zt': ['linhome.tw'], 'ja': ['sato-ke.jp'], 'ko': ['kimfamily.kr'], 'hi': ['sharma-ghar.in'],
          'th': ['jaidee-home.co.th'], 'tr': ['yilmaz-aile.com.tr']}
GENERIC = ['example.net', 'example.org', 'example.com', 'mail.example.net']

CLIENT_QUOTA = {'google': 27, 'outlook': 31, 'icloud': 13, 'thunderbird': 11, 'zoom': 7, 'nextcloud': 7, 'zimbra': 8,
                'yahoo': 8, 'sogo': 5, 'booking': 13, 'listserv': 11, 'handrolled': 19}

COMPAT = {
    'google': {'free', 'corp', 'compromised', 'lookalike', 'uni'},
    'outlook': {'free', 'corp', 'compromised', 'lookalike', 'uni', 'spoof', 'vps'},
    'icloud': {'free', 'corp', 'compromised', 'lookalike', 'uni'},
    'thunderbird': {'free', 'corp', 'compromised', 'lookalike', 'uni', 'spoof', 'vps'},
    'zoom': {'free', 'corp', 'compromised', 'lookalike', 'uni', 'vps', 'service'},
    'nextcloud': {'corp', 'compromised', 'lookalike', 'vps', 'uni', 'free'},
    'zimbra': {'corp', 'compromised', 'uni', 'vps', 'free', 'lookalike'},
    'yahoo': {'free', 'compromised'},
    'sogo': {'uni', 'corp', 'compromised'},
    'booking': {'service', 'lookalike', 'spoof', 'compromised', 'corp'},
    'handrolled': {'corp', 'service', 'vps', 'spoof', 'lookalike', 'compromised', 'uni'},
    'listserv': {'free', 'corp', 'compromised', 'uni'},
}


def slug(s):
    return ''.join(c for c in s.lower() if c.isalnum() or c == '-')


def pick_local(rng, first, last, style=None):
    style = style or rng.choice(['f.l', 'fl', 'f', 'fi.l', 'f_l', 'fl#'])
    first, last = slug(first), slug(last)
    return {'f.l': '%s.%s' % (first, last), 'fl': first + last, 'f': first, 'fi.l': '%s.%s' % (first[0], last),
            'f_l': '%s_%s' % (first, last), 'fl#': '%s%s%d' % (first, last[:1], rng.randint(7, 99))}[style]


def free_local(rng, first, last):
    return rng.choice(['%s.%s%d' % (first, last, rng.randint(1, 99)), '%s%s' % (first, last), '%s.%s' % (first, last),
                       '%s_%s%d' % (first[0], last, rng.randint(70, 2001)), '%s%d' % (first, rng.randint(10, 9999))])


def assign_clients(specs, cats, label):
    """Greedy assignment of sending clients to specs under a global quota shared by both labels."""
    quota = dict(CLIENT_QUOTA)
    total = sum(quota.values())
    if total != len(specs):
        scale = len(specs) / total
        quota = {k: max(1, round(v * scale)) for k, v in quota.items()}
    rng = random.Random('clients|' + label)
    order = list(range(len(specs)))
    allowed = []
    for s in specs:
        al = s.get('clients') or cats[s['cat']]['clients']
        kinds = [s['kind']] if s.get('kind') else cats[s['cat']]['kinds']
        al = [c for c in al if any(k in COMPAT[c] for k in kinds)]
        allowed.append(al)
    rng.shuffle(order)
    order.sort(key=lambda i: len(allowed[i]))
    out = [None] * len(specs)
    for i in order:
        al = allowed[i]
        best = max(al, key=lambda c: (quota.get(c, 0), rng.random()))
        out[i] = best
        quota[best] = quota.get(best, 0) - 1
    return out


YEAR_W = {2016: 6, 2017: 6, 2018: 9, 2019: 10, 2020: 12, 2021: 13, 2022: 17, 2023: 20, 2024: 21, 2025: 19, 2026: 15}


def rand_arrival(rng, years):
    y0, y1 = years
    if years == (2016, 2026):
        ys = list(YEAR_W)
        y = rng.choices(ys, weights=[YEAR_W[k] for k in ys])[0]
        y0 = y1 = y
    start = dt.datetime(y0, 1, 1, tzinfo=UTC)
    end = dt.datetime(min(y1, 2026), 11, 30, 23, 0, tzinfo=UTC) if y1 >= 2026 else dt.datetime(y1, 12, 31, 23, tzinfo=UTC)
    t = start + dt.timedelta(seconds=rng.randint(0, int((end - start).total_seconds())))
    return t


class Ctx(dict):
    def __missing__(self, k):
        return '{' + k + '}'


def fill(s, ctx):
    if s is None:
        return None
    if isinstance(s, (list, tuple)):
        return type(s)(fill(x, ctx) for x in s)
    if not isinstance(s, str):
        return s
    return s.format_map(ctx)


def build(spec, cats, label, idx, client):
    cat = spec['cat']
    cm = cats[cat]
    key = 'h20|%s|%s|%d' % (label, cat, idx)
    rng = random.Random(key)
    lang = spec['lang']
    years = spec.get('years') or cm.get('years') or ((2019, 2026) if spec.get('sub') == 'teams' else (2016, 2026))
    arrival = rand_arrival(rng, years)
    tz = spec.get('tz') or rng.choice(TZS[lang])
    if label == 'ham' and client not in ('booking', 'handrolled', 'zoom') and rng.random() < 0.85:
        loc = from_utc(tz, arrival)
        loc = loc.replace(hour=rng.randint(8, 18))
        arrival = to_utc(tz, loc)
    # ------------------------------------------------ kind & substyle
    kinds = [spec['kind']] if spec.get('kind') else [k for k in cm['kinds'] if k in COMPAT[client]]
    if not kinds:
        kinds = [sorted(COMPAT[client])[0]]
    if client == 'outlook' and any(k not in ('vps', 'spoof') for k in kinds) and rng.random() < 0.6:
        kinds = [k for k in kinds if k not in ('vps', 'spoof')]
    if client == 'icloud' and 'free' in kinds and rng.random() < 0.6:
        kinds = ['free']
    kind = rng.choice(kinds)
    sub = spec.get('sub')
    inner = None
    if client == 'listserv':
        inner = spec.get('inner') or rng.choice(['google', 'outlook', 'thunderbird', 'zimbra', 'icloud', 'thunderbird'])
        if kind == 'free' and inner == 'zimbra':
            inner = 'thunderbird'
    rc = inner or client
    if rc == 'outlook' and not sub:
        opts = []
        if kind in ('free',):
            opts = ['o365', 'o365', 'o365', 'olk'] if label == 'spam' else ['o365', 'o365', 'olk']
        elif kind in ('spoof', 'vps'):
            opts = ['olk']
        else:
            opts = (['o365', 'o365', 'teams', 'teams', 'onprem', 'onprem', 'onprem', 'olk'] if label == 'spam' else
                    ['o365', 'o365', 'teams', 'teams', 'onprem', 'olk', 'olk'])
            if arrival.year < 2018:
                opts = [o for o in opts if o != 'teams']
        sub = rng.choice(opts)
    if rc == 'outlook' and sub in ('o365', 'teams', 'onprem') and kind in ('spoof', 'vps'):
        sub = 'olk'
    if rc == 'outlook' and sub == 'onprem' and kind == 'free':
        sub = 'o365'
    if spec.get('fwd') and rc == 'outlook':
        sub = 'o365' if kind == 'free' else rng.choice(['o365', 'onprem', 'o365'])
    if rc == 'icloud' and not sub:
        sub = 'server' if (kind == 'free' and rng.random() < 0.55) else 'mail'
    if rc == 'icloud' and sub == 'server' and kind != 'free':
        sub = 'mail'
    if rc == 'handrolled' and not sub:
        sub = rng.choice(['bulk', 'bulk', 'php', 'python', 'dotnet', 'java']) if label == 'spam' else rng.choice(['php', 'python', 'dotnet', 'java', 'php', 'bulk'])
    # ------------------------------------------------ recipient
    rlang = spec.get('rlang', lang)
    rn = rng.choice(NAMES[rlang])
    if spec.get('internal'):
        spec = dict(spec, rdom=rng.choice(CORP[rlang] if kind != 'uni' else UNI[rlang]))
    rdom = spec.get('rdom') or rng.choice(CORP[rlang] + GENERIC + VANITY[rlang] + (VANITY[rlang] if cat in ('personal-family', 'community-series') else []))
    role_ok = label == 'spam' or cat in ('travel-booking', 'reservation-appointment', 'support-callback', 'vendor-webinar')
    rlocal = pick_local(rng, rn[1], rn[2]) if (rng.random() < 0.85 or not role_ok) else rng.choice(['info', 'office', 'contact', rn[1]])
    rcpt = (rn[0] if rng.random() < 0.8 else '', '%s@%s' % (rlocal, rdom))
    # ------------------------------------------------ sender
    sn = rng.choice([n for n in NAMES[lang] if n[0] != rn[0]])
    from_name = spec.get('from_name') or sn[0]
    corp_pool = [d for d in CORP[lang] + (CORP['en'] if lang != 'en' and rng.random() < 0.2 else []) if d != rdom]
    if spec.get('internal'):
        spec = dict(spec, from_dom=rdom)
    dom = None
    m = Msg(rng=rng, lang=lang, L=BOIL[lang], label=label, cat=cat, client=rc, sub=sub, kind=kind, tz=tz)
    if kind == 'free':
        if rc == 'google':
            dom = 'gmail.com'
        elif rc == 'outlook':
            dom = rng.choice(['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'] + (['hotmail.es'] if lang == 'es' else []) +
                             (['hotmail.fr'] if lang == 'fr' else []) + (['outlook.de'] if lang == 'de' else []))
        elif rc == 'icloud':
            dom = rng.choice(['icloud.com', 'icloud.com', 'me.com'])
        elif rc == 'yahoo':
            dom = {'ja': 'yahoo.co.jp', 'zt': 'yahoo.com.tw', 'fr': 'yahoo.fr', 'es': 'yahoo.es', 'el': 'yahoo.gr',
                   'hi': 'yahoo.co.in', 'de': 'yahoo.de', 'it': 'yahoo.it'}.get(lang, rng.choice(['yahoo.com', 'yahoo.com', 'aol.com', 'ymail.com']))
        else:
            pool = [d for d in FREEMAIL[lang] if d not in ('gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com', 'hotmail.es')]
            dom = rng.choice(pool or ['gmx.com', 'mail.com', 'zohomail.com'])
            m.infra = 'isp'
        local = spec.get('from_local') or free_local(rng, sn[1], sn[2])
    elif kind in ('corp', 'compromised'):
        dom = spec.get('from_dom') or rng.choice(corp_pool if rc != 'sogo' else UNI[lang] + corp_pool[:1])
        local = spec.get('from_local') or pick_local(rng, sn[1], sn[2])
    elif kind == 'uni':
        dom = spec.get('from_dom') or rng.choice(UNI[lang])
        local = spec.get('from_local') or pick_local(rng, sn[1], sn[2])
    elif kind in ('lookalike', 'vps', 'spoof'):
        doms = spec.get('dom') or ['%s-%s.%s' % (rtok(rng, 5, 'abcdefghijklmnopqrstuvwxyz'), rng.choice(['mail', 'info', 'group', 'news']), rng.choice(['com', 'net', 'top', 'xyz']))]
        dom = rng.choice(doms) if isinstance(doms, list) else doms
        if dom == '{rdom}':
            dom = rdom
        local = spec.get('from_local') or (pick_local(rng, sn[1], sn[2]) if not spec.get('from_name') else
                                           rng.choice(['no-reply', 'support', 'service', 'info', 'notification', 'account', 'noreply', 'security']))
        if isinstance(local, list):
            local = rng.choice(local)
        if kind == 'lookalike':
            m.infra = 'own' if rc in ('thunderbird', 'nextcloud', 'zimbra', 'handrolled', 'booking') else None
            if rc == 'handrolled' or (rc == 'outlook' and sub == 'olk'):
                m.infra = 'vps'
            m.spf = 'pass'
        elif kind == 'vps':
            m.infra = 'vps'
            r = rng.random()
            if r < 0.45:
                m.dkim_d = False
            m.spf = rng.choice(['pass', 'pass', 'none', 'neutral'])
        else:  # spoof
            m.infra = 'vps'
            envd = '%s.%s' % (rtok(rng, rng.randint(5, 9), 'abcdefghijklmnopqrstuvwxyz'), rng.choice(['com', 'net', 'info', 'online', 'site', 'ru', 'top']))
            if rng.random() < 0.5:
                m.envelope = '%s@%s' % (rng.choice(['bounce', 'info', 'admin', 'mail', rtok(rng, 6, 'abcdefghijklmnopqrstuvwxyz')]), envd)
                m.dkim_d = envd if rng.random() < 0.5 else False
                m.spf = 'pass'
                m.env_domain = envd
                m.helo = 'mail.' + envd
            else:
                m.dkim_d = False
                m.spf = rng.choice(['softfail', 'fail', 'none', 'neutral'])
    elif kind == 'service':
        svc = spec.get('service') or {}
        dom = svc.get('domain') or spec.get('from_dom')
        local = spec.get('from_local') or svc.get('local', 'noreply')
        from_name = spec.get('from_name') or svc.get('name', from_name)
    if client == 'zoom' and kind == 'free':
        dom = rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])
    if kind in ('compromised', 'corp', 'uni', 'lookalike') and rc in ('thunderbird', 'zimbra', 'sogo', 'nextcloud') and m.infra is None:
        m.infra = 'own'
    if rc == 'icloud' and sub == 'mail' and kind != 'free' and m.infra is None:
        m.infra = 'own'
    if rc == 'outlook' and sub == 'olk' and m.infra is None:
        m.infra = 'own' if kind != 'free' else 'isp'
        if kind == 'free':
            dom = rng.choice([d for d in FREEMAIL[lang] if d not in ('gmail.com', 'yahoo.com', 'icloud.com')] or ['gmx.com'])
    if rc == 'handrolled' and kind in ('corp', 'service', 'compromised', 'uni') and m.infra is None:
        m.infra = 'webhost'
    if rc == 'booking':
        m.infra = 'esp' if kind in ('service', 'corp') else m.infra
    from_addr = '%s@%s' % (local, dom)
    m.from_name, m.from_addr = from_name, from_addr
    m.rcpt = rcpt
    # onprem Exchange hosts
    if rc == 'outlook' and sub == 'onprem':
        m.onprem_host = '%s.%s' % (rng.choice(['EX01', 'EXCH02', 'MBX01', 'SRV-EX1', 'EXMB03']), 'corp.' + dom if rng.random() < 0.5 else dom)
        m.helo = rng.choice(['mail.', 'mx.', 'smtp.', 'owa.']) + dom
    # ------------------------------------------------ context for text fields
    first = rn[0].split()[0] if rlang not in ('zh', 'zt', 'ko') else rn[0]
    sco = dom.split('.')[0].replace('-', ' ').title() if dom else ''
    rco = rdom.split('.')[0].replace('-', ' ').title()
    ctx = Ctx(sslug=(dom or 'x').split('.')[0], rname=rn[0], rfirst=first, remail=rcpt[1], rdom=rdom, rco=rco, sname=from_name,
              sfirst=from_name.split()[0], sco=sco, sdom=dom, semail=from_addr,
              tok=rtok(rng, rng.randint(8, 14), ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), tok2=rtok(rng, 6, ALNUM),
              n2=rng.randint(10, 99), n3=rng.randint(100, 999), n4=rng.randint(1000, 9999), n5=rng.randint(10000, 99999),
              n6=rng.randint(100000, 999999), n8=rng.randint(10000000, 99999999), n9=rng.randint(100000000, 999999999),
              ref=rtok(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + rtok(rng, 6, '0123456789'), pnr=rtok(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
              year=arrival.year, year1=arrival.year + 1, yearm1=arrival.year - 1)
    if '{' in from_name:
        from_name = fill(from_name, ctx)
        m.from_name = from_name
        ctx['sname'] = from_name
    for k, v in (spec.get('v') or {}).items():
        ctx[k] = rng.choice(v) if isinstance(v, list) else v
        ctx[k] = fill(ctx[k], ctx)
    list_info = None
    if client == 'listserv':
        m.from_name, m.from_addr = from_name, from_addr
        list_info = make_list(rng, spec, lang, ctx, m, dom if kind in ('corp', 'uni') else None)
    # ------------------------------------------------ timing
    local_arr = from_utc(tz, arrival)
    dmin, dmax = spec.get('days') or cm.get('days') or (1, 21)
    day = (local_arr + dt.timedelta(days=rng.randint(dmin, dmax))).date()
    hour = spec.get('hour') if spec.get('hour') is not None else rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17] if label == 'ham' else [7, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21])
    minute = rng.choice([0, 0, 0, 30, 30, 15, 45])
    start = dt.datetime.combine(day, dt.time(hour, minute))
    dur = spec.get('dur') or rng.choice([30, 30, 45, 60, 60, 60, 90])
    end = start + dt.timedelta(minutes=dur)
    if spec.get('allday'):
        start = dt.datetime.combine(day, dt.time(0))
        end = start + dt.timedelta(days=spec.get('alldays', 1))
    ctx['date'] = start.strftime(DATEFMT.get(lang, '%b %d, %Y').split(' %H')[0]) if lang != 'en' else start.strftime('%B %d, %Y').replace(' 0', ' ')
    ctx['time'] = start.strftime('%H:%M') if lang != 'en' else start.strftime('%I:%M %p').lstrip('0')
    ctx['wday'] = start.strftime('%A')
    sent = arrival - dt.timedelta(seconds=rng.randint(2, 40))
    if spec.get('late'):
        sent = arrival - dt.timedelta(minutes=rng.randint(5, 600))
    m.arrival, m.sent = arrival, sent
    ev_tz = spec.get('ev_tz') or tz
    created = sent - dt.timedelta(minutes=rng.randint(0, 4000) if label == 'ham' else rng.randint(0, 30))
    # ------------------------------------------------ event
    org = (from_name, from_addr)
    if spec.get('org'):
        o = spec['org']
        if o == 'rcpt':
            org = (rcpt[0] or first, rcpt[1])
        elif isinstance(o, tuple):
            org = fill(o, ctx)
    if client == 'zoom' or rc == 'zoom':
        org = (from_name, from_addr)
    attendees = []
    partstat_org = 'ACCEPTED'
    att_mode = spec.get('att', '')
    if spec.get('method') == 'REPLY':
        attendees.append(dict(name=from_name, email=from_addr, partstat=spec.get('partstat', 'ACCEPTED'), role='REQ-PARTICIPANT', rsvp=False))
    else:
        attendees.append(dict(name=org[0], email=org[1], partstat=partstat_org, role='CHAIR' if rc in ('thunderbird',) else 'REQ-PARTICIPANT', rsvp=rc == 'thunderbird'))
        if list_info:
            attendees.append(dict(name=list_info['desc'], email=list_info['post'], partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True))
        elif att_mode != 'none' or rc not in ('handrolled', 'booking'):
            attendees.append(dict(name=rcpt[0], email=rcpt[1], partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True))
    n_extra = 0
    mass_dom_mode = 'mixed'
    if att_mode.startswith('extra:'):
        n_extra = int(att_mode.split(':')[1])
        mass_dom_mode = 'colleagues'
    elif att_mode.startswith('mass:'):
        n_extra = int(att_mode.split(':')[1])
        mass_dom_mode = spec.get('mass_doms', 'mixed')
    allnames = [n for L_ in NAMES.values() for n in L_]
    langnames = NAMES[lang] + NAMES[rlang]
    for j in range(n_extra):
        nm = rng.choice(langnames if mass_dom_mode in ('colleagues', 'org') else allnames)
        if mass_dom_mode == 'colleagues':
            d = rng.choice([rdom, dom]) if rng.random() < 0.7 else rng.choice(CORP[lang])
        elif mass_dom_mode == 'org':
            d = dom
        elif mass_dom_mode == 'rcptdom':
            d = rdom
        else:
            fl = rng.choice(list(FREEMAIL.values()))
            d = rng.choice(fl + rng.choice(list(CORP.values())) + GENERIC)
        loc_ = pick_local(rng, nm[1], nm[2]) if rng.random() < 0.8 else free_local(rng, nm[1], nm[2])
        if mass_dom_mode == 'mixed' and rng.random() < 0.2:
            loc_ = rng.choice(['info', 'sales', 'office', 'contact', 'admin', 'hr', 'jobs', 'accounts']) + (str(rng.randint(1, 9)) if rng.random() < 0.3 else '')
        em = '%s@%s' % (loc_, d)
        if any(a['email'] == em for a in attendees):
            continue
        attendees.append(dict(name=nm[0] if (rng.random() < 0.5 or mass_dom_mode == 'colleagues') and not loc_.startswith(('info', 'sales', 'office', 'contact', 'admin', 'hr', 'jobs', 'accounts')) else '',
                              email=em, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT' if rng.random() < 0.9 else 'OPT-PARTICIPANT', rsvp=True))
    if spec.get('shuffle_att') or att_mode.startswith('mass:'):
        head, rest = attendees[:1], attendees[1:]
        rng.shuffle(rest)
        attendees = head + rest
    if spec.get('method') == 'REPLY':
        pass
    uid_style = {'google': lambda: rtok(rng, 26, ALNUM) + '@google.com', 'outlook': lambda: ms_uid(rng),
                 'icloud': lambda: uuid4(rng).upper(), 'thunderbird': lambda: uuid4(rng),
                 'zoom': lambda: 'ZOOM%d%s@zoom.us' % (rng.randint(8000000000, 9999999999), rtok(rng, 6, ALNUM)),
                 'nextcloud': lambda: uuid4(rng).upper(), 'zimbra': lambda: uuid4(rng),
                 'yahoo': lambda: 'y%d-%s@yahoo.com' % (rng.randint(10 ** 8, 10 ** 9), rtok(rng, 6, ALNUM)),
                 'sogo': lambda: '%s-%s-%s-%s' % (rtok(rng, 4, HEX), rtok(rng, 8, HEX), rtok(rng, 2, HEX), rtok(rng, 8, HEX)),
                 'booking': lambda: '%s-%d@%s' % (rtok(rng, 12, ALNUM), rng.randint(1000, 99999), dom),
                 'handrolled': lambda: rng.choice([uuid4(rng), '%d@%s' % (int(sent.timestamp()), dom), rtok(rng, 32, '0123456789abcdef'),
                                                   '%s@%s' % (rtok(rng, 13, ALNUM), dom)])}
    events = []
    main = dict(comp='VTODO' if spec.get('vtodo') else 'VEVENT', summary=fill(spec['summ'], ctx), desc=fill(spec.get('desc'), ctx),
                loc=fill(spec.get('loc'), ctx), start=start, end=end, tz=ev_tz if not spec.get('allday') else ev_tz,
                allday=spec.get('allday', False), organizer=org, attendees=attendees, rrule=fill(spec.get('rrule'), ctx),
                alarms=spec.get('alarms') if spec.get('alarms') is not None else (['-PT15M'] if rng.random() < 0.5 else []),
                url=fill(spec.get('url'), ctx), attach=fill(spec.get('attach'), ctx), conference=fill(spec.get('conf'), ctx),
                xalt=fill(spec.get('xalt'), ctx), status=spec.get('status', 'CONFIRMED'), seq=spec.get('seq', 0),
                created=created, lastmod=sent - dt.timedelta(seconds=rng.randint(1, 60)), dtstamp=sent - dt.timedelta(seconds=rng.randint(0, 3)),
                uid=spec.get('uid') or uid_style[rc](), _ownerid=rng.randint(-2147483000, 2147483000),
                comment=fill(spec.get('comment'), ctx), hide_guests=spec.get('hide_guests', False),
                extra_props=fill(spec.get('xprops'), ctx), alarm_desc=fill(spec.get('alarm_desc'), ctx),
                _rng_uuid=lambda: uuid4(rng).upper(), cats=spec.get('cats'), prio=spec.get('prio'))
    if spec.get('no_org'):
        main['no_org'] = True
    if main['alarms'] is not None and rc == 'outlook' and not main['alarms']:
        main['alarms'] = ['-PT15M']
    if spec.get('meet') or (rc == 'google' and spec.get('meet') is None and label == 'ham' and rng.random() < 0.4 and not spec.get('loc')):
        main['meet'] = spec.get('meet') if isinstance(spec.get('meet'), str) else 'https://meet.google.com/%s-%s-%s' % (
            rtok(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), rtok(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), rtok(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
        main['meet'] = fill(main['meet'], ctx)
    if rc == 'outlook' and sub == 'teams':
        thread = 'M' + rtok(rng, 2, ALNUM) + rtok(rng, 45, ALNUM + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        tid, oid = uuid4(rng), uuid4(rng)
        join = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
                % (thread, tid, oid))
        main['teams'] = dict(thread=thread, tid=tid, oid=oid, url=join, join=fill(spec.get('teams_join'), ctx) or join,
                             mid='%d %d %d %d' % (rng.randint(100, 499), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999)),
                             pass_=None)
        main['teams']['pass'] = rtok(rng, 6, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    if spec.get('zoom_join'):
        main['zoom_join'] = fill(spec['zoom_join'], ctx)
    events.append(main)
    for extra in spec.get('more_events') or []:
        e2 = dict(main)
        e2['attendees'] = main['attendees']
        off = extra.get('offset_days', 1)
        e2['start'] = start + dt.timedelta(days=off, hours=extra.get('offset_hours', 0))
        e2['end'] = e2['start'] + dt.timedelta(minutes=extra.get('dur', dur))
        e2['summary'] = fill(extra.get('summ', main['summary']), ctx)
        e2['desc'] = fill(extra.get('desc', main['desc']), ctx)
        e2['loc'] = fill(extra.get('loc', main['loc']), ctx)
        e2['uid'] = uid_style[rc]()
        e2['rrule'] = extra.get('rrule')
        e2['alarms'] = extra.get('alarms', main['alarms'])
        if extra.get('far'):
            e2['start'] = dt.datetime(extra['far'], start.month, min(start.day, 28), start.hour, start.minute)
            e2['end'] = e2['start'] + dt.timedelta(minutes=dur)
        events.append(e2)
    m.events = events
    m.method = spec.get('method', cm.get('method', 'REQUEST'))
    if m.method == 'PUBLISH' and 'method' not in spec and rc not in ('booking', 'handrolled'):
        m.method = 'REQUEST'
    if spec.get('ics_meth'):
        m.ics_meth = spec['ics_meth']
    if spec.get('ct_meth'):
        m.ct_meth = spec['ct_meth']
    m.reply_partstat = spec.get('partstat', 'ACCEPTED')
    m.subject = fill(spec.get('subj'), ctx)
    m.body = fill(spec.get('body'), ctx)
    m.html = fill(spec.get('html'), ctx)
    q = list(spec.get('quirks', ()))
    if 'quirks' not in spec and rc in ('handrolled', 'booking'):
        if rc == 'handrolled' and sub == 'bulk':
            probs = dict(nomethod=.25, method_mismatch=.2, lf=.3, nofold=.3, charfold=.2, noescape=.3, raw8hdr=.12, noprodid=.12, nodtstamp=.15)
        elif rc == 'handrolled':
            probs = dict(nomethod=.12, method_mismatch=.08, lf=.15, nofold=.25, charfold=.1, noescape=.2, raw8hdr=.03, nodtstamp=.08)
        else:
            probs = dict(nomethod=.1, nofold=.15, noescape=.1, charfold=.05)
        for k, pr in probs.items():
            if rng.random() < pr:
                q.append(k)
        if 'raw8hdr' in q and lang == 'en':
            q.remove('raw8hdr')
    if 'method_mismatch' in q:
        q.remove('method_mismatch')
        spec_m = spec.get('method', cm.get('method', 'REQUEST'))
        if spec_m == 'PUBLISH':
            m.ct_meth, m.ics_meth = 'REQUEST', 'PUBLISH'
        else:
            m.ct_meth, m.ics_meth = rng.choice([('REQUEST', 'PUBLISH'), ('PUBLISH', 'REQUEST')])
    if 'noprodid' in q:
        q.remove('noprodid')
        m.prodid = ''
    m.quirks = tuple(q)
    if spec.get('reply_to'):
        rt = fill(spec['reply_to'], ctx)
        m.reply_to = rt if isinstance(rt, tuple) else (from_name, rt)
    if spec.get('to_hdr'):
        m.to_hdr = fill(spec['to_hdr'], ctx)
    if spec.get('x_mailer'):
        m.x_mailer = spec['x_mailer']
    if spec.get('prodid') is not None:
        m.prodid = spec['prodid']
    if spec.get('ics_name'):
        m.ics_name = spec['ics_name']
    if spec.get('bulk_layout'):
        m.bulk_layout = spec['bulk_layout']
    if spec.get('cc'):
        m.cc = fill(spec['cc'], ctx)
    if spec.get('extra_headers'):
        m.extra_headers = fill(spec['extra_headers'], ctx)
    if spec.get('service'):
        svc = dict(spec['service'])
        svc = {k: fill(v, ctx) for k, v in svc.items()}
        m.service = svc
    if rc == 'booking' and not m.service:
        m.service = dict(name=from_name, prodid='-//%s//Bookings//EN' % sco, domain=dom)
    if rc == 'nextcloud':
        m.nc_host = spec.get('nc_host')
        m.nc_name = spec.get('nc_name')
    if spec.get('fwd'):
        fw = dict(spec['fwd'])
        fw['note'] = fill(fw.get('note', ''), ctx)
        fw['orig_to'] = m.from_addr
        # the forwarder is the sender; the original organiser is someone else
        on = rng.choice([n for n in NAMES[lang] if n[0] not in (from_name, rcpt[0])])
        od = rng.choice([d for d in CORP[lang] + CORP['en'] if d not in (dom, rdom)])
        for e in m.events:
            e['organizer'] = (on[0], '%s@%s' % (pick_local(rng, on[1], on[2]), od))
            e['attendees'][0] = dict(name=on[0], email=e['organizer'][1], partstat='ACCEPTED', role='REQ-PARTICIPANT', rsvp=False)
            e['attendees'].insert(1, dict(name=from_name, email=from_addr, partstat='ACCEPTED', role='REQ-PARTICIPANT', rsvp=True))
        m.fwd = fw
    # ------------------------------------------------ charsets
    cs_pref = spec.get('cs')
    if cs_pref == 'legacy' or (cs_pref is None and rc in ('handrolled', 'booking', 'thunderbird', 'zimbra') and rng.random() < 0.3) or \
            (cs_pref is None and rc == 'outlook' and sub == 'olk' and rng.random() < 0.5):
        if rc == 'thunderbird' and arrival.year >= 2020:
            pass
        else:
            opts = [c for c in LEGACY[lang] if c != 'utf-8']
            if opts:
                m.charset = rng.choice(opts)
                if rc == 'handrolled' and rng.random() < 0.4:
                    m.ics_charset = m.charset
    elif cs_pref is None and rc == 'outlook' and sub != 'olk' and lang not in ('en', 'hi') and rng.random() < 0.35:
        opts = [c for c in LEGACY[lang] if c not in ('utf-8', 'shift_jis')]
        m.charset = rng.choice(opts)
    elif cs_pref and cs_pref != 'legacy':
        m.charset = cs_pref
    if rc in ('google', 'zoom', 'yahoo', 'nextcloud', 'sogo') or (rc == 'icloud' and sub == 'server'):
        m.charset = None
        m.ics_charset = 'UTF-8'
    if spec.get('ics_cs'):
        m.ics_charset = spec['ics_cs']
    if spec.get('cte'):
        m.cte = spec['cte']
    if spec.get('ics_cte'):
        m.ics_cte = spec['ics_cte']
    if spec.get('hdrcs'):
        m.hdr_charset = spec['hdrcs']
    elif m.charset and m.charset.lower() not in ('utf-8', 'us-ascii') and rng.random() < 0.7:
        m.hdr_charset = m.charset
    # small legitimate senders are often not (fully) authenticated
    if label == 'ham' and (rc in ('handrolled',) or (m.infra in ('own', 'webhost') and kind in ('corp', 'uni', 'service'))):
        r = rng.random()
        if r < 0.3:
            m.dkim_d = False
        elif r < 0.38:
            m.dkim_res = 'fail'
        if rng.random() < 0.12:
            m.spf = rng.choice(['softfail', 'none', 'neutral'])
    for k in ('force_ip', 'helo', 'envelope', 'dkim_d', 'spf_override', 'dmarc_override', 'dkim_override', 'mta'):
        if k in spec:
            setattr(m, k, fill(spec[k], ctx) if isinstance(spec[k], str) else spec[k])
    # ------------------------------------------------ mailing list
    if list_info:
        m.list = list_info
        m.to_hdr = list_info['post']
        m.subject_addr = list_info['post']
    m.client = rc
    data = render(m)
    info = dict(client=client, sub=sub if client != 'listserv' else (inner if inner not in ('outlook', 'icloud') else '%s/%s' % (inner, sub)),
                kind=kind, lang=lang, year=arrival.year,
                infra=m.infra, quirks=m.quirks, charset=m.charset or 'default')
    return data, info


LISTS = {
    'mailman2': ['List-Id: {desc} <{lid}>', 'List-Unsubscribe: <https://{host}/mailman/options/{name}>,\r\n <mailto:{name}-request@{domain}?subject=unsubscribe>',
                 'List-Archive: <https://{host}/pipermail/{name}/>', 'List-Post: <mailto:{post}>',
                 'List-Help: <mailto:{name}-request@{domain}?subject=help>',
                 'List-Subscribe: <https://{host}/mailman/listinfo/{name}>,\r\n <mailto:{name}-request@{domain}?subject=subscribe>',
                 'Errors-To: {bounce}', 'Sender: "{name}" <{bounce}>', 'Precedence: list', 'X-BeenThere: {post}',
                 'X-Mailman-Version: 2.1.{mv}'],
    'mailman3': ['Message-ID-Hash: {hash}', 'X-Message-ID-Hash: {hash}', 'X-MailFrom: {orig}',
                 'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header',
                 'X-Mailman-Version: 3.3.{mv}', 'Precedence: list', 'List-Id: {desc} <{lid}>',
                 'Archived-At: <https://{host}/hyperkitty/list/{post}/message/{hash}/>',
                 'List-Archive: <https://{host}/hyperkitty/list/{post}/>', 'List-Help: <mailto:{name}-request@{domain}?subject=help>',
                 'List-Owner: <mailto:{name}-owner@{domain}>', 'List-Post: <mailto:{post}>',
                 'List-Subscribe: <mailto:{name}-join@{domain}>', 'List-Unsubscribe: <mailto:{name}-leave@{domain}>'],
    'sympa': ['X-Loop: {post}', 'X-Sequence: {seq}', 'Errors-To: {bounce}', 'Precedence: list', 'Precedence: bulk',
              'Sender: {bounce}', 'X-no-archive: yes', 'List-Id: <{lid}>', 'List-Help: <mailto:sympa@{domain}?subject=help>',
              'List-Subscribe: <mailto:sympa@{domain}?subject=subscribe%20{name}>',
              'List-Unsubscribe: <mailto:sympa@{domain}?subject=unsubscribe%20{name}>', 'List-Post: <mailto:{post}>',
              'List-Owner: <mailto:{name}-request@{domain}>', 'List-Archive: <https://{host}/sympa/arc/{name}>'],
    'ggroups': ['Mailing-list: list {post}; contact {name}+owners@{domain}', 'Precedence: list', 'List-ID: <{lid}>',
                'X-Spam-Checked-In-Group: {orig}', 'X-Google-Group-Id: {gid}', 'List-Post: <https://groups.google.com/group/{name}/post>, <mailto:{post}>',
                'List-Help: <https://support.google.com/a/example/bin/topic.py?topic=25838>, <mailto:{name}+help@{domain}>',
                'List-Archive: <https://groups.google.com/a/{domain}/group/{name}/>',
                'List-Unsubscribe: <mailto:googlegroups-manage+{gid}+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/{domain}/group/{name}/subscribe>'],
    'listserv': ['Reply-To: {desc} <{post}>', 'Sender: {desc} <{post}>', 'List-Owner: <mailto:{name}-request@{domain}>',
                 'List-Help: <https://{host}/scripts/wa.exe?LIST={name}>', 'List-Unsubscribe: <mailto:{name}-signoff-request@{domain}>',
                 'List-Subscribe: <mailto:{name}-subscribe-request@{domain}>', 'List-Post: <mailto:{post}>',
                 'List-Archive: <https://{host}/scripts/wa.exe?LIST={name}>', 'Precedence: list'],
}

FOOTERS = {
    'mailman2': '_______________________________________________\n{desc} mailing list\n{post}\nhttps://{host}/mailman/listinfo/{name}',
    'mailman3': '_______________________________________________\n{desc} mailing list -- {post}\nTo unsubscribe send an email to {name}-leave@{domain}',
    'sympa': '--\nYou received this message as a subscriber on the list:\n     {post}\nTo unsubscribe, send a message to sympa@{domain} with subject: unsubscribe {name}',
    'ggroups': '-- \nYou received this message because you are subscribed to the Google Groups "{desc}" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to {name}+unsubscribe@{domain}.',
    'listserv': '############################\nTo unsubscribe from the {name} list, click: https://{host}/scripts/wa.exe?SUBED1={name}&A=1',
}


def make_list(rng, spec, lang, ctx, m, own_dom=None):
    L = dict(spec.get('list') or {})
    sw = L.get('sw') or rng.choice(['mailman2', 'mailman3', 'sympa', 'ggroups', 'listserv'])
    name = fill(L.get('name'), ctx) or rng.choice(['members', 'announce', 'community', 'discuss', 'general', 'team', 'all'])
    domain = fill(L.get('domain'), ctx) or (('lists.' + own_dom) if own_dom and sw != 'ggroups' else None) or \
        ('googlegroups.com' if sw == 'ggroups' else rng.choice(['lists.' + d for d in CORP[lang][:2] + UNI[lang][:1]]))
    desc = fill(L.get('desc'), ctx) or name.title()
    host = domain if domain.startswith('lists.') or sw == 'ggroups' else 'lists.' + domain
    post = '%s@%s' % (name, domain)
    bounce = {'mailman2': '%s-bounces@%s' % (name, domain), 'mailman3': '%s-bounces@%s' % (name, domain),
              'sympa': '%s-owner@%s' % (name, domain), 'ggroups': '%s+bncBD%s@%s' % (name, rtok(rng, 30, ALNUM.upper()), domain),
              'listserv': 'owner-%s@%s' % (name, domain)}[sw]
    vals = dict(name=name, domain=domain, desc=desc, host=host, post=post, bounce=bounce, lid='%s.%s' % (name, domain),
                mv=rng.randint(10, 39) if sw == 'mailman2' else rng.randint(0, 9), hash=rtok(rng, 32, ALNUM.upper()),
                orig=m.from_addr, seq=rng.randint(10, 9999), gid=rng.randint(10 ** 11, 10 ** 12))
    headers = [h.replace('{', '{{').replace('}', '}}') for h in []]
    out = dict(vals)
    out['headers'] = [h.format(**vals).replace('{', '{{').replace('}', '}}') for h in LISTS[sw]]
    out['footer'] = FOOTERS[sw].format(**vals)
    out['tag'] = L.get('tag', name if rng.random() < 0.6 else None)
    out['munge'] = None
    if L.get('munge', rng.random() < 0.35):
        out['munge'] = "{n} via " + desc if sw != 'ggroups' else "'{n}' via " + desc
    out['sign'] = rng.choice([None, 'mail', 'lists', '2020']) if sw != 'ggroups' else '20230601'
    if out['munge'] and not out['sign']:
        out['sign'] = 'lists'
    out['sw'] = sw
    return out
