# -*- coding: utf-8 -*-
"""Ham categories for holdout7.  Each function takes (rng, n) and returns a message spec."""
import datetime as dt
from core import (H, LANGS, arrival, person, fake_addr, recipient, money, phone, code, pick_lang, meet_link, org_domain, org_name,
                  free_addr, spec, mkev, infra, html_of, rstr, rhex, ALNUM, CRLF)

ALL = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'cs', 'tr', 'ru', 'el', 'ar', 'ja', 'zh', 'ko', 'hi']


def L(rng, p_en=0.5, pool=ALL):
    return pick_lang(rng, pool, None, None, p_en)


def colleagues(rng, lang, dom, k):
    out = []
    for _ in range(k):
        nm = person(rng, lang)
        out.append((nm, fake_addr(rng, nm if lang not in ('ja', 'zh', 'ko', 'hi', 'ar', 'ru', 'el') else person(rng, 'en'), dom, 'dot'), 'NEEDS-ACTION'))
    return out


def me(rng, lang):
    return [recipient(rng, lang)]


def latin(rng, lang, nm):
    return nm if lang not in ('ja', 'zh', 'ko', 'hi', 'ar', 'ru', 'el') else person(rng, 'en')


def conf(rng, client):
    return meet_link(rng, {'gcal': 'meet', 'outlook': 'teams'}.get(client, rng.choice(['zoom', 'jitsi', 'webex'])))


