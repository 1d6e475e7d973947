"""Mail envelopes of real sending platforms and clients.

Each function returns the complete message bytes: the receiving host's trace
(Return-Path, Delivered-To, Authentication-Results, Received by mx.example.net)
followed by the sender's own hops and headers and the MIME body.
"""
import datetime as dt
import html
from lib import (CRLF, Part, build_message, rfc5322_date, trace, dkim_sig, epoch, hexs, alnum, uuid4,
                 b64rand, google_boundary, outlook_msgid, doc_ip, priv_ip, hdr_text, addr, encoded_word,
                 fold_ws, subj_hdr, TZ, utc_offset, local_to_utc)
from ical import ics_text
import locale_data as L


class Ctx:
    def __init__(self, rng, arrival, rcpt_name, rcpt_email, lang="en"):
        self.rng, self.arrival, self.rcpt_name, self.rcpt, self.lang = rng, arrival, rcpt_name, rcpt_email, lang

    def sent(self, minutes_before=None):
        """Time the message left the sender (a little before arrival)."""
        s = minutes_before if minutes_before is not None else self.rng.uniform(0.02, 2.5)
        return self.arrival - dt.timedelta(seconds=int(s * 60) + self.rng.randint(0, 9))


def AUTH(rng, dkim="pass", spf="pass", dmarc="pass", d=None, sel=None, mf=None, ip=None, hfrom=None, policy="none"):
    dk = None
    if dkim:
        b = b64rand(rng, 6)[:8]
        if dkim == "pass":
            dk = ("pass", "(2048-bit key; unprotected) header.d=%s header.i=@%s header.s=%s header.b=%s" % (d, d, sel, b)
                  if rng.random() < 0.5 else "header.d=%s header.s=%s header.b=%s" % (d, sel, b))
        elif dkim == "fail":
            dk = ("fail", 'reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, sel, b))
        else:
            dk = (dkim, "header.d=%s" % d)
    sp = None
    if spf:
        if spf == "pass":
            sp = ("pass", "(mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif spf == "softfail":
            sp = ("softfail", "(mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif spf == "fail":
            sp = ("fail", "(mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif spf == "none":
            sp = ("none", "(mx.example.net: %s does not provide an SPF record) smtp.mailfrom=%s" % (mf.split("@")[-1], mf))
        else:
            sp = (spf, "smtp.mailfrom=%s" % mf)
    dm = None
    if dmarc:
        if dmarc == "none":
            dm = ("none", "header.from=%s" % hfrom)
        else:
            dm = (dmarc, "(p=%s dis=%s) header.from=%s" % (policy.upper(), "NONE" if dmarc == "pass" or policy == "none" else policy.upper(), hfrom))
    return dk, sp, dm


def finish(ctx, rp, helo, rdns, ip, auth, hops, headers, root, mime_at=None, mime_version="MIME-Version: 1.0",
           tls=True, ipv6=False):
    t = trace(ctx.rng, ctx.arrival, ctx.rcpt, rp, helo, rdns, ip, auth[0], auth[1], auth[2], tls, ipv6)
    return build_message(t + hops + headers, root, None if mime_at is None else len(t) + len(hops) + mime_at,
                         mime_version)


def rcpt_hdr(ctx, style="name"):
    if style == "bare" or not ctx.rcpt_name:
        return ctx.rcpt
    return addr(ctx.rcpt_name, ctx.rcpt)


# ----------------------------------------------------------------- Google
G = {
    "en": dict(inv="Invitation", upd="Updated invitation", can="Canceled event", acc="Accepted", dec="Declined",
               join="Join with Google Meet", org="Organizer", guests="Guests", view="View all guest info",
               reply="Reply for %s and view more details", opt="Your attendance is optional.",
               from_="Invitation from Google Calendar", why="You are receiving this email because you are an attendee on the event.",
               fwd="Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
               learn="Learn more", yes="Yes", no="No", maybe="Maybe", more="More options"),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", can="Abgesagter Termin", acc="Zugesagt", dec="Abgesagt",
               join="Mit Google Meet teilnehmen", org="Organisator", guests="Gäste", view="Alle Gastinformationen ansehen",
               reply="Für %s antworten und weitere Details ansehen", opt="Ihre Teilnahme ist optional.",
               from_="Einladung von Google Kalender", why="Sie erhalten diese E-Mail, weil Sie Teilnehmer dieses Termins sind.",
               fwd="Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator eine Antwort senden, in die Gästeliste aufgenommen werden, unabhängig vom eigenen Einladungsstatus andere einladen oder Ihre Antwort ändern.",
               learn="Weitere Informationen", yes="Ja", no="Nein", maybe="Vielleicht", more="Weitere Optionen"),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", can="Événement annulé", acc="Acceptée", dec="Refusée",
               join="Participer avec Google Meet", org="Organisateur", guests="Invités", view="Afficher toutes les informations sur les invités",
               reply="Répondre pour %s et afficher plus de détails", opt="Votre participation est facultative.",
               from_="Invitation de Google Agenda", why="Vous recevez cet e-mail, car vous participez à cet événement.",
               fwd="Si vous transférez cette invitation, tout destinataire pourra envoyer une réponse à l'organisateur, être ajouté à la liste d'invités, inviter d'autres personnes quel que soit son propre état d'invitation ou modifier votre réponse.",
               learn="En savoir plus", yes="Oui", no="Non", maybe="Peut-être", more="Plus d'options"),
    "es": dict(inv="Invitación", upd="Invitación actualizada", can="Evento cancelado", acc="Aceptado", dec="Rechazado",
               join="Unirse con Google Meet", org="Organizador", guests="Invitados", view="Ver toda la información de los invitados",
               reply="Responder por %s y ver más detalles", opt="Tu asistencia es opcional.",
               from_="Invitación de Calendario de Google", why="Recibiste este correo electrónico porque figuras entre los asistentes al evento.",
               fwd="Si reenvías esta invitación, los destinatarios podrán enviar una respuesta al organizador, ser agregados a la lista de invitados, invitar a otras personas independientemente del estado de su propia invitación o modificar tu confirmación de asistencia.",
               learn="Más información", yes="Sí", no="No", maybe="Quizás", more="Más opciones"),
    "pt": dict(inv="Convite", upd="Convite atualizado", can="Evento cancelado", acc="Aceito", dec="Recusado",
               join="Participar com o Google Meet", org="Organizador", guests="Convidados", view="Ver todas as informações dos convidados",
               reply="Responder como %s e ver mais detalhes", opt="Sua presença é opcional.",
               from_="Convite do Google Agenda", why="Você está recebendo este e-mail porque é um convidado do evento.",
               fwd="Encaminhar este convite pode permitir que qualquer destinatário envie uma resposta ao organizador, seja adicionado à lista de convidados, convide outras pessoas, independentemente do status do convite, ou modifique sua confirmação de presença.",
               learn="Saiba mais", yes="Sim", no="Não", maybe="Talvez", more="Mais opções"),
    "it": dict(inv="Invito", upd="Invito aggiornato", can="Evento annullato", acc="Accettato", dec="Rifiutato",
               join="Partecipa con Google Meet", org="Organizzatore", guests="Invitati", view="Visualizza tutte le informazioni sugli invitati",
               reply="Rispondi per %s e visualizza ulteriori dettagli", opt="La tua partecipazione è facoltativa.",
               from_="Invito da Google Calendar", why="Hai ricevuto questa email perché sei un partecipante all'evento.",
               fwd="Se inoltri questo invito, qualsiasi destinatario potrà inviare una risposta all'organizzatore, essere aggiunto all'elenco degli invitati, invitare altri indipendentemente dal proprio stato di invito o modificare la tua risposta.",
               learn="Ulteriori informazioni", yes="Sì", no="No", maybe="Forse", more="Altre opzioni"),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", can="Geannuleerd afspraak", acc="Geaccepteerd", dec="Afgewezen",
               join="Deelnemen met Google Meet", org="Organisator", guests="Gasten", view="Alle gastgegevens bekijken",
               reply="Reageren voor %s en meer details bekijken", opt="Je aanwezigheid is optioneel.",
               from_="Uitnodiging van Google Agenda", why="Je ontvangt deze e-mail omdat je een deelnemer bent van het afspraak.",
               fwd="Als je deze uitnodiging doorstuurt, kan elke ontvanger een reactie sturen naar de organisator, aan de gastenlijst worden toegevoegd, anderen uitnodigen of je RSVP aanpassen.",
               learn="Meer informatie", yes="Ja", no="Nee", maybe="Misschien", more="Meer opties"),
}
GSUBJ_DATE = {
    "en": lambda s, e: "%s %s %d, %d %s - %s" % (s.strftime("%a"), s.strftime("%b"), s.day, s.year,
                                                  _h12(s), _h12(e)),
}


def _h12(x):
    h = (x.hour - 1) % 12 + 1
    ap = "am" if x.hour < 12 else "pm"
    return ("%d%s" % (h, ap)) if x.minute == 0 else ("%d:%02d%s" % (h, x.minute, ap))


def _tzlabel(tz):
    return {"Europe/Berlin": "Central European Time - Berlin", "Europe/Paris": "Central European Time - Paris",
            "Europe/London": "United Kingdom Time", "America/New_York": "Eastern Time - New York",
            "America/Los_Angeles": "Pacific Time - Los Angeles", "America/Chicago": "Central Time - Chicago",
            "America/Sao_Paulo": "Brasilia Standard Time - Sao Paulo", "Asia/Tokyo": "Japan Standard Time - Tokyo",
            "Asia/Kolkata": "India Standard Time - Kolkata", "Asia/Singapore": "Singapore Standard Time",
            "Europe/Madrid": "Central European Time - Madrid", "Europe/Rome": "Central European Time - Rome",
            "Europe/Amsterdam": "Central European Time - Amsterdam", "Asia/Jakarta": "Western Indonesia Time - Jakarta",
            "Europe/Warsaw": "Central European Time - Warsaw", "Asia/Shanghai": "China Standard Time - Shanghai",
            "Europe/Moscow": "Moscow Standard Time", "Europe/Istanbul": "Turkey Time",
            "Asia/Dubai": "Gulf Standard Time", "Asia/Riyadh": "Arabian Standard Time - Riyadh",
            "America/Mexico_City": "Central Time - Mexico City", "Europe/Stockholm": "Central European Time - Stockholm",
            "UTC": "Coordinated Universal Time"}.get(tz or "UTC", tz)


def google_subject(kind, ev, lang, rcpt):
    g = G.get(lang, G["en"])
    word = {"inv": g["inv"], "upd": g["upd"], "can": g["can"], "acc": g["acc"], "dec": g["dec"],
            "tent": "Tentatively accepted" if lang == "en" else g["acc"]}[kind]
    s, e = ev["start"], ev["end"] or ev["start"]
    tzabbr = TZ[ev["tz"]][3] if ev["tz"] in TZ else "UTC"
    if ev["tz"] in TZ:
        off = utc_offset(ev["tz"], local_to_utc(ev["tz"], s))
        if TZ[ev["tz"]][4] and off != TZ[ev["tz"]][1]:
            tzabbr = TZ[ev["tz"]][4]
        if tzabbr.startswith(("+", "-")):
            tzabbr = "GMT" + tzabbr.lstrip("0+").rstrip("0") if False else "GMT%+d" % (off // 60)
    if ev["allday"]:
        d = "%s %s %d, %d" % (s.strftime("%a"), s.strftime("%b"), s.day, s.year)
        return "%s: %s @ %s (%s)" % (word, ev["summary"], d, rcpt)
    if lang == "en":
        d = "%s %s %d, %d %s - %s (%s)" % (s.strftime("%a"), s.strftime("%b"), s.day, s.year, _h12(s), _h12(e), tzabbr)
    else:
        d = "%s %02d:%02d - %02d:%02d (%s)" % (L.date_only(lang, s) if lang in L.MONTHS else s.strftime("%Y-%m-%d"),
                                              s.hour, s.minute, e.hour, e.minute, tzabbr)
    if ev["rrule"]:
        d = ("Weekly from %s" % d) if lang == "en" else d
    return "%s: %s @ %s (%s)" % (word, ev["summary"], d, rcpt)


def google_calendar(ctx, ev, org_name, org_email, lang="en", kind="inv", guests_shown=None, hidden=False,
                    workspace=None, auth=None, meet=None, desc_html=None, style=None, ics_attach=True,
                    reply_to=True, ctz=None):
    """Invitation as sent by calendar.google.com. workspace: domain for Workspace organisers."""
    rng = ctx.rng
    sent = ctx.sent(rng.uniform(0.01, 0.4))
    style = style or ("new" if ctx.arrival.year >= 2021 else "old")
    g = G.get(lang, G["en"])
    ev.setdefault("uid", None)
    if not ev["uid"]:
        ev["uid"] = alnum(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    eid = b64rand(rng, 30).replace("=", "").replace("+", "").replace("/", "")
    tok = b64rand(rng, 48).replace("=", "").replace("+", "").replace("/", "")
    ctzv = (ctz or ev["tz"] if ev["tz"] in TZ else "UTC").replace("/", "%2F")
    body = []
    when = L.when(lang if lang in L.MONTHS or lang in ("ja", "zh") else "en", ev["start"], ev["end"])
    meet_url = meet
    desc = ev["desc"] or ""
    if style == "new":
        body += [ev["summary"], when, _tzlabel(ev["tz"]), ""]
        if meet_url:
            body += [g["join"], meet_url, ""]
        if ev["location"]:
            body += [ev["location"], "View map https://www.google.com/maps/search/%s?hl=%s" %
                     (ev["location"].replace(" ", "+")[:60], lang), ""]
        if desc:
            body += [desc, ""]
        body += [g["org"], org_name or org_email, org_email, ""]
        if guests_shown:
            body += [g["guests"]] + [x for gname in guests_shown for x in ([gname] if gname else [])]
            body += ["%s https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" %
                     (g["view"], eid, tok, ctzv, lang), ""]
        body += [(g["reply"] % ctx.rcpt) + " https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ctzv, lang)]
        if rng.random() < 0.5:
            body.append(g["opt"])
        body += ["", "~~//~~", "%s: https://calendar.google.com/calendar/" % g["from_"], "", g["why"], "", g["fwd"], "",
                 "%s https://support.google.com/calendar/answer/37135#forwarding" % g["learn"]]
    else:
        body += ["You have been invited to the following event." if kind == "inv" else
                 "This event has been changed." if kind == "upd" else "This event has been canceled and removed from your calendar.", "",
                 "Title: " + ev["summary"]]
        if desc:
            body.append(desc)
        body += ["When: %s %s" % (when, _tzlabel(ev["tz"]))]
        if ev["location"]:
            body.append("Where: " + ev["location"])
        if meet_url:
            body.append("Joining info: " + meet_url)
        body += ["Calendar: " + ctx.rcpt, "Who:", "     * %s - organizer" % (org_name or org_email)]
        for gname in (guests_shown or [ctx.rcpt]):
            body.append("     * " + gname)
        body += ["", "Event details: https://www.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s" % (eid, tok, ctzv, lang),
                 "", "Invitation from Google Calendar: https://www.google.com/calendar/", "",
                 "You are receiving this courtesy email at the account %s because you are an attendee of this event." % ctx.rcpt,
                 "", "To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://www.google.com/calendar/ and control your notification settings for your entire calendar.",
                 "", "Forwarding this invitation could allow any recipient to modify your RSVP response. Learn more at https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(body) + "\n"
    dh = desc_html if desc_html is not None else html.escape(desc).replace("\n", "<br>")
    htm = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" '
           'itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="%s"/></span>'
           '<span itemprop="object" itemscope itemtype="http://schema.org/Event"><div style=""><table cellspacing="0" '
           'cellpadding="8" border="0" summary="" style="width:100%%;font-family:Arial,Sans-serif;border:1px Solid #ccc;'
           'border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td><meta itemprop="eventStatus" '
           'content="http://schema.org/EventScheduled"/><h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;'
           'font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>'
           '<div style="padding-bottom:15px;font-family:Arial,Sans-serif;font-size:13px;color:#222;white-space:pre-wrap!important;'
           'white-space:-moz-pre-wrap!important;white-space:-pre-wrap!important;white-space:-o-pre-wrap!important;'
           'white-space:pre;word-wrap:break-word">%s</div><table cellpadding="0" cellspacing="0" border="0" '
           'summary="Event details"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;'
           'color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">When</i></div></td><td '
           'style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>'
           '</table></td></tr></table></div></span></span>\n' % (
               html.escape("Invitation from %s" % (org_name or org_email)), html.escape(ev["summary"]), dh,
               html.escape(when)))
    if style == "new":
        htm = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
               'content="text/html; charset=utf-8"><title></title><meta name="viewport" content="width=device-width,'
               'initial-scale=1"><style>body, html {font-family: Roboto, Helvetica, Arial, sans-serif;}</style></head>'
               '<body class="body-container" style="padding:0;margin:0">' + htm +
               '<table role="presentation"><tr><td><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;'
               'eid=%s&amp;rst=1&amp;tok=%s&amp;ctz=%s&amp;hl=%s&amp;es=0">%s</a> <a href="https://calendar.google.com/'
               'calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2&amp;tok=%s&amp;ctz=%s&amp;hl=%s&amp;es=0">%s</a> '
               '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3&amp;tok=%s&amp;'
               'ctz=%s&amp;hl=%s&amp;es=0">%s</a></td></tr></table></body></html>\n' % (
                   eid, tok, ctzv, lang, g["yes"], eid, tok, ctzv, lang, g["no"], eid, tok, ctzv, lang, g["maybe"]))
    method = ev["method"] or "REQUEST"
    cal = ics_text(ev, "google", rng, cdo=-rng.randint(10000000, 2000000000) if rng.random() < 0.6 else None)
    b1, b2 = google_boundary(rng), google_boundary(rng)
    alt = Part("multipart/alternative", parts=[
        Part("text/plain", [("charset", "UTF-8"), ("format", "flowed"), ("delsp", "yes")], text, cte="base64",
             charset="UTF-8", quote_params={"charset"}),
        Part("text/html", [("charset", "UTF-8")], htm, cte="quoted-printable", charset="UTF-8", quote_params={"charset"}),
        Part("text/calendar", [("charset", "UTF-8"), ("method", method)], cal, cte="7bit" if all(ord(c) < 128 for c in cal) else "base64",
             charset="UTF-8", quote_params={"charset"}),
    ], boundary=b2)
    parts = [alt]
    if ics_attach:
        parts.append(Part("application/ics", [("name", "invite.ics")], cal.encode("utf-8"), cte="base64",
                          disp='attachment; filename="invite.ics"'))
    root = Part("multipart/mixed", parts=parts, boundary=b1)
    subj = google_subject(kind, ev, lang, ctx.rcpt if kind not in ("acc", "dec", "tent") else org_email)
    if kind in ("acc", "dec", "tent"):
        text = "%s %s\n\n" % (org_name or org_email, {"acc": "has accepted this invitation.", "dec": "has declined this invitation.",
                                                       "tent": "has tentatively accepted this invitation."}[kind]) + text
        alt.parts[0].body = text
    host = "mail-%s%d-f%d.google.com" % (rng.choice(["pj1", "pl1", "qk1", "ot1", "yb1", "oi1", "io1", "il1", "ua1", "vs1", "pf1", "yw1", "wr1", "ej1"]),
                                        rng.randint(1, 9), rng.randint(41, 201))
    ip = doc_ip(rng)
    t = epoch(sent)
    rp = "%s-calendar-notification@%s" % ("3" + alnum(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                          "calendar-server.bounces.google.com" if ctx.arrival.year >= 2019 else "google.com")
    from_dom = org_email.split("@")[1]
    hops = ["Received: by %s with SMTP id %s.%d" % (host, hexs(rng, 16), rng.randint(1, 9)) + CRLF +
            "        for <%s>; %s" % (ctx.rcpt, rfc5322_date(sent, "America/Los_Angeles", "pad") + (" (PDT)" if utc_offset("America/Los_Angeles", sent) == -420 else " (PST)"))]
    sigs = [dkim_sig(rng, "google.com", "20230601" if ctx.arrival.year >= 2023 else "20161025" if ctx.arrival.year >= 2017 else "20120113", t,
                     "to:from:subject:date:message-id:sender:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to")]
    if workspace:
        sigs.append(dkim_sig(rng, workspace, "google", t, "to:from:subject:date:message-id:sender:reply-to:mime-version:from:to:cc:subject:date:message-id:reply-to"))
    hops += sigs
    hops += ["X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;" + CRLF + "        d=1e100.net; s=20230601; t=%d; x=%d;" % (t, t + 604800) + CRLF +
             "        h=to:from:subject:date:message-id:sender:reply-to:mime-version" + CRLF + "         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;" + CRLF +
             "        bh=%s;" % b64rand(rng, 32) + CRLF + "        b=%s" % b64rand(rng, 60)]
    if ctx.arrival.year >= 2019:
        hops += ["X-Gm-Message-State: AOJu0Y%s" % b64rand(rng, 36)[:48],
                 "X-Google-Smtp-Source: AGHT+I%s" % b64rand(rng, 60)[:74]]
    hops += ["X-Received: by 2002:a05:%s:%s with SMTP id %s-%s.%d.%d; %s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 8), hexs(rng, 6),
                                                                        rng.randint(10, 99), rng.randint(1000000000000, 9999999999999),
                                                                        rfc5322_date(sent, "America/Los_Angeles", "pad") + " (PDT)")]
    headers = []
    if reply_to:
        headers.append("Reply-To: " + addr(org_name, org_email, quote=False))
    headers += ["Sender: Google Calendar <calendar-notification@google.com>",
                "Auto-Submitted: auto-generated",
                "Message-ID: <calendar-%s@google.com>" % uuid4(rng),
                "Date: " + rfc5322_date(sent, None, "pad"),
                subj_hdr(subj, "UTF-8", "Q"),
                "From: " + addr(org_name, org_email, "UTF-8", "Q", quote=False),
                "To: " + ctx.rcpt]
    if hidden:
        headers = [h for h in headers if not h.startswith("To:")]
    if ctx.arrival.year < 2019:
        headers = [h for h in headers if not h.startswith("Auto-Submitted")]
    au = auth or AUTH(rng, "pass", "pass", "pass", d=workspace or "google.com", sel="google" if workspace else "20230601",
                      mf=rp, ip=ip, hfrom=from_dom, policy="none" if from_dom != "gmail.com" else "none")
    return finish(ctx, rp, host, host, ip, au, hops, headers, root, mime_at=len(headers) - 0)


# -------------------------------------------------------------- Microsoft
TEAMS = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
           "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil",
           "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Teams herunterladen",
           "Im Web beitreten", "Weitere Informationen", "Besprechungsoptionen"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret", "Télécharger Teams",
           "Rejoindre sur le web", "En savoir plus", "Options de réunion"),
    "nl": ("Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat",
           "Klik hier om deel te nemen aan de vergadering", "Vergaderings-id", "Wachtwoordcode", "Teams downloaden",
           "Deelnemen op internet", "Meer informatie", "Opties voor vergadering"),
    "es": ("Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o el dispositivo de sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso", "Descargar Teams",
           "Unirse en la web", "Más información", "Opciones de reunión"),
    "pl": ("Spotkanie w aplikacji Microsoft Teams", "Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali",
           "Kliknij tutaj, aby dołączyć do spotkania", "Identyfikator spotkania", "Kod dostępu", "Pobierz aplikację Teams",
           "Dołącz w sieci Web", "Dowiedz się więcej", "Opcje spotkania"),
    "it": ("Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili o dispositivo della sala",
           "Fai clic qui per partecipare alla riunione", "ID riunione", "Passcode", "Scarica Teams",
           "Partecipa sul Web", "Altre informazioni", "Opzioni riunione"),
    "sv": ("Microsoft Teams-möte", "Anslut på datorn, i mobilappen eller på en rumsenhet", "Klicka här för att ansluta till mötet",
           "Mötes-ID", "Lösenord", "Ladda ned Teams", "Anslut på webben", "Läs mer", "Mötesalternativ"),
}


def teams_link(rng):
    mid = b64rand(rng, 36).replace("=", "").replace("+", "A").replace("/", "z")[:48]
    return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
            % (mid, uuid4(rng), uuid4(rng)))


