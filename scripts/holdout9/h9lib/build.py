"""Turn a scenario (a dict from spam.py / ham.py) into the bytes of one .eml."""
import datetime as dt
import re

from . import clients, transport
from .langs import (LANGS, CORP, FREE, make_person, local_part, free_local, Person, fmt_date, fmt_time, OL, G, ascii_fold)
from .model import Msg, Event, Att, fill
from .mime import Part, leaf, multipart, addr, hval, fold_ascii, CRLF, can_encode
from .util import Rng, ZONES, local_to_utc, utc_to_local, rfc2822, MONTHS_EN, DAYS_EN

END = dt.datetime(2026, 11, 28, 23, 0)


def org_name(domain):
    base = domain.split('.')[0]
    if base in ('example', 'mail', 'cloud', 'lists'):
        base = domain.split('.')[1] if '.' in domain[len(base) + 1:] else base
    return ' '.join(w.capitalize() for w in base.replace('_', '-').split('-'))


def pick_arrival(rng, years, business=False, tz='UTC'):
    y0, y1 = years
    a = dt.datetime(y0, 1, 1)
    b = min(dt.datetime(y1, 12, 31, 23, 59), END)
    if b <= a:
        a = b - dt.timedelta(days=200)
    span = int((b - a).total_seconds())
    for _ in range(50):
        t = a + dt.timedelta(seconds=rng.randrange(span))
        loc = utc_to_local(tz, t)
        if business:
            if loc.weekday() >= 5 and rng.chance(0.9):
                continue
            if not (7 <= loc.hour < 19) and rng.chance(0.85):
                continue
        return t
    return t


def _phone(rng, lang):
    d = rng.digits
    return {
        'en': '+1 (%s) 555-01%s' % (rng.pick(['212', '415', '646', '312', '617', '213', '202']), d(2)),
        'de': '+49 %s %s %s' % (rng.pick(['30', '40', '89', '69', '221', '711']), d(4), d(3)),
        'fr': '01 99 00 %s %s' % (d(2), d(2)),
        'es': '+34 91 %s %s %s' % (d(3), d(2), d(2)),
        'it': '+39 02 %s %s' % (d(4), d(4)),
        'pt': '+351 21 %s %s' % (d(3), d(4)),
        'nl': '+31 20 %s %s' % (d(3), d(4)),
        'pl': '+48 22 %s %s %s' % (d(3), d(2), d(2)),
        'ru': '+7 (495) %s-%s-%s' % (d(3), d(2), d(2)),
        'el': '+30 210 %s %s' % (d(3), d(4)),
        'ar': '+966 11 %s %s' % (d(3), d(4)),
        'he': '03-%s%s' % (d(3), d(4)),
        'zh': '+86 10 %s %s' % (d(4), d(4)),
        'ja': '03-%s-%s' % (d(4), d(4)),
        'ko': '02-%s-%s' % (d(4), d(4)),
        'hi': '+91 22 %s %s' % (d(4), d(4)),
        'th': '02 %s %s' % (d(3), d(4)),
        'tr': '+90 212 %s %s %s' % (d(3), d(2), d(2)),
        'cs': '+420 2%s %s %s' % (d(2), d(3), d(3)),
    }[lang]


