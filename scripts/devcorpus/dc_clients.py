"""Message builders that imitate real calendar producers (Google Calendar, Exchange/Outlook, iCloud,
Thunderbird, Apple Mail, Outlook desktop inline) plus a configurable builder for bulk mailers, brand
notification systems and spam kits."""
from __future__ import annotations

import base64
import datetime as dt
import html as _html
import textwrap

from dc_lib import (CRLF, Part, addr, b64_encode, boundary, ew, hval, leaf, message, multipart, rfc2822_date,
                    rfc2822_date_nopad, to_local, trace, tz_abbr, TZ)
from dc_ical import Att, Alarm, Ev, vcal
from dc_route import route, dmarc_eval


# --------------------------------------------------------------------------- assembly
def assemble(r, *, arr, rcpt, rt, from_addr, client_headers, body, spf=None, dkims=None, dmarc="auto",
             dmarc_policy="auto", arc=None, ar_style=None, forged=None, extra_hops=None, mime_version=True,
             lmtp=None, dmarc_from=None):
    spf_res = spf or rt["spf"]
    dk = dkims if dkims is not None else rt["dkims"]
    from_dom = (dmarc_from or from_addr).split("@")[-1]
    dm = dmarc_eval(from_dom, spf_res, rt["env_from"], dk, dmarc_policy) if dmarc == "auto" else dmarc
    tr = trace(r, arrival=arr, rcpt=rcpt, env_from=rt["env_from"], peer_host=rt["peer_host"],
               peer_ip=rt["peer_ip"], helo=rt["helo"], spf=(spf_res, rt["env_from"]), dkims=dk, dmarc=dm, arc=arc,
               ar_style=ar_style, lmtp=lmtp)
    hops = (forged or []) + rt["hops"] + rt["sigs"] + rt.get("post_sig", []) + rt.get("hops_after_sig", []) + (extra_hops or [])
    return message(tr + hops + client_headers, body, mime_version=mime_version)


def flowed(text, width=76):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        w = textwrap.wrap(para, width - 1, break_long_words=False, break_on_hyphens=False)
        out += [x + " " for x in w[:-1]] + [w[-1]]
    return "\n".join(out)


def esc_html(s):
    return _html.escape(s, quote=True)


def text_to_html(s):
    return "<br>".join(esc_html(x) for x in s.split("\n"))


def thread_index(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()


# --------------------------------------------------------------------------- localisation for calendar UIs
DOW = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
}
DOW_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
}
MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
}


def _ampm(d):
    h = d.hour % 12 or 12
    s = f"{h}" if d.minute == 0 else f"{h}:{d.minute:02d}"
    return s + ("am" if d.hour < 12 else "pm")


def when_short(lang, s, e, abbr):
    """Google-style date for subjects.  e may be None (event without DTEND)."""
    if e is None:
        full = when_short(lang, s, s, abbr)
        import re as _re
        return _re.sub(r" - [^ ]+ \(", " (", full) if lang != "ja" else full.replace(f"～{s:%H:%M}", "")
    if lang == "ja":
        return f"{s.year}年{s.month}月{s.day}日({DOW['ja'][s.weekday()]}) {s:%H:%M}～{e:%H:%M} ({abbr})"
    if lang not in DOW:
        lang = "en"
    if lang == "en":
        return f"{DOW['en'][s.weekday()]} {MON['en'][s.month - 1]} {s.day}, {s.year} {_ampm(s)} - {_ampm(e)} ({abbr})"
    if lang == "pt":
        return f"{DOW['pt'][s.weekday()]} {s.day} de {MON['pt'][s.month - 1]} de {s.year} {s:%H:%M} - {e:%H:%M} ({abbr})"
    return f"{DOW[lang][s.weekday()]} {s.day}{'.' if lang == 'de' else ''} {MON[lang][s.month - 1]} {s.year} {s:%H:%M} - {e:%H:%M} ({abbr})"


def when_long(lang, s, e):
    if e is None:
        full = when_long(lang, s, s)
        return full.rsplit(" – ", 1)[0] if lang != "ja" else full.split("～")[0]
    if lang == "ja":
        return f"{s.year}年{s.month}月{s.day}日({DOW['ja'][s.weekday()]})⋅{s:%H:%M}～{e:%H:%M}"
    L = lang if lang in DOW_LONG else "en"
    if L == "en":
        return f"{DOW_LONG['en'][s.weekday()]} {MON['en'][s.month - 1]} {s.day}, {s.year} ⋅ {_ampm(s)} – {_ampm(e)}"
    return f"{DOW_LONG[L][s.weekday()]} {s.day}{'.' if L == 'de' else ''} {MON[L][s.month - 1]} {s.year} ⋅ {s:%H:%M} – {e:%H:%M}"


G = {
    "en": dict(inv="Invitation", upd="Updated invitation", can="Canceled event", acc="Accepted", dec="Declined",
               ten="Tentatively Accepted", join="Join with Google Meet", phone="Join by phone", more="More phone numbers",
               org="Organizer", guests="Guests", viewall="View all guest info", reply="Reply for {rcpt} and view more details",
               optional="Your attendance is optional.", invfrom="Invitation from Google Calendar",
               recv="You are receiving this email because you are an attendee on the event.",
               fwd="Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
               learn="Learn more", canceled="This event has been canceled.", updated="This event has been updated",
               accepted="{name} has accepted this invitation.", declined="{name} has declined this invitation.",
               yes="Yes", no="No", maybe="Maybe", more_opts="More options", cal="Google Calendar", organizer_word="organizer"),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", can="Abgesagter Termin", acc="Angenommen", dec="Abgelehnt",
               ten="Vorläufig angenommen", join="Mit Google Meet teilnehmen", phone="Über Telefon teilnehmen",
               more="Weitere Telefonnummern", org="Organisator", guests="Gäste", viewall="Alle Gastinformationen ansehen",
               reply="Für {rcpt} antworten und weitere Details ansehen", optional="Ihre Teilnahme ist optional.",
               invfrom="Einladung von Google Kalender", recv="Sie erhalten diese E-Mail, weil Sie Teilnehmer des Termins sind.",
               fwd="Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator antworten, zur Gästeliste hinzugefügt werden, unabhängig vom eigenen Einladungsstatus andere einladen oder Ihre Teilnahmebestätigung ändern.",
               learn="Weitere Informationen", canceled="Dieser Termin wurde abgesagt.", updated="Dieser Termin wurde aktualisiert",
               accepted="{name} hat diese Einladung angenommen.", declined="{name} hat diese Einladung abgelehnt.",
               yes="Ja", no="Nein", maybe="Vielleicht", more_opts="Weitere Optionen", cal="Google Kalender", organizer_word="Organisator"),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", can="Événement annulé", acc="Accepté", dec="Refusé",
               ten="Accepté provisoirement", join="Participer avec Google Meet", phone="Participer par téléphone",
               more="Autres numéros de téléphone", org="Organisateur", guests="Invités",
               viewall="Afficher toutes les informations sur les invités", reply="Répondre pour {rcpt} et afficher plus de détails",
               optional="Votre participation est facultative.", invfrom="Invitation de Google Agenda",
               recv="Vous recevez cet e-mail, car vous participez à cet événement.",
               fwd="Transférer cette invitation pourrait permettre à tout destinataire d'envoyer une réponse à l'organisateur, d'être ajouté à la liste d'invités, d'inviter d'autres personnes quel que soit son propre état d'invitation ou de modifier votre réponse.",
               learn="En savoir plus", canceled="Cet événement a été annulé.", updated="Cet événement a été modifié",
               accepted="{name} a accepté cette invitation.", declined="{name} a refusé cette invitation.",
               yes="Oui", no="Non", maybe="Peut-être", more_opts="Plus d'options", cal="Google Agenda", organizer_word="organisateur"),
    "es": dict(inv="Invitación", upd="Invitación actualizada", can="Evento cancelado", acc="Aceptado", dec="Rechazado",
               ten="Aceptado provisionalmente", join="Unirse con Google Meet", phone="Unirse por teléfono",
               more="Más números de teléfono", org="Organizador", guests="Invitados",
               viewall="Ver toda la información de los invitados", reply="Responder por {rcpt} y ver más detalles",
               optional="Tu asistencia es opcional.", invfrom="Invitación de Calendario de Google",
               recv="Recibiste este correo electrónico porque figuras entre los asistentes al evento.",
               fwd="Si reenvías esta invitación, los destinatarios podrán enviar una respuesta al organizador, ser agregados a la lista de invitados, invitar a otras personas independientemente del estado de su propia invitación o modificar tu confirmación de asistencia.",
               learn="Más información", canceled="Se canceló este evento.", updated="Se actualizó este evento",
               accepted="{name} aceptó esta invitación.", declined="{name} rechazó esta invitación.",
               yes="Sí", no="No", maybe="Quizás", more_opts="Más opciones", cal="Calendario de Google", organizer_word="organizador"),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", can="Geannuleerd evenement", acc="Geaccepteerd",
               dec="Afgewezen", ten="Voorlopig geaccepteerd", join="Deelnemen met Google Meet", phone="Deelnemen via telefoon",
               more="Meer telefoonnummers", org="Organisator", guests="Gasten", viewall="Alle gastgegevens bekijken",
               reply="Reageren voor {rcpt} en meer details bekijken", optional="Je aanwezigheid is optioneel.",
               invfrom="Uitnodiging van Google Agenda", recv="Je ontvangt deze e-mail omdat je deelnemer bent aan het evenement.",
               fwd="Als je deze uitnodiging doorstuurt, kan elke ontvanger een reactie naar de organisator sturen, aan de gastenlijst worden toegevoegd, anderen uitnodigen ongeacht de eigen uitnodigingsstatus of je RSVP aanpassen.",
               learn="Meer informatie", canceled="Dit evenement is geannuleerd.", updated="Dit evenement is bijgewerkt",
               accepted="{name} heeft deze uitnodiging geaccepteerd.", declined="{name} heeft deze uitnodiging afgewezen.",
               yes="Ja", no="Nee", maybe="Misschien", more_opts="Meer opties", cal="Google Agenda", organizer_word="organisator"),
    "it": dict(inv="Invito", upd="Invito aggiornato", can="Evento annullato", acc="Accettato", dec="Rifiutato",
               ten="Accettato provvisoriamente", join="Partecipa con Google Meet", phone="Partecipa per telefono",
               more="Altri numeri di telefono", org="Organizzatore", guests="Invitati",
               viewall="Visualizza tutte le informazioni sugli invitati", reply="Rispondi per {rcpt} e visualizza altri dettagli",
               optional="La tua partecipazione è facoltativa.", invfrom="Invito da Google Calendar",
               recv="Hai ricevuto questa email perché partecipi all'evento.",
               fwd="Se inoltri questo invito, qualsiasi destinatario potrà inviare una risposta all'organizzatore, essere aggiunto all'elenco degli invitati, invitare altre persone indipendentemente dal proprio stato di invito o modificare la tua risposta.",
               learn="Ulteriori informazioni", canceled="Questo evento è stato annullato.", updated="Questo evento è stato aggiornato",
               accepted="{name} ha accettato questo invito.", declined="{name} ha rifiutato questo invito.",
               yes="Sì", no="No", maybe="Forse", more_opts="Altre opzioni", cal="Google Calendar", organizer_word="organizzatore"),
    "pt": dict(inv="Convite", upd="Convite atualizado", can="Evento cancelado", acc="Aceito", dec="Recusado",
               ten="Aceito provisoriamente", join="Participar com o Google Meet", phone="Participar por telefone",
               more="Mais números de telefone", org="Organizador", guests="Convidados",
               viewall="Ver todas as informações dos convidados", reply="Responder para {rcpt} e ver mais detalhes",
               optional="Sua presença é opcional.", invfrom="Convite do Google Agenda",
               recv="Você está recebendo este e-mail porque é participante do evento.",
               fwd="Encaminhar este convite pode permitir que qualquer destinatário envie uma resposta ao organizador, seja adicionado à lista de convidados, convide outras pessoas independentemente do próprio status de convite ou modifique sua confirmação de presença.",
               learn="Saiba mais", canceled="Este evento foi cancelado.", updated="Este evento foi atualizado",
               accepted="{name} aceitou este convite.", declined="{name} recusou este convite.",
               yes="Sim", no="Não", maybe="Talvez", more_opts="Mais opções", cal="Google Agenda", organizer_word="organizador"),
}
G["sv"] = dict(G["en"], inv="Inbjudan", upd="Uppdaterad inbjudan", can="Inställd händelse", acc="Accepterad",
               join="Anslut med Google Meet", org="Organisatör", guests="Gäster", invfrom="Inbjudan från Google Kalender",
               cal="Google Kalender")
