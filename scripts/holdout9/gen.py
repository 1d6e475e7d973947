#!/usr/bin/env python3
"""Generate the holdout9 calendar-invitation exam corpus into ./out/.

Deterministic: every message is built from its own random.Random seeded with
a fixed string derived from (label, category, index), so re-running gives
byte-identical output.  Python 3 standard library only.

    python3 gen.py            # writes out/
"""
import collections
import email
import email.policy
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from h9lib.build import build_msg                      # noqa: E402
from h9lib.langs import LANGS                          # noqa: E402
from h9lib.data import spam1, spam2, spam3, ham1, ham2, ham3  # noqa: E402

# The repository keeps the output in corpus/holdout9; HOLDOUT9_OUT=that path regenerates or checks it in place.
OUT = os.environ.get('HOLDOUT9_OUT', os.path.join(HERE, 'out'))
SEED_NOTE = 'per-message seeds: "h9|<label>|<category>|<NNN>"'

CLIENT_NAMES = {
    'google': 'Google Calendar (calendar-notification@google.com)',
    'ms:exo': 'Microsoft Exchange Online / Outlook / Teams',
    'ms:desktop': 'Microsoft Outlook desktop (MIMEDIR) over SMTP',
    'ms:onprem': 'Microsoft Exchange Server on-premises',
    'apple:mail': 'Apple Calendar.app via Apple Mail (macOS)',
    'apple:ios': 'Apple Calendar via iPhone Mail (iOS)',
    'apple:icloud': 'Apple iCloud calendar server (iMIP)',
    'thunderbird': 'Mozilla Thunderbird / Lightning',
    'zimbra': 'Zimbra Collaboration',
    'nextcloud': 'Nextcloud Calendar (Sabre/DAV)',
    'sogo': 'SOGo groupware',
    'yahoo': 'Yahoo Mail / Calendar',
    'zoom': 'Zoom (registration / scheduler mail)',
    'booking': 'Booking and scheduling systems (airline, rail, hotel, clinic, restaurant, ATS, status page ...)',
    'tool:phpmailer': 'Hand-rolled: PHPMailer',
    'tool:python': 'Hand-rolled: Python email/smtplib script',
    'tool:nodemailer': 'Hand-rolled: Node.js nodemailer',
    'tool:javamail': 'Hand-rolled: JavaMail',
    'tool:dotnet': 'Hand-rolled: .NET System.Net.Mail',
    'tool:bulk': 'Hand-rolled: bulk-mailer software',
    'tool:raw': 'Hand-rolled: bare text/calendar message',
    'fwd:gmail': 'Forward: Gmail forward with the original invite.ics',
    'fwd:outlook': 'Forward: Outlook "FW:" meeting forward',
    'fwd:attach': 'Forward: Thunderbird forward as attached message/rfc822',
    'list:mailman': 'Mailing list: Mailman 3',
    'list:groups': 'Mailing list: Google Groups',
    'list:groupsio': 'Mailing list: groups.io',
    'list:sympa': 'Mailing list: Sympa',
}


def main():
    t0 = time.time()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    stats = {'spam': collections.Counter(), 'ham': collections.Counter()}
    langs = {'spam': collections.Counter(), 'ham': collections.Counter()}
    clients = {'spam': collections.Counter(), 'ham': collections.Counter()}
    charsets = collections.Counter()
    cat_desc = {}
    for label, mods in (('spam', (spam1, spam2, spam3)), ('ham', (ham1, ham2, ham3))):
        for mod in mods:
            for cat, cdesc, scenarios in mod.CATEGORIES:
                cat_desc[(label, cat)] = cdesc
                d = os.path.join(OUT, label, cat)
                os.makedirs(d, exist_ok=True)
                for i, sc in enumerate(scenarios, 1):
                    data, m = build_msg(sc, label, cat, i)
                    rel = '%s/%s/%03d.eml' % (label, cat, i)
                    with open(os.path.join(OUT, rel), 'wb') as fh:
                        fh.write(data)
                    rows.append((rel, label, cat, sc['d']))
                    stats[label][cat] += 1
                    langs[label][sc['lang']] += 1
                    clients[label][sc['client']] += 1
                    for part in email.message_from_bytes(data, policy=email.policy.default).walk():
                        if part.get_content_maintype() == 'text':
                            charsets[(part.get_content_charset() or 'us-ascii').lower()] += 1
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            fh.write('\t'.join(x.replace('\t', ' ').replace('\n', ' ') for x in r) + '\n')
    write_readme(rows, stats, langs, clients, charsets, cat_desc)
    dt = time.time() - t0
    print('wrote %d messages (%d spam, %d ham) to %s in %.2f s' % (
        len(rows), sum(stats['spam'].values()), sum(stats['ham'].values()), OUT, dt))


