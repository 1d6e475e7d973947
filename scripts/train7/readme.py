# SPDX-License-Identifier: CC0-1.0
# train7: README.md text, with counts computed from the generated items.
import collections

LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'nl': 'Dutch',
              'pt': 'Portuguese (Brazil)', 'pl': 'Polish', 'ru': 'Russian', 'uk': 'Ukrainian', 'tr': 'Turkish',
              'ja': 'Japanese', 'zh': 'Chinese', 'ko': 'Korean', 'ar': 'Arabic', 'he': 'Hebrew', 'id': 'Indonesian',
              'vi': 'Vietnamese', 'sv': 'Swedish', 'cs': 'Czech', 'ro': 'Romanian', 'hi': 'Hindi', 'th': 'Thai'}

CAT_DESC = {
    'romance': 'dating/romance lures (widow, soldier, engineer), sugar-daddy offers, sextortion; many with only a messaging handle or reply address',
    'invoice': 'unpaid invoices, parcel/customs fees, tolls, tax refunds, utility arrears, domain/SEO "renewals"',
    'bec': 'CEO/CFO fraud, gift cards, payroll diversion, vendor bank changes, "are you at your desk", advance fee and inheritance; free mail and look-alikes of example.net',
    'compromised': 'genuine partner mailboxes (DKIM/SPF/DMARC pass) sharing a "document"/"statement"/"secure message" through file-sharing and form services',
    'malware': 'fake meeting-client updates, ClickFix copy-and-paste lures, fake video-call software, attachments',
    'phish': 'credential phishing: Microsoft 365, PayPal, DocuSign, Adobe, voicemail, Apple, banks, mailbox quota',
    'callback': 'renewal and tech-support callback scams with phone numbers',
    'prize': 'prize, survey, gift-card, sale waves (iCloud 2016) and crypto/investment',
    'job': 'task/job scams steering to WhatsApp, Telegram or Signal',
    'nagging': 'alarm/recurrence/far-future nagging and payload only in the .ics',
    'payment_reminders': 'payment, tax, bill and fee reminders with amounts, mostly from family members and small businesses on free mail',
    'partner_shares': 'genuine SharePoint/OneDrive/Google Docs/Nextcloud shares between partners inside invitations',
    'it_notices': 'genuine IT notices about client updates, MFA, passwords, maintenance windows',
    'personal_invites': 'family and personal invitations in many languages, mostly from free mail',
    'bookings': 'airline, rail, ferry, hotel, restaurant, rental and ticket bookings with codes, amounts and phone numbers',
    'appointments': 'doctor, dentist, vet, bank and government appointments',
    'webinars_vendor': 'webinars with hundreds of attendees, vendor demos with "free/exclusive/offer", town halls',
    'community_series': 'school, club, church and association series without end; mailing-list and forwarded invitations',
    'work_meetings': 'ordinary meetings, recurring series, CANCEL/REPLY/COUNTER, updates with RECURRENCE-ID, forwards',
    'recruiting': 'genuine interview scheduling and offer calls',
}


def table(rows, head):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    for r in rows:
        out.append('| ' + ' | '.join(str(x) for x in r) + ' |')
    return '\n'.join(out)


