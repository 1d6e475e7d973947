"""Ham categories for corpus/holdout6: legitimate invitations that look like the traps a careless filter falls into."""
import datetime as dt

from core import LANGS, ascii_fold
from build import mk, setup_for, invite_text, fill, FREEMAIL, REGIONAL_FREEMAIL
from spam import std_event, simple_send, google_subject, free_sender, COMPANIES

ORGS_LANG = {
    'en': COMPANIES,
    'de': [('Ostara Bau GmbH', 'ostara-bau.example'), ('Weißdorn Logistik', 'weissdorn-logistik.example')],
    'fr': [('Atelier Lumière', 'atelier-lumiere.example'), ('Cabinet Moreau', 'cabinet-moreau.test')],
    'es': [('Construcciones Albero', 'albero.example'), ('Clínica Serrano', 'clinica-serrano.test')],
    'it': [('Studio Ricci', 'studio-ricci.example'), ('Ferramenta Colombo', 'colombo-ferramenta.test')],
    'pt': [('Araújo Engenharia', 'araujo-eng.example'), ('Padaria Estrela', 'padaria-estrela.test')],
    'nl': [('Visser Installatietechniek', 'visser-installatie.example'), ('Bakker & Smit', 'bakkersmit.test')],
    'pl': [('Zielony Dom Sp. z o.o.', 'zielonydom.example'), ('Biuro Rachunkowe Wójcik', 'wojcik-biuro.test')],
    'sv': [('Nyström Bygg AB', 'nystrom-bygg.example'), ('Åkesson Revision', 'akesson-revision.test')],
    'tr': [('Yıldız Tekstil', 'yildiz-tekstil.example'), ('Doğan Mimarlık', 'dogan-mimarlik.test')],
    'ru': [('ООО «Северный ветер»', 'severveter.example'), ('Техносфера', 'tekhnosfera.test')],
    'el': [('Αιγαίο Ναυτιλιακή', 'aigaio-naftiliaki.example'), ('Ολυμπος Λογιστική', 'olympos-logistiki.test')],
    'ar': [('شركة الواحة', 'alwaha.example'), ('مجموعة النخيل', 'nakheel-group.test')],
    'he': [('גליל תוכנה', 'galil-software.example'), ('כרמל הנדסה', 'carmel-handasa.test')],
    'ja': [('株式会社さくら商事', 'sakura-shoji.example'), ('青葉システム', 'aoba-system.test')],
    'zh': [('华光科技', 'huaguang-tech.example'), ('长江贸易', 'changjiang-trade.test')],
    'ko': [('한빛소프트', 'hanbit-soft.example'), ('미래물산', 'mirae-trading.test')],
}
ORG_CLIENTS = ['outlook', 'outlook', 'outlook', 'google', 'google', 'zimbra', 'nextcloud', 'sogo', 'thunderbird', 'apple']
ORG_CLIENTS_CYCLE = ['outlook', 'google', 'sogo', 'outlook', 'zimbra', 'thunderbird', 'nextcloud', 'apple', 'outlook', 'google']


def org_person(ctx, org=None, lang=None):
    lang = lang or ctx.lang
    org = org or ctx.choice(ORGS_LANG[lang])
    nm, first, loc = ctx.person(lang)
    return nm, first, '%s@%s' % (loc, org[1]), org


def org_setup(ctx, client, a):
    if client == 'outlook':
        return setup_for(ctx, 'outlook', a, 'outlook')
    if client == 'google':
        return setup_for(ctx, 'google', a, 'google', selector='google', policy='quarantine')
    return setup_for(ctx, client, a, 'own')


def meet_link(ctx, client):
    if client == 'outlook':
        return 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (ctx.alnum(48), ctx.uuid())
    if client == 'google':
        return 'https://meet.google.com/%s-%s-%s' % (ctx.alnum(3).lower(), ctx.alnum(4).lower(), ctx.alnum(3).lower())
    return ctx.choice(['https://us02web.zoom.us/j/%d?pwd=%s' % (ctx.r.randrange(10 ** 10, 10 ** 11), ctx.alnum(32)),
                       'https://meet.jit.si/%s' % ctx.alnum(16), 'https://%s/call/%s' % (ctx.choice(['cloud.ostara-bau.example', 'talk.lumen-analytics.test']), ctx.alnum(8).lower())])


def org_invite(ctx, summ, body, days=(1, 14), dur=None, client=None, partner=False, attendees=0, **evkw):
    rc = ctx.recipient()
    client = client or ctx.choice(ORG_CLIENTS)
    nm, first, a, org = org_person(ctx)
    if not partner:
        # internal meeting: recipient is a colleague at the same organisation in the MX's hosted domain
        rc = (rc[0], rc[1], '%s@%s' % (rc[2].split('@')[0], org[1])) if ctx.r.random() < 0.0 else rc
    tzid = ctx.tz()
    ev = std_event(ctx, summ, body, days=days, dur=dur or ctx.choice([30, 45, 60, 90]), tzid=tzid, hours=(8, 16), **evkw)
    join = None
    if client in ('outlook', 'google') or ctx.r.random() < 0.4:
        join = meet_link(ctx, client)
        if client == 'outlook':
            ev['teams'] = join
            ev['location'] = 'Microsoft Teams Meeting'
        elif client == 'google':
            ev['location'] = ev.get('location') or ''
            ev['conference'] = join
            ev['conference_label'] = 'meet.google.com'
        else:
            ev['location'] = join
    others = []
    for _ in range(attendees or ctx.r.randrange(1, 6)):
        on, of, oa, _o = org_person(ctx, org if ctx.r.random() < 0.7 else None)
        others.append((on, oa))
    body = body.replace('\x00N', rc[1])
    ev['description'] = body
    from layouts import teams_block
    text = invite_text(ctx, ev, body, join=None if client == 'outlook' else join)
    if client == 'outlook':
        text = body + '\n' + teams_block(ctx, ctx.lang, join)
        ev['description'] = text
    setup = org_setup(ctx, client, a)
    subj = google_subject(ev, rc[2]) if client == 'google' else summ
    if client == 'google' and ctx.lang != 'en':
        subj = summ
    return simple_send(ctx, nm, a, client, None, subj, ev, text, rc, others, setup=setup, google_sender=False)


