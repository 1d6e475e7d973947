# -*- coding: utf-8 -*-
"""Legitimate calendar mail: categories, senders and English wording."""
import datetime as dt
import string

from h25util import uid4, alnum, hexs
from common import person, event_time, ORGS, FREEMAIL, pick_name, phone, is_personal
from build_common import F, att, filler_people, webapp_quirks, pick_lib, new_event, rcpt_tuple
import senders

CATS = [
    ('travel-booking', 11, 'airline and rail itineraries and booking confirmations'),
    ('hotel-restaurant', 10, 'hotel and restaurant reservations'),
    ('medical-appointment', 10, 'doctor, dentist and clinic appointments'),
    ('vendor-webinar', 11, 'vendor webinars, conferences and community calls, often with many attendees'),
    ('community-series', 11, 'school, church, club and hobby series without end date, mostly from free mail'),
    ('it-notice', 10, 'internal IT maintenance windows and password-expiry reminders'),
    ('doc-share', 11, 'colleagues sharing documents with links in invitations'),
    ('finance-reminder', 10, 'payment reminders, closing schedules and bank-detail fraud warnings'),
    ('recruiter', 10, 'interview invitations from recruiters and hiring teams'),
    ('forwarded-invite', 10, 'invitations forwarded by colleagues or guests'),
    ('mailing-list', 11, 'list copies of invitations (broken DKIM, list headers)'),
    ('organizer-replies', 11, 'REPLY and CANCEL messages for meetings involving the recipient as organiser or attendee'),
    ('personal', 11, 'invitations between friends and family'),
    ('support-callback', 11, 'support callbacks the recipient asked for'),
    ('business-meeting', 12, 'ordinary business meetings'),
]

ALLOWED = {
    'travel-booking': ['webapp', 'outlook', 'google', 'apple', 'yahoo', 'thunderbird'],
    'hotel-restaurant': ['webapp', 'outlook', 'google', 'apple', 'yahoo', 'zimbra'],
    'medical-appointment': ['webapp', 'outlook', 'google', 'thunderbird', 'nextcloud', 'zimbra', 'sogo', 'apple'],
    'vendor-webinar': ['zoom', 'outlook', 'google', 'webapp', 'zimbra', 'apple'],
    'community-series': ['google', 'apple', 'yahoo', 'outlook', 'thunderbird', 'nextcloud', 'sogo', 'webapp'],
    'it-notice': ['outlook', 'google', 'zimbra', 'nextcloud', 'sogo', 'webapp', 'thunderbird'],
    'doc-share': ['outlook', 'google', 'nextcloud', 'zimbra', 'sogo', 'apple', 'thunderbird', 'yahoo'],
    'finance-reminder': ['outlook', 'google', 'webapp', 'zimbra', 'thunderbird', 'sogo', 'apple', 'yahoo'],
    'recruiter': ['google', 'outlook', 'webapp', 'zoom', 'apple', 'yahoo'],
    'forwarded-invite': ['outlook', 'google', 'apple', 'thunderbird', 'zimbra', 'yahoo'],
    'mailing-list': ['google', 'thunderbird', 'outlook', 'apple', 'nextcloud', 'zimbra', 'sogo', 'webapp', 'yahoo'],
    'organizer-replies': ['google', 'outlook', 'apple', 'thunderbird', 'zimbra', 'nextcloud', 'sogo', 'yahoo'],
    'personal': ['google', 'apple', 'yahoo', 'outlook', 'thunderbird', 'nextcloud'],
    'support-callback': ['outlook', 'webapp', 'google', 'zoom', 'zimbra', 'apple'],
    'business-meeting': ['google', 'outlook', 'apple', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo', 'webapp'],
}

AIRLINES = [('Skyvia Airlines', 'skyvia-air.com', 'SV'), ('Aerocosta', 'aerocosta.com', 'AQ'), ('Nordvind Air', 'nordvind-air.com', 'NV'),
            ('Pacific Crest Airways', 'pacificcrest-air.com', 'PC'), ('Helvetic Connect', 'helvetic-connect.ch', 'HX'),
            ('Meridian Air', 'meridianair.example', 'MR')]
RAIL = [('Railvista', 'railvista.eu'), ('Nordbahn', 'nordbahn-tickets.de'), ('TransAlp Rail', 'transalp-rail.com')]
HOTELS = [('Hotel Lindenhof', 'hotel-lindenhof.example'), ('Harborview Inn', 'harborview-inn.com'), ('Casa Olivo', 'casaolivo-hotel.com'),
          ('Stayfinder', 'stayfinder.travel'), ('The Copper Kettle', 'copperkettle-dining.com'), ('Trattoria Da Nino', 'danino-trattoria.example'),
          ('Tablebook', 'tablebook.app')]
VENDORS = [('Acuity Data', 'acuitydata.io'), ('CloudNorth', 'cloudnorth.com'), ('Vantage CRM', 'vantagecrm.com'),
           ('SecureGrid', 'securegrid.example'), ('Fieldline Analytics', 'fieldline.ai'), ('OpenMesh Foundation', 'openmesh.org')]
SCHEDULERS = [('DocPlanner', 'Appointments 4.2'), ('MediSlot', 'Calendar 2.8'), ('Tablebook', 'Reservations 3.1'),
              ('BookMyStay', 'Booking Engine 5.2'), ('Skyvia Airlines', 'Itinerary 7.0'), ('Railvista', 'Ticketing 2.3'),
              ('HireLoop', 'Interview Scheduler 1.9'), ('HelpPoint', 'Service Desk 11'), ('ClinicFlow', 'Patient Portal 3.0')]


def quirks_for(ctx):
    if ctx['client'] == 'webapp':
        return webapp_quirks(ctx['rng'], 'ham')
    return set()


def base(ctx, frm, events, method='REQUEST', text=None, to=None, **kw):
    spec = dict(frm=frm, to=to or [rcpt_tuple(ctx)], method=method, events=events, text=text, quirks=quirks_for(ctx))
    if ctx['client'] == 'webapp':
        spec['lib'] = kw.pop('lib', None) or pick_lib(ctx['rng'], 'ham')
    spec.update(kw)
    return spec


def fills(rng, ctx, **kw):
    lang = ctx['lang']
    p = person(rng, lang)
    f = dict(ctx['fills'])
    f.update(name=ctx['rcpt']['first'], sender=p['name'], co='', url='https://www.example.com/', doc='Project plan',
             inv='%d-%04d' % (ctx['arr'].year, rng.randint(1, 9999)), city='', place='', role='', salary='',
             topic='', doctor='', flight='', from_city='', to_city='', seat='%d%s' % (rng.randint(3, 38), rng.choice('ACDF')),
             nights=str(rng.randint(1, 6)), guests=str(rng.randint(2, 6)), sysname='', list='', orig='',
             date=ctx['event_date_str'], time=ctx.get('event_time_str', ''), email=ctx['rcpt']['addr'])
    f.update(kw)
    return f


def _times(rng, ctx, days=(2, 30), hours=(8, 17), dur=(30, 60)):
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=days, hours=hours, dur=dur)
    return s, e


