# -*- coding: utf-8 -*-
"""Renders out/README.md from the category plans and generation statistics."""

LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'tr': 'Turkish', 'ar': 'Arabic',
              'he': 'Hebrew', 'zh': 'Chinese (Simplified; two Traditional/Big5)', 'ja': 'Japanese',
              'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}
CLIENT_NAMES = {
    'google': 'Google Calendar (calendar-notification@google.com, mixed→alternative + invite.ics)',
    'outlook': 'Microsoft Outlook / Exchange Online / Exchange on-prem / Teams / outlook.com',
    'apple': 'Apple iCloud server mail, Calendar.app via Apple Mail, iOS',
    'thunderbird': 'Thunderbird / Lightning',
    'zoom': 'Zoom (no-reply@zoom.us)',
    'nextcloud': 'Nextcloud Calendar / Sabre iMIP',
    'zimbra': 'Zimbra',
    'yahoo': 'Yahoo Calendar',
    'sogo': 'SOGo',
    'transactional': 'Booking engines, schedulers, ticketing and bulk senders via ESPs (SES, SendGrid, Mailgun, Postmark, SparkPost)',
    'mlist': 'Mailing-list copies (Google Groups, Mailman 2/3, Sympa) wrapping another client',
    'script': 'Hand-rolled generators and libraries (PHPMailer, Python email, Nodemailer, JavaMail, .NET, MIME::Lite)',
}


def _table(rows, head):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join('---' for _ in head) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(str(x) for x in r) + ' |')
    return '\n'.join(out)