def make_tokens(rng, m, sp, ev_start, ev_end, ev_tz, lang):
    r = m.rcpt
    t = {}
    t.update(rbase=r.email.split('@')[1].split('.')[0].replace('-', ''),
             sbase=(m.sender.from_addr.split('@')[1].split('.')[0].replace('-', '') if m.sender else ''))
    t.update(rfirst=r.first, rlast=r.last, rname=r.name, remail=r.email, rdom=r.email.split('@')[1],
             rlocal=r.email.split('@')[0], rorg=org_name(r.email.split('@')[1]))
    t.update(sfl=sp.fl, sll=sp.ll.replace(' ', ''), rfl=r.fl, rll=r.ll.replace(' ', ''))
    t.update(sfirst=sp.first, slast=sp.last, sname=sp.name, semail=m.sender.from_addr if m.sender else '',
             sdom=(m.sender.from_addr.split('@')[1] if m.sender else ''),
             sorg=org_name(m.sender.from_addr.split('@')[1]) if m.sender else '')
    for n in range(1, 17):
        t['n%d' % n] = rng.digits(n)
    t.update(h8=rng.hexs(8), h16=rng.hexs(16), h32=rng.hexs(32), a6=rng.alnum(6), a8=rng.alnum(8), a10=rng.alnum(10),
             a12=rng.alnum(12), a16=rng.alnum(16), a22=rng.b64url(22), a32=rng.b64url(32), a43=rng.b64url(43),
             l6=rng.alnum(6, lower=True), l8=rng.alnum(8, lower=True), l10=rng.alnum(10, lower=True),
             l4=rng.alnum(4, lower=True), l16=rng.alnum(16, lower=True),
             A6=rng.alnum(6, upper=True), A8=rng.alnum(8, upper=True), L3=rng.letters(3, upper=True),
             L2=rng.letters(2, upper=True), uuid=rng.uuid(), UUID=rng.uuid(upper=True), tok=rng.b64url(32),
             meet='%s-%s-%s' % (rng.letters(3), rng.letters(4), rng.letters(3)))
    if ev_start is not None:
        d = ev_start
        t.update(d=fmt_date(lang, d), t=fmt_time(lang, d) if isinstance(d, dt.datetime) else '',
                 t2=fmt_time(lang, ev_end) if isinstance(ev_end, dt.datetime) else '',
                 d2=fmt_date(lang, ev_end) if ev_end is not None else '',
                 date_en='%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year), wd_en=DAYS_EN[d.weekday()],
                 mon_en=MONTHS_EN[d.month - 1], yr=d.year, dd='%02d.%02d.%d' % (d.day, d.month, d.year),
                 iso='%04d-%02d-%02d' % (d.year, d.month, d.day), tz=ev_tz, dmy='%02d/%02d/%d' % (d.day, d.month, d.year),
                 mdy='%02d/%02d/%d' % (d.month, d.day, d.year))
        for k in (1, 2, 3, 5, 7):
            x = d + dt.timedelta(days=k)
            t['dp%d' % k] = fmt_date(lang, x)
    a = utc_to_local(m.tz, m.arrival)
    t.update(ad=fmt_date(lang, a), ayr=a.year, adate_en='%s %d, %d' % (MONTHS_EN[a.month - 1], a.day, a.year),
             amon_en=MONTHS_EN[a.month - 1], amon=a.month, next_yr=a.year + 1)
    # a few deadlines relative to arrival
    for k, days in (('dl1', 1), ('dl2', 2), ('dl3', 3), ('dl7', 7), ('dl14', 14), ('dl30', 30)):
        x = a + dt.timedelta(days=days)
        t[k] = fmt_date(lang, x)
        t[k + '_en'] = '%s %d, %d' % (MONTHS_EN[x.month - 1], x.day, x.year)
    t['ph'] = _phone(rng, lang)
    t['ph_us'] = '+1 (%s) 555-01%s' % (rng.pick(['844', '855', '866', '877', '888', '833']), rng.digits(2))
    t['ph_us2'] = '1-%s-555-01%s' % (rng.pick(['844', '855', '866', '877', '888', '833']), rng.digits(2))
    t['ph_uk'] = '+44 20 7946 0%s' % rng.digits(3)
    t['ph_wa'] = '+%s' % rng.pick(['1 202 555 01', '44 7700 900', '91 98', '62 812', '234 80', '852 5', '63 917',
                                   '880 17', '84 90']).replace(' ', '') + rng.digits(5)
    return t