def colleagues(rng, ctx, n, domain=None):
    return filler_people(rng, ctx['lang'], n, domain=domain or ctx['rcpt']['domain'])


def me(ctx, ps='NEEDS-ACTION'):
    r = ctx['rcpt']
    return dict(name=r['name'], addr=r['addr'], partstat=ps)


def self_att(frm):
    return dict(name=frm[0], addr=frm[1], partstat='ACCEPTED', rsvp=False)


def ms_link(rng, dom):
    tenant = dom.split('.')[0].replace('-', '')
    return 'https://%s.sharepoint.com/:%s:/r/sites/%s/Shared%%20Documents/%s?d=w%s&csf=1&web=1' % (
        tenant, rng.choice('wxp'), rng.choice(['Projects', 'Finance', 'Team', 'Sales', 'HR']), alnum(rng, 10, string.ascii_letters),
        hexs(rng, 32))


def gdoc_link(rng):
    return 'https://docs.google.com/%s/d/%s/edit?usp=sharing' % (rng.choice(['document', 'spreadsheets', 'presentation']),
                                                                alnum(rng, 44, string.ascii_letters + string.digits + '-_'))


def meet_link(rng):
    a = string.ascii_lowercase
    return 'https://meet.google.com/%s-%s-%s' % (alnum(rng, 3, a), alnum(rng, 4, a), alnum(rng, 3, a))


def teams_link(rng):
    return 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (
        alnum(rng, 48, string.ascii_letters + string.digits), uid4(rng))


def zoom_link(rng):
    return 'https://us%02dweb.zoom.us/j/%d?pwd=%s' % (rng.choice([2, 4, 5, 6]), rng.randint(10 ** 9, 10 ** 11), alnum(rng, 32, string.ascii_letters + string.digits))


def conf_for(rng, ctx, ev, dom):
    c = ctx['client']
    if c == 'google' and rng.random() < 0.7:
        ev['gmeet'] = meet_link(rng)
    elif c == 'outlook' and rng.random() < 0.7 and ctx['arr'].year >= 2018:
        ev['teams'] = teams_link(rng)
        ev['loc'] = ev.get('loc') or 'Microsoft Teams Meeting'
    elif rng.random() < 0.3:
        ev['loc'] = ev.get('loc') or zoom_link(rng)


def sched_prodid(rng, co):
    for n, v in SCHEDULERS:
        if n == co:
            return (n, v)
    return (co, rng.choice(['Booking Engine 5.2', 'Reservations 3.1', 'Calendar 2.0', 'Appointments 1.7']))


