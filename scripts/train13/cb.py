"""Helpers shared by the category content modules."""
import datetime as dt
import fake as F
import people as P
import util as U

FREE_FOR = {'google': ['gmail.com'], 'outlook': ['outlook.com', 'hotmail.com', 'outlook.com', 'live.com'],
            'apple': ['icloud.com', 'icloud.com', 'me.com'], 'yahoo': ['yahoo.com', 'yahoo.com', 'aol.com']}


def make_local(rng, first, last, free=False):
    pat = rng.choice(['{f}.{l}', '{f}.{l}', '{f}{l}', '{fi}{l}', '{f}', '{f}_{l}', '{l}.{f}', '{fi}.{l}'])
    loc = pat.format(f=first, l=last, fi=first[0])
    if free and rng.random() < .5:
        loc += str(rng.choice([rng.randint(1, 99), rng.randint(1965, 2004)]))
    return loc.lower().replace(' ', '').replace("'", '')


def mk_person(s, lang=None, domain=None, free=False, role=None):
    lang = lang or s.lang
    disp, f, l = P.person(s.rng, lang)
    if role:
        return {'name': disp, 'addr': '%s@%s' % (role, domain), 'first': P.first_name(disp, lang)}
    return {'name': disp, 'addr': '%s@%s' % (make_local(s.rng, f, l, free), domain), 'first': P.first_name(disp, lang)}


def free_domain(s, lang=None):
    c = s.client if s.client != 'list' else s.inner_client
    if c in FREE_FOR:
        return s.rng.choice(FREE_FOR[c])
    return s.rng.choice(P.FREEMAIL[lang or s.lang])


