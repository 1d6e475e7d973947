"""Text of corpus/dev/README.md (written by generate.py so that counts stay true)."""

CATS = [
    ("spam", "retail-sale", "The 2016–17 Black Friday waves sent through iCloud and Google Calendar (\"$19.99 Ray-ban&Oakley\", UGG, Michael Kors, Pandora, Canada Goose) with many unrelated invitees, Chinese-character shops (双十一, 黑色星期五), discount codes, and later product spam from PHP/Swift kits, SES and SendGrid, including an all-day month-long FREE/TRANSPARENT event with an Exchange-2010 PRODID copied by a spam kit.",
     "practices §5.2 (Apple bug 29389747, 2016-11-25; TC assessment: first via Google 2016, then Yahoo 2017); phishing_pot sample-4587"),
    ("spam", "prize-lottery", "Survey/gift-card/lottery lures in NL, DE, FR, ES, IT, PT and EN (\"Wij verloten…\", \"Jouw kans op een Douglas cadeaukaart\", Lidl/ALDI/dm, Carrefour, ANCV Chèques-Vacances, Mercadona, Esselunga, Walmart, Costco, the old e-mail lottery). Two messages are image-only with hex filler and *empty* calendar parts (documented exceptions).",
     "phishing_pot sample-5918/5921/6020/6168/5798/5916; GMX advisory (§5.2)"),
    ("spam", "crypto", "Wallet verification, seed-phrase and airdrop lures (Trust Wallet, $SUSHI, OpenSea, MetaMask, Ledger, Coinbase, Binance, $ARB, $JUP, Kraken, Exodus), investment-return and giveaway scams; several sent through an abused appointment-booking SaaS (icalendar-ruby PUBLISH via Mailgun/Postmark with dkim/dmarc pass and a freemail Reply-To/ORGANIZER).",
     "phishing_pot sample-1995/2060/2638/5678"),
    ("spam", "dating-adult", "Dating and romance lures (non-explicit) in EN, RU, DE, FR, ES, IT, NL, ZH, PT, events set for tonight, freemail organizers, romance-scam soldier/widow texts.", "Kaspersky 2019 Google Calendar wave (§5.2)"),
    ("spam", "advance-fee", "419/inheritance/business-proposal texts. Eight imitate the Yahoo Calendar samples of the TC: `text/calendar; method=REQUEST` carrying `METHOD:CANCEL`, Subject \"Cancelled: …\", ~40 unrelated attendees, SEQUENCE 45–2296, `ORGANIZER;SENT-BY=\"mailto:<freemail>\"`, VALARM −PT30M, valid DKIM d=yahoo.com, Return-Path do-not-reply@yahoo.com. Others come from Gmail, Outlook.com, iCloud, a compromised university Exchange, Thunderbird on a small domain and PHP kits (FR/DE/ES/PT/IT).",
     "practices §5.3 (Yahoo-originated samples); DShield diary 2016-10-19"),
    ("spam", "invoice-payment-phish", "PayPal, Microsoft 365, DocuSign, Amazon, Apple, remittance advice from a compromised tenant, Sparkasse, HMRC, Netflix, DHL customs, QuickBooks, Stripe, ING, a Booking.com look-alike (brand ≠ sender domain), Adobe Sign, EDF, Chase, Italian invoice, and a compromised legitimate Workspace domain (dmarc pass).",
     "Check Point Dec 2024 (§5.2); practices R9, R13, R21"),
    ("spam", "credential-phish", "Password expiry, mailbox full, SharePoint/OneDrive shares, Teams missed messages, DocuSign, voicemail, fax, Zoom recording, MFA re-enrolment, webmail upgrade, HR handbook, payroll. Link tricks: IP-literal hosts, URL shorteners, punycode and homoglyph domains, `brand.com@host` userinfo, open redirects (google.com/url, bing ck), IPFS, r2.dev, workers.dev, pages.dev, blob.core.windows.net, Firebase, Google Forms and Drawings, a `data:` URI in X-ALT-DESC, CONFERENCE/URL/ATTACH properties, link text showing sharepoint.com or login.microsoftonline.com while the href goes elsewhere.",
     "Check Point Dec 2024 (Google Forms/Drawings); practices R6, R21 (links)"),
    ("spam", "tech-support-callback", "Twelve Google Calendar REQUESTs exactly in the style of phishing_pot sample-6118/6120/6289/6291: From organizer at a random Workspace domain (or a compromised school account), Sender calendar-notification@google.com, DKIM d=google.com + gappssmtp, SPF softfail/neutral, dmarc=fail, HTML DESCRIPTION with Norton/McAfee/Geek Squad/PayPal/Best Buy/Amazon/Defender/Coinbase renewal text and two phone numbers (EN/ES/FR/DE/PT). Six more via SendGrid, Outlook.com, iCloud, PHP, Yahoo and SES, one with the number written with letter O.",
     "phishing_pot sample-6118/6120/6289/6291"),
    ("spam", "payload-only-in-ics", "The body is empty, \"Hello\", \"Please see the attached invitation\", a gardening or fashion newsletter, or missing; the lure sits only in the calendar: DESCRIPTION, SUMMARY (a URL), LOCATION (a phone number), ORGANIZER CN, URL, ATTACH, X-ALT-DESC, VALARM DESCRIPTION, COMMENT/CATEGORIES. Calendar carried as base64 top-level text/calendar, octet-stream, application/pdf named .ics and text/plain named .ics, and once only inside the message/rfc822 of a fake bounce (multipart/report).",
     "practices §5.2 (\".ics content that no longer matches the mail body\"), R34; phishing_pot sample-5200/5916/6059"),
    ("spam", "nagging", "Alarm and recurrence abuse: ten alarms a minute apart, REPEAT:100, EMAIL alarms to outside addresses, AUDIO alarm with a remote mp3, deprecated PROCEDURE alarm, FREQ=MINUTELY and FREQ=HOURLY without end, DAILY;COUNT=3650, events in 2099 or eight years ahead, a weekly series starting three years in the past, an event starting three minutes after arrival, 25 VEVENTs in one object, 7×/day weekly BYHOUR, 1440 one-minute occurrences, absolute DATE-TIME triggers, 60 RDATEs, alarms after the end, and a VTODO (not VEVENT) due in two hours with an alarm repeating every two minutes.",
     "practices I1, I4, I5, R36–R38 (DEVGUIDE \"malevolent recurrence patterns\")"),
    ("spam", "obfuscated", "Variation-selector characters inside \"Coinbase\" (raw UTF-8 in From/Subject as in sample-5678), zero-width spaces and joiners, Cyrillic and Greek homoglyphs, letter-spaced brands, fullwidth and mathematical-bold letters, soft hyphens, Unicode TAG characters, combining low lines, numeric-entity-only HTML, base64-only body, RIGHT-TO-LEFT OVERRIDE in the attachment name, hidden word salad, fully Q-encoded subject, backslash-escaped letters in DESCRIPTION.",
     "phishing_pot sample-5678 and the duringfell/webrentals family"),
    ("spam", "multilingual", "Native-language phishing as it circulates in each market: DE (Sparkasse pushTAN, DHL Zoll), NL (Belastingdienst, ING), FR (Ameli, Colissimo), ES (Agencia Tributaria, Correos), IT (Poste Italiane, INPS), PT-BR/PT (Receita Federal CPF, CTT), PL (InPost, mBank), RU (Госуслуги, компенсация), JA (Amazon 支払い方法, 三井住友カード), ZH (个税退税, 顺丰), AR (bank suspension, prize), TR (e-Devlet vergi iadesi, Migros). Bodies in ISO-8859-1/-2/-9, KOI8-R, windows-1256, GB2312, ISO-2022-JP and UTF-8.",
     "public phishing warnings of the named institutions (patterns, not copies)"),
    ("spam", "internal-compromised", "Spam from a compromised account on the recipient's own provider (example.net → example.net): authenticated submission, dkim/spf/dmarc pass for example.net, sent with Thunderbird, webmail calendars (Roundcube, SOGo, Horde, Nextcloud), Outlook desktop inline or Apple Mail. CEO fraud, BEC, credential links, crypto tips, a 61-attendee internal mass invite. Content is the only tell.",
     "practices §5.1 (Cyren: spam \"mainly within big provider\"), R11, R28"),
    ("ham", "meeting-google", "Google Calendar invitations, updates, cancellations and replies (ACCEPTED/DECLINED/TENTATIVE) in EN, DE, FR, ES, NL, IT, SV, JA, PL, PT from gmail.com and Workspace domains, Meet links and dial-ins, an 87-guest all-hands, an ad-hoc meeting starting minutes after arrival (trap for the \"sent minutes before it starts\" signal), Google Docs ATTACH links, old (<2022) and new notification texts.", "shared imip/thunderbird/meet-meeting-invite.eml, nextcloud-mail/request_google.eml"),
    ("ham", "meeting-outlook-teams", "Exchange Online and on-prem invitations with Teams blocks and dial-ins in 8 languages, updates, cancellations, replies, a COUNTER, a 121-attendee town hall, Skype for Business (2016–19), a weekly series with SEQUENCE 20–41, invitations with an attached agenda (multipart/mixed), Outlook desktop inline text/calendar, Outlook.com.", "shared imip/calmailproc, thunderbird/teams-meeting-invite.eml"),
    ("ham", "meeting-zoom-webex", "Zoom blocks with one-tap dial-ins (\"+16465588656,,…#\") in Outlook and Google invites, Zoom's own mailer, Webex site mails from messenger@webex.com, GoToMeeting, Jitsi via Thunderbird, BlueJeans/Whereby, Nextcloud Talk.", "shared imip/calmailproc/test-10.eml"),
    ("ham", "meeting-apple-thunderbird", "iCloud invitations (imip.me.com organizer tokens) in 5 languages, Thunderbird invitations/replies/counters/updates/cancels in 6 languages, macOS Calendar via Apple Mail, Evolution, KOrganizer, Horde, SOGo, Roundcube, Fastmail, Proton, mailbox.org (OX), Zimbra.", "shared imip/nylas-sync-engine, calmailproc test-04/05/06"),
    ("ham", "booking-travel", "FALSE-POSITIVE TRAPS: Lufthansa, KLM, British Airways, easyJet, United, Ryanair, Deutsche Bahn (ics as text/plain/octet-stream), SNCF Connect, Eurostar, Trenitalia, Booking.com, Airbnb, Marriott, Hilton, Sixt, Hertz, OpenTable, TheFork, Ticketmaster, Eventim, Eventbrite, FlixBus — booking references, totals like \"€1.234,50\"/\"$1,234.50\", service phone numbers, manage-booking links, \"check in now\" urgency; always sent from the brand's own domain with aligned dkim/dmarc.", "shared calmailproc test-12..16"),
    ("ham", "webinar-bulk", "Marketing webinars and events via HubSpot, Marketo, Mailchimp, SendGrid, SES, ON24, GoTo Webinar, Zoom, Cvent, Meetup, Eventbrite, Microsoft Events: tracking links through the ESP's redirect domains, open-tracking pixels, List-Unsubscribe(-Post), Precedence: bulk, PUBLISH without attendees or with 250–480 attendees.", "—"),
    ("ham", "recurring-series", "Unbounded weekly/monthly/yearly series (yoga, training twice a week with two alarms, birthdays, choir, \"every Monday\" stand-up, monthly board, on-call handover with three reminders), Exchange daily stand-up and bi-weekly sprint with EXDATE, quarterly meetings, a school timetable (7 weekly VEVENTs with UNTIL), a municipal waste calendar with 48 alarmed all-day events, a RECURRENCE-ID exception update, a pharmacy medication reminder (FREQ=DAILY forever with a repeating alarm — legitimate nagging).", "shared calmailproc test-03/17, thunderbird repeat-*"),
    ("ham", "forwarded", "From ≠ ORGANIZER in legitimate ways: Outlook \"FW:\", Gmail \"Fwd:\" with invite.ics, forward as message/rfc822 attachment, Exchange delegates (Sender + SENT-BY), Google invites from a non-Google mail domain (dmarc=fail, like the tech-support spam), Nextcloud system sender with Reply-To, mailing-list DMARC From-munging, alias forwarding with SRS (SPF softfail, ARC pass), Samsung Email text/x-vCalendar.", "practices §4.2 (RFC 6047 §2.3 forwarding, DMARC and Google's Sender pattern); shared calmailproc test-09"),
    ("ham", "service-notifications", "Doctolib (FR/DE), Salonized hairdresser (same SaaS family the crypto spam abuses), Calendly, DHL/UPS/PostNL/IKEA delivery windows, a savings-bank appointment, Bürgeramt Berlin, GOV.UK Notify driving test, Impfterminservice 2021, vet, gym, Microsoft Bookings, Madrid cita previa, garage, university exam registration — all from their own domains, several with 1-day and 2-hour alarms.", "shared thunderbird/message-containing-event.eml"),
    ("ham", "personal", "Family and friends events from gmail.com, icloud.com, outlook.com/hotmail.com, gmx.de, web.de, yahoo.com, proton.me, orange.fr, libero.it in DE, EN, FR, IT, ES, JA, PL, TR, NL with emojis; a Google REPLY, a wedding save-the-date a year ahead, a multi-day ski trip, a Samsung Calendar share.", "—"),
]