EN = {
'travel-booking': [
    dict(subj='Your flight to {to_city} – booking {code}', body='Dear {name},\n\nthank you for booking with {co}. Your reservation is confirmed.\n\nBooking reference: {code}\nFlight {flight} {from_city} – {to_city}\nSeat: {seat}\nE-ticket: {ref}\nTotal paid: {amt}\n\nOnline check-in opens 30 hours before departure: {url}\nQuestions? Call us at {phone}.'),
    dict(subj='E-ticket receipt {ref} – {from_city} to {to_city}', body='Passenger: {name}\nBooking code: {code}\nFare: {amt} (incl. taxes and fees)\nBaggage: 1 x 23 kg\n\nManage your booking: {url}\nAdd this flight to your calendar with the attached file.'),
    dict(subj='Train ticket {code}: {from_city} → {to_city}', body='Your {co} ticket is ready.\nOrder number: {code}\nCoach 7, seat {seat}\nPrice: {amt}\n\nShow the QR code in the app or print the PDF: {url}\nCustomer service: {phone}'),
    dict(subj='Trip to {to_city} – flights', body='Hi {name},\nI booked the flights for the offsite. Booking code {code}, {co} {flight}. Seats are together. Receipts are in the shared finance folder.\n{sender}'),
],
'hotel-restaurant': [
    dict(subj='Reservation confirmed – {co}, {guests} guests', body='Dear {name},\n\nwe are pleased to confirm your table for {guests} at {co}.\nConfirmation number: {code}\nIf your plans change, please cancel at least 24 hours in advance: {url} or call {phone}.\n\nWe look forward to welcoming you.'),
    dict(subj='Booking confirmation {code} – {co}', body='Your stay is confirmed.\nCheck-in: from 3:00 pm\nNights: {nights}\nTotal price: {amt} (pay at the property)\nFree cancellation until 48 hours before arrival.\n\nManage booking: {url}\nProperty phone: {phone}'),
    dict(subj='Your table at {co}', body='Thanks for booking with us! Confirmation {code}.\nParty of {guests}. Please let us know about allergies by replying to this email.\nParking is free for guests after 6 pm.'),
    dict(subj='Pre-arrival: {co}', body='Dear {name}, we look forward to your arrival. Special offer for our guests: 20% off spa treatments with code {code}. Reservation {ref}, {nights} nights, {amt}.'),
],
'medical-appointment': [
    dict(subj='Appointment confirmation – {co}', body='Dear {name},\n\nyour appointment with {doctor} is confirmed.\nPlease arrive 10 minutes early and bring your insurance card and a photo ID.\n\nIf you need to cancel or reschedule, please call {phone} at least 24 hours in advance or use {url}.\n\n{co}'),
    dict(subj='Reminder: dental check-up with {doctor}', body='This is a reminder of your upcoming dental appointment. Cleaning is free of charge for members of the prevention plan.\nCancellation: {phone}'),
    dict(subj='Your vaccination appointment', body='Appointment code: {code}\nLocation: {co}\nPlease bring your vaccination record. Reply CANCEL or call {phone} if you cannot attend.'),
],
'vendor-webinar': [
    dict(subj='Webinar: {topic}', body='Hi {name},\n\nthanks for registering for our free webinar "{topic}".\n\nJoin link: {url}\nPasscode: {code}\n\nAll registrants get the recording and an exclusive offer: {pct}% off the first year.\n\nThe {co} team'),
    dict(subj='{co} Community Call – {topic}', body='Monthly open community call. Everyone is welcome; agenda and notes: {url}\nThis invitation goes to all members of the community calendar.'),
    dict(subj='Invitation: {co} Summit {year} – keynote', body='You are registered for the {co} Summit {year}.\nKeynote stream: {url}\nFree for customers and partners. Use code {code} for {pct}% off the in-person workshops.'),
    dict(subj='Product roadmap briefing – {co}', body='Dear customers,\nwe invite you to our quarterly roadmap briefing. Free, no registration required.\n{url}\nThis invitation was sent to all customer administrators.'),
],
'community-series': [
    dict(subj='Choir rehearsal (weekly)', body='Hi all,\nrehearsals continue every week in the parish hall. Please bring your folder and a pencil. New voices are always welcome!\n{sender}'),
    dict(subj='U10 football training', body='Training every week on the school field. Boots and shin pads please. If your child cannot come, text me.\n– Coach {sender}'),
    dict(subj='Book club', body='Monthly book club at {place}. Next book is on the list in our group chat. Everyone brings a snack!'),
    dict(subj='PTA meeting', body='Dear parents,\nthe PTA meets monthly in the library. Coffee and cookies provided. Agenda will be sent before each meeting.\n{sender}, PTA secretary'),
    dict(subj='Sunday volunteers – food bank', body='Thank you for volunteering! Shifts repeat every Sunday. Please sign the sheet at the entrance.'),
],
'it-notice': [
    dict(subj='Planned maintenance: {sysname}', body='Dear colleagues,\n\n{sysname} will be unavailable during the maintenance window shown in this invitation. Please save your work and log out beforehand.\n\nStatus page: {url}\nService Desk: {phone}\n\nIT Operations'),
    dict(subj='Your password expires in 7 days', body='Hello {name},\n\nthe password of your {co} account expires soon. Please change it via the self-service portal before the date in this reminder:\n{url}\n\nIT will never ask for your password by email or phone.\n\nIT Service Desk'),
    dict(subj='MFA enrollment session', body='All staff must enroll in multi-factor authentication by the end of the month. Drop in to this session if you need help. Instructions on the intranet: {url}'),
    dict(subj='Laptop replacement – your slot', body='Hi {name}, your new laptop is ready. Please bring your old device and charger to the IT desk at the time of this appointment. Ticket {ref}.'),
    dict(subj='Email migration weekend', body='We will migrate all mailboxes to the new platform. Outlook may ask you to sign in again on Monday – this is expected. Questions: {phone} / {url}'),
],
'doc-share': [
    dict(subj='Review: {doc}', body='Hi {name},\n\nlet\'s go through the draft together. Please leave your comments in the document before we meet:\n{url}\n\nThanks,\n{sender}'),
    dict(subj='Budget planning {year}', body='Spreadsheet with the first numbers: {url}\nPlease fill in your department\'s lines before the meeting.'),
    dict(subj='Contract walkthrough', body='I uploaded the latest version of the contract here: {url}\nChanges are tracked. See you then.\n{sender}'),
    dict(subj='Design review – homepage mockups', body='Mockups: {url}\nFeel free to add notes directly in the file.'),
    dict(subj='Quarterly report – final check', body='{name}, can you double-check the figures in section 3 before we send it out? {url}'),
],
'finance-reminder': [
    dict(subj='Reminder: invoice {inv} due', body='Dear {name},\n\nfriendly reminder that invoice {inv} over {amt} is due on {date}. If you have already paid, please ignore this message.\n\nOur bank details are unchanged. We will never notify you of new bank details by email – if you receive such a message, please call us at {phone} to verify.\n\nAccounts Receivable\n{co}'),
    dict(subj='Month-end close {year}', body='Hi team,\nmonth-end close timeline for this month. Please submit all expense claims and supplier invoices by the deadline.\n{sender}, Finance'),
    dict(subj='Warning: fake bank-detail change requests', body='Dear partners,\nwe have seen fraudulent emails claiming that {co} has changed its bank account. Our IBAN remains {iban}. Never pay to a new account without calling us at {phone}.\nFinance team'),
    dict(subj='Quarterly VAT return deadline', body='Reminder from your accountant: the VAT return for the quarter is due. Please send the missing receipts by {date}. Fee for this quarter: {amt}.'),
    dict(subj='Payment run – approvals needed', body='The weekly payment run is scheduled for the time in this invitation. Please approve pending invoices in the ERP before then.'),
],
'recruiter': [
    dict(subj='Interview: {role} – {co}', body='Hi {name},\n\nthank you for applying for the {role} position at {co}. We would like to invite you to a first video interview.\n\nVideo link: {url}\n\nIf the time does not work, just reply and we will find another slot.\n\nBest regards,\n{sender}\nTalent Acquisition'),
    dict(subj='Intro call – {role} opportunity', body='Hi {name}, as discussed on LinkedIn, here is the invite for our intro call about the {role} role. Salary range {salary}. Happy to answer any questions.\n{sender}'),
    dict(subj='Technical interview – {co}', body='Agenda: 45 min pair-programming, 15 min questions. Please have an IDE ready. Link: {url}'),
    dict(subj='Final round – {role}', body='Congratulations on reaching the final round! You will meet the hiring manager and two team members. Address and directions: {place}.'),
],
'forwarded-invite': [
    dict(subj='{topic}', body='{name}, forwarding this – you should join, it affects your project.\n\n{sender}'),
    dict(subj='{topic}', body='FYI, I can\'t make it, could you attend in my place?\n\n{sender}'),
    dict(subj='{topic}', body='Adding you as discussed.'),
    dict(subj='{topic}', body='Forwarded at {orig}\'s request.'),
],
'mailing-list': [
    dict(subj='{topic}', body='Hi all,\n\nthe next meeting is scheduled as per the attached invitation. Agenda items welcome on the wiki: {url}\n\n{sender}'),
    dict(subj='{topic}', body='Reminder: our monthly call. Dial-in details in the invite. Notes from last time: {url}'),
    dict(subj='{topic}', body='Seminar this week. Speaker abstract on the department page: {url}. Coffee from 15:45.'),
    dict(subj='{topic}', body='Release planning call. Everyone subscribed to this list is invited.'),
],
'organizer-replies': [
    dict(subj='{topic}', body='Looking forward to it.'),
    dict(subj='{topic}', body='Sorry, I\'m travelling that week. Could we move it?'),
    dict(subj='{topic}', body=''),
    dict(subj='{topic}', body='I may be 10 minutes late.'),
    dict(subj='{topic}', body='Cancelled – we will cover this in the weekly meeting instead.'),
],
'personal': [
    dict(subj='{sender}\'s 40th birthday 🎉', body='Hi {name}! We\'re having a little party at our place. Bring a drink if you like, food is on us. Kids welcome!'),
    dict(subj='Dinner at ours?', body='Hey, fancy dinner on Saturday? {sender} is making lasagne. 7pm-ish.'),
    dict(subj='Save the date: our wedding', body='We\'re getting married! Formal invitation follows. Please save the date.\n{sender}'),
    dict(subj='Hiking trip', body='Meeting at the trailhead parking lot. Bring water and sandwiches, it\'s about 4 hours.'),
],
'support-callback': [
    dict(subj='Callback scheduled – case {ref}', body='Hello {name},\n\nas requested, one of our support engineers will call you at the time shown in this invitation.\nCase number: {ref}\nIf you are not available, please reschedule via {url} or call us at {phone}.\n\n{co} Support'),
    dict(subj='Your appointment with our technician', body='Thank you for contacting {co}. Our technician will call you on the number you provided to finish the router setup. Reference {ref}.'),
    dict(subj='Follow-up call: billing question', body='Dear {name}, as promised on the phone, {sender} from our billing team will call you back to go through your last invoice. Case {ref}.'),
    dict(subj='Remote session – {co} Support', body='We will connect to your session for the reported issue ({ref}). You will receive a one-time code from the agent during the call. Hotline: {phone}'),
],
'business-meeting': [
    dict(subj='Weekly sync', body='Agenda:\n1. Status updates\n2. Blockers\n3. Next steps\n\n{sender}'),
    dict(subj='Kick-off: {topic}', body='Hi all, kick-off for the new project. Please review the brief beforehand.'),
    dict(subj='1:1 {name} / {sender}', body=''),
    dict(subj='Client meeting – {co}', body='Meeting at their office. Parking available in the garage. I will bring printed copies.'),
],
}

