"""MIME layouts of the clients and platforms that send iMIP mail.

Each client takes (g, m, arrival) and returns (header lines, Part). Layouts follow the
real samples in shared/corpus/imip and shared/corpus/spam (Google Calendar, Exchange /
Outlook / Teams, iCloud, Thunderbird, Horde, ruby booking tools, spam kits).
"""
from __future__ import annotations

import datetime as dt
import re
import string

from engine import build_ics
from kit import (Part, addr, enc_words, fold_header, html_escape, leaf, rfc2822_date, text_to_html,
                 to_local, tz_abbrev, ZONES)

GPREFIX = {"en": ("Invitation", "Updated invitation", "Canceled event", "Accepted", "Declined", "Tentatively accepted"),
           "de": ("Einladung", "Aktualisierte Einladung", "Abgesagter Termin", "Angenommen", "Abgelehnt", "Mit Vorbehalt angenommen"),
           "fr": ("Invitation", "Invitation mise à jour", "Événement annulé", "Accepté", "Refusé", "Accepté provisoirement"),
           "es": ("Invitación", "Invitación actualizada", "Evento cancelado", "Aceptado", "Rechazado", "Aceptado provisionalmente"),
           "nl": ("Uitnodiging", "Bijgewerkte uitnodiging", "Geannuleerde afspraak", "Geaccepteerd", "Geweigerd", "Voorlopig geaccepteerd"),
           "it": ("Invito", "Invito aggiornato", "Evento annullato", "Accettato", "Rifiutato", "Accettato provvisoriamente"),
           "pt": ("Convite", "Convite atualizado", "Evento cancelado", "Aceito", "Recusado", "Aceito provisoriamente"),
           "pl": ("Zaproszenie", "Zaktualizowane zaproszenie", "Odwołane wydarzenie", "Zaakceptowano", "Odrzucono", "Wstępnie zaakceptowano"),
           "sv": ("Inbjudan", "Uppdaterad inbjudan", "Inställd händelse", "Accepterat", "Avböjt", "Preliminärt accepterat"),
           "ja": ("招待", "更新された招待", "キャンセルされた予定", "承諾", "辞退", "仮承諾"),
           "ru": ("Приглашение", "Обновленное приглашение", "Мероприятие отменено", "Принято", "Отклонено", "Принято под вопросом"),
           "tr": ("Davet", "Güncellenmiş davet", "İptal edilen etkinlik", "Kabul edildi", "Reddedildi", "Belki"),
           "zh": ("邀请", "更新的邀请", "已取消的活动", "已接受", "已拒绝", "暂定")}

OPREFIX = {"en": ("", "Canceled", "Accepted", "Declined", "Tentative", "New Time Proposed", "FW"),
           "de": ("", "Abgesagt", "Angenommen", "Abgelehnt", "Mit Vorbehalt", "Neuer Zeitvorschlag", "WG"),
           "fr": ("", "Annulé", "Accepté", "Refusé", "Provisoire", "Nouvelle heure proposée", "TR"),
           "nl": ("", "Geannuleerd", "Geaccepteerd", "Geweigerd", "Voorlopig", "Nieuwe tijd voorgesteld", "Doorst"),
           "es": ("", "Cancelado", "Aceptado", "Rechazado", "Provisional", "Nueva hora propuesta", "RV"),
           "it": ("", "Annullato", "Accettato", "Rifiutato", "Provvisorio", "Nuova ora proposta", "I"),
           "fi": ("", "Peruutettu", "Hyväksytty", "Hylätty", "Alustava", "Uusi aika ehdotettu", "VL"),
           "pl": ("", "Anulowane", "Zaakceptowane", "Odrzucone", "Wstępnie", "Zaproponowano nowy termin", "PD"),
           "sv": ("", "Inställt", "Accepterat", "Avböjt", "Preliminärt", "Ny tid föreslagen", "VB"),
           "ja": ("", "キャンセル済み", "承諾", "辞退", "仮承諾", "新しい日時の提案", "FW")}


def when_en(ev, zone):
    s, e, allday = ev["_start"], ev["_end"], ev["_allday"]
    if allday:
        return s.strftime("%a %b %-d, %Y")
    ls, le = to_local(zone, s), to_local(zone, e)
    f = lambda t: t.strftime("%-I:%M%p").lower().replace(":00", "")
    return f"{ls.strftime('%a %b %-d, %Y')} {f(ls)} - {f(le)}"


def when_generic(ev, zone, lang="en"):
    s, e, allday = ev["_start"], ev["_end"], ev["_allday"]
    if allday:
        return s.strftime("%d.%m.%Y") if lang != "en" else s.strftime("%A, %B %-d, %Y")
    ls, le = to_local(zone, s), to_local(zone, e)
    if lang == "en":
        return f"{ls.strftime('%A, %B %-d, %Y %-I:%M %p')} - {le.strftime('%-I:%M %p')}"
    if lang in ("ja", "zh"):
        return f"{ls.strftime('%Y/%m/%d %H:%M')}～{le.strftime('%H:%M')}"
    if lang == "ko":
        return f"{ls.strftime('%Y. %m. %d. %H:%M')} - {le.strftime('%H:%M')}"
    return f"{ls.strftime('%d.%m.%Y %H:%M')} - {le.strftime('%H:%M')}"