G["ja"] = dict(G["en"], inv="招待状", upd="招待状の更新", can="予定のキャンセル", acc="承諾", join="Google Meet に参加する",
               org="主催者", guests="ゲスト", invfrom="Google カレンダーからの招待状", cal="Google カレンダー")
G["pl"] = dict(G["en"], inv="Zaproszenie", upd="Zaktualizowane zaproszenie", can="Odwołane wydarzenie",
               acc="Zaakceptowano", join="Dołącz przez Google Meet", org="Organizator", guests="Goście",
               invfrom="Zaproszenie z Kalendarza Google", cal="Kalendarz Google")


def google_uid(r):
    return r.alnum(26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"


def google_links(r, uid, rcpt, org):
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {rcpt}".encode()).decode().rstrip("=")
    tok = base64.urlsafe_b64encode(f"{r.randint(10, 99)}#{org}{r.hexs(40)}".encode()).decode().rstrip("=")
    return eid, tok


def meet_code(r):
    return f"{r.letters(3)}-{r.letters(4)}-{r.letters(3)}"


def google_mail(r, *, arr, org, rcpt, ev, lang="en", kind="invite", auth="gmail", meet=False, phone=None,
                guests=None, desc_html=None, responder=None, partstat="ACCEPTED", sender_name=None, with_ics=True,
                vtz=True, reply_to=True, forged=None, tzname_label=None, ar_style=None, alarm=None):
    """A Google Calendar notification.  org/rcpt: (name, email).  auth: gmail | workspace | workspace_gapps |
    workspace_nospf (dmarc fail) | workspace_softfail."""
    L = G.get(lang, G["en"])
    oname, oemail = org
    rname, remail = rcpt if kind != "reply" else org
    ev.uid = ev.uid or google_uid(r)
    ev.organizer = ev.organizer or (oname, oemail)
    if guests is None:
        guests = [(oname, oemail), (rname, remail)]
    if not ev.attendees:
        ev.attendees = [Att(e, cn=(n or e) if r.random() < 0.5 else e, partstat="ACCEPTED" if e == oemail else "NEEDS-ACTION")
                        for n, e in guests]
    created = arr - dt.timedelta(seconds=r.randint(5, 900))
    ev.created = ev.created or created
    ev.last_modified = ev.last_modified or (arr - dt.timedelta(seconds=r.randint(1, 4)))
    if not any(x.startswith("X-MICROSOFT-CDO-OWNERAPPTID") for x in ev.extra):
        ev.extra = [f"X-MICROSOFT-CDO-OWNERAPPTID:{r.randint(-2147483647, 2147483647)}"] + ev.extra
    if alarm is None:
        alarm = r.random() < 0.5
    if alarm and not ev.alarms and kind in ("invite", "update"):
        ev.alarms = [Alarm(trigger="-P0DT0H10M0S" if r.random() < 0.6 else "-P0DT0H30M0S", description="This is an event reminder")]
    eid, tok = google_links(r, ev.uid, remail, oemail)
    tzq = ev.tz or "UTC"
    ls, le = to_local(tzq, ev.start), (to_local(tzq, ev.end) if ev.end else None)
    abbr = tz_abbr(tzq, ev.start) if tzq != "UTC" else "UTC"
    if lang == "de":
        abbr = {"CET": "MEZ", "CEST": "MESZ"}.get(abbr, abbr)
    code = meet_code(r) if meet else None
    pin = r.digits(9)
    if meet:
        tail = (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"{'Join with Google Meet' if lang == 'en' else L['join']}: https://meet.google.com/{code}\n"
                + (f"Join by phone\n(US) +1 {r.choice(['650', '401', '347', '929'])}-555-01{r.randint(10, 99)} PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n" if phone else "")
                + f"\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
        ev.description = (ev.description or "") + tail
        ev.extra = ev.extra + []
    if desc_html is not None:
        ev.description = desc_html
    method = {"invite": "REQUEST", "update": "REQUEST", "cancel": "CANCEL", "reply": "REPLY"}[kind]
    if kind == "cancel":
        ev.status = "CANCELLED"
    if kind == "reply":
        who = responder or rcpt
        ev.attendees = [Att(who[1], cn=who[0] or who[1], partstat=partstat)]
        ev.alarms = []
    ics = vcal([ev], method, "google", tzstyle=None if vtz else "none", stamp=arr - dt.timedelta(seconds=r.randint(0, 3)))
    when = when_short(lang, ls, le, abbr)
    title = ev.summary or "(No title)"
    if kind == "reply":
        word = {"ACCEPTED": L["acc"], "DECLINED": L["dec"], "TENTATIVE": L["ten"]}[partstat]
        subj = f"{word}: {title} @ {when} ({oemail})"
        from_ = responder or rcpt
        to_ = org
    else:
        pre = {"invite": L["inv"], "update": L["upd"], "cancel": L["can"]}[kind]
        subj = f"{pre}: {title} @ {when} ({remail})"
        from_ = org
        to_ = rcpt
    # plain text
    desc_plain = (desc_html or ev.description or "")
    if desc_html:
        import re as _re
        desc_plain = _html.unescape(_re.sub(r"<[^>]+>", "", desc_html.replace("<br>", "\n").replace("<br />", "\n").replace("</p>", "\n")))
    if meet:
        desc_plain = (desc_plain.split("\n\n-::~")[0]).strip()
    link = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz={tzq.replace('/', '%2F')}&hl={lang}&es=0"
    tzlabel = tzname_label or TZ.get(tzq, TZ["UTC"])[6]
    if tzlabel.startswith("Central European Time") and lang in ("de", "fr", "es", "nl", "it", "pl", "sv"):
        city = tzlabel.split(" - ")[-1]
        tzlabel = {"de": "Mitteleuropäische Zeit", "fr": "Heure normale d’Europe centrale", "es": "Hora estándar de Europa central",
                   "nl": "Midden-Europese standaardtijd", "it": "Ora standard dell’Europa centrale", "pl": "Czas środkowoeuropejski",
                   "sv": "Centraleuropeisk normaltid"}[lang] + " - " + city
    if kind == "reply":
        body = (L["accepted"] if partstat == "ACCEPTED" else L["declined"]).format(name=(from_[0] or from_[1])) + "\n\n"
        body += f"{title}\n{when_long(lang, ls, le)}\n{tzlabel}\n\n"
        body += f"{L['org']}\n{oname or oemail}\n{oemail}\n\n~~//~~\n{L['invfrom']}: https://calendar.google.com/calendar/\n\n"
        body += "You are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings, select this calendar, and change \"Other notifications\".\n\nForwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding"
    elif arr.year < 2022 and lang in ("en", "de"):
        if lang == "en":
            body = ("This event has been canceled.\n\n" if kind == "cancel" else ("This event has been changed.\n\n" if kind == "update" else "You have been invited to the following event.\n\n"))
            body += f"Title: {title}\n" + (f"{desc_plain}\n" if desc_plain else "")
            body += f"When: {DOW_LONG['en'][ls.weekday()][:3]} {MON['en'][ls.month - 1]} {ls.day}, {ls.year} {_ampm(ls)} – {_ampm(le or ls)} {tzlabel}\n"
            if ev.location:
                body += f"Where: {ev.location}\n"
            if meet:
                body += f"\nJoining info: Join with Google Meet\nhttps://meet.google.com/{code}\n"
            body += f"\nCalendar: {remail}\nWho:\n" + "".join(f"     * {n or e}{' - organizer' if e == oemail else ''}\n" for n, e in guests)
            body += f"\nEvent details: {link}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            body += f"You are receiving this courtesy email at the account {remail} because you are an attendee of this event.\n\n"
            body += "To stop receiving future updates for this event, decline this event. Alternatively you can sign up for a Google account at https://calendar.google.com/calendar/ and control your notification settings for your entire calendar.\n\n"
            body += "Forwarding this invitation could allow any recipient to send a response to the organizer and be added to the guest list, or invite others regardless of their own invitation status, or to modify your RSVP. Learn more at https://support.google.com/calendar/answer/37135#forwarding"
        else:
            body = ("Dieser Termin wurde abgesagt.\n\n" if kind == "cancel" else ("Dieser Termin wurde geändert.\n\n" if kind == "update" else "Sie wurden zu folgendem Termin eingeladen.\n\n"))
            body += f"Titel: {title}\n" + (f"{desc_plain}\n" if desc_plain else "")
            body += f"Wann: {DOW_LONG['de'][ls.weekday()][:2]}. {ls.day}. {MON['de'][ls.month - 1]} {ls.year} {ls:%H:%M} – {(le or ls):%H:%M} Mitteleuropäische Zeit - Berlin\n"
            if ev.location:
                body += f"Wo: {ev.location}\n"
            if meet:
                body += f"\nInfos zur Teilnahme: Mit Google Meet teilnehmen\nhttps://meet.google.com/{code}\n"
            body += f"\nKalender: {remail}\nWer:\n" + "".join(f"     * {n or e}{' - Organisator' if e == oemail else ''}\n" for n, e in guests)
            body += f"\nTermindetails: {link}\n\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
            body += f"Sie erhalten diese E-Mail für das Konto {remail}, weil Sie Gast dieses Termins sind.\n\n"
            body += "Lehnen Sie diesen Termin ab, um keine weiteren Informationen zu diesem Termin zu erhalten. Sie können auch unter https://calendar.google.com/calendar/ ein Google-Konto erstellen und Ihre Benachrichtigungseinstellungen für Ihren gesamten Kalender steuern.\n\n"
            body += "Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger Ihre Antwort auf die Einladung ändern. Weitere Informationen finden Sie unter https://support.google.com/calendar/answer/37135#forwarding"
    else:
        body = ""
        if kind == "cancel":
            body += L["canceled"] + "\n\n"
        if kind == "update":
            body += L["updated"] + "\n\n"
        body += f"{title}\n{when_long(lang, ls, le)}\n{tzlabel}\n"
        if ev.location:
            body += f"{ev.location}\n"
        body += "\n"
        if meet:
            body += f"{L['join']}\nhttps://meet.google.com/{code}\n\n"
            if phone:
                body += f"{L['phone']}\n(US) +1 {r.choice(['650', '401', '347'])}-555-01{r.randint(10, 99)} PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n\n{L['more']}\nhttps://tel.meet/{code}?pin={pin}\n\n"
        if desc_plain:
            body += desc_plain + "\n\n"
        body += f"{L['org']}\n{oname or oemail}\n{oemail}\n\n"
        if len(guests) > 2:
            body += f"{L['guests']}\n" + "".join(f"{n or e}{' - ' + L['organizer_word'] if e == oemail else ''}\n{e}\n" for n, e in guests[:6]) + f"{L['viewall']} {link.replace('VIEW', 'VIEW')}\n\n"
        if kind != "cancel":
            body += L["reply"].format(rcpt=remail) + f"  \n{link}\n"
            if r.random() < 0.4:
                body += L["optional"] + "\n"
        body += f"\n~~//~~\n{L['invfrom']}: https://calendar.google.com/calendar/\n\n{L['recv']}\n\n{L['fwd']}\n\n{L['learn']} https://support.google.com/calendar/answer/37135#forwarding"
    # html
    btn = "" if kind in ("cancel", "reply") else (
        f'<table role="presentation" class="appointment-buttons"><tr>'
        + "".join(f'<th><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst={rst}&amp;tok={tok}&amp;ctz={tzq.replace("/", "%2F")}&amp;hl={lang}&amp;es=0" class="primary-button-text" style="font-family:\'Google Sans\',Roboto,sans-serif;font-weight:500;color:#1a73e8;text-decoration:none">{lbl}</a></th>'
                  for rst, lbl in ((1, L["yes"]), (2, L["no"]), (3, L["maybe"])))
        + f'<th><a href="{esc_html(link)}" style="color:#1a73e8">{L["more_opts"]}</a></th></tr></table>')
    meet_html = (f'<div><a href="https://meet.google.com/{code}" class="primary-button" style="background-color:#1a73e8;color:#fff;border-radius:4px;padding:10px 24px;text-decoration:none">{L["join"]}</a></div>'
                 f'<div style="color:#3c4043">meet.google.com/{code}</div>') if meet else ""
    dhtml = desc_html if desc_html else text_to_html(desc_plain)
    guests_html = "".join(f'<div><span itemprop="attendee" itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="notranslate">{esc_html(n or e)}</span><meta itemprop="email" content="{esc_html(e)}"/></span>{" - " + L["organizer_word"] if e == oemail else ""}</div>' for n, e in guests[:8])
    html_body = (
        '<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark">\n'
        '<style>body, html {font-family: Roboto, Helvetica, Arial, sans-serif;} body {margin:0;padding:0;} .body-container {padding-left:16px;padding-right:16px;} .primary-button-text {font-weight:500;} .main-container-inner {padding:24px 32px !important;}</style></head>\n'
        f'<body class="body"><span itemscope itemtype="http://schema.org/EmailMessage"><meta itemprop="description" content="{esc_html(L["inv"] if kind != "reply" else "")}"/>'
        f'<span itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="{esc_html(subj)}"/></span>'
        f'<span itemprop="action" itemscope itemtype="http://schema.org/ViewAction"><meta itemprop="url" content="{esc_html(link)}"/><meta itemprop="name" content="{esc_html(L["more_opts"])}"/></span></span>\n'
        f'<div class="body-container"><table class="main-container-inner" role="presentation"><tr><td>'
        + (f'<div style="color:#d93025">{esc_html(L["canceled"])}</div>' if kind == "cancel" else "")
        + (f'<div style="color:#3c4043">{esc_html((L["accepted"] if partstat == "ACCEPTED" else L["declined"]).format(name=from_[0] or from_[1]))}</div>' if kind == "reply" else "")
        + f'<h2 class="primary-text" itemprop="name" style="font-size:22px;color:#3c4043">{esc_html(title)}</h2>'
        f'<div class="secondary-text" style="color:#70757a"><span>{esc_html(when_long(lang, ls, le))}</span><br>{esc_html(tzlabel)}</div>\n'
        + meet_html + (f'<div style="color:#3c4043">{esc_html(ev.location)}</div>' if ev.location else "")
        + f'<div itemprop="description" style="color:#3c4043;margin:24px 0">{dhtml}</div>\n'
        f'<h3 style="color:#3c4043">{L["guests"]}</h3>{guests_html}\n{btn}\n'
        f'</td></tr></table>\n<table class="footer" role="presentation"><tr><td style="font-size:12px;color:#70757a">'
        f'<p>{L["invfrom"].split(" ")[0]} <a href="https://calendar.google.com/calendar/" class="accent-text">{L["cal"]}</a></p>'
        f'<p>{esc_html(L["recv"])}</p><p>{esc_html(L["fwd"])} <a href="https://support.google.com/calendar/answer/37135#forwarding">{L["learn"]}</a></p>'
        '</td></tr></table></div></body></html>')
    b_mix, b_alt = boundary(r, "google"), boundary(r, "google")
    parts = [leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', flowed(body), "base64"),
             leaf('text/html; charset="UTF-8"', html_body, "quoted-printable")]
    parts.append(leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, r.choice(["quoted-printable", "7bit", "quoted-printable"]) if all(ord(c) < 128 for c in ics) else "quoted-printable"))
    alt = multipart("alternative", parts, b_alt)
    if with_ics:
        body_part = multipart("mixed", [alt, leaf('application/ics; name="invite.ics"', ics, "base64",
                                                   extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])], b_mix)
    else:
        body_part = multipart("mixed", [alt], b_mix)
    msgid = f"<calendar-{r.uuid4()}@google.com>" if arr.year >= 2019 and r.random() < 0.8 else f"<{'0' * 12}{r.hexs(12)}@google.com>"
    snd = sender_name or {"de": "Google Kalender", "fr": "Google Agenda", "es": "Calendario de Google", "nl": "Google Agenda",
                          "it": "Google Calendar", "pt": "Google Agenda", "sv": "Google Kalender"}.get(lang, "Google Calendar")
    hdrs = [("MIME-Version", "1.0")]
    if reply_to and kind != "reply":
        hdrs.append(("Reply-To", addr(oname, oemail)))
    hdrs += [("Sender", addr(snd, "calendar-notification@google.com")), ("Message-ID", msgid),
             ("Date", rfc2822_date(arr - dt.timedelta(seconds=r.randint(1, 5)))), ("Subject", hval(subj)),
             ("From", addr(from_[0], from_[1])), ("To", remail if kind != "reply" else addr(to_[0], to_[1]) if r.random() < 0.3 else to_[1])]
    if kind != "reply":
        hdrs[-1] = ("To", remail)
    sender_addr = from_[1]
    dom = sender_addr.split("@")[-1]
    if auth == "gmail":
        rt = route(r, "google", arr=arr, rcpt=remail, from_addr=sender_addr)
        spf = "pass"
    elif auth == "workspace":
        rt = route(r, "google", arr=arr, rcpt=remail, from_addr=sender_addr,
                   sign=[("google.com", "20230601" if arr.year >= 2023 else "20210112"), (dom, "google")])
        spf = "pass"
    elif auth == "workspace_gapps":
        rt = route(r, "google", arr=arr, rcpt=remail, from_addr=sender_addr,
                   sign=[("google.com", "20230601" if arr.year >= 2023 else "20210112"), (f"{dom.replace('.', '-')}.20230601.gappssmtp.com", "20230601")])
        spf = "pass"
    elif auth == "workspace_nospf":
        rt = route(r, "google", arr=arr, rcpt=remail, from_addr=sender_addr,
                   sign=[("google.com", "20230601" if arr.year >= 2023 else "20210112"), (f"{dom.replace('.', '-')}.20230601.gappssmtp.com", "20230601")])
        spf = r.choice(["softfail", "fail", "neutral", "none"])
    else:
        raise ValueError(auth)
    return assemble(r, arr=arr, rcpt=remail, rt=rt, from_addr=sender_addr, client_headers=hdrs, body=body_part,
                    spf=spf, mime_version=False, forged=forged, ar_style=ar_style,
                    dmarc_policy=r.choice(["none", "none", "quarantine"]) if auth == "workspace_nospf" else "auto")