TOPICS = ['Q3 planning', 'Data platform migration', 'Vendor selection', 'Website relaunch', 'Budget review', 'Customer onboarding',
          'Security awareness', 'Release 4.2 retrospective', 'Sales kick-off', 'Hiring plan', 'API design review', 'Warehouse layout']
SYSTEMS = ['the ERP system', 'VPN', 'email', 'SharePoint', 'the HR portal', 'the file server', 'Wi-Fi in building B', 'Jira/Confluence']
ROLES = ['Senior Data Analyst', 'Backend Engineer', 'Product Manager', 'Accountant', 'Sales Representative', 'UX Designer', 'Project Coordinator']
CITIES = ['Lisbon', 'Berlin', 'Chicago', 'Madrid', 'Vienna', 'Denver', 'Toronto', 'Milan', 'Seattle', 'Prague', 'Boston', 'Oslo']


def build(cat, rng, ctx, blk):
    f = globals()['h_' + cat.replace('-', '_')]
    return f(rng, ctx, blk)


def _svc_sender(rng, ctx, co, dom, local=None):
    """A company's booking system or mail server."""
    c = ctx['client']
    kind = 'service' if c in ('webapp', 'outlook') else ('free' if c in ('yahoo', 'apple') and rng.random() < 0.5 else 'org')
    if c == 'google' or c == 'zoom':
        kind = 'org'
    if c == 'yahoo':
        kind = 'free'
    frm = senders.make(rng, ctx, kind, name=co, local=local or rng.choice(['noreply', 'reservations', 'booking', 'info', 'no-reply', 'service']), domain=dom)
    if c == 'webapp' and rng.random() < 0.2:
        # small business web app on shared hosting: SPF not updated, no DKIM
        import transport as T
        inf = T.infra_vps(rng, frm[1], ctx['tz'], spf=rng.choice(['softfail', 'neutral', 'none', 'fail']),
                          dmarc=rng.choice(['fail', 'none']), rdns=True, tls=True, policy='NONE')
        inf.helo = rng.choice(['web%d.shared-hosting.example', 'srv%d.webhost24.example', 'cp%d.sitehost.example']) % rng.randint(2, 400)
        ctx['infra'] = inf
    if kind == 'free':
        frm = (co, frm[1])
    return frm


def h_travel_booking(rng, ctx, blk):
    brand = blk.get('brand')
    if ctx['client'] in ('webapp', 'outlook') or brand:
        if brand:
            co, dom, fc = brand[0], brand[1], brand[2] if len(brand) > 2 else 'XX'
        elif rng.random() < 0.7:
            co, dom, fc = rng.choice(AIRLINES)
        else:
            (co, dom), fc = rng.choice(RAIL), ''
        frm = _svc_sender(rng, ctx, co, dom)
    else:
        # a partner / colleague / travel agent shares the itinerary
        p = person(rng, ctx['lang'], free=ctx['client'] in ('apple', 'yahoo'))
        co, dom, fc = rng.choice(AIRLINES)
        frm = senders.make(rng, ctx, 'free' if ctx['client'] in ('apple', 'yahoo') else 'org', name=p['name'], local=p['addr'].split('@')[0],
                           domain=None if ctx['client'] in ('apple', 'yahoo') else ctx['rcpt']['domain'])
    c1, c2 = rng.sample(blk.get('cities') or CITIES, 2)
    f = fills(rng, ctx, co=co, code=alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), ref='%03d-%010d' % (rng.randint(100, 999), rng.randint(10 ** 9, 10 ** 10 - 1)),
              flight='%s %d' % (fc or 'IC', rng.randint(100, 9999)), from_city=c1, to_city=c2,
              url='https://www.%s/manage?pnr=%s' % (dom, alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')),
              amt=money_h(rng, ctx['lang'], 89, 1450), phone=phone(rng, ctx['lang']))
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(7, 90), hours=(6, 20), dur=(90, 240))
    summ = F(blk['subj'], f)
    body = F(blk['body'], f)
    ev = new_event(ctx, blk.get('summary') and F(blk['summary'], f) or '%s → %s (%s)' % (c1, c2, f['flight']), body, s, e,
                   frm, [me(ctx)] if rng.random() < 0.5 else None, loc='%s %s' % (c1, rng.choice(['Airport', 'Central Station', 'Terminal 2', 'Hbf'])))
    evs = [ev]
    if rng.random() < 0.5:
        s2 = s + dt.timedelta(days=rng.randint(2, 10))
        ev2 = dict(ev, start=s2, end=s2 + (e - s), summary='%s → %s' % (c2, c1), loc='%s' % c2, uid=None)
        evs.append(ev2)
    method = 'PUBLISH' if ctx['client'] == 'webapp' or rng.random() < 0.3 else 'REQUEST'
    extra = {}
    if ctx['client'] == 'webapp':
        extra['custom_prodid'] = (co, rng.choice(['Itinerary 7.0', 'Booking Engine 5.2', 'eTicket 3.4']))
        extra['lib'] = rng.choice(['custom', 'custom', 'icalnet', 'ical4j', 'biweekly'])
    return base(ctx, frm, evs, method=method, text=body, subject=summ, **extra)