# ------------------------------------------------------------------ meetings
def internal(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    dom = to[0][1].split('@')[1]
    setup = rng.choice(['own', 'own', 'partner'])
    h = H[lang]
    nm = person(rng, lang)
    frm = (nm, fake_addr(rng, latin(rng, lang, nm), dom, 'dot'))
    title = rng.choice(h['meet']).format(q=rng.randint(1, 4))
    desc = h['agenda']
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION')] + colleagues(rng, lang, dom, rng.randint(1, 7))
    todo = n in (3, 8, 12)
    kw = {}
    if todo:
        kw = dict(comp='VTODO', dur=60 * 24 * rng.randint(2, 10))
    elif rng.random() < 0.35:
        kw['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'FREQ=WEEKLY;BYDAY=TU;COUNT=10'])
    ev = mkev(rng, when, title, desc, frm, atts, lang, days=(1, 14), loc=rng.choice(['Room 2.14', 'Besprechungsraum Elbe', 'Sala Tevere', 'Online', 'B-204', '会議室A']), alarms=['-PT15M'], **kw)
    sp = spec(rng, lang, setup, frm, to, title, ev, when, desc='internal %s' % ('task (VTODO)' if todo else 'meeting'), infra_extra=dict(mta='mail.' + dom if dom == 'example.net' else None))
    if sp['client'] in ('gcal', 'outlook'):
        ev['conf'] = conf(rng, sp['client'])
    return sp


def partner(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    pdom = org_domain(rng)
    nm = person(rng, lang)
    frm = (nm, fake_addr(rng, latin(rng, lang, nm), pdom, 'dot'))
    h = H[lang]
    title = '%s / %s: %s' % (org_name(pdom), 'Example Net', rng.choice(h['meet']).format(q=rng.randint(1, 4)))
    setup = rng.choice(['partner', 'partner', 'own'])
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION')] + colleagues(rng, lang, pdom, rng.randint(0, 3)) + colleagues(rng, lang, 'example.net', rng.randint(0, 2))
    ev = mkev(rng, when, title, h['agenda'] + ('\n\n' + h['share'].format(f='offer_v%d.pdf' % rng.randint(2, 6)) if rng.random() < 0.3 else ''), frm, atts, lang, days=(2, 20))
    sp = spec(rng, lang, setup, frm, to, title, ev, when, desc='meeting with an external partner')
    ev['conf'] = conf(rng, sp['client'])
    ev['loc'] = ev['conf'] if rng.random() < 0.5 else org_name(pdom) + ', ' + rng.choice(['3rd floor', 'reception', 'Raum 4', 'meeting room Fjord'])
    return sp


# ------------------------------------------------------------------ travel and reservations
AIR = ['Nordlys Air', 'Azura Airways', 'Meridian Air', 'Kestrel Jet']
HOTEL = ['Hotel Alpenrose', 'Harbourline Suites', 'Ryokan Hoshizora', 'Pousada Verdant']


def travel(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    kind = ['flight', 'rail', 'hotel', 'restaurant'][n % 4]
    c = code(rng, 6)
    amt = money(rng, lang, 40, 900)
    if kind == 'flight':
        brand = rng.choice(AIR)
        fl = '%s%d' % (rstr(rng, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), rng.randint(100, 9999))
        title = '%s %s %s → %s' % (brand, fl, rng.choice(['FRA', 'LHR', 'CDG', 'MAD', 'HND', 'GRU', 'IST', 'DEL']), rng.choice(['JFK', 'ARN', 'FCO', 'WAW', 'ICN', 'PVG', 'ATH', 'DXB']))
        dur = rng.choice([95, 150, 420, 660])
    elif kind == 'rail':
        brand = rng.choice(['Deutsche Bahn', 'SNCF Connect', 'Trenitalia', 'Renfe', 'Eurostar'])
        title = '%s %d – %s' % (rng.choice(['ICE', 'TGV', 'Frecciarossa', 'AVE', 'Eurostar']), rng.randint(100, 999), c)
        dur = rng.choice([90, 180, 240])
    elif kind == 'hotel':
        brand = rng.choice(HOTEL)
        title = '%s – %s' % (brand, c)
        dur = 60 * 24
    else:
        brand = rng.choice(['OpenTable', 'TheFork', 'Resy', 'Trattoria Rinaldi'])
        title = '%s: %s' % (brand, rng.choice(['Table for 2', 'Table for 4', 'Dinner reservation']))
        dur = 120
    dom = {'Deutsche Bahn': 'bahn.de', 'SNCF Connect': 'sncf-connect.com', 'Trenitalia': 'trenitalia.it', 'Renfe': 'renfe.es', 'Eurostar': 'eurostar.com', 'OpenTable': 'opentable.com',
           'TheFork': 'thefork.com', 'Resy': 'resy.com'}.get(brand) or brand.lower().replace(' ', '-') + '.example'
    body = '%s\n\n%s\n\n%s' % (title, H[lang]['booking'].format(c=c, a=amt, p=phone(rng, lang)), rng.choice(['Check-in opens 24 hours before departure.', 'Free cancellation until 48 hours before arrival.', 'Please show this code at the door.', 'Manage booking: https://www.%s/manage/%s' % (dom, c)]))
    frm = (brand, rng.choice(['noreply', 'bookings', 'reservations', 'no-reply']) + '@' + dom)
    ev = mkev(rng, when, title, body, None, [], lang, days=(3, 90), dur=dur, loc=rng.choice(['Terminal 1', 'Gleis 7', 'Hauptbahnhof', 'Via dei Mille 12', 'Check-in from 15:00', '']), method='PUBLISH', allday=(kind == 'hotel'))
    ev['org'] = frm
    sp = spec(rng, lang, 'esp', frm, to, title, ev, when, desc='%s booking with code, amount and phone' % kind, body=body + '\n')
    if rng.random() < 0.3:
        sp['client'] = rng.choice(['phpmailer', 'python'])
    return sp


# ------------------------------------------------------------------ webinars and large events
def webinar(rng, n):
    lang = L(rng, 0.6)
    when = arrival(rng)
    to = me(rng, lang)
    vend = org_domain(rng, 'example')
    plat = rng.choice(['zoom', 'webex', 'teams', 'gotowebinar'])
    title = rng.choice(['Live demo: %s in 30 minutes' % org_name(vend), 'Free trial kick-off: getting started with %s' % org_name(vend), '%s Summit %d – Day 1' % (org_name(vend), when.year + 1),
                        'Webinar: cutting cloud costs (special offer for attendees)', 'Open day %d' % (when.year + 1)])
    k = rng.choice([150, 250, 400, 800])
    url = meet_link(rng, 'zoom' if plat == 'zoom' else 'webex' if plat == 'webex' else 'teams') if plat != 'gotowebinar' else 'https://global.gotowebinar.com/join/%d/%d' % (rng.randint(10 ** 18, 10 ** 19), rng.randint(10 ** 8, 10 ** 9))
    desc = H[lang]['webinar'] + '\n\n' + url + '\n\n' + rng.choice(['Attendees get a 30-day free trial and 20% off the first year.', 'Limited seats – register your colleagues too.', 'Questions? Call %s.' % phone(rng, lang), ''])
    frm = (org_name(vend) + ' Events', 'events@' + vend)
    big = rng.random() < 0.4
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION')]
    if big:
        for _ in range(k):
            nm = person(rng, 'en')
            atts.append((None, fake_addr(rng, nm, rng.choice(['example.net', org_domain(rng), 'example.org']), 'dot'), 'NEEDS-ACTION'))
    ev = mkev(rng, when, title, desc, frm, atts, lang, days=(5, 40), dur=rng.choice([45, 60, 90, 480]), loc=url, url=url if rng.random() < 0.5 else None)
    setup = rng.choice(['esp', 'partner'])
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='vendor webinar/event%s' % (' with %d attendees listed' % len(atts) if big else ''))


# ------------------------------------------------------------------ school, church, club series with no end
def series(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    h = H[lang]
    title = rng.choice(h['series'])
    setup = rng.choice(['gmail', 'own', 'icloud', 'yahoo', 'outlookcom'])
    nm = person(rng, lang)
    dom = org_domain(rng, 'example')
    fa = free_addr(rng, setup, latin(rng, lang, nm)) if setup != 'own' else fake_addr(rng, latin(rng, lang, nm), dom)
    frm = (nm, fa)
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION')] + colleagues(rng, lang, rng.choice(['example.net', 'gmail.com', 'example.org']), rng.randint(3, 25))
    ev = mkev(rng, when, title, h['serdesc'].format(p=phone(rng, lang)), frm, atts, lang, days=(1, 10), hour=rng.choice([17, 18, 19, 10]),
              rrule=rng.choice(['FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=WE', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY;BYDAY=1SU']), loc=rng.choice(['Gemeindehaus', 'St. Mary’s hall', 'Sportplatz Nord', 'Salle polyvalente', 'School gym']), alarms=['-PT1H'])
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='club/school/church series without end date')


# ------------------------------------------------------------------ mailing-list copies with broken DKIM
def listcopy(rng, n):
    lang = L(rng, 0.5, ['de', 'fr', 'nl', 'sv', 'cs', 'pl', 'es', 'ja'])
    when = arrival(rng)
    to = me(rng, lang)
    h = H[lang]
    ldom = 'lists.' + org_domain(rng, 'example')
    lname = rng.choice(['members', 'choir', 'dev', 'board', 'neighbours', 'alumni', 'users'])
    nm = person(rng, lang)
    odom = org_domain(rng)
    munged = rng.random() < 0.4
    setup = 'own'
    title = rng.choice(h['series'] + h['meet']).format(q=rng.randint(1, 4))
    frm = (nm, fake_addr(rng, latin(rng, lang, nm), odom, 'dot'))
    atts = [(None, '%s@%s' % (lname, ldom), 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    ev = mkev(rng, when, title, h['agenda'], frm, atts, lang, days=(3, 30), conf=meet_link(rng, 'jitsi') if rng.random() < 0.5 else None)
    footer = '\n_______________________________________________\n%s mailing list\n%s@%s\nhttps://%s/mailman3/lists/%s.%s/\n' % (lname.capitalize(), lname, ldom, ldom, lname, ldom)
    sp = spec(rng, lang, setup, frm, to, '[%s] %s' % (lname.capitalize(), title), ev, when, desc='mailing-list copy, DKIM broken by footer%s' % (', From munged by the list' if munged else ''), client=rng.choice(['thunderbird', 'nextcloud', 'sogo', 'zimbra']))
    sp['body'] = None
    from core import invite_text
    sp['body'] = invite_text(sp) + footer
    inf = sp['inf']
    inf['mailfrom'] = '%s-bounces+%s=%s@%s' % (lname, to[0][1].split('@')[0], to[0][1].split('@')[1], ldom)
    inf['helo'] = inf['rdns'] = 'mail.' + ldom
    from core import queue_id, rfc2822_utc
    inf['own'] = ['Received: from mail.%s (mail.%s [198.51.100.%d])' % (odom, odom, rng.randint(2, 250)) + CRLF + '\tby mail.%s (Postfix) with ESMTPS id %s' % (ldom, queue_id(rng)) + CRLF +
                  '\tfor <%s@%s>; %s' % (lname, ldom, rfc2822_utc(when - dt.timedelta(seconds=rng.randint(2, 9)))) ] + inf['own']
    inf['spf'] = 'pass'
    inf['dkim'] = ('pass', odom, inf['dkim'][2] if inf['dkim'] else 'mail')
    sp['list_fail'] = True
    if munged:
        sp['from'] = ('%s via %s' % (nm, lname.capitalize()), '%s@%s' % (lname, ldom))
        sp['reply_to'] = frm[1]
        inf['dmarc'], inf['pol'] = 'pass', 'p=none dis=none'
        sp['hdr_from_dom'] = ldom
    else:
        inf['dmarc'], inf['pol'] = 'fail', 'p=none dis=none'
        sp['hdr_from_dom'] = odom
    sp['xheaders'] = ['List-Id: %s <%s.%s>' % (lname.capitalize(), lname, ldom), 'List-Post: <mailto:%s@%s>' % (lname, ldom), 'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom),
                      'List-Unsubscribe: <mailto:%s-leave@%s>' % (lname, ldom), 'Precedence: list', 'Sender: "%s" <%s-bounces@%s>' % (lname.capitalize(), lname, ldom), 'X-Mailman-Version: 3.3.%d' % rng.randint(3, 9)]
    sp['is_list'] = True
    return sp


# ------------------------------------------------------------------ forwarded invitations (message/rfc822)
def forwarded(rng, n):
    sp = internal(rng, n) if n % 2 else partner(rng, n)
    lang = sp['lang']
    when = sp['date']
    fn = person(rng, lang)
    fset = rng.choice(['gmail', 'own', 'outlookcom'])
    fe = free_addr(rng, fset, latin(rng, lang, fn)) if fset != 'own' else fake_addr(rng, latin(rng, lang, fn), 'example.net', 'dot')
    sp['wrap'] = 'forward'
    sp['fwd_from'] = (fn, fe)
    sp['ev'].pop('comp', None)
    sp['inf'] = infra(rng, {'gmail': 'gmail', 'own': 'own', 'outlookcom': 'outlookcom'}[fset], fe, when, dict(rcpt=sp['to'][0][1], tz=LANGS[lang]['tz']))
    sp['desc'] = 'invitation forwarded as message/rfc822 by a colleague or friend'
    return sp


# ------------------------------------------------------------------ tax, insurance, bank and invoice reminders
def finance(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    who = rng.choice(['Steuerberatung Kühn', 'Harbourline Insurance', 'Bluepeak Bank', 'Oakridge Accounting', 'Tax office reminder', 'Copperleaf Energy billing'])
    dom = org_domain(rng, 'example')
    amt = money(rng, lang, 80, 4000)
    ref = 'RE-%d-%04d' % (when.year, rng.randint(1, 9999))
    due = (when + dt.timedelta(days=rng.randint(5, 20))).strftime('%d.%m.%Y')
    body = H[lang]['invoice'].format(c=ref, a=amt, d=due) + '\n' + rng.choice(['', 'Tel. ' + phone(rng, lang), 'Your online banking: log in as usual through our app; we never send login links.'])
    title = rng.choice(['%s: %s' % (who, ref), 'Zahlungserinnerung %s' % ref if lang == 'de' else 'Payment due %s' % ref, 'Premium due – policy %s' % code(rng, 8), 'Tax return deadline']).strip()
    frm = (who, rng.choice(['billing', 'service', 'noreply', 'kanzlei']) + '@' + dom)
    setup = rng.choice(['esp', 'own', 'partner'])
    ev = mkev(rng, when, title, body, frm, [(to[0][0], to[0][1], 'NEEDS-ACTION')], lang, days=(5, 20), allday=rng.random() < 0.5, alarms=['-P1D'])
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='finance reminder with amount (%s)' % who)


# ------------------------------------------------------------------ IT maintenance mentioning passwords/MFA/updates
def itmaint(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    dom = to[0][1].split('@')[1]
    title = rng.choice(['Planned maintenance: VPN and mail', 'Password policy change + MFA re-enrolment', 'Windows update window', 'Firewall upgrade (service interruption)', 'Laptop refresh – bring your device']) if lang == 'en' else '%s – %s' % ('IT', H[lang]['maint'].split('.')[0])
    nm = person(rng, lang)
    frm = ('IT Service Desk', 'it-servicedesk@' + dom)
    desc = H[lang]['maint'] + '\n' + rng.choice(['Ticket CHG%07d.' % rng.randint(0, 9999999), 'Status page: https://status.%s/' % dom, 'Questions: ext. %d' % rng.randint(1000, 9999)])
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION', 'OPT-PARTICIPANT')] + colleagues(rng, lang, dom, rng.randint(2, 30))
    ev = mkev(rng, when, title, desc, frm, atts, lang, days=(1, 10), hour=rng.choice([18, 20, 22, 6]), dur=rng.choice([60, 120, 240]))
    ev['extra'] = ['X-MICROSOFT-CDO-BUSYSTATUS:FREE'] if rng.random() < 0.3 else []
    return spec(rng, lang, rng.choice(['own', 'partner']), frm, to, title, ev, when, desc='IT maintenance notice mentioning passwords/MFA/updates', infra_extra=dict(mta='mail.' + dom))


# ------------------------------------------------------------------ recruiting calls
def recruiting(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    role = rng.choice(['Senior Data Engineer', 'Controller', 'Product Designer', 'Account Manager', 'Logistics Coordinator'])
    dom = org_domain(rng)
    nm = person(rng, lang)
    setup = rng.choice(['partner', 'esp', 'gmail'])
    fa = fake_addr(rng, latin(rng, lang, nm), dom, 'dot') if setup != 'gmail' else free_addr(rng, 'gmail', latin(rng, lang, nm))
    frm = (nm, fa)
    title = {'en': 'Interview: %s – %s' % (role, org_name(dom))}.get(lang, '%s – %s' % (role, org_name(dom)))
    desc = H[lang]['interview'].format(r=role, p=phone(rng, lang))
    ev = mkev(rng, when, title, desc, frm, [(to[0][0], to[0][1], 'NEEDS-ACTION')], lang, days=(2, 10), dur=45)
    sp = spec(rng, lang, setup, frm, to, title, ev, when, desc='recruiting call' + (' from a recruiter on free mail' if setup == 'gmail' else ''))
    if setup == 'esp':
        sp['client'] = rng.choice(['esp', 'nodemailer'])
        ev['conf'] = meet_link(rng, 'zoom')
    return sp


# ------------------------------------------------------------------ iTIP REPLY / CANCEL / COUNTER
def itip(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    h = H[lang]
    kind = ['acc', 'dec', 'cxl', 'ctr', 'acc', 'tent'][n % 6]
    title = rng.choice(h['meet']).format(q=rng.randint(1, 4))
    nm = person(rng, lang)
    setup = rng.choice(['partner', 'gmail', 'own', 'outlookcom', 'icloud'])
    dom = org_domain(rng)
    fa = fake_addr(rng, latin(rng, lang, nm), dom, 'dot') if setup in ('partner', 'own') else free_addr(rng, setup, latin(rng, lang, nm))
    frm = (nm, fa)
    if kind == 'cxl':
        ev = mkev(rng, when, title, h['cxl'], frm, [(to[0][0], to[0][1], 'NEEDS-ACTION')], lang, days=(1, 10), method='CANCEL', seq=rng.randint(1, 3))
        subj = {'en': 'Canceled: ', 'de': 'Abgesagt: ', 'fr': 'Annulé : '}.get(lang, 'Cancelled: ') + title
        body = h['cxl']
    else:
        ps = {'acc': 'ACCEPTED', 'dec': 'DECLINED', 'ctr': 'NEEDS-ACTION', 'tent': 'TENTATIVE'}[kind]
        ev = mkev(rng, when, title, None, (to[0][0], to[0][1]), [(nm, fa, ps)], lang, days=(1, 10), method='COUNTER' if kind == 'ctr' else 'REPLY')
        if kind != 'ctr':
            ev['desc'] = None
        else:
            ev['desc'] = h['ctr'].format(n=nm)
            ev['start'] += dt.timedelta(hours=rng.choice([1, 2, 24, -1]))
        body = h.get(kind, h['acc']).format(n=nm) if kind != 'tent' else '%s: TENTATIVE' % nm
        subj = {'acc': 'Accepted: ', 'dec': 'Declined: ', 'ctr': 'New Time Proposed: ', 'tent': 'Tentative: '}[kind] + title
        if lang == 'de':
            subj = {'acc': 'Angenommen: ', 'dec': 'Abgelehnt: ', 'ctr': 'Neuer Zeitvorschlag: ', 'tent': 'Mit Vorbehalt angenommen: '}[kind] + title
    sp = spec(rng, lang, setup, frm, to, subj, ev, when, desc='iTIP %s' % ev.get('method'), body=body + '\n')
    return sp


# ------------------------------------------------------------------ medical and government appointments
def appointment(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    gov = n % 3 == 0
    place = rng.choice({'en': ['Riverside Dental', 'Dr. Abbott’s practice', 'the DMV office', 'the passport office'], 'de': ['Praxis Dr. Lorenz', 'Bürgeramt Mitte', 'Zahnarztpraxis Engel'],
                        'fr': ['Cabinet du Dr Caron', 'la mairie (passeport)'], 'es': ['Clínica Dental Serrano', 'la oficina del DNI'], 'ja': ['さくら歯科', '区役所'],
                        'zh': ['市第一人民医院', '出入境办证大厅'], 'ko': ['서울치과', '주민센터']}.get(lang, ['Clinic %s' % rstr(rng, 3).upper(), 'City office']))
    brand = rng.choice(['Doctolib', 'Zocdoc', 'Jameda', 'NHS App', 'Clinic booking']) if not gov else rng.choice(['Citizen services', 'Appointments office'])
    dom = {'Doctolib': 'doctolib.fr', 'Zocdoc': 'zocdoc.com', 'Jameda': 'jameda.de', 'NHS App': 'nhs-appointments.example'}.get(brand, org_domain(rng, 'example'))
    title = '%s – %s' % ({'en': 'Appointment', 'de': 'Termin', 'fr': 'Rendez-vous', 'es': 'Cita', 'it': 'Appuntamento', 'ja': '予約', 'zh': '预约', 'ko': '예약', 'pt': 'Consulta', 'nl': 'Afspraak', 'pl': 'Wizyta'}.get(lang, 'Appointment'), place)
    desc = H[lang]['appt'].format(pl=place, p=phone(rng, lang)) + '\n' + rng.choice(['', 'Ref. ' + code(rng, 8), 'Cancel or move: https://www.%s/appointments/%s' % (dom, rstr(rng, 12, ALNUM))])
    frm = (brand, 'no-reply@' + dom)
    ev = mkev(rng, when, title, desc, frm, [(to[0][0], to[0][1], 'ACCEPTED')], lang, days=(2, 40), dur=rng.choice([15, 20, 30]), loc=place, method=rng.choice(['REQUEST', 'PUBLISH']), alarms=['-P1D', '-PT2H'])
    return spec(rng, lang, rng.choice(['esp', 'esp', 'own']), frm, to, title, ev, when, desc=('government' if gov else 'medical') + ' appointment via ' + brand)


# ------------------------------------------------------------------ personal invitations from free mail
def personal(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    h = H[lang]
    nm = person(rng, lang)
    setup = rng.choice(['gmail', 'gmail', 'icloud', 'yahoo', 'outlookcom'])
    frm = (nm, free_addr(rng, setup, latin(rng, lang, nm)))
    urgent = n % 4 == 0
    title = rng.choice(['🎂 %s' % nm.split()[0], 'BBQ', 'Housewarming', 'Dinner at ours', 'Hiking trip', 'Movie night']) if lang == 'en' else rng.choice(['🎉', '🍰', '🎂']) + ' ' + h['party'].split('.')[0].split('。')[0][:30]
    desc = h['party']
    if urgent and lang == 'en':
        title = 'URGENT – change of plan!!'
        desc = 'Venue changed last minute, call me at %s ASAP. Tickets are in the shared folder: https://drive.google.com/drive/folders/%s' % (phone(rng, 'en'), rstr(rng, 33, ALNUM))
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION')] + [(person(rng, lang), free_addr(rng, rng.choice(['gmail', 'icloud', 'yahoo', 'outlookcom']), person(rng, 'en')), 'NEEDS-ACTION') for _ in range(rng.randint(1, 8))]
    ev = mkev(rng, when, title, desc, frm, atts, lang, days=(2, 30), hour=rng.choice([12, 18, 19, 20]), dur=180, loc=rng.choice(['Our place', 'Parkstraße 5', '12 Elm Road', 'Café Lumen']))
    return spec(rng, lang, setup, frm, to, title, ev, when, desc='personal invitation from free mail' + (', urgent wording, phone and file link' if urgent and lang == 'en' else ''))


# ------------------------------------------------------------------ legitimate file shares between partners
def fileshare(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    pdom = org_domain(rng)
    nm = person(rng, lang)
    frm = (nm, fake_addr(rng, latin(rng, lang, nm), pdom, 'dot'))
    f = rng.choice(['Contract_draft_v3.docx', 'Budget %d.xlsx' % when.year, 'Site_survey.pdf', 'Minutes_%s.docx' % when.strftime('%Y-%m-%d')])
    svc = rng.choice(['sp', 'od', 'gd', 'db'])
    url = {'sp': 'https://%s.sharepoint.com/:w:/s/%s/%s' % (pdom.split('-')[0], rstr(rng, 8), rstr(rng, 22, ALNUM)),
           'od': 'https://%s-my.sharepoint.com/:x:/g/personal/%s/%s' % (pdom.split('-')[0], rstr(rng, 10), rstr(rng, 22, ALNUM)),
           'gd': 'https://docs.google.com/document/d/%s/edit?usp=sharing' % rstr(rng, 44, ALNUM + '-_'),
           'db': 'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0' % (rstr(rng, 21), f.replace(' ', '%20'), rstr(rng, 25))}[svc]
    desc = H[lang]['share'].format(f=f) + '\n' + url
    title = rng.choice(['Review: %s' % f, '%s – walkthrough' % f, 'Sign-off %s' % f])
    atts = [(to[0][0], to[0][1], 'NEEDS-ACTION')] + colleagues(rng, lang, pdom, rng.randint(0, 3))
    ev = mkev(rng, when, title, desc, frm, atts, lang, days=(1, 10), dur=30, attach=url if rng.random() < 0.4 else None)
    sp = spec(rng, lang, 'partner', frm, to, title, ev, when, desc='legitimate %s share between partners' % {'sp': 'SharePoint', 'od': 'OneDrive', 'gd': 'Google Docs', 'db': 'Dropbox'}[svc])
    ev['conf'] = conf(rng, sp['client'])
    return sp


# ------------------------------------------------------------------ support callbacks the customer booked, bank payment plans
def support(rng, n):
    lang = L(rng)
    when = arrival(rng)
    to = me(rng, lang)
    bank = n % 2 == 0
    who = rng.choice(['Bluepeak Bank', 'Silverfern Savings']) if bank else rng.choice(['Lumen Broadband support', 'Cobalt Appliances service', 'Meridian Mobile'])
    dom = who.split()[0].lower() + '-' + who.split()[1].lower() + '.example'
    c = 'CS-%d' % rng.randint(10 ** 5, 10 ** 6)
    desc = H[lang]['call'].format(p=phone(rng, lang), c=c)
    if bank:
        desc += '\n' + {'en': 'Topic: your payment plan for the overdue balance of %s. Please have your last statement ready. We will never ask for your PIN or full password.' % money(rng, 'en', 300, 3000)}.get(lang, money(rng, lang, 300, 3000))
    title = {'en': '%s: callback you requested (%s)' % (who, c)}.get(lang, '%s – %s' % (who, c))
    frm = (who, 'appointments@' + dom)
    ev = mkev(rng, when, title, desc, frm, [(to[0][0], to[0][1], 'ACCEPTED')], lang, days=(1, 5), dur=30, method='PUBLISH' if rng.random() < 0.5 else 'REQUEST')
    return spec(rng, lang, rng.choice(['esp', 'partner']), frm, to, title, ev, when, desc=('payment-plan call with the customer\'s bank' if bank else 'support callback booked by the customer'))


HAM_CATS = {
    'meeting-internal': (14, internal, 'Internal meetings and three task assignments (VTODO) between colleagues of the recipient.'),
    'meeting-partner': (12, partner, 'Meetings with external partners, Teams/Meet/Zoom/Jitsi links.'),
    'travel-booking': (14, travel, 'Flight, rail, hotel and restaurant bookings with codes, amounts and phone numbers (METHOD:PUBLISH).'),
    'webinar-event': (12, webinar, 'Vendor webinars, demos and conferences that say free/trial/offer; some list hundreds of attendees.'),
    'club-series': (10, series, 'School, church and club series with no end date, often from free mail.'),
    'list-copy': (8, listcopy, 'Mailing-list copies whose DKIM the list footer broke; some with From rewritten by the list.'),
    'forwarded': (8, forwarded, 'Invitations forwarded as message/rfc822 attachments.'),
    'finance-reminder': (10, finance, 'Tax, insurance, bank and invoice reminders with amounts and due dates.'),
    'it-maintenance': (10, itmaint, 'IT maintenance notices that mention passwords, MFA and updates.'),
    'recruiting': (8, recruiting, 'Recruiting calls with phone numbers, some from recruiters on free mail.'),
    'itip-reply': (12, itip, 'iTIP REPLY (accepted/declined/tentative), CANCEL and COUNTER messages.'),
    'appointment': (12, appointment, 'Medical and government appointments via booking platforms.'),
    'personal': (12, personal, 'Personal invitations from free mail, some with urgent wording, phone numbers and file links.'),
    'file-share': (10, fileshare, 'Legitimate SharePoint/OneDrive/Google Docs/Dropbox shares between real partners.'),
    'support-callback': (8, support, 'Customer-support callbacks the customer booked and payment-plan calls with the customer\'s bank.'),
}