def lookalike(rng, dom):
    base, _, tld = dom.partition('.')
    tricks = []
    if len(base) > 5:
        i = rng.randrange(1, len(base) - 2)
        if base[i] != '-' and base[i + 1] != '-':
            tricks.append(base[:i] + base[i + 1] + base[i] + base[i + 2:])   # swap
        j = rng.randrange(1, len(base) - 1)
        if base[j] != '-':
            tricks.append(base[:j] + base[j + 1:])                             # drop
    if 'm' in base:
        tricks.append(base.replace('m', 'rn', 1))
    if 'l' in base:
        tricks.append(base.replace('l', 'i', 1))
    if 'o' in base:
        tricks.append(base.replace('o', '0', 1))
    tricks.append(base + rng.pick(['-inc', '-group', '-us', 'co', '-ltd']))
    b = rng.pick(tricks)
    t = rng.pick([tld, tld, 'co' if tld == 'com' else 'com', 'net'])
    return b + '.' + t


def resolve_domain(rng, spec_dom, lang, rcpt_dom):
    if spec_dom == '*':
        return rng.pick(CORP[lang])
    if spec_dom == '*free':
        return rng.pick(FREE[lang])
    if spec_dom == '@r':
        return rcpt_dom
    if spec_dom == '*look':
        return lookalike(rng, rng.pick([d for d in CORP[lang] if not d.startswith('example.')]))
    return spec_dom


