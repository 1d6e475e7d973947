"""Mail rendering: the receiving host's trace, the sending platform's own headers and MIME layout."""

import datetime as dt
import html as htmlmod

from ics import render_ics
from lib import (CRLF, Part, addr, auth_results, b64_lines, b64blob, boundary, dkim_sig, doc_ip4, doc_ip6,
                 encode_text, encode_word, epoch, fold_header, ics_utc, multipart, mx_received, offset_at, priv_ip,
                 qp, rfc5322_date, rhex, rstr, ruuid, text_part, to_local, to_utc, tzabbr, TZ)

# ------------------------------------------------------------------ localisation of platform templates

MON = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene ene feb mar abr may jun jul ago sept oct nov dic".split()[1:],
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
}
DOW = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "nl": "ma di wo do vr za zo".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
}
DOW_LONG_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MON_LONG_EN = ("January February March April May June July August September October November "
               "December").split()

G = {  # Google Calendar mail strings
    "en": dict(inv="Invitation", upd="Updated invitation", cxl="Canceled event", intro="You have been invited to the following event.",
               intro_upd="This event has been changed.", intro_cxl="This event has been canceled and removed from your calendar.",
               title="Title", when="When", cal="Calendar", who="Who", org="organizer", details="Event details",
               join="Join with Google Meet", guests="Guests", organizer="Organizer", reply="Reply for {r} and view more details",
               optional="Your attendance is optional.",
               footer="Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding",
               footer_old="Invitation from Google Calendar: https://www.google.com/calendar/\n\nYou are receiving this courtesy email at the account {r} because you are an attendee of this event.\n\nTo stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://www.google.com/calendar/ and control your notification settings for your entire calendar.\n\nForwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding"),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", cxl="Abgesagter Termin", intro="Sie wurden zu folgendem Termin eingeladen.",
               intro_upd="Dieser Termin wurde geändert.", intro_cxl="Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.",
               title="Titel", when="Wann", cal="Kalender", who="Wer", org="Organisator", details="Termindetails",
               join="Mit Google Meet teilnehmen", guests="Gäste", organizer="Organisator", reply="Für {r} antworten und weitere Details ansehen",
               optional="Ihre Teilnahme ist optional.",
               footer="Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, weil Sie Teilnehmer dieses Termins sind.\n\nWenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator antworten, zur Gästeliste hinzugefügt werden, andere einladen oder Ihre Antwort ändern.\n\nWeitere Informationen https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", cxl="Événement annulé", intro="Vous avez été invité à l'événement suivant.",
               intro_upd="Cet événement a été modifié.", intro_cxl="Cet événement a été annulé et supprimé de votre agenda.",
               title="Titre", when="Quand", cal="Agenda", who="Participants", org="organisateur", details="Détails de l'événement",
               join="Participer avec Google Meet", guests="Invités", organizer="Organisateur", reply="Répondre pour {r} et afficher plus de détails",
               optional="Votre présence est facultative.",
               footer="Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car vous participez à l'événement.\n\nSi vous transférez cette invitation, tout destinataire pourra envoyer une réponse à l'organisateur, être ajouté à la liste des invités, inviter d'autres personnes ou modifier votre réponse.\n\nEn savoir plus https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
    "es": dict(inv="Invitación", upd="Invitación actualizada", cxl="Evento cancelado", intro="Has recibido una invitación para el siguiente evento.",
               intro_upd="Se ha modificado este evento.", intro_cxl="Se ha cancelado este evento.",
               title="Título", when="Cuándo", cal="Calendario", who="Quién", org="organizador", details="Detalles del evento",
               join="Unirse con Google Meet", guests="Invitados", organizer="Organizador", reply="Responder para {r} y ver más detalles",
               optional="Tu asistencia es opcional.",
               footer="Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo porque eres un invitado del evento.\n\nSi reenvías esta invitación, cualquier destinatario podría responder al organizador, unirse a la lista de invitados, invitar a otras personas o modificar tu respuesta.\n\nMás información https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
    "pt": dict(inv="Convite", upd="Convite atualizado", cxl="Evento cancelado", intro="Você foi convidado para o seguinte evento.",
               intro_upd="Este evento foi alterado.", intro_cxl="Este evento foi cancelado.",
               title="Título", when="Quando", cal="Agenda", who="Quem", org="organizador", details="Detalhes do evento",
               join="Participar com o Google Meet", guests="Convidados", organizer="Organizador", reply="Responder por {r} e ver mais detalhes",
               optional="Sua participação é opcional.",
               footer="Convite do Google Agenda: https://calendar.google.com/calendar/\n\nVocê está recebendo este e-mail porque é participante do evento.\n\nEncaminhar este convite pode permitir que qualquer destinatário responda ao organizador, seja adicionado à lista de convidados, convide outras pessoas ou altere sua resposta.\n\nSaiba mais https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
    "it": dict(inv="Invito", upd="Invito aggiornato", cxl="Evento annullato", intro="Hai ricevuto un invito per il seguente evento.",
               intro_upd="Questo evento è stato modificato.", intro_cxl="Questo evento è stato annullato.",
               title="Titolo", when="Quando", cal="Calendario", who="Chi", org="organizzatore", details="Dettagli evento",
               join="Partecipa con Google Meet", guests="Invitati", organizer="Organizzatore", reply="Rispondi per {r} e visualizza altri dettagli",
               optional="La tua partecipazione è facoltativa.",
               footer="Invito da Google Calendar: https://calendar.google.com/calendar/\n\nRicevi questa email perché sei un partecipante all'evento.\n\nL'inoltro di questo invito potrebbe consentire a qualsiasi destinatario di inviare una risposta all'organizzatore, essere aggiunto all'elenco degli invitati o modificare la tua risposta.\n\nScopri di più https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", cxl="Geannuleerd afspraak", intro="Je bent uitgenodigd voor het volgende evenement.",
               intro_upd="Dit evenement is gewijzigd.", intro_cxl="Dit evenement is geannuleerd.",
               title="Titel", when="Wanneer", cal="Agenda", who="Wie", org="organisator", details="Details van afspraak",
               join="Deelnemen met Google Meet", guests="Gasten", organizer="Organisator", reply="Reageren voor {r} en meer details bekijken",
               optional="Je aanwezigheid is optioneel.",
               footer="Uitnodiging van Google Agenda: https://calendar.google.com/calendar/\n\nJe ontvangt deze e-mail omdat je deelnemer bent aan het evenement.\n\nAls je deze uitnodiging doorstuurt, kan elke ontvanger reageren naar de organisator, aan de gastenlijst worden toegevoegd of je reactie wijzigen.\n\nMeer informatie https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
    "ja": dict(inv="招待状", upd="更新された招待状", cxl="キャンセルされた予定", intro="次の予定に招待されました。",
               intro_upd="この予定は変更されました。", intro_cxl="この予定はキャンセルされました。",
               title="タイトル", when="日時", cal="カレンダー", who="参加者", org="主催者", details="予定の詳細",
               join="Google Meet に参加", guests="ゲスト", organizer="主催者", reply="{r} として返信し、詳細を表示",
               optional="出席は任意です。",
               footer="Google カレンダーからの招待状: https://calendar.google.com/calendar/\n\nこのメールは、予定の参加者であるため送信されています。\n\nこの招待状を転送すると、受信者が主催者に返信したり、ゲストリストに追加されたり、出欠確認を変更したりできるようになります。\n\n詳細 https://support.google.com/calendar/answer/37135#forwarding",
               footer_old=None),
}


def hm12(t):
    h = t.hour % 12 or 12
    ap = "am" if t.hour < 12 else "pm"
    return f"{h}{ap}" if t.minute == 0 else f"{h}:{t.minute:02d}{ap}"


def g_when(lang, s, e, zone_label, utc_s=None):
    lg = lang if lang in MON else "en"
    if lg == "en":
        d = f"{DOW['en'][s.weekday()]} {MON['en'][s.month - 1]} {s.day}, {s.year}"
        return f"{d} {hm12(s)} - {hm12(e)}" + (f" ({zone_label})" if zone_label else "")
    if lang == "ja":
        d = f"{s.year}年{s.month}月{s.day}日({'月火水木金土日'[s.weekday()]}) {s.hour}:{s.minute:02d}～{e.hour}:{e.minute:02d}"
        return d + (f" ({zone_label})" if zone_label else "")
    d = f"{DOW[lg][s.weekday()]} {s.day}. {MON[lg][s.month - 1]} {s.year}" if lg in ("de",) else \
        f"{DOW[lg][s.weekday()]} {s.day} {MON[lg][s.month - 1]} {s.year}"
    return f"{d} {s.hour:02d}:{s.minute:02d} - {e.hour:02d}:{e.minute:02d}" + (f" ({zone_label})" if zone_label else "")


def zone_label(zone, when_utc, modern=True):
    if zone in (None, "UTC", "floating"):
        return "UTC" if zone == "UTC" else ""
    off = offset_at(zone, when_utc)
    if modern:
        h, m = divmod(abs(off), 60)
        return f"GMT{'+' if off >= 0 else '-'}{h}" + (f":{m:02d}" if m else "") if off else "GMT"
    return tzabbr(zone, when_utc)


# ------------------------------------------------------------------ helpers

def text_to_html(text, style="plain"):
    esc = htmlmod.escape(text)
    import re
    esc = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc)
    paras = esc.split("\n\n")
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in paras)


def envelope_dates(m):
    """Sending time: a few seconds to a few minutes before arrival."""
    rng = m["rng"]
    arrival = m["arrival"]
    delay = m.get("delay", rng.choice([1, 2, 2, 3, 4, 6, 9, 15, 40, 95, 300]))
    return arrival - dt.timedelta(seconds=delay)


def dom(email):
    return email.split("@")[-1].lower()


def org_domain(d):
    parts = d.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def mk_auth(m, prof):
    """Build the auth dict for the receiving host's Authentication-Results."""
    rng = m["rng"]
    a = m.get("auth", "pass")
    if isinstance(a, dict) and "spf" in a and isinstance(a["spf"], tuple):
        return a
    if isinstance(a, str):
        a = {"pass": dict(dkim="pass", spf="pass", dmarc="pass"),
             "nodkim": dict(dkim="none", spf="pass", dmarc="pass"),
             "nodmarc": dict(dkim="none", spf="pass", dmarc="none"),
             "none": dict(dkim="none", spf="none", dmarc="none"),
             "softfail": dict(dkim="none", spf="softfail", dmarc="fail"),
             "fail": dict(dkim="fail", spf="fail", dmarc="fail"),
             "dkimfail": dict(dkim="fail", spf="pass", dmarc="fail"),
             "forwarded": dict(dkim="fail", spf="softfail", dmarc="fail"),
             "neutral": dict(dkim="none", spf="neutral", dmarc="none"),
             "mixed": dict(dkim="pass", spf="softfail", dmarc="fail"),
             }[a]
    from_dom = dom(m["from_"][1])
    dk = []
    if a["dkim"] != "none":
        for d_, sel in prof.get("dkim", []):
            dk.append((a["dkim"] if (a["dkim"] != "pass" or True) else "pass", d_, sel))
        if a.get("dkim_extra"):
            dk += a["dkim_extra"]
    mf = prof["return_path"].strip("<>") or f"postmaster@{prof['helo']}"
    dpol = m.get("dmarc_p") or prof.get("dmarc_p") or rng.choice(["none", "quarantine", "reject", "none"])
    dres = a["dmarc"]
    if dres == "none":
        dm = ("none", None, org_domain(from_dom))
    else:
        dm = (dres, dpol.upper() if rng.random() < 0.5 else dpol, org_domain(from_dom) if rng.random() < .3 else from_dom)
    out = dict(dkim=dk, spf=(a["spf"], mf, prof["ip"]), dmarc=dm)
    if a.get("arc"):
        out["arc"] = a["arc"]
    return out


def assemble(m, prof, hdrs, body):
    rng = m["rng"]
    arrival = m["arrival"]
    rcpt = m["rcpt"][1]
    out = []
    out.append(("Return-Path", prof["return_path"] if prof["return_path"].startswith("<") else f"<{prof['return_path']}>"))
    out.append(("Delivered-To", rcpt))
    out.append(("Authentication-Results", auth_results(rng, mk_auth(m, prof), arrival)))
    out.append(("Received", mx_received(rng, prof["helo"], prof["ip"], rcpt, arrival, tls=prof.get("tls", True))))
    out += prof.get("hops", [])
    out += hdrs
    raw = b""
    for n, v in out:
        raw += f"{n}: {v}\r\n".encode("utf-8")
    raw += b"\r\n" + body
    return raw


def subj(m, s):
    cs = m.get("subj_cs", "utf-8")
    enc = m.get("subj_enc", "B")
    if all(ord(c) < 128 for c in s) and not m.get("force_ew"):
        return fold_header("Subject", s)
    return encode_word(s, cs, enc)


def mid_domain_date(d):
    return d.strftime("%Y%m%d%H%M%S")


def event_times(ev):
    """Local start/end and UTC start for template text."""
    s, e = ev["start"], ev.get("end")
    if isinstance(s, dt.datetime):
        z = ev.get("zone") or (ev["tz"] if ev.get("tz") not in ("UTC", "floating") else None)
        us = to_utc(z, s) if z else s
        return s, e or s + dt.timedelta(hours=1), us, z
    s2 = dt.datetime.combine(s, dt.time(0))
    e2 = dt.datetime.combine(e, dt.time(0)) if e else s2 + dt.timedelta(days=1)
    return s2, e2, s2, None


def cal_part(ics_text, method, charset="UTF-8", cte="7bit", name=None, disp=None, ct="text/calendar",
             method_param=True, quote_cs=True, eol_bytes=None, extra=(), param_order="cm"):
    data = ics_text.encode("utf-8")
    cs = f'"{charset}"' if quote_cs else charset
    params = []
    if param_order == "cm":
        params.append(f"charset={cs}")
        if method_param and method:
            params.append(f"method={method}")
    else:
        if method_param and method:
            params.append(f"method={method}")
        params.append(f"charset={cs}")
    if name:
        params.append(f'name="{name}"')
    ctv = ct + "; " + "; ".join(params) if params else ct
    hs = [("Content-Type", ctv)]
    if disp:
        hs.append(("Content-Disposition", disp))
    hs.append(("Content-Transfer-Encoding", cte))
    hs += list(extra)
    if cte.lower() == "base64":
        body = b64_lines(data).encode()
    elif cte.lower() == "quoted-printable":
        body = qp(data)
    else:
        body = data
    return Part(hs, body)


def att_list_names(ev, rcpt_addr):
    out = []
    for a in ev.get("attendees", []):
        out.append(a.get("cn") or a["email"])
    return out


# ------------------------------------------------------------------ Google Calendar

def plat_google(m):
    rng = m["rng"]
    ev = m["ev"]
    sent = envelope_dates(m)
    year = sent.year
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    lang = m.get("ui_lang", "en") if m.get("ui_lang", "en") in G else "en"
    L = G[lang]
    modern = year >= 2022
    s, e, us, zone = event_times(ev)
    zl = zone_label(zone, us, modern=modern or lang != "en")
    method = ev.get("method", "REQUEST")
    kind = {"REQUEST": "upd" if ev.get("seq", 0) > 0 else "inv", "CANCEL": "cxl"}.get(method, "inv")
    when = g_when(lang, s, e, zl)
    if not isinstance(ev["start"], dt.datetime):
        when = when.split(" 12am")[0].split(" 00:00")[0].split(" 0:00")[0]
    subject = m.get("subject") or f"{L[kind]}: {ev['summary']} @ {when} ({rcpt})"
    if m.get("subject_prefix"):
        subject = f"{m['subject_prefix']}: {ev['summary']} @ {when} ({faddr})"
    eid = b64blob(rng, 60).replace("+", "").replace("/", "")
    tok = b64blob(rng, 70).replace("+", "").replace("/", "")
    ctz = (zone or "UTC").replace("/", "%2F")
    evurl = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz={ctz}&hl={lang}&es=0"
    desc = ev.get("description") or ""
    meet = ev.get("meet")
    guests = [fname or faddr] + [a.get("cn") or a["email"] for a in ev.get("attendees", []) if a["email"] != faddr]
    if m.get("text") is not None:
        text = m["text"]
    elif modern:
        intro = {"inv": "", "upd": L["intro_upd"] + "\n", "cxl": L["intro_cxl"] + "\n"}[kind]
        lines = [intro + ev["summary"], when.rsplit(" (", 1)[0] if zone else when, (zone or "")]
        if meet:
            lines += ["", L["join"], meet]
        if ev.get("location"):
            lines += ["", ev["location"]]
        if desc:
            lines += ["", desc]
        lines += ["", L["organizer"], fname or faddr, faddr, "", L["guests"], f"{fname or faddr} - {L['org']}"]
        lines += [g for g in guests[1:12]]
        if len(guests) > 12:
            lines.append(f"View all guest info {evurl}")
        if kind != "cxl":
            lines += ["", L["reply"].format(r=rcpt) + " " + evurl]
            if ev.get("optional"):
                lines.append(L["optional"])
        lines += ["", "~~//~~", L["footer"]]
        text = "\n".join(lines) + "\n"
    else:
        intro = {"inv": L["intro"], "upd": L["intro_upd"], "cxl": L["intro_cxl"]}[kind]
        lines = [intro, "", f"{L['title']}: {ev['summary']}"]
        if desc:
            lines.append(desc)
        lines.append(f"{L['when']}: {when}")
        if ev.get("location"):
            lines.append(f"Where: {ev['location']}")
        lines.append(f"{L['cal']}: {rcpt}")
        lines.append(f"{L['who']}:")
        lines.append(f"     * {fname or faddr} - {L['org']}")
        for g in guests[1:25]:
            lines.append(f"     * {g}")
        if kind != "cxl":
            lines += ["", f"{L['details']}: {evurl}"]
        fo = L.get("footer_old") or G["en"]["footer_old"]
        lines += ["", fo.format(r=rcpt)]
        text = "\n".join(lines) + "\n"
    html_ = m.get("html")
    if html_ is None:
        html_ = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
                 'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="'
                 + htmlmod.escape(f"Invitation from {fname or faddr}") + '"/></span>'
                 '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style="">'
                 '<table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;'
                 'border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>'
                 f'<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>'
                 f'<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222">'
                 f'<span itemprop="name">{htmlmod.escape(ev["summary"])}</span></h3>'
                 + (f'<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:14px;color:#222;white-space:pre-wrap!important;white-space:-moz-pre-wrap!important;white-space:-pre-wrap!important;white-space:-o-pre-wrap!important;white-space:pre;word-wrap:break-word">{text_to_html(desc) if not ev.get("desc_is_html") else desc}</div>' if desc else '')
                 + f'<table cellpadding="0" cellspacing="0" border="0" summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">{L["when"]}</i></div></td>'
                 f'<td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">{htmlmod.escape(when)}</td></tr></table>'
                 f'<p style="color:#222;font-size:13px;margin:0"><span style="color:#888">Going (<span class="il">{htmlmod.escape(rcpt)}</span>)?&nbsp;&nbsp;&nbsp;</span>'
                 f'<wbr><strong><span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1&amp;tok={tok}&amp;ctz={ctz}&amp;hl={lang}&amp;es=0" style="color:#20c;white-space:nowrap">Yes</a></span>'
                 f'<span style="margin:0 0.4em;font-weight:normal"> - </span><span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3&amp;tok={tok}&amp;ctz={ctz}&amp;hl={lang}&amp;es=0" style="color:#20c;white-space:nowrap">Maybe</a></span>'
                 f'<span style="margin:0 0.4em;font-weight:normal"> - </span><span><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2&amp;tok={tok}&amp;ctz={ctz}&amp;hl={lang}&amp;es=0" style="color:#20c;white-space:nowrap">No</a></span></strong>'
                 f'&nbsp;&nbsp;&nbsp;&nbsp;<wbr><a href="{htmlmod.escape(evurl)}" style="color:#20c;white-space:nowrap">more options &raquo;</a></p></td></tr></table></div>'
                 f'<p style="color:#888;font-size:11px">{htmlmod.escape(L["footer"].split(chr(10))[0])}</p></span></span>')
        html_ = f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>{html_}</body></html>\n"
    ev.setdefault("x", [])
    if meet and not any(x.startswith("X-GOOGLE-CONFERENCE") for x in ev["x"]):
        ev["x"].append(f"X-GOOGLE-CONFERENCE:{meet}")
    ics = render_ics(ev, "google", rng)
    b1, b2 = boundary(rng, "google"), boundary(rng, "google")
    alt = multipart("alternative", [
        text_part(text, "plain", '"UTF-8"', "base64", extra_ct="; format=flowed; delsp=yes"),
        text_part(html_, "html", '"UTF-8"', "quoted-printable"),
        cal_part(ics, method, cte="7bit"),
    ], b2, quoted=True, tab_fold=False)
    att = Part([("Content-Type", f'application/ics; name="{m.get("attach_name", "invite.ics")}"'),
                ("Content-Disposition", f'attachment; filename="{m.get("attach_name", "invite.ics")}"'),
                ("Content-Transfer-Encoding", "base64")], b64_lines(ics.encode()).encode())
    root = multipart("mixed", [alt, att] if not m.get("no_ics_attachment") else [alt], b1, quoted=True,
                     tab_fold=False)
    t = epoch(sent)
    sel = "20161025" if year < 2021 else ("20210112" if year < 2023 else "20230601")
    helo = f"mail-{rng.choice(['sor', 'pl1', 'io1', 'yb1', 'qk1', 'pj1', 'oa1', 'ua1', 'wm1', 'lf1'])}-f{rng.randint(41, 201)}.google.com"
    rp = f"{rstr(rng, 1, '23')}{b64blob(rng, 24).replace('/', '-').replace('+', '_')}@calendar-server.bounces.google.com"
    pdt = "America/Los_Angeles"
    hops = [("Received", f"by {helo} with SMTP id {rstr(rng, 22)}\r\n        for <{rcpt}>; {rfc5322_date(sent, pdt, comment=True)}")]
    dkims = [("google.com", sel)]
    fd = dom(faddr)
    if fd in ("gmail.com", "googlemail.com"):
        dkims.insert(0, ("gmail.com", sel))
    elif m.get("gws_dkim", True):
        dkims.insert(0, (fd, m.get("gws_sel", "google")))
    else:
        dkims.insert(0, (fd.replace(".", "-") + f".{sel}.gappssmtp.com", sel))
    hsig = "to:from:subject:date:message-id:sender:reply-to:mime-version:from\r\n         :to:cc:subject:date:message-id:reply-to"
    for d_, s_ in dkims:
        hops.append(("DKIM-Signature", dkim_sig(rng, d_, s_, hsig, t, style="google")))
    hops.append(("X-Google-DKIM-Signature", dkim_sig(rng, "1e100.net", sel, hsig.replace("mime-version", "mime-version\r\n         :x-gm-message-state"), t, style="google")))
    hops.append(("X-Gm-Message-State", b64blob(rng, 76) + "\r\n\t" + b64blob(rng, 60)))
    hops.append(("X-Google-Smtp-Source", b64blob(rng, 88)))
    hops.append(("X-Received", f"by 2002:a05:{rhex(rng, 4)}:{rhex(rng, 4)}:b0:{rhex(rng, 3)}:{rhex(rng, 4)}:{rhex(rng, 4)} with SMTP id\r\n {rstr(rng, 20)}.{rng.randint(100, 999)}.{t}{rng.randint(100, 999)}; {rfc5322_date(sent, pdt, comment=True)}"))
    prof = dict(return_path=rp, helo=helo, ip=doc_ip4(rng), hops=hops,
                dkim=[(d_, s_) for d_, s_ in dkims], dmarc_p="none" if fd == "gmail.com" else None)
    if m.get("auth") in (None, "pass") and fd not in ("gmail.com",) and not m.get("gws_dkim", True):
        m["auth"] = dict(dkim="pass", spf="pass", dmarc="fail")
    hdrs = [("MIME-Version", "1.0")] if year >= 2021 else []
    hdrs += [("Reply-To", addr(fname, faddr)),
             ("Sender", "Google Calendar <calendar-notification@google.com>" if lang == "en" else
              {"de": "Google Kalender", "fr": "Google Agenda", "es": "Google Calendar", "pt": "Google Agenda",
               "it": "Google Calendar", "nl": "Google Agenda", "ja": "Google カレンダー"}.get(lang, "Google Calendar")
              and addr({"de": "Google Kalender", "fr": "Google Agenda", "pt": "Google Agenda", "nl": "Google Agenda",
                        "ja": "Google カレンダー"}.get(lang, "Google Calendar"), "calendar-notification@google.com")),
             ("Auto-Submitted", "auto-generated") if m.get("autosub") else None,
             ("Message-ID", f"<calendar-{ruuid(rng)}@google.com>" if year >= 2020 else f"<{rhex(rng, 28)}@google.com>"),
             ("Date", rfc5322_date(sent)),
             ("Subject", subj(m, subject)),
             ("From", addr(fname, faddr)),
             ("To", m.get("to_hdr") or rcpt),
             ("Content-Type", f'multipart/mixed; boundary="{b1}"')]
    if year < 2021:
        hdrs.append(("MIME-Version", "1.0"))
    hdrs = [h for h in hdrs if h]
    return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])