EN_MEET = [('Q%d budget review', 'Walk-through of the Q%d numbers before they go to the board. Please have your cost centre comments ready.'),
           ('Weekly sync – Platform team', 'Standing agenda: incidents, roadmap, hiring. Add items to the shared doc.'),
           ('Kick-off: website relaunch', 'Introductions, scope, timeline and who owns what. Agency team will join for the first half.'),
           ('1:1', 'Regular catch-up.'),
           ('Design review: checkout flow', 'We will go through the new checkout mock-ups. Feedback welcome beforehand.'),
           ('Contract renewal discussion', 'Agenda: volumes for next year, pricing, SLA changes. URGENT: legal needs our input by Friday, so please come prepared.'),
           ('Incident post-mortem', 'Blameless review of last Tuesday\'s outage. Timeline is in the ticket.'),
           ('Supplier audit prep', 'Dry run of the audit. Bring the signed quality certificates.')]


def meeting(ctx):
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'meet', n='\x00N', s=ctx.person()[1])
        return org_invite(ctx, summ, body, partner=ctx.r.random() < 0.4, client=ORG_CLIENTS_CYCLE[ctx.idx % len(ORG_CLIENTS_CYCLE)]), 'meeting'
    s, b = ctx.choice(EN_MEET)
    q = ctx.r.randrange(1, 5)
    summ, body = s.replace('%d', str(q)), b.replace('%d', str(q))
    if ctx.r.random() < 0.3:
        body += '\nDial-in: %s, conference ID %d#' % (ctx.phone('en', 'us'), ctx.r.randrange(10 ** 8, 10 ** 9))
    partner = ctx.r.random() < 0.5
    return org_invite(ctx, summ, body, partner=partner, client=ORG_CLIENTS_CYCLE[ctx.idx % len(ORG_CLIENTS_CYCLE)]), 'meeting (%s)' % ('with a partner' if partner else 'internal')


TRAVEL = [('Skylark Airways', 'skylark-air.example', 'flight'), ('Corvid Rail', 'corvidrail.example', 'rail'),
          ('Hotel Lindenhof', 'hotel-lindenhof.example', 'hotel'), ('TableNow', 'tablenow.example', 'restaurant'),
          ('Harbour Ferries', 'harbourferries.test', 'ferry'), ('Azure Coast Resorts', 'azurecoast.example', 'hotel')]


def travel_booking(ctx):
    rc = ctx.recipient()
    brand, dom, kind = ctx.choice(TRAVEL)
    code = ctx.code(6, True)
    ph = ctx.phone(ctx.lang)
    amt = ctx.amount(40, 1400)
    tzid = ctx.tz()
    ev = std_event(ctx, '', '', days=(5, 120), dur=ctx.choice([90, 150, 240]), tzid=tzid, hours=(6, 21))
    if ctx.lang != 'en':
        place = ctx.choice(ORGS_LANG[ctx.lang])[0]
        summ, body = fill(ctx, 'booking', n=rc[1], c=code, d=ev['start'].strftime('%d.%m.%Y'), t=ev['start'].strftime('%H:%M'), p=place, a=amt, ph=ph)
        summ_ev = '%s %s' % (brand, code)
    else:
        if kind == 'flight':
            fl = 'SK %d' % ctx.r.randrange(100, 2999)
            summ_ev = 'Flight %s %s' % (fl, ctx.choice(['BOS–ORD', 'LHR–EDI', 'SFO–SEA', 'SYD–MEL', 'JFK–MIA']))
            summ = 'Your booking is confirmed – %s (%s)' % (fl, code)
            body = 'Booking reference: %s\nPassenger: %s\nFare paid: %s\nBaggage: 1 x 23 kg\nOnline check-in opens 24 hours before departure. Changes: call %s.\nThis is an automated message, please do not reply.' % (code, rc[0].upper(), amt, ph)
        elif kind == 'rail':
            summ_ev = 'Train to %s' % ctx.choice(['Manchester', 'Boston South', 'Glasgow', 'Portland'])
            summ = 'Your e-ticket – booking %s' % code
            body = 'Coach C, seat %d\nTotal paid: %s\nCollect with reference %s or use the attached QR code.' % (ctx.r.randrange(1, 80), amt, code)
        elif kind == 'restaurant':
            summ_ev = 'Dinner at %s' % ctx.choice(['Osteria Verde', 'The Copper Pot', 'Saffron House'])
            summ = 'Reservation confirmed for %d people' % ctx.r.randrange(2, 9)
            body = 'Confirmation number %s. A card guarantee of %s applies for no-shows. To change your booking call %s.' % (code, ctx.amount(10, 30), ph)
        else:
            summ_ev = 'Stay at %s' % brand
            summ = 'Booking confirmation %s – %s' % (code, brand)
            body = 'Check-in from 15:00, check-out until 11:00.\nRoom: Double, breakfast included\nTotal: %s (pay at property)\nFree cancellation until 48 hours before arrival. Reception: %s' % (amt, ph)
    ev['summary'] = summ_ev
    ev['description'] = body
    ev['location'] = ctx.choice(['Terminal 2', 'Central Station, platform 4', brand, '12 Harbour Road'])
    ev['transp'] = 'TRANSPARENT'
    a = ctx.choice(['noreply', 'bookings', 'reservations', 'no-reply']) + '@' + ctx.choice(['mail.', 'notify.', '']) + dom
    setup = setup_for(ctx, 'esp', a, 'esp', dkim_d=dom)
    setup['from_dom'] = a.split('@')[1]
    ev['organizer'] = (brand, a)
    ev['attendees'] = [(rc[0], rc[2])]
    ev['method'] = ctx.choice(['PUBLISH', 'REQUEST', 'PUBLISH'])
    return simple_send(ctx, brand, a, 'esp', None, summ, ev, body, rc, setup=setup, html_style='rich', attach_name=ctx.choice(['booking.ics', 'add-to-calendar.ics', 'event.ics'])), '%s booking with code, amount and phone' % kind