CURH = {'en': '$', 'de': '€', 'fr': '€', 'es': '€', 'it': '€', 'pt': 'R$', 'nl': '€', 'pl': 'zł', 'ru': '₽', 'el': '€',
        'ar': 'SAR', 'he': '₪', 'zh': '¥', 'zt': 'NT$', 'ja': '¥', 'ko': '₩', 'hi': '₹', 'th': '฿', 'tr': '₺'}


def money_h(rng, lang, lo, hi):
    v = rng.randint(lo, hi)
    c = CURH[lang]
    if lang in ('ja',):
        return '¥{:,}'.format(v * 150)
    if lang == 'ko':
        return '₩{:,}'.format(v * 1300)
    if lang in ('ru', 'hi', 'th', 'zt'):
        return '{:,} {}'.format(v * 35, c)
    if c in ('$', '¥', 'R$'):
        return '%s%d.%02d' % (c, v, rng.randint(0, 99))
    return '%d,%02d %s' % (v, rng.randint(0, 99), c)


def h_hotel_restaurant(rng, ctx, blk):
    co, dom = blk.get('brand') or rng.choice(HOTELS)
    frm = _svc_sender(rng, ctx, co, dom)
    f = fills(rng, ctx, co=co, code=alnum(rng, 8, '0123456789ABCDEF'), url='https://%s/r/%s' % (dom, alnum(rng, 12, string.ascii_letters + string.digits)),
              amt=money_h(rng, ctx['lang'], 80, 900), phone=phone(rng, ctx['lang']))
    restaurant = blk.get('restaurant', rng.random() < 0.5)
    if restaurant:
        s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(1, 21), hours=(18, 21), dur=(90, 150))
        allday = False
    else:
        s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(5, 120), allday=True)
        e = s + dt.timedelta(days=int(f['nights']))
        allday = True
    body = F(blk['body'], f)
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, [me(ctx, 'ACCEPTED')] if rng.random() < 0.4 else None,
                   loc='%s, %s' % (co, rng.choice(['Main Street 12', 'Hafenstraße 3', 'Rua Augusta 88', 'Via Roma 5', '1 Harbour Rd'])), allday=allday)
    method = 'PUBLISH' if rng.random() < 0.6 else 'REQUEST'
    extra = {}
    if ctx['client'] == 'webapp':
        extra['custom_prodid'] = sched_prodid(rng, co)
    return base(ctx, frm, [ev], method=method, text=body, **extra)


def h_medical_appointment(rng, ctx, blk):
    lang = ctx['lang']
    doc = person(rng, lang)
    co = blk.get('co') or rng.choice(['Riverside Family Practice', 'Bright Smile Dental', 'Northgate Medical Center', 'City Eye Clinic', 'Westpark Pediatrics'])
    slug = ''.join(ch for ch in co.lower().replace(' ', '-').replace('.', '') if ch.isascii() and (ch.isalnum() or ch == '-'))
    dom = blk.get('dom') or (slug + rng.choice(['.com', '.example', '.net', '.health']) if len(slug) > 8 else rng.choice(ORGS[lang]))
    frm = _svc_sender(rng, ctx, co, dom, local=rng.choice(['termine', 'appointments', 'praxis', 'info', 'recepcion', 'noreply']))
    f = fills(rng, ctx, co=co, doctor=blk.get('doctor_fmt', 'Dr. {}').format(doc['name']), phone=phone(rng, lang),
              url='https://%s/appointments/%s' % (dom, alnum(rng, 10, string.ascii_lowercase + string.digits)), code=alnum(rng, 6, string.digits))
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(1, 45), hours=(8, 17), dur=(15, 45))
    body = F(blk['body'], f)
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, [me(ctx)] if rng.random() < 0.6 else None, loc=co)
    if rng.random() < 0.5:
        ev['alarms'] = [{'trigger': '-P1D', 'desc': 'Reminder'}]
    extra = {}
    if ctx['client'] == 'webapp':
        extra['custom_prodid'] = rng.choice([('DocPlanner', 'Appointments 4.2'), ('MediSlot', 'Calendar 2.8'), ('ClinicFlow', 'Patient Portal 3.0')])
    return base(ctx, frm, [ev], method=rng.choice(['PUBLISH', 'REQUEST']), text=body, **extra)


def h_vendor_webinar(rng, ctx, blk):
    co, dom = blk.get('brand') or rng.choice(VENDORS)
    c = ctx['client']
    f = fills(rng, ctx, co=co, topic=blk.get('topic') or rng.choice(['Zero-trust networking in practice', 'Forecasting with AI', 'What\'s new in release 9', 'Cloud cost optimisation', 'Data privacy for marketers']),
              url=zoom_link(rng) if c in ('zoom', 'webapp') else ('https://events.%s/live/%s' % (dom, alnum(rng, 8, string.ascii_lowercase))),
              code=alnum(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(3, 40), hours=(9, 17), dur=(45, 90))
    body = F(blk['body'], f)
    if c == 'zoom':
        frm = senders.make(rng, ctx, 'org', name=co, local='events', domain=dom)
        ev = new_event(ctx, F(blk['subj'], f), body, s, e, None, None, loc=f['url'])
        return base(ctx, frm, [ev], method='PUBLISH', text=body, zoom_host=co, reply_to=(co, 'events@' + dom))
    frm = senders.make(rng, ctx, 'org', name=rng.choice([co, '%s Events' % co, person(rng, ctx['lang'])['name']]),
                       local=rng.choice(['events', 'webinars', 'marketing', 'community']), domain=dom)
    n = rng.choice([0, 0, 40, 150, 320, 480])
    atts = [me(ctx)] + filler_people(rng, ctx['lang'], n, mixed=True)
    rng.shuffle(atts)
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts if n or c == 'google' else [me(ctx)], loc=f['url'])
    if c == 'google':
        ev['attendees'].insert(0, self_att(frm))
    return base(ctx, frm, [ev], method='REQUEST' if c != 'webapp' else rng.choice(['REQUEST', 'PUBLISH']), text=body)