# ------------------------------------------------------------------ Microsoft (365, on-prem, outlook.com, desktop)

def teams_block(rng, lang="en"):
    mid = b64blob(rng, 48).replace("+", "").replace("/", "")
    tid, oid = ruuid(rng), ruuid(rng)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}"
           f"%22%2c%22Oid%22%3a%22{oid}%22%7d")
    head = {"en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
                   "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options"),
            "de": ("Microsoft Teams-Besprechung", "Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil",
                   "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung",
                   "Teams herunterladen", "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen"),
            "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
                   "Cliquez ici pour participer à la réunion", "ID de réunion", "Code secret",
                   "Télécharger Teams", "Rejoindre sur le web", "En savoir plus", "Options de réunion"),
            "nl": ("Microsoft Teams-vergadering", "Deelnemen op je computer, mobiele app of apparaat in de ruimte",
                   "Klik hier om deel te nemen aan de vergadering", "Vergaderings-id", "Wachtwoordcode",
                   "Teams downloaden", "Deelnemen op internet", "Meer informatie", "Opties voor vergadering"),
            }.get(lang) or None
    if head is None:
        head = ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
                "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options")
    meeting_id = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    pc = rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    bar = "_" * 80
    text = (f"{bar}\n{head[0]}\n{head[1]}\n{head[2]}<{url}>\n{head[3]}: {meeting_id}\n{head[4]}: {pc}\n"
            f"{head[5]}<https://www.microsoft.com/en-us/microsoft-teams/download-app> | {head[6]}<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"{head[7]}<https://aka.ms/JoinTeamsMeeting> | {head[8]}<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>\n{bar}")
    return text, url


def outlook_html(text, lang="en-US", generator=True):
    body = text_to_html(text)
    meta = '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">' if generator else ""
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'{meta}\n<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
            f'@font-face\n\t{{font-family:Aptos;}}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}}\n'
            f'--></style>\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n{body}</div>\n</body>\n</html>\n')