def webinar_event(ctx):
    rc = ctx.recipient()
    t = ctx.r.randrange(3)
    if t == 0:
        # all-hands with hundreds of attendees, internal Outlook
        comp, cdom = ctx.choice(COMPANIES)
        n = ctx.r.randrange(150, 420)
        summ = ctx.choice(['Company all-hands – %s' % ctx.choice(['Q1', 'Q2', 'Q3', 'Q4']), 'Town hall with the CEO', 'Annual kick-off %d' % (ctx.arrival.year + 1)])
        body = 'All staff are invited. The session will be recorded. Questions can be submitted in advance via the intranet form.'
        return org_invite(ctx, summ, body, client='outlook', attendees=n, days=(3, 30)), 'all-hands with %d attendees' % n
    host, hdom = ctx.choice([('Lumen Analytics', 'lumen-analytics.test'), ('CloudCost Academy', 'cloudcost-academy.example'), ('DevSummit', 'devsummit.example')])
    summ = ctx.choice(['Webinar: Cutting cloud costs by 30% – live Q&A', 'Free workshop: Data privacy for small businesses', 'DevSummit %d – Day 1 keynote' % ctx.arrival.year,
                       'Live demo: automated invoicing (limited seats!)'])
    url = 'https://%s/live/%s' % ('events.' + hdom, ctx.alnum(10).lower())
    body = 'Thanks for registering! Join here: %s\nYour unique join code: %s\nCan\'t make it? Register anyway and we will send the recording.\n\nTo unsubscribe from event reminders click the link in the footer.' % (url, ctx.code(8))
    ev = std_event(ctx, summ, body, days=(3, 30), dur=60, tzid=ctx.choice(['America/New_York', 'Europe/London']), hours=(9, 17))
    ev['url'] = url
    ev['location'] = url
    n = ctx.r.randrange(200, 600) if ctx.r.random() < 0.5 else 0
    others = [('', 'attendee%d@%s' % (i, ctx.choice(['example.net', 'example.org', 'gmail.com', 'outlook.com']))) for i in range(n)]
    a = 'events@' + hdom
    setup = setup_for(ctx, 'esp', a, 'esp')
    ev['method'] = 'REQUEST'
    return simple_send(ctx, host, a, 'esp', None, summ, ev, invite_text(ctx, ev, body), rc, others, setup=setup, html_style='rich', undisclosed=n > 0), 'webinar/event registration' + (' with %d attendees listed' % n if n else '')


def vendor_demo(ctx):
    comp, cdom = ctx.choice([('Lumen Analytics', 'lumen-analytics.test'), ('Northgate Tooling', 'northgate-tooling.test'), ('Brightwater Labs', 'brightwater-labs.test')])
    summ = ctx.choice(['%s demo + free 30-day trial setup' % comp, 'Product demo – special offer for existing customers', 'Your free trial: onboarding call',
                       'Pricing walkthrough (discount valid until month end)'])
    body = ctx.choice(['Hi, as promised here is the invite for the demo. We will set up your FREE trial account during the call and I will walk you through the 20% introductory offer. No credit card needed.',
                       'Thanks for your interest! Limited-time offer: sign before the end of the quarter and the first 3 months are free. Looking forward to showing you the new dashboards.',
                       'Following up on your trial sign-up. Book is confirmed; bring any questions about the upgrade options.'])
    return org_invite(ctx, summ, body, partner=True, client=ctx.choice(['google', 'outlook', 'outlook']), attendees=ctx.r.randrange(1, 3)), 'vendor demo mentioning free/trial/offer'