def zone_of(m):
    z = m["ev"].get("tz", "UTC")
    return z if z in ZONES else "UTC"


def base_headers(g, m, subject, msgid, mode="B", date_zone=None, order="std"):
    frm = m.get("from_header") or addr(m["from"][0], m["from"][1], mode)
    to = ", ".join(addr(n, a, mode) for n, a in m["to"]) if not m.get("to_header") else m["to_header"]
    date = rfc2822_date(m["_sent"], date_zone or m.get("sender_tz", "UTC"))
    subj = enc_words(subject, mode) if any(ord(c) > 126 for c in subject) else subject
    H = []
    pre = m.get("pre_headers", [])
    if order == "google":
        H += pre
        if m.get("reply_to"):
            H.append("Reply-To: " + addr(*m["reply_to"], mode=mode))
        if m.get("sender"):
            H.append("Sender: " + addr(*m["sender"], mode=mode))
        H += [f"Message-ID: <{msgid}>", f"Date: {date}", fold_header("Subject", subj), f"From: {frm}", f"To: {to}"]
    else:
        H += pre
        H += [f"From: {frm}", f"To: {to}"]
        if m.get("cc"):
            H.append("Cc: " + ", ".join(addr(n, a, mode) for n, a in m["cc"]))
        if m.get("sender"):
            H.append("Sender: " + addr(*m["sender"], mode=mode))
        if m.get("reply_to"):
            H.append("Reply-To: " + addr(*m["reply_to"], mode=mode))
        H += [fold_header("Subject", subj), f"Date: {date}", f"Message-ID: <{msgid}>"]
    H += m.get("extra_headers", [])
    return H


def ics_for(g, m, arrival, style):
    m.setdefault("client_style", style)
    return build_ics(g, m, arrival)


def default_text(m, lang="en"):
    ev = m["ev"]
    zone = zone_of(m)
    lines = [ev.get("summary", "")]
    if ev.get("_start") is not None:
        lines.append("")
        lines.append(("When: " if lang == "en" else "") + when_generic(ev, zone, lang) + ("" if ev["_allday"] else f" ({zone})"))
    if ev.get("loc"):
        lines.append(("Where: " if lang == "en" else "") + ev["loc"])
    if ev.get("desc"):
        lines += ["", ev["desc"]]
    return "\n".join(lines) + "\n"


def _cal_part(g, m, ics, cte="7bit", method=None, name=None, extra=None, ctype=None):
    method = method if method is not None else m.get("method_param", m.get("method", "REQUEST"))
    ct = ctype or (f'text/calendar; charset="UTF-8"; method={method}' if method else 'text/calendar; charset="UTF-8"')
    if name and not ctype:
        ct += f'; name="{name}"'
    return leaf(ct, ics, cte, headers=extra or [])


# ---------------------------------------------------------------------------

def google(g, m, arrival):
    ics = ics_for(g, m, arrival, "google")
    ev, zone, lang = m["ev"], zone_of(m), m.get("lang", "en")
    pre = GPREFIX.get(lang, GPREFIX["en"])
    kind = {"REQUEST": 0 if ev.get("seq", 0) == 0 else 1, "CANCEL": 2, "REPLY": 3}.get(m.get("method", "REQUEST"), 0)
    if m.get("method") == "REPLY":
        ps = m.get("reply_partstat", "ACCEPTED")
        kind = {"ACCEPTED": 3, "DECLINED": 4, "TENTATIVE": 5}[ps]
    rcpt = m["_rcpt"]
    tzlabel = tz_abbrev(zone, ev["_start"]) if not ev["_allday"] and not isinstance(ev["_start"], dt.date.__class__) else ""
    if not ev["_allday"]:
        tzlabel = {"UTC": "GMT"}.get(zone, tzlabel)
    subj = m.get("subject") or f"{pre[kind]}: {ev.get('summary', '')} @ {when_en(ev, zone)}{' (' + tzlabel + ')' if tzlabel else ''} ({rcpt})"
    m.setdefault("sender", ("Google Calendar" if lang == "en" else {"de": "Google Kalender", "fr": "Google Agenda", "es": "Google Calendar", "nl": "Google Agenda", "sv": "Google Kalender", "it": "Google Calendar"}.get(lang, "Google Calendar"), "calendar-notification@google.com"))
    m.setdefault("reply_to", m["from"])
    msgid = f"calendar-{g.uuid()}@google.com"
    H = base_headers(g, m, subj, msgid, "Q", date_zone="UTC", order="google")
    text = m.get("text")
    if text is None:
        eid = g.alnum(60)
        parts = [ev.get("summary", ""), when_en(ev, zone) + (f" ({zone})" if not ev["_allday"] else ""), ""]
        if ev.get("meet"):
            parts += ["Join with Google Meet", ev["meet"], ""]
            if ev.get("meet_phone"):
                parts += ["Join by phone", ev["meet_phone"], ""]
        if ev.get("loc"):
            parts += ["Location", ev["loc"], ""]
        if ev.get("desc"):
            plain = ev.get("desc_plain") or re.sub(r"<[^>]+>", " ", ev["desc"]).replace("&nbsp;", " ").replace("&rsquo;", "'")
            parts += [re.sub(r"[ \t]{2,}", " ", plain).strip(), ""]
        parts += ["Organizer", m["ev"]["organizer"][0] if ev.get("organizer") else "", m["ev"]["organizer"][1] if ev.get("organizer") else "", "",
                  "Guests", *[f"{a[0] or a[1]} - {a[1]}" for a in ev.get("attendees", [])[:12]], "",
                  f"Reply for {rcpt} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={g.alnum(60)}&ctz={zone.replace('/', '%2F')}&hl={lang}&es=0",
                  "Your attendance is optional." if g.rng.random() < .3 else "", "", "~~//~~",
                  "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                  "You are receiving this email because you are an attendee on the event.", "",
                  "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.", "",
                  "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
        text = "\n".join(parts) + "\n"
    html = m.get("html") or ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Google Calendar"/></span></span>'
                             + text_to_html(text, "Google Sans,Roboto,Helvetica,Arial,sans-serif"))
    b1, b2 = "0000000000" + g.hex(16), "0000000000" + g.hex(16)
    tcte = "base64" if arrival.year >= 2019 else "quoted-printable"
    alt = Part("multipart/alternative", parts=[
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, tcte),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        _cal_part(g, m, ics, "7bit" if g.rng.random() < .5 else "quoted-printable")], boundary=b2)
    parts = [alt]
    if not m.get("no_ics_attachment"):
        parts.append(leaf('application/ics; name="invite.ics"', ics, "base64", headers=['Content-Disposition: attachment; filename="invite.ics"']))
    return H, Part("multipart/mixed", parts=parts, boundary=b1)