# --------------------------------------------------------------------------- Exchange / Outlook
EXL = {
    "en": dict(can="Canceled", acc="Accepted", ten="Tentative", dec="Declined", new="New Time Proposed", fw="FW",
               teams=["Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
                      "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Or call in (audio only)", "Phone Conference ID",
                      "Find a local number", "Reset PIN", "Learn More", "Meeting options"]),
    "en-GB": dict(can="Cancelled", acc="Accepted", ten="Tentative", dec="Declined", new="New Time Proposed", fw="FW",
                  teams=["Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting",
                         "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Or call in (audio only)", "Phone Conference ID",
                         "Find a local number", "Reset PIN", "Learn More", "Meeting options"]),
    "de": dict(can="Abgesagt", acc="Angenommen", ten="Mit Vorbehalt angenommen", dec="Abgelehnt", new="Neuer Zeitvorschlag", fw="WG",
               teams=["Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil",
                      "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kenncode", "Teams herunterladen",
                      "Im Web beitreten", "Oder telefonisch teilnehmen (nur Audio)", "Konferenz-ID", "Ortstarif suchen",
                      "PIN zurücksetzen", "Weitere Infos", "Besprechungsoptionen"]),
    "fr": dict(can="Annulé", acc="Accepté", ten="Provisoire", dec="Refusé", new="Nouvelle heure proposée", fw="TR",
               teams=["Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
                      "Cliquez ici pour participer à la réunion", "ID de la réunion", "Code secret", "Télécharger Teams",
                      "Rejoindre sur le web", "Ou appelez (audio uniquement)", "ID de conférence téléphonique",
                      "Trouver un numéro local", "Réinitialiser le code confidentiel", "En savoir plus", "Options de réunion"]),
    "nl": dict(can="Geannuleerd", acc="Geaccepteerd", ten="Voorlopig", dec="Geweigerd", new="Nieuwe tijd voorgesteld", fw="FW",
               teams=["Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat",
                      "Klik hier om deel te nemen aan de vergadering", "Vergadering-id", "Wachtwoordcode", "Teams downloaden",
                      "Deelnemen op het web", "Of bel in (alleen audio)", "Telefonische vergadering-id", "Een lokaal nummer zoeken",
                      "Pincode opnieuw instellen", "Meer informatie", "Opties voor vergadering"]),
    "es": dict(can="Cancelado", acc="Aceptado", ten="Provisional", dec="Rechazado", new="Nueva hora propuesta", fw="RV",
               teams=["Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o el dispositivo de sala",
                      "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso", "Descargar Teams",
                      "Unirse en la Web", "O llame (solo audio)", "Id. de conferencia telefónica", "Buscar un número local",
                      "Restablecer PIN", "Más información", "Opciones de reunión"]),
    "fi": dict(can="Peruttu", acc="Hyväksytty", ten="Alustava", dec="Hylätty", new="Uusi ehdotettu aika", fw="VL",
               teams=["Microsoft Teams -kokous", "Liity tietokoneella, mobiilisovelluksella tai huonelaitteella",
                      "Liity kokoukseen napsauttamalla tätä", "Kokouksen tunnus", "Tunnuskoodi", "Lataa Teams",
                      "Liity verkossa", "Tai soita (vain ääni)", "Puhelinneuvottelun tunnus", "Etsi paikallinen numero",
                      "Palauta PIN-koodi", "Lisätietoja", "Kokousasetukset"]),
    "it": dict(can="Annullato", acc="Accettato", ten="Provvisorio", dec="Rifiutato", new="Nuovo orario proposto", fw="I",
               teams=["Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili o dispositivo della stanza",
                      "Fai clic qui per partecipare alla riunione", "ID riunione", "Passcode", "Scarica Teams",
                      "Partecipa sul Web", "Oppure chiama (solo audio)", "ID conferenza telefonica", "Trova un numero locale",
                      "Reimposta PIN", "Altre info", "Opzioni riunione"]),
}