def render(spam, ham, stats):
    L = []
    L.append('# holdout16 – labelled exam corpus of calendar invitations\n')
    L.append('A sealed test corpus for a calendar anti-spam filter: **%d spam** and **%d ham** RFC 5322 messages, '
             'each carrying at least one iCalendar object (RFC 5545/5546/6047). It is meant to be run once, as an exam, '
             'on mail the filter has never seen.\n' % (sum(len(c['langs']) for c in spam), sum(len(c['langs']) for c in ham)))
    L.append('Every message, name, address, domain, brand set-up and text in this corpus was written or generated for it by '
             '`gen.py` (deterministic, fixed seeds, Python 3 standard library only). No message was copied from anywhere. '
             'People, companies, phone numbers, IBANs, wallet addresses and most domains are fictional; real brand and service names '
             'appear only in text, as infrastructure that real mail really uses (e.g. google.com, zoom.us, outlook.com) and inside '
             'look-alike domains. IP addresses are from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.\n')
    L.append('## Layout\n')
    L.append('```\nout/\n  spam/<category>/NNN.eml\n  ham/<category>/NNN.eml\n  labels.tsv      path<TAB>label<TAB>category<TAB>description\n  README.md\n```\n')
    L.append('All files use CRLF line ends. Each message starts with the receiving MX trace as Postfix on `mx.example.net` '
             'writes it (Return-Path, Delivered-To, Authentication-Results, Received), followed by the sending side\'s own '
             'Received lines, DKIM-Signature(s) when the sender signs, and then the client\'s headers and MIME body. '
             'DKIM/SPF/DMARC results correspond to the sender set-up: pass for real accounts, compromised mailboxes and '
             'registered look-alike domains; fail/softfail/none for spoofs and VPS senders; dkim=fail plus the list\'s own '
             'signature for mailing-list copies. Only the `mx.example.net` Authentication-Results header is meant to be trusted.\n')
    L.append('## Spam categories\n')
    rows = [(c['name'], len(c['langs']), c['desc']) for c in spam]
    rows.append(('**total**', sum(r[1] for r in rows), ''))
    L.append(_table(rows, ['category', 'count', 'what it is']) + '\n')
    L.append('## Ham categories\n')
    rows = [(c['name'], len(c['langs']), c['desc']) for c in ham]
    rows.append(('**total**', sum(r[1] for r in rows), ''))
    L.append(_table(rows, ['category', 'count', 'what it is']) + '\n')
    L.append('Ham deliberately contains hard look-alikes: booking confirmations with codes, prices and phone numbers sent as '
             'PUBLISH by bulk senders; vendor webinars with "free"/"offer" wording and hundreds of attendees; open-ended recurring '
             'series from free-mail accounts; password-expiry notices; colleagues sending document links; bank-detail *warnings*; '
             'forwarded invitations whose organiser is not the sender; list copies with broken DKIM; replies and cancellations; '
             'and support callbacks the recipient asked for.\n')
    L.append('## Languages\n')
    langs = sorted(set(stats['spam:lang']) | set(stats['ham:lang']), key=lambda x: (x != 'en', x))
    rows = [(LANG_NAMES.get(l, l), l, stats['spam:lang'][l], stats['ham:lang'][l]) for l in langs]
    L.append(_table(rows, ['language', 'code', 'spam', 'ham']) + '\n')
    cs = sorted(stats['charsets'], key=lambda k: (-stats['charsets'][k], k))
    L.append('Charset labels found in MIME parameters and RFC 2047 words (number of messages using each): ' +
             ', '.join('%s (%d)' % (k, stats['charsets'][k]) for k in cs) + '. '
             'UTF-8 dominates, as in real mail; legacy charsets appear where the emulated client or tool would use them. '
             'Transfer encodings: 7bit, 8bit, quoted-printable and base64. Header words use RFC 2047 B and Q encodings; a few hand-rolled '
             'spam tools emit raw 8-bit headers. iCalendar bodies are UTF-8 except where a sloppy tool used the legacy charset.\n')
    L.append('## Sending software\n')
    L.append('Both labels are spread over the same clients and services in similar proportions, so the client alone does not reveal the label.\n')
    cls = list(CLIENT_NAMES)
    rows = [(k, CLIENT_NAMES[k], stats['spam:client'][k], stats['ham:client'][k]) for k in cls]
    L.append(_table(rows, ['client', 'emulates', 'spam', 'ham']) + '\n')
    L.append('## Other distributions\n')
    years = sorted(set(stats['spam:year']) | set(stats['ham:year']))
    L.append(_table([(y, stats['spam:year'][y], stats['ham:year'][y]) for y in years], ['arrival year', 'spam', 'ham']) + '\n')
    meths = sorted(set(stats['spam:method']) | set(stats['ham:method']))
    L.append(_table([(m, stats['spam:method'][m], stats['ham:method'][m]) for m in meths], ['iTIP method (intended)', 'spam', 'ham']) + '\n')
    dm = {}
    for lab in ('spam', 'ham'):
        for (dk, spf, dmarc), n in stats[lab + ':auth'].items():
            dm.setdefault(dmarc, {'spam': 0, 'ham': 0})[lab] += n
    L.append(_table([(k, v['spam'], v['ham']) for k, v in sorted(dm.items())], ['DMARC result at mx.example.net', 'spam', 'ham']) + '\n')
    L.append('Arrival dates run from 2016 to November 2026; event dates are set relative to arrival (mostly days to weeks later; '
             'some same-day, far-future or past where the category calls for it). A few messages carry VTODOs or calendars with '
             'several VEVENTs; some spam carries deliberate iCalendar/MIME defects typical of hand-rolled tools (missing METHOD, '
             'METHOD disagreeing with the MIME method parameter, no folding or broken folding, LF-only iCalendar inside base64, '
             'missing DTSTAMP, TZID without VTIMEZONE). Some ham generators are sloppy too.\n')
    L.append('## labels.tsv\n')
    L.append('Tab-separated with header `path\\tlabel\\tcategory\\tdescription`; `path` is relative to `out/`. '
             'Each file is listed exactly once.\n')
    L.append('## Reproduction\n')
    L.append('Generated by `gen.py` (`python3 gen.py [outdir]`); `check.py` verifies parsing, iCalendar presence, CRLF line ends and labels.\n')
    L.append('## Licence\n')
    L.append('CC0 1.0 Universal (public-domain dedication). Everything in this corpus was written or generated by the author of gen.py '
             'for this purpose; to the extent possible under law, all copyright and related rights are waived. '
             'https://creativecommons.org/publicdomain/zero/1.0/\n')
    return '\n'.join(L)