def outlook(g, m, arrival, style="exchange"):
    ics = ics_for(g, m, arrival, style)
    ev, zone, lang = m["ev"], zone_of(m), m.get("lang", "en")
    pre = OPREFIX.get(lang, OPREFIX["en"])
    meth = m.get("method", "REQUEST")
    if m.get("subject"):
        subj = m["subject"]
    elif meth == "CANCEL":
        subj = f"{pre[1]}: {ev.get('summary', '')}"
    elif meth == "REPLY":
        subj = f"{ {'ACCEPTED': pre[2], 'DECLINED': pre[3], 'TENTATIVE': pre[4]}[m.get('reply_partstat', 'ACCEPTED')] }: {ev.get('summary', '')}"
    elif meth == "COUNTER":
        subj = f"{pre[5]}: {ev.get('summary', '')}"
    else:
        subj = ev.get("summary", "")
    if m.get("infra") not in ("o365", "outlookcom") and not m.get("_exch_host"):
        m["_exch_host"] = f"EXCH{g.rng.randint(1, 4):02d}.{m['from'][1].split('@')[1]}"
    host = m.get("_exch_host") or f"{g.pick(['AM0PR', 'VI1PR', 'DB8PR', 'BN6PR', 'MW4PR'])}0{g.rng.randint(1, 9)}MB{g.rng.randint(1000, 9999)}.{g.pick(['eurprd04', 'eurprd07', 'namprd11'])}.prod.outlook.com"
    msgid = f"{g.alnum(36, string.ascii_uppercase + string.digits)}@{host}"
    H = base_headers(g, m, subj, msgid, "B")
    tt = ev.get("summary", "")
    H.insert(2 if not m.get("cc") else 3, fold_header("Thread-Topic", enc_words(tt) if any(ord(c) > 126 for c in tt) else tt))
    H.insert(3, f"Thread-Index: {g.b64junk(30)}==")
    H += [f"Accept-Language: {m.get('accept_lang', 'en-US')}", f"Content-Language: {m.get('content_lang', 'en-US')}",
          "X-MS-Has-Attach:" + (" yes" if m.get("attachments") else ""), "X-MS-TNEF-Correlator:"]
    if style == "outlook16":
        H.append("X-Mailer: Microsoft Outlook 16.0")
    text = m.get("text")
    if text is None:
        text = (ev.get("desc") or "") + "\n"
    cs = m.get("charset", "utf-8")
    html = m.get("html") or text_to_html(text, "Calibri,Aptos,sans-serif")
    cal_cte = "base64" if style == "exchange" else m.get("cal_cte", "quoted-printable")
    parts = [leaf(f'text/plain; charset="{cs}"', text, "quoted-printable", cs),
             leaf(f'text/html; charset="{cs}"', html, "quoted-printable", cs),
             _cal_part(g, m, ics, cal_cte)]
    b = f"_000_{msgid.split('@')[0][:30]}_"
    alt = Part("multipart/alternative", parts=parts, boundary=b)
    if m.get("attachments"):
        return H, Part("multipart/mixed", parts=[alt] + m["attachments"], boundary=f"_004_{msgid.split('@')[0][:30]}_")
    return H, alt


def outlook16(g, m, arrival):
    return outlook(g, m, arrival, "outlook16")