def h_community_series(rng, ctx, blk):
    p = person(rng, ctx['lang'], free=True)
    kind = 'free' if ctx['client'] in ('google', 'apple', 'yahoo', 'outlook', 'thunderbird') else 'org'
    dom = None
    if kind == 'org':
        dom = rng.choice(['sv-blau-weiss.example', 'stmarys-parish.example.org', 'lincoln-elementary.example.org', 'chorale-harmonie.example'])
    frm = senders.make(rng, ctx, kind, name=p['name'], local=p['addr'].split('@')[0], domain=dom)
    f = fills(rng, ctx, sender=p['name'], place=blk.get('place') or rng.choice(['the library', 'the community centre', 'Café Central', 'room 12']))
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(1, 14), hours=(16, 20), dur=(60, 120))
    body = F(blk['body'], f)
    rr = rng.choice(['FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=%s' % ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][s.weekday()],
                     'FREQ=MONTHLY;BYDAY=%d%s' % ((s.day - 1) // 7 + 1, ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][s.weekday()]),
                     'FREQ=WEEKLY;INTERVAL=2'])
    n = rng.choice([4, 8, 15, 25, 40])
    atts = [me(ctx)] + filler_people(rng, ctx['lang'], n, mixed=False, domain=None)
    for a in atts[1:]:
        a['addr'] = a['addr'].split('@')[0] + '@' + rng.choice(FREEMAIL[ctx['lang']])
    if ctx['client'] == 'google':
        atts.insert(0, self_att(frm))
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts, rrule=rr, loc=f['place'] if rng.random() < 0.7 else None)
    return base(ctx, frm, [ev], text=body)


def h_it_notice(rng, ctx, blk):
    r = ctx['rcpt']
    dom = r['domain']
    if is_personal(dom):
        dom = rng.choice(ORGS[ctx['lang']])
        ctx['rcpt'] = r = person(rng, ctx['lang'], domain=dom)
    co = dom.split('.')[0].replace('-', ' ').title()
    it = person(rng, ctx['lang'], domain=dom)
    local = rng.choice(['it-servicedesk', 'helpdesk', 'it', 'noreply-it', it['addr'].split('@')[0]])
    name = rng.choice(['IT Service Desk', 'IT Operations', it['name'], 'Helpdesk'])
    frm = senders.make(rng, ctx, 'org', name=name, local=local, domain=dom)
    f = fills(rng, ctx, co=co, sysname=blk.get('sysname') or rng.choice(SYSTEMS), phone='ext. %d' % rng.randint(2000, 7999),
              url=rng.choice(['https://passwordreset.%s/', 'https://it.%s/status', 'https://intranet.%s/it/mfa', 'https://sso.%s/selfservice']) % dom,
              ref='INC%07d' % rng.randint(0, 9999999))
    weekend = 'maint' in blk.get('kind', '') or 'maintenance' in blk['subj'].lower() or 'migration' in blk['subj'].lower()
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(2, 20), hours=(18, 22) if weekend else (9, 15), dur=(60, 240) if weekend else (15, 30))
    body = F(blk['body'], f)
    atts = [me(ctx)]
    if rng.random() < 0.5:
        atts = [dict(name='All Staff' if ctx['lang'] == 'en' else None, addr='all-staff@' + dom, cutype='GROUP')]
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts, transp='TRANSPARENT' if weekend else 'OPAQUE')
    to = [(atts[0].get('name'), atts[0]['addr'])]
    return base(ctx, frm, [ev], text=body, to=to)


def h_doc_share(rng, ctx, blk):
    r = ctx['rcpt']
    same = rng.random() < 0.6 and not is_personal(r['domain'])
    p = person(rng, ctx['lang'], domain=r['domain'] if same else None)
    frm = senders.make(rng, ctx, 'org' if ctx['client'] not in ('yahoo',) else 'free', name=p['name'], local=p['addr'].split('@')[0], domain=p['domain'])
    c = ctx['client']
    if c == 'outlook':
        url = ms_link(rng, frm[1].split('@')[1])
    elif c == 'google':
        url = gdoc_link(rng)
    elif c in ('nextcloud', 'sogo', 'zimbra'):
        url = 'https://cloud.%s/s/%s' % (frm[1].split('@')[1], alnum(rng, 15, string.ascii_letters + string.digits))
    else:
        url = rng.choice([gdoc_link(rng), 'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (alnum(rng, 20, string.ascii_lowercase + string.digits), alnum(rng, 8, string.ascii_letters), alnum(rng, 25, string.ascii_lowercase + string.digits))])
    f = fills(rng, ctx, sender=p['name'], url=url, doc=blk.get('doc') or rng.choice(['Q3 forecast', 'Tender documents', 'Onboarding checklist', 'Draft press release', 'Board deck']))
    s, e = _times(rng, ctx)
    body = F(blk['body'], f)
    atts = [me(ctx)] + colleagues(rng, ctx, rng.randint(0, 5), domain=frm[1].split('@')[1])
    if c == 'google':
        atts.insert(0, self_att(frm))
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts)
    conf_for(rng, ctx, ev, frm[1].split('@')[1])
    if c in ('nextcloud', 'sogo', 'thunderbird') and rng.random() < 0.5:
        ev['attach'] = ['ATTACH;FMTTYPE=application/pdf:' + url]
    return base(ctx, frm, [ev], text=body)


def h_finance_reminder(rng, ctx, blk):
    lang = ctx['lang']
    p = person(rng, lang)
    co = p['domain'].split('.')[0].replace('-', ' ').title()
    frm = senders.make(rng, ctx, 'org' if ctx['client'] != 'yahoo' else 'free', name=rng.choice([p['name'], 'Accounts Receivable', co + ' Finance']),
                       local=rng.choice([p['addr'].split('@')[0], 'accounts', 'ar', 'finance', 'billing']), domain=p['domain'])
    f = fills(rng, ctx, co=co, amt=money_h(rng, lang, 300, 25000), phone=phone(rng, lang), sender=p['name'])
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(3, 25), allday=rng.random() < 0.5)
    body = F(blk['body'], f)
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, [me(ctx)], allday=(e - s).days >= 1, transp='TRANSPARENT')
    if ctx['client'] in ('thunderbird', 'nextcloud', 'sogo', 'zimbra', 'webapp') and rng.random() < 0.45:
        ev['comp'] = 'VTODO'
        ev['due'] = False
        ev['priority'] = rng.choice([1, 5, 9])
        ev['percent'] = 0
        ev['status'] = 'NEEDS-ACTION'
    if ev['allday']:
        ev['alarms'] = [{'trigger': '-P2D'}] if rng.random() < 0.5 else None
    return base(ctx, frm, [ev], text=body)