def write_readme(rows, stats, langs, clients, charsets, cat_desc):
    L = []
    L.append('# holdout9 – sealed exam corpus of calendar invitations\n')
    L.append('A labelled test corpus of %d RFC 5322 messages (%d spam, %d ham) that each carry at least one '
             'iCalendar object (RFC 5545 / iTIP RFC 5546 / iMIP RFC 6047). It is meant to be run once, as an exam, '
             'against a calendar anti-spam filter that was written without seeing it.\n' % (
                 len(rows), sum(stats['spam'].values()), sum(stats['ham'].values())))
    L.append('Generated by `gen.py` (deterministic; %s). Verified by `check.py`.\n' % SEED_NOTE)
    L.append('## Layout\n')
    L.append('- `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml` – the messages, CRLF line ends.')
    L.append('- `labels.tsv` – `path<TAB>label<TAB>category<TAB>description`, one line per message, paths relative to this directory.')
    L.append('- Every message starts with the headers the receiving MX `mx.example.net` (Postfix) writes: `Return-Path`, '
             '`Delivered-To`, `Authentication-Results` (dkim/spf/dmarc as the sender set-up would really produce) and its '
             '`Received` line; then the sending side\'s own `Received` lines and `DKIM-Signature`s; then the client\'s headers.')
    L.append('- IP addresses are from 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32. Organisations, '
             'people, phone numbers and most domains are invented; real brand names appear in text and in look-alike '
             'domains, and real platform domains (google.com, outlook.com, zoom.us, icloud.com ...) appear where the '
             'real platform would send or link. DKIM signatures are syntactically plausible but not cryptographically valid.')
    L.append('- Arrival dates range from 2016 to November 2026; event dates are relative to arrival.\n')
    for label in ('spam', 'ham'):
        L.append('## %s categories\n' % label.capitalize())
        L.append('| category | count | description |')
        L.append('|---|---:|---|')
        for (lab, cat), cd in cat_desc.items():
            if lab == label:
                L.append('| `%s` | %d | %s |' % (cat, stats[label][cat], cd))
        L.append('| **total** | **%d** | |\n' % sum(stats[label].values()))
    L.append('## Languages\n')
    L.append('| language | code | spam | ham |')
    L.append('|---|---|---:|---:|')
    for code in sorted(set(langs['spam']) | set(langs['ham']), key=lambda c: (-(langs['spam'][c] + langs['ham'][c]), c)):
        L.append('| %s | %s | %d | %d |' % (LANGS[code]['name'], code, langs['spam'][code], langs['ham'][code]))
    L.append('')
    L.append('Charsets of text/* parts (counted per part): %s. Transfer encodings: 7bit, 8bit, '
             'quoted-printable and base64. Headers use RFC 2047 encoded words.\n' % ', '.join(
                 '%s ×%d' % (c, n) for c, n in charsets.most_common()))
    L.append('## Clients / senders imitated\n')
    L.append('| client | spam | ham |')
    L.append('|---|---:|---:|')
    for c in sorted(set(clients['spam']) | set(clients['ham']), key=lambda c: (-(clients['spam'][c] + clients['ham'][c]), c)):
        L.append('| %s | %d | %d |' % (CLIENT_NAMES.get(c, c), clients['spam'][c], clients['ham'][c]))
    L.append('')
    L.append('Sender set-ups include free-mail accounts, Microsoft 365 and Google Workspace tenants, on-premises servers, '
             'shared hosting, e-mail service providers, newly registered look-alike domains with valid SPF/DKIM/DMARC, '
             'throw-away VPS senders, forged (spoofed) From addresses, compromised partner mailboxes and mailing lists.\n')
    L.append('## Licence\n')
    L.append('CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated for it by '
             'gen.py; no message was copied from anywhere. https://creativecommons.org/publicdomain/zero/1.0/\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))


if __name__ == '__main__':
    main()
