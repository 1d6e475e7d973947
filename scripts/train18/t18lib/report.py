# -*- coding: utf-8 -*-
"""Write out/README.md with statistics computed from the generated files."""
import collections
import email
import email.policy
import os
import re

LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
              'zh': 'Chinese (Simplified)', 'zh-TW': 'Chinese (Traditional)', 'ja': 'Japanese', 'ko': 'Korean',
              'hi': 'Hindi', 'th': 'Thai'}

CAT_TEXT = {
    'retail-sale': 'Counterfeit/outlet "sale" waves (sunglasses, bags, shoes, gummies), iCloud-style blasts to many attendees',
    'prize-survey-lure': 'Gift-card, prize and "customer survey" lures, reward points expiring',
    'crypto-investment': 'Crypto withdrawal/airdrop baits, AI-trading webinars, account-manager and recovery scams',
    'dating-sextortion': 'Dating lures and sextortion/blackmail with a BTC wallet',
    'fee-scam': 'Parcel redelivery/customs, toll, traffic fine and tax-refund fee scams',
    'credential-phish': 'Credential phishing under Microsoft 365, DocuSign, PayPal, banks, Adobe, Dropbox, government portals',
    'callback-scam': 'Subscription-renewal / fake-invoice callback scams (phone number only, no link)',
    'fake-update-lure': 'Fake meeting-client updates, "paste this command" verification lures',
    'bec': 'Business e-mail compromise: CEO fraud, gift cards, supplier bank-detail change, payroll change',
    'advance-fee': 'Inheritance, compensation, consignment and "business proposal" advance-fee fraud',
    'task-job-scam': 'Task/job scams moving the victim to WhatsApp, Telegram, LINE or KakaoTalk',
    'compromised-doc-share': 'Document-share lures sent from (compromised) partner mailboxes',
    'nagging-payload': 'Endless recurrence, dozens of alarms, far-future dates, VTODO nags',
    'mass-invite': 'Invitations with hundreds of unrelated attendees (loans, pharmacy, casino, solar)',
    'travel-booking': 'Airline, rail, hotel, car-rental and ferry confirmations (codes, amounts, phone numbers, PUBLISH)',
    'appointment-booking': 'Doctor, dentist, restaurant, hairdresser, vet and garage appointments',
    'vendor-webinar': 'Vendor webinars, conferences and all-hands with "free"/"offer" wording and large guest lists',
    'community-series': 'School, church, club and scout series without end date, mostly from free mail',
    'it-notice': 'IT maintenance windows, password-expiry reminders, MFA sessions, training',
    'doc-share': 'Colleagues sharing documents (Google Docs, SharePoint, Nextcloud, Dropbox links)',
    'finance-reminder': 'Payment runs, month-end close, invoice reminders and bank-detail fraud *warnings*',
    'recruiter': 'Interview invitations, recruiter calls, offer discussions',
    'forwarded-invite': 'Invitations forwarded by a colleague or relative (inline or as message/rfc822)',
    'mailing-list-copy': 'Invitations received through mailing lists / Google Groups (original DKIM broken)',
    'reply-cancel': 'METHOD:REPLY answers to meetings the recipient organised, and cancellations',
    'personal': 'Friends and family: parties, dinners, trips',
    'support-callback': 'Support callbacks and installation/adviser appointments the recipient asked for',
    'team-meeting': 'Ordinary internal meetings, 1:1s, kickoffs, retros',
}


def _client_of(desc):
    m = re.search(r'; (?:forwarded via )?(.+?) (REQUEST|PUBLISH|REPLY|CANCEL)', desc)
    c = m.group(1) if m else '?'
    return re.sub(r' via (Google Group|mailing list)$', '', c)


