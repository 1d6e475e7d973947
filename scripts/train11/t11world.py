# -*- coding: utf-8 -*-
"""Senders, platforms, transports and per-message context for the train11 corpus."""
import datetime as dt
import random

from t11core import TZ, utc_offset, hexid, alnum, uuid4, LEGACY, can_encode, CRLF
from t11text import PEOPLE, ORGS, ISP, TZS, SPAM, HAM

END = dt.datetime(2026, 11, 25, 18, 0, 0)

# ------------------------------------------------------------------ platforms (real services; fraud lives only in typed text)
P = {
    # e-signature
    'docusign': dict(name='Docusign', addr='dse_NA4@docusign.net', env='bounces+%s@docusign.net', helo='mailna4.docusign.net', dkim=[('docusign.net', 's1')], pol='reject',
                     prodid='-//DocuSign Inc//DocuSign eSignature//EN', color='#4C00FF', fromfmt='%s via Docusign', mime='java', base='https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s'),
    'dropboxsign': dict(name='Dropbox Sign', addr='noreply@mail.hellosign.com', env='bounce-%s@mail.hellosign.com', helo='o1.mail.hellosign.com', dkim=[('mail.hellosign.com', 's1'), ('sendgrid.info', 'smtpapi')], pol='reject',
                        prodid='-//HelloSign//Signature Requests//EN', color='#0061FE', fromfmt='%s via Dropbox Sign', mime='sendgrid', base='https://app.hellosign.com/sign/%s'),
    'adobesign': dict(name='Adobe Acrobat Sign', addr='adobesign@adobesign.com', env='bounce-%s@adobesign.com', helo='mail.na1.adobesign.com', dkim=[('adobesign.com', 'acs1')], pol='reject',
                      prodid='-//Adobe//Acrobat Sign//EN', color='#EB1000', fromfmt='%s via Adobe Acrobat Sign', mime='java', base='https://secure.na1.adobesign.com/public/esign?tsid=%s'),
    'pandadoc': dict(name='PandaDoc', addr='docs@pandadoc.net', env='bounces+%s@em.pandadoc.net', helo='o2.em.pandadoc.net', dkim=[('pandadoc.net', 's1')], pol='quarantine',
                     prodid='-//PandaDoc//Documents//EN', color='#248A3D', fromfmt='%s via PandaDoc', mime='sendgrid', base='https://app.pandadoc.com/document/v2?token=%s'),
    # invoicing / payment requests
    'quickbooks': dict(name='Intuit QuickBooks', addr='quickbooks@notification.intuit.com', env='bounce-%s@notification.intuit.com', helo='mail-qb.notification.intuit.com', dkim=[('notification.intuit.com', 'qbo2048')], pol='reject',
                       prodid='-//Intuit//QuickBooks Online Invoicing//EN', color='#2CA01C', fromfmt='%s', mime='java', base='https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s'),
    'paypal': dict(name='PayPal', addr='service@paypal.com', env='bounce-%s@paypal.com', helo='mx0.slc.paypal.com', dkim=[('paypal.com', 'pp-dkim1')], pol='reject',
                   prodid='-//PayPal//Invoicing//EN', color='#003087', fromfmt='"%s" via PayPal', mime='java', base='https://www.paypal.com/invoice/p/#%s'),
    'square': dict(name='Square', addr='messenger@messaging.squareup.com', env='bounces+%s@messaging.squareup.com', helo='o3.messaging.squareup.com', dkim=[('messaging.squareup.com', 's1')], pol='reject',
                   prodid='-//Square//Invoices//EN', color='#006AFF', fromfmt='%s', mime='sendgrid', base='https://squareup.com/pay-invoice/inv:0-%s'),
    'xero': dict(name='Xero', addr='messaging-service@post.xero.com', env='%s@bounce.post.xero.com', helo='mail.post.xero.com', dkim=[('post.xero.com', 'x2')], pol='reject',
                 prodid='-//Xero//Invoices//EN', color='#13B5EA', fromfmt='%s', mime='ses', base='https://in.xero.com/%s'),
    'stripe': dict(name='Stripe', addr='invoice+statements@stripe.com', env='bounce-%s@stripe.com', helo='smtp-out.stripe.com', dkim=[('stripe.com', 'smtpapi')], pol='reject',
                   prodid='-//Stripe//Invoice Reminders//EN', color='#635BFF', fromfmt='%s', mime='ses', base='https://invoice.stripe.com/i/acct_%s'),
    # forms / surveys
    'jotform': dict(name='Jotform', addr='noreply@jotform.com', env='bounce-%s@jotform.com', helo='mail.jotform.com', dkim=[('jotform.com', 'k1')], pol='quarantine',
                    prodid='-//Jotform//Form Reminders//EN', color='#FF6100', fromfmt='%s', mime='sendgrid', base='https://form.jotform.com/%s'),
    'typeform': dict(name='Typeform', addr='notifications@typeform.com', env='bounces+%s@em.typeform.com', helo='o4.em.typeform.com', dkim=[('typeform.com', 's1')], pol='reject',
                     prodid='-//Typeform//Invitations//EN', color='#262627', fromfmt='%s', mime='sendgrid', base='https://form.typeform.com/to/%s'),
    'msforms': dict(name='Microsoft Forms', addr='noreply@forms.office.com', env='msonlineservicesteam@%s.microsoftonline.com', helo='mail-forms.outbound.protection.outlook.com', dkim=[('forms.office.com', 'selector1')], pol='reject',
                    prodid='-//Microsoft Corporation//Forms Reminder//EN', color='#007C89', fromfmt='%s', mime='ses', base='https://forms.office.com/r/%s'),
    'surveymonkey': dict(name='SurveyMonkey', addr='member@surveymonkeyuser.com', env='bounce-%s@surveymonkeyuser.com', helo='mta.surveymonkeyuser.com', dkim=[('surveymonkeyuser.com', 'sm1')], pol='quarantine',
                         prodid='-//SurveyMonkey//Invitations//EN', color='#00BF6F', fromfmt='%s', mime='java', base='https://www.surveymonkey.com/r/%s'),
    # file sharing
    'dropbox': dict(name='Dropbox', addr='no-reply@dropbox.com', env='bounces+%s@em-s.dropbox.com', helo='mail-s.dropbox.com', dkim=[('dropbox.com', 'k1')], pol='reject',
                    prodid='-//Dropbox//File Requests//EN', color='#0061FE', fromfmt='%s (via Dropbox)', mime='sendgrid', base='https://www.dropbox.com/scl/fo/%s?dl=0'),
    'wetransfer': dict(name='WeTransfer', addr='noreply@wetransfer.com', env='bounce-%s@wetransfer.com', helo='mail.wetransfer.com', dkim=[('wetransfer.com', 's1')], pol='quarantine',
                       prodid='-//WeTransfer//Transfers//EN', color='#409FFF', fromfmt='%s via WeTransfer', mime='ses', base='https://we.tl/t-%s'),
    'box': dict(name='Box', addr='noreply@box.com', env='bounce-%s@box.com', helo='mail.box.com', dkim=[('box.com', 'b1')], pol='reject',
                prodid='-//Box Inc//Box Notes//EN', color='#0061D5', fromfmt='%s (via Box)', mime='java', base='https://app.box.com/s/%s'),
    # webinars / events / tickets
    'eventbrite': dict(name='Eventbrite', addr='noreply@order.eventbrite.com', env='bounces+%s@order.eventbrite.com', helo='o5.order.eventbrite.com', dkim=[('order.eventbrite.com', 's1')], pol='reject',
                       prodid='-//Eventbrite//Order Confirmation//EN', color='#F05537', fromfmt='%s', mime='sendgrid', base='https://www.eventbrite.com/e/%s'),
    'luma': dict(name='Luma', addr='notifications@calendar.luma-mail.com', env='bounces+%s@calendar.luma-mail.com', helo='o6.calendar.luma-mail.com', dkim=[('calendar.luma-mail.com', 's1')], pol='none',
                 prodid='-//Luma//Event Registration//EN', color='#131517', fromfmt='%s', mime='sendgrid', base='https://lu.ma/%s'),
    'gotowebinar': dict(name='GoTo Webinar', addr='customercare@gotowebinar.com', env='bounce-%s@gotowebinar.com', helo='mail.gotowebinar.com', dkim=[('gotowebinar.com', 'gtw1')], pol='reject',
                        prodid='-//GoTo//GoTo Webinar//EN', color='#F68D2E', fromfmt='%s', mime='java', base='https://attendee.gotowebinar.com/join/%s'),
    'livestorm': dict(name='Livestorm', addr='hello@livestorm.co', env='bounce-%s@mail.livestorm.co', helo='mail.livestorm.co', dkim=[('livestorm.co', 'k1')], pol='quarantine',
                      prodid='-//Livestorm//Event//EN', color='#0C6CF6', fromfmt='%s', mime='ses', base='https://app.livestorm.co/p/%s/live'),
    'ticketmaster': dict(name='Ticketmaster', addr='customer_support@email.ticketmaster.com', env='bounce-%s@email.ticketmaster.com', helo='mta.email.ticketmaster.com', dkim=[('email.ticketmaster.com', 'tm1')], pol='reject',
                         prodid='-//Ticketmaster//Order//EN', color='#026CDF', fromfmt='%s', mime='java', base='https://www.ticketmaster.com/user/orders/%s'),
    'meetup': dict(name='Meetup', addr='info@meetup.com', env='bounce-%s@meetup.com', helo='mail.meetup.com', dkim=[('meetup.com', 'k1')], pol='quarantine',
                   prodid='-//Meetup//RemoteApi//EN', color='#F65858', fromfmt='%s', mime='ses', base='https://www.meetup.com/%s/events/'),
    # scheduling / support
    'calendly': dict(name='Calendly', addr='notifications@calendly.com', env='bounces+%s@mail.calendly.com', helo='o7.mail.calendly.com', dkim=[('calendly.com', 's1')], pol='reject',
                     prodid='-//Calendly//Calendly//EN', color='#006BFF', fromfmt='%s', mime='sendgrid', base='https://calendly.com/events/%s', cal_inline=False),
    'greenhouse': dict(name='Greenhouse', addr='no-reply@greenhouse.io', env='bounces+%s@greenhouse.io', helo='o8.greenhouse.io', dkim=[('greenhouse.io', 's1')], pol='reject',
                       prodid='-//Greenhouse//Interview Scheduling//EN', color='#24A47F', fromfmt='%s', mime='sendgrid', base='https://app.greenhouse.io/interviews/%s'),
    'applesupport': dict(name='Apple Support', addr='noreply@email.apple.com', env='bounce-%s@email.apple.com', helo='rn-mailsvcp-mta-lapp01.rno.apple.com', dkim=[('email.apple.com', 'email0517')], pol='reject',
                         prodid='-//Apple Inc.//Apple Support Callback//EN', color='#1D1D1F', fromfmt='%s', mime='java', base='https://getsupport.apple.com/case/%s'),
    'doctolib': dict(name='Doctolib', addr='no-reply@doctolib.fr', env='bounce-%s@doctolib.fr', helo='mail.doctolib.fr', dkim=[('doctolib.fr', 'dkim')], pol='reject',
                     prodid='-//Doctolib//Doctolib//FR', color='#107ACA', fromfmt='%s', mime='ses', base='https://www.doctolib.fr/account/appointments/%s'),
    # notes / recordings
    'otter': dict(name='Otter.ai', addr='no-reply@otter.ai', env='bounces+%s@em.otter.ai', helo='o9.em.otter.ai', dkim=[('otter.ai', 's1')], pol='quarantine',
                  prodid='-//Otter.ai//OtterPilot//EN', color='#1E4FD8', fromfmt='%s', mime='sendgrid', base='https://otter.ai/u/%s'),
    'fireflies': dict(name='Fireflies.ai', addr='fred@fireflies.ai', env='bounce-%s@fireflies.ai', helo='mail.fireflies.ai', dkim=[('fireflies.ai', 'k1')], pol='none',
                      prodid='-//Fireflies.ai//Notetaker//EN', color='#E4475C', fromfmt='Fred from Fireflies.ai', mime='ses', base='https://app.fireflies.ai/view/%s'),
    # e-mail service providers (newsletters)
    'mailchimp': dict(name='Mailchimp', env='bounce-mc.us%d_%s@mail%d.atl%d.mcdlv.net', helo='mail%d.atl%d.mcdlv.net', dkim=[('mcdlv.net', 'k1'), ('mcsv.net', 'k2')], pol='none',
                      prodid='-//Mailchimp//Event//EN', color='#241C15', mime='sendgrid', esp=True),
    'brevo': dict(name='Brevo', env='%s@bounces.brevosend.com', helo='smtp-relay.brevo.com', dkim=[('brevosend.com', 'mail')], pol='none',
                  prodid='-//Brevo//Campaign Event//EN', color='#0B996E', mime='sendgrid', esp=True),
    'hubspot': dict(name='HubSpot', env='%s@bf07x.hubspotemail.net', helo='bid4b.bf07x.hubspotemail.net', dkim=[('hubspotemail.net', 'hs1')], pol='none',
                    prodid='-//HubSpot Inc//HubSpot Marketing Events//EN', color='#FF7A59', mime='java', esp=True),
    'klaviyo': dict(name='Klaviyo', env='bounce+%s@send.klaviyomail.com', helo='send.klaviyomail.com', dkim=[('klaviyomail.com', 'kl')], pol='none',
                    prodid='-//Klaviyo//Events//EN', color='#111111', mime='sendgrid', esp=True),
}