def ms_prefix(rng, region=None):
    region = region or rng.choice(["eurprd04", "eurprd05", "eurprd07", "eurprd08", "namprd12", "namprd11", "namprd02",
                                   "apcprd06", "jpnprd01", "gbrprd01", "ausprd01", "inbprd01", "brazprd01"])
    code = {"eur": "AM", "nam": "DM", "apc": "SG", "jpn": "TY", "gbr": "LO", "aus": "SY", "inb": "PN", "bra": "CP"}[region[:3]]
    host = f"{code}{rng.randint(0, 9)}PR{rng.randint(10, 99):02d}MB{rng.randint(1000, 9999)}"
    return host, region


def plat_microsoft(m):
    """Exchange Online (kind=o365), Outlook.com (kind=outlookcom) and Exchange on-premises (kind=onprem)."""
    rng = m["rng"]
    ev = m.get("ev")
    kind = m.get("ms_kind", "o365")
    sent = envelope_dates(m)
    year = sent.year
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    fd = dom(faddr)
    lang = m.get("lang_tag", "en-US")
    method = ev.get("method", "REQUEST") if ev else None
    host, region = ms_prefix(rng, m.get("ms_region"))
    fqdn = f"{host}.{region}.prod.outlook.com"
    text = m.get("text")
    if text is None:
        text = ev.get("description") or ""
    if m.get("teams"):
        tb, turl = teams_block(rng, lang[:2])
        text = (text + "\n\n" if text else "\n\n") + tb + "\n"
        ev.setdefault("x", []).append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}")
        ev["x"].append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/"
                       f"{ruuid(rng)}/{ruuid(rng)}/19_meeting_{rstr(rng, 40)}@thread.v2/0")
        ev["x"].append("X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + rstr(rng, 40) + "@thread.v2\"\\,\"private\":true\\,\"type\":0\\,\"mid\":0\\,\"rid\":0\\,\"uid\":null}")
        ev["x"].append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + faddr + "\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_" + rstr(rng, 40) + "-thread.v2!" + rhex(rng, 32) + "!" + ruuid(rng))
        ev["location"] = ev.get("location") or {"de": "Microsoft Teams-Besprechung", "fr": "Réunion Microsoft Teams",
                                                 "nl": "Microsoft Teams-vergadering"}.get(lang[:2], "Microsoft Teams Meeting")
    if ev is not None and m.get("desc_from_text", True):
        ev["description"] = text if text.strip() else "\n"
    html_ = m.get("html") or outlook_html(text, lang)
    if ev is not None:
        ev.setdefault("lang_tag", lang)
        ev["year"] = year
        ics = render_ics(ev, "exchange", rng, eol=m.get("ics_eol", "\n" if kind != "onprem" or year > 2018 else "\r\n"))
    bnd = boundary(rng, "outlook").replace("_000_", "_000_" + host) if rng.random() < .5 else boundary(rng, "outlook")
    tcs = m.get("text_cs", "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8")
    parts = [text_part(text, "plain", f'"{tcs}"', "quoted-printable"),
             text_part(html_, "html", '"utf-8"', "quoted-printable")]
    if ev is not None:
        parts.append(cal_part(ics, method, charset="utf-8", cte="base64"))
    root = multipart("alternative", parts, bnd, quoted=True, tab_fold=True)
    if m.get("attachments"):
        inner = root
        bnd2 = boundary(rng, "outlook")
        root = multipart("mixed", [inner] + m["attachments"], bnd2, quoted=True)
    t = epoch(sent)
    hops = []
    if kind in ("o365", "outlookcom"):
        edge = f"{rng.choice(['EUR05', 'EUR02', 'EUR03', 'EUR01', 'NAM12', 'NAM10', 'NAM04', 'APC01', 'JPN01', 'GBR01'])}-{rng.choice(['AM6', 'VI1', 'DB8', 'HE1', 'DM6', 'BN8', 'CO1', 'SG2', 'OS0', 'CWL'])}-obe.outbound.protection.outlook.com"
        ip = doc_ip4(rng) if rng.random() < .5 else doc_ip6(rng)
        front = f"{host[:2]}{rng.randint(0, 9)}P{rng.randint(100, 300)}CA{rng.randint(1000, 9999):04d}.{region.upper()}.PROD.OUTLOOK.COM"
        hops.append(("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector{rng.choice(['9901', '10001'])}; d=microsoft.com; cv=none;\r\n b={b64blob(rng, 340)}=="))
        hops.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh={b64blob(rng, 43)}=;\r\n b={b64blob(rng, 340)}=="))
        hops.append(("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom={fd}; dmarc=pass action=none header.from={fd};\r\n dkim=pass header.d={fd}; arc=none"))
        if kind == "outlookcom":
            dk = [(fd, "selector1")]
        elif m.get("tenant_dkim", True):
            dk = [(fd, "selector1")]
        else:
            ten = fd.split(".")[0].replace("-", "")
            dk = [(f"{ten}.onmicrosoft.com", f"selector1-{ten}-onmicrosoft-com")]
        for d_, s_ in dk:
            hops.append(("DKIM-Signature", dkim_sig(rng, d_, s_, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", t)))
        hops.append(("Received", f"from {fqdn} ({doc_ip6(rng)}) by\r\n {host[:-4]}{rng.randint(1000, 9999)}.{region}.prod.outlook.com ({doc_ip6(rng)}) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(4000, 9300)}.{rng.randint(10, 40)}; {rfc5322_date(sent)}"))
        hops.append(("Received", f"from {fqdn}\r\n ([fe80::{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}]) by {fqdn}\r\n ([fe80::{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}%{rng.randint(3, 7)}]) with mapi id 15.20.{rng.randint(4000, 9300)}.{rng.randint(10, 40)}; {rfc5322_date(sent - dt.timedelta(seconds=1))}"))
        rp = faddr
        dmp = None
        if kind == "outlookcom":
            dmp = "none"
    else:
        edge = m.get("edge") or f"mail.{fd}"
        ip = doc_ip4(rng)
        ex1 = f"{rng.choice(['EX', 'EXCH', 'MBX', 'SRV-EX', 'MAIL'])}{rng.randint(1, 12):02d}.{m.get('ad_domain', 'corp.' + fd)}"
        ex2 = f"{rng.choice(['EX', 'EXCH', 'HUB', 'EDGE'])}{rng.randint(1, 12):02d}.{m.get('ad_domain', 'corp.' + fd)}"
        ver = rng.choice(["15.1.2507.39", "15.1.2375.37", "15.2.1258.28", "15.0.1497.48", "14.3.513.0", "15.2.1544.4"]) if year >= 2019 else rng.choice(["15.0.1263.5", "15.1.1034.26", "14.3.319.2", "15.0.1320.4"])
        if m.get("gateway_dkim"):
            hops.append(("DKIM-Signature", dkim_sig(rng, fd, m.get("gateway_sel", "mail"), "from:to:subject:date:message-id:content-type:mime-version", t)))
        hops.append(("Received", f"from {ex1} ({priv_ip(rng)}) by {ex2}\r\n ({priv_ip(rng)}) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id {ver}; {rfc5322_date(sent, m.get('tz_sender'))}"))
        hops.append(("Received", f"from {ex1} ([fe80::{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}]) by\r\n {ex1} ([fe80::{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}:{rhex(rng, 4)}%{rng.randint(10, 14)}]) with mapi id\r\n {ver}; {rfc5322_date(sent - dt.timedelta(seconds=1), m.get('tz_sender'))}"))
        dk = [(fd, m.get("gateway_sel", "mail"))] if m.get("gateway_dkim") else []
        rp = faddr
        dmp = None
    prof = dict(return_path=m.get("return_path", rp), helo=edge, ip=ip, hops=hops, dkim=dk, dmarc_p=dmp)
    subject = m["subject"]
    tindex = b64blob(rng, 22) + "=="
    to_hdr = m.get("to_hdr") or addr(rcpt_name, rcpt)
    hdrs = [("From", addr(fname, faddr, enc=m.get("from_enc", "B"))), ("To", to_hdr)]
    if m.get("cc_hdr"):
        hdrs.append(("CC", m["cc_hdr"]))
    hdrs += [("Subject", subj(m, subject)), ("Thread-Topic", subj(m, m.get("topic", ev["summary"] if ev else subject))),
             ("Thread-Index", tindex), ("Date", rfc5322_date(sent, m.get("tz_sender")) if kind == "onprem" else rfc5322_date(sent)),
             ("Message-ID", f"<{host}{rhex(rng, 20, True)}@{fqdn.upper() if kind != 'onprem' else ex1}>"),
             ("Accept-Language", m.get("accept_lang", f"{lang}, en-US" if not lang.startswith("en") else "en-US")),
             ("Content-Language", lang)]
    if kind != "onprem":
        hdrs += [("X-MS-Has-Attach", "yes" if m.get("attachments") else ""), ("X-MS-TNEF-Correlator", "")]
        if year >= 2020 and rng.random() < .5:
            hdrs.append(("msip_labels", ""))
        hdrs += [("x-ms-publictraffictype", "Email"),
                 ("x-ms-traffictypediagnostic", f"{host}:EE_MeetingMessage|{host[:-4]}{rng.randint(1000, 9999)}:EE_MeetingMessage"),
                 ("x-ms-office365-filtering-correlation-id", ruuid(rng)),
                 ("x-ms-exchange-senderadcheck", "1"),
                 ("x-ms-exchange-antispam-relay", "0")]
    else:
        hdrs += [("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1") if rng.random() < .3 else None,
                 ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                 ("x-originating-ip", f"[{priv_ip(rng)}]")]
    hdrs += m.get("extra_headers", [])
    hdrs += [("Content-Type", root.headers[0][1]), ("MIME-Version", "1.0")]
    hdrs = [h for h in hdrs if h]
    return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])


def plat_outlook_desktop(m):
    """Outlook desktop (POP/IMAP account) sending the .ics as an attachment through the provider's SMTP."""
    rng = m["rng"]
    ev = m["ev"]
    sent = envelope_dates(m)
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    fd = dom(faddr)
    lang = m.get("lang_tag", "de")
    text = m.get("text") if m.get("text") is not None else (ev.get("description") or "")
    ev["lang_tag"] = lang.lower()
    ics = render_ics(ev, "outlook", rng)
    b1, b2 = "----=_NextPart_000_" + rhex(rng, 4, True) + "_" + rhex(rng, 8, True) + "." + rhex(rng, 8, True), \
        "----=_NextPart_001_" + rhex(rng, 4, True) + "_" + rhex(rng, 8, True) + "." + rhex(rng, 8, True)
    cs = m.get("body_cs", "iso-8859-1" if lang[:2] in ("de", "fr", "es", "it", "nl", "sv", "pt") else "utf-8")
    try:
        text.encode({"iso-8859-1": "latin-1"}.get(cs, cs))
    except UnicodeEncodeError:
        cs = "utf-8"
    alt = multipart("alternative", [text_part(text, "plain", f'"{cs}"', "quoted-printable"),
                                    text_part(outlook_html(text, lang).replace("utf-8", cs), "html", f'"{cs}"',
                                              "quoted-printable")], b2, tab_fold=True)
    calp = cal_part(ics, ev.get("method"), charset="utf-8", cte="base64", name=m.get("attach_name", "invite.ics"),
                    disp=None, quote_cs=False, param_order="mc")
    root = multipart("mixed", [alt, calp], b1, tab_fold=True, preamble="This is a multi-part message in MIME format.\r\n")
    smtp = m.get("smtp_host", f"smtp.{fd}")
    ip = doc_ip4(rng)
    client_ip = doc_ip4(rng)
    t = epoch(sent)
    hops = []
    if m.get("isp_dkim", True):
        hops.append(("DKIM-Signature", dkim_sig(rng, fd, m.get("sel", "default"), "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From", t)))
    hops.append(("Received", f"from {m.get('client_name', 'DESKTOP-' + rstr(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'))} ([{client_ip}])\r\n\tby {smtp} with ESMTPSA id {rstr(rng, 12)}\r\n\tfor <{rcpt}>; {rfc5322_date(sent, m.get('tz_sender'))}"))
    prof = dict(return_path=faddr, helo=smtp, ip=ip, hops=hops, dkim=[(fd, m.get("sel", "default"))])
    hdrs = [("From", addr(fname, faddr)), ("To", m.get("to_hdr") or addr(rcpt_name, rcpt)),
            ("Subject", subj(m, m["subject"])), ("Date", rfc5322_date(sent, m.get("tz_sender"))),
            ("Message-ID", f"<{rng.randint(0, 9)}{rhex(rng, 2)}{rng.randint(10, 99)}01d{rhex(rng, 3)}${rhex(rng, 8)}${rhex(rng, 8)}@{fd}>"),
            ("MIME-Version", "1.0"), ("Content-Type", root.headers[0][1]),
            ("X-Mailer", m.get("mailer", "Microsoft Outlook 16.0")), ("Thread-Index", b64blob(rng, 22) + "=="),
            ("Content-Language", lang)]
    return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])