def teams_block(rng, lang, link):
    t = TEAMS.get(lang, TEAMS["en"])
    mid = "%d %d %d %d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999))
    pc = alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    sep = "_" * 80
    txt = "\n%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n%s<https://www.microsoft.com/en-us/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n%s<https://aka.ms/JoinTeamsMeeting?omkt=%s> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n%s\n" % (
        sep, t[0], t[1], t[2], link, t[3], mid, t[4], pc, t[5], t[6], t[7], lang, t[8], uuid4(rng), uuid4(rng),
        alnum(rng, 40), lang, sep)
    return txt, mid, pc


def outlook_html(text, lang="en-US", font="Calibri"):
    paras = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, %s, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
                    % (font, html.escape(p) if p.strip() else "<br>") for p in text.split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + paras + '</body>\n</html>\n')


def outlook(ctx, ev, from_name, from_email, body_text, variant="o365", lang="en-US", to_list=None, cc_list=None,
            subject=None, teams=False, auth=None, region="EUR", html_text=None, plain_charset=None, tz_sender=None,
            ics_cte="base64", extra_headers=None, exch_host=None, org_domain=None, att_ics=False, ics_opts=None,
            ics_raw=None, return_path=None, xmailer=None):
    """variant: o365 (Exchange Online tenant), outlookcom (consumer), onprem (Exchange 2016/2019)."""
    rng = ctx.rng
    sent = ctx.sent(rng.uniform(0.05, 1.5))
    lg = lang.split("-")[0]
    if not ev["uid"]:
        ev["uid"] = "040000008200E00074C5B7101A82E00800000000" + "".join(rng.choice("0123456789ABCDEF") for _ in range(16)) + \
                    "0000000000000000100000000" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    text = body_text
    if teams:
        link = teams_link(rng)
        tb, _, _ = teams_block(rng, lg if lg in TEAMS else "en", link)
        text = body_text + "\n" + tb
        ev["conf"] = link
        if ev["location"] is None:
            ev["location"] = TEAMS.get(lg, TEAMS["en"])[0]
    if ev["desc"] is None:
        ev["desc"] = text
    ev["lang"] = lang
    cal = ics_raw or ics_text(ev, "outlook", rng, cdo=rng.randint(-2100000000, 2100000000), **(ics_opts or {}))
    host, msgid, dom = outlook_msgid(rng, region)
    pcs = plain_charset or rng.choice(["us-ascii", "iso-8859-1", "utf-8", "Windows-1252"])
    try:
        text.encode({"us-ascii": "ascii", "Windows-1252": "cp1252"}.get(pcs, pcs))
    except UnicodeEncodeError:
        pcs = "utf-8"
    plain = Part("text/plain", [], text, cte="quoted-printable", charset=pcs, quote_params={"charset"})
    hp = Part("text/html", [], html_text or outlook_html(text), cte="quoted-printable",
              charset="utf-8" if pcs in ("utf-8", "us-ascii") else pcs, quote_params={"charset"})
    method = ev["method"] or "REQUEST"
    calp = Part("text/calendar", [("method", method)], cal, cte=ics_cte, charset="utf-8", quote_params={"charset"})
    bnd = "_000_%s_" % msgid[1:].split("@")[0]
    if att_ics:
        alt = Part("multipart/alternative", parts=[plain, hp], boundary="_000_%s_" % msgid[1:].split("@")[0])
        root = Part("multipart/mixed", parts=[alt, Part("text/calendar", [("method", method), ("name", "invite.ics")], cal, cte="base64",
                                                         charset="utf-8", disp='attachment; filename="invite.ics"')],
                    boundary="_004_%s_" % msgid[1:].split("@")[0], ct_fold=True)
    else:
        root = Part("multipart/alternative", parts=[plain, hp, calp], boundary=bnd, ct_fold=True)
    to_list = to_list or [(ctx.rcpt_name, ctx.rcpt)]
    subj = subject or ev["summary"]
    t = epoch(sent)
    fdom = from_email.split("@")[1]
    tidx = "A" + b64rand(rng, 21)[:27] + "=="
    H = ["From: " + addr(from_name, from_email, "utf-8", "B", quote="always" if variant == "onprem" else True),
         "To: " + ("," + CRLF + "\t").join(addr(n, e, "utf-8", "B") for n, e in to_list)]
    if cc_list:
        H.append("CC: " + ("," + CRLF + "\t").join(addr(n, e, "utf-8", "B") for n, e in cc_list))
    H += [subj_hdr(subj, "utf-8", "B"),
          subj_hdr(ev["summary"], "utf-8", "B", "Thread-Topic"),
          "Thread-Index: " + tidx,
          "Date: " + rfc5322_date(sent, None if variant != "onprem" else (tz_sender or "Europe/Berlin")),
          "Message-ID: " + (msgid if variant != "onprem" else "<%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(32)), exch_host or "EXCH01.corp.%s" % fdom)),
          "Accept-Language: " + lang + (", en-US" if lang != "en-US" else ""),
          "Content-Language: " + lang,
          "X-MS-Has-Attach:" + (" yes" if att_ics else ""),
          "X-MS-TNEF-Correlator:"]
    if variant == "o365":
        H += ["msip_labels:" if rng.random() < 0.6 else "x-ms-exchange-imapappendstamp: %s.%s.prod.outlook.com (15.20.%d.%03d)" % (host, dom, rng.randint(7000, 9300), rng.randint(0, 40)),
              "x-ms-publictraffictype: Email",
              "x-ms-traffictypediagnostic: %s:EE_|%s:EE_Calendar" % (host, host),
              "x-ms-exchange-calendar-series-instance-id: BAAAAEXk%s" % b64rand(rng, 40)[:52],
              "x-ms-exchange-senderadcheck: 1",
              "x-ms-exchange-antispam-relay: 0",
              "x-ms-exchange-transport-forked: True"]
    if variant == "onprem":
        H += ["X-MS-Exchange-Organization-SCL: -1", "X-MS-Exchange-Organization-AuthAs: Internal",
              "X-MS-Exchange-Organization-AuthMechanism: 04", "X-Originating-IP: [%s]" % priv_ip(rng)]
    if xmailer:
        H.append("X-Mailer: " + xmailer)
    H += list(extra_headers or [])
    ip = doc_ip(rng)
    hops = []
    if variant in ("o365", "outlookcom"):
        pre = {"EUR": ["EUR05-VI1-obe", "EUR03-DBA-obe", "EUR01-HE1-obe", "EUR02-AM0-obe"],
               "NAM": ["NAM12-BN8-obe", "NAM10-DM6-obe", "NAM04-MW2-obe", "NAM11-CO1-obe"],
               "APC": ["APC01-SG2-obe", "APC01-TYZ-obe"]}[region]
        egress = "%s.outbound.protection.outlook.com" % rng.choice(pre)
        ehost = "mail-%s%s.outbound.protection.outlook.com" % (egress.split("-")[1].lower(), rng.choice(["eur05on2071", "eur03on2102", "nam12on2089", "nam10on2120", "apc01on2113"]))
        rp = return_path or from_email
        hops.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
                    " b=" + b64rand(rng, 140)[:76] + CRLF + " " + b64rand(rng, 140)[:76])
        hops.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
                    " s=arcselector10001;" + CRLF +
                    " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;" + CRLF +
                    " bh=%s;" % b64rand(rng, 32) + CRLF + " b=" + b64rand(rng, 120)[:76])
        hops.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF +
                    " dkim=none; arc=none")
        if variant == "o365":
            od = org_domain or fdom
            hops.append(dkim_sig(rng, od, "selector%d" % rng.randint(1, 2), t,
                                 "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                                 style="ms"))
        else:
            hops.append(dkim_sig(rng, fdom, "selector1", t,
                                 "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                                 style="ms"))
        hops.append("Received: from %s.%s.prod.outlook.com (%s) by" % (host, dom, doc_ip(rng, True)) + CRLF +
                    " %s.%s.prod.outlook.com (%s) with Microsoft SMTP Server" % (host[:-4] + "%04d" % rng.randint(1000, 9999), dom, doc_ip(rng, True)) + CRLF +
                    " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                        rng.randint(7000, 9300), rng.randint(10, 40), rfc5322_date(sent, None)))
        helo, rdns = egress, ehost
        mf_dom = rp.split("@")[1]
        au = auth or AUTH(rng, "pass", "pass", "pass", d=org_domain or fdom, sel="selector1", mf=mf_dom, ip=ip,
                          hfrom=fdom, policy=rng.choice(["none", "quarantine", "reject"]))
    else:
        exch = exch_host or "%s.corp.%s" % (rng.choice(["EXCH01", "EX2019-01", "MBX02", "EXCAS1", "SRV-EX16"]), fdom)
        rp = return_path or from_email
        hops.append("Received: from %s (%s) by %s" % (exch, priv_ip(rng), exch.replace("01", "02").replace("1.", "2.")) + CRLF +
                    " (%s) with Microsoft SMTP Server (version=TLS1_2," % priv_ip(rng) + CRLF +
                    " cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.%s; %s" % (
                        rng.choice(["1.2507.39", "2.1544.4", "1.2375.31", "2.1258.28", "0.1497.48"]), rfc5322_date(sent, tz_sender or "Europe/Berlin")))
        helo = rdns = "mail.%s" % fdom
        au = auth or AUTH(rng, None, "pass", "pass", mf=rp, ip=ip, hfrom=fdom, policy="none")
    return finish(ctx, rp, helo, rdns, ip, au, hops, H, root, mime_at=len(H))


# ---------------------------------------------------------- generic mailer
def generic(ctx, headers, root, rp, helo, ip, auth, hops=None, mime_at=None, rdns=None, tls=True, mime_version="MIME-Version: 1.0"):
    return finish(ctx, rp, helo, rdns or helo, ip, auth, hops or [], headers, root, mime_at=mime_at,
                  mime_version=mime_version, tls=tls)


def postfix_hop(rng, sent, helo, host, tz=None, ip=None, auth_user=None):
    ipx = ip or priv_ip(rng)
    via = "ESMTPSA" if auth_user else "ESMTP"
    return ("Received: from [%s] (unknown [%s])" % (ipx, ipx) + CRLF +
            "\t(Authenticated sender: %s)" % auth_user + CRLF if auth_user else
            "Received: from %s (%s [%s])" % (helo, helo, ipx) + CRLF) + \
        "\tby %s (Postfix) with %s id %s;" % (host, via, alnum(rng, 11, "0123456789ABCDEF")) + CRLF + \
        "\t%s" % rfc5322_date(sent, tz, "paren")


def msgid_for(rng, dom, style="uuid"):
    if style == "uuid":
        return "<%s@%s>" % (uuid4(rng), dom)
    if style == "apple":
        return "<%s@%s>" % (uuid4(rng, True), dom)
    if style == "php":
        return "<%s@%s>" % (alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), dom)
    if style == "hex":
        return "<%s@%s>" % (hexs(rng, 32), dom)
    if style == "py":
        return "<%d.%d.%d@%s>" % (rng.randint(10 ** 17, 10 ** 18), rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9), dom)
    if style == "ses":
        return "<0102%s-%s-000000@eu-west-1.amazonses.com>" % (hexs(rng, 12), uuid4(rng))
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000, 999999999), rng.randint(1, 99999), rng.randint(10 ** 12, 10 ** 13), dom)
    return "<%s.%s@%s>" % (alnum(rng, 10), alnum(rng, 6), dom)