def build_msg(sc, label, cat, idx):
    rng = Rng('h9|%s|%s|%03d' % (label, cat, idx))
    lang = sc['lang']
    slang = sc.get('slang', lang)
    rlang = sc.get('rlang', lang)
    tz = sc.get('tz') or rng.pick(LANGS[slang]['tz'])
    business = sc.get('business', label == 'ham')
    arrival = pick_arrival(rng, sc.get('years', (2016, 2026)), business, tz)
    # --- recipient
    rp = make_person(rng, rlang, latin_display=sc.get('rlatin', False))
    rk = sc.get('rcpt', 'corp')
    if rk == 'corp':
        rdom = rng.pick(CORP[rlang])
    elif rk == 'free':
        rdom = rng.pick(FREE[rlang])
    elif rk == 'any':
        rdom = rng.pick(CORP[rlang] + FREE[rlang])
    else:
        rdom = rk
    rp.email = (free_local(rng, rp) if rdom in FREE.get(rlang, []) or rk == 'free' else local_part(rng, rp)) + '@' + rdom
    if sc.get('rlocal'):
        rp.email = sc['rlocal'] + '@' + rdom
    # --- sender person
    sp = make_person(rng, slang, latin_display=sc.get('slatin', False))
    sspec = sc['sender']
    kind, _, rest = sspec.partition(':')
    dom, _, extra = rest.partition(':')
    dom = resolve_domain(rng, dom, slang, rdom)
    early = dict(l4=rng.alnum(4, lower=True), l6=rng.alnum(6, lower=True), l8=rng.alnum(8, lower=True),
                 n1=rng.digits(1), n2=rng.digits(2), n3=rng.digits(3), n4=rng.digits(4), n5=rng.digits(5), n6=rng.digits(6))
    if '{' in dom:
        dom = fill(dom, dict(early, rdom=rdom, rbase=rdom.split('.')[0], rlook=lookalike(rng, rdom)), rng)
    if kind == 'free' and dom in FREE.get(slang, []) or kind == 'free':
        local0 = free_local(rng, sp)
    else:
        local0 = local_part(rng, sp)
    pre_tokens = dict(sfirst=sp.first, slast=sp.last, sname=sp.name, rfirst=rp.first, rname=rp.name,
                      rorg=org_name(rdom), sorg=org_name(dom), rdom=rdom, rlocal=rp.email.split('@')[0],
                      sfl=sp.fl, sll=sp.ll.replace(' ', ''), rfl=rp.fl, **early)
    local = fill(sc.get('local'), pre_tokens, rng) if sc.get('local') else local0
    local = re.sub(r'[^a-z0-9._+-]', '', ascii_fold(local, slang == 'de'))
    from_name = fill(sc.get('from', '{sname}'), pre_tokens, rng)
    client_full = sc['client']
    ckind, _, cvar = client_full.partition(':')
    wrapper = None
    if ckind in ('fwd', 'list'):
        wrapper = (ckind, cvar)
        ckind, _, cvar = sc['inner'].partition(':')
    s_arrival, s_rcpt = arrival, rp.email
    if wrapper and wrapper[0] == 'list':
        s_arrival = arrival - dt.timedelta(seconds=rng.randint(40, 400))
        s_rcpt = fill(sc['list']['addr'], pre_tokens, rng)
    sender = transport.build_sender(rng, '%s:%s%s' % (kind, dom, (':' + extra) if extra else ''), from_name, local,
                                    s_arrival, ckind, s_rcpt, tz)
    m = Msg(label=label, cat=cat, lang=lang, client=ckind, rng=rng, rcpt=rp, arrival=arrival, tz=tz,
            sender=sender, method=sc.get('method', 'REQUEST'), variant=sc.get('variant', ''))
    delay = sc.get('delay', (3, 240) if not (wrapper and wrapper[0] == 'list') else (420, 900))
    m.date = arrival - dt.timedelta(seconds=rng.randint(*delay))
    # --- event timing
    w = sc.get('when', {})
    d0, d1 = w.get('d', (1, 21) if label == 'ham' else (0, 14))
    h0, h1 = w.get('h', (9, 17))
    dur = w.get('dur', [30, 60, 60, 45, 90])
    etz = w.get('tz', tz)
    aloc = utc_to_local(etz, arrival)
    day = aloc.date() + dt.timedelta(days=rng.randint(d0, d1))
    if w.get('weekday', label == 'ham') and day.weekday() >= 5:
        day += dt.timedelta(days=7 - day.weekday())
    if w.get('year'):
        day = day.replace(year=w['year']) if not (day.month == 2 and day.day == 29) else day.replace(year=w['year'], day=28)
    allday = w.get('allday', False)
    if allday:
        start = day
        end = day + dt.timedelta(days=w.get('days', 1))
    else:
        hh = rng.randint(h0, h1)
        mm = rng.pick(w.get('mins', [0, 0, 0, 30, 30, 15, 45]))
        start = dt.datetime.combine(day, dt.time(hh % 24, mm))
        if day == aloc.date() and start <= aloc:
            start = aloc.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=rng.randint(1, 3))
        end = start + dt.timedelta(minutes=rng.pick(dur) if isinstance(dur, list) else dur)
    m.tokens.update(make_tokens(rng, m, sp, start, end, etz, lang))
    m.tokens.update(early)
    m.tokens['sname'] = from_name or sp.name
    for k, v in sc.get('tok', {}).items():
        m.tokens[k] = fill(v, m.tokens, rng) if isinstance(v, str) else v
    F = lambda s: fill(s, m.tokens, rng)
    # --- organizer / attendees
    if sc.get('org'):
        on, oe = sc['org']
        org = Person(F(on), 'x', 'y', email=F(oe))
    else:
        org = Person(from_name, sp.fl, sp.ll, email=sender.from_addr)
    atts = []
    rcpt_as = sc.get('rcpt_att', True)
    att_spec = sc.get('att', 'default')
    extra_people = []
    if isinstance(att_spec, int) or (isinstance(att_spec, tuple)):
        n = att_spec if isinstance(att_spec, int) else rng.randint(*att_spec)
        langs_pool = sc.get('att_langs', [lang, 'en'])
        doms = sc.get('att_doms')
        for i in range(n):
            al = rng.pick(langs_pool)
            p = make_person(rng, al, latin_display=True)
            if doms == 'free':
                d = rng.pick(FREE[al])
            elif doms == 'same':
                d = rdom
            elif isinstance(doms, list):
                d = rng.pick(doms)
            else:
                d = rng.pick(FREE[al] + CORP[al])
            p.email = free_local(rng, p) + '@' + d
            if sc.get('att_noname'):
                p.name = ''
            extra_people.append(p)
    elif att_spec == 'default' and label == 'ham' and rng.chance(0.5):
        for i in range(rng.randint(1, 3)):
            p = make_person(rng, rlang)
            p.email = local_part(rng, p) + '@' + rng.pick([rdom, sender.from_addr.split('@')[1]])
            extra_people.append(p)
    elif isinstance(att_spec, list):
        for nm, em in att_spec:
            extra_people.append(Person(F(nm), 'x', 'y', email=F(em)))
    if m.client == 'google' and org and m.method != 'REPLY' and not sc.get('no_org_att'):
        atts.append(Att(org, partstat='ACCEPTED', rsvp=True))
    rcpt_att = Att(rp)
    if sc.get('rcpt_noname'):
        rp_copy = Person('', rp.fl, rp.ll, email=rp.email)
        rcpt_att = Att(rp_copy)
    if rcpt_as:
        pos = sc.get('rcpt_pos', 'first')
        people = [Att(p) for p in extra_people]
        if pos == 'random' and people:
            people.insert(rng.randrange(len(people) + 1), rcpt_att)
        elif pos == 'last':
            people.append(rcpt_att)
        else:
            people.insert(0, rcpt_att)
        atts += people
    else:
        atts += [Att(p) for p in extra_people]
    if sc.get('partstat'):
        for a in atts:
            if a.p is not org:
                a.partstat = sc['partstat']
                a.rsvp = False if m.method == 'REPLY' else a.rsvp
    if m.client == 'google':
        for a in atts:
            if a.p is not org and not a.p.name:
                a.p.name = a.p.email
    # --- event(s)
    evs = []
    ev_specs = sc.get('events') or [{}]
    for i, es in enumerate(ev_specs):
        ev = Event()
        ev.comp = es.get('comp', sc.get('comp', 'VEVENT'))
        ev.tz = etz
        ev.allday = es.get('allday', allday)
        if i == 0:
            ev.start, ev.end = start, end
        else:
            off = es.get('offset_days', i)
            ev.start = start + dt.timedelta(days=off)
            if es.get('hour') is not None and not ev.allday:
                ev.start = ev.start.replace(hour=es['hour'], minute=es.get('minute', 0))
            ev.end = ev.start + (end - start) if not es.get('dur') else ev.start + dt.timedelta(minutes=es['dur'])
        ev.summary = F(es.get('sum', sc.get('sum', '')))
        ev.desc = F(es.get('desc', sc.get('desc')))
        ev.loc = F(es.get('loc', sc.get('loc', '')))
        ev.url = F(es.get('url', sc.get('url')))
        ev.attach = [tuple(F(x) if isinstance(x, str) else x for x in (a if isinstance(a, tuple) else (a,))) for a in es.get('attach', sc.get('attach', []))]
        ev.conference = [tuple(F(x) if isinstance(x, str) else x for x in c) for c in es.get('conf', sc.get('conf', []))]
        ev.alt = F(es.get('alt', sc.get('alt')))
        ev.rrule = F(es.get('rrule', sc.get('rrule')))
        ev.geo = es.get('geo', sc.get('geo'))
        ev.categories = es.get('categories', sc.get('categories'))
        ev.status = es.get('status', sc.get('status', 'CONFIRMED'))
        ev.seq = es.get('seq', sc.get('seq', 0))
        ev.priority = sc.get('priority')
        ev.klass = sc.get('klass')
        ev.transp = sc.get('transp', 'OPAQUE')
        ev.extra = [F(x) for x in es.get('extra', sc.get('extra', []))]
        ev.comment = F(sc.get('comment'))
        ev.utc = sc.get('utc')
        ev.floating = sc.get('floating', False)
        ev.desc_html = sc.get('desc_html', False)
        if sc.get('alarms') is not None:
            ev.alarms = sc['alarms']
        else:
            ev.alarms = {'google': [rng.pick([10, 30, 30, 60])], 'ms': [15], 'apple': [rng.pick([15, 30, 60])],
                         'thunderbird': [15], 'zimbra': [5]}.get(m.client, [])
        ev.organizer = org
        ev.attendees = atts if es.get('att', True) else []
        ev.uid = F(sc['uid']) if sc.get('uid') else None
        if sc.get('meet'):
            ev.meet = m.tokens['meet']
        if 'teams' in sc:
            ev.teams = dict(sc['teams']) if isinstance(sc['teams'], dict) else {}
        if sc.get('zoom') is not None:
            ev.zoom = {k: F(v) if isinstance(v, str) else v for k, v in sc['zoom'].items()}
        evs.append(ev)
    # timestamps
    stamp = m.date - dt.timedelta(seconds=rng.randint(0, 4))
    for ev in evs:
        ev.dtstamp = stamp if not sc.get('dtstamp_old') else stamp - dt.timedelta(days=rng.randint(200, 900))
        ev.created = stamp - dt.timedelta(minutes=rng.randint(1, 600 if label == 'ham' else 30))
        ev.lastmod = stamp - dt.timedelta(seconds=rng.randint(0, 30))
        if ev.uid is None:
            ev.uid = make_uid(rng, m.client, m.tokens.get('uidstyle'), ev, m)
    m.events = evs
    if sc.get('uid_shared'):
        for ev in evs[1:]:
            ev.uid = evs[0].uid
    # --- message text
    m.subject = F(sc.get('subj'))
    m.text = F(sc.get('body')) if sc.get('body') is not None else (evs[0].desc or '')
    m.body_given = sc.get('body') is not None
    if ckind == 'ms' and sc.get('body') is not None and not sc.get('keep_desc') and not (wrapper and wrapper[0] == 'fwd'):
        evs[0].desc = m.text
    m.html = F(sc.get('html'))
    m.reply_to = F(sc.get('reply_to'))
    if sc.get('to'):
        m.to = [Person(F(n), 'x', 'y', email=F(e)) for n, e in sc['to']]
    if sc.get('cc'):
        m.cc = [Person(F(n), 'x', 'y', email=F(e)) for n, e in sc['cc']]
    # charsets
    if sc.get('cs'):
        m.cs = sc['cs']
    else:
        prefs = LANGS[lang]['cs']
        m.cs = rng.pick(prefs)
    probe = (m.text or '') + (m.subject or '') + (from_name or '')
    if not can_encode(probe, m.cs):
        m.cs = 'utf-8'
    m.cte = sc.get('cte')
    m.flags = set(sc.get('flags', []))
    ctok = {}
    for k, v in sc.get('ctok', {}).items():
        ctok[k] = F(v) if isinstance(v, str) else tuple(F(x) for x in v) if isinstance(v, tuple) else v
    if cvar:
        if ckind == 'ms':
            ctok.setdefault('msvariant', cvar)
        elif ckind == 'apple':
            if cvar == 'ios':
                ctok.setdefault('apple_ios', True)
                ctok.setdefault('applevariant', 'mail')
            else:
                ctok.setdefault('applevariant', cvar)
        elif ckind == 'tool':
            ctok.setdefault('tool', cvar)
    _client_versions(rng, m, ckind, ctok)
    ctok.setdefault('pub_org', rng.chance(0.5))
    m.tokens.update(ctok)
    # --- render
    if wrapper:
        from .wrappers import render_wrapped
        hdrs, root, trace = render_wrapped(m, sc, wrapper, F, sp)
    else:
        hdrs, root = clients.RENDERERS[ckind](m)
        trace = transport.mx_headers(rng, sender, rp.email, arrival)
    for k, v in sc.get('hdrs', []):
        hdrs.append((k, F(v)))
    root.headers = trace + hdrs + root.headers
    data = root.render()
    return data, m