# ------------------------------------------------------------------ Apple

def plat_icloud(m):
    rng = m["rng"]
    ev = m["ev"]
    sent = envelope_dates(m)
    year = sent.year
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    s, e, us, zone = event_times(ev)
    lang = m.get("ui_lang", "en")
    tok = "2_" + rstr(rng, 76, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    cc = {"en": "US", "fr": "FR", "de": "DE", "zh": "CN", "ja": "JP", "es": "ES", "it": "IT"}.get(lang, "US")
    ll = {"en": "en-us", "fr": "fr-fr", "de": "de-de", "zh": "zh-cn", "ja": "ja-jp", "es": "es-es", "it": "it-it"}.get(lang, "en-us")
    base = f"https://www.icloud.com/calendar/eventreply/{ll}/?t={tok}&p=p{rng.randint(20, 70)}&cc={cc}"
    zab = tzabbr(zone, us) if zone else "UTC"
    if lang == "zh":
        when = f"{s.year}年{s.month}月{s.day}日 {s.hour}:{s.minute:02d} {zab} – {e.hour}:{e.minute:02d} {zab}"
        text = (f"{fname} 已邀请您参加“{ev['summary']}”\n\n日期和时间：  {when}\n\n受邀人：  您\n\n回复：\n"
                f"接受 – {base}#reply=accept\n拒绝 – {base}#reply=decline\n可能 – {base}#reply=tentative\n\n\n---\n"
                f"iCloud 是 Apple 提供的服务。\n我的 Apple ID：  https://appleid.apple.com/choose-your-country/\n"
                f"支持：  https://www.apple.com/support/icloud/ww\n版权所有 © {year} Apple Inc. 保留所有权利。\n")
        subject = m.get("subject") or f"{fname} 邀请您参加“{ev['summary']}”"
    else:
        when = f"{DOW_LONG_EN[s.weekday()]}, {s.day} {MON_LONG_EN[s.month - 1]} {s.year}, {s.hour:02d}:{s.minute:02d} {zab} – {e.hour:02d}:{e.minute:02d} {zab}"
        inv = "You" + (", " + ", ".join(a.get("cn") or a["email"] for a in ev.get("attendees", [])[:6]) if len(ev.get("attendees", [])) > 1 else "")
        if len(ev.get("attendees", [])) > 7:
            inv += f" and {len(ev['attendees']) - 7} more"
        text = (f"{fname} has invited you to “{ev['summary']}”\n\n" + (f"{ev['description']}\n\n" if ev.get("description") and m.get("desc_in_body") else "")
                + f"Date and Time:  {when}\n\n" + (f"Location:  {ev['location']}\n\n" if ev.get("location") else "")
                + f"Invitees:  {inv}\n\nReply:\nAccept – {base}#reply=accept\nDecline – {base}#reply=decline\nMaybe – {base}#reply=tentative\n\n\n\n---\n"
                f"iCloud is a service provided by Apple.\nMy Apple ID:  https://appleid.apple.com/choose-your-country/\n"
                f"Support:  https://www.apple.com/support/icloud/ww\nTerms and Conditions:  https://www.apple.com/legal/internet-services/icloud/ww/\n"
                f"Privacy Policy:  https://www.apple.com/legal/privacy/\nCopyright {year} Apple Inc. All rights reserved.\n")
        subject = m.get("subject") or f"{fname} invited you to “{ev['summary']}”"
    if m.get("text") is not None:
        text = m["text"]
    html_ = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width\"><base target=\"CalendarInvite\"/></head>"
             "<body style=\"margin:0;padding:0\"><table class=\"mainTable\" width=\"100%\"><tr><td class=\"header\">"
             + text_to_html(text) + "</td></tr></table></body></html>\n")
    ev.setdefault("prodid", "-//CALENDARSERVER.ORG//NONSGML Version 1//EN")
    ics = render_ics(ev, "apple", rng)
    b1, b2 = boundary(rng, "javamail"), boundary(rng, "javamail")
    alt = multipart("alternative", [
        text_part(text, "plain", "UTF-8", "QUOTED-PRINTABLE", extra_headers=[("Content-Disposition", "inline")]),
        text_part(html_, "html", "UTF-8", "QUOTED-PRINTABLE", extra_headers=[("Content-Disposition", "inline")])],
        b2, quoted=True, tab_fold=False)
    alt.headers[0] = ("Content-Type", f'multipart/alternative; \r\n\tboundary="{b2}"')
    fn = f"iCal-{to_local(zone or 'Europe/London', sent).strftime('%Y%m%d-%H%M%S')}.ics"
    calp = Part([("Content-Type", f"text/calendar; method={ev.get('method', 'REQUEST')}"),
                 ("Content-Transfer-Encoding", "Base64"),
                 ("Content-Disposition", f"attachment; filename={fn}")], b64_lines(ics.encode()).encode())
    root = multipart("mixed", [alt, calp], b1, quoted=True)
    root.headers[0] = ("Content-Type", f'multipart/mixed; \r\n\tboundary="{b1}"')
    t = epoch(sent)
    helo = f"{rng.choice(['st43p00im', 'pv50p00im', 'mr85p00im', 'ms11p00im', 'nwk-txn-msbadger'])}-{rstr(rng, 4)}{rng.randint(10000000, 99999999)}.me.com" if year >= 2017 else f"nwk-txn-msbadger{rng.randint(1000, 1099)}.apple.com"
    frm_addr = "noreply@email.apple.com" if year >= 2017 else "noreply@insideicloud.icloud.com"
    ddom = dom(frm_addr)
    hops = [("DKIM-Signature", dkim_sig(rng, ddom, "email0517" if year >= 2017 else "insideicloud2048", "From:Subject:Date:To:MIME-Version:Content-Type", t, algo="rsa-sha256"))]
    prof = dict(return_path=f"bounces+{rng.randint(10 ** 6, 10 ** 7)}-{rhex(rng, 4)}-{rcpt.replace('@', '=')}@{ddom}" if year >= 2017 else "bounces@insideicloud.icloud.com",
                helo=helo, ip=doc_ip4(rng), hops=hops, dkim=[(ddom, "email0517")], dmarc_p="reject")
    m["from_"] = (fname, frm_addr)
    hdrs = [("Date", rfc5322_date(sent) + " (GMT)" if year < 2017 else rfc5322_date(sent)),
            ("From", addr(fname, frm_addr)),
            ("Reply-To", f"{tok}@imip.me.com"),
            ("To", rcpt),
            ("Message-ID", f"<{rng.randint(10 ** 9, 10 ** 10)}.{rng.randint(10 ** 15, 10 ** 16)}.JavaMail.email@email.apple.com>"),
            ("Subject", subj(m, subject)),
            ("MIME-Version", "1.0"),
            ("Content-Type", root.headers[0][1]),
            ("X-EmailType-Id", str(rng.choice([763321, 763321, 100500]))),
            ("X-Sent-To", f"{rcpt},{rng.randint(1, 3)},{b64blob(rng, 120)}"),
            ("X-Request-UUID", ruuid(rng)),
            ("X-Business-Group", "iCloud"),
            ("X-Attach-Flag", "Y"),
            ("X-TXN_ID", ruuid(rng, True)),
            ("X-DKIM_SIGN_REQUIRED", "YES")]
    return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])