# ------------------------------------------------------------------ hosting for payloads (legitimate services)
WORDS1 = ['secure', 'docs', 'review', 'portal', 'files', 'share', 'view', 'client', 'office', 'access', 'hub', 'team',
          'account', 'billing', 'payroll', 'benefits', 'verify', 'meeting', 'records', 'statement', 'vault']
WORDS2 = ['northwind', 'bluepeak', 'silverline', 'harbor', 'vertex', 'cobalt', 'maple', 'summit', 'crescent', 'ember',
          'granite', 'aspen', 'lumen', 'orbit', 'quartz', 'meridian']


class Ctx:
    def __init__(self, label, cat, idx, lang, setup, years, en_i):
        self.rng = random.Random('train11/%s/%s/%d' % (label, cat, idx))
        self.label, self.cat, self.idx, self.lang, self.setup, self.en_i = label, cat, idx, lang, setup, en_i
        y0, y1 = years
        start = dt.datetime(y0, 1, 4, 6, 0, 0)
        end = min(dt.datetime(y1, 12, 20, 20, 0, 0), END)
        self.arrival = start + dt.timedelta(seconds=self.rng.randrange(int((end - start).total_seconds())))
        self.tz = self.rng.choice(TZS[lang])
        off, _ = utc_offset(self.tz, self.arrival)
        self.local_arrival = self.arrival + dt.timedelta(minutes=off)
        src = SPAM if label == 'spam' else HAM
        self.T = src.get(cat, {}).get(lang) if lang != 'en' else None

    # ---- random helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def person(self, lang=None):
        return self.pick(PEOPLE[lang or self.lang])

    def org(self, lang=None, kind=None):
        L = ORGS[lang or self.lang]
        cand = [o for o in L if kind is None or o[2] == kind] or L
        return self.pick(cand)

    def slug(self):
        return '%s-%s%s' % (self.pick(WORDS2), self.pick(WORDS1), self.pick(['', str(self.rng.randint(2, 99))]))

    def code(self, n=6):
        return ''.join(self.pick('0123456789') for _ in range(n))

    def fmtdate(self, d):
        l = self.lang
        if l == 'en':
            return d.strftime('%B %d, %Y').replace(' 0', ' ')
        if l in ('ja', 'zh', 'zh-Hant'):
            return '%d年%d月%d日' % (d.year, d.month, d.day)
        if l == 'ko':
            return '%d년 %d월 %d일' % (d.year, d.month, d.day)
        return d.strftime('%d.%m.%Y')

    def amount(self, lo=49, hi=899):
        v = self.rng.randint(lo, hi) + self.pick([0.99, 0.0, 0.49, 0.95, 0.0])
        l = self.lang
        if l == 'en':
            return '$%.2f' % v if self.chance(0.8) else '£%.2f' % v
        if l in ('de', 'fr', 'es', 'it', 'nl', 'pt', 'el'):
            return ('%.2f €' % v).replace('.', ',')
        return {'pl': '%.2f zł' % (v * 4), 'ru': '%d ₽' % int(v * 90), 'ja': '¥%s' % format(int(v * 150), ','),
                'ko': '%s원' % format(int(v * 1300), ','), 'hi': '₹%s' % format(int(v * 83), ','), 'th': '%s บาท' % format(int(v * 35), ','),
                'tr': '%s ₺' % format(int(v * 32), ','), 'sv': '%d kr' % int(v * 10), 'ar': '%.2f ر.س' % (v * 3.75),
                'he': '₪%.2f' % (v * 3.7), 'zh': '¥%.2f' % (v * 7), 'zh-Hant': 'NT$%s' % format(int(v * 31), ',')}.get(l, '$%.2f' % v)

    def phone(self, tollfree=False):
        r = self.rng
        if tollfree or self.lang == 'en':
            return self.pick(['+1 (8%d%d) 555-01%02d', '1-8%d%d-555-01%02d', '+1 8%d%d 555 01%02d']) % (r.choice([0, 3, 4, 5, 6, 7, 8]), r.choice([0, 3, 4, 5, 6, 7, 8]), r.randint(0, 99))
        fmts = {'de': '+49 30 %d %d' % (r.randint(2000, 9999), r.randint(1000, 9999)), 'fr': '+33 1 %02d %02d %02d %02d' % tuple(r.randint(10, 99) for _ in range(4)),
                'es': '+34 91 %03d %02d %02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)), 'it': '+39 02 %d %d' % (r.randint(1000, 9999), r.randint(1000, 9999)),
                'pt': '+351 21 %03d %04d' % (r.randint(100, 999), r.randint(1000, 9999)), 'nl': '+31 20 %03d %04d' % (r.randint(100, 999), r.randint(1000, 9999)),
                'pl': '+48 22 %03d %02d %02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)), 'ru': '8 (800) %03d-%02d-%02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
                'el': '+30 210 %03d %04d' % (r.randint(100, 999), r.randint(1000, 9999)), 'ar': '+966 11 %03d %04d' % (r.randint(100, 999), r.randint(1000, 9999)),
                'he': '03-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)), 'zh': '400-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)),
                'zh-Hant': '02-%04d-%04d' % (r.randint(1000, 9999), r.randint(1000, 9999)), 'ja': '0120-%03d-%03d' % (r.randint(100, 999), r.randint(100, 999)),
                'ko': '1588-%04d' % r.randint(1000, 9999), 'hi': '1800-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)),
                'th': '02-%03d-%04d' % (r.randint(100, 999), r.randint(1000, 9999)), 'tr': '0850 %03d %02d %02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
                'sv': '08-%03d %02d %02d' % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99))}
        return fmts.get(self.lang, '+1 (800) 555-0100')

    def event_time(self, days=(2, 20), hours=(9, 17), dur=(30, 60), allday=False, minute_choices=(0, 0, 0, 30, 15)):
        d = self.local_arrival.date() + dt.timedelta(days=self.rng.randint(*days))
        if allday:
            s = dt.datetime(d.year, d.month, d.day)
            return s, s + dt.timedelta(days=1)
        s = dt.datetime(d.year, d.month, d.day, self.rng.randint(*hours), self.pick(minute_choices))
        return s, s + dt.timedelta(minutes=self.pick(list(range(dur[0], dur[1] + 1, 15))) if dur[1] > dur[0] else dur[0])

    # ---- payload hosting (legitimate services holding the real payload)
    def host_url(self, kinds=None):
        r = self.rng
        kinds = kinds or ['notion', 'gsites', 'canva', 'weebly', 'wix', 'webflow', 'pages', 'r2', 'firebase', 'gcs', 'sharepoint',
                          'dropbox', 'miro', 'padlet', 'framer', 'docs', 'adobe', 'glitch', 'evernote', 'onenote']
        k = self.pick(kinds)
        s = self.slug()
        t = self.pick(['Secure-Document', 'Shared-Files', 'Review-Portal', 'Document-Center', 'Client-Access', 'Payment-Details', 'Project-Files'])
        return {
            'notion': 'https://%s.notion.site/%s-%s' % (s, t, hexid(r, 32)),
            'gsites': 'https://sites.google.com/view/%s/home' % s,
            'canva': 'https://%s.my.canva.site/' % s,
            'weebly': 'https://%s.weebly.com/' % s,
            'wix': 'https://%s.wixsite.com/%s' % (self.pick(WORDS2) + str(r.randint(1, 999)), self.pick(WORDS1)),
            'webflow': 'https://%s.webflow.io/' % s,
            'pages': 'https://%s.pages.dev/' % s,
            'r2': 'https://pub-%s.r2.dev/%s.html' % (hexid(r, 32), t.lower()),
            'firebase': 'https://%s.web.app/' % s,
            'gcs': 'https://storage.googleapis.com/%s/%s.html' % (s, t.lower()),
            'sharepoint': 'https://%s-my.sharepoint.com/:b:/g/personal/%s/E%s?e=%s' % (self.pick(WORDS2) + self.pick(['corp', 'llc', 'group', 'inc']), self.pick(['admin', 'accounts', 'info', 'j_smith', 'office']) + '_' + self.pick(WORDS2) + '_com', alnum(r, 42), alnum(r, 6)),
            'dropbox': 'https://www.dropbox.com/scl/fi/%s/%s.pdf?rlkey=%s&dl=0' % (alnum(r, 21).lower(), t, alnum(r, 25).lower()),
            'miro': 'https://miro.com/app/board/uXjV%s=/' % alnum(r, 8),
            'padlet': 'https://padlet.com/%s/%s-%s' % (self.pick(WORDS2) + str(r.randint(10, 99)), t.lower(), alnum(r, 16).lower()),
            'framer': 'https://%s.framer.website/' % s,
            'docs': 'https://docs.google.com/presentation/d/1%s/edit?usp=sharing' % alnum(r, 43),
            'adobe': 'https://acrobat.adobe.com/id/urn:aaid:sc:US:%s' % uuid4(r),
            'glitch': 'https://%s.glitch.me/' % s,
            'evernote': 'https://www.evernote.com/shard/s%d/sh/%s/%s' % (r.randint(300, 700), uuid4(r), hexid(r, 32)),
            'onenote': 'https://1drv.ms/o/s!A%s' % alnum(r, 30),
            'jotform': 'https://form.jotform.com/%d' % r.randint(240000000000000, 249999999999999),
            'msforms': 'https://forms.office.com/r/%s' % alnum(r, 10),
            'gforms': 'https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform' % alnum(r, 48),
            'typeform': 'https://%s.typeform.com/to/%s' % (self.pick(WORDS2), alnum(r, 8)),
        }[k]

    def lookalike(self, brand):
        r = self.rng
        return self.pick(['%s-%s.com', '%s%s.net', '%s-%s-online.com', 'my%s-%s.com']) % (brand.lower().replace(' ', '').replace('.', ''), self.pick(['secure', 'support', 'billing', 'verify', 'portal', 'help', 'notice', 'account']))

    def fmt(self, s, **kw):
        try:
            return s.format(**kw)
        except KeyError as e:
            raise KeyError('%s in %r' % (e, s))