def h_recruiter(rng, ctx, blk):
    lang = ctx['lang']
    p = person(rng, lang)
    co = blk.get('co') or rng.choice(['Meadowlark Software', 'Ironbridge Capital', 'Bluegate Logistics', 'Fieldline Analytics', 'Harbor Analytics'])
    agency = rng.random() < 0.3
    kind = 'free' if (agency and ctx['client'] in ('google', 'yahoo', 'apple')) else ('free' if ctx['client'] in ('yahoo',) else 'org')
    frm = senders.make(rng, ctx, kind, name=p['name'], local=p['addr'].split('@')[0], domain=p['domain'])
    c = ctx['client']
    url = meet_link(rng) if c == 'google' else (teams_link(rng) if c == 'outlook' else zoom_link(rng))
    f = fills(rng, ctx, co=co, sender=p['name'], role=blk.get('role') or rng.choice(ROLES), url=url,
              salary=rng.choice(['$95k–115k', '$120k–140k + bonus', '€65–75k', '£55–62k']), place=rng.choice(['5th floor, 200 Market St', 'Reception, building C']))
    s, e = _times(rng, ctx, days=(2, 14), dur=(30, 60))
    body = F(blk['body'], f)
    atts = [me(ctx)]
    if c == 'google':
        atts.insert(0, self_att(frm))
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts, loc=url if c not in ('google',) else None)
    if c == 'google':
        ev['gmeet'] = url
    extra = {}
    if c == 'webapp':
        extra['custom_prodid'] = ('HireLoop', 'Interview Scheduler 1.9')
    if c == 'zoom':
        extra['zoom_host'] = p['name']
        ev['organizer'] = None
    return base(ctx, frm, [ev], text=body, **extra)


FWD = {'en': 'FW: ', 'de': 'WG: ', 'fr': 'TR: ', 'es': 'RV: ', 'it': 'I: ', 'pt': 'ENC: ', 'nl': 'FW: ', 'pl': 'PD: ', 'ru': 'Пересл.: ',
       'el': 'ΠΡΘ: ', 'ar': 'إعادة توجيه: ', 'he': 'הועבר: ', 'zh': '转发: ', 'zt': '轉寄: ', 'ja': '転送: ', 'ko': '전달: ', 'hi': 'FW: ', 'th': 'FW: ', 'tr': 'İLT: '}


def h_forwarded_invite(rng, ctx, blk):
    r = ctx['rcpt']
    lang = ctx['lang']
    fwd = person(rng, lang, domain=r['domain'] if not is_personal(r['domain']) else None)
    orig = person(rng, lang if rng.random() < 0.7 else 'en')
    frm = senders.make(rng, ctx, 'org' if ctx['client'] not in ('yahoo',) else 'free', name=fwd['name'], local=fwd['addr'].split('@')[0], domain=fwd['domain'])
    f = fills(rng, ctx, sender=fwd['name'], orig=orig['name'], topic=blk.get('topic') or rng.choice(TOPICS))
    s, e = _times(rng, ctx)
    note = F(blk['body'], f)
    desc = blk.get('desc') or 'Agenda to follow.'
    atts = [dict(name=orig['name'], addr=orig['addr'], partstat='ACCEPTED', rsvp=False)] + \
        [dict(name=x['name'], addr=x['addr']) for x in colleagues(rng, ctx, rng.randint(1, 6), domain=orig['domain'])] + \
        [dict(name=fwd['name'], addr=fwd['addr'], partstat='ACCEPTED'), me(ctx)]
    ev = new_event(ctx, F(blk['subj'], f), desc, s, e, (orig['name'], orig['addr']), atts, seq=rng.choice([0, 0, 1]))
    conf_for(rng, ctx, ev, orig['domain'])
    c = ctx['client']
    extra = {}
    subj = FWD[lang] + ev['summary']
    if c == 'outlook':
        extra['fwd_note'] = note
        extra['olk_sender'] = (fwd['name'], fwd['addr'])
        text = desc
    else:
        text = note + '\n\n' + desc
    return base(ctx, frm, [ev], text=text, subject=subj if c != 'google' else None, **extra)


LISTS = [('dev', 'lists.openmesh.org', 'OpenMesh developers'), ('seminar', 'lists.physics.uni-altheim.example', 'Physics seminar'),
         ('members', 'lists.photoclub-lumen.example', 'Photo club'), ('wg-security', 'lists.ietf-like.example.org', 'Security WG'),
         ('announce', 'groups.cityrunners.example', 'City Runners'), ('board', 'lists.school-pta.example.org', 'PTA board'),
         ('team-eu', 'lists.vantagecrm.com', 'Vantage EU team'), ('users', 'lists.gnome-like.example.org', 'Users list')]


