#!/usr/bin/env python3
"""Generate the train19 calendar anti-spam exam corpus (deterministic).

usage: python3 gen.py [OUTDIR]      (default: out/ beside this file)
"""
import collections
import email
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from t19lib import core, clients, langs  # noqa: E402
from t19lib import spam, ham  # noqa: E402

SEED = 19190319

CLIENT_TARGET = collections.OrderedDict([
    ('google', 30), ('outlook', 26), ('teams', 8), ('icloud', 12), ('applemail', 8), ('thunderbird', 10),
    ('zoom', 6), ('nextcloud', 7), ('zimbra', 7), ('yahoo', 8), ('sogo', 5), ('custom', 33)])
ALL_BUT_ZOOM = [c for c in CLIENT_TARGET if c != 'zoom']
FLEX_CHARSET = ('custom', 'thunderbird', 'applemail', 'zimbra', 'sogo')
SPAM_ZOOM_OK = {'crypto-investment', 'fake-update-lure', 'task-job-scam', 'prize-survey-giftcard', 'mass-invite', 'compromised-docshare'}

CLIENT_LABEL = {
    'google': 'Google Calendar', 'outlook': 'Microsoft Outlook / Exchange', 'teams': 'Outlook with Teams meeting',
    'icloud': 'iCloud Calendar (server iMIP)', 'applemail': 'Apple Calendar.app via Mail', 'thunderbird': 'Thunderbird / Lightning',
    'zoom': 'Zoom', 'nextcloud': 'Nextcloud (Sabre)', 'zimbra': 'Zimbra', 'yahoo': 'Yahoo Calendar', 'sogo': 'SOGo',
    'custom': 'booking engines, schedulers, CRMs and hand-rolled tools'}