def community_series(ctx):
    rc = ctx.recipient()
    t = ctx.r.randrange(5)
    org, dom, summ, body, rule = ctx.choice([
        ('Riverside Primary PTA', 'riverside-school.test', 'PTA monthly meeting', 'All parents welcome. Childcare available in the hall.', 'FREQ=MONTHLY;BYDAY=1TU'),
        ('St Brendan\'s Parish', 'st-brendan-parish.example', 'Choir practice', 'Weekly practice in the parish hall. New voices always welcome!', 'FREQ=WEEKLY;BYDAY=TH'),
        ('Northgate Rowing Club', 'northgate-rowing.test', 'Saturday training – novices', 'Meet at the boathouse 15 min early. Bring water and a change of clothes.', 'FREQ=WEEKLY;BYDAY=SA'),
        ('Hillside Chess Club', 'hillside-chess.example', 'Club night', 'Casual games and coaching. Subs £3, pay at the door.', 'FREQ=WEEKLY;BYDAY=WE'),
        ('Oakfield Scouts', 'oakfield-scouts.test', 'Cub Scouts', 'Regular meeting. Uniform please. Emergency contact: %s' % ctx.phone('en', 'uk'), 'FREQ=WEEKLY;BYDAY=MO'),
        ('Grace Community Church', 'gracecommunity.example', 'Sunday service', 'Service followed by coffee. Live stream for those at home.', 'FREQ=WEEKLY;BYDAY=SU')])
    nm, first, loc = ctx.person('en')
    client = ['google', 'nextcloud', 'apple', 'outlook', 'yahoo', 'google', 'yahoo', 'nextcloud', 'google', 'apple'][ctx.idx % 10]
    if client == 'google':
        a = '%s@gmail.com' % (loc.replace('.', '') + str(ctx.r.randrange(1, 99)))
    elif client == 'apple':
        a = '%s@icloud.com' % loc
    elif client == 'outlook':
        a = '%s@%s' % (ctx.choice(['secretary', 'info', 'office']), dom)
    elif client == 'yahoo':
        a = '%s%d@yahoo.com' % (loc.replace('.', '_'), ctx.r.randrange(1, 99))
    else:
        a = '%s@%s' % (loc, dom)
    ev = std_event(ctx, summ, body, days=(2, 10), dur=ctx.choice([60, 90, 120]), tzid=ctx.choice(['Europe/London', 'America/New_York', 'America/Chicago']), hours=(9, 19))
    ev['rrule'] = rule
    ev['location'] = ctx.choice(['Parish hall', 'Boathouse, River Lane', 'School library', 'Community centre, room 2'])
    others = [ctx.person('en')[0:3:2] for _ in range(ctx.r.randrange(5, 40))]
    others = [(n, '%s@%s' % (l, ctx.choice(['gmail.com', 'example.net', 'yahoo.com', 'outlook.com', 'icloud.com']))) for n, l in others]
    subj = google_subject(ev, rc[2]) if client == 'google' else ('Invitation: ' + summ if client != 'outlook' else summ)
    return simple_send(ctx, nm if client != 'outlook' else org, a, client, None, subj, ev, invite_text(ctx, ev, body), rc, others), 'recurring %s series with no end date' % org


LISTS = [('Hillside Chess Club members', 'members.hillside-chess.example', 'lists.hillside-chess.example', 'members', 'Chess'),
         ('Riverside Primary parents', 'parents.riverside-school.test', 'lists.riverside-school.test', 'parents', 'Riverside'),
         ('Open source meetup', 'meetup.lists.opensource-city.example', 'lists.opensource-city.example', 'meetup', 'meetup'),
         ('Kestrel Freight all staff', 'staff.kestrel-freight.example', 'lists.kestrel-freight.example', 'staff', 'staff')]


def mailing_list(ctx):
    rc = ctx.recipient()
    name, lid, host, short, tag = ctx.choice(LISTS)
    if ctx.lang != 'en':
        summ, body = fill(ctx, ctx.choice(['party', 'meet']), n='', s=ctx.person()[1], d='', t='')
    else:
        summ, body = ctx.choice([('Summer social', 'BBQ at the usual place, bring a dish to share. Partners and kids welcome.'),
                                 ('Monthly meetup: Rust in production', 'Talks from two local companies, pizza sponsored. RSVP via the calendar invite.'),
                                 ('AGM and committee elections', 'Please attend if you can; we need a quorum. Agenda attached to the invite.')])
    nm, a, _c, kind = free_sender(ctx, None, ctx.choice(['google', 'google', 'outlook']))
    client = 'google' if a.endswith('gmail.com') else 'outlook'
    ev = std_event(ctx, summ, body, days=(5, 30), dur=120, hours=(10, 19))
    list_addr = '%s@%s' % (short, host)
    footer = '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (name, list_addr, host, short)
    li = dict(name=name, id=lid, host=host, short=short, tag=tag, post=list_addr, footer=footer)
    from_dom = a.split('@')[1]
    setup = setup_for(ctx, client, a, 'list', helo='mail.' + host, mailfrom='%s-bounces@%s' % (short, host), dkim_d=from_dom,
                      selector='20230601' if client == 'google' else 'selector1', policy='none' if from_dom != 'gmail.com' else 'quarantine')
    setup['from_dom'] = from_dom
    setup['list_addr'] = list_addr
    setup['origin'] = ('mail-%s-f%d.google.com' % (ctx.choice(['pl1', 'yw1', 'qk1']), ctx.r.randrange(41, 199))) if client == 'google' else ('mail-%son2%03d.outbound.protection.outlook.com' % (ctx.choice(['db8eur05', 'bn8nam12']), ctx.r.randrange(100, 999)))
    subj = google_subject(ev, list_addr) if client == 'google' else summ
    to = [('', list_addr)]
    ev['attendees'] = [('', list_addr)]
    spec = mk(ctx, client, (nm, a), to, subj, invite_text(ctx, ev, body), ev, setup, rcpt=rc[2], list=li, google_sender=False)
    return spec, 'mailing-list copy (%s), DKIM broken by the list' % name