def stats(outdir, rows):
    S = collections.defaultdict(collections.Counter)
    for rel, label, cat, desc, spec in rows:
        S['lang_' + label][spec['lang']] += 1
        S['client_' + label][_client_of(desc)] += 1
        S['method_' + label][spec['method']] += 1
        if spec.get('list'):
            S['via_' + label]['mailing list / group'] += 1
        if spec.get('forward'):
            S['via_' + label]['forwarded'] += 1
        with open(os.path.join(outdir, rel), 'rb') as f:
            msg = email.message_from_binary_file(f, policy=email.policy.compat32)
        ar = msg.get_all('Authentication-Results')[0]
        for k in ('dkim', 'spf', 'dmarc'):
            m = re.search(r'\b%s=(\w+)' % k, ar)
            S['%s_%s' % (k, label)][m.group(1) if m else '?'] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            cs = part.get_param('charset')
            if cs:
                S['charset_' + label][cs.lower()] += 1
            S['cte_' + label][(part.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
        y = spec['arrival'].year
        S['year_' + label][y] += 1
    return S


def table(title, cs, cats_spam, cats_ham, S, keyfmt=None):
    pass


def write_readme(outdir, rows, spam_cats, ham_cats):
    S = stats(outdir, rows)
    cnt = collections.Counter((r[1], r[2]) for r in rows)
    L = []
    L.append('# train18 – calendar-invitation spam/ham exam corpus\n')
    L.append('A sealed, labelled test corpus of %d RFC 5322 messages (%d spam, %d ham) that carry iCalendar '
             '(RFC 5545/5546/6047) invitations. It is meant to be run once, as an exam, against a calendar '
             'anti-spam filter that was developed without seeing it. Every message was generated by `gen.py` '
             '(deterministic, fixed seed, Python 3 standard library only) from text written for this corpus; no '
             'message was copied from anywhere.\n' % (len(rows), cnt and sum(v for (l, _), v in cnt.items() if l == 'spam'),
                                                     sum(v for (l, _), v in cnt.items() if l == 'ham')))
    L.append('## Layout\n')
    L.append('```\nspam/<category>/NNN.eml\nham/<category>/NNN.eml\nlabels.tsv   path<TAB>label<TAB>category<TAB>description\n```\n')
    L.append('Every message starts with the headers the receiving MX `mx.example.net` (Postfix) adds: `Return-Path`, '
             '`Delivered-To`, one `Authentication-Results: mx.example.net` (dkim/spf/dmarc matching the sender set-up) '
             'and the MX `Received` line; below follow the sender side\'s `Received` lines, `DKIM-Signature`s (when '
             'the sender signs) and the client\'s own headers. Any other `Authentication-Results` header further down '
             'was written by someone else and is not trustworthy. IP addresses are from the documentation ranges; '
             'organisation domains are fictional; big mail/calendar providers (gmail.com, outlook.com, icloud.com, '
             'yahoo.com, zoom.us, regional free-mail services) appear under their real names because the clients '
             'are reproduced as they really send. All files use CRLF line ends.\n')
    for label, cats in (('spam', spam_cats), ('ham', ham_cats)):
        L.append('## %s categories\n' % label.capitalize())
        L.append('| category | count | what |\n|---|---:|---|')
        for key, cname, n in cats:
            L.append('| `%s` | %d | %s |' % (cname, cnt[(label, cname)], CAT_TEXT.get(cname, '')))
        L.append('| **total** | **%d** | |\n' % sum(cnt[(label, c)] for _, c, _ in cats))
    L.append('## Languages\n')
    L.append('| language | spam | ham |\n|---|---:|---:|')
    langs = sorted(set(S['lang_spam']) | set(S['lang_ham']), key=lambda x: (x != 'en', LANG_NAMES.get(x, x)))
    for lg in langs:
        L.append('| %s (`%s`) | %d | %d |' % (LANG_NAMES.get(lg, lg), lg, S['lang_spam'][lg], S['lang_ham'][lg]))
    L.append('')
    L.append('## Sending clients / services\n')
    L.append('Both labels are spread over the same clients in the same proportions (the client says nothing about '
             'the label).\n')
    L.append('| client | spam | ham |\n|---|---:|---:|')
    for c in sorted(set(S['client_spam']) | set(S['client_ham'])):
        L.append('| %s | %d | %d |' % (c, S['client_spam'][c], S['client_ham'][c]))
    L.append('')
    L.append('Reproduced layouts: Google Calendar (multipart/mixed → multipart/alternative text/plain + text/html + '
             'text/calendar, plus invite.ics as application/ics, `Sender: calendar-notification@google.com`), '
             'Microsoft Exchange Online / Outlook desktop / Teams (X-MICROSOFT-CDO-*, X-MS-OLK-*, Windows time-zone '
             'names, TNEF-free), iCloud server and Apple Calendar via Apple Mail, Thunderbird/Lightning, Zoom, '
             'Nextcloud, Zimbra, Yahoo Calendar, SOGo, booking/scheduling systems sent through e-mail service '
             'providers, Mailman and Google Groups list copies, forwarded invitations, and hand-rolled scripts '
             '(PHPMailer, Python, swaks-style; odd PRODIDs, missing or disagreeing METHOD, unfolded lines, bare LF '
             'inside base64 parts, missing VTIMEZONE).\n')
    for key, title in (('via', 'Transport wrappers'), ('method', 'iTIP methods (Content-Type / main)'),
                       ('dkim', 'dkim= at mx.example.net'), ('spf', 'spf= at mx.example.net'),
                       ('dmarc', 'dmarc= at mx.example.net'), ('cte', 'Content-Transfer-Encoding of leaf parts'),
                       ('charset', 'charset parameters of leaf parts'), ('year', 'Arrival year')):
        L.append('### %s\n' % title)
        L.append('| value | spam | ham |\n|---|---:|---:|')
        ks = sorted(set(S[key + '_spam']) | set(S[key + '_ham']), key=str)
        for k in ks:
            L.append('| %s | %d | %d |' % (k, S[key + '_spam'][k], S[key + '_ham'][k]))
        L.append('')
    L.append('## Licence\n')
    L.append('CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated by '
             'the author of `gen.py`; no message was copied from any source. Brand names appear only as the '
             'objects of impersonation, as they do in real fraud.\n')
    L.append('## Reproduction\n')
    L.append('Generated by `gen.py` (`python3 gen.py [OUTDIR]`); verified by `check.py` '
             '(`python3 check.py [CORPUSDIR]`).\n')
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))