# ------------------------------------------------------------------ transports
def ip4(rng, net=None):
    net = net or rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 254))


def ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def rfcdate(d):
    from email.utils import format_datetime
    return format_datetime(d.replace(tzinfo=dt.timezone.utc)).replace('-0000', '+0000')


def transport_google(c, m, from_dom):
    r = c.rng
    n = r.randint(10, 99)
    env = '%s@calendar-server.bounces.google.com' % alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.')
    ip = ip4(r, '198.51.100')
    dk = [('google.com', '20230601', 'pass')]
    if from_dom == 'gmail.com':
        dk.insert(0, ('gmail.com', '20230601', 'pass'))
    elif from_dom != 'google.com':
        dk.insert(0, (from_dom, 'google', 'pass'))
    return dict(envelope=env, helo='mail-sor-f%d.google.com' % n, ip=ip, dkim=dk, spf='pass',
                dmarc=('pass', 'none' if from_dom == 'gmail.com' else c.pick(['reject', 'quarantine', 'none'])),
                received=['Received: by mail-sor-f%d.google.com with SMTP id %s for <%s>;%s\t%s' % (n, alnum(r, 20).lower(), m['rcpt'][1], CRLF, rfcdate(m['date']))],
                pre_dkim=[], hlist={'google.com': 'mime-version:reply-to:sender:message-id:date:subject:from:to:content-type',
                                    from_dom: 'mime-version:reply-to:sender:message-id:date:subject:from:to:content-type'})