def forwarded(ctx):
    rc = ctx.recipient()
    key = ctx.choice(['meet', 'booking', 'appt']) if ctx.lang != 'en' else None
    # inner: the original invitation
    inner_client = ctx.choice(['outlook', 'google', 'esp'])
    onm, ofirst, oa, org = org_person(ctx)
    if key:
        summ, body = fill(ctx, key, n=ctx.person()[1], s=onm, c=ctx.code(6, True), d='', t='', p=org[0], a=ctx.amount(50, 500), ph=ctx.phone())
    else:
        summ, body = ctx.choice([('Parent-teacher conference', 'Your slot with Ms. Harper. Please be on time, slots are 10 minutes.'),
                                 ('Site visit – warehouse B', 'Hi-vis and safety boots required. Parking at gate 3.'),
                                 ('Family dinner at Grandma\'s', 'Bring the photos from the trip!')])
    ev = std_event(ctx, summ, body, days=(2, 20), dur=60, hours=(9, 18))
    fnm, fa, _c, fkind = free_sender(ctx, None, ctx.choice(['google', 'outlook', 'icloud']))
    inner_setup = org_setup(ctx, inner_client if inner_client != 'esp' else 'outlook', oa)
    ev['attendees'] = [(fnm, fa)]
    inner = mk(ctx, inner_client, (onm, oa), [(fnm, fa)], summ, invite_text(ctx, ev, body), ev, inner_setup, google_sender=False)
    note = ctx.choice(['', 'FYI – can you make this one?', 'see below', 'Forwarding so it is in your calendar too.']) if ctx.lang == 'en' else ''
    text = note + '\n\n-------- Forwarded Message --------\nSubject: %s\nFrom: %s <%s>\n' % (summ, onm, oa)
    fwd_client = {'google': 'google', 'outlook': 'outlook', 'icloud': 'apple'}[fkind]
    setup = setup_for(ctx, fwd_client, fa, None if fkind != 'google' else 'google', mailfrom=fa)
    dummy_ev = dict(ev)
    spec = dict(lang=ctx.lang, client='thunderbird', from_name=fnm, from_addr=fa, to=[(rc[0], rc[2])], rcpt=rc[2], subject='Fwd: ' + summ,
                text=text, setup=setup, sent=ctx.arrival - dt.timedelta(seconds=ctx.r.randrange(3, 60)), method='REQUEST',
                ics=inner['ics'], forward=dict(inner=inner, fname=(ascii_fold(summ)[:20].replace('"', '').strip() or 'invitation')), charset='utf-8', malform=getattr(ctx, 'malform', None),
                fwd_style=ctx.choice(['thunderbird', 'apple', 'google']))
    return spec, 'invitation forwarded as message/rfc822'


def finance_reminder(ctx):
    rc = ctx.recipient()
    if ctx.lang != 'en':
        org = ctx.choice(ORGS_LANG[ctx.lang])
        ev = std_event(ctx, '', '', days=(3, 30), dur=30, hours=(8, 12))
        summ, body = fill(ctx, 'invoice', n=rc[1], c=ctx.code(8, True), a=ctx.amount(40, 3000), d=ev['start'].strftime('%d.%m.%Y'))
        brand, dom = org
    else:
        brand, dom, summ, body = ctx.choice([
            ('Harbour Bank', 'harbourbank.example', 'Credit card payment due', 'Your statement balance of {a} is due on {d}. Minimum payment {m}. If you have set up autopay no action is needed. Questions: {ph}.'),
            ('Greyfield Accounting', 'greyfield-accounting.example', 'Tax return deadline – documents needed', 'Reminder: we need your P60, bank interest statements and receipts by {d} to file on time. Estimated balance due: {a}. Call {ph} if anything is unclear.'),
            ('Shieldwell Insurance', 'shieldwell.example', 'Your home insurance renews soon', 'Your policy {c} renews on {d}. New annual premium: {a}. You do not need to do anything to stay covered.'),
            ('Kestrel Freight', 'kestrel-freight.example', 'Invoice {c} due', 'Friendly reminder that invoice {c} for {a} falls due on {d}. Bank details are unchanged and shown on the invoice. Thank you!'),
            ('City Council', 'citycouncil.example', 'Council tax instalment', 'Your next council tax instalment of {a} will be collected by Direct Debit on or just after {d}.')])
        ev = std_event(ctx, '', '', days=(3, 30), dur=30, hours=(8, 12))
        vals = dict(a=ctx.amount(40, 3000), m=ctx.amount(25, 60), d=ev['start'].strftime('%d %B %Y'), c=ctx.code(8, True), ph=ctx.phone('en'))
        summ, body = summ.format(**vals), body.format(**vals)
    ev['summary'], ev['description'] = summ, body
    ev['allday'] = ctx.r.random() < 0.5
    ev['alarms'] = ['-P1D']
    if ctx.r.random() < 0.3:
        ev['todo'] = True  # a few senders publish the due date as a task
    ev['transp'] = 'TRANSPARENT'
    a = ctx.choice(['noreply', 'reminders', 'billing', 'service']) + '@' + dom
    via = ctx.choice(['esp', 'esp', 'php', 'outlook'])
    if via == 'outlook':
        setup = setup_for(ctx, 'outlook', a, 'outlook')
    elif via == 'esp':
        setup = setup_for(ctx, 'esp', a, 'esp')
    else:
        setup = setup_for(ctx, 'php', a, ctx.choice(['own', 'noauth']), helo='web%d.%s' % (ctx.r.randrange(1, 9), dom))
        setup['script'] = True
    ev['method'] = 'PUBLISH' if via != 'outlook' else 'REQUEST'
    return simple_send(ctx, brand, a, via, None, summ, ev, body, rc, setup=setup, html_style='rich'), 'payment/tax/insurance reminder with amounts'


def it_maintenance(ctx):
    comp, cdom = ctx.choice(COMPANIES)
    summ, body = ctx.choice([
        ('Planned maintenance: email migration this weekend', 'Mailboxes move to the new servers on Saturday 22:00–02:00. You may be asked to re-enter your password in Outlook on Monday; this is expected. We will never ask for your password by email.'),
        ('Mandatory: MFA enrolment session', 'From next month multi-factor authentication is required for all accounts. Bring your phone; we will set up the authenticator app together. IT will never call you asking for codes.'),
        ('Windows updates – please leave laptops on', 'Security updates will be pushed overnight. Save your work and leave your laptop connected to power. Restart required.'),
        ('Password policy change – drop-in Q&A', 'Passwords will expire every 180 days instead of 90. Drop in if you have questions about the password manager.'),
        ('VPN certificate renewal', 'The VPN certificate expires on Friday. Install the new profile from the IT portal (https://it.%s/vpn) before then.' % cdom)])
    return org_invite(ctx, summ, body, client=ctx.choice(['outlook', 'outlook', 'google', 'zimbra']), attendees=ctx.r.randrange(20, 120), days=(1, 10)), 'IT maintenance mentioning passwords/MFA/updates'