def text(items):
    cats = collections.OrderedDict()
    for (p, _, label, cat, lang, mal, meta) in items:
        cats.setdefault((label, cat), []).append(lang)
    langs = collections.Counter()
    side = {'spam': collections.Counter(), 'ham': collections.Counter()}
    for (p, _, label, cat, lang, mal, meta) in items:
        langs[lang] += 1
        side[label][lang] += 1
    cl = collections.Counter(m['cl'] for *_x, m in items)
    mals = [(p, mal) for (p, _, _, _, _, mal, _) in items if mal]
    cs = collections.Counter(m['cs'] for *_x, m in items)
    nspam = sum(1 for i in items if i[2] == 'spam')
    nham = len(items) - nspam
    L = []
    L.append('# train7: synthetic iMIP calendar-invitation corpus (spam and ham)\n')
    L.append('A labelled development and training corpus for Calguard: %d RFC 5322 messages (%d spam, %d ham), '
             'each carrying at least one iCalendar object (iMIP, RFC 6047 / RFC 5545). Every message was written '
             'for this corpus and is produced byte for byte by `scripts/train7/gen.py`. It was written without '
             'looking at the detector, its rules, tests or other corpora, and is weighted towards the cases a '
             'detector finds hardest: quiet, chatty spam with no link, spam that passes SPF/DKIM/DMARC from '
             'genuine or freshly registered domains, compromised partner mailboxes, and ham that looks like spam '
             '(reminders about money from free mail, document shares, IT notices about updates and MFA, bookings '
             'with phone numbers and amounts).\n' % (len(items), nspam, nham))
    L.append('## Licence\n')
    L.append('CC0 1.0 Universal (public domain dedication). The generator and checker carry the same licence.\n')
    L.append('## Layout\n')
    L.append('- `labels.tsv`: `path<TAB>label<TAB>category<TAB>description` (description left empty)\n'
             '- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`\n'
             '- all files use CRLF line ends\n')
    L.append('## Categories\n')
    rows = [(label, cat, len(v), CAT_DESC.get(cat, '')) for (label, cat), v in cats.items()]
    L.append(table(rows, ['label', 'category', 'count', 'what']) + '\n')
    L.append('## Languages\n')
    rows = [(k, LANG_NAMES.get(k, k), side['spam'][k], side['ham'][k], langs[k])
            for k, _ in sorted(langs.items(), key=lambda x: (-x[1], x[0]))]
    L.append(table(rows, ['code', 'language', 'spam', 'ham', 'total']) + '\n')
    L.append('Non-English texts are written the way native speakers (or, for spam, the spammers) write them.\n')
    L.append('## Formats\n')
    L.append('Sending clients and structures (the `cl` preset of each record; some are wrapped as forwards or '
             'mailing-list posts):\n')
    names = {'google': 'Google Calendar: mixed(alternative(plain, html, text/calendar), application/ics invite.ics)',
             'm365': 'Exchange Online / Outlook: alternative(plain, html, text/calendar base64), Windows zones, X-MICROSOFT-CDO-*, Teams blocks',
             'olk': 'Outlook desktop on self-hosted servers, X-ALT-DESC', 'olkbare': 'Outlook desktop, bare text/calendar body',
             'olcom': 'Outlook.com / Hotmail', 'icloud': 'iCloud calendar server, text/calendar attachment',
             'applemail': 'Apple Mail', 'tb': 'Thunderbird: mixed(alternative(plain, text/calendar), application/ics)',
             'nc': 'Nextcloud (Sabre) "via" mails with Reply-To', 'zimbra': 'Zimbra', 'sogo': 'SOGo', 'fastmail': 'Fastmail (Cyrus)',
             'proton': 'Proton', 'yahoo': 'Yahoo Calendar', 'zoho': 'Zoho Mail', 'zoom': 'Zoom webinar/meeting mails',
             'calendly': 'Calendly', 'eventbrite': 'Eventbrite', 'bulk': 'bulk platforms (SendGrid, Amazon SES, Mailgun, Mandrill)',
             'lib': 'generic libraries (PHPMailer and others) on VPS/look-alike domains', 'bare': 'bare text/calendar message',
             'gmailatt': 'Gmail web with an attached .ics', 'webatt': 'other free-mail webmailers with application/octet-stream invite.ics',
             'icsonly': '.ics-only messages (no text part)', 'yandex': 'Yandex'}
    rows = [(k, v, names.get(k, '')) for k, v in sorted(cl.items(), key=lambda x: (-x[1], x[0]))]
    L.append(table(rows, ['preset', 'messages', 'structure']) + '\n')
    wraps = collections.Counter(m['wrap'] for *_x, m in items if m['wrap'])
    L.append('Wrappers: %s (`fwd` = message/rfc822 forward, `olfw` = Outlook "FW:" with the .ics attached, `list` = '
             'Mailman 3 post with footer and broken DKIM).\n' % ', '.join('%s %d' % kv for kv in sorted(wraps.items())))
    L.append('Body charsets: %s. Headers use RFC 2047 B or Q words in the same charset. Transfer encodings: '
             '7bit, 8bit, quoted-printable and base64. iCalendar lines are folded at 75 octets without splitting '
             'UTF-8 sequences; events use VTIMEZONE (IANA or Windows names), VALARM, RRULE, RECURRENCE-ID, '
             'ATTENDEE parameters, ORGANIZER CN and SENT-BY, SEQUENCE, STATUS, X-ALT-DESC, ATTACH, CONFERENCE, URL '
             'and METHOD REQUEST/PUBLISH/CANCEL/REPLY/COUNTER.\n' % ', '.join('%s %d' % kv for kv in sorted(cs.items())))
    L.append('Deliberately malformed messages (about 5 % per side; `lf` = LF-only line ends inside the base64 '
             'calendar part, `no_end` = END:VCALENDAR missing, `unfolded` = long lines not folded, `no_uid` = VEVENT '
             'without UID, `floating` = times without a zone, `novtz` = TZID without VTIMEZONE, `8bit_ascii` = 8-bit '
             'text in a part declared us-ascii, `method_mismatch` = Content-Type method differs from METHOD):\n')
    L.append('\n'.join('- `%s`: %s' % m for m in mals) + '\n')
    L.append('## Trace headers and authentication\n')
    L.append('Each message starts with what the receiving Postfix MX writes: `Return-Path`, `Delivered-To`, '
             '`Authentication-Results: mx.example.net; dkim=...; spf=...; dmarc=...`, the MX `Received`, then the '
             'sending side\'s own `Received` lines, `DKIM-Signature`, ARC or platform headers, then the original '
             'headers and body. Results follow the sender: pass for Google, Microsoft 365, iCloud, Yahoo, bulk '
             'platforms, compromised tenants and freshly registered look-alike domains (much of the spam passes); '
             'none or softfail for small self-hosted servers; fail for spoofed senders, forwards and mailing lists '
             '(on the ham side too). Signatures and hashes are random placeholders, not real signatures.\n')
    L.append('## Names, addresses, numbers\n')
    L.append('- The receiving organisation is `example.net`; recipients are `first.last@example.net`, a few at '
             'invented consumer domains (`homemail.test`, ...). People are invented.\n'
             '- Legitimate organisations use invented `.example` / `.test` domains. Real brand and platform names '
             'appear only as sending platforms (Google Calendar, Microsoft 365, iCloud, Yahoo, Zoom, Calendly, '
             'Eventbrite, public file-sharing/form services, free-mail providers) or as the impersonated target '
             'in spam. Spam look-alike and payload domains are invented.\n'
             '- IPv4 addresses come from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24; internal hops use RFC '
             '1918 addresses.\n'
             '- Phone numbers use fictional ranges: NANP 555-01xx, UK 01632 960xxx and 07700 900xxx, France '
             '01 99 00 xx xx, and "555 01xx"-style numbers elsewhere. Bank details, card numbers and crypto '
             'addresses are invented.\n'
             '- Arrival dates (Date and the MX Received) spread from 2016 to October 2026 (campaign waves keep '
             'their era, e.g. iCloud sale spam in late 2016); event times are relative to arrival.\n')
    L.append('## Regenerate and check\n')
    L.append('From the worktree root (Python 3.11, standard library only):\n\n```\npython3 scripts/train7/gen.py\n'
             'python3 scripts/train7/check.py\n```\n\n`gen.py` renders every message from its own '
             '`random.Random("train7/<label>/<category>/<index>")` and rewrites this directory. `check.py` '
             'regenerates in memory and compares with the files on disk, checks CRLF, that `labels.tsv` matches the '
             'files, that every message parses with Python\'s `email` package and carries a VCALENDAR with at least '
             'one VEVENT, and prints counts per category and language.\n')
    return '\n'.join(L)
