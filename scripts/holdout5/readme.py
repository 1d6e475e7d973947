# SPDX-License-Identifier: CC0-1.0
# holdout5: renders corpus/holdout5/README.md from the generator's metadata (so counts never drift).
import collections

SPAM_DESC = {
    "retail-sale": "iCloud/Google/Yahoo sale waves of 2016-18 (sunglasses, bags, boots, watches), also in Chinese, Japanese, German, French",
    "prize-survey": "prize, survey and gift-card lures (retailer vouchers, Pix, 'lucky visitor', shipping-fee hooks)",
    "crypto-invest": "crypto/investment: pending withdrawals, AI trading, pre-sales, 'signal' groups on Telegram/KakaoTalk/Zalo/WhatsApp",
    "dating-sextortion": "dating invitations and sextortion (some sent 'from' the recipient's own address)",
    "fee-scam": "parcel, customs, toll, fine, tax-refund and overdue-invoice fees",
    "phish-brand": "credential phishing impersonating PayPal, Microsoft 365, DocuSign, Adobe, Teams voicemail, SharePoint, Apple, banks, public services",
    "callback-scam": "tech-support and renewal callback scams (antivirus renewals, fake orders/invoices) built around a phone number",
    "fake-update": "fake Zoom/Teams/Webex/browser updates, ClickFix 'press Win+R and paste' lures, password-protected archives",
    "bec-fraud": "CEO fraud, vendor bank-detail changes, gift cards, payroll diversion (free mail, look-alikes of example.net, one compromised supplier)",
    "advance-fee": "419/advance-fee: inheritance, UN compensation, widow, lottery, oil contract, ATM card",
    "job-scam": "task/part-time job scams moving the victim to WhatsApp, Telegram, LINE or Zalo",
    "compromised-share": "document-share lures sent from real, authenticated mailboxes of compromised partner organisations",
    "nagging-payload": "payloads built to nag: daily/hourly/weekly recurrence without end, many or repeating alarms, far-future dates",
    "mass-invite": "one invitation to dozens of unrelated attendees (incl. Yahoo-style METHOD:CANCEL with method=REQUEST and absurd SEQUENCE)",
}
HAM_DESC = {
    "work-meeting": "ordinary business meetings from partners and suppliers (Teams, Meet, Zoom, rooms), including updates and series",
    "travel-booking": "airline, rail, hotel, restaurant, car-rental and ferry bookings with codes, amounts and phone numbers",
    "webinar-event": "webinars and events with hundreds of attendees, tickets, town halls, meet-ups, open days",
    "vendor-demo": "vendor demos and sales calls that say free / trial / exclusive / offer / discount",
    "recurring-community": "school, church, choir, sports club, volunteer and book-club series with no end date",
    "forwarded-list": "mailing-list copies (broken DKIM), message/rfc822 forwards, an SRS forwarder, Outlook FW: with .ics",
    "finance-reminder": "tax, insurance, card, mortgage, invoice and local-tax reminders with amounts",
    "it-maintenance": "IT maintenance windows mentioning passwords, MFA, VPN certificates, updates and downtime",
    "recruiting": "interviews, phone screens, offer calls, agency candidate slots",
    "itip-response": "iTIP REPLY (accepted/declined/tentative), CANCEL and COUNTER messages",
    "appointments": "doctor, dentist, bank, motor-vehicle office, prefecture and town-hall appointments",
    "personal-family": "birthdays, barbecues, weddings, family gatherings sent from free mail",
    "document-share": "meetings that share SharePoint / OneDrive / Google Docs / Dropbox links between real partners",
}
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese (Brazil)",
              "pl": "Polish", "ru": "Russian", "tr": "Turkish", "ja": "Japanese", "zh": "Chinese (simplified)", "ko": "Korean", "ar": "Arabic",
              "id": "Indonesian", "vi": "Vietnamese", "sv": "Swedish", "cs": "Czech", "ro": "Romanian", "uk": "Ukrainian", "hi": "Hindi",
              "th": "Thai", "he": "Hebrew"}
