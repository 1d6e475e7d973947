"""Write out/README.md from the generated statistics."""
import os

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
              "nl": "Dutch", "pl": "Polish", "ru": "Russian", "el": "Greek", "ar": "Arabic", "he": "Hebrew",
              "zh": "Chinese (Simplified and Traditional)", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
              "th": "Thai", "tr": "Turkish"}

CLIENT_NAMES = {
    "google": "Google Calendar (Sender calendar-notification@google.com, invite.ics)",
    "gmail-web": "Gmail web (manual forwards)",
    "exchange": "Microsoft Exchange Online / Outlook / Teams (PRODID Microsoft Exchange Server 2010)",
    "outlook-desktop": "Outlook desktop via SMTP (Outlook 16.0 MIMEDIR, X-MS-OLK-*, X-ALT-DESC)",
    "icloud": "iCloud calendar server (noreply@email.apple.com on behalf of the organiser)",
    "apple-mail": "Apple Calendar.app / iOS via the user's own SMTP account",
    "thunderbird": "Thunderbird / Lightning",
    "evolution": "GNOME Evolution",
    "emclient": "eM Client",
    "proton": "Proton Calendar",
    "zoom": "Zoom (meeting invitations and webinar registrations sent by zoom.us)",
    "nextcloud": "Nextcloud Calendar (Sabre iMIP)",
    "zimbra": "Zimbra web client",
    "yahoo": "Yahoo / AOL Calendar",
    "sogo": "SOGo",
    "booking": "Booking and notification systems (airlines, rail, hotels, clinics, ticketing, ESP-delivered)",
    "handrolled": "Scripts and libraries (PHPMailer, Python, .NET, Java, Node; hand-rolled iCalendar)",
}


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write_readme(out, spam_cats, ham_cats, stats):
    L = []
    L.append("# holdout14 — labelled calendar-invitation exam corpus")
    L.append("")
    L.append("A sealed test corpus of **320 RFC 5322 messages** (160 spam, 160 ham) that each carry at least one "
             "iCalendar object (RFC 5545 / iTIP RFC 5546 / iMIP RFC 6047). It is meant to be run once, as an exam, "
             "against a calendar anti-spam filter that has never seen it. Everything here was written and generated "
             "from scratch by `gen.py` (fixed seed, Python 3 standard library only); no message was copied from "
             "anywhere.")
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("* `spam/<category>/NNN.eml`, `ham/<category>/NNN.eml` — CRLF line ends throughout.")
    L.append("* `labels.tsv` — `path<TAB>label<TAB>category<TAB>description`, one line per file, paths relative "
             "to this directory.")
    L.append("* Regenerate with `python3 gen.py` (writes `out/`), verify with `python3 check.py`.")
    L.append("")
    L.append("## Spam categories")
    L.append("")
    rows = [(c["name"], stats["spam:cat"][c["name"]], c["title"]) for c in spam_cats]
    rows.append(("**total**", sum(r[1] for r in rows), ""))
    L.append(table(rows, ["category", "count", "what it is"]))
    L.append("")
    L.append("## Ham categories")
    L.append("")
    rows = [(c["name"], stats["ham:cat"][c["name"]], c["title"]) for c in ham_cats]
    rows.append(("**total**", sum(r[1] for r in rows), ""))
    L.append(table(rows, ["category", "count", "what it is"]))
    L.append("")
    L.append("## Languages")
    L.append("")
    langs = sorted(set(stats["spam:lang"]) | set(stats["ham:lang"]), key=lambda k: (k != "en", LANG_NAMES[k]))
    rows = [(LANG_NAMES[k], k, stats["spam:lang"][k], stats["ham:lang"][k]) for k in langs]
    L.append(table(rows, ["language", "code", "spam", "ham"]))
    L.append("")
    L.append("About half of each label is English; every other language appears on both sides. Scripts include "
             "Latin, Cyrillic, Greek, Arabic, Hebrew, Han (simplified and traditional), Kana, Hangul, Devanagari "
             "and Thai.")
    L.append("")
    L.append("## Sending clients and services")
    L.append("")
    L.append("Both labels were spread over the same clients in (nearly) the same proportions, so the sending software "
             "alone says nothing about the label.")
    L.append("")
    cl = sorted(set(stats["spam:client"]) | set(stats["ham:client"]), key=lambda k: (-(stats["spam:client"][k] +
                                                                                        stats["ham:client"][k]), k))
    rows = [(k, CLIENT_NAMES.get(k, k), stats["spam:client"][k], stats["ham:client"][k]) for k in cl]
    L.append(table(rows, ["client", "style reproduced", "spam", "ham"]))
    L.append("")
    wr = sorted(set(stats["spam:wrapper"]) | set(stats["ham:wrapper"]))
    if wr:
        L.append("Relayed copies (counted above under the client that produced the outer message):")
        L.append("")
        L.append(table([(w, stats["spam:wrapper"][w], stats["ham:wrapper"][w]) for w in wr],
                       ["path", "spam", "ham"]))
        L.append("")
    L.append("## Character sets and transfer encodings")
    L.append("")
    L.append("MIME parts by declared charset: " + ", ".join("%s %d" % (k, v) for k, v in
                                                              sorted(stats["charset"].items(), key=lambda x: (-x[1], x[0]))) + ".")
    L.append("")
    L.append("MIME parts by Content-Transfer-Encoding: " + ", ".join("%s %d" % (k, v) for k, v in
                                                                       sorted(stats["cte"].items(),
                                                                              key=lambda x: (-x[1], x[0]))) + ".")
    L.append("")
    L.append("Header fields use RFC 2047 encoded words in the same charsets (B and Q).")
    L.append("")
    L.append("## Dates")
    L.append("")
    yrs = sorted(set(stats["spam:year"]) | set(stats["ham:year"]))
    L.append(table([(y, stats["spam:year"][y], stats["ham:year"][y]) for y in yrs], ["arrival year", "spam", "ham"]))
    L.append("")
    L.append("Arrival dates run from January 2016 to November 2026. Event dates are relative to arrival (mostly "
             "days to weeks later; a few are the same day, months ahead, decades ahead, or recur without end where "
             "the category calls for it).")
    L.append("")
    L.append("## Transport headers")
    L.append("")
    L.append("Every message starts the way Postfix on the receiving MX `mx.example.net` delivers it: `Return-Path`, "
             "`Delivered-To`, one `Authentication-Results: mx.example.net;` field (dkim, spf, dmarc) and the MX's "
             "`Received` line. Only these four fields are written by the trusted MX; everything below them (sender-"
             "side `Received` chain, `DKIM-Signature`, ARC, provider headers, client headers) was produced by the "
             "sending side. The DKIM signatures are syntactically realistic but not cryptographically valid — the "
             "MX's `Authentication-Results` is the verdict to use. Results follow the sender set-up: real provider "
             "and company accounts (including compromised ones and freshly registered look-alike domains) pass; "
             "spoofed senders, scripts on shared hosting and VPS senders show fail/none/softfail/neutral as they "
             "would; list copies show the original signature failing next to the list's own signature; alias "
             "forwards show an SPF softfail with intact DKIM.")
    L.append("")
    L.append("## Names, domains and addresses")
    L.append("")
    L.append("All people, companies, codes, phone numbers, IBANs and wallet addresses are invented. IP addresses "
             "come from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32. "
             "Organisation and scam domains are reserved or made-up names; real brand names appear in text and in "
             "look-alike domains, and the real domains of the big mail/calendar providers (google.com, gmail.com, "
             "outlook.com, icloud.com, yahoo.com, zoom.us, …) and well-known hosting/link platforms appear where the "
             "reproduced client or trick requires them. Phone numbers use fictional ranges (e.g. 555-01xx, UK "
             "drama numbers) or random digits. Nothing in the corpus points at a working payload.")
    L.append("")
    L.append("## Licence")
    L.append("")
    L.append("CC0 1.0 Universal (public domain dedication). Everything in this directory was written or generated "
             "by `gen.py`; no third-party message text is included.")
    L.append("")
    L.append("Generated by gen.py.")
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