def recruiting(ctx):
    rc = ctx.recipient()
    comp, cdom = ctx.choice(COMPANIES)
    role = ctx.choice(['Senior Data Engineer', 'Office Manager', 'Account Executive', 'Warehouse Supervisor', 'UX Researcher'])
    nm, first, loc = ctx.person('en')
    ph = ctx.phone('en')
    summ = ctx.choice(['Interview: %s – %s' % (role, comp), 'Phone screen with %s (%s)' % (first, comp), 'Second round interview – %s' % role])
    body = ctx.choice(['Hi %s,\n\nThanks for applying for the %s role. I will call you on the number from your application; if anything changes reach me on %s.\n\nBest,\n%s\nTalent Acquisition, %s' % (rc[1], role, ph, nm, comp),
                       'Video interview with the hiring panel (45 min). Please have a copy of your CV handy. Link below.'])
    via = ctx.choice(['google', 'outlook', 'esp'])
    if via == 'esp':
        a = 'no-reply@%s' % ctx.choice(['hireflow.example', 'recruitly.test'])
        ev = std_event(ctx, summ, body, days=(2, 10), dur=45, hours=(9, 16))
        ev['organizer'] = (nm, '%s@%s' % (loc, cdom))
        setup = setup_for(ctx, 'esp', a, 'esp')
        return simple_send(ctx, '%s via Hireflow' % nm, a, 'esp', None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup, reply_to=(nm, '%s@%s' % (loc, cdom))), 'recruiting call via an applicant-tracking platform'
    return org_invite(ctx, summ, body, partner=True, client=via, attendees=ctx.r.randrange(0, 2) or 1), 'recruiting interview'