def set_times(s, days=(1, 21), hours=(8, 18), dur=(30, 90), allday=False, past=False):
    rng = s.rng
    loc_arr = U.from_utc(s.tz, s.arrival)
    off = rng.randint(*days)
    d = loc_arr.date() + dt.timedelta(days=-off if past else off)
    if allday:
        s.allday = True
        s.start = dt.datetime(d.year, d.month, d.day)
        s.end = s.start + dt.timedelta(days=1)
        return
    h = rng.randint(*hours)
    m = rng.choice([0, 0, 0, 30, 30, 15, 45])
    s.start = dt.datetime(d.year, d.month, d.day, h, m)
    if isinstance(dur, list):
        mins = rng.choice(dur)
    else:
        mins = max(15, rng.randint(*dur) // 15 * 15)
    s.end = s.start + dt.timedelta(minutes=mins)


def org_of(s, lang=None):
    o = s.rng.choice(P.ORGS[lang or s.lang])
    return o


class Safe(dict):
    def __missing__(self, k):
        return '{' + k + '}'


def date_str(s, d=None):
    d = d or s.start
    if s.lang == 'en':
        return '%s %d, %d' % (['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                               'October', 'November', 'December'][d.month - 1], d.day, d.year)
    if s.lang in ('ja', 'zh', 'zht'):
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if s.lang == 'ko':
        return '%d년 %d월 %d일' % (d.year, d.month, d.day)
    if s.lang in ('en',):
        return d.strftime('%m/%d/%Y')
    return d.strftime('%d.%m.%Y') if s.lang in ('de', 'pl', 'ru', 'tr') else d.strftime('%d/%m/%Y')


def time_str(s, d=None):
    d = d or s.start
    if s.lang == 'en':
        return U.en_hour(d)
    return d.strftime('%H:%M')


def V(s, **extra):
    rng = s.rng
    if s._v is None:
        first = s.rcpt.get('first') or s.rcpt['addr'].split('@')[0].capitalize()
        comp = s.rcpt_org[0] if s.rcpt_org else s.rcpt['addr'].split('@')[1].split('.')[0].replace('-', ' ').title()
        s._v = Safe(first=first, rname=s.rcpt.get('name') or first, email=s.rcpt['addr'], company=comp,
                    date=date_str(s) if s.start else '', time=time_str(s) if s.start else '',
                    phone=F.phone(rng, s.lang), tollfree=F.phone(rng, 'en', True), code=F.code(rng), track=F.track(rng),
                    tg=F.tg(rng), wa=F.wa(rng), wallet=F.wallet(rng), iban=F.iban(rng, s.lang), pnr=F.pnr(rng),
                    last4=U.digits(rng, 4), q=rng.randint(1, 4), year=s.year)
    s._v.update(extra)
    return s._v


def fill(s, text, **extra):
    v = V(s, **extra)
    if s.frm:
        v.setdefault('sname', s.frm.get('name') or '')
    return text.format_map(v)


class Picker(object):
    def __init__(self):
        self.order = {}

    def pick(self, s, key, en, fx):
        if s.lang == 'en':
            lst = self.order.get(key)
            if lst is None:
                import random
                lst = list(range(len(en)))
                random.Random('order/' + key).shuffle(lst)
                self.order[key] = lst
            if lst:
                return en[lst.pop(0)]
            return en[s.rng.randrange(len(en))]
        v = fx[s.lang]
        return v if isinstance(v, tuple) else s.rng.choice(v)


PICK = Picker()


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def strip_url(text):
    """Remove the {url} slot and tidy the line."""
    out = []
    for line in text.split('\n'):
        if '{url}' in line:
            line = line.replace('{url}', '').rstrip(' :：-–→>')
            if not line.strip():
                continue
        out.append(line)
    return '\n'.join(out)


def html_with_link(text, url, label):
    import html as H
    body = '<br>'.join(H.escape(l) for l in text.split('\n'))
    return ('<html><body><div style="font-family:Arial,sans-serif;font-size:14px">%s<br><br>'
            '<a href="%s" style="display:inline-block;background:#0067b8;color:#ffffff;padding:10px 18px;text-decoration:none">%s</a>'
            '</div></body></html>' % (body, url, H.escape(label)))


BLAND = {
    'en': ['You have been invited to an event.', 'Please see the attached invitation.', 'Invitation attached.',
           'Please find the meeting details in the calendar invite.', 'Event notification', ''],
    'de': ['Sie wurden zu einem Termin eingeladen.', 'Bitte beachten Sie die angehängte Einladung.'],
    'fr': ['Vous avez été invité(e) à un événement.', 'Veuillez trouver l’invitation ci-jointe.'],
    'es': ['Ha sido invitado a un evento.', 'Adjuntamos la invitación.'], 'it': ['Sei stato invitato a un evento.'],
    'pt': ['Você foi convidado para um evento.'], 'nl': ['U bent uitgenodigd voor een afspraak.'],
    'pl': ['Zostałeś zaproszony na wydarzenie.'], 'ru': ['Вы приглашены на мероприятие.'], 'el': ['Έχετε προσκληθεί σε μια εκδήλωση.'],
    'ar': ['لقد تمت دعوتك إلى حدث.'], 'he': ['הוזמנת לאירוע.'], 'zh': ['您收到一个活动邀请。'], 'zht': ['您收到一個活動邀請。'],
    'ja': ['予定への招待が届いています。'], 'ko': ['일정 초대가 도착했습니다.'], 'hi': ['आपको एक इवेंट में आमंत्रित किया गया है।'],
    'th': ['คุณได้รับเชิญเข้าร่วมกิจกรรม'], 'tr': ['Bir etkinliğe davet edildiniz.'],
}


def place(s, text, url, modes, label='Open'):
    """Put the payload URL into the event. text contains {url}. modes: list of (mode, weight)."""
    rng = s.rng
    mode = wchoice(rng, modes)
    s.payload = mode
    s.payload_where = {'desc': 'description', 'location': 'LOCATION', 'url': 'URL property', 'attach': 'ATTACH',
                       'xalt': 'X-ALT-DESC', 'conference': 'CONFERENCE', 'hidden': 'the iCalendar part only'}[mode]
    if mode == 'desc':
        s.desc = fill(s, text, url=url)
        if rng.random() < .3:
            s.location = url
    elif mode == 'location':
        s.desc = fill(s, strip_url(text)) if rng.random() < .7 else ''
        s.location = url
    elif mode == 'url':
        s.desc = fill(s, strip_url(text))
        s.url = url
    elif mode == 'attach':
        s.desc = fill(s, strip_url(text))
        fn = rng.choice(['Document.pdf', 'Invoice.pdf', 'Details.html', 'Secure_Message.htm', 'Review.pdf', 'Scan_%s.pdf' % U.digits(rng, 4)])
        s.attach = [{'uri': url, 'fmttype': rng.choice(['application/pdf', 'text/html', None]), 'filename': fn}]
    elif mode == 'xalt':
        plain = fill(s, strip_url(text))
        s.desc = plain if rng.random() < .6 else ''
        s.html = html_with_link(plain, url, label)
    elif mode == 'conference':
        s.desc = fill(s, strip_url(text))
        s.conf_prop = {'url': url, 'label': label}
    elif mode == 'hidden':
        # body and DESCRIPTION bland; payload only in X-ALT-DESC / ATTACH / URL of the .ics
        plain = fill(s, strip_url(text))
        s.desc = ''
        s.body_text = rng.choice(BLAND.get(s.lang, BLAND['en']))
        sub = rng.choice(['xalt', 'attach', 'url'])
        if sub == 'xalt':
            s.html = html_with_link(plain, url, label)
        elif sub == 'attach':
            s.attach = [{'uri': url, 'fmttype': 'text/html', 'filename': 'details.html'}]
            s.desc = plain
        else:
            s.url = url
            s.desc = plain
    return s.payload_where


def attendees(s, extra=0, same_domain=True, ps='NEEDS-ACTION'):
    rng = s.rng
    out = [dict(s.rcpt, ps=ps, role='REQ-PARTICIPANT', rsvp='TRUE')]
    dom = s.rcpt['addr'].split('@')[1]
    for _ in range(extra):
        p = mk_person(s, domain=dom if same_domain and rng.random() < .7 else (s.frm['addr'].split('@')[1] if s.frm else dom))
        if p['addr'] not in [a['addr'] for a in out]:
            out.append(dict(p, ps=ps, role=rng.choice(['REQ-PARTICIPANT', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT']), rsvp='TRUE'))
    s.atts = out
    return out


HARVEST_DOMAINS = ['example.com', 'example.net', 'example.org', 'mailbox.example', 'corp.example', 'post.example',
                   'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'gmx.de', 'web.de',
                   'orange.fr', 'libero.it', 'qq.com', '163.com', 'naver.com', 'mail.ru', 'yandex.ru', 'comcast.net']


def harvested(s, n, mix=None):
    """Address lists as spammers use them: clustered by region/language, some random strays."""
    rng = s.rng
    out = []
    seen = set()
    main = [s.lang, 'en'] if s.lang != 'en' else ['en']
    mix = mix if mix is not None else rng.choice([0.0, 0.1, 0.3])
    pool = HARVEST_DOMAINS + [d for d in P.RCPT_DOMAINS.get(s.lang, [])]
    while len(out) < n:
        lang = rng.choice(P.LANGS) if rng.random() < mix else rng.choice(main)
        disp, f, l = P.person(rng, lang)
        r = rng.random()
        d = rng.choice(P.FREEMAIL[lang]) if r < .45 else (rng.choice([o[1] for o in P.ORGS[lang]]) if r < .75 else rng.choice(pool))
        a = '%s@%s' % (make_local(rng, f, l, True), d)
        if a in seen:
            continue
        seen.add(a)
        out.append({'name': '' if rng.random() < .6 else disp, 'addr': a, 'ps': 'NEEDS-ACTION', 'rsvp': 'TRUE'})
    return out


def members(s, n, org_share=0.3):
    """Plausible co-attendees for legitimate events: same language, own freemail providers, a few companies."""
    rng = s.rng
    out, seen = [], set([s.rcpt['addr']])
    while len(out) < n:
        lang = s.lang if rng.random() < .85 else 'en'
        disp, f, l = P.person(rng, lang)
        d = rng.choice([o[1] for o in P.ORGS[lang]]) if rng.random() < org_share else rng.choice(P.FREEMAIL[lang])
        a = '%s@%s' % (make_local(rng, f, l, True), d)
        if a in seen:
            continue
        seen.add(a)
        out.append({'name': disp if rng.random() < .7 else '', 'addr': a, 'ps': rng.choice(['NEEDS-ACTION'] * 3 + ['ACCEPTED']), 'rsvp': 'TRUE'})
    return out


def brand_sender(s, display, look_domain=None, local=None):
    """Sender showing a brand display name; address depends on s.kind."""
    rng = s.rng
    k = s.kind
    if k == 'free':
        d = free_domain(s)
        base = ''.join(c for c in P.latin(display).lower() if c.isascii() and c.isalnum())[:10] or U.alnum(rng, 6, 'abcdefghijklmnopqrstuvwxyz')
        loc = local or rng.choice([base + U.digits(rng, rng.randint(2, 4)),
                                   make_local(rng, *P.person(rng, 'en')[1:], free=True), U.alnum(rng, rng.randint(7, 12))])
        return {'name': display, 'addr': '%s@%s' % (loc, d)}
    if k == 'lookalike':
        d = look_domain or F.shady_domain(rng, [''.join(c for c in P.latin(display).lower().replace(' ', '-') if c.isascii() and (c.isalnum() or c == '-')).strip('-') or 'secure'])
        s.look_domain = d
        return {'name': display, 'addr': '%s@%s' % (local or rng.choice(['no-reply', 'noreply', 'support', 'service', 'notice', 'info', 'billing', 'alerts']), d)}
    if k in ('compromised', 'corp'):
        o = org_of(s, rng.choice([s.lang, 'en']))
        s.sorg = o
        p = mk_person(s, domain=o[1])
        return {'name': display if rng.random() < .6 else p['name'], 'addr': p['addr']}
    if k == 'vps':
        d = look_domain or F.shady_domain(rng, ['mail', 'notify', 'secure'])
        return {'name': display, 'addr': '%s@%s' % (local or rng.choice(['info', 'no-reply', 'service', 'support']), d)}
    if k == 'esp':
        d = look_domain or F.shady_domain(rng, ['mailer', 'news'])
        s.brand_domain = d
        return {'name': display, 'addr': '%s@%s' % (local or 'no-reply', d)}
    if k == 'service':
        return {'name': display, 'addr': 'no-reply@zoom.us'}
    return {'name': display, 'addr': 'info@example.com'}


ESPS = [{'bounce': 'bnc.mailrelay-mta.net', 'host': 'o%d.mta.mailrelay-mta.net', 'd': 'mailrelay-mta.net', 'h': 'X-MR-Campaign: trx-%s'},
        {'bounce': 'pm-bounces.postwing.io', 'host': 'mta%d.postwing.io', 'd': 'postwing.io', 'h': 'X-PW-Message-Id: %s'},
        {'bounce': 'em.sendhorizon.net', 'host': 'smtp%d.sendhorizon.net', 'd': 'sendhorizon.net', 'h': 'X-SH-EID: %s'},
        {'bounce': 'mg.courierlane.com', 'host': 'so%d.mg.courierlane.com', 'd': 'courierlane.com', 'h': 'X-Mailgun-Sid: %s'},
        {'bounce': 'bounce.dispatchly.net', 'host': 'out%d.dispatchly.net', 'd': 'dispatchly.net', 'h': 'Feedback-ID: %s:dispatchly'}]


def use_esp(s, brand_domain, list_unsub=True):
    rng = s.rng
    e = rng.choice(ESPS)
    s.esp = {'bounce': e['bounce'], 'host': e['host'], 'd': e['d']}
    s.esp_msgid_domain = rng.choice([brand_domain, e['bounce'], 'mail.' + brand_domain])
    h = [e['h'] % U.b64url(rng, 22)]
    if list_unsub and rng.random() < .6:
        h.append('List-Unsubscribe: <https://%s/unsub/%s>, <mailto:unsubscribe@%s>' % (e['bounce'], U.b64url(rng, 30), e['bounce']))
        h.append('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    s.esp_hdrs = h


def note(s, text):
    c = s.client if s.client != 'list' else 'list/' + (s.inner_client or '')
    s.note = '%s [%s, %s, %s sender]' % (text, P.LANG_NAME[s.lang], c, s.kind)