def plat_apple_mail(m):
    """macOS/iOS Calendar sending through the user's own mail provider (not iCloud)."""
    rng = m["rng"]
    ev = m["ev"]
    sent = envelope_dates(m)
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    fd = dom(faddr)
    ics = render_ics(ev, "apple", rng)
    b = boundary(rng, "apple")
    text = m.get("text") or ""
    parts = []
    if text:
        parts.append(text_part(text, "plain", "utf-8", "quoted-printable", order="cte-first"))
    calp = Part([("Content-Transfer-Encoding", "quoted-printable" if rng.random() < .5 else "7bit"),
                 ("Content-Type", f"text/calendar; charset=utf-8; method={ev.get('method', 'REQUEST')}; name=invite.ics"),
                 ("Content-Disposition", "inline; filename=invite.ics")], None)
    calp.body = qp(ics.encode()) if calp.headers[0][1] == "quoted-printable" else ics.encode()
    parts.append(calp)
    root = multipart("mixed", parts, b, quoted=False, tab_fold=False) if len(parts) > 1 else None
    mailer = m.get("mailer") or rng.choice(["Apple Mail (2.3696.120.41.1.1)", "iPhone Mail (21B101)", "Apple Mail (2.3774.300.61.1.2)",
                                            "iPad Mail (20H19)", "Apple Mail (2.3445.104.11)"])
    smtp = m.get("smtp_host", f"smtp.{fd}")
    t = epoch(sent)
    hops = [("Received", f"from smtpclient.apple ([{doc_ip4(rng)}])\r\n\tby {smtp} with ESMTPSA id {rstr(rng, 10)}\r\n\tfor <{rcpt}>; {rfc5322_date(sent, m.get('tz_sender'))}")]
    if m.get("isp_dkim", True):
        hops.insert(0, ("DKIM-Signature", dkim_sig(rng, fd, m.get("sel", "s1"), "From:Content-Type:Mime-Version:Subject:Message-Id:Date:To", t)))
    prof = dict(return_path=faddr, helo=smtp, ip=doc_ip4(rng), hops=hops, dkim=[(fd, m.get("sel", "s1"))])
    hdrs = [("From", addr(fname, faddr)),
            ("Content-Type", root.headers[0][1] if root else calp.headers[1][1]),
            ("Mime-Version", f"1.0 (Mac OS X Mail {rng.choice(['16.0', '15.0', '13.4'])} \\({rng.randint(3600, 3800)}\\))" if "Apple Mail" in mailer else "1.0 (1.0)"),
            ("Subject", subj(m, m["subject"])),
            ("Message-Id", f"<{ruuid(rng, True)}@{fd}>"),
            ("Date", rfc5322_date(sent, m.get("tz_sender"))),
            ("To", m.get("to_hdr") or addr(rcpt_name, rcpt)),
            ("X-Mailer", mailer)]
    if root:
        return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])
    hdrs.insert(2, ("Content-Transfer-Encoding", calp.headers[0][1]))
    return assemble(m, prof, hdrs, calp.body)


# ------------------------------------------------------------------ Thunderbird

TB_TXT = {
    "en": ("Event Invitation", "Title", "When", "Where", "Organizer", "Attendees", "Description"),
    "de": ("Einladung zu einer Veranstaltung", "Titel", "Wann", "Wo", "Organisator", "Teilnehmer", "Beschreibung"),
    "fr": ("Invitation à un évènement", "Titre", "Quand", "Où", "Organisateur", "Participants", "Description"),
    "pl": ("Zaproszenie na wydarzenie", "Tytuł", "Kiedy", "Gdzie", "Organizator", "Uczestnicy", "Opis"),
    "ru": ("Приглашение на событие", "Название", "Когда", "Где", "Организатор", "Участники", "Описание"),
    "nl": ("Uitnodiging voor evenement", "Titel", "Wanneer", "Waar", "Organisator", "Deelnemers", "Beschrijving"),
    "sv": ("Inbjudan till händelse", "Titel", "När", "Var", "Arrangör", "Deltagare", "Beskrivning"),
    "tr": ("Etkinlik Daveti", "Başlık", "Ne zaman", "Nerede", "Düzenleyen", "Katılımcılar", "Açıklama"),
    "it": ("Invito a un evento", "Titolo", "Quando", "Dove", "Organizzatore", "Partecipanti", "Descrizione"),
    "es": ("Invitación a evento", "Título", "Cuándo", "Dónde", "Organizador", "Asistentes", "Descripción"),
}


def plat_thunderbird(m):
    rng = m["rng"]
    ev = m["ev"]
    sent = envelope_dates(m)
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    fd = dom(faddr)
    lang = m.get("ui_lang", "en")
    T = TB_TXT.get(lang, TB_TXT["en"])
    s, e, us, zone = event_times(ev)
    when = f"{s.strftime('%d.%m.%Y %H:%M')} – {e.strftime('%H:%M')} {zone or ''}".strip() if lang != "en" else \
        f"{DOW_LONG_EN[s.weekday()]}, {MON_LONG_EN[s.month - 1]} {s.day}, {s.year} {s.strftime('%I:%M %p').lstrip('0')} – {e.strftime('%I:%M %p').lstrip('0')} {zone or ''}".strip()
    if m.get("text") is not None:
        text = m["text"]
    else:
        lines = [T[0], "", f"{T[1]}: {ev['summary']}", f"{T[2]}: {when}"]
        if ev.get("location"):
            lines.append(f"{T[3]}: {ev['location']}")
        lines.append(f"{T[4]}: {fname} <{faddr}>")
        lines.append(f"{T[5]}:")
        for a in ev.get("attendees", []):
            lines.append(f"{a.get('cn') or ''} <{a['email']}>".strip())
        if ev.get("description"):
            lines += ["", f"{T[6]}:", ev["description"]]
        text = "\n".join(lines) + "\n"
    ics = render_ics(ev, "mozilla", rng)
    b1, b2 = boundary(rng, "mozilla"), boundary(rng, "mozilla")
    alt = multipart("alternative", [text_part(text, "plain", "UTF-8", "8bit"),
                                    cal_part(ics, ev.get("method"), charset="UTF-8", cte="8bit", quote_cs=False,
                                             param_order="mc")], b2, quoted=True, tab_fold=False)
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64_lines(ics.encode(), 72).encode())
    root = multipart("mixed", [alt, att], b1, quoted=True, tab_fold=False,
                     preamble="This is a multi-part message in MIME format.")
    ver = m.get("tb_ver") or (rng.choice(["115.6.0", "115.10.1", "128.3.1esr", "102.15.1", "91.13.0", "78.14.0", "128.5.2esr", "140.2.0esr"]))
    osu = rng.choice(["X11; Linux x86_64", "Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10.15"])
    rv = ver.split(".")[0]
    smtp = m.get("smtp_host", f"mail.{fd}")
    t = epoch(sent)
    hops = []
    if m.get("isp_dkim", True):
        hops.append(("DKIM-Signature", dkim_sig(rng, fd, m.get("sel", "dkim"), "Content-Type:In-Reply-To:From:References:To:Subject:MIME-Version:Date:Message-ID", t)))
    hops.append(("Received", f"from [{m.get('client_ip', priv_ip(rng))}] (unknown [{doc_ip4(rng)}])\r\n\t(Authenticated sender: {faddr})\r\n\tby {smtp} (Postfix) with ESMTPSA id {rstr(rng, 11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\r\n\tfor <{rcpt}>; {rfc5322_date(sent, m.get('tz_sender'), comment=True)}"))
    prof = dict(return_path=faddr, helo=smtp, ip=doc_ip4(rng), hops=hops, dkim=[(fd, m.get("sel", "dkim"))])
    hdrs = [("Content-Type", root.headers[0][1]),
            ("Message-ID", f"<{ruuid(rng)}@{fd}>"),
            ("Date", rfc5322_date(sent, m.get("tz_sender"))),
            ("MIME-Version", "1.0"),
            ("User-Agent", f"Mozilla/5.0 ({osu}; rv:{rv}.0) Gecko/20100101 Thunderbird/{ver}"),
            ("From", addr(fname, faddr)),
            ("To", m.get("to_hdr") or addr(rcpt_name, rcpt)),
            ("Subject", subj(m, m["subject"])),
            ("Content-Language", m.get("lang_tag", "en-US"))]
    return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])


# ------------------------------------------------------------------ CalDAV servers / webmail suites