CLIENT_NAMES = {
    "gcal": "Google Calendar (multipart/mixed: alternative(plain, html, text/calendar) + application/ics invite.ics, localised footer)",
    "outlook": "Outlook / Microsoft 365 (alternative(plain, html, text/calendar base64), Windows TZIDs, X-MICROSOFT-CDO-*, Teams blocks)",
    "exchange": "on-premises Exchange", "outlook_fw": "Outlook FW: with the appointment attached as .ics",
    "apple": "Apple Mail / iPhone with text/calendar attachment", "icloudweb": "iCloud web calendar server invitation",
    "tbird": "Thunderbird (alternative(plain, text/calendar) + application/ics)", "nextcloud": "Nextcloud / Sabre", "zimbra": "Zimbra",
    "sogo": "SOGo", "horde": "Horde", "kde": "KMail/KOrganizer", "evolution": "Evolution", "fastmail": "Fastmail", "proton": "Proton",
    "zoho": "Zoho", "yahoo": "Yahoo calendar notification", "platform": "booking/event platforms (Zoom, Eventbrite, Calendly, airlines, clinics ...) via ESPs",
    "phpmailer": "PHPMailer web apps", "nodemailer": "Nodemailer", "python": "Python email library", "java": "JavaMail", "dotnet": ".NET mail",
    "bare": "bare text/calendar message body", "icsonly": ".ics-only mails (application/ics, application/octet-stream or text/calendar attachment)",
}


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def render(meta, files=None):
    by = collections.defaultdict(list)
    for x in meta:
        by[x["label"]].append(x)
    L = []
    L.append("# holdout5 - sealed iMIP test corpus (160 spam, 160 ham)\n")
    L.append("A labelled, synthetic corpus of RFC 5322 messages that each carry at least one iCalendar object "
             "(iMIP, RFC 6047 / RFC 5545), made to look like the calendar mail a real mail provider receives. "
             "It is an exam set: it was written blind to the detector (no rules, tests, docs, benchmarks or other corpora were read) "
             "and must never be used to tune anything.\n")
    L.append("**Licence:** CC0 1.0 Universal (public domain dedication), https://creativecommons.org/publicdomain/zero/1.0/. "
             "Every text, name, organisation, domain and number was invented for this corpus; no real message was copied.\n")
    L.append("## Layout\n")
    L.append("```\ncorpus/holdout5/\n  README.md        this file (generated)\n  labels.tsv       path<TAB>label<TAB>category<TAB>description (description empty)\n"
             "  spam/<category>/NNN.eml\n  ham/<category>/NNN.eml\nscripts/holdout5/\n  gen.py           regenerates everything byte for byte\n"
             "  check.py         regenerates in memory and checks (see below)\n  core.py, i18n.py, ical.py, clients.py, trace.py, build.py   helpers\n"
             "  spam.py          spam campaigns (texts and sender set-ups)\n  ham_texts.py, ham.py   legitimate invitations\n  readme.py        writes this README\n```\n")
    L.append("All files use CRLF line ends. Each message comes from its own `random.Random(\"holdout5/<label>/<category>/<NNN>\")`.\n")
    for label, desc in (("spam", SPAM_DESC), ("ham", HAM_DESC)):
        xs = by[label]
        c = collections.Counter(x["cat"] for x in xs)
        L.append("## %s categories (%d categories, %d messages)\n" % (label.capitalize(), len(c), len(xs)))
        rows = [(k, c[k], "%.1f %%" % (100.0 * c[k] / len(xs)), desc.get(k, "")) for k in desc if k in c]
        L.append(table(rows, ["category", "count", "share", "what"]) + "\n")
    L.append("The spam proportions are a deliberate choice, made by the author's judgement of what a provider sees today: credential "
             "phishing and fee scams are the largest families, Google Calendar is the most used sending platform (Check Point and "
             "Kaspersky reports, CalConnect samples), and older waves (iCloud 2016 sales, Yahoo mass CANCELs) are present "
             "but smaller. Obfuscations are spread over the categories rather than kept in one: zero-width characters and homoglyphs in "
             "display names and subjects, text only in X-ALT-DESC, payload only in the attached .ics, links in LOCATION / URL / ATTACH / "
             "CONFERENCE, shorteners, redirectors (Google, Bing, YouTube, Safe Links, urldefense, Facebook, LinkedIn), public hosting and "
             "form/file services (Firebase, GCS, Pages/Workers, Netlify, Vercel, Google Sites/Forms, Microsoft Forms, Azure blob, IPFS, "
             "Dropbox, DocSend, Canva, Notion ...) and fresh look-alike domains. Quality ranges from one-line, misspelt spam to "
             "polished HTML with a button; much of it passes SPF/DKIM/DMARC (free mail, Google Calendar, iCloud, Yahoo, trial Microsoft 365 "
             "tenants, compromised partner tenants, look-alike domains with their own DKIM), while brand spoofs from VPSes and PHP "
             "mailers fail or have no authentication.\n")
    # languages
    L.append("## Languages\n")
    langs = sorted({x["lang"] for x in meta}, key=lambda g: (-sum(1 for x in meta if x["lang"] == g), g))
    rows = []
    for g in langs:
        s = sum(1 for x in by["spam"] if x["lang"] == g)
        h = sum(1 for x in by["ham"] if x["lang"] == g)
        rows.append((g, LANG_NAMES.get(g, g), s, h, s + h))
    L.append("%d languages. About half of each side is English; the rest is written the way native speakers (or, for spam, the "
             "spammers) write it.\n" % len(langs))
    L.append(table(rows, ["code", "language", "spam", "ham", "total"]) + "\n")
    # clients
    L.append("## Clients, structures and encodings\n")
    cc = collections.Counter((x["label"], x["client"]) for x in meta)
    keys = sorted({x["client"] for x in meta}, key=lambda k: (-(cc[("spam", k)] + cc[("ham", k)]), k))
    L.append(table([(CLIENT_NAMES.get(k, k), cc[("spam", k)], cc[("ham", k)]) for k in keys], ["layout / producer", "spam", "ham"]) + "\n")
    wr = collections.Counter(x["wrap"] for x in meta if x["wrap"])
    L.append("On top of that, %d ham messages are re-sent by mailing lists (List-* headers, subject tag, broken DKIM) and %d are "
             "forwarded as message/rfc822 attachments.\n" % (wr.get("list", 0), wr.get("rfc822", 0)))
    import re
    body_cs, head_cs, ctes = collections.Counter(), collections.Counter(), collections.Counter()
    for rel, data in (files or {}).items():
        if not rel.endswith(".eml"):
            continue
        for x in set(re.findall(rb'[Cc]ontent-[Tt]ype: [^;\r\n]+;[^\r\n]*?charset="?([\w-]+)', data)):
            body_cs[x.decode().lower()] += 1
        for x in set(re.findall(rb"=\?([\w-]+)\?[BbQq]\?", data)):
            head_cs[x.decode().lower()] += 1
        for x in set(re.findall(rb"Content-Transfer-Encoding: ([\w-]+)", data)):
            ctes[x.decode().lower()] += 1
    fmt = lambda c: ", ".join("%s (%d)" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    L.append("Messages using each transfer encoding: %s.\n" % fmt(ctes))
    L.append("Messages using each MIME part charset: %s.\n" % fmt(body_cs))
    L.append("Messages using each RFC 2047 header charset (B and Q encoding): %s. A few messages carry raw 8-bit headers.\n" % fmt(head_cs))
    L.append("iCalendar objects are folded at 75 octets without splitting UTF-8 sequences and use VTIMEZONE (Olson and "
             "Windows/1601 styles), UTC, floating and all-day times, VALARM, RRULE (series without end), RECURRENCE-ID, ATTENDEE parameters, ORGANIZER CN and SENT-BY, "
             "SEQUENCE, STATUS, X-ALT-DESC, ATTACH, CONFERENCE, URL, METHOD REQUEST/PUBLISH/CANCEL/REPLY/COUNTER and many PRODIDs.\n")
    # malformed
    bad = [x for x in meta if x["bad"]]
    L.append("## Deliberately malformed (%d messages, about 5 %% per side)\n" % len(bad))
    expl = {"lf": "base64 calendar part whose decoded text has LF-only line ends", "no_end": "END:VCALENDAR missing",
            "unfolded": "long content lines not folded", "no_uid": "VEVENT without UID", "floating": "floating (zone-less) local times",
            "tzid_novtz": "TZID parameter without a matching VTIMEZONE", "8bit_ascii": "raw UTF-8 in a part labelled charset=us-ascii, 7bit"}
    L.append(table([(x["path"], x["bad"], expl[x["bad"]]) for x in bad], ["file", "flaw", "meaning"]) + "\n")
    # trace
    L.append("## Headers and authentication\n")
    L.append("Every message starts with the receiving MX's trace as Postfix writes it: `Return-Path`, `Delivered-To`, one "
             "`Authentication-Results: mx.example.net; dkim=...; spf=...; dmarc=...`, the MX's `Received` (long queue ids from 2019, short "
             "hex before, TLS details when the client used STARTTLS), then the sending side's own `Received` lines, `DKIM-Signature`, "
             "ARC and platform headers (Google, Microsoft 365, iCloud, Yahoo, SendGrid, SES, Mailgun, Mandrill, Fastmail ...), then the "
             "original headers and the MIME body. Signatures and hashes are random placeholders, not valid cryptography.\n")
    au = collections.Counter((x["label"], "dkim=%s spf=%s dmarc=%s" % tuple(x["auth"])) for x in meta)
    keys = sorted({k for (_, k) in au}, key=lambda k: (-(au[("spam", k)] + au[("ham", k)]), k))
    L.append(table([(k, au[("spam", k)], au[("ham", k)]) for k in keys], ["Authentication-Results", "spam", "ham"]) + "\n")
    yr = collections.Counter((x["label"], x["year"]) for x in meta)
    L.append("Arrival years (Date and MX Received) run from 2016 to October 2026; event times are set relative to arrival:\n")
    L.append(table([(y, yr[("spam", y)], yr[("ham", y)]) for y in sorted({x["year"] for x in meta})], ["year", "spam", "ham"]) + "\n")
    L.append("## How names, addresses and numbers were chosen\n")
    L.append("- The receiving organisation is `example.net`; recipients are `first.last@example.net`, and about 6 % are at invented "
             "consumer domains (`post.example`, `webmail.test`, `inbox.example`, `familia.example`, `kotiposti.example`) that the same MX serves.\n"
             "- People are drawn from per-language first/last-name lists written for this corpus (native script in the display name, "
             "romanised local parts; Polish, Czech and Russian surnames agree in gender).\n"
             "- Legitimate organisations use invented `.example` / `.test` domains. Real brand and platform names appear only as sending "
             "platforms (Google Calendar, Microsoft 365/Outlook, iCloud, Yahoo, Zoom, Calendly, Eventbrite, free-mail providers, ESPs) or "
             "as the impersonated target in spam. Spam look-alike domains are random combinations of words and cheap TLDs.\n"
             "- IP addresses come only from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 (internal hops RFC 1918, IPv6 from 2001:db8::/32).\n"
             "- Phone numbers use fictional ranges: NANP 555-01xx, UK 01632 960xxx and 07700 900xxx, France 01 99 00 xx xx, and "
             "\"555 01xx\" after the country and area code elsewhere; WhatsApp numbers use the same ranges.\n"
             "- Booking codes, ticket numbers, amounts and ids are random but formatted the way the sender would format them.\n")
    L.append("## Regenerate and check\n")
    L.append("From the worktree root, with Python 3.11 and nothing else:\n\n```\npython3 scripts/holdout5/gen.py\npython3 scripts/holdout5/check.py\n```\n")
    L.append("`check.py` regenerates the corpus in memory and compares it byte for byte with the files, checks CRLF line ends, checks "
             "that labels.tsv lists exactly the .eml files with matching label and category, parses every message with Python's "
             "`email` package, checks the trace headers and that each message carries a VCALENDAR with at least one VEVENT, and prints "
             "counts per category and language. It exits non-zero on any problem.\n")
    return "\n".join(L)