def outlook_inline(g, m, arrival):
    """Outlook 16 sending the calendar as the whole body (seen in calmailproc test-10)."""
    ics = ics_for(g, m, arrival, "outlook16")
    subj = m.get("subject") or m["ev"].get("summary", "")
    msgid = f"{g.hex(12)}${g.hex(8)}${g.hex(8)}@{m['from'][1].split('@')[1]}"
    H = base_headers(g, m, subj, msgid)
    H += ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {g.b64junk(30)}", f"Content-Language: {m.get('content_lang', 'de')}"]
    return H, Part(f"text/calendar; method={m.get('method', 'REQUEST')};\n\tcharset=\"utf-8\"", ics.replace("\r\n", "\n"), "8bit")


def icloud(g, m, arrival):
    ics = ics_for(g, m, arrival, "icloud")
    ev, zone, lang = m["ev"], zone_of(m), m.get("lang", "en")
    org = ev.get("organizer", m["from"])
    subj = m.get("subject") or {"en": f"{org[0]} invited you to “{ev.get('summary', '')}”",
                                "fr": f"{org[0]} vous a invité à « {ev.get('summary', '')} »",
                                "de": f"{org[0]} hat dich zu „{ev.get('summary', '')}“ eingeladen",
                                "es": f"{org[0]} te ha invitado a “{ev.get('summary', '')}”",
                                "it": f"{org[0]} ti ha invitato a “{ev.get('summary', '')}”"}.get(lang)
    m["from_header"] = addr(org[0], m["from"][1], "Q")
    tok = g.alnum(60, string.ascii_uppercase + string.digits)
    m.setdefault("reply_to", (None, f"2_{tok}@imip.me.com"))
    msgid = f"{g.rng.randint(10 ** 9, 10 ** 10)}.{g.rng.randint(10 ** 17, 10 ** 18)}.JavaMail.email@email.apple.com"
    H = base_headers(g, m, subj, msgid, "Q")
    H += [f"X-EmailType-Id: {g.rng.randint(700000, 800000)}", f"X-Request-UUID: {g.uuid()}", "X-Business-Group: iCloud", "X-Attach-Flag: Y", f"X-TXN_ID: {g.uuid(True)}", "X-DKIM_SIGN_REQUIRED: YES"]
    text = m.get("text")
    if text is None:
        who = ev.get("summary", "")
        text = (f"{org[0]} invited you to “{who}”\n\n{when_generic(ev, zone)} {tz_abbrev(zone, ev['_start']) if not ev['_allday'] else ''}\n\n"
                + (f"{ev['loc']}\n\n" if ev.get("loc") else "") + (f"{ev['desc']}\n\n" if ev.get("desc") else "")
                + f"Accept – https://www.icloud.com/calendar/eventreply/?t={tok}&p=p{g.rng.randint(10, 70)}#reply=accept\n"
                  f"Decline – https://www.icloud.com/calendar/eventreply/?t={tok}&p=p{g.rng.randint(10, 70)}#reply=decline\n"
                  f"Maybe – https://www.icloud.com/calendar/eventreply/?t={tok}&p=p{g.rng.randint(10, 70)}#reply=tentative\n\n"
                  "---\niCloud is a service provided by Apple.\nMy Apple ID: https://appleid.apple.com/choose-your-country/\nSupport: https://www.apple.com/support/icloud/ww\n")
    html = m.get("html") or text_to_html(text, "-apple-system,Helvetica Neue,Helvetica,sans-serif")
    p = "----=_Part_%d_%d.%d" % (g.rng.randint(10 ** 7, 10 ** 8), g.rng.randint(10 ** 9, 2 * 10 ** 9), int(arrival.timestamp() * 1000))
    alt = Part("multipart/alternative", parts=[leaf("text/plain; charset=UTF-8", text, "quoted-printable", headers=["Content-Disposition: inline"]),
                                               leaf("text/html; charset=UTF-8", html, "quoted-printable", headers=["Content-Disposition: inline"])], boundary=p + "1")
    cal = _cal_part(g, m, ics, "quoted-printable", name=None, extra=[f'Content-Disposition: attachment; filename="iCal-{arrival.strftime("%Y%m%d-%H%M%S")}.ics"'])
    return H, Part("multipart/mixed", parts=[alt, cal], boundary=p)


def thunderbird(g, m, arrival):
    ics = ics_for(g, m, arrival, "thunderbird")
    ev, lang = m["ev"], m.get("lang", "en")
    meth = m.get("method", "REQUEST")
    pfx = {"REQUEST": "Invitation" if ev.get("seq", 0) == 0 else "Updated Event", "CANCEL": "Event Canceled",
           "REPLY": {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}.get(m.get("reply_partstat", "ACCEPTED")),
           "COUNTER": "Counter proposal"}.get(meth, "Invitation")
    if lang == "de":
        pfx = {"Invitation": "Einladung", "Updated Event": "Aktualisierte Einladung", "Event Canceled": "Abgesagt", "Accepted": "Angenommen", "Declined": "Abgelehnt"}.get(pfx, pfx)
    subj = m.get("subject") or f"{pfx}: {ev.get('summary', '')}"
    dom = m["from"][1].split("@")[1]
    msgid = f"{g.uuid()}@{dom}"
    H = base_headers(g, m, subj, msgid)
    ver = m.get("tb_version", g.pick(["102.15.1", "115.8.0", "128.3.1", "91.13.0", "78.14.0"]))
    H.append(f"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:{ver.split('.')[0]}.0) Gecko/20100101 Thunderbird/{ver}")
    text = m.get("text") or default_text(m, lang)
    b1, b2 = "------------" + g.alnum(24), "------------" + g.alnum(24)
    alt = Part("multipart/alternative", parts=[leaf("text/plain; charset=UTF-8; format=flowed", text, "8bit"),
                                               _cal_part(g, m, ics, "8bit")], boundary=b2)
    att = leaf(f'application/ics; name="invite.ics"', ics, "base64", headers=['Content-Disposition: attachment; filename="invite.ics"'])
    return H, Part("multipart/mixed", parts=[alt, att], boundary=b1, preamble="This is a multi-part message in MIME format.")