def transport_exo(c, m, from_dom, consumer=False):
    r = c.rng
    region = c.pick(['eur05', 'eur04', 'nam12', 'nam10', 'apc01'])
    helo = 'mail-%son2%03d.outbound.protection.outlook.com' % (region + c.pick(['db8', 'am6', 'bn8', 'sy4', 'he1']), r.randint(10, 999))
    ip = ip4(r, '203.0.113') if c.chance(0.5) else ip6(r)
    host = '%s%04d' % (c.pick(['DB9PR08MB', 'AM6PR08MB', 'PAXPR08MB', 'VI1PR08MB', 'DU0PR08MB']), r.randint(1000, 9999))
    rcv = ['Received: from %s.%s.prod.outlook.com (%s) by%s\t%s.%s.prod.outlook.com (%s) with Microsoft SMTP%s\tServer (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
        host, 'eurprd08', ip6(r), CRLF, host, 'eurprd08', ip6(r), CRLF, r.randint(7000, 9300), r.randint(10, 40), rfcdate(m['date'] + dt.timedelta(seconds=1))),
           'Received: from %s.eurprd08.prod.outlook.com%s\t([fe80::%x:%x:%x:%x]) by %s.eurprd08.prod.outlook.com%s\t([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.%d.%d; %s' % (
        host, CRLF, r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), host, CRLF,
        r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(7000, 9300), r.randint(10, 40), rfcdate(m['date']))]
    m['exo_host'] = (host, 'eurprd08')
    sel = 'selector1' if consumer or c.chance(0.6) else 'selector2'
    return dict(envelope=m['sender']['addr'], helo=helo, rdns=helo, ip=ip, dkim=[(from_dom, sel, 'pass')], spf='pass',
                dmarc=('pass', 'none' if consumer else c.pick(['reject', 'quarantine', 'none'])), received=rcv,
                hlist={from_dom: 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'})


def transport_own(c, m, from_dom, dkim=True, spf='pass', dmarc=None, mta='Postfix', helo=None):
    r = c.rng
    helo = helo or c.pick(['mail.%s', 'smtp.%s', 'mx1.%s', 'mail01.%s']) % from_dom
    ip = ip4(r)
    client_ip = ip4(r, '198.51.100')
    if mta == 'Postfix':
        rcv = ['Received: from [192.168.%d.%d] (unknown [%s])%s\t(Authenticated sender: %s)%s\tby %s (Postfix) with ESMTPSA id %s;%s\t%s' % (
            r.randint(0, 20), r.randint(2, 250), client_ip, CRLF, m['sender']['addr'], CRLF, helo, ''.join(r.choice('0123456789ABCDEF') for _ in range(10)), CRLF, rfcdate(m['date']))]
    else:
        rcv = ['Received: from [%s] (port=%d helo=[192.168.1.%d])%s\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384%s\t(Exim 4.96.2)%s\t(envelope-from <%s>)%s\tid 1r%s-%s-%s;%s\t%s' % (
            client_ip, r.randint(50000, 65000), r.randint(2, 250), CRLF, helo, CRLF, CRLF, m['sender']['addr'], CRLF, alnum(r, 4), alnum(r, 6), alnum(r, 2), CRLF, rfcdate(m['date']))]
    dk = [(from_dom, c.pick(['default', 'mail', 'dkim', 's1', '2023%02d' % r.randint(1, 12), 'x']), 'pass')] if dkim else []
    if dmarc is None:
        dmarc = ('pass', c.pick(['none', 'quarantine', 'reject'])) if (dkim or spf == 'pass') else ('none', 'none')
    return dict(envelope=m.get('envelope') or m['sender']['addr'], helo=helo, ip=ip, dkim=dk, spf=spf, dmarc=dmarc, received=rcv)


def transport_icloud(c, m):
    r = c.rng
    helo = 'st43p00im-ztdg%08d.me.com' % r.randint(10 ** 7, 10 ** 8 - 1)
    return dict(envelope=m['sender']['addr'], helo=helo, ip=ip4(r, '192.0.2'), dkim=[('icloud.com', '1a1hai', 'pass')], spf='pass',
                dmarc=('pass', 'quarantine'),
                received=['Received: from [192.168.%d.%d] (unknown [%s])%s\tby %s (Postfix) with ESMTPSA id %s%s\tfor <%s>; %s' % (
                    r.randint(0, 20), r.randint(2, 250), ip4(r, '198.51.100'), CRLF, helo, hexid(r, 10).upper(), CRLF, m['rcpt'][1], rfcdate(m['date']))])


def transport_yahoo(c, m, dom):
    r = c.rng
    helo = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (r.randint(300, 330), r.randint(1, 40), c.pick(['bf2', 'gq1', 'ne1']))
    return dict(envelope=m['sender']['addr'], helo=helo, ip=ip4(r, '203.0.113'), dkim=[(dom, 's2048', 'pass')], spf='pass',
                dmarc=('pass', 'reject'),
                received=['Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (helo, rfcdate(m['date']))])


def transport_platform(c, m, p, from_dom=None, brand_dkim=None):
    r = c.rng
    env = p['env']
    if env.count('%') == 4:
        env = env % (r.randint(1, 20), alnum(r, 24).lower(), r.randint(10, 250), r.randint(10, 99))
    else:
        env = env % alnum(r, 24).lower()
    helo = p['helo']
    if '%d' in helo:
        helo = helo % (r.randint(10, 250), r.randint(10, 99))
    dk = [(d, s, 'pass') for d, s in p['dkim']]
    if brand_dkim:
        dk.insert(0, (brand_dkim, c.pick(['k1', 's1', 'mail', 'hs1']), 'pass'))
    fd = from_dom or m['sender']['addr'].split('@')[1]
    aligned = any(d == fd or fd.endswith('.' + d) or d.endswith('.' + fd) for d, s, _ in dk) or env.split('@')[1].endswith(fd)
    return dict(envelope=env, helo=helo, ip=ip4(r), dkim=dk, spf='pass', dmarc=('pass' if aligned else 'none', p.get('pol', 'none') if aligned else 'none'),
                received=['Received: by %s with SMTP id %s; %s' % (helo, alnum(r, 22), rfcdate(m['date']))] if c.chance(0.6) else [])


def transport_vps(c, m, mode):
    """spam sent from rented servers: spoofed or throw-away look-alike domains"""
    r = c.rng
    host = c.pick(['vps%d.%s' % (r.randint(1000, 99999), c.pick(['contabo-host.net', 'hostsailor.example', 'vmi-cloud.net', 'srv-node.example'])),
                   'server%d.%s' % (r.randint(1, 999), c.pick(['kvmhost.example', 'lowendbox-vm.net'])),
                   'mail.' + m['sender']['addr'].split('@')[1]])
    fd = m['sender']['addr'].split('@')[1]
    env = m.get('envelope') or m['sender']['addr']
    if mode == 'lookalike':
        return dict(envelope=env, helo='mail.' + fd, ip=ip4(r), dkim=[(fd, c.pick(['default', 'mail', 'dkim']), 'pass')], spf='pass', dmarc=('pass', 'none'),
                    received=['Received: from localhost (localhost [127.0.0.1])%s\tby mail.%s (Postfix) with ESMTPSA id %s%s\tfor <%s>; %s' % (CRLF, fd, hexid(r, 10).upper(), CRLF, m['rcpt'][1], rfcdate(m['date']))])
    if mode == 'vps-nodkim':
        return dict(envelope=env, helo=host, ip=ip4(r), dkim=[], spf='pass', dmarc=('pass', 'none'), received=[])
    # spoof
    spf = c.pick(['softfail', 'fail', 'neutral', 'none'])
    pol = 'none' if spf in ('neutral', 'none') else c.pick(['none', 'quarantine'])
    return dict(envelope=env, helo=host, ip=ip4(r), dkim=[], spf=spf, dmarc=('fail', pol) if spf != 'none' else ('none', 'none'),
                received=['Received: from %s (localhost [127.0.0.1])%s\tby %s (Postfix) with ESMTP id %s%s\tfor <%s>; %s' % (host, CRLF, host, hexid(r, 10).upper(), CRLF, m['rcpt'][1], rfcdate(m['date']))] if c.chance(0.5) else [])


def transport_list(c, m, list_dom, orig_dom, rewritten):
    r = c.rng
    rcv = ['Received: from %s (%s [%s])%s\tby lists.%s (Postfix) with ESMTPS id %s%s\tfor <%s>; %s' % (
        'mail.' + orig_dom, 'mail.' + orig_dom, ip4(r), CRLF, list_dom, hexid(r, 10).upper(), CRLF, m['list_addr'], rfcdate(m['date'] - dt.timedelta(seconds=40)))]
    dk = [(orig_dom, c.pick(['default', 'mail', 'google', 'selector1']), 'fail'), (list_dom, 'lists', 'pass')]
    dmarc = ('pass', 'none') if rewritten else ('fail', 'none')
    return dict(envelope='%s-bounces+%s=%s@%s' % (m['list_addr'].split('@')[0], m['rcpt'][1].split('@')[0], m['rcpt'][1].split('@')[1], list_dom),
                helo='lists.' + list_dom, ip=ip4(r), dkim=dk, spf='pass', dmarc=dmarc, received=rcv)