def teams_block(r, lang, org_email, tenant_id=None, dial=True, style="new"):
    T = EXL.get(lang, EXL["en"])["teams"]
    tid = tenant_id or r.uuid4()
    oid = r.uuid4()
    mt = base64.b64encode(r.uuid4().encode()).decode()[:44].replace("=", "")
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d"
    mid = f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
    pc = r.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    conf = r.digits(9)
    bar = "_" * 80
    lines = [bar, T[0]]
    if style == "new":
        lines += [T[1], f"{T[2]}<{url}>", f"{T[3]}: {mid}", f"{T[4]}: {pc}",
                  f"{T[5]}<https://www.microsoft.com/{'de-de' if lang == 'de' else 'en-us'}/microsoft-teams/download-app> | {T[6]}<https://www.microsoft.com/microsoft-teams/join-a-meeting>"]
    else:
        lines += [T[1], f"{T[2]}<{url}>"]
    if dial:
        num = {"de": ("+49 69 120059-{x}", "Germany, Frankfurt"), "fr": ("+33 1 70 37 9{x}", "France, Paris"),
               "nl": ("+31 20 794 7{x}", "Netherlands, Amsterdam"), "fi": ("+358 9 2319 4{x}", "Finland, Helsinki"),
               "es": ("+34 91 123 4{x}", "Spain, Madrid"), "it": ("+39 02 3056 7{x}", "Italy, Milano")}.get(lang, ("+1 323-555-0{x}", "United States, Los Angeles"))
        n = num[0].format(x=r.randint(100, 199))
        lines += [T[7], f"{n},,{conf}#<tel:{n.replace(' ', '').replace('-', '')},,{conf}#>   {num[1]}",
                  f"{T[8]}: {conf[:3]} {conf[3:6]} {conf[6:]}#",
                  f"{T[9]}<https://dialin.teams.microsoft.com/{r.uuid4()}?id={conf}> | {T[10]}<https://dialin.teams.microsoft.com/usp/pstnconferencing>"]
    lines += [f"{T[11]}<https://aka.ms/JoinTeamsMeeting> | {T[12]}<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mt}@thread.v2&messageId=0&language={'de-DE' if lang == 'de' else 'en-US'}>",
              bar]
    xprops = [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
              f"X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/{tid}/{oid}/19_meeting_{mt}@thread.v2/0",
              f'X-MICROSOFT-SKYPETEAMSPROPERTIES:{{"cid":"19:meeting_{mt}@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    return "\n".join(lines), url, xprops


def zoom_block(r, lang="en", host_name="", region="us02web", dial="us"):
    mid = r.randint(81000000000, 89999999999)
    ms = str(mid)
    mfmt = f"{ms[:3]} {ms[3:7]} {ms[7:]}"
    pw = r.digits(6)
    pwd = r.urlsafe(32)
    url = f"https://{region}.zoom.us/j/{mid}?pwd={pwd}"
    if lang == "de":
        s = (f"{host_name} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n" if host_name else "") + \
            f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mfmt}\nKenncode: {pw}\n\n---\n\nSchnelleinwahl mobil\n" \
            f"+496971049922,,{mid}#,,,,*{pw}# Deutschland\n+493056795800,,{mid}#,,,,*{pw}# Deutschland\n\n---\n\n" \
            f"Einwahl nach aktuellem Standort\n• +49 69 7104 9922 Deutschland\n• +49 30 5679 5800 Deutschland\n• +49 695 050 2596 Deutschland\n\n" \
            f"Meeting-ID: {mfmt}\nKenncode: {pw}\n\nOrtseinwahl suchen: https://{region}.zoom.us/u/{r.urlsafe(9)}"
    else:
        s = (f"{host_name} is inviting you to a scheduled Zoom meeting.\n\n" if host_name else "") + \
            f"Join Zoom Meeting\n{url}\n\nMeeting ID: {mfmt}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n" \
            f"+16465588656,,{mid}#,,,,*{pw}# US (New York)\n+13017158592,,{mid}#,,,,*{pw}# US (Washington DC)\n\n---\n\n" \
            f"Dial by your location\n• +1 646 558 8656 US (New York)\n• +1 301 715 8592 US (Washington DC)\n• +1 312 626 6799 US (Chicago)\n\n" \
            f"Meeting ID: {mfmt}\nPasscode: {pw}\n\nFind your local number: https://{region}.zoom.us/u/{r.urlsafe(9)}"
    return s, url


def webex_block(r, site="example"):
    num = f"{r.randint(2300, 2799)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    pw = r.alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{r.hexs(32)}"
    s = (f"When it's time, join the Webex meeting here.\n\nJoin meeting\n{url}\n\nMeeting number (access code): {num}\n"
         f"Meeting password: {pw} ({r.digits(8)} from phones and video systems)\n\n\nJoin by phone\n"
         f"+1-415-655-0001 US Toll\n+49-619-6781-9736 Germany Toll\nAccess code: {num}\n\n"
         f"Join by video system\nDial {num.replace(' ', '')}@{site}.webex.com\nYou can also dial 173.243.2.68 and enter your meeting number.\n\n"
         "Can't join the meeting?\nhttps://help.webex.com/docs/DOC-5412\n\n"
         "IMPORTANT NOTICE: Please note that this Webex service allows audio and other information sent during the session to be recorded, which may be discoverable in a legal matter.")
    return s, url


def exchange_msgid(r, arr, tenant_dom, onprem=False):
    if onprem:
        return f"<{r.hexs(32)}@{tenant_dom}>"
    reg = r.choice(["AM6PR03MB", "HE1PR0802MB", "DB9PR04MB", "PH0PR11MB", "BN6PR1101MB", "VI1PR07MB", "SA1PR12MB", "FR3P281MB", "PAXPR04MB"])
    n = r.randint(1000, 9999)
    return f"<{reg}{n}{r.hexs(24, True)}{r.hexs(8, True)}@{reg}{n}.{r.choice(['eurprd03', 'eurprd08', 'namprd11', 'namprd04', 'eurprd07', 'DEUP281'])}.prod.outlook.com>"


