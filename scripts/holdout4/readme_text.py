# README template for corpus/holdout4 (written by gen.py so that the whole directory regenerates).

README = """# holdout4 - SEALED EXAM for calendar (iMIP) spam detection

**This corpus is a sealed exam.** Nobody may open, read, grep or otherwise inspect its
messages in order to tune a detector, write rules or pick thresholds. The only thing that
may be looked at is the *aggregate* result per category (and per label) after a detector
has been run over it. As soon as anyone opens individual files to understand or fix a
miss, the exam is spent: it must then be treated as training data and a new exam must be
written by someone who has not seen the detector.

## What it is

* {total} synthetic RFC 5322 messages carrying iCalendar (RFC 5545) objects the way iMIP
  (RFC 6047) mail does: {nspam} spam and {nham} ham, CRLF line endings.
* Written independently: the author saw neither the detector, its rules, nor any other
  corpus in the repository. Texts are hand-written imitations of real invitations and
  of publicly reported calendar-spam campaigns; nothing is copied from real mail.
* License: CC0 1.0 Universal (public domain dedication). The generator scripts are CC0 too.
* `labels.tsv`: `path<TAB>label<TAB>category<TAB>description`; the description column is
  deliberately empty so the label file reveals nothing about the content.

## Categories

Spam:
{spamcats}

Ham (including traps that look like spam: amounts, confirmation numbers, phone numbers,
"free"/"bonus"/"salary"/"offer", password/MFA/Microsoft 365 wording, huge attendee lists,
recurring series without end, broken DKIM after forwarding or list resend, .ics-only mail):
{hamcats}

## Languages and charsets

About half of each side is English; the rest is spread over German, French, Spanish,
Portuguese, Italian, Dutch, Polish, Czech, Swedish, Russian, Ukrainian, Turkish, Greek,
Arabic, Hebrew, Japanese, Chinese, Korean, Vietnamese, Thai and Indonesian, every one of
them on both the spam and the ham side. Text parts use charsets typical for the language
and client (UTF-8, US-ASCII, ISO-8859-1/-2/-7/-8-i/-9/-15, windows-1250/1251/1252/1255/
1256, KOI8-R, KOI8-U, Shift_JIS, ISO-2022-JP, GB2312, GBK, EUC-KR, TIS-620); when a text
does not fit the legacy charset the client falls back to UTF-8, as real clients do. The
calendar objects are UTF-8 (a few deliberately mislabelled). Transfer encodings 7bit, 8bit,
quoted-printable and base64; non-ASCII subjects and display names are RFC 2047
encoded words (B and Q).

## Structure

Every message starts with the receiving host's trace (Return-Path, Delivered-To,
Authentication-Results of mx.example.net, the MX's Received line), followed by the sending
side's Received and DKIM-Signature headers and then the original headers. Structures imitate
Outlook/Exchange/Teams, Google Calendar (Sender calendar-notification@google.com), Apple
iCloud/Mail, Thunderbird, Nextcloud, Zimbra, SOGo, Fastmail, Proton, Yahoo, Zoho, Zoom, Webex,
Calendly, Eventbrite, HubSpot and bulk senders, booking engines, PHP mailers and unknown
senders: multipart/alternative with text/calendar, multipart/mixed with .ics attachments
(application/ics, text/calendar with name=, application/octet-stream), bare text/calendar,
message/rfc822 forwards, auto-forwards and mailing-list resends. About 5% of each side carries
realistic malformations (LF-only lines inside the calendar object, missing END:VCALENDAR,
unfolded long lines, missing UID, floating times, mislabelled charset).

## Names, addresses, numbers

* Recipients are mostly at example.net (the receiving organisation), some at example.org and
  other reserved names delivered through the same MX.
* Organisations, people and domains are invented (.example, .test, example.com/net/org);
  spam uses invented look-alike registrations. Real brand and platform names appear only as
  the sending platform (e.g. google.com, outlook.com, zoom.us) or as the impersonated target
  in spam. Spam links point at invented paths on public hosting, form, file-sharing,
  shortening and messaging services, on redirectors, or at invented look-alike domains.
* IP addresses come from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24; internal hops
  use RFC 1918 space. Phone numbers come from fictional ranges (555-01xx and similar
  reserved or unallocated blocks).
* Arrival dates range over 2016-2026; event times are relative to each message's arrival.

## Regenerating

From the worktree root:

    python3 scripts/holdout4/gen.py     # rewrites corpus/holdout4 byte for byte (fixed seeds)
    python3 scripts/holdout4/check.py   # parses every message, checks iCalendar/CRLF/labels,
                                        # prints counts per category and language

Python 3.11, standard library only.
"""