def plat_server(m):
    """Nextcloud, SOGo, Zimbra, Fastmail, Proton, Yahoo, Zoho, Kerio, Horde, mailbox.org/OX ..."""
    rng = m["rng"]
    ev = m["ev"]
    srv = m["server"]
    sent = envelope_dates(m)
    year = sent.year
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    fd = dom(faddr)
    s, e, us, zone = event_times(ev)
    method = ev.get("method", "REQUEST")
    lang = m.get("ui_lang", "en")
    text = m.get("text")
    html_ = m.get("html")
    hdr_from = addr(fname, faddr)
    extra = []
    reply_to = None
    style = "sabre"
    layout = "alt3"
    mailer = None
    sel = "default"
    when_s = f"{s.strftime('%Y-%m-%d %H:%M')} - {e.strftime('%H:%M')} ({zone or 'UTC'})"
    if srv == "nextcloud":
        inst = m.get("instance", f"cloud.{fd}")
        nm = f"{fname} via {m.get('instance_name', 'Nextcloud')}"
        hdr_from = addr(nm, m.get("noreply", f"noreply@{inst}"))
        reply_to = addr(fname, faddr)
        ev.setdefault("prodid", rng.choice(["-//IDN nextcloud.com//Calendar app 4.6.5//EN", "-//IDN nextcloud.com//Calendar app 3.5.2//EN",
                                            "-//Sabre//Sabre VObject 4.5.4//EN", "-//IDN nextcloud.com//Calendar app 5.0.3//EN"]))
        if text is None:
            title = {"de": "Einladung", "fr": "Invitation", "en": "Invitation", "es": "Invitación", "it": "Invito",
                     "nl": "Uitnodiging", "pl": "Zaproszenie"}.get(lang, "Invitation")
            lab = {"de": ("Wann:", "Ort:", "Beschreibung:", "Teilnehmende:", "Organisator:"),
                   "fr": ("Quand :", "Lieu :", "Description :", "Participants :", "Organisateur :")}.get(
                lang, ("When:", "Location:", "Description:", "Attendees:", "Organizer:"))
            lines = [f"{title}: {ev['summary']}", "", f"{fname} {'hat Sie eingeladen zu' if lang == 'de' else 'has invited you to'} »{ev['summary']}«", "",
                     f"{lab[0]} {when_s}"]
            if ev.get("location"):
                lines.append(f"{lab[1]} {ev['location']}")
            if ev.get("description"):
                lines.append(f"{lab[2]} {ev['description']}")
            lines.append(f"{lab[4]} {fname} <{faddr}>")
            lines.append(f"{lab[3]} " + ", ".join(a.get("cn") or a["email"] for a in ev.get("attendees", [])))
            text = "\n".join(lines) + "\n"
        subject = m.get("subject") or (("Einladung: " if lang == "de" else "Invitation: ") + ev["summary"])
        mailer = "Nextcloud"
        layout = "alt3"
    elif srv == "sogo":
        ev.setdefault("prodid", "-//Inverse inc./SOGo 5.10.0//EN")
        style = "sabre"
        if text is None:
            text = (f"{fname} has invited you to {ev['summary']}.\n\nStart: {s.strftime('%A, %B %d, %Y %H:%M')}\nEnd: {e.strftime('%A, %B %d, %Y %H:%M')}\n"
                    + (f"Description: {ev['description']}\n" if ev.get("description") else "")) if lang == "en" else \
                (f"{fname} vous a invité à {ev['summary']}.\n\nDébut : {s.strftime('%d/%m/%Y %H:%M')}\nFin : {e.strftime('%d/%m/%Y %H:%M')}\n"
                 + (f"Description : {ev['description']}\n" if ev.get("description") else ""))
        subject = m.get("subject") or (f'Event Invitation: "{ev["summary"]}"' if lang == "en" else f'Invitation : « {ev["summary"]} »')
        mailer = None
        extra.append(("X-Mailer", f"SOGoMail {rng.choice(['5.10.0', '5.8.4', '4.3.2'])}"))
        layout = "mixed_plain_cal"
    elif srv == "zimbra":
        style = "zimbra"
        if text is None:
            text = (f"The following is a new meeting request:\n\nSubject: {ev['summary']} \nOrganizer: \"{fname}\" <{faddr}> \n\n"
                    + (f"Location: {ev['location']} \n" if ev.get("location") else "")
                    + f"Time: {s.strftime('%A, %B %d, %Y, %I:%M:%S %p')} - {e.strftime('%I:%M:%S %p')} GMT {offset_at(zone, us) // 60:+03d}:00 {zone}\n \n"
                    + "Invitees: " + "; ".join(a['email'] for a in ev.get("attendees", [])) + " \n\n\n*~*~*~*~*~*~*~*~*~*\n\n" + (ev.get("description") or "") + "\n")
        ev["description"] = text
        subject = m.get("subject") or ev["summary"]
        mailer = f"Zimbra {rng.choice(['8.8.15_GA_4101', '9.0.0_GA_4546', '10.0.6_GA_4627', '8.8.12_GA_3794'])} (ZimbraWebClient - {rng.choice(['FF120', 'GC119', 'GC131'])} ({rng.choice(['Win', 'Linux', 'Mac'])})/{rng.choice(['8.8.15_GA_4101', '9.0.0_GA_4546'])})"
        extra += [("Thread-Topic", ev["summary"]), ("Thread-Index", b64blob(rng, 22) + "==")]
        layout = "alt3_zimbra"
    elif srv == "fastmail":
        ev.setdefault("prodid", f"-//CyrusIMAP.org/Cyrus {rng.choice(['3.11.0-alpha0-1108-g3a29173c6-fm-20241105.001', '3.9.0-alpha0-1036-gaa0b5f85a3-fm-20230726.001', '3.5.0-alpha0-389-g9e9fb5f6b6-fm-20220118.001'])}//EN")
        if text is None:
            text = f"You have been invited to:\n\n{ev['summary']}\n{when_s}\n" + (f"{ev['location']}\n" if ev.get("location") else "") + (f"\n{ev['description']}\n" if ev.get("description") else "") + f"\nOrganizer: {fname} <{faddr}>\n"
        subject = m.get("subject") or f"Invitation: {ev['summary']} ({s.strftime('%a %-d %b %Y %H:%M') if False else s.strftime('%a %d %b %Y %H:%M')})"
        extra += [("Feedback-ID", f"i{rhex(rng, 8)}:Fastmail")]
        mailer = None
        sel = "fm3"
        layout = "mixed_alt_att"
    elif srv == "proton":
        ev.setdefault("prodid", f"-//Proton AG//WebCalendar {rng.choice(['5.0.26.3', '5.0.37.1', '4.14.1'])}//EN")
        if text is None:
            text = f"You are invited to {ev['summary']}\n\nWhen: {when_s}\n" + (f"Where: {ev['location']}\n" if ev.get("location") else "") + (f"Description: {ev['description']}\n" if ev.get("description") else "")
        subject = m.get("subject") or f"Invitation for an event starting on {DOW_LONG_EN[s.weekday()]} {MON_LONG_EN[s.month - 1]} {s.day}, {s.year} at {s.strftime('%I:%M %p').lstrip('0')} ({zone_label(zone, us)})"
        sel = "protonmail3"
        layout = "mixed_plain_att"
    elif srv == "yahoo":
        ev.setdefault("prodid", "-//Yahoo Inc//Yahoo! Calendar//EN" if rng.random() < .5 else "-//Yahoo! Inc.//Yahoo! Calendar//EN")
        if text is None:
            text = f"{fname} has invited you to:\n\n{ev['summary']}\n{when_s}\n" + (f"{ev['location']}\n" if ev.get("location") else "") + (f"\n{ev['description']}\n" if ev.get("description") else "")
        subject = m.get("subject") or f"Invitation: {ev['summary']}"
        sel = "s2048"
        layout = "mixed_alt_att"
        hdr_from = addr(fname, faddr)
    elif srv == "zoho":
        ev.setdefault("prodid", "-//Zoho Corporation//Zoho Calendar//EN")
        if text is None:
            text = f"{fname} has invited you to an event.\n\n{ev['summary']}\n{when_s}\n" + (f"Location: {ev['location']}\n" if ev.get("location") else "") + (f"\n{ev['description']}\n" if ev.get("description") else "")
        subject = m.get("subject") or f"Invitation: {ev['summary']} @ {s.strftime('%a %b %d, %Y %I:%M %p')}"
        sel = "zmail"
        layout = "mixed_alt_att"
        extra += [("X-Mailer", "Zoho Mail")]
    elif srv == "kerio":
        ev.setdefault("prodid", f"-//Kerio Technologies//Kerio Connect {rng.choice(['10.0.2', '9.4.1', '10.0.6'])}//EN")
        if text is None:
            text = ev.get("description") or ""
        subject = m.get("subject") or ev["summary"]
        extra += [("X-Mailer", f"Kerio Connect {rng.choice(['10.0.2 patch 1', '9.4.1'])} WebMail")]
        layout = "alt_cal"
        sel = None
    elif srv == "horde":
        ev.setdefault("prodid", "-//The Horde Project//Horde iCalendar Library//EN")
        if text is None:
            text = f"You have been invited to the following event:\n\n{ev['summary']}\n\nStart: {s.strftime('%d.%m.%Y %H:%M')}\nEnd: {e.strftime('%d.%m.%Y %H:%M')}\n" + (f"\n{ev['description']}\n" if ev.get("description") else "")
        subject = m.get("subject") or f"Invitation: {ev['summary']}"
        extra += [("User-Agent", "Horde Application Framework 5")]
        layout = "mixed_plain_att"
    elif srv == "ox":
        ev.setdefault("prodid", "-//Open-Xchange//7.10.6-Rev48//EN")
        if text is None:
            text = ev.get("description") or ""
            text = f"{fname} hat Sie zu dem Termin \"{ev['summary']}\" eingeladen.\n\nWann: {when_s}\n" + (f"Wo: {ev['location']}\n" if ev.get("location") else "") + (f"\n{text}\n" if text else "")
        subject = m.get("subject") or f"Neuer Termin: {ev['summary']}"
        extra += [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev48")]
        layout = "mixed_alt_att"
    else:
        raise ValueError(srv)
    if html_ is None and layout != "mixed_plain_cal" and layout != "mixed_plain_att":
        html_ = f"<html><body><div style=\"font-family:sans-serif\">{text_to_html(text)}</div></body></html>\n"
    ics = render_ics(ev, style, rng)
    bs = "zimbra" if srv == "zimbra" else ("dash" if srv in ("nextcloud", "proton") else "python" if srv == "sogo" else "php")
    b1, b2 = boundary(rng, bs), boundary(rng, bs)
    cte_t = m.get("body_cte", "quoted-printable")
    if layout in ("alt3", "alt3_zimbra", "alt_cal"):
        parts = [text_part(text, "plain", "utf-8", cte_t)]
        if html_ and layout != "alt_cal":
            parts.append(text_part(html_, "html", "utf-8", cte_t))
        parts.append(cal_part(ics, m.get("ct_method", method), charset="utf-8", cte="7bit" if srv == "zimbra" else "quoted-printable",
                              name="meeting.ics" if srv == "zimbra" else None, quote_cs=srv != "zimbra"))
        root = multipart("alternative", parts, b1, quoted=True, tab_fold=False)
    elif layout == "mixed_plain_cal":
        root = multipart("mixed", [text_part(text, "plain", "utf-8", cte_t),
                                   cal_part(ics, method, charset="utf-8", cte="quoted-printable", quote_cs=False)],
                         b1, quoted=True, tab_fold=False)
    elif layout == "mixed_plain_att":
        root = multipart("mixed", [text_part(text, "plain", "utf-8", cte_t),
                                   cal_part(ics, method, charset="utf-8", cte="base64", name="invite.ics",
                                            disp='attachment; filename="invite.ics"', quote_cs=False)],
                         b1, quoted=True, tab_fold=False)
    else:  # mixed_alt_att
        alt = multipart("alternative", [text_part(text, "plain", "utf-8", cte_t), text_part(html_, "html", "utf-8", cte_t),
                                        cal_part(ics, m.get("ct_method", method), charset="utf-8", cte="7bit")], b2, quoted=True, tab_fold=False)
        root = multipart("mixed", [alt, cal_part(ics, m.get("ct_method", method), charset="utf-8", cte="base64", name="invite.ics",
                                                 disp='attachment; filename="invite.ics"', ct="application/ics")],
                         b1, quoted=True, tab_fold=False)
    t = epoch(sent)
    smtp = m.get("smtp_host") or {"fastmail": f"fout-{rng.choice(['a', 'b'])}{rng.randint(1, 8)}-smtp.messagingengine.com",
                                  "proton": f"mail-{rhex(rng, 4)}{rng.randint(10, 99)}.protonmail.ch",
                                  "yahoo": f"sonic{rng.randint(301, 330)}-{rng.randint(1, 40)}.consmr.mail.{rng.choice(['ne1', 'bf2', 'gq1'])}.yahoo.com",
                                  "zoho": f"sender4-{rng.randint(1, 9)}-{rng.randint(100, 199)}.zoho.com"}.get(srv, f"mail.{fd}")
    ddom = {"fastmail": "messagingengine.com"}.get(srv)
    hops = []
    dks = []
    if m.get("isp_dkim", True) and sel:
        dks.append((fd, m.get("sel", sel)))
        if ddom:
            dks.append((ddom, "fm" + str(rng.randint(1, 3))))
        for d_, s_ in dks:
            hops.append(("DKIM-Signature", dkim_sig(rng, d_, s_, "from:to:subject:date:message-id:content-type:mime-version", t)))
    hops.append(("Received", f"from {m.get('inner_host', 'localhost')} ({m.get('inner_host', 'localhost')} [{'127.0.0.1' if not m.get('inner_host') else priv_ip(rng)}])\r\n\tby {smtp} (Postfix) with ESMTP id {rstr(rng, 11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\r\n\tfor <{rcpt}>; {rfc5322_date(sent, m.get('tz_sender'), comment=True)}"))
    prof = dict(return_path=m.get("return_path", faddr if srv != "nextcloud" else m.get("noreply", f"noreply@{m.get('instance', 'cloud.' + fd)}")),
                helo=smtp, ip=doc_ip4(rng), hops=hops, dkim=dks)
    if srv == "nextcloud":
        m["from_"] = (fname, m.get("noreply", f"noreply@{m.get('instance', 'cloud.' + fd)}"))
    mid = {"nextcloud": f"<{rhex(rng, 32)}@{m.get('instance', 'cloud.' + fd)}>",
           "sogo": f"<{rhex(rng, 8)}-{rhex(rng, 8)}-{rng.randint(1, 9)}-{rhex(rng, 8)}@{rng.randint(100000, 999999)}>",
           "zimbra": f"<{rng.randint(100000000, 1999999999)}.{rng.randint(1000000, 9999999)}.{epoch(sent)}{rng.randint(100, 999)}.JavaMail.zimbra@{fd}>",
           "fastmail": f"<{ruuid(rng)}@app.fastmail.com>",
           "proton": f"<{b64blob(rng, 86).replace('/', '_').replace('+', '-')}=@proton.me>",
           "yahoo": f"<{rng.randint(10 ** 9, 10 ** 10)}.{rng.randint(10 ** 6, 10 ** 7)}.{epoch(sent)}{rng.randint(100, 999)}@mail.yahoo.com>",
           "zoho": f"<{rhex(rng, 16)}.{rhex(rng, 16)}@zoho.com>"}.get(srv, f"<{ruuid(rng)}@{fd}>")
    hdrs = [("Date", rfc5322_date(sent, m.get("tz_sender"))), ("From", hdr_from)]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("To", m.get("to_hdr") or addr(rcpt_name, rcpt)), ("Message-ID", mid), ("Subject", subj(m, subject)),
             ("MIME-Version", "1.0"), ("Content-Type", root.headers[0][1])]
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    hdrs += extra
    if srv == "nextcloud" and rng.random() < .5:
        hdrs.append(("Auto-Submitted", "auto-generated"))
    return assemble(m, prof, hdrs, root.render().split(b"\r\n\r\n", 1)[1])