def nextcloud(g, m, arrival):
    ics = ics_for(g, m, arrival, "nextcloud")
    ev, lang = m["ev"], m.get("lang", "en")
    org = ev.get("organizer", m["from"])
    inv = {"en": "Invitation", "de": "Einladung", "fr": "Invitation", "nl": "Uitnodiging", "it": "Invito", "es": "Invitación"}.get(lang, "Invitation")
    subj = m.get("subject") or f"{inv}: {ev.get('summary', '')}"
    host = m.get("nc_host", "cloud.example.org")
    m["from_header"] = addr(f"{org[0]} via Nextcloud" if lang == "en" else f"{org[0]} über Nextcloud" if lang == "de" else f"{org[0]} via Nextcloud", m["from"][1])
    m.setdefault("reply_to", (org[0], org[1]))
    msgid = f"{g.hex(32)}@{host}"
    H = base_headers(g, m, subj, msgid, "Q")
    H.append("Auto-Submitted: auto-generated")
    text = m.get("text") or (f"{inv}\n\n{org[0]} " + ("has invited you to" if lang == "en" else "hat Sie eingeladen zu") + f" »{ev.get('summary', '')}«\n\n" + default_text(m, lang)
                             + f"\nAccept: https://{host}/index.php/apps/dav/invitation/accept/{g.hex(40)}\nDecline: https://{host}/index.php/apps/dav/invitation/decline/{g.hex(40)}\n")
    b = "_=_swift_" + str(int(arrival.timestamp())) + "_" + g.hex(32) + "_=_"
    return H, Part("multipart/alternative", parts=[leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                                   leaf("text/html; charset=utf-8", text_to_html(text), "quoted-printable"),
                                                   leaf(f"text/calendar; method={m.get('method', 'REQUEST')}; charset=utf-8", ics, "8bit")], boundary=b)


def zimbra(g, m, arrival):
    ics = ics_for(g, m, arrival, "zimbra")
    ev = m["ev"]
    subj = m.get("subject") or ev.get("summary", "")
    dom = m["from"][1].split("@")[1]
    msgid = f"{g.rng.randint(10 ** 8, 10 ** 9)}.{g.rng.randint(10 ** 5, 10 ** 6)}.{int(arrival.timestamp() * 1000)}.JavaMail.zimbra@{dom}"
    H = base_headers(g, m, subj, msgid, "Q")
    H += [f"X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF{g.rng.randint(100, 128)} (Linux)/9.0.0_GA_4546)", f"Thread-Index: {g.b64junk(28)}", f"Thread-Topic: {ev.get('summary', '')[:60]}"]
    text = m.get("text") or ("The following is a new meeting request:\n\n" + default_text(m) + "\n*~*~*~*~*~*~*~*~*~*\n")
    b = "=_" + g.uuid()
    return H, Part("multipart/alternative", parts=[leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                                   leaf("text/html; charset=utf-8", text_to_html(text), "quoted-printable"),
                                                   leaf(f"text/calendar; charset=utf-8; method={m.get('method', 'REQUEST')}; name=meeting.ics", ics, "7bit")], boundary=b)


def horde(g, m, arrival):
    ics = ics_for(g, m, arrival, "horde")
    ev = m["ev"]
    subj = m.get("subject") or ({"de": "Einladung: "}.get(m.get("lang"), "Invitation: ") + ev.get("summary", ""))
    dom = m["from"][1].split("@")[1]
    msgid = f"{arrival.strftime('%Y%m%d%H%M%S')}.Horde.{g.alnum(22)}@{dom}"
    H = base_headers(g, m, subj, msgid, "Q")
    H.append("User-Agent: Kronolith H5 (4.2.29)")
    text = m.get("text") or default_text(m, m.get("lang", "en"))
    b = "=_" + g.alnum(24)
    alt = Part("multipart/alternative", parts=[leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                               leaf("text/html; charset=utf-8", text_to_html(text), "quoted-printable")], boundary="=_" + g.alnum(24))
    return H, Part("multipart/mixed", parts=[alt, leaf(f"text/calendar; charset=utf-8; name=event-invitation.ics; METHOD={m.get('method', 'REQUEST')}", ics, "quoted-printable",
                                                        headers=["Content-Disposition: inline; filename=event-invitation.ics"])], boundary=b)