def h_mailing_list(rng, ctx, blk):
    lname, ldom, ltitle = blk.get('list') or rng.choice(LISTS)
    lang = ctx['lang']
    p = person(rng, lang, free=rng.random() < 0.4)
    c = ctx['client']
    kind = 'free' if c in ('yahoo',) else ('free' if p['domain'] in sum(FREEMAIL.values(), []) and c in ('google', 'apple', 'thunderbird') else 'org')
    frm = senders.make(rng, ctx, kind, name=p['name'], local=p['addr'].split('@')[0], domain=p['domain'] if kind == 'org' else None)
    list_addr = '%s@%s' % (lname, ldom)
    f = fills(rng, ctx, sender=p['name'], list=ltitle, topic=blk.get('topic') or rng.choice(['Monthly call', 'Colloquium', 'Release planning', 'Board meeting', 'Group run', 'Working group interim']),
              url='https://%s/wiki/%s' % (ldom.replace('lists.', 'www.').replace('groups.', 'www.'), alnum(rng, 8, string.ascii_lowercase)))
    s, e = _times(rng, ctx, days=(3, 21))
    body = F(blk['body'], f)
    atts = [dict(name=ltitle, addr=list_addr, cutype='GROUP' if rng.random() < 0.5 else 'INDIVIDUAL')]
    if c == 'google':
        atts.insert(0, self_att(frm))
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts)
    if rng.random() < 0.4:
        ev['rrule'] = 'FREQ=MONTHLY;BYDAY=%d%s' % ((s.day - 1) // 7 + 1, ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][s.weekday()])
    conf_for(rng, ctx, ev, ldom)
    spec = base(ctx, frm, [ev], text=body, to=[(ltitle, list_addr)])
    spec['list'] = dict(addr=list_addr, name=lname, title=ltitle, rewrite=rng.random() < 0.35, signs=rng.random() < 0.3,
                        mailman=rng.choice(['2.1.39', '3.3.8', 'sympa', 'googlegroups']))
    return spec


def h_organizer_replies(rng, ctx, blk):
    r = ctx['rcpt']
    lang = ctx['lang']
    cancel = bool(blk.get('cancel')) or 'Cancel' in blk['body']
    p = person(rng, lang, domain=r['domain'] if rng.random() < 0.5 and not is_personal(r['domain']) else None)
    frm = senders.make(rng, ctx, 'org' if ctx['client'] not in ('yahoo',) else 'free', name=p['name'], local=p['addr'].split('@')[0], domain=p['domain'])
    f = fills(rng, ctx, sender=p['name'], topic=blk.get('topic') or rng.choice(TOPICS))
    s, e = _times(rng, ctx, days=(1, 20) if rng.random() < 0.8 else (-4, -1))  # some replies arrive late
    comment = F(blk['body'], f)
    uid = None
    if cancel:
        atts = [me(ctx), dict(name=frm[0], addr=frm[1], partstat='ACCEPTED')] + [dict(name=x['name'], addr=x['addr']) for x in colleagues(rng, ctx, rng.randint(0, 4))]
        ev = new_event(ctx, F(blk['subj'], f), comment or 'Cancelled', s, e, frm, atts, seq=rng.randint(1, 3), status='CANCELLED')
        return base(ctx, frm, [ev], method='CANCEL', text=comment)
    ps = blk.get('partstat') or rng.choice(['ACCEPTED', 'ACCEPTED', 'DECLINED', 'TENTATIVE'])
    if 'travelling' in comment or 'Sorry' in comment:
        ps = 'DECLINED'
    ev = new_event(ctx, F(blk['subj'], f), None, s, e, (r['name'], r['addr']), [dict(name=frm[0], addr=frm[1], partstat=ps, rsvp=False)],
                   seq=0, comment=comment or None, status=None)
    ev['desc'] = None
    return base(ctx, frm, [ev], method='REPLY', text=comment, to=[(r['name'], r['addr'])])


def h_personal(rng, ctx, blk):
    lang = ctx['lang']
    p = person(rng, lang, free=True)
    c = ctx['client']
    kind = 'free' if c in ('google', 'apple', 'yahoo', 'outlook', 'thunderbird') else 'org'
    frm = senders.make(rng, ctx, kind, name=p['name'], local=p['addr'].split('@')[0], domain=rng.choice(['familie-berg.example', 'nakamura-home.example', 'mydomain.example']) if kind == 'org' else None)
    f = fills(rng, ctx, sender=p['name'].split()[0], place=blk.get('place') or rng.choice(['our place', 'the park', 'Luigi\'s']))
    allday = blk.get('allday', False)
    s, e = event_time(rng, ctx['arr'], ctx['tz'], days=(3, 60 if not allday else 300), hours=(12, 19), dur=(120, 240), allday=allday)
    body = F(blk['body'], f)
    atts = [me(ctx)] + [dict(name=x['name'], addr=x['addr']) for x in filler_people(rng, lang, rng.randint(0, 8), domain=None)]
    for a in atts[1:]:
        a['addr'] = a['addr'].split('@')[0] + '@' + rng.choice(FREEMAIL[lang])
    if c == 'google':
        atts.insert(0, self_att(frm))
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts, allday=allday, loc=f['place'] if rng.random() < 0.6 else None)
    return base(ctx, frm, [ev], text=body)


def h_support_callback(rng, ctx, blk):
    lang = ctx['lang']
    co, dom = blk.get('brand') or rng.choice([('Vantage CRM', 'vantagecrm.com'), ('Fibrenet', 'fibrenet-isp.com'), ('CloudNorth', 'cloudnorth.com'),
                                              ('Copperline Energy', 'copperline-energy.com'), ('Meridian Bank', 'meridianbank.example')])
    agent = person(rng, lang)
    c = ctx['client']
    if c == 'webapp':
        frm = _svc_sender(rng, ctx, '%s Support' % co, dom, local='support')
    else:
        frm = senders.make(rng, ctx, 'org', name=rng.choice([agent['name'], '%s Support' % co]), local=rng.choice(['support', agent['addr'].split('@')[0]]), domain=dom)
    f = fills(rng, ctx, co=co, sender=agent['name'], ref='%s-%d' % (rng.choice(['CS', 'SR', 'TKT', 'CASE']), rng.randint(100000, 9999999)), phone=phone(rng, lang),
              url='https://support.%s/case/%s' % (dom, alnum(rng, 10, string.digits)))
    s, e = _times(rng, ctx, days=(0, 5), dur=(15, 30))
    body = F(blk['body'], f)
    atts = [me(ctx)]
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts)
    if rng.random() < 0.4:
        ev['loc'] = rng.choice(['Phone call', 'Telefon', f['phone'], 'Remote session'])
    extra = {}
    if c == 'zoom':
        ev['loc'] = zoom_link(rng)
        extra['zoom_host'] = co + ' Support'
    if c == 'webapp':
        extra['custom_prodid'] = ('HelpPoint', 'Service Desk 11')
    return base(ctx, frm, [ev], text=body, **extra)


def h_business_meeting(rng, ctx, blk):
    r = ctx['rcpt']
    lang = ctx['lang']
    same = rng.random() < 0.5 and not is_personal(r['domain'])
    p = person(rng, lang, domain=r['domain'] if same else None)
    c = ctx['client']
    frm = senders.make(rng, ctx, 'org' if c not in ('yahoo',) else 'free', name=p['name'], local=p['addr'].split('@')[0], domain=p['domain'])
    f = fills(rng, ctx, sender=p['name'], topic=blk.get('topic') or rng.choice(TOPICS), co=r['domain'].split('.')[0].replace('-', ' ').title())
    s, e = _times(rng, ctx)
    body = F(blk['body'], f)
    atts = [me(ctx)] + [dict(name=x['name'], addr=x['addr']) for x in colleagues(rng, ctx, rng.randint(0, 7), domain=frm[1].split('@')[1])]
    if c == 'google':
        atts.insert(0, self_att(frm))
    ev = new_event(ctx, F(blk['subj'], f), body, s, e, frm, atts, loc=blk.get('loc'))
    if rng.random() < 0.25:
        ev['rrule'] = rng.choice(['FREQ=WEEKLY;BYDAY=%s' % ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][s.weekday()], 'FREQ=WEEKLY;INTERVAL=2;COUNT=10'])
    conf_for(rng, ctx, ev, frm[1].split('@')[1])
    extra = {}
    if c == 'zoom':
        extra['zoom_host'] = p['name']
    return base(ctx, frm, [ev], text=body, **extra)