def readme_text(counts, seed):
    def n(label, cat):
        return counts.get((label, cat), 0)

    real = {}
    for (lab, cat), v in counts.items():
        if lab == "ham(real)":
            real[cat] = v
    lines = []
    lines.append("# Calguard development corpus (`corpus/dev/`)\n")
    lines.append("Labelled iMIP messages for measuring detection quality (precision/recall per category). "
                 "Everything under `corpus/dev/spam/` and `corpus/dev/ham/` is **generated** by "
                 "`scripts/devcorpus/generate.py` (Python 3.11 standard library, fixed seed "
                 f"`{seed}`, byte-identical on every run). Do not edit the `.eml` files by hand: change the generator and re-run it.\n")
    lines.append("## Licence\n")
    lines.append("This corpus (the generated messages, `labels.tsv` and this README) and the generator are our own work and are dedicated to the public domain "
                 "under **CC0 1.0** (https://creativecommons.org/publicdomain/zero/1.0/). No text was copied from the phishing_pot samples; they were only "
                 "studied for structure. The real messages listed from `../shared/corpus/imip/` keep their own licences (see `shared/corpus/SOURCES.md`).\n")
    lines.append("## Layout\n")
    lines.append("```\ncorpus/dev/\n  labels.tsv                 path<TAB>label<TAB>category<TAB>description (header line first)\n"
                 "  README.md                  this file (rewritten by the generator)\n  spam/<category>/NNN.eml\n  ham/<category>/NNN.eml\n```\n")
    lines.append("Paths in `labels.tsv` are relative to the **repository root** (so `corpus/dev/spam/crypto/001.eml`, and the real ham as "
                 "`../shared/corpus/imip/...`, which resolves to the shared corpus next to the checkout). `label` is `spam` or `ham`.\n")
    lines.append("Regenerate and check:\n\n```\npython3 scripts/devcorpus/generate.py\npython3 scripts/devcorpus/check.py\n```\n")
    lines.append("## What every generated message carries\n")
    lines.append("- RFC 5322 with CRLF line ends; a receiving-side trace as `mx.example.net` adds it: `Return-Path`, optionally `Delivered-To` and a Dovecot LMTP "
                 "`Received`, one or more `Authentication-Results: mx.example.net; …` (OpenDKIM/OpenDMARC, rspamd, Exim or Cyrus style, with `header.d`, "
                 "`smtp.mailfrom`, `header.from`), optionally `Received-SPF`, and the `Received: from … by mx.example.net (Postfix)` line; below it the "
                 "sender's own hops (Google, Exchange Online/on-prem, iCloud, Yahoo, Amazon SES, SendGrid, Mailgun, Postmark, Mailchimp, HubSpot, Marketo, "
                 "GMX/web.de/Proton/Fastmail/mailbox.org/…, self-hosted Postfix, spam VPS, compromised shared hosting) with `DKIM-Signature` (fake `b=`), ARC "
                 "where the sender adds it, then the client headers (`Date`, `Message-ID`, `From`, `To`, `Subject`, `MIME-Version`, client-specific X-headers).\n"
                 "- The topmost `Authentication-Results` is always the real one. Some spam additionally carries a **forged** `Authentication-Results: mx.example.net; "
                 "dkim=pass …` placed *below* the real one (the descriptions say so).\n"
                 "- Arrival dates spread over 2016–2026 (per category where history needs it, e.g. the iCloud wave in Nov 2016, tech-support callbacks 2024–26). "
                 "Event times are computed from each message's own arrival time, never from the wall clock.\n"
                 "- MIME layouts as real producers write them: Google (mixed › alternative[plain base64 flowed, html QP, calendar] + application/ics), Exchange "
                 "(alternative, base64 calendar, X-MICROSOFT-CDO-*, Windows TZIDs), Outlook desktop inline text/calendar, iCloud (JavaMail, Base64 `iCal-*.ics`), "
                 "Thunderbird (8bit calendar + invite.ics), Apple Mail, Horde/SOGo/Roundcube/Nextcloud/Zimbra/OX/Proton/Fastmail, and spam kits (PHPMailer, Swift, "
                 "icalendar-ruby, Python, nodemailer, .NET) with inline calendars, octet-stream/pdf/text-plain `.ics` attachments, base64 and quoted-printable, "
                 "UTF-8, ISO-8859-1/2/9, KOI8-R, windows-1256, GB2312 and ISO-2022-JP bodies, folded and unfolded iCalendar lines.\n"
                 "- No real personal data: people are invented and live under example.com/.net/.org or invented local parts; IPv4 addresses are from "
                 "192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 and IPv6 from 2001:db8::/32; phone numbers are fictional (NANP 555-01xx, Ofcom drama ranges, "
                 "FR 01 99 00) except the public dial-in numbers of Zoom, Webex and GoTo, which are part of what real invitations look like. Real brand and ESP "
                 "domains (google.com, microsoft.com, lufthansa.com, hubspotlinks.com, …) appear where realism needs them; spam throwaway domains are either "
                 "under example.* or random syllables on spam-typical TLDs.\n")
    lines.append("## Categories\n")
    lines.append("| label | category | generated | real listed | imitates | follows |\n|---|---|---:|---:|---|---|")
    for lab, cat, what, src in CATS:
        lines.append(f"| {lab} | `{cat}` | {n(lab, cat)} | {real.get(cat, 0) if lab == 'ham' else 0} | {what} | {src} |")
    lines.append(f"| ham | `delivery-status` | 0 | {real.get('delivery-status', 0)} | Real DSN bounces of iMIP messages from the shared corpus. | shared imip/ccs-calendarserver |")
    tot_s = sum(v for (lab, c), v in counts.items() if lab == "spam")
    tot_h = sum(v for (lab, c), v in counts.items() if lab == "ham")
    lines.append(f"\nTotal: {tot_s} spam and {tot_h} ham generated, {sum(real.values())} real ham listed.\n")
    lines.append("## Documented exceptions\n")
    lines.append("- Two `prize-lottery` messages have `text/calendar` and `application/ics` parts that are **empty** (no BEGIN:VCALENDAR), exactly like phishing_pot "
                 "sample-5918/6168. Their description starts with `DOCUMENTED EXCEPTION`.\n"
                 "- Two real DSNs (`dsn_failure_no_ics`, `dsn_failure_no_original`) contain no calendar at all; same marker.\n"
                 "- Real shared files left out: `calmailproc/test-0.eml` (no calendar), `calmailproc/test-18-*` (synthetic), "
                 "`ccs-calendarserver/reply_missing_attachment.eml` (calendar removed), `libical/**` (RFC 2446 examples and mboxes), "
                 "`rspamd/alt-html-calendar.eml` (hand-written unit test), `mimekit-tnef/*.tnef` (not an RFC 5322 message), and the Stalwart iTIP scripts. "
                 "All real phishing_pot samples stay in `shared/` (CC BY-NC) and are not labelled here.\n")
    lines.append("## Labelling notes\n")
    lines.append("- Labels describe intent: a message is `spam` if it is unsolicited abuse, whatever its authentication says; `ham` includes traps that share "
                 "surface features with spam (phones, amounts, urgency, bulk ESPs, unbounded recurrence, many alarms, far-future dates, From ≠ ORGANIZER, "
                 "dmarc=fail forwarding paths, the same booking SaaS the crypto spam abuses).\n"
                 "- The description column says which producer/route was imitated and what the tell is, so that misses can be triaged.\n")
    lines.append("## Known gaps\n")
    lines.append("- Generated, not captured: header order and body templates follow the real samples in `shared/corpus` but cannot reproduce every quirk of "
                 "each client version; DKIM `b=`/`bh=` values are random and do not verify; ARC chains are shallow.\n"
                 "- No TNEF (`winmail.dat`) invitations, no S/MIME-signed iMIP, no VTODO/VJOURNAL spam, no CalDAV/JMAP-internal (non-mail) invitations, "
                 "no shared/subscribed-calendar (webcal) abuse.\n"
                 "- Non-Latin languages were written by us in the style of circulating phishing; a native reviewer may find phrasing a local spammer "
                 "would not use. Arabic, Russian and Chinese coverage is two messages each.\n"
                 "- Spam throwaway domains that are not under example.* are random syllables on spam-typical TLDs; they may coincide with real registrations. "
                 "Addresses at real providers (gmail.com, icloud.com, …) carry a random 5-character token so that they are improbable as real addresses.\n"
                 "- Spam volume ratios are not realistic (one category ≈ 15–25 messages); do not read base rates from this corpus (see practices §5 for published figures).\n")
    return "\n".join(lines) + "\n"