def sogo(g, m, arrival):
    ics = ics_for(g, m, arrival, "sogo")
    ev = m["ev"]
    subj = m.get("subject") or ("Event Invitation: \"" + ev.get("summary", "") + "\"")
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{g.hex(4)}-{g.hex(8)}-{g.rng.randint(1, 99)}-{g.hex(8)}@{dom}", "Q")
    H.append("X-Mailer: SOGoMail 5.10.0")
    text = m.get("text") or default_text(m)
    b = "----=_=-_OpenGroupware_org_NGMime-" + str(g.rng.randint(10000, 99999)) + "-" + str(int(arrival.timestamp())) + ".0-" + str(g.rng.randint(1, 9))
    return H, Part("multipart/mixed", parts=[leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                             leaf(f"text/calendar; method={m.get('method', 'REQUEST')}; charset=utf-8", ics, "quoted-printable",
                                                  headers=['Content-Disposition: attachment; filename="invite.ics"'])], boundary=b)


def zoom(g, m, arrival):
    ics = ics_for(g, m, arrival, "zoom")
    ev = m["ev"]
    subj = m.get("subject") or f"{ev.get('summary', '')} Confirmation"
    msgid = f"{g.alnum(22)}@{g.pick(['zoom.us', 'sg.zoom.us'])}"
    H = base_headers(g, m, subj, msgid)
    text = m.get("text") or default_text(m)
    html = m.get("html") or text_to_html(text, "Lato,Helvetica,Arial,sans-serif")
    b1, b2 = g.hex(40), g.hex(40)
    alt = Part("multipart/alternative", parts=[leaf("text/plain; charset=utf-8", text, "quoted-printable"), leaf("text/html; charset=utf-8", html, "quoted-printable")], boundary=b2)
    return H, Part("multipart/mixed", parts=[alt, leaf(f'text/calendar; charset=utf-8; method={m.get("method", "REQUEST")}; name="invite.ics"', ics, "base64",
                                                        headers=['Content-Disposition: attachment; filename="invite.ics"'])], boundary=b1)


def webex(g, m, arrival):
    ics = ics_for(g, m, arrival, "webex")
    ev = m["ev"]
    subj = m.get("subject") or f"Webex meeting invitation: {ev.get('summary', '')}"
    H = base_headers(g, m, subj, f"{g.hex(32)}@webex.com")
    text = m.get("text") or default_text(m)
    b = "----=_Part_" + str(g.rng.randint(10 ** 6, 10 ** 7)) + "_" + str(g.rng.randint(10 ** 8, 10 ** 9))
    alt = Part("multipart/alternative", parts=[leaf("text/plain; charset=UTF-8", text, "quoted-printable"), leaf("text/html; charset=UTF-8", m.get("html") or text_to_html(text), "quoted-printable"),
                                               leaf(f"text/calendar; method={m.get('method', 'REQUEST')}; charset=UTF-8", ics, "8bit")], boundary=b + "a")
    return H, Part("multipart/mixed", parts=[alt], boundary=b)


def esp(g, m, arrival):
    """Transactional / marketing platforms: text + html, calendar as an attachment."""
    ics = ics_for(g, m, arrival, m.get("prodid_style", "php"))
    ev = m["ev"]
    subj = m.get("subject") or ev.get("summary", "")
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, m.get("msgid") or f"{g.hex(8)}.{g.hex(16)}@{m.get('msgid_dom', dom)}", m.get("hdr_mode", "B"))
    text = m.get("text") or default_text(m, m.get("lang", "en"))
    html = m.get("html") or text_to_html(text)
    tcte = m.get("text_cte", "quoted-printable")
    parts = []
    if not m.get("html_only"):
        parts.append(leaf(f'text/plain; charset="{m.get("charset", "utf-8")}"', text, tcte, m.get("charset", "utf-8")))
    if not m.get("text_only"):
        parts.append(leaf(f'text/html; charset="{m.get("charset", "utf-8")}"', html, m.get("html_cte", "quoted-printable"), m.get("charset", "utf-8")))
    body = Part("multipart/alternative", parts=parts, boundary=m.get("boundary2") or ("----=_Part_" + g.hex(20))) if len(parts) > 1 else parts[0]
    name = m.get("ics_name", "invite.ics")
    meth = m.get("method_param", m.get("method", "PUBLISH"))
    ct = m.get("ics_ctype") or (f'text/calendar; charset="utf-8"; method={meth}; name="{name}"' if meth else f'text/calendar; charset="utf-8"; name="{name}"')
    disp = m.get("ics_disp", f'attachment; filename="{name}"')
    cal = leaf(ct, ics if not m.get("ics_bytes") else m["ics_bytes"], m.get("ics_cte", "base64"), headers=[f"Content-Disposition: {disp}"] if disp else [])
    tail = [cal] + m.get("attachments", [])
    if m.get("ics_twice"):
        tail.append(leaf(f'application/ics; name="{name}"', ics, "base64", headers=[f'Content-Disposition: attachment; filename="{name}"']))
    outer = m.get("outer", "mixed")
    return H, Part(f"multipart/{outer}", parts=[body] + tail, boundary=m.get("boundary") or ("----=_NextPart_" + g.hex(24)))