def itip(ctx):
    """REPLY / CANCEL / COUNTER for a meeting the recipient is part of."""
    rc = ctx.recipient()
    method = ctx.choice(['REPLY', 'REPLY', 'CANCEL', 'COUNTER'])
    client = ctx.choice(['outlook', 'google', 'apple', 'thunderbird', 'zimbra'])
    nm, first, a, org = org_person(ctx) if ctx.r.random() < 0.7 else (lambda t: (t[0], t[0].split(' ')[0], t[1], None))(free_sender(ctx)[:2])
    if ctx.lang != 'en':
        acc, dec, can, phrase = LANGS[ctx.lang]['reply']
        base, _ = fill(ctx, 'meet', n='', s='')
    else:
        acc, dec, can, phrase = 'Accepted', 'Declined', 'Canceled', 'has accepted this invitation.'
        base = ctx.choice(['Project sync', 'Quarterly review', 'Lunch', 'Board prep', 'Coffee chat'])
    ev = std_event(ctx, base, None, days=(1, 20), dur=60, hours=(9, 17))
    ev['method'] = method
    if method == 'REPLY':
        ps = ctx.choice(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
        ev['organizer'] = (rc[0], rc[2])
        ev['attendees'] = [(nm, a, ps, 'REQ-PARTICIPANT')]
        word = {'ACCEPTED': acc, 'DECLINED': dec, 'TENTATIVE': 'Tentative' if ctx.lang == 'en' else acc}[ps]
        subj = '%s: %s' % (word, base)
        text = '%s %s' % (nm, phrase) if ps == 'ACCEPTED' else ''
        ev['seq'] = ctx.r.randrange(0, 3)
        d = 'iTIP REPLY (%s)' % ps
    elif method == 'CANCEL':
        ev['status'] = 'CANCELLED'
        ev['seq'] = ctx.r.randrange(1, 4)
        subj = '%s: %s' % (can, base)
        text = ctx.choice(['', 'Sorry, need to move this – will send a new time.' if ctx.lang == 'en' else ''])
        d = 'iTIP CANCEL'
    else:
        ev['organizer'] = (rc[0], rc[2])
        ev['attendees'] = [(nm, a, 'TENTATIVE', 'REQ-PARTICIPANT')]
        subj = 'New Time Proposed: %s' % base
        text = 'Would an hour later work?' if ctx.lang == 'en' else ''
        ev['comment'] = text or None
        d = 'iTIP COUNTER'
        client = ctx.choice(['outlook', 'outlook', 'thunderbird'])
    ev['description'] = text or None
    dom = a.split('@')[1]
    setup = org_setup(ctx, client, a) if org else setup_for(ctx, client if client != 'apple' else 'apple', a)
    return simple_send(ctx, nm, a, client, None, subj, ev, text, rc, setup=setup, google_sender=False), d


def appointment(ctx):
    rc = ctx.recipient()
    ph = ctx.phone(ctx.lang)
    tzid = ctx.tz()
    ev = std_event(ctx, '', '', days=(2, 45), dur=ctx.choice([15, 20, 30]), tzid=tzid, hours=(8, 17))
    if ctx.lang != 'en':
        org = ctx.choice(ORGS_LANG[ctx.lang])
        place = org[0]
        summ, body = fill(ctx, 'appt', n=rc[1], d=ev['start'].strftime('%d.%m.%Y'), t=ev['start'].strftime('%H:%M'), p=place, ph=ph)
        dom = org[1]
        brand = place
        d = 'appointment confirmation'
    else:
        brand, dom, summ, body, d = ctx.choice([
            ('Lakeside Dental', 'lakeside-dental.test', 'Appointment reminder: check-up and hygiene', 'Please arrive 10 minutes early. If you need to cancel or reschedule, call us on {ph} at least 24 hours in advance, otherwise a {a} fee may apply.', 'dentist appointment'),
            ('Tidewater Clinic', 'tidewater-clinic.example', 'Your appointment with Dr. Okafor', 'Bring a list of current medications and your insurance card. Patient portal: https://portal.tidewater-clinic.example', 'GP appointment'),
            ('Passport Office', 'passport-office.example', 'Passport appointment confirmation {c}', 'Bring your completed form, two photos and your current passport. Fee: {a} payable by card. Reference {c}. Enquiries: {ph}.', 'government appointment'),
            ('Department of Motor Vehicles', 'dmv.example', 'Road test appointment', 'Confirmation {c}. Bring your learner permit and a vehicle with valid registration. Cancel at least 48 h ahead.', 'government appointment'),
            ('City Vaccination Centre', 'vaccination.citycouncil.example', 'Vaccination appointment', 'Booking code {c}. Wear a short-sleeved top. Call {ph} if you have symptoms.', 'vaccination appointment')])
        vals = dict(ph=ph, a=ctx.amount(20, 95), c=ctx.code(8, True))
        summ, body = summ.format(**vals), body.format(**vals)
    ev['summary'], ev['description'] = summ, body
    ev['location'] = brand
    a = ctx.choice(['appointments', 'noreply', 'reminders']) + '@' + dom
    via = ctx.choice(['esp', 'php', 'python', 'esp', 'icsonly'])
    if via == 'esp':
        setup = setup_for(ctx, 'esp', a, 'esp')
    else:
        setup = setup_for(ctx, via, a, ctx.choice(['own', 'noauth']), helo='app%d.%s' % (ctx.r.randrange(1, 5), dom))
        setup['script'] = True
    ev['method'] = ctx.choice(['REQUEST', 'PUBLISH'])
    ev['organizer'] = (brand, a)
    return simple_send(ctx, brand, a, via, None, summ, ev, body, rc, setup=setup), d


def personal(ctx):
    rc = ctx.recipient()
    nm, a, _c, kind = free_sender(ctx, None, ctx.choice(['google', 'google', 'outlook', 'icloud', 'yahoo']) if ctx.lang == 'en' else None)
    first = nm.split(' ')[0] if ctx.lang not in ('ja', 'zh', 'ko') else nm
    if ctx.lang != 'en' and ctx.lang in REGIONAL_FREEMAIL and ctx.r.random() < 0.5:
        a = a.split('@')[0] + '@' + ctx.choice(REGIONAL_FREEMAIL[ctx.lang])
        kind = 'own'
    client = {'google': 'google', 'outlook': 'outlook', 'yahoo': 'yahoo', 'icloud': 'apple', 'own': ctx.choice(['thunderbird', 'applemail'])}[kind]
    ev = std_event(ctx, '', '', days=(3, 40), dur=ctx.choice([120, 180, 240]), hours=(12, 20))
    if ctx.lang != 'en':
        summ, body = fill(ctx, 'party', n=rc[1], s=first, d=ev['start'].strftime('%d.%m.'), t=ev['start'].strftime('%H:%M'))
        d = 'personal invitation from free mail'
    else:
        summ, body = ctx.choice([
            ('Sam\'s 30th 🎂', 'Surprise party, DON\'T tell Sam!! Arrive by 7 sharp. If you get lost call me on {ph}.'),
            ('URGENT – venue changed for Saturday', 'The pub flooded so we moved to my place. Same time. Text me on {ph} if you need the address again.'),
            ('Wedding photos viewing', 'Photos are up on Dropbox, have a look before we meet: https://www.dropbox.com/sh/{x}/AAB{y}?dl=0'),
            ('BBQ at ours', 'Bring whatever you want to grill. Kids welcome.'),
            ('Book club – "The Overstory"', 'We are at Fiona\'s this time. Bring snacks!'),
            ('Help me move?', 'Van is booked 9–1. Pizza and beer on me afterwards. Call {ph} when you are outside.')])
        summ, body = summ, body.format(ph=ctx.phone('en'), x=ctx.alnum(15).lower(), y=ctx.alnum(20))
        d = 'personal invitation from free mail'
    ev['summary'], ev['description'] = summ, body
    ev['location'] = ctx.choice(['', 'Our place', 'The Red Lion', 'Parc Central'])
    setup = setup_for(ctx, client, a, None if kind != 'own' else 'own')
    subj = google_subject(ev, rc[2]) if client == 'google' and ctx.lang == 'en' else ('Invitation: ' + summ if client in ('apple', 'yahoo') else summ)
    others = [(ctx.person()[0], '%s@%s' % (ctx.person()[2], ctx.choice(['gmail.com', 'example.net', 'icloud.com']))) for _ in range(ctx.r.randrange(0, 8))]
    return simple_send(ctx, nm, a, client, None, subj, ev, invite_text(ctx, ev, body), rc, others, setup=setup, google_sender=False), d


def file_share(ctx):
    comp, cdom = ctx.choice(COMPANIES)
    tenant = comp.lower().replace(' ', '')
    doc = ctx.choice(['Master Services Agreement v3.docx', 'Q%d forecast.xlsx' % ctx.r.randrange(1, 5), 'Site plan rev C.pdf', 'Project charter'])
    t = ctx.r.randrange(4)
    if t == 0:
        url = 'https://%s.sharepoint.com/:w:/s/%s/E%s?e=%s' % (tenant, ctx.choice(['Legal', 'Projects', 'Finance']), ctx.alnum(40), ctx.alnum(6))
    elif t == 1:
        url = 'https://%s-my.sharepoint.com/:x:/g/personal/%s/E%s' % (tenant, ctx.alnum(10).lower(), ctx.alnum(40))
    elif t == 2:
        url = 'https://docs.google.com/document/d/1%s/edit?usp=sharing' % ctx.alnum(43)
    else:
        url = 'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&dl=0' % (ctx.alnum(20).lower(), doc.replace(' ', '%20'), ctx.alnum(25).lower())
    summ = ctx.choice(['Review: %s' % doc, 'Walkthrough of %s' % doc, 'Contract review call'])
    body = 'Hi all,\n\nAhead of the call please review the latest version here:\n%s\n\nComments directly in the document please. Final sign-off is needed by Friday, so this is fairly urgent.\n' % url
    spec = org_invite(ctx, summ, body, partner=True, client='outlook' if t < 2 else ctx.choice(['google', 'outlook']), attendees=ctx.r.randrange(1, 4))
    return spec, 'legitimate %s share between partners' % ('SharePoint/OneDrive' if t < 2 else 'Google Docs' if t == 2 else 'Dropbox')


def support_callback(ctx):
    rc = ctx.recipient()
    ph = ctx.phone('en')
    brand, dom, summ, body, d = ctx.choice([
        ('Fibrenet Support', 'fibrenet.example', 'Your callback is booked', 'You asked us to call you back about ticket {c}. An engineer will call you on {rph} within the slot below. If you miss us, call {ph} and quote {c}.', 'customer-booked support callback'),
        ('Harbour Bank', 'harbourbank.example', 'Payment plan call with Harbour Bank', 'As agreed, your financial support specialist will call you to discuss a payment arrangement for your loan ending {last4}. We will never ask for your full PIN or passwords. Our number: {ph}.', 'payment-plan call with the bank'),
        ('Brightwater Labs Customer Success', 'brightwater-labs.test', 'Onboarding call (you booked this)', 'Thanks for booking a slot. We will ring {rph}. Reschedule: https://brightwater-labs.test/book/{c}', 'customer-booked onboarding call'),
        ('Voltra Energy', 'voltra-energy.example', 'Smart meter appointment – we will call ahead', 'Your engineer will call {rph} 30 minutes before arriving. Account {c}. Questions: {ph}.', 'utility appointment with callback')])
    vals = dict(c=ctx.code(8, True), rph=ctx.phone('en'), ph=ph, last4='%04d' % ctx.r.randrange(10000))
    summ, body = summ.format(**vals), body.format(**vals)
    ev = std_event(ctx, summ, body, days=(0, 7), dur=30, hours=(9, 17))
    ev['location'] = 'Phone call'
    a = ctx.choice(['support', 'noreply', 'appointments']) + '@' + dom
    via = ctx.choice(['esp', 'outlook', 'node'])
    setup = setup_for(ctx, via if via != 'node' else 'node', a, 'esp' if via == 'esp' else ('outlook' if via == 'outlook' else 'own'))
    return simple_send(ctx, brand, a, via, None, summ, ev, invite_text(ctx, ev, body), rc, setup=setup), d


HAM = [
    ('meeting', 20, meeting, 'meet', 0.75, (2016, 2026)),
    ('travel-booking', 14, travel_booking, 'booking', 0.7, (2016, 2026)),
    ('webinar-event', 10, webinar_event, None, 0.0, (2018, 2026)),
    ('vendor-demo', 8, vendor_demo, None, 0.0, (2016, 2026)),
    ('community-series', 10, community_series, None, 0.0, (2016, 2026)),
    ('mailing-list', 8, mailing_list, 'party', 0.5, (2016, 2026)),
    ('forwarded', 8, forwarded, 'meet', 0.75, (2016, 2026)),
    ('finance-reminder', 12, finance_reminder, 'invoice', 0.75, (2016, 2026)),
    ('it-maintenance', 8, it_maintenance, None, 0.0, (2017, 2026)),
    ('recruiting', 8, recruiting, None, 0.0, (2016, 2026)),
    ('itip', 14, itip, 'reply', 0.75, (2016, 2026)),
    ('appointment', 10, appointment, 'appt', 0.8, (2016, 2026)),
    ('personal', 12, personal, 'party', 0.8, (2016, 2026)),
    ('file-share', 8, file_share, None, 0.0, (2018, 2026)),
    ('support-callback', 10, support_callback, None, 0.0, (2017, 2026)),
]

HAM_DESC = {
    'meeting': 'Ordinary meetings, internal and with partners (Teams/Meet/Zoom links, dial-in numbers, some urgent wording).',
    'travel-booking': 'Airline, rail, ferry, hotel and restaurant bookings with codes, amounts and phone numbers (PUBLISH or REQUEST via ESPs).',
    'webinar-event': 'Webinars, conferences and all-hands with hundreds of attendees.',
    'vendor-demo': 'Vendor demos and trials that say free / trial / offer / discount.',
    'community-series': 'School, church and club series with no end date, often from free mail.',
    'mailing-list': 'Invitations copied through a mailing list (subject tag, footer, DKIM broken).',
    'forwarded': 'Invitations forwarded by a person as message/rfc822.',
    'finance-reminder': 'Tax, insurance, bank and invoice reminders with amounts.',
    'it-maintenance': 'IT maintenance notices mentioning passwords, MFA, updates and certificates.',
    'recruiting': 'Recruiting calls and interviews, some via an applicant-tracking platform.',
    'itip': 'iTIP REPLY, CANCEL and COUNTER messages.',
    'appointment': 'Medical and government appointments, some from small senders without DKIM.',
    'personal': 'Personal invitations from free mail (some urgent, with phone numbers or share links).',
    'file-share': 'Legitimate SharePoint/OneDrive/Google Docs/Dropbox shares between real partners.',
    'support-callback': 'Support callbacks the customer booked and payment-plan calls with a real bank.',
}