def plan(categories, label):
    rng = core.R
    remaining = dict(CLIENT_TARGET)
    items = []
    for name, fn, nonen, n_en, allowed in categories:
        if allowed is None:
            allowed = ALL_BUT_ZOOM + (['zoom'] if label == 'spam' and name in SPAM_ZOOM_OK else [])
        lgs = ['en'] * n_en + list(nonen)
        rng.shuffle(lgs)
        items.append((name, fn, lgs, allowed))
    out = {}
    for name, fn, lgs, allowed in sorted(items, key=lambda x: len(x[3])):
        chosen = []
        for lg in lgs:
            cand = [c for c in allowed if remaining[c] > 0] or list(allowed)
            weights = [max(remaining[c], 0) ** 1.5 + 0.2 for c in cand]
            c = rng.choices(cand, weights)[0]
            remaining[c] -= 1
            chosen.append((lg, c))
        out[name] = (fn, chosen)
    return [(name, out[name][0], out[name][1]) for name, _, _, _ in items]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    core.seed(SEED)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    rows = []
    used_cs = collections.defaultdict(set)
    stats = collections.defaultdict(collections.Counter)
    for label, mod in (('spam', spam), ('ham', ham)):
        for name, fn, chosen in plan(mod.CATEGORIES, label):
            d = os.path.join(outdir, label, name)
            os.makedirs(d, exist_ok=True)
            for i, (lg, client) in enumerate(chosen, 1):
                s = fn(lg, client, i)
                # clients that honour the user's outgoing-charset preference: make sure the legacy
                # charsets of each language actually occur on both sides
                if client == 'outlook' and lg != 'en' and not s.variant and not s.fwd and core.chance(0.4):
                    s.variant = 'desktop'
                if lg != 'en' and (client in FLEX_CHARSET or s.variant == 'desktop') and not s.charset and not s.fwd:
                    legacy = [c for c in langs.LEGACY['zht' if s.zht else lg] if c != 'utf-8']
                    unused = [c for c in legacy if c not in used_cs[label]]
                    if unused or (legacy and core.chance(0.3)):
                        s.charset = (unused or legacy)[0]
                        used_cs[label].add(s.charset)
                data = clients.render(s)
                rel = '%s/%s/%03d.eml' % (label, name, i)
                with open(os.path.join(outdir, rel), 'wb') as f:
                    f.write(data)
                for part in email.message_from_bytes(data).walk():
                    if part.get_content_maintype() == 'text' and part.get_content_charset():
                        stats['charset'][part.get_content_charset().lower()] += 1
                    if not part.is_multipart():
                        stats['cte'][(part.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
                desc = '%s [%s, %s]' % (s.desc_line, langs.NAME[lg], client)
                rows.append((rel, label, name, desc.replace('\t', ' ').replace('\n', ' ')))
                stats[label + ':cat'][name] += 1
                stats[label + ':lang'][lg] += 1
                stats[label + ':client'][client] += 1
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    write_readme(outdir, stats)
    for k in sorted(stats):
        print(k, dict(stats[k]))
    print('wrote %d messages to %s' % (len(rows), outdir))


SPAM_DESC = {
    'retail-sale-wave': 'Counterfeit/clearance "sale" waves (sunglasses, bags, shoes) pushed as invitations, many attendees',
    'prize-survey-giftcard': 'Prize, loyalty-reward, survey and gift-card lures',
    'crypto-investment': 'Crypto withdrawal lures, AI-trading platforms, presales, "account manager" investment fraud',
    'dating-sextortion': 'Dating lures and sextortion with Bitcoin demands',
    'fee-scam': 'Parcel redelivery, toll, tax refund, fine and customs small-fee scams',
    'credential-phish': 'Credential phishing under Microsoft 365, DocuSign, PayPal, Adobe, Dropbox, banks, government',
    'callback-scam': 'Fake renewals/invoices that only give a phone number (callback phishing)',
    'fake-update-lure': 'Fake meeting-client updates and "paste this command" lures',
    'bec': 'Business e-mail compromise: CEO urgency, gift cards, supplier bank-detail and payroll changes',
    'advance-fee': 'Advance-fee fraud: compensation funds, inheritance, lottery donations',
    'task-job-scam': 'Task/job scams moving victims to WhatsApp, Telegram or LINE',
    'compromised-docshare': 'Document-share lures sent from compromised partner mailboxes',
    'nagging-payload': 'Promotions with endless recurrence, dozens of alarms, far-future dates or event floods',
    'mass-invite': 'Promotions sent as one invitation to hundreds of unrelated attendees',
}
HAM_DESC = {
    'travel-booking': 'Airline and rail bookings/itineraries with references, fares and phone numbers',
    'hotel-restaurant': 'Hotel and restaurant reservations (codes, deposits, PUBLISH)',
    'medical-appointment': 'Doctor, dentist and telehealth appointments from practices and schedulers',
    'webinar-conference': 'Vendor webinars and conferences, often "free"/"offer" wording, up to hundreds of attendees',
    'community-series': 'School, church, club and sports series without end date, sent from free mail',
    'it-notice': 'Internal IT maintenance, password-expiry and MFA notices',
    'doc-share-meeting': 'Colleagues\' meetings that share document links',
    'finance-reminder': 'Payment reminders, payroll cut-offs and bank-detail fraud warnings',
    'recruiter-interview': 'Recruiter and applicant-tracking interview invitations',
    'forwarded-invite': 'Invitations forwarded by colleagues (inline or as message/rfc822)',
    'list-copy': 'Invitations relayed by mailing lists (DKIM broken, some with From munging)',
    'reply-cancel': 'METHOD:REPLY from attendees to the recipient-organiser, and CANCELs',
    'personal-invite': 'Friends and family invitations',
    'support-callback': 'Support callbacks and technician visits the customer asked for',
}


def write_readme(outdir, stats):
    L = ['# train19 — labelled calendar-invitation exam corpus', '',
         'A sealed test corpus of %d RFC 5322 messages (%d spam, %d ham) that carry iCalendar objects '
         '(RFC 5545/5546/6047), written to measure a calendar anti-spam filter on mail it has never seen.' % (
             sum(stats['spam:cat'].values()) + sum(stats['ham:cat'].values()), sum(stats['spam:cat'].values()), sum(stats['ham:cat'].values())),
         '', 'Generated by `gen.py` (deterministic, fixed seed %d, Python 3 standard library only). '
         'Every text, name, address and message here was written or generated for this corpus; no message was copied from anywhere.' % SEED,
         '', '## Layout', '',
         '- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`',
         '- `labels.tsv`: `path`, `label`, `category`, `description` (path relative to this directory)',
         '- Every message starts with the receiving MX headers (`Return-Path`, `Delivered-To`, `Authentication-Results: mx.example.net`, '
         '`Received ... by mx.example.net (Postfix)`), followed by the sender side\'s own trace and DKIM-Signature headers. '
         'Only the `mx.example.net` results are meant to be trusted. IP addresses are from 192.0.2.0/24, 198.51.100.0/24, '
         '203.0.113.0/24 and 2001:db8::/32; DKIM signatures are syntactically plausible but not cryptographically valid.',
         '- Arrival dates range from 2016 to November 2026.', '',
         '## Spam categories', '', '| category | count | what |', '|---|---:|---|']
    for k, v in stats['spam:cat'].items():
        L.append('| %s | %d | %s |' % (k, v, SPAM_DESC[k]))
    L += ['| **total** | **%d** | |' % sum(stats['spam:cat'].values()), '', '## Ham categories', '', '| category | count | what |', '|---|---:|---|']
    for k, v in stats['ham:cat'].items():
        L.append('| %s | %d | %s |' % (k, v, HAM_DESC[k]))
    L += ['| **total** | **%d** | |' % sum(stats['ham:cat'].values()), '', '## Languages', '', '| language | spam | ham |', '|---|---:|---:|']
    for lg in sorted(set(stats['spam:lang']) | set(stats['ham:lang']), key=lambda x: (x != 'en', langs.NAME[x])):
        L.append('| %s | %d | %d |' % (langs.NAME[lg], stats['spam:lang'][lg], stats['ham:lang'][lg]))
    L += ['', 'Charsets of text parts: ' + ', '.join('%s (%d)' % kv for kv in sorted(stats['charset'].items(), key=lambda x: -x[1])) + '.',
          '', 'Transfer encodings of leaf parts: ' + ', '.join('%s (%d)' % kv for kv in sorted(stats['cte'].items(), key=lambda x: -x[1])) + '.',
          '', '## Sending clients', '',
          'Both labels were assigned clients from the same target distribution, so the client alone says nothing about the label.', '',
          '| client family | spam | ham |', '|---|---:|---:|']
    for c in CLIENT_TARGET:
        L.append('| %s (`%s`) | %d | %d |' % (CLIENT_LABEL[c], c, stats['spam:client'][c], stats['ham:client'][c]))
    L += ['', 'Layouts follow the clients: Google Calendar (multipart/mixed → alternative with text/plain, text/html, '
          'text/calendar plus invite.ics, Sender calendar-notification@google.com), Exchange Online/on-prem and Outlook 16 MIMEDIR '
          '(X-MICROSOFT-CDO-*, X-MS-OLK-*, Teams properties), iCloud and Calendar.app, Thunderbird/Lightning, Zoom, Nextcloud/Sabre, '
          'Zimbra, Yahoo, SOGo, booking engines and schedulers, Mailman 2/3 list copies, forwarded messages, and hand-rolled tools '
          '(odd PRODIDs, missing METHOD, disagreeing method parameter, unfolded or mis-folded lines, bare LF inside base64).',
          '', '## Licence', '', 'CC0 1.0 Universal — public domain dedication. https://creativecommons.org/publicdomain/zero/1.0/', '',
          'Domains are reserved (example.*, .test) or invented; real brand names appear only in message text and in look-alike '
          'domains, as they would in real spam. Phone numbers, booking codes, IBANs and wallet addresses are invented (US numbers use the 555-01xx fiction range).', '']
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