def spamkit(g, m, arrival):
    """The bulk-kit layout seen in the honeypot samples: html + text/calendar + application/ics."""
    ics = ics_for(g, m, arrival, m.get("prodid_style", "generic"))
    ev = m["ev"]
    subj = m.get("subject") or ev.get("summary", "")
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{g.uuid()}@{m.get('msgid_dom', dom)}", m.get("hdr_mode", "B"))
    text = m.get("text", "")
    html = m.get("html") or text_to_html(text or ev.get("summary", ""))
    b = g.alnum(56)
    alt = Part("multipart/alternative", parts=[leaf('text/plain; charset="UTF-8"', text or " ", "quoted-printable"),
                                               leaf("text/html; charset=UTF-8", html, "8bit")], boundary=g.alnum(40))
    name = m.get("ics_name", "invite.ics")
    parts = [alt, leaf(f'text/calendar; charset="utf-8"; method={m.get("method_param", m.get("method", "REQUEST"))}', ics, "base64")]
    if not m.get("no_app_ics"):
        parts.append(leaf(f'application/ics; name="{name}"', ics, "base64", headers=[f'Content-Disposition: attachment; filename="{name}"']))
    return H, Part(m.get("outer_ctype", "multipart/mixed"), parts=parts, boundary=b)


def ruby(g, m, arrival):
    """Appointment tools built on icalendar-ruby behind Mailgun/SendGrid."""
    m.setdefault("method", "PUBLISH")
    ics = ics_for(g, m, arrival, "ruby")
    subj = m.get("subject") or m["ev"].get("summary", "")
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{arrival.strftime('%Y%m%d%H%M%S')}.{g.hex(16)}@{dom}")
    text = m.get("text") or "Please use a HTML enabled email client to view this message.\n"
    html = m.get("html") or text_to_html(default_text(m, m.get("lang", "en")))
    b = g.hex(60)
    alt = Part("multipart/alternative", parts=[leaf('text/plain; charset="ascii"' if all(ord(c) < 128 for c in text) else 'text/plain; charset="utf-8"', text, "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"),
                                               leaf('text/html; charset="utf-8"', html, "quoted-printable")], boundary=g.hex(60))
    cal = leaf(f'text/calendar; name="{m.get("ics_name", "Appointment.ics")}"', ics, "base64", headers=[f'Content-Disposition: attachment; filename="{m.get("ics_name", "Appointment.ics")}"'])
    return H, Part("multipart/mixed", parts=[alt, cal], boundary=b)


def bare(g, m, arrival):
    """The whole message is the calendar object."""
    ics = ics_for(g, m, arrival, m.get("prodid_style", "generic"))
    subj = m.get("subject") or m["ev"].get("summary", "")
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{g.hex(20)}@{m.get('msgid_dom', dom)}", m.get("hdr_mode", "B"))
    cte = m.get("ics_cte", "8bit")
    ct = m.get("ics_ctype") or f'text/calendar; charset="utf-8"; method={m.get("method_param", m.get("method", "REQUEST"))}'
    return H, leaf(ct, ics, cte)


def yahoo(g, m, arrival):
    ics = ics_for(g, m, arrival, "yahoo")
    ev = m["ev"]
    subj = m.get("subject") or ("Cancelled: " if m.get("method") == "CANCEL" else "Invitation: ") + ev.get("summary", "")
    H = base_headers(g, m, subj, f"{g.rng.randint(10 ** 9, 10 ** 10)}.{g.rng.randint(10 ** 6, 10 ** 7)}.{int(arrival.timestamp() * 1000)}@calendar.yahoo.com")
    text = m.get("text") or default_text(m)
    b = "----=_Part_" + str(g.rng.randint(10 ** 6, 10 ** 7)) + "_" + str(g.rng.randint(10 ** 8, 10 ** 9)) + "." + str(int(arrival.timestamp() * 1000))
    return H, Part("multipart/alternative", parts=[leaf("text/plain; charset=UTF-8", text, "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"),
                                                   leaf("text/html; charset=UTF-8", text_to_html(text), "quoted-printable"),
                                                   leaf(f"text/calendar; charset=UTF-8; method={m.get('method_param', 'REQUEST')}", ics, "7bit")], boundary=b)


def generic(g, m, arrival):
    """Plain + html alternative with the calendar as third alternative (many web mailers)."""
    ics = ics_for(g, m, arrival, m.get("prodid_style", "generic"))
    subj = m.get("subject") or m["ev"].get("summary", "")
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{g.hex(16)}@{m.get('msgid_dom', dom)}", m.get("hdr_mode", "B"))
    if m.get("user_agent"):
        H.append(m["user_agent"])
    text = m.get("text") or default_text(m, m.get("lang", "en"))
    html = m.get("html") or text_to_html(text)
    parts = [leaf("text/plain; charset=utf-8", text, m.get("text_cte", "quoted-printable"))]
    if not m.get("text_only"):
        parts.append(leaf("text/html; charset=utf-8", html, m.get("html_cte", "quoted-printable")))
    parts.append(_cal_part(g, m, ics, m.get("cal_cte", "7bit")))
    alt = Part("multipart/alternative", parts=parts, boundary="b1_" + g.hex(32))
    if m.get("attachments") or m.get("ics_attach_too"):
        more = list(m.get("attachments", []))
        if m.get("ics_attach_too"):
            more.append(leaf(f'application/ics; name="{m.get("ics_name", "invite.ics")}"', ics, "base64", headers=[f'Content-Disposition: attachment; filename="{m.get("ics_name", "invite.ics")}"']))
        return H, Part("multipart/mixed", parts=[alt] + more, boundary="b2_" + g.hex(32))
    return H, alt