def make_uid(rng, client, style, ev, m):
    if client == 'google':
        return '%s@google.com' % rng.alnum(26, lower=True)
    if client == 'ms':
        return clients.ms_uid(rng)
    if client == 'apple':
        return rng.uuid(upper=True)
    if client == 'zoom':
        return 'ZOOM%s@zoom.us' % rng.digits(11)
    if client == 'zimbra':
        return rng.uuid()
    if client in ('nextcloud', 'sogo', 'thunderbird'):
        return rng.uuid() if client != 'sogo' else '%s-%s-%s-%s' % (rng.hexs(4, True), rng.hexs(8, True), rng.hexs(2, True), rng.hexs(8, True))
    if client == 'yahoo':
        return rng.alnum(24, lower=True) + '@yahoo.com'
    st = style or rng.pick(['uuid', 'hex', 'stamp', 'num'])
    dom = m.sender.from_addr.split('@')[1]
    if st == 'uuid':
        return rng.uuid()
    if st == 'hex':
        return rng.hexs(32) + '@' + dom
    if st == 'stamp':
        return '%s-%s@%s' % (m.date.strftime('%Y%m%dT%H%M%S'), rng.digits(6), dom)
    return '%s@%s' % (rng.digits(12), dom)


def _client_versions(rng, m, ckind, ctok):
    y = m.date.year
    if ckind == 'thunderbird':
        ctok.setdefault('tbver', 45 if y < 2017 else 52 if y < 2019 else 60 if y < 2020 else 68 if y < 2021 else
                        78 if y < 2022 else 91 if y < 2023 else 102 if y < 2023.5 else 115 if y < 2025 else 128)
    if ckind == 'ms':
        ctok.setdefault('olver', '16.0')
        ctok.setdefault('exver', '16.0.%d.%d' % (rng.pick([14326, 15128, 16026, 16827, 17328, 17932, 18324]), rng.randint(20000, 21000)))
    if ckind == 'apple':
        mac = {2016: '10.11.6', 2017: '10.12.6', 2018: '10.13.6', 2019: '10.14.6', 2020: '10.15.7', 2021: '11.6',
               2022: '12.6', 2023: '13.5.2', 2024: '14.4.1', 2025: '15.3.2', 2026: '26.1'}[y]
        ios = {2016: '10.1.1', 2017: '11.1.2', 2018: '12.1', 2019: '13.2.3', 2020: '14.2', 2021: '15.1', 2022: '16.1.2',
               2023: '17.1.2', 2024: '17.5.1', 2025: '18.3.2', 2026: '26.1'}[y]
        mailv = {2016: '3251', 2017: '3273', 2018: '3445.9.1', 2019: '3445.104.11', 2020: '3608.120.23.2.4',
                 2021: '3654.120.0.1.13', 2022: '3696.120.41.1.1', 2023: '3731.700.6', 2024: '3774.500.171.1.1',
                 2025: '3826.400.131.1.6', 2026: '3864.100.1'}[y]
        ctok.setdefault('macver', mac)
        ctok.setdefault('iosver', ios)
        ctok.setdefault('mailver', mailv)
        ctok.setdefault('iosbuild', rng.pick(['21D61', '20G75', '21E236', '22D82', '19H12', '18F72', '21F90']))
        if y < 2017:
            ctok['macver'] = mac
    if ckind == 'zimbra':
        ctok.setdefault('zver', '8.8.15_GA_4484' if y < 2021 else '9.0.0_GA_4546' if y < 2024 else '10.0.6_GA_4650')
    if ckind == 'sogo':
        ctok.setdefault('sogover', '3.2.10' if y < 2019 else '4.3.2' if y < 2021 else '5.8.0' if y < 2024 else '5.10.0')
    if ckind == 'nextcloud':
        ctok.setdefault('sabrever', '4.1.6' if y < 2020 else '4.3.5' if y < 2022 else '4.4.2' if y < 2023 else '4.5.4')