# ------------------------------------------------------------------ SaaS senders, ESPs, scripts and spam kits

def esp_profile(m, sent, fd):
    rng = m["rng"]
    esp = m.get("esp", "own")
    rcpt = m["rcpt"][1]
    t = epoch(sent)
    hops, dk, extra = [], [], []
    ip = doc_ip4(rng)
    sdom = m.get("sign_domain", fd)
    if esp == "sendgrid":
        sub = f"em{rng.randint(100, 9999)}.{sdom}"
        rp = f"bounces+{rng.randint(10 ** 6, 10 ** 8)}-{rhex(rng, 4)}-{rcpt.replace('@', '=')}@{sub}"
        helo = f"o{rng.randint(1, 30)}.ptr{rng.randint(1000, 9999)}.{sdom}" if rng.random() < .5 else f"wrqvtnyt.outbound-mail.sendgrid.net"
        dk = [(sdom, "s1"), ("sendgrid.info", "smtpapi")]
        hops.append(("Received", f"by filterdrecv-{rhex(rng, 10)}-{rstr(rng, 5)} with SMTP id filterdrecv-{rhex(rng, 10)}-{rstr(rng, 5)}-1-{rhex(rng, 8, True)}-{rng.randint(1, 40)}\r\n        {sent.strftime('%Y-%m-%d %H:%M:%S')}.{rng.randint(100000000, 999999999)} +0000 UTC m=+{rng.randint(1000, 999999)}.{rng.randint(100000000, 999999999)}"))
        hops.append(("Received", f"from {rstr(rng, 22)} (unknown)\r\n\tby geopod-ismtpd-{rng.randint(1, 40)} (SG) with HTTP\r\n\tid {b64blob(rng, 22)}\r\n\t{rfc5322_date(sent)} (UTC)"))
        extra += [("X-SG-EID", b64blob(rng, 120) + "=="), ("X-SG-ID", b64blob(rng, 80)), ("X-Entity-ID", b64blob(rng, 22) + "==")]
    elif esp == "ses":
        rp = f"0100{rhex(rng, 12)}-{ruuid(rng)}-000000@{m.get('ses_mf', 'amazonses.com')}"
        region = rng.choice(["us-east-1", "eu-west-1", "us-west-2", "eu-central-1", "ap-southeast-2"])
        helo = f"{b64blob(rng, 12).lower().replace('/', 'a').replace('+', 'b')}.smtp-out.{region}.amazonses.com" if rng.random() < .5 else f"a{rng.randint(8, 59)}-{rng.randint(1, 250)}.smtp-out.amazonses.com"
        dk = [(sdom, rstr(rng, 32, "abcdefghijklmnopqrstuvwxyz234567")), ("amazonses.com", rstr(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"))]
        extra += [("Feedback-ID", f"::1.{region}.{b64blob(rng, 43)}=:AmazonSES"), ("X-SES-Outgoing", f"{sent.strftime('%Y.%m.%d')}-{ip}")]
        m.setdefault("msgid_fmt", f"<0100{rhex(rng, 12)}-{ruuid(rng)}-000000@email.amazonses.com>")
    elif esp == "mailgun":
        mg = f"mg.{sdom}"
        rp = f"bounce+{rhex(rng, 6)}.{rhex(rng, 6)}-{rcpt.replace('@', '=')}@{mg}"
        helo = f"m{rng.randint(20, 240)}-{rng.randint(1, 250)}.mailgun.net"
        dk = [(mg if rng.random() < .5 else sdom, rng.choice(["mx", "k1", "pic", "krs"]))]
        hops.append(("Received", f"by {rhex(rng, 12)} with HTTP id {rhex(rng, 24)}; {rfc5322_date(sent)}"))
        extra += [("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Sid", b64blob(rng, 60) + "="), ("X-Mailgun-Tag", m.get("mg_tag", "notification"))]
    elif esp == "mandrill":
        rp = f"bounce-md_{rng.randint(10 ** 7, 10 ** 8)}.{rhex(rng, 8)}.v1-{rhex(rng, 32)}@{m.get('md_mf', 'mandrillapp.com')}"
        helo = f"mail{rng.randint(130, 190)}-{rng.randint(1, 250)}.mandrillapp.com"
        dk = [("mandrillapp.com", "mandrill"), (sdom, "mte1")]
        hops.append(("Received", f"from pmta{rng.randint(1, 12)}.mandrill.prod.suw01.rsglab.com (localhost [127.0.0.1])\r\n\tby {helo} (Mailchimp) with ESMTP id 4{rstr(rng, 12, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\r\n\tfor <{rcpt}>; {rfc5322_date(sent)} (GMT)"))
        extra += [("X-Mandrill-User", f"md_{rng.randint(10 ** 7, 10 ** 8)}"), ("X-Report-Abuse", "Please forward a copy of this message, including all headers, to abuse@mandrill.com.")]
    elif esp == "postmark":
        rp = f"pm_bounces@pm-bounces.{sdom}"
        helo = f"sc-ord-mta{rng.randint(100, 130)}.mtasv.net"
        dk = [(sdom, f"{epoch(sent) // 10 ** 6}pm"), ("pm.mtasv.net", "pm")]
        extra += [("X-PM-Message-Id", ruuid(rng)), ("X-PM-RCPT", "|" + b64blob(rng, 40) + "|"), ("X-PM-Tag", m.get("pm_tag", "booking-confirmation"))]
    elif esp == "brevo":
        rp = f"bounces-{rng.randint(10 ** 7, 10 ** 8)}-{rcpt.replace('@', '=')}@sendibt{rng.randint(1, 4)}.com"
        helo = f"smtp{rng.randint(1, 99)}-{rng.randint(10, 250)}.sendinblue.com" if sent.year < 2023 else f"sh{rng.randint(1, 99)}.smtp-relay.brevo.com"
        dk = [(sdom, "mail"), ("sendinblue.com" if sent.year < 2023 else "brevo.com", "mail")]
        extra += [("X-Mailer", "Sendinblue" if sent.year < 2023 else "Brevo"), ("X-sib-id", b64blob(rng, 70)), ("Feedback-ID", f"{doc_ip4(rng)}:{rng.randint(1000000, 9999999)}_-1:{rng.randint(1000000, 9999999)}:Sendinblue")]
    elif esp == "sparkpost":
        rp = f"msprvs1=1{rstr(rng, 20)}=bounces-{rng.randint(100000, 999999)}@{m.get('sp_mf', 'spmta.com')}"
        helo = f"mta-{rng.randint(10, 250)}-{rng.randint(1, 99)}.sparkpostmail.com"
        dk = [(sdom, "scph0323"), ("sparkpostmail.com", "scph0920")]
    elif esp == "smtp2go":
        rp = f"{rstr(rng, 12)}@em{rng.randint(100000, 999999)}.{sdom}"
        helo = f"e2i{rng.randint(100, 999)}.smtp2go.com"
        dk = [(sdom, f"s{rng.randint(100000, 999999)}"), ("smtpservice.net", "maxzs0.a1-4.dyn")]
        extra += [("Feedback-ID", f"{rng.randint(100000, 999999)}m:{rng.randint(100000, 999999)}aO1Gqg0:{rng.randint(100000, 999999)}sM-aDdBs4p:SMTPCORP"), ("X-Smtpcorp-Track", b64blob(rng, 40))]
    elif esp == "mailjet":
        rp = f"{rhex(rng, 16)}.{rng.randint(10 ** 8, 10 ** 9)}.{rng.randint(100, 999)}@bnc3.mailjet.com"
        helo = f"o{rng.randint(1, 200)}.p{rng.randint(1, 30)}.mailjet.com"
        dk = [(sdom, "mailjet"), ("mailjet.com", "mailjet")]
        extra += [("X-Mailjet-Campaign", f"{rng.randint(10 ** 9, 10 ** 10)}"), ("X-MJ-Mid", b64blob(rng, 60))]
    elif esp == "vps":
        helo = m.get("helo") or rng.choice([f"vps{rng.randint(1000, 99999)}.{fd}", f"mail.{fd}", f"server{rng.randint(1, 99)}.{fd}", "localhost.localdomain", f"{rstr(rng, 8)}.{fd}"])
        rp = m.get("return_path_addr") or m["from_"][1]
        dk = [(fd, m.get("sel", rng.choice(["default", "dkim", "mail", "x", "s1"])))]
        hops.append(("Received", f"from {m.get('inner', 'localhost')} (localhost [127.0.0.1])\r\n\tby {helo} (Postfix) with ESMTPSA id {rhex(rng, 10, True)}\r\n\tfor <{rcpt}>; {rfc5322_date(sent, m.get('tz_sender'))}"))
    elif esp == "compromised_host":
        helo = m.get("helo") or f"{rng.choice(['cpanel', 'server', 'srv', 'host', 'web'])}{rng.randint(1, 400)}.{m.get('hosting', 'webhosting.example')}"
        rp = m.get("return_path_addr") or f"{rstr(rng, 6)}@{helo}"
        dk = []
        hops.append(("Received", f"from {rstr(rng, 8)} by {helo} with local (Exim 4.9{rng.randint(4, 8)})\r\n\t(envelope-from <{rp}>)\r\n\tid 1{rstr(rng, 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}-{rstr(rng, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}-{rstr(rng, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\r\n\tfor {rcpt}; {rfc5322_date(sent, m.get('tz_sender'))}"))
        extra += [("X-PHP-Script", f"{helo}/wp-content/{rng.choice(['plugins', 'uploads', 'themes'])}/{rstr(rng, 7)}/{rstr(rng, 5)}.php for {doc_ip4(rng)}"),
                  ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report")]
    elif esp == "direct":
        helo = m.get("helo") or rng.choice([f"{rstr(rng, 6)}.{fd}", f"WIN-{rstr(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", "[" + doc_ip4(rng) + "]", "User"])
        rp = m.get("return_path_addr") or m["from_"][1]
        dk = []
    else:  # own: the company's own outbound relay
        helo = m.get("helo") or f"{rng.choice(['mail', 'mx-out', 'smtp', 'out', 'mta'])}{rng.choice(['', '1', '2', '-01'])}.{sdom}"
        rp = m.get("return_path_addr") or m.get("bounce") or f"bounce@{sdom}"
        dk = [(sdom, m.get("sel", rng.choice(["selector1", "default", "dkim", "k1", "s2048", "mail2024"])))]
        hops.append(("Received", f"from {m.get('app_host', 'app' + str(rng.randint(1, 30)) + '.internal')} ({priv_ip(rng)})\r\n\tby {helo} with ESMTP id {rhex(rng, 12)}\r\n\tfor <{rcpt}>; {rfc5322_date(sent, m.get('tz_sender'))}"))
    if m.get("no_dkim"):
        dk = []
    for d_, s_ in dk:
        hops.insert(0, ("DKIM-Signature", dkim_sig(rng, d_, s_, "from:to:subject:date:message-id:mime-version:content-type", epoch(sent))))
    return dict(return_path=m.get("return_path", rp), helo=helo, ip=m.get("ip", ip), hops=hops, dkim=dk, tls=m.get("tls", esp != "direct")), extra


def plat_generic(m):
    rng = m["rng"]
    ev = m.get("ev")
    sent = envelope_dates(m)
    rcpt_name, rcpt = m["rcpt"]
    fname, faddr = m["from_"]
    fd = dom(faddr)
    layout = m.get("layout", "alt+ics")
    cs = m.get("body_cs", "utf-8")
    cte = m.get("body_cte", "quoted-printable")
    text = m.get("text")
    html_ = m.get("html")
    method = ev.get("method", "REQUEST") if ev else None
    if ev is not None:
        ics = m.get("ics_raw") or render_ics(ev, m.get("ics_style", "generic"), rng, eol=m.get("ics_eol", "\r\n"),
                                            width=m.get("ics_width", 75))
    else:
        ics = m.get("ics_raw")
    ics_ct = m.get("ics_ct", "text/calendar")
    ics_name = m.get("ics_name", "invite.ics")
    ics_cte = m.get("ics_cte", "base64")
    mp = m.get("ics_method_param", True)
    disp = m.get("ics_disp", "attachment")
    dispv = None if disp is None else (f'{disp}; filename="{ics_name}"' if ics_name else disp)

    def calpart(name=ics_name, d=dispv, ct=ics_ct, c=ics_cte):
        return cal_part(ics, method, charset=m.get("ics_charset", "utf-8"), cte=c, name=name, disp=d, ct=ct,
                        method_param=mp and ct.startswith("text/calendar"), quote_cs=m.get("ics_quote_cs", True))

    bstyle = m.get("bstyle", rng.choice(["php", "dash", "python", "javamail", "mozilla", "other"]))
    b1, b2, b3 = boundary(rng, bstyle), boundary(rng, bstyle), boundary(rng, bstyle)
    tp = lambda: text_part(text, "plain", cs, cte)
    hp = lambda: text_part(html_, "html", cs, cte)
    if layout == "alt+ics":
        alt = multipart("alternative", [tp(), hp()], b2, quoted=True, tab_fold=rng.random() < .5)
        root = multipart("mixed", [alt, calpart()], b1, quoted=True, tab_fold=rng.random() < .5)
    elif layout == "alt_cal":
        parts = ([tp()] if text is not None else []) + ([hp()] if html_ is not None else []) + [calpart(name=m.get("inline_name"), d=None)]
        root = multipart("alternative", parts, b1, quoted=True, tab_fold=rng.random() < .5)
    elif layout == "alt_cal+ics":
        parts = ([tp()] if text is not None else []) + ([hp()] if html_ is not None else []) + [calpart(name=None, d=None, c="7bit" if all(ord(c) < 128 for c in ics) else "8bit")]
        alt = multipart("alternative", parts, b2, quoted=True)
        root = multipart("mixed", [alt, calpart(ct="application/ics")], b1, quoted=True)
    elif layout == "plain+ics":
        root = multipart("mixed", [tp(), calpart()], b1, quoted=True, tab_fold=rng.random() < .5)
    elif layout == "html+ics":
        root = multipart("mixed", [hp(), calpart()], b1, quoted=True, tab_fold=rng.random() < .5)
    elif layout == "empty+ics":
        root = multipart("mixed", [Part([("Content-Type", f"text/plain; charset={cs}"), ("Content-Transfer-Encoding", "7bit")], b"\r\n"), calpart()], b1, quoted=True)
    elif layout == "related":
        inner = multipart("alternative", [tp(), hp()], b3, quoted=True)
        rel = multipart("related", [inner] + m.get("related_parts", []), b2, quoted=True)
        root = multipart("mixed", [rel, calpart()], b1, quoted=True)
    elif layout == "mixed_multi":  # several attachments: e.g. PDF/HTML lure + ics
        alt = multipart("alternative", [tp(), hp()], b2, quoted=True) if text is not None and html_ is not None else (hp() if html_ is not None else tp())
        root = multipart("mixed", [alt, calpart()] + m.get("attachments", []), b1, quoted=True)
    elif layout == "ics_only":
        root = None
    else:
        raise ValueError(layout)
    esp_prof, extra = esp_profile(m, sent, fd)
    hdrs = []
    mid = m.get("msgid_fmt") or m.get("msgid") or rng.choice([
        f"<{rhex(rng, 32)}@{fd}>", f"<{ruuid(rng)}@{fd}>", f"<{epoch(sent)}.{rng.randint(1000, 99999)}@{fd}>",
        f"<{rstr(rng, 16)}.{rstr(rng, 8)}@{esp_prof['helo']}>", f"<{sent.strftime('%Y%m%d%H%M%S')}.{rhex(rng, 12)}@{fd}>"])
    from_v = m.get("from_hdr") or addr(fname, faddr, charset=m.get("from_cs", "utf-8"), enc=m.get("from_enc", "B"))
    to_v = m.get("to_hdr") or (addr(rcpt_name, rcpt) if rng.random() < .6 else rcpt)
    if root is None:
        ct_v = f"{ics_ct}; charset={m.get('ics_charset', 'utf-8')}" + (f"; method={method}" if mp and method and ics_ct.startswith("text/calendar") else "") + (f'; name="{ics_name}"' if m.get("ics_only_name") else "")
        body = b64_lines(ics.encode()).encode() if ics_cte == "base64" else (qp(ics.encode()) if ics_cte == "quoted-printable" else ics.encode())
        ctype = [("Content-Type", ct_v), ("Content-Transfer-Encoding", ics_cte)]
        if m.get("ics_only_disp"):
            ctype.append(("Content-Disposition", m["ics_only_disp"]))
    else:
        body = root.render().split(b"\r\n\r\n", 1)[1]
        ctype = [("Content-Type", root.headers[0][1])]
    core = {"From": ("From", from_v), "To": ("To", to_v), "Subject": ("Subject", subj(m, m["subject"])),
            "Date": ("Date", rfc5322_date(sent, m.get("tz_sender"))), "Message-ID": ("Message-ID", mid),
            "MIME-Version": ("MIME-Version", "1.0")}
    order = m.get("hdr_order") or rng.choice([
        ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "CT"],
        ["MIME-Version", "Date", "Message-ID", "Subject", "From", "To", "CT"],
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "CT"],
        ["Subject", "From", "To", "Date", "MIME-Version", "CT", "Message-ID"],
        ["To", "Subject", "From", "Date", "Message-ID", "MIME-Version", "CT"]])
    for k in order:
        if k == "CT":
            hdrs += ctype
        elif k in core:
            hdrs.append(core[k])
    ins = 3 if len(hdrs) > 3 else len(hdrs)
    add = []
    if m.get("reply_to"):
        add.append(("Reply-To", m["reply_to"]))
    if m.get("sender_hdr"):
        add.append(("Sender", m["sender_hdr"]))
    if m.get("mailer"):
        add.append(("X-Mailer", m["mailer"]))
    if m.get("list_unsub"):
        add.append(("List-Unsubscribe", m["list_unsub"]))
        if m.get("list_unsub_post", True):
            add.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    add += extra + m.get("extra_headers", [])
    hdrs[ins:ins] = add
    return assemble(m, esp_prof, hdrs, body)


PLATFORMS = {"google": plat_google, "microsoft": plat_microsoft, "outlook_desktop": plat_outlook_desktop,
             "icloud": plat_icloud, "apple_mail": plat_apple_mail, "thunderbird": plat_thunderbird,
             "server": plat_server, "generic": plat_generic}


def render(m):
    return PLATFORMS[m["platform"]](m)