def forward_rfc822(g, m, arrival):
    """Someone forwards a whole invitation as an attached message (Gmail/Thunderbird 'forward as attachment')."""
    inner = m["inner"]
    inner.setdefault("_sent", arrival - dt.timedelta(days=m.get("inner_age_days", 1)))
    inner["_rcpt"] = inner["to"][0][1]
    inner["_from"] = inner["from"]
    inner.setdefault("sender_tz", m.get("sender_tz", "UTC"))
    ih, ipart = CLIENTS[inner.get("client", "generic")](g, inner, inner["_sent"])
    inner_text = "\n".join(ih) + "\n" + ipart.render(["MIME-Version: 1.0"])
    # copy event fields back so the outer text can refer to them
    subj = m.get("subject") or ("Fwd: " + inner["ev"].get("summary", ""))
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{g.alnum(20)}@{m.get('msgid_dom', dom)}", "B")
    if m.get("user_agent"):
        H.append(m["user_agent"])
    text = m.get("text", "FYI\n")
    rfc = Part("message/rfc822", inner_text, None, headers=[f'Content-Disposition: attachment; filename="{m.get("att_name", "forwarded message.eml")}"'])
    return H, Part("multipart/mixed", parts=[leaf("text/plain; charset=UTF-8; format=flowed", text, "8bit"), rfc], boundary="------------" + g.alnum(24))


def forward_inline(g, m, arrival):
    """Outlook-style forward of a meeting: new From, quoted header block, original calendar re-attached."""
    style = m.get("fwd_style", "exchange")
    ics = ics_for(g, m, arrival, style)
    ev, lang = m["ev"], m.get("lang", "en")
    pre = OPREFIX.get(lang, OPREFIX["en"])
    subj = m.get("subject") or f"{pre[6]}: {ev.get('summary', '')}"
    dom = m["from"][1].split("@")[1]
    msgid = f"{g.alnum(36, string.ascii_uppercase + string.digits)}@{m.get('_exch_host', 'exch01.' + dom)}"
    H = base_headers(g, m, subj, msgid, "B")
    H += [f"Thread-Index: {g.b64junk(30)}==", f"Accept-Language: {m.get('accept_lang', 'en-US')}", f"Content-Language: {m.get('content_lang', 'en-US')}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    org = ev.get("organizer", ("", ""))
    zone = zone_of(m)
    quoted = (f"{m.get('note', '')}\n\n-----Original Appointment-----\nFrom: {org[0]} <{org[1]}>\nSent: {rfc2822_date(arrival - dt.timedelta(days=2), zone)}\n"
              f"To: {', '.join(a[0] or a[1] for a in ev.get('attendees', [])[:6])}\nSubject: {ev.get('summary', '')}\n"
              f"When: {when_generic(ev, zone)} ({ZONES[zone][4]})\nWhere: {ev.get('loc', '')}\n\n{ev.get('desc', '')}\n")
    text = m.get("text") or quoted
    b = f"_000_{msgid.split('@')[0][:30]}_"
    return H, Part("multipart/alternative", parts=[leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                                   leaf('text/html; charset="utf-8"', text_to_html(text, "Calibri,sans-serif"), "quoted-printable"),
                                                   _cal_part(g, m, ics, "base64")], boundary=b)


def reply_generic(g, m, arrival):
    """Apple Calendar / generic CalDAV client reply or counter: short text + calendar."""
    ics = ics_for(g, m, arrival, m.get("prodid_style", "macos"))
    ev = m["ev"]
    ps = m.get("reply_partstat", "ACCEPTED")
    subj = m.get("subject") or {"ACCEPTED": "Invitation accepted", "DECLINED": "Invitation declined", "TENTATIVE": "Invitation maybe"}[ps] + f": {ev.get('summary', '')}"
    dom = m["from"][1].split("@")[1]
    H = base_headers(g, m, subj, f"{g.uuid(True)}@{dom}")
    if m.get("user_agent"):
        H.append(m["user_agent"])
    text = m.get("text") or f"{m['from'][0]} has {ps.lower()} your invitation.\n"
    b = "Apple-Mail=_" + g.uuid(True)
    return H, Part("multipart/mixed", parts=[leaf("text/plain; charset=utf-8", text, "quoted-printable"),
                                             leaf(f"text/calendar; charset=utf-8; method={m.get('method', 'REPLY')}; name=reply.ics", ics, "quoted-printable",
                                                  headers=["Content-Disposition: attachment; filename=reply.ics"])], boundary=b)


CLIENTS = {"google": google, "outlook": outlook, "outlook16": outlook16, "outlook_inline": outlook_inline, "icloud": icloud,
           "thunderbird": thunderbird, "nextcloud": nextcloud, "zimbra": zimbra, "horde": horde, "sogo": sogo, "zoom": zoom,
           "webex": webex, "esp": esp, "spamkit": spamkit, "ruby": ruby, "bare": bare, "yahoo": yahoo, "generic": generic,
           "forward_rfc822": forward_rfc822, "forward_inline": forward_inline, "reply_generic": reply_generic}
