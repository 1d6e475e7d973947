# -*- coding: utf-8 -*-
"""Renders out/README.md"""
LANGN = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese', 'nl': 'Dutch',
         'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese (simplified and traditional)',
         'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish'}
CLN = {'google': 'Google Calendar (calendar-notification@google.com)', 'outlook': 'Microsoft Outlook / Exchange Online / Teams / on-prem Exchange',
       'apple': 'Apple Mail + Calendar.app / iCloud', 'thunderbird': 'Thunderbird / Lightning', 'yahoo': 'Yahoo Mail',
       'zoom': 'Zoom (zoom.us notifications and Zoom-styled look-alikes)', 'nextcloud': 'Nextcloud Calendar', 'zimbra': 'Zimbra',
       'sogo': 'SOGo', 'saas': 'Booking / event / scheduling systems sent through ESPs', 'tool': 'Hand-rolled scripts and libraries (PHPMailer, ics.py, iCalcreator, spam kits ...)'}


def render(tables, stats, rows):
    L = ["# train9 - calendar invitation corpus (spam and ham)", "",
         "A labelled training and development corpus of calendar invitations for a calendar anti-spam filter: "
         "%d spam and %d ham RFC 5322 messages, each carrying at least one iCalendar object (VEVENT or VTODO)." % (
             sum(1 for r in rows if r[1] == 'spam'), sum(1 for r in rows if r[1] == 'ham')), "",
         "Every message was written or generated for this corpus by `gen.py` (deterministic, fixed seed). No message was copied from anywhere. "
         "People, companies, phone numbers, booking codes and most domains are invented; real brand names appear only in text and in look-alike "
         "domains, the way criminals use them. IP addresses are from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).", "",
         "Layout: `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml`, `labels.tsv` (path, label, category, description).", "",
         "Each message starts with the headers written by the receiving MX `mx.example.net` (Return-Path, Delivered-To, Authentication-Results, Received), "
         "followed by the sending side's Received lines and DKIM-Signature(s), then the client's own headers. dkim/spf/dmarc results follow the sender set-up: "
         "pass for real free-mail accounts, hijacked company mailboxes, Microsoft 365 tenants and registered look-alike domains; fail/none/softfail for spoofs "
         "sent from VPSs; dkim=fail (body hash did not verify) for copies that passed through a mailing list.", ""]
    for label in ('spam', 'ham'):
        L += ["## %s categories" % label.capitalize(), "", "| category | count | description |", "|---|---:|---|"]
        for cat, desc, n in tables[label]:
            L.append("| `%s` | %d | %s |" % (cat, n, desc))
        L.append("| **total** | **%d** | |" % sum(n for _, _, n in tables[label]))
        L.append("")
    L += ["## Languages", "", "| language | spam | ham |", "|---|---:|---:|"]
    langs = sorted(set(stats[('spam', 'lang')]) | set(stats[('ham', 'lang')]), key=lambda l: -(stats[('spam', 'lang')][l] + stats[('ham', 'lang')][l]))
    for l in langs:
        L.append("| %s | %d | %d |" % (LANGN.get(l, l), stats[('spam', 'lang')][l], stats[('ham', 'lang')][l]))
    L += ["", "Body charsets in use: " + ", ".join("`%s`" % c for c in sorted(set(stats[('spam', 'charset')]) | set(stats[('ham', 'charset')]))) +
          ". Transfer encodings: 7bit, 8bit, quoted-printable, base64 (calendar parts are usually UTF-8 as RFC 5545 expects; some Outlook and hand-rolled "
          "senders label them with the body charset).", ""]
    L += ["## Clients and sending systems", "",
          "Both labels were spread over the same clients in the same proportions (spam uses every service ham uses), so the client alone carries no label information. "
          "'+fwd' marks forwarded invitations (the outer client).", "", "| client | spam | ham |", "|---|---:|---:|"]
    cls = sorted(set(stats[('spam', 'client')]) | set(stats[('ham', 'client')]), key=lambda c: -(stats[('spam', 'client')][c] + stats[('ham', 'client')][c]))
    for c in cls:
        base = c.split('+')[0]
        L.append("| %s%s | %d | %d |" % (CLN.get(base, base), ' (+fwd)' if '+' in c else '', stats[('spam', 'client')][c], stats[('ham', 'client')][c]))
    L += ["", "Sender set-ups (account kind): ", "", "| kind | spam | ham |", "|---|---:|---:|"]
    for k in ('free', 'corp', 'comp', 'look', 'tenant', 'vendor', 'spoof'):
        L.append("| %s | %d | %d |" % ({'free': 'free-mail account', 'corp': 'own company / organisation domain', 'comp': 'hijacked company mailbox',
                                         'look': 'registered look-alike domain', 'tenant': 'Microsoft 365 *.onmicrosoft.com tenant',
                                         'vendor': 'vendor / service domain', 'spoof': 'spoofed From (VPS)'}[k], stats[('spam', 'kind')][k], stats[('ham', 'kind')][k]))
    years = sorted(set(stats[('spam', 'year')]) | set(stats[('ham', 'year')]))
    L += ["", "Arrival dates span %d-%d (up to November 2026); event dates are set relative to arrival." % (years[0], years[-1]), "",
          "Some hand-rolled and ESP-sent messages carry the technical sloppiness of real tools on both sides (missing METHOD, a `method=` parameter "
          "that disagrees with METHOD, unfolded or badly folded lines, MAILTO in upper case, bare LF inside a base64 calendar part, TZID without VTIMEZONE).", "",
          "## Licence", "", "CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated by its author; nothing was copied.", "",
          "## Regenerating", "", "```", "python3 gen.py [outdir]     # writes the corpus (default: out/ beside gen.py)", "python3 check.py [outdir]   # validates it", "```", "",
          "Generated by gen.py."]
    return "\n".join(L) + "\n"