def exchange_mail(r, *, arr, org, rcpts, ev, lang="en", kind="invite", teams=False, body_text="", html=True,
                  route_kind="exo", charset=None, delegate=None, responder=None, partstat="ACCEPTED", cc=None,
                  tenant=None, onprem_dom=None, counter_start=None, zoom=None, webex=None, forged=None,
                  skype=False, upper_mailto=False, importance=None, cal_cte="base64", xalt=False, spf=None,
                  dmarc_policy="auto", ar_style=None, extra_hdrs=None, reminder=True, comment=None, attachments=None):
    """Outlook / Exchange (Online or on-prem, or outlook.com consumer) iMIP message."""
    L = EXL.get(lang, EXL["en"])
    oname, oemail = org
    ev.organizer = ev.organizer or (oname, oemail)
    if delegate:
        ev.sent_by = delegate[1]
    ev.uid = ev.uid or ("040000008200E00074C5B7101A82E00800000000" + r.hexs(16, True) + "0" * 15 + "1000000" + r.hexs(32, True))
    ev.lang = ev.lang or {"en": "en-US", "en-GB": "en-GB", "de": "de-DE", "fr": "fr-FR", "nl": "nl-NL", "es": "es-ES", "fi": "fi-FI", "it": "it-IT"}.get(lang, "en-US")
    if not ev.attendees:
        ev.attendees = [Att(e, cn=n or e) for n, e in rcpts] + [Att(e, cn=n or e, role="OPT-PARTICIPANT") for n, e in (cc or [])]
    ev.cls = ev.cls or "PUBLIC"
    ev.prio = 5 if ev.prio is None else ev.prio
    text = body_text or ""
    xprops = []
    if teams:
        tb, turl, xprops = teams_block(r, lang, oemail, style="new" if arr.year >= 2022 else "old", dial=r.random() < 0.6)
        text = (text + "\n\n" if text else "\n\n") + tb + "\n"
        if not ev.location:
            ev.location = {"de": "Microsoft Teams-Besprechung", "fr": "Réunion Microsoft Teams", "nl": "Microsoft Teams-vergadering",
                           "es": "Reunión de Microsoft Teams", "fi": "Microsoft Teams -kokous", "it": "Riunione di Microsoft Teams"}.get(lang, "Microsoft Teams Meeting")
    if skype:
        conf = r.digits(8)
        text += f"\n\n.........................................................................................................................................\nJoin Skype Meeting<https://meet.{oemail.split('@')[1]}/{oemail.split('@')[0]}/{r.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}>\nTrouble Joining? Try Skype Web App<https://meet.{oemail.split('@')[1]}/{oemail.split('@')[0]}/{r.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}?sl=1>\nJoin by phone\n\n+1 (425) 555-01{r.randint(10, 99)} (Dial-in Number)            English (United States)\n\nFind a local number<https://dialin.{oemail.split('@')[1]}>\n\nConference ID: {conf}\n\nForgot your dial-in PIN?<https://dialin.{oemail.split('@')[1]}>  |Help<https://o15.officeredir.microsoft.com/r/rlidLync15?clid=1033&p1=5&p2=2009>\n\n[!OC([1033])!]\n.........................................................................................................................................\n"
    if zoom:
        zt, zurl = zoom_block(r, "de" if lang == "de" else "en", oname, region=r.choice(["us02web", "us06web", "zoom", "eu01web"]))
        text = (text + "\n\n" if text else "") + ("─" * 30 + "\n" if r.random() < 0.3 else "") + zt + "\n"
        ev.location = ev.location or zurl
    if webex:
        wt, wurl = webex_block(r, site=webex)
        text = (text + "\n\n" if text else "") + wt + "\n"
        ev.location = ev.location or wurl
    ev.description = (text.replace("\n", "\n") + "\n") if text else "\n"
    ev.extra = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{ev.seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{r.randint(-2147483647, 2147483647)}",
                f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if kind == 'cancel' else 'TENTATIVE'}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if ev.all_day else 'FALSE'}", f"X-MICROSOFT-CDO-IMPORTANCE:{importance if importance is not None else 1}",
                "X-MICROSOFT-CDO-INSTTYPE:" + ("1" if ev.rrule else ("3" if ev.recurrence_id else "0"))] + xprops + \
               ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"] + \
               (["X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"] if arr.year >= 2021 else []) + \
               (["X-MICROSOFT-LOCATIONS:[]"] if arr.year >= 2020 and r.random() < 0.6 else []) + ev.extra
    if xalt:
        ev.x_alt_desc = "<html><body>" + text_to_html(text) + "</body></html>"
    if reminder and kind in ("invite", "update") and not ev.alarms and r.random() < 0.7:
        ev.alarms = [Alarm(trigger="-PT15M", related="START", description="REMINDER")]
    method = {"invite": "REQUEST", "update": "REQUEST", "cancel": "CANCEL", "reply": "REPLY", "counter": "COUNTER"}[kind]
    title = ev.summary
    if kind == "cancel":
        ev.status = "CANCELLED"
        ev.prio = 1
        ev.summary = f"{L['can']}: {title}"
    frm = org
    tos = rcpts
    subj = title
    if kind == "cancel":
        subj = f"{L['can']}: {title}"
    if kind in ("reply", "counter"):
        who = responder or rcpts[0]
        ev.attendees = [Att(who[1], cn=who[0] or who[1], partstat="NEEDS-ACTION" if kind == "counter" else partstat, rsvp=False)]
        ev.alarms = []
        word = {"ACCEPTED": L["acc"], "TENTATIVE": L["ten"], "DECLINED": L["dec"]}[partstat] if kind == "reply" else L["new"]
        subj = f"{word}: {title}"
        ev.summary = subj if kind == "reply" else title
        frm, tos = who, [org]
        if kind == "counter" and counter_start:
            dur = (ev.end - ev.start)
            ev.start, ev.end = counter_start, counter_start + dur
        ev.description = (comment + "\n") if comment else "\n"
        if comment:
            ev.comment = comment
        text = comment or ""
    style = "exchange_upper" if upper_mailto else "exchange"
    ics = vcal([ev], method, style, stamp=arr - dt.timedelta(seconds=r.randint(1, 40)))
    from dc_lib import is_ascii
    cs = charset or ("iso-8859-1" if (text.encode("latin-1", "ignore").decode("latin-1") == text and not is_ascii(text)) or r.random() < 0.3 else "utf-8")
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    onprem = route_kind == "exchange_onprem"
    msgid = exchange_msgid(r, arr, oemail.split("@")[1], onprem)
    loc = msgid.strip("<>").split("@")[0]
    bnd = f"_000_{loc.replace('.', '').replace('-', '')}{frm[1].split('@')[1].replace('.', '').replace('-', '')}_"[:70] + "_"
    plain = leaf(f'text/plain; charset="{cs}"', text + "\n", "quoted-printable" if not is_ascii(text) or r.random() < 0.8 else "base64", charset=cs)
    parts = [plain]
    if html:
        hbody = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">\n'
                 '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
                 '@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                 'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{font-size:10.0pt;}\n--></style>\n</head>\n'
                 f'<body lang="{ev.lang.split("-")[0].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n')
        for para in (text or "").split("\n"):
            if para.startswith("_" * 20):
                hbody += '<div style="max-width:1024px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>\n'
            elif "<https://" in para:
                label, url = para.split("<", 1)
                hbody += f'<p class="MsoNormal"><a href="{esc_html(url.rstrip(">"))}" target="_blank">{esc_html(label)}</a></p>\n'
            else:
                hbody += f'<p class="MsoNormal">{esc_html(para) if para else "<o:p>&nbsp;</o:p>"}</p>\n'
        hbody += "</div>\n</body>\n</html>\n"
        parts.append(leaf(f'text/html; charset="{cs}"', hbody, "quoted-printable", charset=cs))
    parts.append(leaf(f'text/calendar; charset="utf-8"; method={method}', ics, cal_cte))
    body = multipart("alternative", parts, bnd, quote=True)
    body.headers[0] = ("Content-Type", f'multipart/alternative;\r\n\tboundary="{bnd}"')
    if attachments:
        bnd2 = bnd.replace("_000_", "_004_")
        atts = [leaf(f'{ct}; name="{fn}"', data, "base64", extra=[("Content-Description", fn), ("Content-Disposition", f'attachment; filename="{fn}"; size={len(data)};\r\n\tcreation-date="{rfc2822_date(arr)}";\r\n\tmodification-date="{rfc2822_date(arr)}"')])
                for ct, fn, data in attachments]
        body = multipart("mixed", [body] + atts, bnd2)
        body.headers[0] = ("Content-Type", f'multipart/mixed;\r\n\tboundary="{bnd2}"')
    hdrs = [("From", addr(frm[0], frm[1], quote=True if r.random() < 0.3 else "auto"))]
    if delegate and kind in ("invite", "update", "cancel"):
        hdrs = [("From", addr(org[0], org[1])), ("Sender", addr(delegate[0], delegate[1]))]
    hdrs.append(("To", ", ".join(addr(n, e, quote=True) if n else e for n, e in tos)))
    if cc and kind not in ("reply", "counter"):
        hdrs.append(("CC", ", ".join(addr(n, e) for n, e in cc)))
    hdrs += [("Subject", hval(subj, cs if cs != "iso-8859-1" else "iso-8859-1", "Q" if cs == "iso-8859-1" else "B")),
             ("Thread-Topic", hval(title, "utf-8", "B")), ("Thread-Index", thread_index(r)),
             ("Date", rfc2822_date(arr - dt.timedelta(seconds=r.randint(1, 30)))), ("Message-ID", msgid),
             ("Accept-Language", f"{ev.lang}, en-US" if not ev.lang.startswith("en") else "en-US"), ("Content-Language", ev.lang),
             ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    if importance == 2:
        hdrs += [("Importance", "high"), ("X-Priority", "1")]
    if kind in ("invite", "update", "cancel") and r.random() < 0.5:
        hdrs.append(("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + r.b64s(40) + "="))
    if not onprem and r.random() < 0.6:
        hdrs += [("x-ms-publictraffictype", "Email"), ("x-ms-traffictypediagnostic", f"{r.letters(2, True)}{r.randint(1, 9)}PR{r.randint(10, 99)}MB{r.randint(1000, 9999)}:EE_|{r.letters(3, True)}{r.randint(1, 9)}P{r.randint(100, 300)}MB{r.randint(1000, 9999)}:EE_")]
    if delegate and kind in ("invite", "update", "cancel"):
        hdrs.append(("X-MS-Exchange-MessageSentRepresentingType", "2"))
    hdrs += extra_hdrs or []
    hdrs.append(("MIME-Version", "1.0"))
    sender_addr = delegate[1] if (delegate and kind in ("invite", "update", "cancel")) else frm[1]
    dom = frm[1].split("@")[1]
    if route_kind == "exchange_onprem":
        rt = route(r, "exchange_onprem", arr=arr, rcpt=tos[0][1] if kind not in ("reply", "counter") else org[1], from_addr=frm[1], env_from=sender_addr)
    elif route_kind == "outlookcom":
        rt = route(r, "outlookcom", arr=arr, rcpt=tos[0][1], from_addr=frm[1], env_from=sender_addr)
    else:
        rt = route(r, "exo", arr=arr, rcpt=tos[0][1], from_addr=frm[1], env_from=sender_addr, user=tenant)
    rc = tos[0][1]
    return assemble(r, arr=arr, rcpt=rc, rt=rt, from_addr=frm[1], client_headers=hdrs, body=body, mime_version=False,
                    forged=forged, spf=spf, dmarc_policy=dmarc_policy, ar_style=ar_style)


def outlook_inline(r, *, arr, org, rcpts, ev, lang="de", route_kind="postfix", body_note=None, x_alt=True, auth_kw=None,
                   version="16.0", forged=None, charset="utf-8", cte="8bit"):
    """Outlook desktop (MIMEDIR) sending the calendar as the whole body (no multipart), like calmailproc test-10."""
    oname, oemail = org
    ev.organizer = ev.organizer or (oname, oemail)
    ev.uid = ev.uid or r.alnum(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if not ev.attendees:
        ev.attendees = [Att(e, cn=n or e) for n, e in rcpts]
    ev.cls = ev.cls or "PUBLIC"
    ev.prio = 5 if ev.prio is None else ev.prio
    ev.created = ev.created or arr - dt.timedelta(seconds=r.randint(10, 300))
    ev.last_modified = ev.last_modified or ev.created
    ev.extra = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOSTARTCHECK:FALSE", "X-MS-OLK-CONFTYPE:0"] + ev.extra
    if x_alt and ev.description and not ev.x_alt_desc:
        ev.x_alt_desc = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server version rmj.rmm.rup.rpr">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n' + "".join(f'<P DIR=LTR><SPAN LANG="{lang}"><FONT FACE="Calibri">{esc_html(p)}</FONT></SPAN></P>\n' for p in ev.description.split("\n")) + "\n</BODY>\n</HTML>"
    if not ev.alarms:
        ev.alarms = [Alarm(trigger="-PT15M", description="Reminder")]
    ics = vcal([ev], "REQUEST", "outlook16", prodid=f"-//Microsoft Corporation//Outlook {version} MIMEDIR//EN")
    body = leaf(f'text/calendar; method=REQUEST;\r\n\tcharset="{charset}"', ics, cte, charset=charset)
    hdrs = [("From", addr(oname, oemail)), ("To", ", ".join(addr(n, e, quote=True) for n, e in rcpts)),
            ("Subject", hval(ev.summary)), ("Date", rfc2822_date(arr - dt.timedelta(seconds=r.randint(1, 20)), "Europe/Berlin")),
            ("Message-ID", f"<{r.hexs(12)}${r.hexs(8)}${r.hexs(8)}@{oemail.split('@')[1]}>")]
    body.headers.append(("X-Mailer", f"Microsoft Outlook {version}"))
    body.headers.append(("Thread-Index", thread_index(r)[:40]))
    body.headers.append(("Content-Language", lang))
    rt = route(r, route_kind, arr=arr, rcpt=rcpts[0][1], from_addr=oemail, **(auth_kw or {}))
    return assemble(r, arr=arr, rcpt=rcpts[0][1], rt=rt, from_addr=oemail, client_headers=hdrs, body=body, forged=forged)


# --------------------------------------------------------------------------- iCloud
ICL = {
    "en": ("{name} invited you to “{title}”", "{name} has invited you to “{title}”", "Date and time", "Invitees", "Reply",
           "Accept", "Decline", "Maybe", "iCloud is a service provided by Apple.", "My Apple ID", "Support", "Terms and Conditions",
           "Privacy Policy", "You"),
    "fr": ("{name} vous a invité à « {title} »", "{name} vous a invité à « {title} »", "date et heure", "invités", "réponse",
           "Accepter", "Refuser", "Peut-être", "iCloud est un service fourni par Apple.", "Mon identifiant Apple", "Assistance",
           "Conditions générales", "Engagement de confidentialité", "Vous"),
    "de": ("{name} hat Sie zu „{title}“ eingeladen", "{name} hat Sie zu „{title}“ eingeladen", "Datum und Uhrzeit", "Eingeladene",
           "Antwort", "Annehmen", "Ablehnen", "Vielleicht", "iCloud ist ein Dienst von Apple.", "Meine Apple-ID", "Support",
           "Nutzungsbedingungen", "Datenschutzrichtlinie", "Sie"),
    "zh": ("{name}邀请您参加“{title}”", "{name}邀请您参加“{title}”", "日期和时间", "受邀人", "回复", "接受", "拒绝", "可能",
           "iCloud 是 Apple 提供的服务。", "我的 Apple ID", "支持", "条款与条件", "隐私政策", "您"),
    "es": ("{name} te ha invitado a “{title}”", "{name} te ha invitado a “{title}”", "Fecha y hora", "Invitados", "Respuesta",
           "Aceptar", "Rechazar", "Quizás", "iCloud es un servicio de Apple.", "Mi ID de Apple", "Soporte", "Términos y condiciones",
           "Política de privacidad", "Tú"),
    "nl": ("{name} heeft je uitgenodigd voor ‘{title}’", "{name} heeft je uitgenodigd voor ‘{title}’", "Datum en tijd", "Genodigden",
           "Antwoord", "Accepteer", "Wijs af", "Misschien", "iCloud is een dienst van Apple.", "Mijn Apple ID", "Ondersteuning",
           "Voorwaarden", "Privacybeleid", "Jij"),
}


def imip_token(r):
    return "2_" + r.alnum(r.choice([52, 56, 60]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def icloud_mail(r, *, arr, org, rcpt, ev, lang="en", kind="invite", others=None, many=None, forged=None, ar_style=None):
    """An iCloud Calendar invitation e-mail (sent by Apple's servers on behalf of the organizer)."""
    L = ICL.get(lang, ICL["en"])
    oname, oemail = org
    rname, remail = rcpt
    tok = imip_token(r)
    ev.uid = ev.uid or r.uuid4().upper()
    ev.organizer = (oname, f"{tok}@imip.me.com")
    ev.org_params = [("EMAIL", oemail)]
    if not ev.attendees:
        ev.attendees = [Att(remail, cn=rname, params=[("EMAIL", remail)] if r.random() < 0.3 else [])]
        for n, e in (others or []):
            ev.attendees.append(Att(e, cn=n))
        ev.attendees.append(Att(oemail, cn=oname, role="CHAIR", partstat="ACCEPTED", rsvp=False, params=[("EMAIL", oemail)]))
    ev.last_modified = ev.last_modified or arr - dt.timedelta(seconds=r.randint(1, 8))
    if kind == "cancel":
        ev.status = "CANCELLED"
    ics = vcal([ev], {"invite": "REQUEST", "update": "REQUEST", "cancel": "CANCEL"}[kind], "apple",
               stamp=arr - dt.timedelta(seconds=r.randint(1, 8)))
    tzq = ev.tz or "UTC"
    ls, le = to_local(tzq, ev.start), to_local(tzq, ev.end or ev.start + dt.timedelta(hours=1))
    abbr = tz_abbr(tzq, ev.start)
    title = ev.summary
    subj = L[0].format(name=oname, title=title)
    if lang == "en":
        when = f"{DOW_LONG['en'][ls.weekday()]}, {ls.day} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][ls.month - 1]} {ls.year}, {ls:%H:%M} {abbr} – {le:%H:%M} {abbr}"
    elif lang == "zh":
        when = f"{ls.year}年{ls.month}月{ls.day}日 {ls:%H:%M} – {le:%H:%M}"
    else:
        when = f"{DOW_LONG.get(lang, DOW_LONG['en'])[ls.weekday()]} {ls.day} {MON.get(lang, MON['en'])[ls.month - 1]} {ls.year}, {ls:%H:%M} {abbr} – {le:%H:%M} {abbr}"
    base = f"https://www.icloud.com/calendar/eventreply/{'' if lang == 'en' else {'zh': 'zh-cn', 'de': 'de-de', 'fr': 'fr-fr', 'es': 'es-es', 'nl': 'nl-nl'}.get(lang, lang) + '/'}?t={tok}&p=p{r.randint(20, 70)}"
    inv = L[13] + (", " + ", ".join(n or e for n, e in (others or [])[:5]) if others else "")
    text = f"{L[1].format(name=oname, title=title)}\n\n{L[2]}:  {when}\n\n{L[3]}:  {inv}\n\n"
    if ev.description:
        text += ev.description + "\n\n"
    if ev.location:
        text += ev.location + "\n\n"
    text += f"{L[4]}:  \n{L[5]} – {base}#reply=accept\n{L[6]} – {base}#reply=decline\n{L[7]} – {base}#reply=tentative\n\n\n\n\n---\n"
    text += f"{L[8]}\n{L[9]}:  https://appleid.apple.com/choose-your-country/\n{L[10]}:  https://www.apple.com/support/icloud/ww\n{L[11]}:  https://www.apple.com/legal/internet-services/icloud/ww/\n{L[12]}:  https://www.apple.com/legal/internet-services/privacy/\nCopyright {arr.year} Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States."
    html_ = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title></title></head>'
             '<body style="margin:0;padding:0;background-color:#f5f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
             f'<table width="600" style="font-family:-apple-system,\'SF Pro Text\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;background:#fff"><tr><td style="padding:28px">'
             f'<p style="font-size:20px;font-weight:600">{esc_html(L[1].format(name=oname, title=title))}</p>'
             f'<p style="color:#86868b">{esc_html(L[2])}</p><p>{esc_html(when)}</p><p style="color:#86868b">{esc_html(L[3])}</p><p>{esc_html(inv)}</p>'
             + (f'<p>{text_to_html(ev.description)}</p>' if ev.description else "")
             + f'<p><a href="{esc_html(base)}#reply=accept">{L[5]}</a> &nbsp; <a href="{esc_html(base)}#reply=decline">{L[6]}</a> &nbsp; <a href="{esc_html(base)}#reply=tentative">{L[7]}</a></p>'
             f'</td></tr></table><p style="font-size:11px;color:#86868b">{esc_html(L[8])}</p></td></tr></table></body></html>')
    b1, b2 = boundary(r, "javamail", arr), boundary(r, "javamail", arr)
    alt = multipart("alternative", [leaf("text/plain; charset=UTF-8", text, "quoted-printable", cte_label="QUOTED-PRINTABLE", extra=[("Content-Disposition", "inline")]),
                                    leaf("text/html; charset=UTF-8", html_, "quoted-printable", cte_label="QUOTED-PRINTABLE", extra=[("Content-Disposition", "inline")])], b2,
                    ct_extra="")
    alt.headers[0] = ("Content-Type", f"multipart/alternative; \r\n\tboundary=\"{b2}\"")
    fn = f"iCal-{arr:%Y%m%d-%H%M%S}.ics"
    cal = leaf(f"text/calendar; method={'REQUEST' if kind != 'cancel' else 'CANCEL'}", ics, "base64", cte_label="Base64",
               extra=[("Content-Disposition", f"attachment; filename={fn}")])
    body = multipart("mixed", [alt, cal], b1)
    body.headers[0] = ("Content-Type", f"multipart/mixed; \r\n\tboundary=\"{b1}\"")
    snd = "email.apple.com" if arr.year >= 2019 else "insideicloud.icloud.com"
    hdrs = [("Date", rfc2822_date(arr - dt.timedelta(seconds=r.randint(1, 6))) + " (GMT)"), ("From", addr(oname, f"noreply@{snd}")),
            ("Reply-To", f"{tok}@imip.me.com"), ("To", remail),
            ("Message-ID", f"<{r.randint(100000000, 2147483647)}.{r.digits(20)}.JavaMail.email@email.apple.com>"),
            ("Subject", hval(subj, "UTF-8", "Q")), ("MIME-Version", "1.0")]
    body.headers += [("X-EmailType-Id", str(r.choice([763321, 763322, 763325]))), ("X-Request-UUID", r.uuid4()),
                     ("X-Business-Group", "iCloud"), ("X-Attach-Flag", "Y"), ("X-TXN_ID", r.uuid4().upper()),
                     ("X-DKIM_SIGN_REQUIRED", "YES")]
    rt = route(r, "icloud", arr=arr, rcpt=remail, from_addr=f"noreply@{snd}")
    return assemble(r, arr=arr, rcpt=remail, rt=rt, from_addr=f"noreply@{snd}", client_headers=hdrs, body=body,
                    mime_version=False, forged=forged, ar_style=ar_style)


# --------------------------------------------------------------------------- Thunderbird / Lightning
TBL = {
    "en": ("Invitation", "Updated Event", "Event Canceled", "Accepted", "Declined", "Tentative", "When", "Where", "Organizer", "Attendees", "Description",
           "{org} has invited you to {title}", "Counter Proposal"),
    "de": ("Einladung", "Aktualisierter Termin", "Abgesagt", "Zugesagt", "Abgesagt", "Vorläufig zugesagt", "Wann", "Wo", "Organisator", "Teilnehmer",
           "Beschreibung", "{org} hat Sie zu {title} eingeladen", "Gegenvorschlag"),
    "fr": ("Invitation", "Événement mis à jour", "Événement annulé", "Accepté", "Refusé", "Provisoire", "Quand", "Où", "Organisateur", "Participants",
           "Description", "{org} vous a invité à {title}", "Contre-proposition"),
    "nl": ("Uitnodiging", "Bijgewerkte afspraak", "Afspraak geannuleerd", "Geaccepteerd", "Afgewezen", "Voorlopig", "Wanneer", "Waar", "Organisator",
           "Deelnemers", "Beschrijving", "{org} heeft u uitgenodigd voor {title}", "Tegenvoorstel"),
    "pl": ("Zaproszenie", "Zaktualizowane wydarzenie", "Wydarzenie odwołane", "Zaakceptowano", "Odrzucono", "Wstępnie", "Kiedy", "Gdzie",
           "Organizator", "Uczestnicy", "Opis", "{org} zaprasza na {title}", "Kontrpropozycja"),
    "it": ("Invito", "Evento aggiornato", "Evento annullato", "Accettato", "Rifiutato", "Provvisorio", "Quando", "Dove", "Organizzatore",
           "Partecipanti", "Descrizione", "{org} ti ha invitato a {title}", "Controproposta"),
    "es": ("Invitación", "Evento actualizado", "Evento cancelado", "Aceptado", "Rechazado", "Provisional", "Cuándo", "Dónde", "Organizador",
           "Asistentes", "Descripción", "{org} le ha invitado a {title}", "Contrapropuesta"),
}


def thunderbird_mail(r, *, arr, org, rcpts, ev, lang="en", kind="invite", route_kind="postfix", route_kw=None,
                     responder=None, partstat="ACCEPTED", tb_version=None, attach_ics=True, cte="8bit", counter_start=None,
                     forged=None, comment=None, legacy_subject=False, ar_style=None):
    L = TBL.get(lang, TBL["en"])
    oname, oemail = org
    ev.organizer = ev.organizer or (oname, oemail)
    ev.org_params = ev.org_params or ([("RSVP", "FALSE"), ("PARTSTAT", "ACCEPTED"), ("ROLE", "CHAIR")] if r.random() < 0.6 else [])
    ev.uid = ev.uid or r.uuid4()
    if not ev.attendees:
        ev.attendees = [Att(oemail, cn=oname, partstat="ACCEPTED", role="CHAIR", rsvp=False)] if r.random() < 0.5 else []
        ev.attendees += [Att(e, cn=n) for n, e in rcpts]
    ev.created = ev.created or arr - dt.timedelta(minutes=r.randint(1, 300))
    ev.last_modified = ev.last_modified or arr - dt.timedelta(seconds=r.randint(2, 30))
    ev.extra = ev.extra + (["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE"] if kind in ("invite", "update") else []) + (
        [f"X-MOZ-GENERATION:{ev.seq + 1}"] if ev.seq else [])
    if ev.alarms == [] and kind in ("invite", "update") and r.random() < 0.4:
        ev.alarms = [Alarm(trigger="-PT15M", trigger_value="DURATION", description="Default Mozilla Description")]
    ev.transp = ev.transp or "OPAQUE"
    method = {"invite": "REQUEST", "update": "REQUEST", "cancel": "CANCEL", "reply": "REPLY", "counter": "COUNTER"}[kind]
    title = ev.summary
    frm, tos = org, rcpts
    if kind == "cancel":
        ev.status = "CANCELLED"
    if kind in ("reply", "counter"):
        who = responder or rcpts[0]
        ev.attendees = [Att(who[1], cn=who[0], partstat=partstat if kind == "reply" else "NEEDS-ACTION", rsvp=False)]
        ev.alarms = []
        frm, tos = who, [org]
        if kind == "counter" and counter_start:
            d = ev.end - ev.start
            ev.start, ev.end = counter_start, counter_start + d
        if comment:
            ev.comment = comment
    ics = vcal([ev], method, "thunderbird", stamp=arr - dt.timedelta(seconds=r.randint(1, 10)))
    tzq = ev.tz or "UTC"
    ls, le = to_local(tzq, ev.start), to_local(tzq, ev.end or ev.start + dt.timedelta(hours=1))
    dstr = f"{DOW.get(lang, DOW['en'])[ls.weekday()]} {ls:%d}. {MON.get(lang, MON['en'])[ls.month - 1]} {ls.year} {ls:%H:%M} {tz_abbr(tzq, ev.start)}" if lang != "en" else f"{DOW['en'][ls.weekday()]}, {MON['en'][ls.month - 1]} {ls.day} {ls.year} {ls:%H:%M} {tz_abbr(tzq, ev.start)}"
    if kind == "invite":
        subj = f"{L[0]}: {title}" + ("" if legacy_subject else f" @ {dstr}")
    elif kind == "update":
        subj = f"{L[1]}: {title}" if not legacy_subject else f"{L[0]}: {title}"
    elif kind == "cancel":
        subj = f"{L[2]}: {title}"
    elif kind == "reply":
        subj = f"{ {'ACCEPTED': L[3], 'DECLINED': L[4], 'TENTATIVE': L[5]}[partstat]}: {title}"
    else:
        subj = f"{L[12]}: {title}"
    if kind in ("reply", "counter"):
        text = (comment or "") + "\n"
    elif legacy_subject:
        text = L[11].format(org=f"{oname} <{oemail}>", title=title) + "\n"
    else:
        text = f"{title}\n\n{L[6]}:\n    {dstr.split(' ', 1)[1] if lang == 'en' else dstr}\n    {ls:%H:%M} - {le:%H:%M} {tz_abbr(tzq, ev.start)}\n"
        if ev.location:
            text += f"{L[7]}:\n    {ev.location}\n"
        text += f"{L[8]}:\n    {oname} <{oemail}>\n{L[9]}:\n" + "".join(f"    {n + ' <' + e + '>' if n else e}\n" for n, e in rcpts)
        if ev.description:
            text += f"{L[10]}:\n" + "\n".join("    " + x for x in ev.description.split("\n")) + "\n"
    b1, b2 = boundary(r, "thunderbird"), boundary(r, "thunderbird")
    cal_ct = f"text/calendar; method={method}; charset=UTF-8"
    alt = multipart("alternative", [leaf("text/plain; charset=UTF-8", text, "8bit" if cte == "8bit" else "quoted-printable"),
                                    leaf(cal_ct, ics, cte)], b2)
    if attach_ics:
        body = multipart("mixed", [alt, leaf(f'application/ics; name="invite.ics"', ics, "base64" if r.random() < 0.5 else cte,
                                             extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])], b1)
    else:
        body = alt
    ver = tb_version or r.choice(["102.15.1", "115.6.0", "115.12.2", "128.3.1", "91.13.0", "78.14.0", "60.9.1", "52.9.1"])
    major = int(ver.split(".")[0])
    if arr.year < 2018:
        ver = r.choice(["45.8.0", "52.5.2", "52.9.1"])
    elif arr.year < 2021:
        ver = r.choice(["60.9.1", "68.12.0", "78.6.0"])
    elif arr.year < 2023:
        ver = r.choice(["91.13.0", "102.6.1", "102.15.1"])
    else:
        ver = r.choice(["115.6.0", "115.12.2", "128.3.1", "128.8.0"])
    plat = r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    dom = frm[1].split("@")[1]
    hdrs = [("Message-ID", f"<{r.uuid4()}@{dom}>"), ("Date", rfc2822_date(arr - dt.timedelta(seconds=r.randint(1, 15)), "Europe/Berlin")),
            ("MIME-Version", "1.0"), ("User-Agent", f"Mozilla/5.0 ({plat}; rv:{ver.split('.')[0]}.0) Gecko/20100101\r\n Thunderbird/{ver}"),
            ("Content-Language", {"en": "en-US", "de": "de-DE", "fr": "fr", "nl": "nl", "pl": "pl", "it": "it", "es": "es-ES"}.get(lang, "en-US")),
            ("To", ", ".join(addr(n, e) for n, e in tos)), ("From", addr(frm[0], frm[1])), ("Subject", hval(subj))]
    rk = dict(route_kw or {})
    rt = route(r, route_kind, arr=arr, rcpt=tos[0][1], from_addr=frm[1], **rk)
    return assemble(r, arr=arr, rcpt=tos[0][1], rt=rt, from_addr=frm[1], client_headers=hdrs, body=body,
                    mime_version=False, forged=forged, ar_style=ar_style)


# --------------------------------------------------------------------------- generic builder
def generic_mail(r, *, arr, frm, to, subject, ics=None, method="REQUEST", layout="mixed_alt_cal_ics", text=None,
                 html=None, route_kind="esp", route_kw=None, auth=None, hdr_extra=None, msgid=None, date_tz=None,
                 charset="utf-8", text_cte="quoted-printable", html_cte="quoted-printable", cal_cte="base64",
                 cal_charset="utf-8", filename="invite.ics", bstyle="random", reply_to=None, sender=None,
                 subj_enc="B", subj_charset=None, name_enc="B", cal_ct=None, attach_ct=None, forged=None,
                 extra_parts=None, mime_version=True, date=None, cal_method_param=True, to_hdr=None, cc_hdr=None,
                 preamble=None, ar_style=None, dmarc_policy="auto", spf=None, dkims=None, dmarc="auto",
                 lmtp=None, b64len=76, order=None, html_charset=None, calendar_name_param=False, cal_disposition=None,
                 rcpt=None, arc=None):
    """frm/to: (name, email).  layout names: inline, inline_b64, alt_cal, alt_plain_cal, mixed_alt_cal_ics,
    mixed_alt_attach, mixed_html_attach, mixed_plain_attach, mixed_octet, mixed_html_octet, mixed_pdf_named,
    mixed_textplain_named, mixed_cal_only, mixed_related, mixed_plain_cal_ics, mixed_html_cal_inline."""
    fname, femail = frm
    tname, temail = to
    rcpt = rcpt or temail
    html_charset = html_charset or charset
    subj_charset = subj_charset or ("utf-8" if charset.lower() in ("us-ascii", "iso-8859-1") else charset)
    if subj_charset.lower() == "iso-8859-1":
        try:
            subject.encode("latin-1")
        except UnicodeEncodeError:
            subj_charset = "utf-8"
    mp = f"; method={method}" if (method and cal_method_param) else ""
    if cal_method_param == "quoted":
        mp = f'; method="{method}"'
    ctype_cal = cal_ct or f'text/calendar; charset="{cal_charset}"{mp}'
    if calendar_name_param:
        ctype_cal += f'; name="{filename}"'

    def cal_leaf(ct=None, disp=None, cte=None):
        ex = [("Content-Disposition", disp)] if disp else []
        return leaf(ct or ctype_cal, ics.encode(cal_charset, errors="replace") if isinstance(ics, str) else ics, cte or cal_cte, extra=ex, b64len=b64len)

    def t_leaf():
        if text is None:
            return None
        return leaf(f'text/plain; charset="{charset}"' if r.random() < 0.6 else f"text/plain; charset={charset}", text, text_cte, charset=charset)

    def h_leaf():
        if html is None:
            return None
        return leaf(f'text/html; charset="{html_charset}"' if r.random() < 0.6 else f"text/html; charset={html_charset}", html, html_cte, charset=html_charset)

    b = lambda: boundary(r, bstyle)
    att_disp = cal_disposition or f'attachment; filename="{filename}"'
    if layout == "inline":
        body = cal_leaf()
    elif layout == "inline_b64":
        body = cal_leaf(cte="base64")
    elif layout == "alt_cal":
        body = multipart("alternative", [t_leaf(), h_leaf(), cal_leaf()], b())
    elif layout == "alt_plain_cal":
        body = multipart("alternative", [t_leaf(), cal_leaf()], b())
    elif layout == "alt_html_cal":
        body = multipart("alternative", [h_leaf(), cal_leaf()], b())
    elif layout == "mixed_alt_cal_ics":
        inner = [x for x in [t_leaf() if text is not None else None, h_leaf() if html is not None else None, cal_leaf()] if x]
        body = multipart("mixed", [multipart("alternative", inner, b()),
                                   cal_leaf(ct=attach_ct or f'application/ics; name="{filename}"', disp=att_disp, cte="base64")], b())
    elif layout == "mixed_alt_attach":
        inner = [x for x in [t_leaf() if text is not None else None, h_leaf() if html is not None else None] if x]
        body = multipart("mixed", [multipart("alternative", inner, b()),
                                   cal_leaf(ct=attach_ct or f'text/calendar; name="{filename}"', disp=att_disp)], b())
    elif layout == "mixed_html_attach":
        body = multipart("mixed", [h_leaf(), cal_leaf(ct=attach_ct or f"text/calendar; name={filename}", disp=att_disp)], b())
    elif layout == "mixed_plain_attach":
        body = multipart("mixed", [t_leaf(), cal_leaf(ct=attach_ct or f'text/calendar; charset=UTF-8; name="{filename}"', disp=att_disp)], b())
    elif layout == "mixed_plain_cal_ics":
        body = multipart("mixed", [t_leaf(), cal_leaf(), cal_leaf(ct=f'application/ics; name="{filename}"', disp=att_disp, cte="base64")], b())
    elif layout in ("mixed_octet", "mixed_html_octet"):
        first = h_leaf() if (layout == "mixed_html_octet" or text is None) else t_leaf()
        body = multipart("mixed", [first, cal_leaf(ct=attach_ct or f'application/octet-stream; name="{filename}"', disp=att_disp, cte="base64")], b())
    elif layout == "mixed_alt_octet":
        inner = [x for x in [t_leaf() if text is not None else None, h_leaf() if html is not None else None] if x]
        body = multipart("mixed", [multipart("alternative", inner, b()),
                                   cal_leaf(ct=attach_ct or f'application/octet-stream; name="{filename}"', disp=att_disp, cte="base64")], b())
    elif layout == "mixed_pdf_named":
        first = h_leaf() if html is not None else t_leaf()
        body = multipart("mixed", [first, cal_leaf(ct=f'application/pdf; name="{filename}"', disp=att_disp, cte="base64")], b())
    elif layout == "mixed_textplain_named":
        first = [t_leaf()] if text is not None else []
        body = multipart("mixed", first + [cal_leaf(ct=f"text/plain; charset=UTF-8; name={filename}", disp=f"attachment; filename={filename}", cte="quoted-printable")], b())
    elif layout == "mixed_cal_only":
        body = multipart("mixed", [cal_leaf(ct=attach_ct or f"application/octet-stream; \r\n\tname={filename}", disp=f"attachment; \r\n\tfilename={filename}", cte=cal_cte)], b())
    elif layout == "mixed_related":
        rel = multipart("related", [h_leaf(), leaf('image/png; name="logo.png"', bytes(r.getrandbits(8) for _ in range(600)), "base64",
                                                   extra=[("Content-ID", f"<logo{r.hexs(8)}@{femail.split('@')[1]}>"), ("Content-Disposition", 'inline; filename="logo.png"')])], b())
        body = multipart("mixed", [multipart("alternative", [t_leaf(), rel], b()), cal_leaf(ct=attach_ct or f'text/calendar; method={method}; name="{filename}"', disp=att_disp)], b())
    elif layout == "mixed_alt_cal_inline_attach":
        body = multipart("mixed", [multipart("alternative", [t_leaf(), h_leaf(), cal_leaf()], b()),
                                   cal_leaf(ct=attach_ct or f'text/calendar; name="{filename}"', disp=att_disp, cte="base64")], b())
    elif layout == "plain_only":
        body = t_leaf()
    else:
        raise ValueError(layout)
    if extra_parts:
        if body.children is None:
            body = multipart("mixed", [body] + extra_parts, b())
        else:
            body.children += extra_parts
    if preamble:
        body.preamble = preamble
    dom = femail.split("@")[-1]
    msgid = msgid or f"<{r.hexs(16)}.{r.hexs(8)}@{dom}>"
    date = date or rfc2822_date(arr - dt.timedelta(seconds=r.randint(1, 90)), date_tz or r.choice(["UTC", "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Shanghai"]))
    hdrs = []
    base = [("Date", date), ("From", addr(fname, femail, enc=name_enc, charset=subj_charset if name_enc != "raw" else "utf-8")),
            ("To", to_hdr or (addr(tname, temail) if tname else temail)), ("Subject", hval(subject, subj_charset, subj_enc)),
            ("Message-ID", msgid)]
    if reply_to:
        base.append(("Reply-To", addr(reply_to[0], reply_to[1]) if isinstance(reply_to, tuple) else reply_to))
    if sender:
        base.append(("Sender", addr(sender[0], sender[1]) if isinstance(sender, tuple) else sender))
    if cc_hdr:
        base.append(("Cc", cc_hdr))
    if order == "from-first":
        base = [base[1], base[2], base[3], base[0], base[4]] + base[5:]
    elif order == "php":
        base = [base[2], base[3], base[0], base[1]] + base[5:] + [base[4]]
    hdrs = base + (hdr_extra or [])
    rk = dict(route_kw or {})
    rt = route(r, route_kind, arr=arr, rcpt=rcpt, from_addr=rk.pop("from_addr", femail), **rk)
    return assemble(r, arr=arr, rcpt=rcpt, rt=rt, from_addr=femail, client_headers=hdrs, body=body, forged=forged,
                    mime_version=mime_version, ar_style=ar_style, dmarc_policy=dmarc_policy, spf=spf, dkims=dkims,
                    dmarc=dmarc, lmtp=lmtp, arc=arc)
